package lint

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// langRepoText is a sentence-bearing prose text of a repository document
// with the people the document names.
type langRepoText struct {
	text   string
	people map[string]bool
}

// langRepoTexts reads the prose of the repository's own documents: the
// example post-mortems and the development sets (never the held-out
// ones).
func langRepoTexts(t *testing.T) []langRepoText {
	t.Helper()
	var out []langRepoText
	for _, rd := range repoDocs(t, "postmortems/*.md", "dev-docs*/*.md") {
		d := rd.doc
		people := peopleOf(d)
		for _, pr := range d.Prose {
			if pr.Sentence() {
				out = append(out, langRepoText{pr.Text, people})
			}
		}
	}
	if len(out) < 1000 {
		t.Fatalf("only %d texts in the repository's documents", len(out))
	}
	return out
}

// repoDoc is a document of the repository's test data, parsed.
type repoDoc struct {
	path string
	doc  *postmortem.Document
}

// repoDocs parses the documents under testdata that the patterns match,
// READMEs left out.
func repoDocs(t *testing.T, patterns ...string) []repoDoc {
	t.Helper()
	var out []repoDoc
	for _, pat := range patterns {
		paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			if strings.EqualFold(filepath.Base(p), "README.md") {
				continue
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if d, _ := postmortem.Parse(src, postmortem.Options{}); d != nil {
				out = append(out, repoDoc{p, d})
			}
		}
	}
	return out
}

// scanDiffTexts calls f for each generated text of personQuickTexts,
// without and with people the document knows, and for each text of the
// repository's documents with its people.
func scanDiffTexts(t *testing.T, f func(text string, people map[string]bool)) {
	t.Helper()
	for _, text := range personQuickTexts(t) {
		for _, people := range []map[string]bool{nil, personQuickPeople} {
			f(text, people)
		}
	}
	for _, rt := range langRepoTexts(t) {
		f(rt.text, rt.people)
	}
}

// TestQuietWords holds the scan's pass over quiet words (langToken.quiet)
// to the scan that visits them: every quiet token is a word in lower case
// that starts no pattern and no person, and a scan that visits every
// token finds the same matches and the same persons' starts.
func TestQuietWords(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	fast, slow := new(langScan), new(langScan)
	quiet := 0
	scanDiffTexts(t, func(text string, people map[string]bool) {
		fast.start(c, text, newLangPeople(people))
		slow.start(c, text, newLangPeople(people))
		for i := range slow.toks {
			tk := &slow.toks[i]
			if !tk.quiet {
				continue
			}
			quiet++
			if tk.kind != langWord || tk.poss || tk.capital || c.wordFlags[tk.id]&langStartsPattern != 0 || slow.mayStartPerson(i) {
				t.Fatalf("%q token %d (%q): quiet, but it may start a pattern or a person", text, i, slow.lx.low(tk))
			}
			tk.quiet = false
		}
		fast.run()
		slow.run()
		if !reflect.DeepEqual(fast.out, slow.out) {
			t.Fatalf("%q: matches %+v, %+v when every word is visited", text, fast.out, slow.out)
		}
		for i := range fast.toks {
			if fast.toks[i].mayPerson != slow.toks[i].mayPerson {
				t.Fatalf("%q token %d: a person may start: %v, %v when every word is visited", text, i, fast.toks[i].mayPerson, slow.toks[i].mayPerson)
			}
		}
	})
	if quiet == 0 {
		t.Fatal("no quiet words")
	}
}

// TestQuietWordsTeamAny: a team's pattern that any word may start (the
// scan's byAny) leaves no word quiet, so run tries it at every word.
func TestQuietWordsTeamAny(t *testing.T) {
	opt := DefaultOptions()
	opt.LanguageChecks = []LanguageCheck{{Rule: "language/judgement", Match: []string{"@adverb skipped"}}}
	c := newLanguageChecker(opt)
	if len(c.byAny) == 0 {
		t.Fatal("the team's check is not tried at every word")
	}
	if got := c.check("The deploy quickly skipped the canary.", nil); len(got) != 1 {
		t.Fatalf("got %+v, want one match", got)
	}
}

