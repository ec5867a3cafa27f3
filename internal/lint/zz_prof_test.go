package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

func BenchmarkZZDocs(b *testing.B) {
	files, _ := filepath.Glob("/tmp/docs/*.md")
	var srcs [][]byte
	for _, f := range files {
		s, _ := os.ReadFile(f)
		srcs = append(srcs, s)
	}
	l := New(DefaultOptions())
	b.ResetTimer()
	for b.Loop() {
		for _, s := range srcs {
			l.LintSource(s, postmortem.Options{})
		}
	}
}

func BenchmarkZZParse(b *testing.B) {
	files, _ := filepath.Glob("/tmp/docs/*.md")
	var srcs [][]byte
	for _, f := range files {
		s, _ := os.ReadFile(f)
		srcs = append(srcs, s)
	}
	for b.Loop() {
		for _, s := range srcs {
			postmortem.Parse(s, postmortem.Options{})
		}
	}
}
