package postmortem

import (
	"slices"
	"strings"
	"testing"
)

// TestRecordPhrases holds recordName's list to the vocabulary it is
// drawn from: every phrase of SectionRecord but triagePhrase, spaced, and
// nothing else.
func TestRecordPhrases(t *testing.T) {
	var want []string
	for _, hp := range headingVocabulary {
		if hp.key == SectionRecord && hp.phrase != triagePhrase {
			want = append(want, " "+hp.phrase+" ")
		}
	}
	if !slices.Equal(spacedRecordPhrases, want) || len(want) == 0 {
		t.Errorf("spacedRecordPhrases = %q, want %q", spacedRecordPhrases, want)
	}
	for _, name := range []string{"actions taken", "immediate actions completed", "during the incident 4 4", "triage", "triage improvements", "what went well during the incident"} {
		if got, want := recordName(name), name != "triage" && name != "triage improvements" && name != "what went well during the incident"; got != want {
			t.Errorf("recordName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestMayNameRecord: recordName with its quick test answers as the plain
// search (recordPhraseIn) does, over headings made of the phrases' words, other languages'
// done states, marks and other words, as headingName gives them.
func TestMayNameRecord(t *testing.T) {
	parts := []string{"done", "we", "actions", "taken", "what", "did", "was", "during", "the", "incident", "already", "closed",
		"resolved", "follow", "tasks", "abgeschlossen", "acabada", "timeline", "next", "undone", "  ", " ", "-", "**", "\t", "é"}
	names := quickTexts(29, 20000, append([]string{"", "Done", "What we did", "Timeline"}, spacedRecordPhrases...), parts...)
	held := 0
	for _, name := range names {
		for _, text := range []string{name, joinWords(name)} {
			n := headingName(text)
			want := recordPhraseIn(n)
			if got := recordName(n); got != want {
				t.Errorf("recordName(%q) = %v, want %v", n, got, want)
			}
			held += boolInt(want)
		}
	}
	if held == 0 {
		t.Error("no heading named the record")
	}
}

// joinWords spaces the words that s runs together.
func joinWords(s string) string {
	for _, w := range []string{"done", "we", "actions", "taken", "what", "did", "during", "closed", "resolved", "abgeschlossen"} {
		s = strings.ReplaceAll(s, w, " "+w+" ")
	}
	return s
}
