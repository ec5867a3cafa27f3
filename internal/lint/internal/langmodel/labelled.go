package langmodel

import (
	"path"
	"path/filepath"
	"strings"
)

// LabelledDocPatterns name the documents, under the corpus directory,
// whose every blameful sentence NAME.labels.tsv lists (LABEL<TAB>sentence,
// verbatim): all their other prose is blameless. Never a held-out one,
// nor docs-example, which tests the measurement.
var LabelledDocPatterns = []string{"docs-dev*/*.md"}

// labelledSet is what the labelled documents give: their examples, and
// their names under the corpus's DocRoot.
type labelledSet struct {
	exs  []Example
	docs []string
}

// loadLabelled reads the labelled documents of the corpus: each sentence
// that names a person, whether the rules flag it or not, labelled as its
// labels file says, and every other one as narrative. Each document is a
// fold of its own, so that out-of-fold scores of its sentences come from
// a model that never saw it.
func loadLabelled(c Corpus) (labelledSet, error) {
	var out labelledSet
	if c.DocRoot == "" {
		return out, nil
	}
	names, err := glob(c.Dir, LabelledDocPatterns)
	if err != nil {
		return out, err
	}
	for _, p := range names {
		if strings.EqualFold(filepath.Base(p), "README.md") || heldOut(p) {
			continue
		}
		exs, err := readLabelled(c, p)
		if err != nil {
			return out, err
		}
		rel, err := filepath.Rel(c.DocRoot, p)
		if err != nil {
			return out, err
		}
		name := filepath.ToSlash(rel)
		for i := range exs {
			exs[i].File = LabelledFold(name)
		}
		out.exs, out.docs = append(out.exs, exs...), append(out.docs, name)
	}
	return out, nil
}

// LabelledFold is the fold of a labelled document: the document alone.
func LabelledFold(name string) string { return "doc:" + name }

// Labelled reports whether a fold is a labelled document's.
func Labelled(fold string) bool { return strings.HasPrefix(fold, "doc:") }

// readLabelled reads the sentences of the document at p and labels them.
func readLabelled(c Corpus, p string) ([]Example, error) {
	ins, err := ReadDoc(p, c.ReadDoc)
	if err != nil {
		return nil, err
	}
	labels, err := ReadFile(strings.TrimSuffix(p, path.Ext(p)) + ".labels.tsv")
	if err != nil {
		return nil, err
	}
	exs := make([]Example, len(ins))
	for i, in := range ins {
		exs[i] = Example{Input: in, Label: DocLabel(in.Text, labels)}
	}
	return exs, nil
}

// DocLabel returns the label of the labelled sentence that holds text or
// that text holds, compared without markup and spacing; Narrative when
// there is none.
func DocLabel(text string, labels [][2]string) string {
	t := plain(text)
	for _, l := range labels {
		if s := plain(l[1]); t != "" && s != "" && (strings.Contains(s, t) || strings.Contains(t, s)) {
			return l[0]
		}
	}
	return Narrative
}

// plain is s without emphasis and code marks, its spacing folded.
func plain(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune("*_`", r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
