// Package lint checks post-mortem documents against the practice of
// blameless post-mortems: language, required fields, the timeline, action
// items and pasted content. It knows nothing of GitHub.
package lint

import (
	"fmt"
	"strings"
)

// Severity ranks a finding.
type Severity int

// Severities, from least to most serious.
const (
	Notice Severity = iota
	Warning
	Error
)

// String returns "notice", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "notice"
}

// ParseSeverity reads "notice", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "notice", "info":
		return Notice, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Notice, fmt.Errorf("unknown severity %q (want notice, warning or error)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one problem found in a document.
type Finding struct {
	Rule     string
	Severity Severity
	// Line and Column are 1-based; columns count characters (runes).
	// EndLine and EndColumn point at the last character, inclusive.
	Line, Column, EndLine, EndColumn int
	// Offset and End are the byte range [Offset, End) the finding covers.
	Offset, End int
	Message     string
	// Fix, when set, replaces the bytes [Offset, End) with this text.
	Fix *string
	// Suggestion is the whole of lines Line..EndLine rewritten with Fix
	// applied, ready for a GitHub suggestion block; empty without a Fix.
	Suggestion string
}

// Family returns the part of the rule id before the slash: "language",
// "fields", "timeline", "actions" or "content".
func (f Finding) Family() string {
	fam, _, _ := strings.Cut(f.Rule, "/")
	return fam
}
