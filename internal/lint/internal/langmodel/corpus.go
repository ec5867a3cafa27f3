package langmodel

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
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
	var out []string
	for _, p := range TrainingPatterns {
		names, err := filepath.Glob(filepath.Join(dir, p))
		if err != nil {
			return nil, err
		}
		slices.Sort(names)
		for _, n := range names {
			out = append(out, filepath.Base(n))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no training files (%s)", dir, strings.Join(TrainingPatterns, ", "))
	}
	return out, nil
}

// Fold is the fold of a training file: each dev-v*.tsv alone, the first
// files and the other development sets together (always trained on).
func Fold(name string) string {
	if strings.HasPrefix(name, "dev-v") {
		return name
	}
	return "base"
}

// Load reads the training files of dir and reads each sentence with
// featurize.
func Load(dir string, featurize func(string) Input) ([]Example, []string, error) {
	files, err := TrainingFiles(dir)
	if err != nil {
		return nil, nil, err
	}
	var exs []Example
	for _, name := range files {
		lines, err := ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, nil, err
		}
		for _, l := range lines {
			exs = append(exs, Example{Input: featurize(l[1]), Label: l[0], File: Fold(name)})
		}
	}
	return exs, files, nil
}

// ReadFile reads the label and sentence of each line of a corpus file.
// It refuses the held-out files, which no model may see.
func ReadFile(path string) ([][2]string, error) {
	if strings.HasPrefix(strings.ToLower(filepath.Base(path)), "holdout") {
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
		fmt.Fprintf(h, "%s\t%s\t%t\t%t\t%s\n", e.File, e.Label, e.Flagged, e.Person, strings.Join(e.Features, "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil))
}
