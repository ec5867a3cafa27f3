package report

import (
	"fmt"
	"io"
	"strings"
)

// Markdown writes files as a job summary for GitHub Actions: a heading,
// the summary line Text ends with, and a table of at most limit findings
// (file and line, severity, rule, message), files that could not be
// linted first; a last line says how many were left out. Table cells
// keep to one line and escape |, & and angle brackets, so a message
// never reads as HTML.
func Markdown(w io.Writer, files []File, limit int) error {
	var b strings.Builder
	b.WriteString("### Post-mortem review\n\n" + summary(files) + "\n")
	rows := markdownRows(files)
	if len(rows) > 0 {
		b.WriteString("\n| where | severity | rule | message |\n| --- | --- | --- | --- |\n")
		for _, r := range rows[:min(limit, len(rows))] {
			b.WriteString(r)
		}
	}
	if len(rows) > limit {
		fmt.Fprintf(&b, "\n%s not listed.\n", plural(len(rows)-limit, "finding"))
	}
	return writeAll(w, []byte(b.String()))
}

// markdownRows returns one table row per file not linted, then one per
// finding.
func markdownRows(files []File) []string {
	var rows []string
	for _, f := range files {
		if f.Err != nil {
			rows = append(rows, markdownRow("`"+cell(f.Path)+"`", "error", "", f.Err.Error()))
		}
	}
	for _, f := range files {
		for _, fd := range f.Findings {
			where := "`" + cell(f.Path) + position(fd.Line, 0) + "`"
			rows = append(rows, markdownRow(where, fd.Severity.String(), "`"+fd.Rule+"`", fd.Message))
		}
	}
	return rows
}

func markdownRow(where, severity, rule, message string) string {
	return "| " + where + " | " + severity + " | " + rule + " | " + cell(message) + " |\n"
}

// cellEscaper keeps text in a table cell literal: no HTML, no cell border.
var cellEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "|", `\|`)

// cell makes text fit in one table cell, on one line.
func cell(s string) string {
	return strings.Join(strings.Fields(cellEscaper.Replace(s)), " ")
}
