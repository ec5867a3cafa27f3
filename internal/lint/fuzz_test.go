package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// FuzzLint: any input lints without a panic, and every finding points
// inside the document with its fix applying to its own bytes.
func FuzzLint(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "postmortems", "*.md"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(minimal))
	f.Add([]byte("<!-- postmortem-bot: ignore -->\n- [ ] x — owner: @a\n"))
	l := New(DefaultOptions())
	f.Fuzz(func(t *testing.T, src []byte) {
		fs, d := l.LintSource(src, postmortem.Options{})
		if d == nil {
			return
		}
		lines := d.LineCount()
		for _, fd := range fs {
			if fd.Offset < 0 || fd.End < fd.Offset || fd.End > len(src) {
				t.Fatalf("%s: span [%d,%d) outside %d bytes", fd.Rule, fd.Offset, fd.End, len(src))
			}
			if fd.Line < 1 || fd.EndLine < fd.Line || fd.EndLine > lines || fd.Column < 1 {
				t.Fatalf("%s: position %d:%d-%d:%d in %d lines", fd.Rule, fd.Line, fd.Column, fd.EndLine, fd.EndColumn, lines)
			}
			if fd.Fix == nil && fd.Suggestion != "" {
				t.Fatalf("%s: suggestion without a fix", fd.Rule)
			}
		}
	})
}
