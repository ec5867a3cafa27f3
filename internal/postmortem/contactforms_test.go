package postmortem

import "testing"

// A signature before the first section, the writer's name, role or team
// and the day parted by dots, dashes, bars or commas, names the author;
// a name and a day with no role, or a subtitle of capitalised words, do
// not.
func TestSignatureLines(t *testing.T) {
	checkWhoToAsk(t, map[string]string{
		"Dana Ruiz · Payments SRE · 2026-11-05":        "Dana Ruiz",
		"Dana Ruiz — Payments SRE — 2026-11-05":        "Dana Ruiz",
		"*Dana Ruiz, Payments SRE, November 5, 2026*":  "Dana Ruiz",
		"Dana Ruiz (Payments SRE), 2026-11-05":         "Dana Ruiz",
		"Jan de Vries | Platform team | 5 Nov 2026":    "Jan de Vries",
		"@dana — 5 Nov 2026":                           "@dana",
		"Checkout API · Incident · 2026-11-05":         "",
		"Payments Platform — 2026-11-05":               "",
		"Checkout Service, Payments, November 5, 2026": "",
		"Dana Ruiz · Payments SRE":                     "",
		"Incident Review — 2026-11-05":                 "",
		"Dana Ruiz · Payments SRE · 14:02":             "",
	})
}

// A label inside the tags of emphasis a wiki's export writes is read
// as the label; a by-line among the lines of a block of fields too; and
// an investigator is who to ask.
func TestContactLabelForms(t *testing.T) {
	checkWhoToAsk(t, map[string]string{
		"<b>Owner:</b> Dana Ruiz":                                                 "Dana Ruiz",
		"<strong>Incident commander:</strong> @dana":                              "@dana",
		"<b>Incident commander</b>: Dana Ruiz":                                    "Dana Ruiz",
		"<B>IC:</B> @dana":                                                        "@dana",
		"Status: resolved\nWritten by Dana Ruiz on 2026-11-05\nService: checkout": "Dana Ruiz",
		"Investigator: Dana Ruiz":                                                 "Dana Ruiz",
		"<b>Service:</b> checkout":                                                "",
	})
}

// A section over the people of the response ("Response team",
// "Response roles") holds their roles as fields, and a table of names
// and roles gives the incident commander's name; a heading over a
// team's work stays the action list.
func TestPeopleSectionsAndRoleTables(t *testing.T) {
	checkWhoToAsk(t, map[string]string{
		"## Response team\n\n- IC: Dana Ruiz\n- Ops: Kim Lee":                                             "Dana Ruiz",
		"## Incident response roles\n\n* **Incident commander:** @dana":                                   "@dana",
		"## Team\n\n| Name | Role |\n|---|---|\n| Kim Lee | Scribe |\n| Dana Ruiz | Incident commander |": "Dana Ruiz",
		"## Stakeholders\n\n| Role | Person |\n|---|---|\n| IC | @dana |":                                 "@dana",
		"## People\n\n| Person | Responsibility |\n|---|---|\n| Dana Ruiz | Database |":                   "",
	})
	doc := mustParse(t, []byte("# Outage\n\n## Action items for the payments team\n\n- [ ] Add an alert — @dana\n"))
	if s, ok := doc.Section("remediation"); !ok || len(doc.Actions) != 1 {
		t.Errorf("an action list over a team's work: section %+v, %d actions, want the action list with one", s, len(doc.Actions))
	}
}

// The writer names themself as the lead in a chat's line or a note's
// sentence: "incident lead on saturday was me (ayodele)", "Who ran
// point: me (Leilani), with Keoni helping".
func TestContactWriterNamed(t *testing.T) {
	for src, want := range map[string]string{
		"# Mirror sync\n\n19:00 <@ayodele> for the record: incident lead on saturday was me (ayodele), marit did comms\n":                   "ayodele",
		"# Bookings down\n\nWriting this down while I still remember it. Who ran point: me (Leilani), with Keoni helping from the beach.\n": "Leilani",
	} {
		doc, err := Parse([]byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if f, ok := doc.Field(FieldContact); !ok || f.Value != want {
			t.Errorf("%q: contact %q, want %q", src, f.Value, want)
		}
	}
}
