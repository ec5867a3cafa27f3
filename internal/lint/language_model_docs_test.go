package lint

import (
	"maps"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
)

// lmDocFigures are the figures of a set of labelled documents, each
// scored by a model trained (weights and threshold) without it: the
// sentences that name a person, as the model splits them.
type lmDocFigures struct {
	docs                        int
	pc, pcRules, pcBoth         int // person-cause sentences; flagged by the rules; by the rules or the model
	narrative, fpRules, fpModel int // unlabelled sentences; flagged by the rules; by the model
	found, wrong                []string
}

// TestLanguageModelDocumentsLeftOut logs, for each set of labelled
// documents (testdata/language/docs-*), what the model adds to the rules
// on each document when it was trained without that document: person-cause
// sentences found beyond the rules, and unlabelled sentences it flags. It
// never fails; it runs with -v or LANG_MODEL_EXPERIMENT=1.
func TestLanguageModelDocumentsLeftOut(t *testing.T) {
	if !testing.Verbose() && os.Getenv("LANG_MODEL_EXPERIMENT") == "" {
		t.Skip("run with -v or LANG_MODEL_EXPERIMENT=1 to run the leave-one-document-out experiment")
	}
	exs := lmExamples(t, newLanguageChecker(Options{}))
	figs := map[string]*lmDocFigures{}
	for _, fold := range langmodel.Folds(exs) {
		if !langmodel.Labelled(fold) {
			continue
		}
		set := path.Dir(strings.TrimPrefix(fold, "doc:"))
		if figs[set] == nil {
			figs[set] = new(lmDocFigures)
		}
		figs[set].add(exs, fold)
	}
	for _, set := range slices.Sorted(maps.Keys(figs)) {
		figs[set].log(t, set)
	}
	lmLogDevDocs(t, exs)
}

// lmLogDevDocs logs the narrative sentences of the repository's own
// documents (each directory left out in turn, as its fold) that the
// model flags: none of them is labelled blameful, so each is read.
func lmLogDevDocs(t *testing.T, exs []langmodel.Example) {
	t.Helper()
	asked, flagged := 0, 0
	for _, fold := range langmodel.Folds(exs) {
		if !strings.HasPrefix(fold, "docs:") {
			continue
		}
		train, test := lmSplit(exs, fold)
		m := langmodel.Build(train, langmodel.Defaults)
		for i := range test {
			asked += lmCount(test[i].Asked())
			if m.Flags(&test[i]) {
				flagged++
				t.Logf("%s: model flagged narrative: %s", fold, test[i].Text)
			}
		}
	}
	t.Logf("development documents (each directory left out): narrative sentences the model is asked about %d, model flags %d", asked, flagged)
}

// add scores the document of fold with a model built without it.
func (f *lmDocFigures) add(exs []langmodel.Example, fold string) {
	train, test := lmSplit(exs, fold)
	m := langmodel.Build(train, langmodel.Defaults)
	f.docs++
	for i := range test {
		e := &test[i]
		model := m.Flags(e)
		switch {
		case e.Positive():
			f.pc++
			f.pcRules += lmCount(e.Flagged)
			f.pcBoth += lmCount(e.Flagged || model)
			if model {
				f.found = append(f.found, e.Text)
			}
		case e.Narrative():
			f.narrative++
			f.fpRules += lmCount(e.Flagged)
			f.fpModel += lmCount(model)
			if model {
				f.wrong = append(f.wrong, e.Text)
			}
		}
	}
}

// log logs the figures of a set and the sentences the model flagged.
func (f *lmDocFigures) log(t *testing.T, set string) {
	t.Helper()
	t.Logf("%s (%d documents, each left out): person-cause sentences naming a person %d, rules %d, rules and model %d; unlabelled sentences naming a person %d, rules flag %d, model flags %d",
		set, f.docs, f.pc, f.pcRules, f.pcBoth, f.narrative, f.fpRules, f.fpModel)
	for _, s := range f.found {
		t.Logf("%s: model found: %s", set, s)
	}
	for _, s := range f.wrong {
		t.Logf("%s: model flagged unlabelled: %s", set, s)
	}
}
