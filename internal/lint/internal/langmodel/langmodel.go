// Package langmodel trains, writes and reads the learned model of the
// language rules: a logistic regression that reads a sentence the rules
// leave, in which a person acts who may be its cause, as telling the
// person as the cause of the outcome (language/person-cause). The features are the lint package's;
// this package knows only their names.
package langmodel

import (
	"math"
	"math/rand/v2"
	"slices"
)

// PersonCause is the corpus label the model learns.
const PersonCause = "language/person-cause"

// Input is what the checker reads of one sentence.
type Input struct {
	Features []string // with repeats: a word twice counts twice
	Flagged  bool     // the rules flag the sentence
	Person   bool     // the sentence names a person
	Outcome  bool     // the sentence tells damage
	Acts     bool     // a person in it does something
	Agent    bool     // a person in it does something who may be its cause
	Text     string   // the sentence, where it comes from a document
}

// Example is one labelled sentence of the corpus.
type Example struct {
	Input
	Label  string // the corpus label
	File   string // the fold it belongs to (Fold)
	Source string // the sentence file it comes from, for a sentence of one
}

// Positive reports a person-cause sentence.
func (e *Example) Positive() bool { return e.Label == PersonCause }

// Clean reports a blameless sentence of the sentence files.
func (e *Example) Clean() bool { return e.Label == "plain" || e.Label == "hard" }

// Narrative is the label of a sentence of a document that names a
// person and that no rule flags: an account of what someone did.
const Narrative = "narrative"

// Narrative reports a sentence of a document's narrative.
func (e *Example) Narrative() bool { return e.Label == Narrative }

// Negative reports a sentence the model learns as blameless.
func (e *Example) Negative() bool { return e.Clean() || e.Narrative() }

// Asked reports whether the checker asks the model about the sentence:
// the rules leave it and a person in it acts who may be its cause
// (Agent).
func (e *Example) Asked() bool { return !e.Flagged && e.Person && e.Agent }

// Settings fix how a model is trained; the same settings and examples
// give the same model.
type Settings struct {
	Epochs int
	Rate   float64 // the learning rate of the first epoch
	Decay  float64 // L2 decay a step
	Seed   [2]uint64
	MaxFPR float64 // the largest share of the blameless sentences the rules leave alone that the model may flag, out of fold
	MaxDoc float64 // the largest share of document narrative sentences flagged, out of fold
	Prune  float64 // weights smaller than this in size are dropped
	Digits int     // weights are rounded to this many decimals
}

// Defaults are the settings of the built-in model.
var Defaults = Settings{Epochs: 30, Rate: 0.2, Decay: 1e-4, Seed: [2]uint64{1, 2}, MaxFPR: 0.003, MaxDoc: 0.01, Prune: 0.005, Digits: 3}

// Model is a trained logistic regression.
type Model struct {
	Weights   map[string]float64
	Bias      float64
	Threshold float64 // a probability: the model flags a sentence at or above it
}

// Z returns the model's log-odds for the features.
func (m *Model) Z(feats []string) float64 {
	z := m.Bias
	for _, f := range feats {
		z += m.Weights[f]
	}
	return z
}

// Score returns the model's probability for the features.
func (m *Model) Score(feats []string) float64 { return 1 / (1 + math.Exp(-m.Z(feats))) }

// Flags reports whether the model flags an example the checker asks it about.
func (m *Model) Flags(e *Example) bool {
	return e.Asked() && m.Score(e.Features) >= m.Threshold
}

// Build trains the model on every example, with the threshold chosen
// from out-of-fold scores.
func Build(exs []Example, s Settings) *Model {
	m := Fit(exs, s)
	oof := OutOfFold(exs, s)
	m.Threshold = RoundThreshold(math.Max(Threshold(exs, oof, s.MaxFPR), DocThreshold(exs, oof, s.MaxDoc)))
	return m
}

