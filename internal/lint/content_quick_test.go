package lint

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// traceLines are what the generated documents are made of: frames and
// headers of traces, log lines, and prose with and without the words a
// frame holds anywhere.
var traceLines = []string{
	"at com.example.Pool.get(Pool.java:41)", "goroutine 12 [running]:", "panic: runtime error", "Traceback (most recent call last):",
	`File "app.py", line 3`, "main.go:12 +0x1d", "    /src/db/pool.go:88 +0x4f", "Caused by: java.io.IOException", "... 12 more",
	"java.lang.IllegalStateException: closed", "ValueError: bad", "2026-11-02 14:02:11 ERROR pool exhausted", "[14:02:11] WARN retry",
	"level=error msg=x", "The pool was exhausted at peak.", "An Exception was logged.", "Error: none", "> at x.y(z)", "- 14:02 UTC paged",
}

// TestContentDocumentTest: the findings of checkContent, which asks only
// how lines open when the document holds no file of Go nor a word of a
// trace, are those of asking every line everything, over the sample
// documents and generated ones.
func TestContentDocumentTest(t *testing.T) {
	var docs []string
	for _, pattern := range []string{"postmortems", "layouts", "dev-docs*"} {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", pattern, "*.md"))
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(src))
		}
	}
	r := rand.New(rand.NewPCG(4, 4))
	for range 3000 {
		var b strings.Builder
		b.WriteString("# Incident\n\n")
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(traceLines[r.IntN(len(traceLines))] + "\n")
		}
		docs = append(docs, b.String())
	}
	l, shortcuts := New(DefaultOptions()), 0
	for _, src := range docs {
		d, err := postmortem.Parse([]byte(src), postmortem.Options{})
		if err != nil {
			t.Fatal(err)
		}
		quick, every := &checker{l: l, doc: d, suppress: suppressions(d)}, &checker{l: l, doc: d, suppress: suppressions(d)}
		checkContent(quick)
		contentRuns(every, isTraceLine)
		if !reflect.DeepEqual(quick.out, every.out) {
			t.Fatalf("%q:\nfound %v\nasking every line %v", src, quick.out, every.out)
		}
		if !holdsTraceMark(d.Source) {
			shortcuts++
		}
	}
	if shortcuts < 100 {
		t.Errorf("only %d documents take the shortcut", shortcuts)
	}
}
