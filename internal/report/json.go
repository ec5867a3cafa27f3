package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

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
	var buf bytes.Buffer
	s := NewJSONStream(&buf)
	for _, f := range files {
		if err := s.Write(f); err != nil {
			return err
		}
	}
	if err := s.Close(); err != nil {
		return err
	}
	return writeAll(w, buf.Bytes())
}

// JSONStream writes the report JSON writes one file at a time, as results
// come in, with one call to the writer per file: the bytes are the same.
type JSONStream struct {
	w   io.Writer
	n   int
	buf bytes.Buffer
	enc *json.Encoder
}

// NewJSONStream starts a report on w.
func NewJSONStream(w io.Writer) *JSONStream {
	s := &JSONStream{w: w}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.enc.SetIndent("    ", "  ")
	return s
}

// Write adds one file's result.
func (s *JSONStream) Write(f File) error {
	s.buf.Reset()
	if s.n == 0 {
		s.buf.WriteString("{\n  \"files\": [\n    ")
	} else {
		s.buf.WriteString(",\n    ")
	}
	s.n++
	if err := s.enc.Encode(toJSONFile(f)); err != nil {
		return err
	}
	s.buf.Truncate(s.buf.Len() - 1) // the encoder's newline
	return writeAll(s.w, s.buf.Bytes())
}

// Close ends the report.
func (s *JSONStream) Close() error {
	if s.n == 0 {
		return writeAll(s.w, []byte("{\n  \"files\": []\n}\n"))
	}
	return writeAll(s.w, []byte("\n  ]\n}\n"))
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
