package lint

import (
	"slices"
	"strings"
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
	scanTexts(t, quickTexts(t), []map[string]bool{nil}, f)
}

// scanTexts readies a scan of the default checker for each of texts with
// each of peoples (the names a document knows, or nil), one scan for
// all, and calls f.
func scanTexts(t *testing.T, texts []string, peoples []map[string]bool, f func(s *langScan, text string)) {
	t.Helper()
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	s := new(langScan)
	for _, text := range texts {
		for _, people := range peoples {
			s.start(c, text, newLangPeople(people))
			f(s, text)
		}
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
		"Über Straße", "Zoë restarted it", "WWW.example.com", "Http is fine", "Alpha.beta Gamma-delta Epsilon'", "Extraordinarily",
		"set it to 'yes' (or -5) [x] {y}; 50% a/b #1 x@y, \v~ `open \"open", "4,000. 2.5! e.g. the cache? Dr. Okafor: done…",
		"14:02 502s 3x 2026-12-05 1_000 9's 42é 7", "10.")
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

// TestStartsPersonMemo holds personMay, which reads the answers of
// mayStartPerson that run keeps, to mayStartPerson: at every token of
// every text, before run and after it, with and without people the
// document knows.
func TestStartsPersonMemo(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	people := map[string]bool{"zorvan": true, "ravi": true, "dana": true}
	texts := append(quickTexts(t), "10:02 zorvan drops the index. 10:05 ravi restarts it", "@dana paged Ops; `code` and \"a quote\".")
	s := new(langScan)
	for _, text := range texts {
		for _, ppl := range []map[string]bool{nil, people} {
			s.start(c, text, newLangPeople(ppl))
			for round := 0; round < 2; round++ {
				for i := range s.toks {
					if got, want := s.personMay(i), s.mayStartPerson(i); got != want {
						t.Fatalf("%q at token %d (round %d): personMay = %v, mayStartPerson %v", text, i, round, got, want)
					}
				}
				s.run()
			}
		}
	}
}

// TestCauseTriggerTables holds the person-subject check's tables of
// trigger words (langCauseSets.triggers and opens) to the sets they are
// made from: mayCause's test of the words of the trigger set, and
// sentenceEnd from every token as it tests every word.
func TestCauseTriggerTables(t *testing.T) {
	scanQuickTexts(t, func(s *langScan, text string) {
		for _, lc := range s.c.structural {
			cs := lc.cause
			slow := *cs
			slow.opens = make([]bool, len(cs.opens))
			for id := range slow.opens {
				slow.opens[id] = true
			}
			want := false
			for i, w := range cs.trigger {
				if i < len(s.present) && s.present[i]&w != 0 {
					want = true
				}
			}
			if got := s.present.intersects(cs.triggers); got != want {
				t.Fatalf("%q: the text holds a trigger word: %v, want %v", text, got, want)
			}
			for a := range s.toks {
				end, hit := s.sentenceEnd(cs, a)
				wantEnd, wantHit := s.sentenceEnd(&slow, a)
				if end != wantEnd || hit != wantHit {
					t.Fatalf("%q from token %d: sentenceEnd = %d, %v; with every word tested %d, %v", text, a, end, hit, wantEnd, wantHit)
				}
			}
		}
	})
}

// TestCompileFastPaths holds the start-up's quick forms to what they
// replace: langLower to strings.ToLower, langTrimMarks to strings'
// trims, the vocabulary's table to its map, langCount to a count of the
// ids (up to 13), langSparse to the set, and the elements of every pattern to those
// of strings.Fields.
func TestCompileFastPaths(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "a", "Priya", "ÜBER", "on-call", "SRE's", "x|y", "!!no?", "!a*", "?", "*!", "İstanbul", "forgot", "forgotten!"}
	ids := map[string]uint16{}
	for k, w := range c.voc.table.keys {
		words = append(words, w, strings.ToUpper(w))
		ids[w] = uint16(k + 1)
	}
	for _, w := range words {
		if got, want := langLower(w), strings.ToLower(w); got != want {
			t.Fatalf("langLower(%q) = %q, want %q", w, got, want)
		}
		if got, want := langTrimMarks(w), strings.TrimLeft(strings.TrimRight(w, "?*"), "!"); got != want {
			t.Fatalf("langTrimMarks(%q) = %q, want %q", w, got, want)
		}
		if got, want := c.voc.id(w), ids[w]; got != want {
			t.Fatalf("id(%q) = %d, want %d", w, got, want)
		}
	}
	for name, set := range c.voc.lists {
		n := 0
		forEachID(set, 1<<16, func(int) { n++ })
		if got := langCount(set); got != n && (got <= 12 || n <= 12) {
			t.Fatalf("@%s: langCount = %d, want %d", name, got, n)
		}
		var back langBits
		for _, w := range langSparse(set) {
			back.grow(w.i + 1)
			back[w.i] = w.bits
		}
		for i := range max(len(back), len(set)) {
			if i < len(set) && set[i] != 0 && (i >= len(back) || back[i] != set[i]) || i < len(back) && (i >= len(set) || back[i] != set[i]) {
				t.Fatalf("@%s: langSparse loses word %d", name, i)
			}
		}
	}
	pats := []string{"[@person forgot] to", "[[a b]] c", "x\u00a0y\tz\n[w]", "  ", "a\vb\fc\rd  e\x1cf", "é\u2003b"}
	for _, lc := range langBuiltinData.Checks {
		pats = append(pats, slices.Concat(lc.Match, lc.Unless, lc.UnlessBefore)...)
	}
	for _, p := range pats {
		var want []string
		for _, f := range strings.Fields(p) {
			want = langAppendField(want, f)
		}
		if got := langPatternFields(p); !slices.Equal(got, want) {
			t.Fatalf("langPatternFields(%q) = %q, want %q", p, got, want)
		}
	}
}

// TestViableAnyCache holds the triggers any word may follow after a
// person, as indexes filtered once a text (viableAny), to the filter run
// at each ask: the same triggers, in their order, asked first and again.
func TestViableAnyCache(t *testing.T) {
	scanQuickTexts(t, func(s *langScan, text string) {
		for round := 0; round < 2; round++ {
			for n := range s.c.byPerson {
				var want []int32
				for k := range s.c.byPerson[n].any {
					if tr := &s.c.byPerson[n].any[k]; s.mayTry(tr) && s.viable(tr.pat) {
						want = append(want, int32(k))
					}
				}
				if got := s.viableAny(n); !slices.Equal(got, want) {
					t.Fatalf("%q, kind %d (round %d): triggers %v, want %v", text, n, round, got, want)
				}
			}
		}
	})
}
