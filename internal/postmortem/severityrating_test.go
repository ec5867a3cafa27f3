package postmortem

import "testing"

// Organisations outside software rate an incident on their own scales
// and say so in a sentence: a level or category with what it means
// after it, a colour code, a rating's initials, or, in other languages,
// a verb that rates and the rating in bold after it. A rank in
// parentheses explains the scale and is no second choice.
func TestSeverityRatedInASentence(t *testing.T) {
	for name, c := range map[string]struct{ src, want string }{
		"level event":       {"# Sorter stop\n\n## Summary\n\nBags were sorted by hand. Under our grading this was a **Level B event**.\n", "LEVEL B"},
		"category downtime": {"# Line stop\n\n## Summary\n\nThe line stopped. This was a **Category A downtime event**, our highest of three.\n", "CATEGORY A"},
		"level and meaning": {"# Sorter stop\n\n## Summary\n\nThe duty manager rated it **Level 3 – significant disruption** on our matrix.\n", "LEVEL 3"},
		"colour code":       {"# Power loss\n\n## Summary\n\nWe declared it a **Code Orange service disruption**, the second highest (Code Red is for injuries).\n", "CODE ORANGE"},
		"initials rating":   {"# Track stop\n\n## Summary\n\nResults were late. The event was given a SAC 3 rating.\n", "SAC 3"},
		"Norwegian":         {"# Trykkfall\n\n## Sammendrag\n\nHendelsen ble vurdert som **gul** etter beredskapsplanen.\n", "GUL"},
		"Malay":             {"# Bilik sejuk\n\n## Ringkasan\n\nInsiden ini dikategorikan sebagai **Tahap 2 (sederhana)**.\n", "TAHAP 2 (SEDERHANA)"},
		"Catalan":           {"# Accessos\n\n## Resum\n\nHo vam classificar com a **incident de nivell ambre**.\n", "INCIDENT DE NIVELL AMBRE"},
		"calling this":      {"# Invoices held\n\n## Summary\n\nWe're calling this **High business impact**: invoices were held back.\n", "HIGH BUSINESS IMPACT"},
		"rated in bold":     {"# Bookings down\n\n## Summary\n\nRated **Sev 2** on our board (bookings down for every clinic).\n", "SEV2"},
		"in our scheme":     {"# Labels down\n\n## Summary\n\nI was incident lead for this one. Priority 1 in our scheme — no parcels shipped.\n", "PRIORITY 1"},
		"Indonesian":        {"# Gangguan\n\n## Ringkasan\n\nKami menetapkan insiden ini sebagai **Tingkat 1 (tertinggi)** karena semua anggota terdampak.\n", "TINGKAT 1 (TERTINGGI)"},
		"level as a word":   {"# Sorter stop\n\n## Summary\n\nThe water level in the tank fell during the event.\n", ""},
		"code in prose":     {"# Power loss\n\n## Summary\n\nThe code orange button on the panel was pressed by mistake.\n", ""},
	} {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, []byte(c.src))
			_, given := doc.Field(FieldSeverity)
			if doc.Severity != c.want || given != (c.want != "") {
				t.Errorf("severity %q (field given: %v), want %q", doc.Severity, given, c.want)
			}
		})
	}
}

// The groups of severityTokenRe that rate the incident by themselves
// are named by their place in the expression: an edit that moves them
// must move the names too.
func TestSeverityGroups(t *testing.T) {
	for _, c := range []struct {
		sentence string
		group    int
	}{
		{"Severity was set to high once the scope was known.", severitySetGroup},
		{"P2 on our four-step scale", severityScaleGroup},
		{"Priority 1 in our scheme", severityScaleGroup},
		{"It was classified as P1.", severityVerbGroup},
		{"Hendelsen ble vurdert som **gul** etter planen.", severityLocalGroup},
	} {
		m := severityTokenRe.FindStringSubmatchIndex(c.sentence)
		if g := matchedGroup(m); m == nil || g != c.group || !selfDeclaring(g) {
			t.Errorf("%q: group %d, want %d", c.sentence, g, c.group)
		}
	}
}
