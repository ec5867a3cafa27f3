package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// jsonReport is the document JSON writes; field order is the key order.
type jsonReport struct {
	Files []jsonFile `json:"files"`
}

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

// JSON writes files to w as
//
//	{"files":[{"path":P,"findings":[{"rule":R,"severity":"error|warning|notice",
//	  "line":L,"column":C,"end_line":L2,"end_column":C2,"message":M,"suggestion":S}]}]}
//
// indented by two spaces, keys in that order, with a trailing newline.
// "files" and "findings" are [] rather than null when empty; a file that
// could not be linted gets an extra "error" key after "findings". HTML
// characters are not escaped.
func JSON(w io.Writer, files []File) error {
	rep := jsonReport{Files: make([]jsonFile, 0, len(files))}
	for _, f := range files {
		rep.Files = append(rep.Files, toJSONFile(f))
	}
	return encodeJSON(w, rep)
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

// encodeJSON writes v indented by two spaces, without HTML escaping.
func encodeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	return writeAll(w, buf.Bytes())
}