// TestCompileMemo holds the patterns compiled with the start-up's memos
// (the elements of a pattern split once, an element compiled once for
// each text of one) to the same patterns compiled afresh, after the
// checker has dropped its memos: the same elements, words and anchors.
func TestCompileMemo(t *testing.T) {
	opt := DefaultOptions()
	opt.Allow = []string{"blame-free review"}
	opt.Phrases = []Phrase{{Text: "dropped the ball"}}
	for _, c := range []*languageChecker{newLanguageChecker(DefaultOptions()), newLanguageChecker(opt)} {
		if c.voc.fields != nil || c.voc.elems != nil {
			t.Fatal("the checker keeps its start-up memos")
		}
		n := 0
		for _, lc := range checksOf(c) {
			for _, p := range slices.Concat(lc.match, lc.unless, lc.before) {
				fresh, err := c.voc.compilePattern(p.text)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(p, fresh) {
					t.Fatalf("%q compiled with the memos: %+v, afresh %+v", p.text, p, fresh)
				}
				n++
			}
		}
		for _, p := range c.allow {
			if fresh, _ := c.voc.compilePattern(p.text); !reflect.DeepEqual(p, fresh) {
				t.Fatalf("allowed %q compiled with the memos: %+v, afresh %+v", p.text, p, fresh)
			}
		}
		if n < 300 {
			t.Fatalf("only %d patterns", n)
		}
	}
}

// checksOf lists a checker's compiled checks, each once.
func checksOf(c *languageChecker) []*langCheck {
	seen := map[*langCheck]bool{}
	var out []*langCheck
	add := func(trs []langTrigger) {
		for _, tr := range trs {
			if !seen[tr.check] {
				seen[tr.check] = true
				out = append(out, tr.check)
			}
		}
	}
	for _, trs := range c.byWord {
		add(trs)
	}
	add(c.byAny)
	for _, ix := range c.byPerson {
		add(ix.any)
		for _, trs := range ix.next {
			add(trs)
		}
	}
	for _, lc := range c.structural {
		if !seen[lc] {
			seen[lc] = true
			out = append(out, lc)
		}
	}
	return out
}

// TestGapWordsAt holds matchGap's test of an atom of words after a gap
// (wordAt) to matching the rest of the pattern there, which it skips:
// wherever wordAt says no, the rest of the pattern does not match, for
// every such atom of every pattern at every token of the texts (a tenth
// of them under the race detector).
func TestGapWordsAt(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	type rest struct {
		p  *langPattern
		ei int
	}
	var rests []rest
	for _, lc := range checksOf(c) {
		for _, p := range slices.Concat(lc.match, lc.unless, lc.before) {
			for ei := range p.elems {
				if ei > 0 && p.elems[ei-1].op == opGap && p.elems[ei].wordsOnly() {
					rests = append(rests, rest{p, ei})
				}
			}
		}
	}
	if len(rests) < 50 {
		t.Fatalf("only %d atoms of words after a gap", len(rests))
	}
	s, skipped := new(langScan), 0
	texts := quickTexts(t)
	for k, rt := range langRepoTexts(t) {
		if k%8 == 0 {
			texts = append(texts, rt.text)
		}
	}
	for i, text := range texts {
		if raceEnabled && i%10 != 0 {
			continue // a tenth under the race detector, every text without it
		}
		s.start(c, text, langPeople{})
		for k := range len(s.toks) + 1 {
			for _, r := range rests {
				if s.wordAt(&r.p.elems[r.ei], k) {
					continue
				}
				skipped++
				st := langMatchState{target: -1, open: -1, close: -1, subjEnd: -1}
				if end, ok := s.match(r.p.elems, r.ei, k, &st); ok {
					t.Fatalf("%q at token %d: %q matches from element %d to %d, where wordAt says no", text, k, r.p.text, r.ei, end)
				}
			}
		}
	}
	if skipped == 0 {
		t.Fatal("wordAt said no nowhere")
	}
}

