package lint

import (
	"errors"
	"fmt"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// MaxSize is the largest document linted: a post-mortem is read by
// people, and anything this large is a pasted dump, not a narrative.
const MaxSize = 1 << 20

// LintSource parses and lints a file's bytes. A file that cannot be read
// as a document (too large, binary, not UTF-8) gets one content/not-text
// finding instead; the document is nil then.
func (l *Linter) LintSource(src []byte, popt postmortem.Options) ([]Finding, *postmortem.Document) {
	if len(src) > MaxSize {
		return l.notText(fmt.Sprintf("The file is larger than %d KiB, and post-mortems that large are not reviewed: move logs and data out and link to them.", MaxSize>>10), 1, 1), nil
	}
	d, err := postmortem.Parse(src, popt)
	if err != nil {
		return l.notText(notTextMessage(err)), nil
	}
	return l.Lint(d), d
}

func notTextMessage(err error) (string, int, int) {
	var enc *postmortem.EncodingError
	switch {
	case errors.As(err, &enc):
		return fmt.Sprintf("The file is not valid UTF-8 (first bad byte at line %d, column %d): save it as UTF-8.", enc.Line, enc.Column), enc.Line, enc.Column
	case errors.Is(err, postmortem.ErrBinary):
		return "The file is binary (it holds NUL bytes), not a Markdown document.", 1, 1
	}
	return fmt.Sprintf("The file cannot be parsed: %v.", err), 1, 1
}

func (l *Linter) notText(msg string, line, col int) []Finding {
	sev, on := l.severity(ruleNotText)
	if !on {
		return nil
	}
	return []Finding{{Rule: ruleNotText, Severity: sev, Line: line, Column: col, EndLine: line, EndColumn: col, Message: msg}}
}
