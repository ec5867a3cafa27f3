package report

import "github.com/postmortem-bot/postmortem-bot/internal/lint"

// The report as encoding/json writes it from plain structs: the
// reference the streamed JSON report is compared with, byte for byte.

type jsonFile struct {
	Path     string        `json:"path"`
	Findings []jsonFinding `json:"findings"`
	Error    *string       `json:"error,omitempty"`
}

type jsonFinding struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	EndLine    int    `json:"end_line"`
	EndColumn  int    `json:"end_column"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion"`
}

// toJSONFile converts one file's result.
func toJSONFile(f File) jsonFile {
	jf := jsonFile{Path: f.Path, Findings: make([]jsonFinding, 0, len(f.Findings))}
	for _, fd := range f.Findings {
		jf.Findings = append(jf.Findings, toJSONFinding(fd))
	}
	if f.Err != nil {
		msg := f.Err.Error()
		jf.Error = &msg
	}
	return jf
}

// toJSONFinding converts one finding.
func toJSONFinding(fd lint.Finding) jsonFinding {
	return jsonFinding{
		Rule:       fd.Rule,
		Severity:   fd.Severity.String(),
		Line:       fd.Line,
		Column:     fd.Column,
		EndLine:    fd.EndLine,
		EndColumn:  fd.EndColumn,
		Message:    fd.Message,
		Suggestion: fd.Suggestion,
	}
}
