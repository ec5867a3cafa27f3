package postmortem

import "testing"

// English labels of the facts in the wordings incident tools and teams
// use beside the template's: the on-call engineer, the DRI, the response
// lead; the write-up's author and the review's chair; the day the
// report was written; a graded or classified severity; the first errors,
// the discovery, the return to normal.
func TestFields37EnglishLabels(t *testing.T) {
	wantFieldKeys(t, map[string]string{
		"Primary on-call": FieldContact, "On-call SRE": FieldContact, "DRI": FieldContact, "Incident Manager On-Call": FieldContact,
		"First responder": FieldContact, "Response lead": FieldContact, "Duty engineer": FieldContact, "Incident leads": FieldContact,
		"Owners": FieldContact, "Person in charge": FieldContact, "Major incident manager": FieldContact, "Incident POC": FieldContact,
		"Post-mortem author": FieldCreatedBy, "Write-up by": FieldCreatedBy, "RCA owner": FieldCreatedBy, "Submitted by": FieldCreatedBy,
		"Review facilitator": FieldFacilitatedBy, "Chaired by": FieldFacilitatedBy, "Retro lead": FieldFacilitatedBy,
		"Publication date": FieldDate, "Created on": FieldDate, "Last modified": FieldDate, "Date of outage": FieldIncidentDate,
		"Severity classification": FieldSeverity, "Incident grade": FieldSeverity, "Criticality": FieldSeverity, "Priority/Severity": FieldSeverity,
		"First errors": FieldStart, "Occurred at": FieldStart, "Time of incident": FieldStart, "Impact commenced": FieldStart,
		"Discovery time": FieldDetect, "First reported": FieldDetect, "Spotted": FieldDetect, "First customer report": FieldDetect,
		"Returned to normal": FieldEnd, "Service stabilized": FieldEnd, "Operations resumed": FieldEnd, "Recovery complete": FieldEnd,
		"Reported by": "", "Time to detect": "", "Last seen": "", "Host": "",
	})
}

// Words that label other things too name a person's field only over a
// name: "Responsible: the config push" names no one; "Reporter: Lea
// Brandt" names the one who raised it.
func TestFields37NameOnlyLabels(t *testing.T) {
	for _, c := range []struct {
		src, key string
		want     bool
	}{
		{"# Sync stalled\n\n**Responsible:** Lea Brandt\n", FieldContact, true},
		{"# Sync stalled\n\n**Responsible:** the config push from Tuesday\n", FieldContact, false},
		{"# Sync stalled\n\n**Reporter:** Lea Brandt\n", FieldCreatedBy, true},
		{"# Sync stalled\n\n**Reporter:** a customer on the forum\n", FieldCreatedBy, false},
		{"# Sync stalled\n\n- **PIC:** @lea\n", FieldContact, true},
	} {
		if _, ok := mustParse(t, []byte(c.src)).Field(c.key); ok != c.want {
			t.Errorf("%q: %s read %v, want %v", c.src, c.key, ok, c.want)
		}
	}
}

// "Mitigation" and "Closed" over a time are the end where nothing else
// gives one; "Closed" among the follow-ups is when a task was, and a
// stated end of impact comes first.
func TestFields37MitigationAndClosed(t *testing.T) {
	wantTimes(t, "# Sync stalled\n\n- **Started:** 2026-05-04 07:15 UTC\n- **Mitigation time:** 2026-05-04 08:02 UTC\n", map[string]string{FieldEnd: "2026-05-04T08:02Z"})
	wantTimes(t, "# Sync stalled\n\n- **Started:** 2026-05-04 07:15 UTC\n- **Incident closed:** 2026-05-04 09:30 UTC\n", map[string]string{FieldEnd: "2026-05-04T09:30Z"})
	wantTimes(t, "# Sync stalled\n\n- **Started:** 2026-05-04 07:15 UTC\n- **Closed:** 2026-05-04 09:30 UTC\n- **Restored:** 2026-05-04 08:10 UTC\n", map[string]string{FieldEnd: "2026-05-04T08:10Z"})
	doc := mustParse(t, []byte("# Sync stalled\n\n## Follow-ups\n\n### Rotate the token\n\n**Closed:** 2026-05-20 10:00 UTC\n"))
	if f, ok := doc.Field(FieldEnd); ok {
		t.Errorf("a task's closing read as the end: %+v", f)
	}
}

