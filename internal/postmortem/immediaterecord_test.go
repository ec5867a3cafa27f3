package postmortem

import "testing"

// A record of what was done on the day is named in each language as the
// immediate measures, what was already applied or what was done during
// the incident; its past-tense items are steps, and no action opens for
// them, beside the list of follow-ups below it.
func TestImmediateMeasuresRecords(t *testing.T) {
	heads := []string{
		"Åtgärder under incidenten", "5. Medidas inmediatas (ya aplicadas)", "O que já fizemos (mitigação)",
		"五、止损措施（已执行）", "Maßnahmen während der Störung", "Mesures d'urgence", "Misure immediate",
		"Toimenpiteet häiriön aikana", "Tiltak under hendelsen", "Straksforanstaltninger", "Maatregelen tijdens de storing",
		"Działania w trakcie incydentu", "Olay sırasında alınan önlemler", "긴급 대응", "緊急対応",
	}
	for _, head := range heads {
		src := "# Outage\n\n## " + head + "\n\n1. 02:10 restarted the broker.\n2. Rolled back the release.\n\n" +
			"## Actions\n\n- [ ] Alert on broker connections — @ana\n"
		doc := mustParse(t, []byte(src))
		if len(doc.Steps) != 2 || len(doc.Actions) != 1 {
			t.Errorf("%q: %d steps, %d actions (%+v), want 2 and 1", head, len(doc.Steps), len(doc.Actions), doc.Actions)
		}
	}
}

// The states teams write for work not started, on hold, struck off or
// finished, in each language, read as open, not planned or done.
func TestStatesOfOtherLanguages(t *testing.T) {
	for in, want := range map[string]Status{
		"ej påbörjad": Open, "stryks": NotPlanned, "gjort": Done, "Não iniciado": Open, "不做了": NotPlanned,
		"処理済み": Done, "処理中": Open, "검토 중": Open, "loopt": Open, "vervalt": NotPlanned, "nog open": Open,
		"nicht begonnen": Open, "sin empezar": Open, "pas commencé": Open, "non iniziato": Open, "ei aloitettu": Open,
		"ikke påbegynt": Open, "ikke påbegyndt": Open, "nierozpoczęte": Open, "başlanmadı": Open,
	} {
		if got := parseStatus(in); got != want {
			t.Errorf("parseStatus(%q) = %v, want %v", in, got, want)
		}
	}
}

// A table under the follow-ups whose action column is headed as the
// action's content or description ("조치 내용", "Omschrijving") is read
// as actions.
func TestActionContentColumns(t *testing.T) {
	for _, head := range []string{"조치 내용", "Omschrijving", "Beskrivning", "改进内容"} {
		src := "# Outage\n\n## Actions\n\n| # | " + head + " | Owner | Status |\n| --- | --- | --- | --- |\n" +
			"| 1 | Alert on broker connections | @ana | open |\n"
		doc := mustParse(t, []byte(src))
		checkActionLines(t, doc, []string{"Alert on broker connections|ana|||Open"})
	}
}
