package lint

import (
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestViableFilters: the triggers the scan keeps for a text, by first
// word (viableWord) and by kind of person (viableAny), are exactly those
// whose anchors the text holds, read afresh for each trigger, over the
// development sentences and texts made of them and of the rules' words.
func TestViableFilters(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "language", "dev-*.tsv"))
	files = append(files, filepath.Join("..", "..", "testdata", "language", "blameful.tsv"),
		filepath.Join("..", "..", "testdata", "language", "blameless.tsv"))
	var texts []string
	for _, f := range files {
		texts = append(texts, languageSeeds(t, f, 1<<20)...)
	}
	rng := rand.New(rand.NewSource(12))
	keys := c.voc.table.keys
	for range 400 {
		words := make([]string, 30)
		for k := range words {
			words[k] = keys[rng.Intn(len(keys))]
		}
		texts = append(texts, strings.Join(words, " ")+".", texts[rng.Intn(len(texts))]+" "+texts[rng.Intn(len(texts))])
	}
	s := new(langScan)
	for _, text := range texts {
		s.start(c, text, langPeople{})
		for _, tok := range s.toks {
			if tok.kind == langWord && len(c.byWord[tok.id]) > 0 {
				got, want := s.viableWord(tok.id), viableAfresh(s, c.byWord[tok.id])
				if !slices.Equal(got, want) {
					t.Fatalf("%q: triggers of %q kept %v, want %v", text, s.lx.low(&tok), got, want)
				}
			}
		}
		for n := range langKinds {
			if got, want := s.viableAny(n), viableAfresh(s, c.byPerson[n].any); !slices.Equal(got, want) {
				t.Fatalf("%q: triggers of person kind %d kept %v, want %v", text, n, got, want)
			}
		}
	}
}

// viableAfresh lists the triggers whose every anchor the text holds.
func viableAfresh(s *langScan, trs []langTrigger) []int32 {
	out := []int32{}
	for k, tr := range trs {
		held := true
		for _, a := range tr.pat.anchors {
			held = held && s.present.intersects(a)
		}
		if held {
			out = append(out, int32(k))
		}
	}
	return out
}
