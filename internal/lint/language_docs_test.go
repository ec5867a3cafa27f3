package lint

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Whole documents measure what sentence files cannot: how often the
// language rules flag the plain narrative around the blameful sentences.
// A folder testdata/language/docs-*/ (development) or holdout-docs*/
// (held out: never read while changing the rules) holds NAME.md, every
// paragraph and list item on one line, and NAME.labels.tsv, which lists
// every blameful sentence of the document verbatim as LABEL<TAB>sentence
// ("#" lines are comments); all other prose of the document is blameless.

// langDocGate is a set's first measurement: a change may make recall and
// person-cause recall no lower and the findings on unlabelled text no
// more.
type langDocGate struct {
	recall, person float64
	maxFalse       int
}

// langDocSet is one folder of labelled documents, with its gates for the
// rules as they ship and for the rules with the learned model; a nil gate
// is a set not yet measured.
type langDocSet struct {
	dir          string // under testdata/language
	heldOut      bool   // never print its text
	rules, model *langDocGate
}

var langDocSets = []langDocSet{
	// Two short documents written with the harness, to test it: not a
	// measure of anything.
	{"docs-example", false, &langDocGate{1, 1, 0}, &langDocGate{1, 1, 0}},
	// Twelve post-mortems written blind to the rules (README.md there).
	// First measured, before any change for them: rules recall 17 of 35,
	// person-cause 3 of 20, 10 findings on unlabelled text; with the
	// model (not yet trained on them) 18 of 35, 4 of 20, 10. Gated at no
	// finding after nine classes of false positive were fixed. The model,
	// now trained on them, stays gated at its first recall: its figures
	// here are in sample (18 of 35, 4 of 20 since it flags only
	// sentences that tell damage and a person's act), and a retraining
	// moves them. It makes
	// no finding on unlabelled text, in sample, and is gated at none:
	// out of fold it flags none of their 348 unlabelled sentences that
	// name a person (TestLanguageModelDocumentsLeftOut). Seven classes of
	// longer narrative sentence later (language_long_test.go) the rules
	// find 22 of 35 and 8 of 20, still with no finding on unlabelled
	// text, and are gated there; the model adds none beyond them. 23 and
	// 9 once the article opening a sentence before "He …" stopped being
	// read as a person's name. 24 and 10 once a time zone after a note's
	// time ("23:10 PDT") left the person after it opening the clause; 25
	// and 11 with a person's work named in an it-cleft; 26 and 12 with a
	// skipped safeguard told as a possessive gerund; 27 and 13 with time
	// lost on a lead ("lost twenty minutes checking …"); 28 and 14 with
	// one of "our" people named by an occupation who let a thing lapse.
	{"docs-dev", false, &langDocGate{28.0 / 35, 14.0 / 20, 0}, &langDocGate{28.0 / 35, 14.0 / 20, 0}},
	// Ten more post-mortems for development (627 sentences, 36 blameful,
	// 24 a person as the cause, none with a blame word), written blind to
	// the rules on 5 December. First run: 18 of 36, 7 of 24, 5 findings on
	// unlabelled text; the model, not yet trained on them, 21 and 10. The
	// model's gate is in sample once it is trained on them. 4 findings on
	// unlabelled text once a work named only to deny it was the cause
	// ("No one person's decision caused this") stopped being one. After
	// the classes of language_construct_test.go that follow it (what a
	// document said after ", which", what could not happen again, a
	// public record, a lapse never let happen, and six classes of misses):
	// 23 of 36, 11 of 24, no finding on unlabelled text; the model 28 and
	// 16, in sample. 24 and 12 (the model 29 and 17) once an aside
	// between a person and "slept through" a page stopped hiding it.
	// The model 28 and 16 once retrained with dev-docs-v7's prose (more
	// unlabelled narrative moves its threshold; the rules unchanged).
	// The rules 28 and 16 after four more classes of construction: an
	// it-cleft of the writer's own work, records marked as wanted that a
	// person's work undid, time a person's work added to the outage, and
	// a fix a person overwrote with the damage back after it (the model,
	// in sample, 32 and 20; its gate left where retraining moves it).
	{"docs-dev-v2", false, &langDocGate{28.0 / 36, 16.0 / 24, 0}, &langDocGate{28.0 / 36, 16.0 / 24, 0}},
	// Eight more post-mortems (488 sentences, 26 blameful, 14 a person as
	// the cause, one document blameless), written blind to the rules
	// beside docs-dev and kept from the work on it; only their figures
	// were read. First run (the rules of 5 December's start): 13 of 26, 3
	// of 14, 6 findings on unlabelled text; the model then trained on
	// docs-dev, asked about every sentence naming a person, found 17 and
	// 7 with 7. Run mid-way and after the work (figures only): the rules 14 of
	// 26, 4 of 14, 6; the model as it ships adds nothing.
	{"holdout-docs", true, &langDocGate{14.0 / 26, 4.0 / 14, 6}, &langDocGate{14.0 / 26, 4.0 / 14, 6}},
	// Eight more (567 sentences, 30 blameful, 15 a person as the cause,
	// one document blameless), written blind to the rules on 5 December
	// and kept out of the repository while the day's work on docs-dev and
	// docs-dev-v2 went on; only figures read. First run (771f0ce) and
	// after the work: 20 of 30, 5 of 15, 9 findings on unlabelled text,
	// rules and model alike: the day's classes did not reach it.
	{"holdout-docs-v2", true, &langDocGate{20.0 / 30, 5.0 / 15, 9}, &langDocGate{20.0 / 30, 5.0 / 15, 9}},
}