// Fit trains by stochastic gradient descent with L2 decay, on
// person-cause sentences against blameless ones and the narrative of
// documents (other blameful sentences are left out), shuffled with the fixed seed, then prunes and
// rounds the weights. The threshold is left at 0.5.
func Fit(exs []Example, s Settings) *Model {
	ids, names := map[string]int{}, []string{""} // id 0 is the bias
	var data [][]int
	var ys []float64
	for i := range exs {
		e := &exs[i]
		if !e.Positive() && !e.Negative() {
			continue
		}
		fs := []int{0}
		for _, f := range e.Features {
			id, ok := ids[f]
			if !ok {
				id = len(names)
				ids[f], names = id, append(names, f)
			}
			fs = append(fs, id)
		}
		data, ys = append(data, fs), append(ys, b2f(e.Positive()))
	}
	w := sgd(data, ys, len(names), s)
	return finish(w, names, s)
}

// sgd fits the weights.
func sgd(data [][]int, ys []float64, n int, s Settings) []float64 {
	w := make([]float64, n)
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(s.Seed[0], s.Seed[1]))
	for ep := 0; ep < s.Epochs; ep++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := s.Rate / (1 + float64(ep)/5)
		for _, k := range order {
			z := 0.0
			for _, f := range data[k] {
				z += w[f]
			}
			g := ys[k] - 1/(1+math.Exp(-z))
			for _, f := range data[k] {
				w[f] += lr * (g - s.Decay*w[f])
			}
		}
	}
	return w
}

// finish rounds the weights and drops the small ones.
func finish(w []float64, names []string, s Settings) *Model {
	scale := math.Pow(10, float64(s.Digits))
	round := func(x float64) float64 { return math.Round(x*scale) / scale }
	m := &Model{Weights: map[string]float64{}, Bias: round(w[0]), Threshold: 0.5}
	for id := 1; id < len(w); id++ {
		if r := round(w[id]); math.Abs(w[id]) >= s.Prune && r != 0 {
			m.Weights[names[id]] = r
		}
	}
	return m
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// OutOfFold scores every example with a model trained without its fold.
func OutOfFold(exs []Example, s Settings) []float64 {
	scores := make([]float64, len(exs))
	for _, fold := range Folds(exs) {
		var train []Example
		for _, e := range exs {
			if e.File != fold {
				train = append(train, e)
			}
		}
		m := Fit(train, s)
		for i := range exs {
			if exs[i].File == fold {
				scores[i] = m.Score(exs[i].Features)
			}
		}
	}
	return scores
}

// Folds lists the folds of the examples in their order.
func Folds(exs []Example) []string {
	var out []string
	for _, e := range exs {
		if !slices.Contains(out, e.File) {
			out = append(out, e.File)
		}
	}
	return out
}

// Threshold chooses the lowest threshold at which the model flags at
// most maxFPR of the blameless sentences the rules leave unflagged, from
// scores each got from a model that did not see its fold; the model is
// asked only about the sentences the checker asks it about. The
// allowance is the model's own: were it shared with the rules, a
// development file whose blameless sentences the rules misread would
// use it up and switch the model off.
func Threshold(exs []Example, scores []float64, maxFPR float64) float64 {
	clean, ruleFP := 0, 0
	var cand []float64
	for i := range exs {
		e := &exs[i]
		switch {
		case !e.Clean():
			continue
		case e.Flagged:
			ruleFP++
		case e.Asked():
			cand = append(cand, scores[i])
		}
		clean++
	}
	slices.Sort(cand)
	slices.Reverse(cand)
	allowed := int(maxFPR * float64(clean-ruleFP))
	if allowed >= len(cand) {
		return 0.5
	}
	// flag only scores above the first blameless score that must stay unflagged
	return math.Max(0.5, math.Nextafter(cand[allowed], 2))
}

// DocThreshold chooses the lowest threshold at which the model flags at
// most maxShare of the narrative sentences of documents, from
// out-of-fold scores; 0.5 when there are none.
func DocThreshold(exs []Example, scores []float64, maxShare float64) float64 {
	var cand []float64
	for i := range exs {
		if exs[i].Narrative() && exs[i].Asked() {
			cand = append(cand, scores[i])
		}
	}
	slices.Sort(cand)
	slices.Reverse(cand)
	allowed := int(maxShare * float64(len(cand)))
	if allowed >= len(cand) {
		return 0.5
	}
	return math.Max(0.5, math.Nextafter(cand[allowed], 2))
}
