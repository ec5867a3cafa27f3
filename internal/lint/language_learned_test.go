package lint

import (
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// An experiment: does a small learned model, added to the rules, find
// more of the sentences that tell a person as the cause of damage on
// sentence files written blind to the rules? Each dev-v*.tsv is left out
// in turn; a logistic regression over the words of a sentence (people
// read by the checker and written as one token) and the signals the
// person-subject check reads is trained on the person-cause and
// blameless sentences of the other files, and asked only about the
// sentences the rules do not flag; its threshold is chosen on those files
// alone, from scores each got from a model that did not see its file, so
// that the rules and the model together flag at most 0.01 of their
// blameless sentences. The figures of the left-out file with the rules
// alone and with the model are logged.
//
// First run, with the features and settings below written before any
// figure was seen: on dev-v8, dev-v9 and dev-v10 left out, person-cause
// 0.933 -> 0.933, 0.836 -> 0.882 and 0.518 -> 0.709, false positives
// unchanged on each (0.010, 0.009, 0.027); on average +0.079, short of
// the +0.08 asked for, so the model was not added. Five other seeds of
// the shuffle gave +0.067 to +0.079. The rules had been tuned on dev-v8
// and dev-v9 before this, so only dev-v10 is blind to both: there the
// model found 21 of the 53 sentences the rules missed, with no new false
// positive. On dev-v3 and dev-v7 it added one false positive each.

// lmCause returns the lists of the person-subject check.
func lmCause(c *languageChecker) *langCauseSets {
	for _, lc := range c.structural {
		if lc.cause != nil {
			return lc.cause
		}
	}
	return nil
}

// lmClasses names the signals a token carries, from the cause lists.
func lmClasses(s *langScan, cs *langCauseSets, k int) []string {
	var out []string
	add := func(name string, sets ...langBits) {
		for _, set := range sets {
			if s.in(k, set) {
				out = append(out, name)
				return
			}
		}
	}
	add("DAMAGE", cs.outcome, cs.fault, cs.down, cs.harm, cs.harmNoun)
	add("REMEDY", cs.remedy, cs.repair, cs.recovery)
	add("ACT", cs.act, cs.personAct)
	add("NEG", cs.neg, cs.unduty)
	add("SLOW", cs.slow, cs.lapse)
	add("CARE", cs.care)
	add("INTENT", cs.intent)
	add("BENIGN", cs.benign, cs.benign2, cs.spare)
	add("SYMPTOM", cs.symptom, cs.metric)
	add("TIME", s.c.g.timeUnit)
	add("SIGNAL", s.c.g.signal)
	if s.toks[k].id == 0 && s.toks[k].kind == langWord && s.unknownDamage(k) {
		out = append(out, "DAMAGE")
	}
	return out
}

// lmConnectives are the words and marks that join an act to its result.
var lmConnectives = map[string]bool{"so": true, "which": true, "because": true, "after": true, ";": true,
	"and": true, "when": true, "then": true, "until": true, "before": true, "by": true, "since": true,
	"—": true, "->": true, "→": true, ":": true, "while": true, "without": true, "but": true}

// lmToken is one normalised token of a sentence.
type lmToken struct {
	word    string   // lower-cased word, or PERSON, PERSONS, NAME?, NUM, QUOTE
	classes []string // signals of the word
}

// lmTokens normalises a sentence: people as PERSON (PERSONS for a
// possessive), unknown capitalised words as NAME?, numbers as NUM.
func lmTokens(c *languageChecker, text string) []lmToken {
	s := new(langScan)
	s.start(c, text, nil)
	cs := lmCause(c)
	var out []lmToken
	for i := 0; i < len(s.toks); i++ {
		t := &s.toks[i]
		switch {
		case t.kind == langOpaque:
			out = append(out, lmToken{word: "QUOTE"})
			continue
		case t.kind == langPunct:
			out = append(out, lmToken{word: s.word(i)})
			continue
		}
		if s.mayStartPerson(i) {
			if end, ok := s.personAt(i); ok && end > i {
				w := "PERSON"
				if s.possessive(end - 1) {
					w = "PERSONS"
				}
				out = append(out, lmToken{word: w})
				i = end - 1
				continue
			}
		}
		w := s.word(i)
		switch {
		case t.kind == langMention:
			w = "PERSON"
		case t.capital && t.id == 0 && !t.sentStart:
			w = "NAME?"
		case w != "" && langIsDigit(w[0]):
			w = "NUM"
		}
		out = append(out, lmToken{word: w, classes: lmClasses(s, cs, i)})
	}
	return out
}

// lmFeatures lists the features of a sentence.
func lmFeatures(c *languageChecker, text string) []string {
	toks := lmTokens(c, text)
	f := []string{"BIAS"}
	prev := "<s>"
	firstP, firstD := -1, -1
	for i, t := range toks {
		f = append(f, "w:"+t.word, "b:"+prev+" "+t.word)
		prev = t.word
		for _, cl := range t.classes {
			f = append(f, "c:"+cl)
			if i > 0 {
				f = append(f, "wc:"+toks[i-1].word+" "+cl)
			}
		}
		if strings.HasPrefix(t.word, "PERSON") {
			if firstP < 0 {
				firstP = i
			}
			f = append(f, lmAfterPerson(toks, i)...)
		}
		if slices.Contains(t.classes, "DAMAGE") && firstD < 0 {
			firstD = i
		}
	}
	f = append(f, "b:"+prev+" </s>")
	return append(f, lmOrder(toks, firstP, firstD)...)
}

// lmAfterPerson tells what follows a person: the signal of the next word.
func lmAfterPerson(toks []lmToken, i int) []string {
	var f []string
	if i == 0 {
		f = append(f, "p:first")
	}
	if i+1 < len(toks) {
		for _, cl := range toks[i+1].classes {
			f = append(f, "pv:"+cl)
		}
	}
	return f
}

// lmOrder tells where the first person stands to the first damage and
// which connectives come between them.
func lmOrder(toks []lmToken, p, d int) []string {
	switch {
	case p < 0 && d < 0:
		return []string{"o:none"}
	case p < 0:
		return []string{"o:damage-only"}
	case d < 0:
		return []string{"o:person-only"}
	}
	f := []string{"o:P<D"}
	a, b := p, d
	if d < p {
		f[0], a, b = "o:D<P", d, p
	}
	f = append(f, "o:gap"+lmBucket(b-a))
	for k := a + 1; k < b; k++ {
		if w := toks[k].word; lmConnectives[w] {
			f = append(f, f[0]+" via "+w)
		}
	}
	return f
}

// lmBucket groups a distance in words.
func lmBucket(n int) string {
	switch {
	case n <= 2:
		return "1-2"
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	}
	return "11+"
}

// lmExample is one sentence for the model.
type lmExample struct {
	feats   []int // ids of lmFeatures, from lmExamples's numbering
	label   string
	flagged bool // the rules flag it
	file    string
}

func (e lmExample) positive() bool { return e.label == "language/person-cause" }
func (e lmExample) clean() bool    { return e.label == "plain" || e.label == "hard" }

// lmModel is a logistic regression: a weight by feature id.
type lmModel []float64

func (m lmModel) score(feats []int) float64 {
	z := 0.0
	for _, f := range feats {
		z += m[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// lmTrain fits the model by stochastic gradient descent with L2 decay,
// on person-cause sentences against blameless ones (other blameful
// sentences are left out), in a fixed order so runs agree.
func lmTrain(exs []lmExample, nfeat int) lmModel {
	var data []lmExample
	for _, e := range exs {
		if e.positive() || e.clean() {
			data = append(data, e)
		}
	}
	m := make(lmModel, nfeat)
	r := rand.New(rand.NewPCG(1, 2))
	const epochs, rate, l2 = 30, 0.2, 1e-4
	for ep := 0; ep < epochs; ep++ {
		r.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		lr := rate / (1 + float64(ep)/5)
		for _, e := range data {
			y := 0.0
			if e.positive() {
				y = 1
			}
			g := y - m.score(e.feats)
			for _, f := range e.feats {
				m[f] += lr * (g - l2*m[f])
			}
		}
	}
	return m
}

// lmThreshold chooses the lowest threshold at which the rules and the
// model together flag at most maxFPR of the blameless sentences, from
// scores each sentence got from a model that did not see its file.
func lmThreshold(exs []lmExample, scores []float64, maxFPR float64) float64 {
	clean, ruleFP := 0, 0
	var cand []float64
	for i, e := range exs {
		if !e.clean() {
			continue
		}
		clean++
		if e.flagged {
			ruleFP++
		} else {
			cand = append(cand, scores[i])
		}
	}
	slices.Sort(cand)
	slices.Reverse(cand)
	allowed := int(maxFPR*float64(clean)) - ruleFP
	if allowed < 0 {
		return 1.01
	}
	if allowed >= len(cand) {
		return 0.5
	}
	// flag only scores above the first blameless score that must stay unflagged
	return math.Max(0.5, math.Nextafter(cand[allowed], 2))
}

// lmOutOfFold scores every sentence with a model trained without its file.
func lmOutOfFold(exs []lmExample, nfeat int) []float64 {
	scores := make([]float64, len(exs))
	for _, file := range lmFiles(exs) {
		var train []lmExample
		for _, e := range exs {
			if e.file != file {
				train = append(train, e)
			}
		}
		m := lmTrain(train, nfeat)
		for i, e := range exs {
			if e.file == file {
				scores[i] = m.score(e.feats)
			}
		}
	}
	return scores
}

// lmFiles lists the folds of the examples: each dev-v*.tsv, and the
// other files as one.
func lmFiles(exs []lmExample) []string {
	var out []string
	for _, e := range exs {
		if !slices.Contains(out, e.file) {
			out = append(out, e.file)
		}
	}
	return out
}

// lmFold is the figures of one left-out file.
type lmFold struct {
	pc, pcRules, pcBoth       int
	clean, fpRules, fpBoth    int
	threshold                 float64
	blameful, bfRules, bfBoth int
	pcModel, fpModel          int // the model alone
}

// lmEvaluate trains on every file but the left-out one and measures it.
func lmEvaluate(exs []lmExample, nfeat int, left string) lmFold {
	var train, test []lmExample
	for _, e := range exs {
		if e.file == left {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	th := lmThreshold(train, lmOutOfFold(train, nfeat), 0.01)
	m := lmTrain(train, nfeat)
	fold := lmFold{threshold: th}
	for _, e := range test {
		model := m.score(e.feats) >= th
		both := e.flagged || model
		switch {
		case e.clean():
			fold.clean++
			fold.fpRules += lmCount(e.flagged)
			fold.fpBoth += lmCount(both)
			fold.fpModel += lmCount(model)
		default:
			fold.blameful++
			fold.bfRules += lmCount(e.flagged)
			fold.bfBoth += lmCount(both)
			if e.positive() {
				fold.pc++
				fold.pcRules += lmCount(e.flagged)
				fold.pcBoth += lmCount(both)
				fold.pcModel += lmCount(model)
			}
		}
	}
	return fold
}

func lmCount(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lmExamples reads the development files (never the held-out ones) and
// returns their sentences with the number of distinct features.
func lmExamples(t *testing.T, c *languageChecker) ([]lmExample, int) {
	var exs []lmExample
	ids := map[string]int{}
	number := func(feats []string) []int {
		out := make([]int, len(feats))
		for i, f := range feats {
			id, ok := ids[f]
			if !ok {
				id = len(ids)
				ids[f] = id
			}
			out[i] = id
		}
		return out
	}
	for _, pattern := range []string{"blameful.tsv", "blameless.tsv", "dev-*.tsv"} {
		for _, name := range corpusFiles(t, pattern) {
			file := name
			if !strings.HasPrefix(name, "dev-v") {
				file = "base" // the first files and the rule author's own sets are always trained on
			}
			for _, l := range loadSet(t, name) {
				exs = append(exs, lmExample{feats: number(lmFeatures(c, l.sentence)), label: l.label,
					flagged: len(c.check(l.sentence, nil)) > 0, file: file})
			}
		}
	}
	return exs, len(ids)
}

// lmBlind are the development files each written blind to the rules by
// a different writer: the criterion averages over them.
var lmBlind = []string{"dev-v8.tsv", "dev-v9.tsv", "dev-v10.tsv"}

// lmGo is the criterion for adding the model to the checker: on the blind
// files, on average, person-cause recall gains at least 0.08 and the
// false-positive rate rises by at most 0.01.
var lmGo = struct{ gain, fprRise float64 }{0.08, 0.01}

// TestLanguageLearnedExperiment logs, for each dev-v*.tsv left out, the
// person-cause recall and false-positive rate of the rules alone and of
// the rules with the model, then the averages over the blind files and
// whether they meet lmGo. It never fails; it runs with -v or
// LANG_MODEL_EXPERIMENT=1.
func TestLanguageLearnedExperiment(t *testing.T) {
	if !testing.Verbose() && os.Getenv("LANG_MODEL_EXPERIMENT") == "" {
		t.Skip("run with -v or LANG_MODEL_EXPERIMENT=1 to run the leave-one-file-out experiment")
	}
	c := newLanguageChecker(DefaultOptions())
	exs, nfeat := lmExamples(t, c)
	var pcRules, pcBoth, fpRules, fpBoth float64
	for _, left := range corpusFiles(t, "dev-v*.tsv") {
		f := lmEvaluate(exs, nfeat, left)
		lmLogFold(t, left, f)
		if slices.Contains(lmBlind, left) {
			n := float64(len(lmBlind))
			pcRules += ratio(f.pcRules, f.pc) / n
			pcBoth += ratio(f.pcBoth, f.pc) / n
			fpRules += ratio(f.fpRules, f.clean) / n
			fpBoth += ratio(f.fpBoth, f.clean) / n
		}
	}
	verdict := "no-go"
	if pcBoth-pcRules >= lmGo.gain && fpBoth-fpRules <= lmGo.fprRise {
		verdict = "go"
	}
	t.Logf("blind files (%s) on average: person-cause %.3f -> %.3f (%+.3f), FPR %.3f -> %.3f (%+.3f): %s (go: a gain of at least %+.2f, FPR rising by at most %.2f)",
		strings.Join(lmBlind, ", "), pcRules, pcBoth, pcBoth-pcRules, fpRules, fpBoth, fpBoth-fpRules, verdict, lmGo.gain, lmGo.fprRise)
}

// lmLogFold logs the figures of one left-out file.
func lmLogFold(t *testing.T, left string, f lmFold) {
	t.Helper()
	t.Logf("%-12s threshold %.3f  person-cause %.3f -> %.3f (%d -> %d of %d)  FPR %.3f -> %.3f (%d -> %d of %d)  recall %.3f -> %.3f  model alone: person-cause %.3f, FPR %.3f",
		left, f.threshold, ratio(f.pcRules, f.pc), ratio(f.pcBoth, f.pc), f.pcRules, f.pcBoth, f.pc,
		ratio(f.fpRules, f.clean), ratio(f.fpBoth, f.clean), f.fpRules, f.fpBoth, f.clean,
		ratio(f.bfRules, f.blameful), ratio(f.bfBoth, f.blameful), ratio(f.pcModel, f.pc), ratio(f.fpModel, f.clean))
}