// TestLanguageDocuments lints every labelled document of each set, with
// the default options and again with the learned model, and fails where
// a set does worse than its gate. A listed set whose folder is absent is
// skipped, except under CI, where it must be there; a folder not listed
// is measured, and fails under CI until it is given its gates.
func TestLanguageDocuments(t *testing.T) {
	for _, set := range append(slices.Clone(langDocSets), unlistedLangDocSets(t)...) {
		t.Run(set.dir, func(t *testing.T) { testLangDocSet(t, set) })
	}
}

// unlistedLangDocSets returns the folders of labelled documents that
// langDocSets does not name, without gates.
func unlistedLangDocSets(t *testing.T) []langDocSet {
	var out []langDocSet
	for _, pattern := range []string{"docs-*", "holdout-docs*"} {
		dirs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "language", pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range dirs {
			name := filepath.Base(d)
			if !slices.ContainsFunc(langDocSets, func(s langDocSet) bool { return s.dir == name }) {
				out = append(out, langDocSet{dir: name, heldOut: pattern != "docs-*"})
			}
		}
	}
	return out
}

func testLangDocSet(t *testing.T, set langDocSet) {
	dir := filepath.Join("..", "..", "testdata", "language", set.dir)
	ci := os.Getenv("CI") == "true"
	if _, err := os.Stat(dir); err != nil {
		if ci {
			t.Fatalf("testdata/language/%s: %v", set.dir, err)
		}
		t.Skipf("no testdata/language/%s", set.dir)
	}
	docs := loadLangDocs(t, dir, set.heldOut)
	if set.rules == nil && ci {
		t.Errorf("testdata/language/%s is not in langDocSets: add it with its first measurement as its gates", set.dir)
	}
	model := DefaultOptions()
	model.LanguageModel = true
	for _, run := range []struct {
		name string
		opt  Options
		gate *langDocGate
	}{{"rules", DefaultOptions(), set.rules}, {"rules and model", model, set.model}} {
		sc := scoreLangDocs(New(run.opt), docs)
		sc.log(t, run.name, !set.heldOut)
		sc.gate(t, run.name, run.gate)
	}
}

// langDoc is one labelled document.
type langDoc struct {
	name   string
	src    []byte
	doc    *postmortem.Document
	labels []langDocLabel
}

// langDocLabel is a labelled sentence and where it stands in the source.
type langDocLabel struct {
	label, sentence string
	line            int               // in the labels file
	spans           []postmortem.Span // every place it stands
}

// loadLangDocs reads every document of dir and its labels, each label
// found verbatim in the document. A held-out label that is not found is
// named by its line alone.
func loadLangDocs(t *testing.T, dir string, heldOut bool) []langDoc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []langDoc
	for _, p := range paths {
		if strings.EqualFold(filepath.Base(p), "README.md") {
			continue
		}
		docs = append(docs, loadLangDoc(t, p, heldOut))
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", dir)
	}
	return docs
}

func loadLangDoc(t *testing.T, path string, heldOut bool) langDoc {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := postmortem.Parse(src, postmortem.Options{})
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	ld := langDoc{name: filepath.Base(path), src: src, doc: d}
	labels := strings.TrimSuffix(path, ".md") + ".labels.tsv"
	for _, l := range readLabels(t, labels) {
		l.spans = spansOf(src, l.sentence)
		if len(l.spans) == 0 {
			what := fmt.Sprintf("%q", l.sentence)
			if heldOut {
				what = "its sentence"
			}
			t.Errorf("%s:%d: %s is not in %s", filepath.Base(labels), l.line, what, ld.name)
		}
		ld.labels = append(ld.labels, l)
	}
	return ld
}

