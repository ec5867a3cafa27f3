package postmortem

import "testing"

// A table tool's expanded record writes each field as its label alone in
// bold with the value on the line below, or in the paragraph below. A
// label over a sentence is no field.
func TestFields20LabelOverValue(t *testing.T) {
	doc := mustParse(t, []byte("Baserow › Reviews\n\n## Row 18 — Double bookings\n\n**Incident date**\n30/11/2026\n\n"+
		"**Incident lead**\n`Priya Anand`\n\n**Severity**\n`S2 – Significant`\n\n**Summary**\nRooms were booked twice.\n"))
	wantFields(t, doc, map[string]string{FieldIncidentDate: "30/11/2026", FieldContact: "Priya Anand", FieldSeverity: "S2 – Significant"})

	doc = mustParse(t, []byte("# Outage\n\n**Owner:**\n\nPriya Anand\n\n**Summary**\nRooms were booked twice.\n"))
	wantFields(t, doc, map[string]string{FieldContact: "Priya Anand"})

	doc = mustParse(t, []byte("# Outage\n\n**Detected**\nThe support desk rang the on-call engineer after three students complained about their rooms.\n"))
	if f, ok := doc.Field(FieldDetect); ok {
		t.Errorf("detect %q read from a sentence", f.Value)
	}
}

// A label may open with the icon of its field's type, as a table tool
// writes it ("🕒 Início do impacto", "👤 Responsável"), or with a square
// a chat post sets before each label ("■ Severity: …").
func TestFields20IconLabels(t *testing.T) {
	doc := mustParse(t, []byte("# INC-31 — Preços zerados\n\n**📅 Data do incidente**\n27/11/2026\n\n"+
		"**👤 Responsável pelo incidente**\nMariana Lopes (@mariana.lopes)\n\n**🏷️ Severidade**\n`SEV1 — Crítica`\n\n"+
		"**🕒 Detectado em**\n27/11/2026 00:41\n\n**📝 Resumo**\nPreços zerados no app.\n"))
	wantFields(t, doc, map[string]string{FieldIncidentDate: "27/11/2026", FieldContact: "Mariana Lopes (@mariana.lopes)",
		FieldSeverity: "SEV1 — Crítica", FieldDetect: "27/11/2026 00:41"})
	doc = mustParse(t, []byte("# Tracking down\n\n■ Severity: SEV2\n■ Incident lead: Kim Dae\n\n## Summary\n\nLookups failed.\n"))
	wantFields(t, doc, map[string]string{FieldSeverity: "SEV2", FieldContact: "Kim Dae"})
}

// A table tool exports a record as one row under its columns' names,
// its id, key and title first: the row's fields are read under their
// columns, and a "Clock" column gives the zone. A row under a header of
// label and value pairs is read as pairs, and a ticket's row of stamps
// is left to the reading of times.
func TestFields20RecordRow(t *testing.T) {
	doc := mustParse(t, []byte("# Reviews — PIR-7\n\n## Table: Incident\n\n| id | Ref | Title | Incident_date | Incident_lead | Sev_level | Clock |\n"+
		"|---|---|---|---|---|---|---|\n| 7 | PIR-7 | Telemetry frozen | 2026-11-24 | Dolores Whitcomb | 2 (Major) | Mountain Standard Time (UTC−7) |\n"))
	wantFields(t, doc, map[string]string{FieldIncidentDate: "2026-11-24", FieldContact: "Dolores Whitcomb", FieldSeverity: "2 (Major)"})
	if doc.Zone == "" {
		t.Error("no zone read from the Clock column")
	}
	doc = mustParse(t, []byte("# Push delayed\n\n| Date | 2026-12-01 | Severity | SEV3 |\n| --- | --- | --- | --- |\n| Author | @yara-e | Reviewers | @ben-q |\n"))
	wantFields(t, doc, map[string]string{FieldDate: "2026-12-01", FieldSeverity: "SEV3", FieldCreatedBy: "@yara-e"})
}

// "Broke:" and "Fixed:" are the start and the end, and a time with a note
// in parentheses after it is a time: "Fixed: Tue 12/1, 9:25a (portal
// showing real slots at all six clinics)".
func TestFields20BrokeFixedWithNote(t *testing.T) {
	doc := mustParse(t, []byte("# Booking portal\n\n**When**\nBroke: 2026-11-30 23:40\nFixed: Tue 12/1, 9:25a (portal showing real slots at all six clinics)\n"))
	wantFields(t, doc, map[string]string{FieldStart: "2026-11-30 23:40", FieldEnd: "Tue 12/1, 9:25a (portal showing real slots at all six clinics)"})
}

// Fields a note or a post tells in its prose: a by-line with the day
// before the author, in lower case ("written sun 11/22 by marcus"), a
// sign-off by name alone ("— Leila, for the Tidewell infrastructure
// team"), and a sentence opening with the severity's code ("Sev 2 on
// our scale").
func TestFields20ProseByLineSignOffSeverity(t *testing.T) {
	doc := mustParse(t, []byte("preorder form outage - sat nov 21\n\nwritten sun 11/22 by marcus (I was on call, so ask me)\n\nshort version: the form broke.\n"))
	wantFields(t, doc, map[string]string{FieldCreatedBy: "marcus"})
	doc = mustParse(t, []byte("# Why feeds went stale\n\nFeeds went stale for three hours.\n\n## What happened\n\nThe cache stopped refreshing.\n\n— Leila, for the Tidewell infrastructure team\n"))
	wantFields(t, doc, map[string]string{FieldCreatedBy: "Leila"})
	doc = mustParse(t, []byte("# Booking portal\n\nRosa’s notes. Sev 2 on our scale (patients affected, no clinical risk).\n\n## Why\n\nThe sync failed.\n"))
	wantFields(t, doc, map[string]string{FieldSeverity: "Sev 2"})
}
