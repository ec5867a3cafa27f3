package lint

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// personQuickPeople are the names a document knows in the person quick
// tests, lower-cased as peopleOf gives them.
var personQuickPeople = map[string]bool{"zorvan": true, "ravi": true, "dana": true, "the": true, "okafor-ltd": true}

// personQuickTexts are quickTexts and generated sentences built from the
// words persons are read from: determiners, roles, names, pronouns,
// owners, titles, name particles, capitalised and unknown words, times
// and marks, in random order from a fixed seed.
func personQuickTexts(t *testing.T) []string {
	t.Helper()
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	var pool []string
	for _, list := range []string{"det", "quantifier", "role", "crew-role", "crew-mod", "pronoun", "poss-pronoun", "our-their", "title", "name-particle", "past", "aux", "neg", "work"} {
		forEachID(c.voc.lists[list], len(c.voc.table.keys)+1, func(id int) { pool = append(pool, c.voc.table.keys[id-1]) })
	}
	pool = append(pool, "Priya", "Ravi's", "ravi", "zorvan", "Zorvan", "Quillon", "Quillon's", "Van", "der", "Berg", "Dr", ".", ",", ";", "10:02", "@dana",
		"The", "Our", "Their", "We", "librarian", "let", "lapse", "of", "and", "by", "who", "was", "the", "time", "Customers", "Okafor-Ltd", "after", "because")
	rnd := rand.New(rand.NewPCG(12, 5))
	out := quickTexts(t)
	for range 3000 {
		words := make([]string, 3+rnd.IntN(12))
		for k := range words {
			w := pool[rnd.IntN(len(pool))]
			if rnd.IntN(4) == 0 && w != "" {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			words[k] = w
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// scanPersonTexts readies a scan for each of personQuickTexts, without
// and with people the document knows, and calls f.
func scanPersonTexts(t *testing.T, f func(s *langScan, text string)) {
	t.Helper()
	scanTexts(t, personQuickTexts(t), []map[string]bool{nil, personQuickPeople}, f)
}

// TestPersonKindsQuickTest holds tryPersons' first test to the person
// matchers it skips: where personAt reads no person and the word is no
// unknown capitalised one (unknownCapital), no kind of person starts.
func TestPersonKindsQuickTest(t *testing.T) {
	scanPersonTexts(t, func(s *langScan, text string) {
		for i := range s.toks {
			if _, ok := s.personAt(i); ok || s.unknownCapital(i) {
				continue
			}
			for _, kind := range langKinds {
				if end, ok := s.personMatch(kind, i); ok {
					t.Fatalf("%q at token %d: kind %d reads a person to %d, which the quick test skips", text, i, kind, end)
				}
			}
		}
	})
}

// TestRolelessQuickTest holds roleless to what it skips: at a token it
// passes over, personAt reads no person, no kind of person starts, and
// no owned occupation ("Our systems librarian let …") opens.
func TestRolelessQuickTest(t *testing.T) {
	skipped := 0
	scanPersonTexts(t, func(s *langScan, text string) {
		for i := range s.toks {
			if !s.roleless(i) {
				continue
			}
			skipped++
			if end, ok := s.personAt(i); ok {
				t.Fatalf("%q at token %d: personAt reads a person to %d, which roleless skips", text, i, end)
			}
			for _, kind := range langKinds {
				if end, ok := s.personMatch(kind, i); ok {
					t.Fatalf("%q at token %d: kind %d reads a person to %d, which roleless skips", text, i, kind, end)
				}
			}
			if end, ok := s.ownedOccupation(i); ok {
				t.Fatalf("%q at token %d: an owned occupation to %d, which roleless skips", text, i, end)
			}
		}
	})
	if skipped == 0 {
		t.Fatal("roleless skipped no token: the test tests nothing")
	}
}

// TestLangPeopleShape holds langPeople's quick test to the map: every
// word of the texts, and every name, is a name exactly when the map says.
func TestLangPeopleShape(t *testing.T) {
	people := newLangPeople(personQuickPeople)
	words := []string{"", "a", "zorva", "zorvans", "ravi's", "dana"}
	for w := range personQuickPeople {
		words = append(words, w, w+"s", strings.ToUpper(w))
	}
	for _, text := range personQuickTexts(t) {
		words = append(words, strings.Fields(strings.ToLower(text))...)
	}
	slices.Sort(words)
	for _, w := range slices.Compact(words) {
		if got, want := people.has(w), personQuickPeople[w]; got != want {
			t.Fatalf("has(%q) = %v, want %v", w, got, want)
		}
	}
}
