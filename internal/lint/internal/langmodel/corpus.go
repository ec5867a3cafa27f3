package langmodel

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// TrainingPatterns name the corpus files the model is trained on, in
// order: the first files, then the development sets.
var TrainingPatterns = []string{"blameful.tsv", "blameless.tsv", "dev-*.tsv"}

// TrainingFiles lists the training files of a corpus directory, by
// their base names.
func TrainingFiles(dir string) ([]string, error) {
	out, err := glob(dir, TrainingPatterns)
	if err != nil {
		return nil, err
	}
	for i, n := range out {
		out[i] = filepath.Base(n)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no training files (%s)", dir, strings.Join(TrainingPatterns, ", "))
	}
	return out, nil
}

// glob lists the paths under dir that match each pattern in turn, each
// pattern's sorted.
func glob(dir string, patterns []string) ([]string, error) {
	var out []string
	for _, p := range patterns {
		names, err := filepath.Glob(filepath.Join(dir, p))
		if err != nil {
			return nil, err
		}
		slices.Sort(names)
		out = append(out, names...)
	}
	return out, nil
}

// Fold is the fold of a training file: each dev-v*.tsv alone, the first
// files and the other development sets together as one fold, "base",
// which out-of-fold scoring holds out in its turn like the others.
func Fold(name string) string {
	if strings.HasPrefix(name, "dev-v") {
		return name
	}
	return "base"
}

// Corpus says where the model's examples come from and how each is read.
type Corpus struct {
	Dir       string                        // the sentence files
	Featurize func(string) Input            // reads a sentence of a sentence file
	DocRoot   string                        // the directory DocPatterns are under; none when empty
	ReadDoc   func([]byte) ([]Input, error) // the sentences of a document the model is asked about
}

// DocPatterns name the documents whose narrative is trained on, under
// the corpus's DocRoot: never a held-out document.
var DocPatterns = []string{"postmortems/*.md", "layouts/*.md", "layouts/*/*.md", "dev-docs*/*.md"}

// Load reads the training files of the corpus, each sentence read with
// its Featurize, then the narrative of its documents (Docs), and returns
// the examples and the files they came from.
func Load(c Corpus) ([]Example, []string, error) {
	files, err := TrainingFiles(c.Dir)
	if err != nil {
		return nil, nil, err
	}
	var exs []Example
	for _, name := range files {
		lines, err := ReadFile(filepath.Join(c.Dir, name))
		if err != nil {
			return nil, nil, err
		}
		for _, l := range lines {
			in := c.Featurize(l[1])
			in.Text = l[1]
			exs = append(exs, Example{Input: in, Label: l[0], File: Fold(name), Source: name})
		}
	}
	if c.DocRoot == "" {
		return exs, files, nil
	}
	docs, err := Docs(c.DocRoot)
	if err != nil {
		return nil, nil, err
	}
	for _, name := range docs {
		ins, err := ReadDoc(filepath.Join(c.DocRoot, name), c.ReadDoc)
		if err != nil {
			return nil, nil, err
		}
		for _, in := range ins {
			if !in.Flagged { // a sentence the rules flag may be blame: nobody labelled it
				exs = append(exs, Example{Input: in, Label: Narrative, File: DocFold(name)})
			}
		}
	}
	labelled, err := loadLabelled(c)
	if err != nil {
		return nil, nil, err
	}
	exs = append(exs, labelled.exs...)
	return exs, slices.Concat(files, docs, labelled.docs), nil
}

// Docs lists the documents under root whose narrative is trained on,
// slash-separated and relative to root, sorted; a README, which
// describes the fixtures, is not one of them.
func Docs(root string) ([]string, error) {
	names, err := glob(root, DocPatterns)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range names {
		rel, err := filepath.Rel(root, n)
		if err != nil {
			return nil, err
		}
		if !strings.EqualFold(filepath.Base(n), "README.md") && !heldOut(rel) {
			out = append(out, filepath.ToSlash(rel))
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// DocFold is the fold of a document: its directory, so that a document
// is scored by a model that saw none of its siblings.
func DocFold(name string) string { return "docs:" + path.Dir(name) }

// ReadDoc reads the sentences of the document at p with read. It refuses
// a held-out document, which no model may see.
func ReadDoc(p string, read func([]byte) ([]Input, error)) ([]Input, error) {
	if heldOut(p) {
		return nil, fmt.Errorf("%s: a held-out document is never read for training", p)
	}
	src, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	ins, err := read(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return ins, nil
}

// heldOut reports a path naming held-out material.
func heldOut(p string) bool {
	l := strings.ToLower(p)
	return strings.Contains(l, "heldout") || strings.Contains(l, "holdout")
}

// ReadFile reads the label and sentence of each line of a corpus file.
// It refuses the held-out files, which no model may see.
func ReadFile(path string) ([][2]string, error) {
	if strings.HasPrefix(strings.ToLower(filepath.Base(path)), "holdout") || heldOut(path) {
		return nil, fmt.Errorf("%s: a held-out file is never read for training", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, sentence, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want LABEL<TAB>sentence", path, n)
		}
		out = append(out, [2]string{label, sentence})
	}
	return out, sc.Err()
}

// Sum identifies what a model is trained from: the settings and, for
// every example in order, its fold, label, whether the rules flag it and
// whether it names a person, and its features. A change to the corpus,
// the rules or the features changes it; a model whose recorded sum
// differs is stale.
func Sum(exs []Example, s Settings) string {
	h := sha256.New()
	fmt.Fprintf(h, "%+v\n", s)
	for i := range exs {
		e := &exs[i]
		fmt.Fprintf(h, "%s\t%s\t%t\t%t\t%t\t%t\t%t\t%s\n", e.File, e.Label, e.Flagged, e.Person, e.Outcome, e.Acts, e.Agent, strings.Join(e.Features, "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil))
}
