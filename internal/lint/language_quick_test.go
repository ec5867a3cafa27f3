package lint

import (
	"slices"
	"testing"
)

// quickTexts are the texts the differential tests of the scan's quick
// tests read: the development sentences, in pairs so that a text holds
// more than one sentence, and the benchmark's.
func quickTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	lines := devSet(t)
	for i, l := range lines {
		out = append(out, l.sentence)
		if i > 0 {
			out = append(out, lines[i-1].sentence+" "+l.sentence)
		}
	}
	return slices.Concat(out, benchSentences, benchParagraphs())
}

// TestRoleQuickTest holds roleAt's quick test (mayRole) to roleAt without
// it: at every token of every text, the same role or none.
func TestRoleQuickTest(t *testing.T) {
	scanQuickTexts(t, func(s *langScan, text string) {
		for k := range s.toks {
			s.roles = 0
			end, ok := s.roleAt(k)
			s.roles = 1 // as if the text held a role word
			wantEnd, wantOK := s.roleAt(k)
			if ok != wantOK || ok && end != wantEnd {
				t.Fatalf("%q at token %d: roleAt = %d, %v; without the quick test %d, %v", text, k, end, ok, wantEnd, wantOK)
			}
		}
	})
}

// scanQuickTexts readies a scan of the default checker for each of
// quickTexts in turn, one scan for all, and calls f.
func scanQuickTexts(t *testing.T, f func(s *langScan, text string)) {
	t.Helper()
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	s := new(langScan)
	for _, text := range quickTexts(t) {
		s.start(c, text, nil)
		f(s, text)
	}
}

// langSlowTokens tokenizes text as tokenize does, with every token read
// by step: no fast path for words of letters.
func langSlowTokens(voc *langTable, text string) *langLexer {
	lx := &langLexer{voc: voc}
	lx.tokenize("")
	lx.text = text
	for i := 0; i < len(text); {
		i = lx.step(i)
	}
	if len(lx.arena) > 0 {
		lx.arenaStr = string(lx.arena)
		lx.classifyArena()
	}
	return lx
}

// TestTokenizeFastPaths holds tokenize's fast paths for words of letters
// (lowerWord, capitalWord) to the general reading of step: the same
// tokens, lower-cased forms and words present.
func TestTokenizeFastPaths(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	texts := append(quickTexts(t), "The end.", "A", "I did. The", "Hello world", "Priya's fix", "Chris' deploy", "The on-call SRE paged Ops.",
		"Über Straße", "Zoë restarted it", "WWW.example.com", "Http is fine", "Alpha.beta Gamma-delta Epsilon'", "Extraordinarily")
	for _, text := range texts {
		fast := &langLexer{voc: c.voc.table}
		fast.tokenize(text)
		slow := langSlowTokens(c.voc.table, text)
		if len(fast.toks) != len(slow.toks) {
			t.Fatalf("%q: %d tokens, %d without the fast paths", text, len(fast.toks), len(slow.toks))
		}
		for k := range fast.toks {
			f, w := fast.toks[k], slow.toks[k]
			if fast.low(&f) != slow.low(&w) {
				t.Fatalf("%q token %d: %q, %q without the fast paths", text, k, fast.low(&f), slow.low(&w))
			}
			if f != w {
				t.Fatalf("%q token %d: %+v, %+v without the fast paths", text, k, f, w)
			}
		}
		if !slices.Equal(fast.present, slow.present) || !slices.Equal(fast.possIDs, slow.possIDs) {
			t.Fatalf("%q: the words present differ", text)
		}
	}
}

// TestViableWordCache holds the triggers by word that a text's scan
// filters once (viableWord) to the filter run at each occurrence: the
// same triggers, in their order, from the first occurrence of a word and
// from the later ones, text after text.
func TestViableWordCache(t *testing.T) {
	scanQuickTexts(t, func(s *langScan, text string) {
		for i := range s.toks {
			tk := &s.toks[i]
			if tk.kind != langWord || tk.poss || s.c.wordFlags[tk.id]&langStartsPattern == 0 {
				continue
			}
			var want []int32
			for k := range s.c.byWord[tk.id] {
				if tr := &s.c.byWord[tk.id][k]; s.mayTry(tr) && s.viable(tr.pat) {
					want = append(want, int32(k))
				}
			}
			if got := s.viableWord(tk.id); !slices.Equal(got, want) {
				t.Fatalf("%q at token %d: triggers %v, want %v", text, i, got, want)
			}
		}
	})
}
