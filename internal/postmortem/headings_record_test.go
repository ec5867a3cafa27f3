package postmortem

import (
	"slices"
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