// readLabels reads LABEL<TAB>sentence lines, skipping comments and
// blanks; each label must be a language rule id.
func readLabels(t *testing.T, path string) []langDocLabel {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []langDocLabel
	for n, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, sentence, ok := strings.Cut(line, "\t")
		if !ok || !strings.HasPrefix(label, "language/") {
			t.Fatalf("%s:%d: want language/RULE<TAB>sentence", filepath.Base(path), n+1)
		}
		out = append(out, langDocLabel{label: label, sentence: strings.TrimSpace(sentence), line: n + 1})
	}
	return out
}

// spansOf returns every place sentence stands in src.
func spansOf(src []byte, sentence string) []postmortem.Span {
	var out []postmortem.Span
	for at := 0; sentence != ""; {
		i := strings.Index(string(src[at:]), sentence)
		if i < 0 {
			break
		}
		out = append(out, postmortem.Span{Start: at + i, End: at + i + len(sentence)})
		at += i + len(sentence)
	}
	return out
}

// langDocScore adds up how the findings of a set of documents meet
// their labels.
type langDocScore struct {
	docs, sentences          int // documents, and sentences of their prose
	labelled, flagged        int // labelled sentences, and those a finding covers
	person, personFlagged    int // the same for language/person-cause
	ruleTotal, ruleHit       map[string]int
	falsePos                 int            // findings on unlabelled text
	falseByDoc               map[string]int // the same, by document
	misses, falsePosExamples []string
}

// scoreLangDocs lints each document and matches its language findings
// with its labelled sentences by position.
func scoreLangDocs(l *Linter, docs []langDoc) *langDocScore {
	sc := &langDocScore{ruleTotal: map[string]int{}, ruleHit: map[string]int{}, falseByDoc: map[string]int{}}
	c := newLanguageChecker(DefaultOptions())
	for _, d := range docs {
		sc.docs++
		sc.sentences += proseSentences(c, d.doc)
		var found []Finding
		for _, f := range l.Lint(d.doc) {
			if f.Family() == "language" {
				found = append(found, f)
			}
		}
		sc.addLabels(d, found)
		sc.addFalse(d, found)
	}
	return sc
}

// addLabels counts the labelled sentences a finding covers.
func (sc *langDocScore) addLabels(d langDoc, found []Finding) {
	for _, l := range d.labels {
		hit := slices.ContainsFunc(found, func(f Finding) bool { return overlapsAny(f, l.spans) })
		sc.labelled++
		sc.ruleTotal[l.label]++
		if l.label == "language/person-cause" {
			sc.person++
		}
		if !hit {
			sc.misses = append(sc.misses, fmt.Sprintf("%s\t%s\t%s", d.name, l.label, l.sentence))
			continue
		}
		sc.flagged++
		sc.ruleHit[l.label]++
		if l.label == "language/person-cause" {
			sc.personFlagged++
		}
	}
}

// addFalse counts the findings that cover no labelled sentence.
func (sc *langDocScore) addFalse(d langDoc, found []Finding) {
	for _, f := range found {
		if slices.ContainsFunc(d.labels, func(l langDocLabel) bool { return overlapsAny(f, l.spans) }) {
			continue
		}
		sc.falsePos++
		sc.falseByDoc[d.name]++
		sc.falsePosExamples = append(sc.falsePosExamples, fmt.Sprintf("%s:%d\t%s %q\t%s",
			d.name, f.Line, f.Rule, string(d.src[f.Offset:f.End]), sentenceAround(d.src, f.Offset, f.End)))
	}
}

func overlapsAny(f Finding, spans []postmortem.Span) bool {
	return slices.ContainsFunc(spans, func(s postmortem.Span) bool { return f.Offset < s.End && s.Start < f.End })
}

// sentenceAround returns the source text from the sentence start before
// offset to the sentence end after end, on one line.
func sentenceAround(src []byte, offset, end int) string {
	text := string(src)
	from := max(strings.LastIndex(text[:offset], ". "), strings.LastIndexByte(text[:offset], '\n')) + 1
	to := len(text)
	if i := strings.IndexAny(text[end:], "\n"); i >= 0 {
		to = end + i
	}
	if i := strings.Index(text[end:to], ". "); i >= 0 {
		to = end + i + 1
	}
	return strings.TrimSpace(text[from:to])
}

