package lint

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// corpusLine is one labelled sentence of the language corpus.
type corpusLine struct {
	label    string // a rule id for blameful lines; "plain" or "hard" otherwise
	sentence string
	line     int
}

// blameful reports whether the line is labelled with a rule id.
func (l corpusLine) blameful() bool { return strings.HasPrefix(l.label, "language/") }

// loadCorpus reads LABEL<TAB>sentence lines, skipping comments and blanks.
func loadCorpus(t *testing.T, name string) []corpusLine {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "language", name))
	if err != nil {
		t.Fatalf("open corpus: %v", err)
	}
	defer f.Close()
	var lines []corpusLine
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		label, sentence, ok := strings.Cut(text, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab between label and sentence", name, n)
		}
		lines = append(lines, corpusLine{label: strings.TrimSpace(label), sentence: sentence, line: n})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return lines
}

// corpusStats are the figures for one set of sentences.
type corpusStats struct {
	blameful, flaggedBlameful int
	blameless, flaggedClean   int
	hard, flaggedHard         int
	ruleTotal, ruleHit        map[string]int
	labelled                  int // flagged blameful lines whose matches include the labelled rule
	firstLabelled             int // flagged blameful lines whose first match has the labelled rule
	misses, falsePositives    []string
}

// measure runs the checker over lines.
func measure(c *languageChecker, lines []corpusLine) corpusStats {
	st := corpusStats{ruleTotal: map[string]int{}, ruleHit: map[string]int{}}
	for _, l := range lines {
		ms := c.check(l.sentence, nil)
		if l.blameful() {
			st.countBlameful(l, ms)
		} else {
			st.countBlameless(l, ms)
		}
	}
	return st
}

// countBlameful counts a blameful line: flagged, and with which rule.
func (st *corpusStats) countBlameful(l corpusLine, ms []langMatch) {
	st.blameful++
	st.ruleTotal[l.label]++
	if len(ms) == 0 {
		st.misses = append(st.misses, fmt.Sprintf("%s\t%s", l.label, l.sentence))
		return
	}
	st.flaggedBlameful++
	st.ruleHit[l.label]++
	if ms[0].Rule == l.label {
		st.firstLabelled++
	}
	for _, m := range ms {
		if m.Rule == l.label {
			st.labelled++
			break
		}
	}
}

// countBlameless counts a blameless line and records a false positive.
func (st *corpusStats) countBlameless(l corpusLine, ms []langMatch) {
	st.blameless++
	hard := l.label == "hard"
	if hard {
		st.hard++
	}
	if len(ms) == 0 {
		return
	}
	st.flaggedClean++
	if hard {
		st.flaggedHard++
	}
	var rules []string
	for _, m := range ms {
		rules = append(rules, fmt.Sprintf("%s %q", m.Rule, l.sentence[m.Start:m.End]))
	}
	st.falsePositives = append(st.falsePositives, fmt.Sprintf("%s\t%s\t[%s]", l.label, l.sentence, strings.Join(rules, "; ")))
}

// ratio returns n/d, or 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// logStats logs the aggregate figures of one set.
func logStats(t *testing.T, name string, st corpusStats) {
	t.Helper()
	t.Logf("%s: recall %.3f (%d/%d), FPR %.3f (%d/%d), FPR on hard %.3f (%d/%d)", name,
		ratio(st.flaggedBlameful, st.blameful), st.flaggedBlameful, st.blameful,
		ratio(st.flaggedClean, st.blameless), st.flaggedClean, st.blameless,
		ratio(st.flaggedHard, st.hard), st.flaggedHard, st.hard)
	rules := make([]string, 0, len(st.ruleTotal))
	for r := range st.ruleTotal {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		t.Logf("%s:   %-24s recall %.3f (%d/%d)", name, r, ratio(st.ruleHit[r], st.ruleTotal[r]), st.ruleHit[r], st.ruleTotal[r])
	}
}

// TestCorpus measures recall and false positives on the dev corpus and the
// holdout. Holdout sentences are never printed: only its figures are.
func TestCorpus(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	dev := append(loadCorpus(t, "blameful.tsv"), loadCorpus(t, "blameless.tsv")...)
	holdout := loadCorpus(t, "holdout.tsv")
	for _, l := range holdout {
		if !l.blameful() && l.label != "plain" && l.label != "hard" {
			t.Fatalf("holdout.tsv:%d: unknown label %q", l.line, l.label)
		}
	}
	ds, hs := measure(c, dev), measure(c, holdout)
	logStats(t, "dev", ds)
	logStats(t, "holdout", hs)
	t.Logf("dev: labelled rule among the matches on %.3f of flagged blameful sentences (%d/%d), first match %.3f (%d/%d)",
		ratio(ds.labelled, ds.flaggedBlameful), ds.labelled, ds.flaggedBlameful,
		ratio(ds.firstLabelled, ds.flaggedBlameful), ds.firstLabelled, ds.flaggedBlameful)
	recall := ratio(ds.flaggedBlameful+hs.flaggedBlameful, ds.blameful+hs.blameful)
	fpr := ratio(ds.flaggedClean+hs.flaggedClean, ds.blameless+hs.blameless)
	t.Logf("combined: recall %.3f, FPR %.3f", recall, fpr)
	if recall >= 0.90 && fpr <= 0.05 {
		return
	}
	t.Errorf("combined recall %.3f (want >= 0.90), FPR %.3f (want <= 0.05)", recall, fpr)
	for _, m := range ds.misses {
		t.Logf("dev miss: %s", m)
	}
	for _, fp := range ds.falsePositives {
		t.Logf("dev false positive: %s", fp)
	}
}

// TestCorpusDevDetails logs the dev-set misses and false positives, for
// tuning; it never fails and never reads the holdout.
func TestCorpusDevDetails(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("run with -v to see the dev-set details")
	}
	c := newLanguageChecker(DefaultOptions())
	ds := measure(c, append(loadCorpus(t, "blameful.tsv"), loadCorpus(t, "blameless.tsv")...))
	logStats(t, "dev", ds)
	for _, m := range ds.misses {
		t.Logf("dev miss: %s", m)
	}
	for _, fp := range ds.falsePositives {
		t.Logf("dev false positive: %s", fp)
	}
}
