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
	return leaveOut(exs, func(e *Example) bool { return e.File == left }, s)
}

// LeaveOutFile trains on every example but those of the sentence file
// left, as the trainer would (its threshold chosen out of fold over the
// folds of the rest), and measures left.
func LeaveOutFile(exs []Example, left string, s Settings) Figures {
	return leaveOut(exs, func(e *Example) bool { return e.Source == left }, s)
}

// leaveOut trains on the examples not out and measures those out.
func leaveOut(exs []Example, out func(*Example) bool, s Settings) Figures {
	var train, test []Example
	for i := range exs {
		if out(&exs[i]) {
			test = append(test, exs[i])
		} else {
			train = append(train, exs[i])
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
	alone := e.Person && e.Agent && m.Score(e.Features) >= m.Threshold
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

// Add adds the counts of g to f, for figures summed over folds; the
// threshold is left as it was.
func (f *Figures) Add(g Figures) {
	f.PC, f.PCRules, f.PCBoth, f.PCModel = f.PC+g.PC, f.PCRules+g.PCRules, f.PCBoth+g.PCBoth, f.PCModel+g.PCModel
	f.Blameful, f.BFRules, f.BFBoth = f.Blameful+g.Blameful, f.BFRules+g.BFRules, f.BFBoth+g.BFBoth
	f.Clean, f.FPRules, f.FPBoth, f.FPModel = f.Clean+g.Clean, f.FPRules+g.FPRules, f.FPBoth+g.FPBoth, f.FPModel+g.FPModel
	f.Narrative, f.NarrAsked, f.NarrFlagged = f.Narrative+g.Narrative, f.NarrAsked+g.NarrAsked, f.NarrFlagged+g.NarrFlagged
	f.Wrong = append(f.Wrong, g.Wrong...)
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
	return eachOut(exs, folds, s, LeaveOut)
}

// LeaveEachFileOut runs LeaveOutFile for each of the sentence files, as
// LeaveEachOut does for folds.
func LeaveEachFileOut(exs []Example, files []string, s Settings) []Figures {
	return eachOut(exs, files, s, LeaveOutFile)
}

// eachOut runs leave for each of the folds, on as many processors as
// there are, and returns their figures in the folds' order.
func eachOut(exs []Example, folds []string, s Settings, leave func([]Example, string, Settings) Figures) []Figures {
	out := make([]Figures, len(folds))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = leave(exs, folds[i], s)
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
