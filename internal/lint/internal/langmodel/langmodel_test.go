package langmodel

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestReadFileRefusesHeldOut: a held-out file is refused by its name,
// before it is opened.
func TestReadFileRefusesHeldOut(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"holdout.tsv", "holdout-v9.tsv", "Holdout-x.tsv"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("plain\tThe disk filled up.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadFile(path); err == nil || !strings.Contains(err.Error(), "held-out") {
			t.Errorf("%s: got %v, want a refusal", name, err)
		}
	}
	files, err := TrainingFiles(dir)
	if err == nil {
		t.Errorf("a directory of held-out files only: got training files %v, want an error", files)
	}
}

// toy is a small corpus: person-cause sentences share "broke", blameless
// ones "fixed".
func toy() []Example {
	var exs []Example
	for i, f := range []string{"base", "dev-v1.tsv", "dev-v2.tsv"} {
		for k := 0; k < 20; k++ {
			w := []string{"w:a", "w:b", "w:c"}[(i+k)%3]
			exs = append(exs,
				Example{Input: Input{Features: []string{"w:PERSON", "w:broke", w}, Person: true, Outcome: true, Acts: true, Agent: true}, Label: PersonCause, File: f},
				Example{Input: Input{Features: []string{"w:PERSON", "w:fixed", w}, Person: true, Outcome: true, Acts: true, Agent: true}, Label: "hard", File: f},
				Example{Input: Input{Features: []string{"w:disk", "w:broke", w}}, Label: "plain", File: f})
		}
	}
	return exs
}

// TestBuildIsDeterministicAndSeparates: the same examples give the same
// model, which flags the person-cause sentences and no blameless one,
// and never one without a person.
func TestBuildIsDeterministicAndSeparates(t *testing.T) {
	a, b := Build(toy(), Defaults), Build(toy(), Defaults)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two builds on the same examples differ")
	}
	for _, e := range toy() {
		if got := a.Flags(&e); got != e.Positive() {
			t.Errorf("%v (%s): flagged %v", e.Features, e.Label, got)
		}
	}
}

// TestFormatParse: the file reads back as the model it was written from,
// with its sum.
func TestFormatParse(t *testing.T) {
	m := Build(toy(), Defaults)
	src := Format(m, Header{Files: []string{"x.tsv"}, Sum: "abc", Settings: Defaults})
	got, sum, err := Parse(string(src))
	if err != nil {
		t.Fatal(err)
	}
	if sum != "abc" || !reflect.DeepEqual(got, m) {
		t.Errorf("got %+v (sum %q), want %+v (sum abc)", got, sum, m)
	}
	if _, _, err := Parse("f\tw:x\t1\n"); err == nil {
		t.Error("a file without bias and threshold: got no error")
	}
}