// Labels of the facts in the vocabulary's languages as their teams and
// localised tools write them: the on-call engineer ("Rufbereitschaft",
// "Astreinte", "Dyżurny", "值班人"), the coordinator, the first alert,
// the return to normal, the grading, the day the report was written.
func TestFields37LanguageLabels(t *testing.T) {
	wantFieldKeys(t, map[string]string{
		"Rufbereitschaft": FieldContact, "Astreinte": FieldContact, "Ingeniero de guardia": FieldContact, "Plantão": FieldContact, "Reperibile": FieldContact, "Dienstdoende": FieldContact,
		"Jourhavande": FieldContact, "Vakthavende": FieldContact, "Päivystäjä": FieldContact,
		"Dyżurny": FieldContact, "Дежурный": FieldContact, "Черговий": FieldContact, "Ügyeletes": FieldContact, "Koordinatör": FieldContact, "オンコール": FieldContact, "당직자": FieldContact,
		"值班人": FieldContact, "Người trực": FieldContact,
		"Piket": FieldContact, "De guàrdia": FieldContact, "תורן": FieldContact, "Erste Alarmierung": FieldDetect, "Première alerte": FieldDetect,
		"Primera alerta": FieldDetect, "Eerste melding": FieldDetect, "Första larm": FieldDetect, "Pierwszy alert": FieldDetect,
		"Первое оповещение": FieldDetect, "初回アラート": FieldDetect, "首次告警": FieldDetect, "Dilaporkan": FieldDetect, "أول تنبيه": FieldDetect, "Normalbetrieb": FieldEnd, "Retour à la normale": FieldEnd, "Vuelta a la normalidad": FieldEnd,
		"Serviço restabelecido": FieldEnd, "Ritorno alla normalità": FieldEnd, "Verholpen": FieldEnd,
		"Tillbaka i normal drift": FieldEnd, "Powrót do normy": FieldEnd, "Сбой устранён": FieldEnd, "Normale döndü": FieldEnd, "正常化": FieldEnd, "止损时间": FieldEnd,
		"Trở lại bình thường": FieldEnd, "Aufgetreten um": FieldStart,
		"Survenu le": FieldStart, "Время возникновения": FieldStart, "Xảy ra lúc": FieldStart, "Dringlichkeit": FieldSeverity, "Niveau de criticité": FieldSeverity, "Nivel de gravedad": FieldSeverity, "优先级": FieldSeverity,
		"Уровень критичности": FieldSeverity, "障害ランク": FieldSeverity, "Erstellungsdatum": FieldDate, "Date de création": FieldDate,
		"Fecha de creación": FieldDate, "Дата создания": FieldDate, "Datum der Störung": FieldIncidentDate, "Tanggal kejadian": FieldIncidentDate,
	})
	doc := mustParse(t, []byte("# Kassen offline\n\n| Feld | Wert |\n|---|---|\n| Rufbereitschaft | Jana Vogel |\n| Aufgetreten um | 04.05.2026 07:15 |\n| Erste Alarmierung | 04.05.2026 07:21 |\n| Normalbetrieb seit | 04.05.2026 08:40 |\n"))
	for _, key := range []string{FieldContact, FieldStart, FieldDetect, FieldEnd} {
		if _, ok := doc.Field(key); !ok {
			t.Errorf("no %s in the German table", key)
		}
	}
}