// proseSentences counts the sentences of the prose the language rules
// read, split as the learned model splits them.
func proseSentences(c *languageChecker, d *postmortem.Document) int {
	n := 0
	s := new(langScan)
	for _, pr := range d.Prose {
		if !pr.Sentence() {
			continue
		}
		s.start(c, pr.Text, langPeople{})
		for a := 0; a < len(s.toks); {
			b, _ := s.modelSentence(a, nil)
			if slices.ContainsFunc(s.toks[a:b], func(tk langToken) bool { return tk.kind == langWord }) {
				n++
			}
			a = b
		}
	}
	return n
}

// log logs the figures; with details, the misses and the false
// positives too (never for a held-out set).
func (sc *langDocScore) log(t *testing.T, name string, details bool) {
	t.Helper()
	t.Logf("%s: %d documents, %d prose sentences, %d labelled blameful", name, sc.docs, sc.sentences, sc.labelled)
	t.Logf("%s: recall %.3f (%d/%d), person-cause %.3f (%d/%d)", name,
		ratio(sc.flagged, sc.labelled), sc.flagged, sc.labelled, ratio(sc.personFlagged, sc.person), sc.personFlagged, sc.person)
	t.Logf("%s: %d findings on unlabelled text, %.2f a document, %.2f per 100 prose sentences", name,
		sc.falsePos, ratio(sc.falsePos, sc.docs), 100*ratio(sc.falsePos, sc.sentences))
	logRuleRecall(t, name, sc.ruleTotal, sc.ruleHit)
	if !details {
		return
	}
	for _, doc := range slices.Sorted(maps.Keys(sc.falseByDoc)) {
		t.Logf("%s: %s: %d findings on unlabelled text", name, doc, sc.falseByDoc[doc])
	}
	for _, m := range sc.misses {
		t.Logf("%s: miss: %s", name, m)
	}
	for _, fp := range sc.falsePosExamples {
		t.Logf("%s: false positive: %s", name, fp)
	}
}

// gate fails where the figures are worse than g.
func (sc *langDocScore) gate(t *testing.T, name string, g *langDocGate) {
	t.Helper()
	if g == nil {
		return
	}
	recall, person := ratio(sc.flagged, sc.labelled), ratio(sc.personFlagged, sc.person)
	if recall < g.recall-1e-9 || person < g.person-1e-9 || sc.falsePos > g.maxFalse {
		t.Errorf("%s: recall %.3f (want >= %.3f), person-cause %.3f (want >= %.3f), %d findings on unlabelled text (want <= %d)",
			name, recall, g.recall, person, g.person, sc.falsePos, g.maxFalse)
	}
}

// TestLangDocScore checks the matching of findings with labels by
// position: a flagged labelled sentence counts towards recall, a labelled
// sentence left alone is a miss, and a finding outside every labelled
// sentence is a false positive, even where the same words are labelled
// elsewhere in the document.
func TestLangDocScore(t *testing.T) {
	src := []byte("# Disk full\n\n## What happened\n\nWe should have paged the storage team. The disk filled up at 02:00.\n\n" +
		"Someone should have rotated the logs. Obviously the disk was too small.\n")
	d, err := postmortem.Parse(src, postmortem.Options{})
	if err != nil {
		t.Fatal(err)
	}
	labels := []langDocLabel{
		{label: "language/counterfactual", sentence: "Someone should have rotated the logs."},
		{label: "language/person-cause", sentence: "The disk filled up at 02:00."},
	}
	for i := range labels {
		labels[i].spans = spansOf(src, labels[i].sentence)
	}
	sc := scoreLangDocs(New(DefaultOptions()), []langDoc{{name: "disk.md", src: src, doc: d, labels: labels}})
	got := [5]int{sc.labelled, sc.flagged, sc.person, sc.personFlagged, sc.falsePos}
	if want := [5]int{2, 1, 1, 0, 2}; got != want {
		t.Errorf("labelled, flagged, person, person flagged, false positives: got %v, want %v", got, want)
	}
	if sc.sentences != 4 {
		t.Errorf("prose sentences: got %d, want 4", sc.sentences)
	}
	if len(sc.misses) != 1 || !strings.Contains(sc.misses[0], "The disk filled up") {
		t.Errorf("misses: got %q, want the disk sentence", sc.misses)
	}
}
