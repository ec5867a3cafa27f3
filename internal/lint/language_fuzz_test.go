package lint

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLanguage: the language checker, with the default options and the
// learned model on, never panics on a text, and every finding lies
// inside it.
func FuzzLanguage(f *testing.F) {
	for _, name := range []string{"dev-v10.tsv", "blameful.tsv"} {
		for _, s := range languageSeeds(f, filepath.Join("..", "..", "testdata", "language", name), 24) {
			f.Add(s)
		}
	}
	f.Add(`Dana pushed the ACL and "checkout" down for an hour.`)
	f.Add("")
	opt := DefaultOptions()
	opt.LanguageModel = true
	c := newLanguageChecker(opt)
	people := map[string]bool{"dana": true, "priya": true}
	f.Fuzz(func(t *testing.T, text string) {
		for _, ppl := range []map[string]bool{nil, people} {
			for _, m := range c.check(text, ppl) {
				if m.Start < 0 || m.End < m.Start || m.End > len(text) {
					t.Fatalf("%s: span [%d,%d) outside %d bytes of %q", m.Rule, m.Start, m.End, len(text), text)
				}
			}
		}
	})
}

// languageSeeds returns the sentences of up to n lines of a labelled
// file ("rule<TAB>sentence"), skipping its comments.
func languageSeeds(tb testing.TB, path string, n int) []string {
	fh, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	var out []string
	sc := bufio.NewScanner(fh)
	for sc.Scan() && len(out) < n {
		if _, s, ok := strings.Cut(sc.Text(), "\t"); ok && !strings.HasPrefix(sc.Text(), "#") {
			out = append(out, s)
		}
	}
	return out
}
