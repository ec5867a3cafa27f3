// Package report renders lint results for the `postmortem-bot lint`
// command: plain text for people, JSON for scripts, GitHub Actions workflow
// commands for annotations, SARIF 2.1.0 for GitHub code scanning,
// reviewdog's rdjson, and Markdown for a job summary.
//
// Renderers keep the order of files and findings they are given; every one
// writes its whole output with a single call to the writer and returns the
// writer's error. JSONStream writes the JSON report a file at a time.
package report

import (
	"io"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// File is the result for one file: its findings, or an error that stopped
// it from being linted (e.g. not UTF-8, missing).
type File struct {
	Path     string
	Findings []lint.Finding
	Err      error
	// Source is the file's contents as linted, when it was read: RDJSON
	// counts columns in its bytes and places suggestions by them.
	Source []byte
}

// Counts returns how many findings of each severity files hold. Errors that
// stopped a file from being linted (File.Err) are not counted.
func Counts(files []File) (errors, warnings, notices int) {
	for _, f := range files {
		for _, fd := range f.Findings {
			switch fd.Severity {
			case lint.Error:
				errors++
			case lint.Warning:
				warnings++
			default:
				notices++
			}
		}
	}
	return errors, warnings, notices
}

// failed returns how many files carry an Err.
func failed(files []File) int {
	n := 0
	for _, f := range files {
		if f.Err != nil {
			n++
		}
	}
	return n
}

// trimNewline drops the line ending(s) a suggestion may end with.
func trimNewline(s string) string {
	return strings.TrimRight(s, "\r\n")
}

// writeAll writes b to w in one call.
func writeAll(w io.Writer, b []byte) error {
	_, err := w.Write(b)
	return err
}
