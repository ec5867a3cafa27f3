package postmortem

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlaceholderOpensAgree holds placeholderText to its tests over the
// cells and lines of the documents under testdata, split as fields are,
// and over generated texts.
func TestPlaceholderOpensAgree(t *testing.T) {
	texts := placeholderSamples(t)
	r := rand.New(rand.NewPCG(3, 5))
	pieces := []string{"TBD", "tba", "n/a", "NA", "None yet", "UN\u212ANOWN", "unknown", "…", "...", "Fixme", "fill me in",
		"No response", "<", ">", "{{", "}}", "[", "]", "x", "X", "?", "-", "2026-11-02", "14:02", "UTC", " ", "İ", "ſ", "a", "T"}
	for range raceScaled(50000) {
		var b strings.Builder
		for range 1 + r.IntN(3) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for w := range placeholderWords {
		texts = append(texts, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	bad := 0
	for _, s := range texts {
		if s == "" {
			continue // placeholderText's own first test
		}
		if got, want := placeholderText(s), placeholderByTests(s); got != want && bad < 10 {
			bad++
			t.Errorf("placeholderText(%q) = %v, its tests say %v", s, got, want)
		}
	}
}

// placeholderSamples returns the cells and the values after a colon of
// the lines of the documents we wrote under testdata.
func placeholderSamples(t *testing.T) []string {
	var texts []string
	for _, src := range ourDocuments(t) {
		for _, line := range strings.Split(string(src), "\n") {
			for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == ':' }) {
				texts = append(texts, strings.TrimSpace(strings.Trim(part, "*_` ")))
			}
		}
	}
	return texts
}

// ourDocuments returns the documents we wrote under testdata.
func ourDocuments(t *testing.T) [][]byte {
	var docs [][]byte
	for _, dir := range []string{"postmortems", "layouts", "dev-docs*"} {
		files, _ := filepath.Glob(filepath.Join("../../testdata", dir, "*.md"))
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, src)
		}
	}
	if len(docs) < 20 {
		t.Fatalf("%d documents under testdata, too few to compare", len(docs))
	}
	return docs
}
