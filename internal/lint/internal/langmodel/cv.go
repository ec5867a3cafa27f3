package langmodel

import (
	"runtime"
	"strings"
	"sync"
)

// Figures are what a model trained (weights and threshold) without one
// fold does on that fold, beside the rules.
type Figures struct {
	Threshold float64
	// person-cause sentences: all; flagged by the rules; by the rules or
	// the model; by the model asked about every sentence with a person,
	// damage and a person's act, whatever the rules say of it
	PC, PCRules, PCBoth, PCModel int
	// blameful sentences of any rule: all; flagged by the rules; by either
	Blameful, BFRules, BFBoth int
	// blameless sentences: all; flagged by the rules; by either; by the
	// model asked as for PCModel
	Clean, FPRules, FPBoth, FPModel int
	// sentences of documents' narrative that name a person: all; those
	// the checker asks the model about; those it flags
	Narrative, NarrAsked, NarrFlagged int
	// what the model flagged that is not blame: narrative or blameless
	Wrong []string
}

// LeaveOut trains on every fold but left and measures left.
func LeaveOut(exs []Example, left string, s Settings) Figures {
	var train, test []Example
	for _, e := range exs {
		if e.File == left {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	m := Build(train, s)
	f := Figures{Threshold: m.Threshold}
	for i := range test {
		f.count(&test[i], m)
	}
	return f
}

// count adds one example of the left-out fold.
func (f *Figures) count(e *Example, m *Model) {
	model := m.Flags(e)
	alone := e.Person && e.Outcome && e.Acts && m.Score(e.Features) >= m.Threshold
	both := e.Flagged || model
	switch {
	case e.Clean():
		f.Clean++
		f.FPRules += one(e.Flagged)
		f.FPBoth += one(both)
		f.FPModel += one(alone)
	case e.Narrative():
		f.Narrative++
		f.NarrAsked += one(e.Asked())
		f.NarrFlagged += one(model)
	default:
		f.Blameful++
		f.BFRules += one(e.Flagged)
		f.BFBoth += one(both)
		if e.Positive() {
			f.PC++
			f.PCRules += one(e.Flagged)
			f.PCBoth += one(both)
			f.PCModel += one(alone)
		}
	}
	if model && !e.Positive() && (e.Clean() || e.Narrative()) {
		f.Wrong = append(f.Wrong, e.Text)
	}
}

func one(b bool) int {
	if b {
		return 1
	}
	return 0
}

// LeaveEachOut runs LeaveOut for each of the folds, on as many
// processors as there are, and returns their figures in the folds' order.
func LeaveEachOut(exs []Example, folds []string, s Settings) []Figures {
	out := make([]Figures, len(folds))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = LeaveOut(exs, folds[i], s)
			}
		}()
	}
	for i := range folds {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Without returns the examples with every feature that starts with one
// of the prefixes dropped: a family of features left out, to measure
// what it brings.
func Without(exs []Example, prefixes []string) []Example {
	if len(prefixes) == 0 {
		return exs
	}
	out := make([]Example, len(exs))
	for i, e := range exs {
		var fs []string
		for _, f := range e.Features {
			if !hasAnyPrefix(f, prefixes) {
				fs = append(fs, f)
			}
		}
		e.Features = fs
		out[i] = e
	}
	return out
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