// TestDocsRefuseHeldOut: held-out documents are never listed, and one
// named directly is refused before it is read.
func TestDocsRefuseHeldOut(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"postmortems/a.md", "postmortems/README.md", "dev-docs/b.md", "heldout-docs/c.md", "dev-docs-holdout/d.md"} {
		if err := os.MkdirAll(filepath.Join(root, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, p), []byte("# x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := Docs(root)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"dev-docs/b.md", "postmortems/a.md"}; !reflect.DeepEqual(docs, want) {
		t.Errorf("got %v, want %v", docs, want)
	}
	read := func([]byte) ([]Input, error) { t.Error("a held-out document was read"); return nil, nil }
	if _, err := ReadDoc(filepath.Join(root, "heldout-docs", "c.md"), read); err == nil || !strings.Contains(err.Error(), "held-out") {
		t.Errorf("got %v, want a refusal", err)
	}
}

// TestDocThreshold: the model flags at most the share asked of the
// narrative sentences, out of fold.
func TestDocThreshold(t *testing.T) {
	var exs []Example
	var scores []float64
	for i := 0; i < 200; i++ {
		exs = append(exs, Example{Input: Input{Person: true, Outcome: true, Acts: true, Agent: true}, Label: Narrative})
		scores = append(scores, 0.5+float64(i)/400)
	}
	th := DocThreshold(exs, scores, 0.01)
	flagged := 0
	for _, s := range scores {
		if s >= th {
			flagged++
		}
	}
	if flagged > 2 {
		t.Errorf("threshold %v flags %d of 200, want at most 2", th, flagged)
	}
}

// TestThresholdOwnAllowance: the model's allowance of blameless
// sentences is its own, so blameless sentences the rules already flag,
// however many, neither use it up nor switch the model off.
func TestThresholdOwnAllowance(t *testing.T) {
	var exs []Example
	var scores []float64
	for i := 0; i < 1000; i++ {
		exs = append(exs, Example{Input: Input{Person: true, Agent: true, Flagged: i < 20}, Label: "hard"})
		scores = append(scores, 0.5+float64(i)/2000)
	}
	th := Threshold(exs, scores, 0.005)
	flagged := 0
	for i, s := range scores {
		if exs[i].Asked() && s >= th {
			flagged++
		}
	}
	if flagged == 0 || flagged > 4 {
		t.Errorf("threshold %v lets the model flag %d of the 980 blameless sentences the rules leave alone, want 1 to 4", th, flagged)
	}
}

// TestDocLabel: a sentence of a document takes the label of the labelled
// sentence it holds or is part of, markup and spacing aside, and is
// narrative otherwise.
func TestDocLabel(t *testing.T) {
	labels := [][2]string{{PersonCause, "Ana's  **script** wiped the cache; checkout failed."}, {"language/hindsight", "Obviously it was too big."}}
	for _, c := range []struct{ text, want string }{
		{"Ana's script wiped the cache; checkout failed.", PersonCause},
		{"13:02 Obviously it was too big. We paged Bo.", "language/hindsight"},
		{"Ana restored the cache.", Narrative},
		{"", Narrative},
	} {
		if got := DocLabel(c.text, labels); got != c.want {
			t.Errorf("DocLabel(%q): got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestLoadLabelled: the sentences of a labelled document take the labels
// of its labels file, each document is a fold of its own, and neither a
// held-out folder nor docs-example is read.
func TestLoadLabelled(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"language/docs-dev/a.md":                 "x",
		"language/docs-dev/a.labels.tsv":         "# c\n" + PersonCause + "\tAna wiped the cache.\n",
		"language/docs-example/b.md":             "x",
		"language/holdout-docs-dev/c.md":         "x",
		"language/docs-dev-holdout/c.labels.tsv": "x",
	}
	for p, text := range files {
		if err := os.MkdirAll(filepath.Join(root, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, p), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func([]byte) ([]Input, error) {
		return []Input{{Text: "Ana wiped the cache.", Person: true}, {Text: "Ana restored it.", Person: true, Flagged: true}}, nil
	}
	got, err := loadLabelled(Corpus{Dir: filepath.Join(root, "language"), DocRoot: root, ReadDoc: read})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"language/docs-dev/a.md"}; !reflect.DeepEqual(got.docs, want) {
		t.Errorf("documents: got %v, want %v", got.docs, want)
	}
	var labels []string
	for _, e := range got.exs {
		labels = append(labels, e.File+" "+e.Label)
	}
	if want := []string{"doc:language/docs-dev/a.md " + PersonCause, "doc:language/docs-dev/a.md " + Narrative}; !reflect.DeepEqual(labels, want) {
		t.Errorf("examples: got %v, want %v", labels, want)
	}
}

// TestAskedOnlyWithAnAgent: a sentence in which no person acts who may
// be its cause is never flagged, whatever damage it tells and whatever
// its score; nor one the rules flag.
func TestAskedOnlyWithAnAgent(t *testing.T) {
	m := &Model{Weights: map[string]float64{"w:PERSON": 10}, Threshold: 0.5}
	for _, c := range []struct {
		in   Input
		want bool
	}{
		{Input{Features: []string{"w:PERSON"}, Person: true, Acts: true, Agent: true}, true},
		{Input{Features: []string{"w:PERSON"}, Person: true}, false},
		{Input{Features: []string{"w:PERSON"}, Person: true, Outcome: true, Acts: true}, false},
		{Input{Features: []string{"w:PERSON"}, Person: true, Acts: true, Agent: true, Flagged: true}, false},
	} {
		if got := m.Flags(&Example{Input: c.in}); got != c.want {
			t.Errorf("%+v: flagged %v, want %v", c.in, got, c.want)
		}
	}
}
