package postmortem

import "testing"

// Who led, said once in the first person or in so many words in the
// story: the speaker a transcript names in bold, a sign-off's name, the
// writer a document is signed by, and "co-ordinated the call" in a
// narrative, where being paged would say less.
func TestLeadInTheirOwnWordsAndInTheStory(t *testing.T) {
	wantFieldIn(t, FieldContact, map[string]string{
		"# Review\n\n## Transcript\n\n**Kwame Asante** (0:12)\nSure. For the record, I was incident lead on this one.\n":                                      "Kwame Asante",
		"# Federation stall\n\nThe queue stalled for four hours.\n\n— ville (admin; I was running this one, tuomas did the fixing)\n":                         "ville",
		"# Booking pages down\n\nWe're sorry. I was running the incident on Tuesday.\n\n— Gabriel Ferreira, Engineering Manager, Tidewell\n":                  "Gabriel Ferreira",
		"# Claims switch\n\n## 2. Sequence of events\n\nA call was opened at 08:52. Thandi Mokoena co-ordinated the call and the response from that point.\n": "Thandi Mokoena",
		"# Tenders stuck\n\n## Summary\n\nThe translator expected the wrong terminator. Ping me with questions. — Marcus (IC on Tuesday)\n":                   "Marcus",
	})
	doc := mustParse(t, []byte("# Outage\n\n## What happened\n\nAt 08:40 Kim Lee was paged and restarted the pool.\n"))
	if f, ok := doc.Field(FieldContact); ok {
		t.Errorf("contact %q from a narrative's page, want none", f.Value)
	}
}

// wantNoField checks that none of docs reads a value for the field key.
func wantNoField(t *testing.T, key string, docs ...string) {
	t.Helper()
	for _, src := range docs {
		if f, ok := mustParse(t, []byte(src)).Field(key); ok {
			t.Errorf("%s %q, want none in\n%s", key, f.Value, src)
		}
	}
}

// wantFieldIn checks the value each document reads for the field key.
func wantFieldIn(t *testing.T, key string, docs map[string]string) {
	t.Helper()
	for src, want := range docs {
		doc := mustParse(t, []byte(src))
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s %q (%v), want %q in\n%s", key, f.Value, ok, want, src)
		}
	}
}

// The writer who says they led without a phrase of ledWords: on call
// and ran the response, took lead, the admin who ran it. Signed at the
// end of the sentence, the name is the contact; unsigned, the writer.
func TestLeadInTheFirstPerson(t *testing.T) {
	wantFieldIn(t, FieldContact, map[string]string{
		"# Flags\n\nI was on call and ran the response, so this is mostly from my notes — Nadia Brook (@nbrook).\n": "Nadia Brook",
		"# Orders\n\nHi all, here's the write-up. I was incident lead. We rated it P2.\n":                           "I",
		"# Servers\n\nI'm the admin who ran the response on Saturday, so reply here with questions.\n":              "I",
		"# Stores\n\n## Timeline\n\n- 10:38 Incident opened; I took lead.\n\n## Summary\n\nI took lead at 10:38.\n": "I",
	})
	wantNoField(t, FieldContact,
		"# Outage\n\nI was asked about the outage by a customer.\n",
		"# Outage\n\n## Summary\n\nIf I ran the numbers right, 3% failed.\n")
}

// A role's label with a note in parentheses, and an officer's.
func TestLeadLabelsWithNotes(t *testing.T) {
	wantFieldIn(t, FieldContact, map[string]string{
		"# Kiosks\n\n| Field | Value |\n| --- | --- |\n| Event lead (investigation owner) | Darren Whitlock |\n": "Darren Whitlock",
		"# Payments\n\n| Contact officer | Priya Lal |\n| --- | --- |\n":                                         "Priya Lal",
	})
}

// A phrase of ledWords with no name to give it: the writer's own words
// are the contact.
func TestLeadInOwnWordsUnsigned(t *testing.T) {
	doc := mustParse(t, []byte("# Tournées\n\nLa panne a duré deux heures. C'est moi qui coordonnais, samedi matin.\n"))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "C'est moi qui coordonnais" {
		t.Errorf("contact %q (%v), want the writer's own words", f.Value, ok)
	}
}
