package report

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

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
// come in, with one call to the writer per file: the bytes are the same
// as encoding/json's for the whole report, written without reflection.
type JSONStream struct {
	w   io.Writer
	n   int
	buf []byte
}

// NewJSONStream starts a report on w.
func NewJSONStream(w io.Writer) *JSONStream {
	return &JSONStream{w: w}
}

// Write adds one file's result.
func (s *JSONStream) Write(f File) error {
	b := s.buf[:0]
	if s.n == 0 {
		b = append(b, "{\n  \"files\": [\n    "...)
	} else {
		b = append(b, ",\n    "...)
	}
	s.n++
	b = appendJSONFile(b, f)
	s.buf = b
	return writeAll(s.w, b)
}

// appendJSONFile appends one file's object, indented as the fifth and
// later lines of the report.
func appendJSONFile(b []byte, f File) []byte {
	b = append(b, "{\n      \"path\": "...)
	b = appendJSONString(b, f.Path)
	b = append(b, ",\n      \"findings\": ["...)
	for i, fd := range f.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONFinding(b, fd)
	}
	if len(f.Findings) > 0 {
		b = append(b, "\n      "...)
	}
	b = append(b, ']')
	if f.Err != nil {
		b = append(b, ",\n      \"error\": "...)
		b = appendJSONString(b, f.Err.Error())
	}
	return append(b, "\n    }"...)
}

// appendJSONFinding appends one finding's object, preceded by its line
// break and indentation.
func appendJSONFinding(b []byte, fd lint.Finding) []byte {
	const key = "\n          \""
	b = append(b, "\n        {"+key+"rule\": "...)
	b = appendJSONString(b, fd.Rule)
	b = append(b, ","+key+"severity\": "...)
	b = appendJSONString(b, fd.Severity.String())
	b = append(b, ","+key+"line\": "...)
	b = strconv.AppendInt(b, int64(fd.Line), 10)
	b = append(b, ","+key+"column\": "...)
	b = strconv.AppendInt(b, int64(fd.Column), 10)
	b = append(b, ","+key+"end_line\": "...)
	b = strconv.AppendInt(b, int64(fd.EndLine), 10)
	b = append(b, ","+key+"end_column\": "...)
	b = strconv.AppendInt(b, int64(fd.EndColumn), 10)
	b = append(b, ","+key+"message\": "...)
	b = appendJSONString(b, fd.Message)
	b = append(b, ","+key+"suggestion\": "...)
	b = appendJSONString(b, fd.Suggestion)
	return append(b, "\n        }"...)
}

// appendJSONString appends s quoted as encoding/json quotes it without
// HTML escaping: quotes, backslashes and control characters escaped,
// invalid UTF-8 as U+FFFD, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && jsonPlain8(s[i:i+8]) {
			i += 8 // most of a message: no byte to escape, all ASCII
			continue
		}
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(append(b, s[start:i]...), jsonEscape(c)...)
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), `\u202`...)
			b = append(b, "89"[r-'\u2028'])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	return append(append(b, s[start:]...), '"')
}

// jsonPlain8 reports whether none of the eight bytes of s is escaped or
// past ASCII: no control byte, quote nor backslash. A byte's high bit is
// set by subtracting from it only where the byte is below what is
// subtracted, borrowing from the next lane only then, so which lanes is
// not exact but whether any is.
func jsonPlain8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	quotes, backslashes := x^('"'*ones), x^('\\'*ones)
	below := (x - 0x20*ones) | (quotes-ones)&^quotes | (backslashes-ones)&^backslashes
	return (x|below)&highs == 0
}

// jsonEscape is the escape of an ASCII byte that JSON strings escape.
func jsonEscape(c byte) string {
	switch c {
	case '"':
		return `\"`
	case '\\':
		return `\\`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	}
	const hex = "0123456789abcdef"
	return `\u00` + string([]byte{hex[c>>4], hex[c&0xf]})
}

// Close ends the report.
func (s *JSONStream) Close() error {
	if s.n == 0 {
		return writeAll(s.w, []byte("{\n  \"files\": []\n}\n"))
	}
	return writeAll(s.w, []byte("\n  ]\n}\n"))
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
