package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// largeDocument builds a post-mortem of about n lines: the template's
// fields, then as many events, prose paragraphs and actions as it takes.
func largeDocument(n int) []byte {
	var b strings.Builder
	b.WriteString(minimal)
	b.WriteString("\n## What happened\n")
	for i := 0; strings.Count(b.String(), "\n") < n; i++ {
		fmt.Fprintf(&b, "- %02d:%02d UTC The consumer group rebalanced and lag on partition %d rose to %d messages.\n", 14+i/60%10, i%60, i%32, 1000+i)
		if i%10 == 9 {
			b.WriteString("\nThe queue kept accepting writes while the consumers restarted, so the backlog grew faster than it drained; operators on call paged the database team, who confirmed that replication was healthy.\n\n")
			fmt.Fprintf(&b, "- [ ] Add a lag alert for partition group %d at 5,000 messages — owner: @dana, due: 2026-12-15, priority: P2\n\n", i)
		}
	}
	return []byte(b.String())
}

func benchLint(b *testing.B, src []byte) {
	l := New(DefaultOptions())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if fs, d := l.LintSource(src, postmortem.Options{}); d == nil {
			b.Fatalf("did not parse: %v", fs)
		}
	}
}

// BenchmarkLintTypical: parse and lint a 150-line post-mortem. Target:
// 5,000 documents a second on one core (200 µs each).
func BenchmarkLintTypical(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "postmortems", "clean-template.md"))
	if err != nil {
		b.Fatal(err)
	}
	benchLint(b, src)
}

// BenchmarkLintLines: parse and lint documents of growing size; ns/op
// divided by lines should stay flat (time linear in size).
func BenchmarkLintLines(b *testing.B) {
	for _, n := range []int{500, 1000, 2000, 5000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchLint(b, largeDocument(n)) })
	}
}

// BenchmarkLintDocs lints, one per operation, the Markdown files of the
// directory named by POSTMORTEM_BOT_BENCH_DOCS (scripts/bench-lint sets it
// to its generated documents), so that allocations are per document;
// with the learned model where POSTMORTEM_BOT_BENCH_MODEL is "on".
func BenchmarkLintDocs(b *testing.B) {
	dir := os.Getenv("POSTMORTEM_BOT_BENCH_DOCS")
	if dir == "" {
		b.Skip("POSTMORTEM_BOT_BENCH_DOCS names no directory")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(paths) == 0 {
		b.Fatalf("no Markdown files in %s", dir)
	}
	srcs := make([][]byte, len(paths))
	for i, p := range paths {
		var err error
		if srcs[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
	}
	opts := DefaultOptions()
	opts.LanguageModel = os.Getenv("POSTMORTEM_BOT_BENCH_MODEL") == "on"
	l := New(opts)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		l.LintSource(srcs[i%len(srcs)], postmortem.Options{})
	}
}
