package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// suggestionPrefix starts the line that shows a finding's suggestion.
const suggestionPrefix = "    suggestion: "

// Text writes one line per finding to w,
//
//	path:line:col: severity: message [rule]
//
// followed, when the finding has a suggestion, by an indented
// "    suggestion: <text>" line (further lines of the suggestion are indented
// to line up with its first). A file that could not be linted prints
// "path: error: <err>". A summary line such as
// "3 files, 2 errors, 5 warnings, 1 notice" ends the output; it adds
// ", N files not linted" when some files carry an Err. Continuation lines of
// multi-line messages and errors are indented by four spaces.
func Text(w io.Writer, files []File) error {
	var b strings.Builder
	for _, f := range files {
		if f.Err != nil {
			fmt.Fprintf(&b, "%s: error: %s\n", f.Path, indentRest(f.Err.Error(), "    "))
		}
		for _, fd := range f.Findings {
			writeTextFinding(&b, f.Path, fd)
		}
	}
	b.WriteString(summary(files))
	b.WriteByte('\n')
	return writeAll(w, []byte(b.String()))
}

// writeTextFinding writes one finding and its suggestion, if any.
func writeTextFinding(b *strings.Builder, path string, fd lint.Finding) {
	fmt.Fprintf(b, "%s%s: %s: %s [%s]\n", path, position(fd.Line, fd.Column),
		fd.Severity, indentRest(fd.Message, "    "), fd.Rule)
	if fd.Suggestion == "" {
		return
	}
	pad := strings.Repeat(" ", len(suggestionPrefix))
	b.WriteString(suggestionPrefix)
	b.WriteString(indentRest(trimNewline(fd.Suggestion), pad))
	b.WriteByte('\n')
}

// position returns ":line:col", leaving out parts that are not known (0).
func position(line, col int) string {
	if line <= 0 {
		return ""
	}
	s := ":" + strconv.Itoa(line)
	if col > 0 {
		s += ":" + strconv.Itoa(col)
	}
	return s
}

// indentRest puts pad before every line of s but the first; empty lines
// stay empty so the output has no trailing blanks.
func indentRest(s, pad string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] != "" {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// summary returns the line Text ends with, such as
// "3 files, 2 errors, 5 warnings, 1 notice", plus ", 1 file not linted"
// when files that could not be linted are among them.
func summary(files []File) string {
	e, w, n := Counts(files)
	s := fmt.Sprintf("%s, %s, %s, %s", plural(len(files), "file"),
		plural(e, "error"), plural(w, "warning"), plural(n, "notice"))
	if k := failed(files); k > 0 {
		s += ", " + plural(k, "file") + " not linted"
	}
	return s
}

// plural returns "1 file" or "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
