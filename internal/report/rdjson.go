package report

import (
	"bytes"
	"io"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// The reviewdog Diagnostic Format's rdjson subset written; field order is
// the key order.
type (
	rdResult struct {
		Source      rdSource       `json:"source"`
		Diagnostics []rdDiagnostic `json:"diagnostics"`
	}
	rdSource struct {
		Name string `json:"name"`
		URL  string `json:"url"`
	}
	rdDiagnostic struct {
		Message     string         `json:"message"`
		Location    rdLocation     `json:"location"`
		Severity    string         `json:"severity"`
		Code        *rdCode        `json:"code,omitempty"`
		Suggestions []rdSuggestion `json:"suggestions,omitempty"`
	}
	rdCode struct {
		Value string `json:"value"`
	}
	rdLocation struct {
		Path  string   `json:"path"`
		Range *rdRange `json:"range,omitempty"`
	}
	rdRange struct {
		Start rdPosition  `json:"start"`
		End   *rdPosition `json:"end,omitempty"`
	}
	rdPosition struct {
		Line   int `json:"line"`
		Column int `json:"column,omitempty"`
	}
	rdSuggestion struct {
		Range rdRange `json:"range"`
		Text  string  `json:"text"`
	}
)

// RDJSON writes files to w in reviewdog's rdjson format (a
// DiagnosticResult of the Reviewdog Diagnostic Format), for
// `reviewdog -f=rdjson`: one diagnostic per finding with the rule as its
// code and severity ERROR, WARNING or INFO. Where the file's Source is
// known, the range covers the finding's bytes, with columns counted in
// bytes from 1 and an exclusive end as the format defines, and a finding
// with a fix has one suggestion: the fix as the replacement of that
// range. Otherwise the range names the finding's line alone. A file that
// could not be linted gets an ERROR diagnostic without a range.
func RDJSON(w io.Writer, files []File) error {
	res := rdResult{Source: rdSource{Name: toolName, URL: toolURI}, Diagnostics: []rdDiagnostic{}}
	for _, f := range files {
		if f.Err != nil {
			res.Diagnostics = append(res.Diagnostics, rdDiagnostic{Message: f.Err.Error(), Location: rdLocation{Path: f.Path}, Severity: "ERROR"})
		}
		for _, fd := range f.Findings {
			res.Diagnostics = append(res.Diagnostics, rdFinding(f, fd))
		}
	}
	return encodeJSON(w, res)
}

// rdFinding converts one finding.
func rdFinding(f File, fd lint.Finding) rdDiagnostic {
	d := rdDiagnostic{
		Message:  fd.Message,
		Location: rdLocation{Path: f.Path},
		Severity: rdSeverity(fd.Severity),
		Code:     &rdCode{Value: fd.Rule},
	}
	r, exact := rdSpan(f.Source, fd)
	d.Location.Range = r
	if exact && fd.Fix != nil {
		d.Suggestions = []rdSuggestion{{Range: *r, Text: *fd.Fix}}
	}
	return d
}

func rdSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "ERROR"
	case lint.Warning:
		return "WARNING"
	}
	return "INFO"
}

// rdSpan returns the range of a finding's bytes, and true, when the
// source holds them where the finding's line says; else the line alone
// (nil when it is not known either).
func rdSpan(src []byte, fd lint.Finding) (*rdRange, bool) {
	if src != nil && 0 <= fd.Offset && fd.Offset <= fd.End && fd.End <= len(src) {
		start, end := bytePosition(src, fd.Offset), bytePosition(src, fd.End)
		if start.Line == fd.Line {
			return &rdRange{Start: start, End: &end}, true
		}
	}
	if fd.Line <= 0 {
		return nil, false
	}
	return &rdRange{Start: rdPosition{Line: fd.Line}}, false
}

// bytePosition returns the line and byte column, both from 1, of offset
// in src.
func bytePosition(src []byte, offset int) rdPosition {
	before := src[:offset]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return rdPosition{Line: bytes.Count(before, []byte("\n")) + 1, Column: offset - lineStart + 1}
}
