package postmortem

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// looseHeader is the opening of a document whose six facts are written
// with a separator of form (a format of label and value).
func looseHeader(form string) string {
	var b strings.Builder
	b.WriteString("# Checkout errors after a cache rollout\n\n")
	for _, kv := range [][2]string{
		{"Date", "2026-11-03"}, {"Incident commander", "Dana Ruiz"}, {"Severity", "SEV2"},
		{"Start", "2026-11-03 14:02 UTC"}, {"Detected", "2026-11-03 14:09 UTC"}, {"Resolved", "2026-11-03 15:40 UTC"},
	} {
		b.WriteString(fmt.Sprintf(form, kv[0], kv[1]) + "  \n")
	}
	b.WriteString("\n## Summary\n\nCheckout returned errors for 98 minutes.\n")
	return b.String()
}

// Labels parted from their values without a colon, as people type them
// when they leave it out: an emphasised label, a tab, a spaced hyphen,
// in paragraphs, bullets and quotes.
func TestLooseLabelsGiveTheFacts(t *testing.T) {
	forms := []string{
		"**%s** %s", "__%s__ %s", "*%s* %s", "_%s_ %s", "**%s**\t%s", "**%s** - %s", "**%s** = %s",
		"%s\t%s", "%s - %s", "- **%s** %s", "- %s - %s", "* _%s_ %s", "> **%s** %s",
	}
	for _, form := range forms {
		doc := mustParse(t, []byte(looseHeader(form)))
		for key, want := range map[string]string{FieldDate: "2026-11-03", FieldContact: "Dana Ruiz", FieldSeverity: "SEV2"} {
			if f, ok := doc.Field(key); !ok || f.Value != want {
				t.Errorf("%q: %s = %+v, want %q", form, key, f, want)
			}
		}
		for key, hm := range map[string][2]int{FieldStart: {14, 2}, FieldDetect: {14, 9}, FieldEnd: {15, 40}} {
			want := time.Date(2026, 11, 3, hm[0], hm[1], 0, 0, time.UTC)
			if e, ok := doc.Time(key); !ok || !e.Time.Equal(want) {
				t.Errorf("%q: %s = %+v, want %v", form, key, e, want)
			}
		}
	}
}

// What opens with a label's word but goes on as a sentence, or gives no
// value of the fact's kind, is no field.
func TestLooseLabelsNotFields(t *testing.T) {
	for _, line := range []string{
		"**Impact** Checkout was down for most of the afternoon.",
		"**Detected** by an alert from the synthetic checks",
		"Detected - an alert from the synthetic checks",
		"Resolved - once the cache was drained",
		"**Start** of the incident is unclear",
		"**Severity** of the outage was argued about at length by everyone in the room",
		"Incident commander - we did not name one; the team lead stepped in.",
		"**Owner** - the cache team owns the rollout",
	} {
		doc := mustParse(t, []byte("# Checkout errors\n\n"+line+"\n"))
		for _, key := range []string{FieldStart, FieldDetect, FieldEnd, FieldSeverity, FieldContact, FieldDate} {
			if f, ok := doc.Field(key); ok && !f.Inferred {
				t.Errorf("%q: %s = %+v, want none", line, key, f)
			}
		}
	}
}

// The emphasis and the separators are found where they are, and nowhere
// else.
func TestLooseSeparator(t *testing.T) {
	for line, want := range map[string][2]int{
		"**Start** 14:02":     {9, 1},
		"- **Start** - 14:02": {11, 3},
		"_Lead_\t\tDana":      {6, 2},
		"Start\t14:02":        {5, 1},
		"Incident lead - Ana": {13, 3},
		"** Start** 14:02":    {-1, 0},
		"**Start **14:02":     {-1, 0},
		"**Start**":           {-1, 0},
		"plain words only":    {-1, 0},
		"a sentence that runs on for a long while before it - dashes": {-1, 0},
	} {
		at, n := looseSeparator([]byte(line))
		if at != want[0] || n != want[1] {
			t.Errorf("%q: %d, %d; want %d, %d", line, at, n, want[0], want[1])
		}
	}
}