// Section names in other languages: the follow-ups, what happened and
// the summary as German, Portuguese, Italian and Dutch teams head them.
func TestFields37LanguageSections(t *testing.T) {
	wantHeadingKeys(t, map[string]string{
		"Maßnahmenplan": "remediation", "Aktionspunkte": "remediation",
		"Ablauf des Vorfalls": "what_happened", "Descrição dos fatos": "what_happened", "Toedracht": "what_happened", "Ricostruzione": "what_happened",
		"Kurzbeschreibung": "short_summary", "Visão geral": "short_summary", "Panoramica": "short_summary", "Overzicht": "short_summary",
	})
}

// wantFieldKeys checks the field each label names.
func wantFieldKeys(t *testing.T, want map[string]string) {
	t.Helper()
	for label, key := range want {
		if got := fieldKey(label); got != key {
			t.Errorf("fieldKey(%q) = %q, want %q", label, got, key)
		}
	}
}

// A priority or urgency whose value is a severity's code, or an urgency
// graded as a priority is, rates the incident: "Priority: SEV-1",
// "Urgency: P1", "Urgency: 2 - High".
func TestFields37PriorityCodes(t *testing.T) {
	const summary = "\n\n## Summary\n\nCheckout failed.\n"
	wantSeverityOf(t, "# Checkout down\n\n**Owner:** Dana Whitfield\\\n**Priority:** SEV-1"+summary, "SEV1")
	wantSeverityOf(t, "# Checkout down\n\n- Priorität: Sev 2 (Kasse betroffen)"+summary, "SEV2")
	wantSeverityOf(t, "# Checkout down\n\n| Field | Value |\n|---|---|\n| Urgency | P1 |\n", "P1")
	wantSeverityOf(t, "# Checkout down\n\n- Urgency: 2 - High"+summary, "2 - HIGH")
}

// wantSeverityOf checks the severity a document is read to give.
func wantSeverityOf(t *testing.T, src, want string) {
	t.Helper()
	if got := mustParse(t, []byte(src)).Severity; got != want {
		t.Errorf("%q: severity %q, want %q", src, got, want)
	}
}

// English section names of the follow-ups, the narrative and the
// summary beside the template's.
func TestFields37EnglishSections(t *testing.T) {
	wantHeadingKeys(t, map[string]string{
		"CAPA": "remediation", "Post-incident action items": "remediation", "Our commitments": "remediation", "Long-term fixes": "remediation",
		"Actions and owners": "remediation", "Post-mortem actions": "remediation", "Review actions": "remediation",
		"How it unfolded": "what_happened", "Detailed account": "what_happened", "Incident recap": "what_happened",
		"At a glance": "short_summary", "BLUF": "short_summary", "In brief": "short_summary", "Synopsis": "short_summary",
		"Containment": SectionResolution, "Eradication": SectionResolution, "Stabilisation": SectionResolution, "What we changed": SectionResolution,
	})
}

// wantHeadingKeys checks the section each heading names.
func wantHeadingKeys(t *testing.T, want map[string]string) {
	t.Helper()
	p := &parser{sections: sectionKeys(Options{})}
	for heading, key := range want {
		if got := p.headingKey(heading); got != key {
			t.Errorf("heading %q: %q, want %q", heading, got, key)
		}
	}
}

// A label of two words or more that opens a longer one, with a few
// words after it, is read as that label: "Początek wpływu na klientów"
// is the start of the impact for the customers, "Incident commander on
// the day" the one who led. A one-word label opens too many others to
// count, and a value run into its label is no label.
func TestLocalLabelHead(t *testing.T) {
	wantFieldKeys(t, map[string]string{
		"Początek wpływu na klientów":       FieldStart,
		"Ograniczenie skutków":              FieldEnd,
		"Osoba kierująca obsługą incydentu": FieldContact,
		"Początek dnia pracy w biurze":      "",
		"Incident commander on the day":     FieldContact,
		"Review date 2026 11 27":            "",
		"On-call engineer paged":            "",
	})
}
