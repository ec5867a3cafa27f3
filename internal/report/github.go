package report

import (
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// GitHub writes files to w as GitHub Actions workflow commands, one line
// per finding:
//
//	::error file=P,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE
//
// using ::notice, ::warning or ::error by severity. A suggestion is
// appended to the message after a newline as "Suggestion: <text>". Message
// and properties are escaped as GitHub documents: in both, % becomes %25,
// CR %0D and LF %0A; in properties, also : becomes %3A and , %2C.
// Positions that are not known (0) are left out, and so are col and
// endColumn when the finding spans lines, which GitHub does not accept. A
// file that could not be linted gives "::error file=P::<err>". Paths are
// written with forward slashes.
func GitHub(w io.Writer, files []File) error {
	var b strings.Builder
	for _, f := range files {
		p := filepath.ToSlash(f.Path)
		if f.Err != nil {
			b.WriteString("::error file=" + escapeProperty(p) + "::" + escapeData(f.Err.Error()) + "\n")
		}
		for _, fd := range f.Findings {
			b.WriteString(githubCommand(p, fd))
		}
	}
	return writeAll(w, []byte(b.String()))
}

// githubCommand returns the workflow command line for one finding.
func githubCommand(path string, fd lint.Finding) string {
	msg := fd.Message
	if fd.Suggestion != "" {
		msg += "\nSuggestion: " + trimNewline(fd.Suggestion)
	}
	return "::" + fd.Severity.String() + " " + githubProperties(path, fd) + "::" + escapeData(msg) + "\n"
}

// githubProperties returns the escaped, comma-separated properties of a
// finding's command. GitHub takes col and endColumn only on one line.
func githubProperties(path string, fd lint.Finding) string {
	props := []string{"file=" + escapeProperty(path)}
	if fd.Line > 0 {
		oneLine := fd.EndLine <= 0 || fd.EndLine == fd.Line
		props = appendPositive(props, "line", fd.Line)
		if oneLine {
			props = appendPositive(props, "col", fd.Column)
		}
		props = appendPositive(props, "endLine", fd.EndLine)
		if oneLine {
			props = appendPositive(props, "endColumn", fd.EndColumn)
		}
	}
	return strings.Join(append(props, "title="+escapeProperty(fd.Rule)), ",")
}

// appendPositive appends "key=v" to props when v is known (> 0).
func appendPositive(props []string, key string, v int) []string {
	if v <= 0 {
		return props
	}
	return append(props, key+"="+strconv.Itoa(v))
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeData escapes the message of a workflow command: % as %25, CR as
// %0D and LF as %0A.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a property value of a workflow command: as
// escapeData, and also : as %3A and , as %2C.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