// TestPeopleFieldFastPaths holds the byte-wise reading of a field's
// people (langPeopleSepAt, langTrimPeopleMarks) to strings.IndexFunc and
// strings.Trim, which it replaces, over generated strings of separators,
// marks, letters, other runes and broken UTF-8, and the people fields,
// owners and texts of the repository's documents.
func TestPeopleFieldFastPaths(t *testing.T) {
	parts := []string{"@", "*", "_", "`", "(", ")", ",", ";", "&", " ", "/", "ana", "Bo", "é", "Ž", "\u00a0", "\u2009", "\xff", "\xe2\x80", "and", "-", "."}
	rnd := rand.New(rand.NewPCG(5, 12))
	var ss []string
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(8) {
			b.WriteString(parts[rnd.IntN(len(parts))])
		}
		ss = append(ss, b.String())
	}
	for _, rt := range langRepoTexts(t)[:2000] {
		ss = append(ss, rt.text)
	}
	for _, s := range ss {
		if got, want := langPeopleSepAt(s), strings.IndexFunc(s, langPeopleSep); got != want {
			t.Fatalf("langPeopleSepAt(%q) = %d, want %d", s, got, want)
		}
		if got, want := langTrimPeopleMarks(s), strings.Trim(s, "@*_`()"); got != want {
			t.Fatalf("langTrimPeopleMarks(%q) = %q, want %q", s, got, want)
		}
		if got, want := langLower(s), strings.ToLower(s); got != want {
			t.Fatalf("langLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestOnLine holds onLine to the line Document.Line gives, at every
// offset of the repository's documents and of a few made here (line
// endings of CR LF, no final newline, an empty document), and past both
// ends.
func TestOnLine(t *testing.T) {
	var srcs [][]byte
	for _, pat := range []string{"postmortems/*.md", "dev-docs*/*.md"} {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", pat))
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			srcs = append(srcs, src)
		}
	}
	srcs = append(srcs, []byte("# T\r\n\r\nA line.\r\nB"), []byte(""), []byte("\n\n"), []byte("one line"))
	checked := 0
	for _, src := range srcs {
		d, _ := postmortem.Parse(src, postmortem.Options{})
		if d == nil {
			continue
		}
		for off := -2; off <= len(d.Source)+2; off++ {
			line := d.Line(off)
			for n := line - 1; n <= line+1; n++ {
				if got, want := onLine(d, off, n), n == line; got != want {
					t.Fatalf("%.40q: onLine(%d, %d) = %v, want %v (Line says %d)", d.Source, off, n, got, want, line)
				}
			}
			checked++
		}
		for _, n := range []int{-1, 0, d.LineCount() + 1} {
			if onLine(d, 0, n) || onLine(d, len(d.Source), n) {
				t.Fatalf("%.40q: onLine holds of line %d, which the document does not have", d.Source, n)
			}
		}
	}
	if checked < 100000 {
		t.Fatalf("only %d offsets", checked)
	}
}

// TestActionLinesHold: the action lines read once for a document say of
// each prose what asking every action's line of it would: an item's or
// a cell's that starts on the line of an action item.
func TestActionLinesHold(t *testing.T) {
	held, asked := 0, 0
	for _, rd := range repoDocs(t, "dev-docs*/*.md") {
		p, d := rd.path, rd.doc
		lines := actionLinesOf(d, nil)
		for _, pr := range d.Prose {
			want := false
			if pr.Kind == "item" || pr.Kind == "cell" {
				for _, a := range d.Actions {
					want = want || a.Line >= 1 && a.Line <= d.LineCount() && d.Line(pr.Offset(0)) == a.Line
				}
			}
			if got := lines.hold(d, pr); got != want {
				t.Fatalf("%s: %.40q: hold = %v, want %v", p, pr.Text, got, want)
			}
			asked++
			if want {
				held++
			}
		}
	}
	if held < 100 || held == asked {
		t.Fatalf("%d of %d prose held", held, asked)
	}
}
