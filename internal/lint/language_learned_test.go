package lint

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
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

// Since then the model was added to the checker: its features are the
// checker's (language_model_features.go) and its training is
// internal/langmodel's, so this experiment measures what the checker
// does; the model is asked only about sentences the rules leave and that
// name a person, and its weights are pruned and rounded as in the file.

// lmSplit returns the examples of every fold but left, and those of left.
func lmSplit(exs []langmodel.Example, left string) (train, test []langmodel.Example) {
	for _, e := range exs {
		if e.File == left {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	return train, test
}

func lmCount(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lmExamples reads the development files (never the held-out ones) as
// the model's trainer does, with the rules of c.
func lmExamples(t *testing.T, c *languageChecker) []langmodel.Example {
	t.Helper()
	corpus := LanguageModelCorpus(filepath.Join("..", "..", "testdata"))
	corpus.Featurize = c.modelInput
	exs, _, err := langmodel.Load(corpus)
	if err != nil {
		t.Fatal(err)
	}
	return exs
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
	c := newLanguageChecker(Options{})
	exs := lmExamples(t, c)
	var pcRules, pcBoth, fpRules, fpBoth float64
	for _, left := range corpusFiles(t, "dev-v*.tsv") {
		f := langmodel.LeaveOut(exs, left, langmodel.Defaults)
		lmLogFold(t, left, f)
		if slices.Contains(lmBlind, left) {
			n := float64(len(lmBlind))
			pcRules += ratio(f.PCRules, f.PC) / n
			pcBoth += ratio(f.PCBoth, f.PC) / n
			fpRules += ratio(f.FPRules, f.Clean) / n
			fpBoth += ratio(f.FPBoth, f.Clean) / n
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
func lmLogFold(t *testing.T, left string, f langmodel.Figures) {
	t.Helper()
	t.Logf("%-12s threshold %.3f  person-cause %.3f -> %.3f (%d -> %d of %d)  FPR %.3f -> %.3f (%d -> %d of %d)  recall %.3f -> %.3f  model alone, the rules aside: person-cause %.3f, FPR %.3f",
		left, f.Threshold, ratio(f.PCRules, f.PC), ratio(f.PCBoth, f.PC), f.PCRules, f.PCBoth, f.PC,
		ratio(f.FPRules, f.Clean), ratio(f.FPBoth, f.Clean), f.FPRules, f.FPBoth, f.Clean,
		ratio(f.BFRules, f.Blameful), ratio(f.BFBoth, f.Blameful), ratio(f.PCModel, f.PC), ratio(f.FPModel, f.Clean))
}
