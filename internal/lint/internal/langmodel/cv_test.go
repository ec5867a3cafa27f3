package langmodel

import (
	"reflect"
	"slices"
	"testing"
)

// TestLeaveOutMeasuresTheFoldUnseen: a model trained without dev-v2
// finds its person-cause sentences and flags none of its blameless ones;
// a sentence the rules flag counts for the rules, and the model alone is
// asked about it too.
func TestLeaveOutMeasuresTheFoldUnseen(t *testing.T) {
	exs := toy()
	ruled := 0
	for i := range exs {
		if exs[i].File == "dev-v2.tsv" && exs[i].Positive() && ruled < 5 {
			exs[i].Flagged, ruled = true, ruled+1
		}
	}
	f := LeaveOut(exs, "dev-v2.tsv", Defaults)
	want := Figures{Threshold: f.Threshold, PC: 20, PCRules: 5, PCBoth: 20, PCModel: 20, Blameful: 20, BFRules: 5, BFBoth: 20, Clean: 40}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("got %+v, want %+v", f, want)
	}
	if got := LeaveEachOut(exs, []string{"base", "dev-v2.tsv"}, Defaults); len(got) != 2 || !reflect.DeepEqual(got[1], f) {
		t.Errorf("LeaveEachOut: got %+v, want the figures of each fold in order, the second %+v", got, f)
	}
}

// TestLeaveOutListsWrongNarrative: a narrative sentence of the left-out
// fold that the model flags is counted and listed.
func TestLeaveOutListsWrongNarrative(t *testing.T) {
	exs := toy()
	odd := Example{Input: Input{Features: []string{"w:PERSON", "w:broke", "w:a"}, Person: true, Outcome: true, Acts: true, Agent: true, Text: "Kim broke it."}, Label: Narrative, File: "dev-v1.tsv"}
	f := LeaveOut(append(exs, odd), "dev-v1.tsv", Defaults)
	if f.Narrative != 1 || f.NarrAsked != 1 || f.NarrFlagged != 1 || !slices.Equal(f.Wrong, []string{"Kim broke it."}) {
		t.Errorf("got narrative %d, asked %d, flagged %d, wrong %q; want 1, 1, 1 and the sentence", f.Narrative, f.NarrAsked, f.NarrFlagged, f.Wrong)
	}
}

// TestWithoutDropsAFamily: features of the named families are gone, the
// others kept in order, and the examples given are not changed.
func TestWithoutDropsAFamily(t *testing.T) {
	exs := []Example{{Input: Input{Features: []string{"w:a", "b:a b", "c:DAMAGE", "w:b"}}}}
	got := Without(exs, []string{"w:", "c:"})
	if !slices.Equal(got[0].Features, []string{"b:a b"}) {
		t.Errorf("got %q, want [b:a b]", got[0].Features)
	}
	if len(exs[0].Features) != 4 {
		t.Errorf("the examples given changed: %q", exs[0].Features)
	}
	if got := Without(exs, nil); !reflect.DeepEqual(got, exs) {
		t.Errorf("no family: got %+v, want the examples as they were", got)
	}
}

// TestLeaveOutFileSplitsAFoldByItsFiles: "base" holds two sentence
// files; leaving one of them out measures that file alone, with a model
// trained on the other's examples too, and the figures of the two summed
// are those of their examples together.
func TestLeaveOutFileSplitsAFoldByItsFiles(t *testing.T) {
	exs := toy()
	n := 0
	for i := range exs {
		if exs[i].File == "base" {
			exs[i].Source = []string{"blameful.tsv", "dev-person.tsv"}[n%2]
			n++
		} else {
			exs[i].Source = exs[i].File
		}
	}
	a := LeaveOutFile(exs, "blameful.tsv", Defaults)
	if a.Blameful+a.Clean != 30 || a.PC != 10 || a.PCBoth != 10 || a.FPBoth != 0 {
		t.Errorf("blameful.tsv left out: got %+v, want its 30 sentences, its 10 person-cause ones found and no blameless one flagged", a)
	}
	figs := LeaveEachFileOut(exs, []string{"blameful.tsv", "dev-person.tsv"}, Defaults)
	if !reflect.DeepEqual(figs[0], a) {
		t.Errorf("LeaveEachFileOut: got %+v first, want %+v", figs[0], a)
	}
	var sum Figures
	sum.Add(figs[0])
	sum.Add(figs[1])
	if sum.PC != 20 || sum.Clean != 40 || sum.PCBoth != 20 || sum.FPBoth != 0 {
		t.Errorf("summed: got %+v, want 20 person-cause found of 20 and 0 of 40 blameless flagged", sum)
	}
}
