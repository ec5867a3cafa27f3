package lint

import (
	"strings"
	"testing"
)

// TestCorpusSentencesAreUnique holds the corpus README's promise that no
// sentence appears twice, in one file or across files: a sentence in both
// a development and a held-out file would let the rules be tuned to a
// held-out line. It names only files and lines, so a failure never shows
// a held-out sentence to whoever reads the log.
func TestCorpusSentencesAreUnique(t *testing.T) {
	type place struct {
		file string
		line int
	}
	seen := map[string]place{}
	for _, name := range corpusFiles(t, "*.tsv") {
		for _, l := range loadCorpus(t, name) {
			key := sentenceKey(l.sentence)
			if first, ok := seen[key]; ok {
				t.Errorf("%s:%d repeats %s:%d", name, l.line, first.file, first.line)
				continue
			}
			seen[key] = place{name, l.line}
		}
	}
	if len(seen) < 1000 {
		t.Fatalf("only %d sentences read: the corpus files were not found", len(seen))
	}
}

// sentenceKey is a sentence with case, spacing and closing punctuation
// folded, so that a copy differing only in those is still a repeat.
func sentenceKey(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimRight(s, ".!?…")
}

func TestSentenceKeyFoldsCaseSpacingAndFullStop(t *testing.T) {
	if sentenceKey("The  pod was Restarted.") != sentenceKey("the pod was restarted") {
		t.Error("case, spacing and the full stop should not tell two sentences apart")
	}
	if sentenceKey("The pod was restarted.") == sentenceKey("The pod was not restarted.") {
		t.Error("different words should give different keys")
	}
}
