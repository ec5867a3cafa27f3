package postmortem

import "testing"

// A priority among the document's own properties rates the incident
// where nothing names its severity: a level in words with a note after
// it in parentheses or after a dash, a service desk's numbered rank
// ("2 medium"), in a table, a line or a list of fields above the first
// section, or under the item's own heading. A task's priority under the
// follow-ups rates no incident, nor does one on a tracker's line of the
// task's states.
func TestFields36PriorityLevels(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"# Kiosks offline\n\n- **Responsável:** Rui Lopes\n- **Prioridade:** Alta (todas as lojas sem caixa)\n\n## Resumo\n\nKiosks were down.\n", "ALTA"},
		{"# Kiosks offline\n\n| Pole | Wartość |\n|---|---|\n| Kierownik incydentu | Jan Nowak |\n| Priorytet | Średni (P3) |\n\n## Podsumowanie\n\nKiosks were down.\n", "ŚREDNI"},
		{"# Kiosks offline\n\n| | |\n|---|---|\n| **Owner** | Eve Marsh |\n| **Priority** | 2 medium |\n\n## Summary\n\nKiosks were down.\n", "MEDIUM"},
		{"# Board\n\n## Kiosks offline\n\n| Column | Value |\n|---|---|\n| Owner | Eve Marsh |\n| Priority | High |\n", "HIGH"},
		{"# Kiosks offline\n\n**Owner:** Eve Marsh\n**Priority:** Urgent\n**Started:** 09:10 UTC\n\n## Summary\n\nKiosks were down.\n", "URGENT"},
	} {
		doc := mustParse(t, []byte(c.src))
		if _, ok := doc.Field(FieldSeverity); !ok || doc.Severity != c.want {
			t.Errorf("%q: severity %q (field %v), want %q", c.src, doc.Severity, ok, c.want)
		}
	}
	for _, src := range []string{
		"# Kiosks offline\n\n## Summary\n\nKiosks were down.\n\n## Action items\n\n**Rotate the token**\n\n**Owner:** Eve Marsh\n**Priority:** High\n",
		"# Kiosks offline\n\n**Owner:** Eve Marsh\n**Priority:** see the board, we have not agreed on one yet\n",
		"# Kiosks offline\n\n**Status:** Open · **Priority:** Urgent · **Owner:** Eve Marsh\n",
	} {
		if f, ok := mustParse(t, []byte(src)).Field(FieldSeverity); ok {
			t.Errorf("%q: severity %q read", src, f.Value)
		}
	}
}

// A notes section that opens with the document's fields, as a meeting
// tool's or an alert tool's notes do, gives them: a paragraph of label
// lines or a list of label items, two or more of the labels a field's,
// the others of the team's own. A notes paragraph that only mentions a
// field among sentences gives none.
func TestFields36NotesFields(t *testing.T) {
	for _, src := range []string{
		"# Sorter down\n\n## Notes\n\n**Incident lead:** Ines Duarte\n**Room:** 4B, second floor\n**Started:** 2026-05-04 07:15 UTC\n",
		"# Sorter down\n\n### Notes\n\n- **Incident lead:** Ines Duarte\n- **Shift:** early\n- **Started:** 2026-05-04 07:15 UTC\n- **Resolved:** 2026-05-04 08:40 UTC\n",
		"# Sortierer steht\n\n## Notizen\n\n- **Verantwortlich:** Ines Duarte\n- **Schicht:** Früh\n- **Beginn:** 04.05.2026 07:15\n",
	} {
		doc := mustParse(t, []byte(src))
		if _, ok := doc.Field(FieldContact); !ok {
			t.Errorf("no contact in\n%s", src)
		}
		if _, ok := doc.Field(FieldStart); !ok {
			t.Errorf("no start in\n%s", src)
		}
	}
	for _, src := range []string{
		"# Sorter down\n\n## Notes\n\nWe met on Tuesday and went through it.\nIncident lead: Ines Duarte, who asked for a second review.\nStarted: nobody is sure when.\n",
		"# Sorter down\n\n## Notes\n\n- we should ask the vendor about firmware\n- **Incident lead:** Ines Duarte\n- **Started:** 2026-05-04 07:15 UTC\n",
	} {
		if f, ok := mustParse(t, []byte(src)).Field(FieldContact); ok {
			t.Errorf("contact %q read in\n%s", f.Value, src)
		}
	}
}

// Labels of the facts in other languages that name the on-call engineer
// or the lead of the review, the first alert, the day, and the moment
// things were back to normal or the fix ("Çözüm", "Normalizado", "חזרה
// לשגרה"), read as the field they name.
func TestFields36LanguageLabels(t *testing.T) {
	for label, want := range map[string]string{
		"Nöbetçi": FieldContact, "İlk uyarı": FieldDetect, "Çözüm": FieldEnd,
		"Normalizado": FieldEnd, "מפקדת אירוע": FieldContact, "חזרה לשגרה": FieldEnd,
		"Chủ sở hữu": FieldContact, "Ngày": FieldDate, "監視アラート発報": FieldDetect,
		"Водещ на прегледа": FieldFacilitatedBy, "Datums": FieldDate, "Novērsts": FieldEnd,
	} {
		if got := fieldKey(label); got != want {
			t.Errorf("%q: key %q, want %q", label, got, want)
		}
	}
	doc := mustParse(t, []byte("# Ödeme hatası\n\n**Nöbetçi:** Ece Tan\n**Başlangıç:** 07.10.2026 03:18\n**İlk uyarı:** 07.10.2026 03:24\n**Çözüm:** 07.10.2026 04:02\n"))
	for _, key := range []string{FieldContact, FieldDetect, FieldEnd} {
		if _, ok := doc.Field(key); !ok {
			t.Errorf("no %s read", key)
		}
	}
}

// "Data", the date in several languages and a word of English prose, is
// the date where its value reads as one: in a table, a line or an item.
// "Data: restored from the nightly backup" is no date.
func TestFields36DataLabel(t *testing.T) {
	for _, src := range []string{
		"# Falha nas vendas\n\n| Campo | Valor |\n|---|---|\n| Data | 12/03/2026 |\n| Responsável | Rui Lopes |\n",
		"# Awaria kas\n\n**Kierownik incydentu:** Jan Nowak\n**Data:** 3 marca 2026\n",
		"# Blocco ordini\n\n- **Data:** 4 marzo 2026\n- **Responsabile:** Gia Rossi\n",
	} {
		if _, ok := mustParse(t, []byte(src)).Field(FieldDate); !ok {
			t.Errorf("no date in\n%s", src)
		}
	}
	src := "# Lost rows\n\n**Incident lead:** Ana Soto\n**Data:** restored from the nightly backup, nothing lost\n"
	if f, ok := mustParse(t, []byte(src)).Field(FieldDate); ok {
		t.Errorf("date %q read in\n%s", f.Value, src)
	}
}

// "Mitigated" over a time among the facts is the end, in a table of
// facts or a list of them; a later end of impact or a record's closing
// comes first as it does in a tool's table of milestones, and a
// mitigation told in words is no time.
func TestFields36MitigatedEnd(t *testing.T) {
	for src, want := range map[string]string{
		"# Queue stall\n\n| Field | Value |\n|---|---|\n| Incident lead | Ana Soto |\n| Began | 2026-04-02 08:05 UTC |\n| Mitigated | 2026-04-02 09:20 UTC |\n": "2026-04-02 09:20",
		"# Queue stall\n\n- **Impact start:** 2026-04-02 08:05 UTC\n- **Impact mitigated:** 2026-04-02 09:20 UTC (queue drained)\n":                             "2026-04-02 09:20",
		"# Queue stall\n\n- **Began:** 2026-04-02 08:05 UTC\n- **Mitigated:** 2026-04-02 09:20 UTC\n- **Impact ended:** 2026-04-02 09:45 UTC\n":                 "2026-04-02 09:45",
	} {
		doc := mustParse(t, []byte(src))
		if got := doc.TimeUTC(FieldEnd).Format("2006-01-02 15:04"); got != want {
			t.Errorf("end %s, want %s in\n%s", got, want, src)
		}
	}
	src := "# Queue stall\n\n- **Began:** 2026-04-02 08:05 UTC\n- **Mitigated:** by draining the queue by hand\n"
	if f, ok := mustParse(t, []byte(src)).Field(FieldEnd); ok {
		t.Errorf("end %q read in\n%s", f.Value, src)
	}
}

// A person's label in another language that opens with the field's word
// and says what of after it ("Ansvarlig for gennemgangen", "Ответственная
// за отчёт", "Właścicielka raportu") names the person the word does. An
// English word opening a longer label is left to the English readings.
func TestFields36PersonHeadLabels(t *testing.T) {
	for label, want := range map[string]string{
		"Ansvarlig for gennemgangen": FieldContact,
		"Ответственная за отчёт":     FieldContact,
		"Odpowiedzialny za przegląd": FieldContact,
		"Właścicielka raportu":       FieldContact,
		"Kierująca incydentem":       FieldContact,
		"Autor des Berichts":         FieldCreatedBy,
		"Owner review notes":         "",
	} {
		if got := fieldKey(label); got != want {
			t.Errorf("%q: key %q, want %q", label, got, want)
		}
	}
	doc := mustParse(t, []byte("# Nedbrud\n\n**Ansvarlig for gennemgangen:** Mette Holm\n**Dato:** 3. marts 2026\n\n## Hvad skete der\n\nBetalinger fejlede.\n"))
	if f, ok := doc.Field(FieldContact); !ok || f.Value != "Mette Holm" {
		t.Errorf("contact %+v, want Mette Holm", f)
	}
}

// A label of another language with a note after it in parentheses that
// says who or what more closely is the field the label names; a label
// that writes a word's feminine ending after a slash is the label
// without it.
func TestFields36NotedAndGenderedLabels(t *testing.T) {
	for label, want := range map[string]string{
		"責任者(当番リーダー)":                  FieldContact,
		"影響開始（最初のエラー）":                 FieldStart,
		"Začiatok (prvé chyby v logu)": FieldStart,
		"מנהל/ת האירוע":                FieldContact,
		"Koordinator/in des Vorfalls":  FieldContact,
		"Ansprechpartner/in":           FieldContact,
		"Notes (see below)":            "",
	} {
		if got := fieldKey(label); got != want {
			t.Errorf("%q: key %q, want %q", label, got, want)
		}
	}
}

// "Final" and "Fine", the end in Catalan, Spanish and Italian and words
// of English, are the end over a time; "Final: the fix held" is none.
func TestFields36FinalLabel(t *testing.T) {
	for _, src := range []string{
		"# Cerca aturada\n\n- **Inici:** 09:40\n- **Final:** 12:30\n",
		"# Ricerca ferma\n\n| Campo | Valore |\n|---|---|\n| Inizio | 09:40 |\n| Fine | 12:30 |\n",
	} {
		if _, ok := mustParse(t, []byte(src)).Field(FieldEnd); !ok {
			t.Errorf("no end in\n%s", src)
		}
	}
	src := "# Search down\n\n- **Started:** 09:40 UTC\n- **Final:** the fix held overnight\n"
	if f, ok := mustParse(t, []byte(src)).Field(FieldEnd); ok {
		t.Errorf("end %q read in\n%s", f.Value, src)
	}
}

// A by-line before the first section names the writer where the name
// is in bold ("Posted by **Name** · day"), or where a forum writes the
// poster's login in bold with a role and the day after it ("**login**
// (Moderator) · Mar 3, 2026 · 4 min read"). A bold label and a status
// after a dot are no by-line.
func TestFields36BoldByLines(t *testing.T) {
	for src, want := range map[string]string{
		"# Checkout slow\n\nPosted by **Maija Virta** · Mar 3, 2026 · Notified: Ops\n\n## Summary\n\nSlow.\n":       "Maija Virta",
		"# Checkout slow\n\n**kestrel_ops** (Moderator, Infra) · Mar 3, 2026 · 4 min read\n\n## Summary\n\nSlow.\n": "kestrel_ops",
		"# Checkout slow\n\n**Dana Kim** · 2026-03-03\n\n## Summary\n\nSlow.\n":                                     "Dana Kim",
	} {
		doc := mustParse(t, []byte(src))
		if f, ok := doc.Field(FieldCreatedBy); !ok || f.Value != want {
			t.Errorf("writer %+v, want %q in\n%s", f, want, src)
		}
	}
	for _, src := range []string{
		"# Checkout slow\n\n**Status** · Resolved · Mar 3\n\n## Summary\n\nSlow.\n",
		"# Checkout slow\n\n**payments** · degraded since Tuesday\n\n## Summary\n\nSlow.\n",
	} {
		if f, ok := mustParse(t, []byte(src)).Field(FieldCreatedBy); ok {
			t.Errorf("writer %q read in\n%s", f.Value, src)
		}
	}
}

// A line of the incident's moments, each a label before its time and
// joined by middle dots, read after the label the line opens with:
// "**Times (UTC):** start 09:45 · detected 09:58 · restored 11:10".
func TestFields36LabelledMomentsLine(t *testing.T) {
	for _, src := range []string{
		"# Invoices late\n\n**Incident lead:** Eva Horn\n**Times (UTC):** start 2026-03-03 09:45 · detected 2026-03-03 09:58 · restored 2026-03-03 11:10\n\n## Summary\n\nLate.\n",
		"# Faktúry meškajú\n\n**Časy:** začiatok 3. 3. 2026 9:45 · zistené 3. 3. 2026 9:58 · obnovené 3. 3. 2026 11:10\n",
	} {
		doc := mustParse(t, []byte(src))
		for _, key := range []string{FieldStart, FieldDetect, FieldEnd} {
			if _, ok := doc.Field(key); !ok {
				t.Errorf("no %s in\n%s", key, src)
			}
		}
	}
}

// A board's people column, "Person" ("Persona", "Pessoa"), among an
// item's fields names the one it is assigned to: the contact.
func TestFields36PersonColumn(t *testing.T) {
	for _, src := range []string{
		"# Orders stuck\n\n| Column | Value |\n|---|---|\n| Person | Lea Brandt |\n| Status | Done |\n",
		"# Ordini bloccati\n\n| Colonna | Valore |\n|---|---|\n| Persona | Gia Rossi |\n| Stato | Fatto |\n",
		"# Pedidos parados\n\n| Coluna | Valor |\n|---|---|\n| Pessoa | Rui Lopes |\n",
	} {
		if _, ok := mustParse(t, []byte(src)).Field(FieldContact); !ok {
			t.Errorf("no contact in\n%s", src)
		}
	}
}

// A slash between two English labels is two labels, not a word and its
// feminine ending: "Start/End" and "Date/ETA" give no field of either.
func TestSlashedEnglishLabelsAreNoEnding(t *testing.T) {
	for _, src := range []string{
		"# Queue stall\n\n- Start/End: 10:00 – 11:15 UTC\n",
		"# Queue stall\n\n- Date/ETA: next week\n",
		"# Queue stall\n\n- Detected/By: monitoring\n",
	} {
		doc := mustParse(t, []byte(src))
		for _, f := range doc.Fields {
			if f.Key == FieldStart || f.Key == FieldDate || f.Key == FieldDetect {
				t.Errorf("%s read from %q in\n%s", f.Key, f.Label, src)
			}
		}
	}
}

// "Person" and "Persona" over people's names are the contact; over a
// product's persona they are not.
func TestPersonaIsNoContact(t *testing.T) {
	for _, src := range []string{
		"# Checkout errors\n\n## Affected users\n\n- Persona: merchant admins\n",
		"# Checkout errors\n\n| Field | Value |\n|---|---|\n| Person | store staff on tills |\n",
		"# Review\n\n### Questions\n\n| Person | Question/ Answer |\n|---|---|\n| | |\n",
	} {
		if f, ok := mustParse(t, []byte(src)).Field(FieldContact); ok {
			t.Errorf("contact %q read in\n%s", f.Value, src)
		}
	}
}

// A blog post whose front matter leaves "description:" blank and whose
// text opens with its summary has that summary; a template's blank key
// over no opening paragraph stays the empty slot.
func TestBlankDescriptionKeyOverAnOpeningParagraph(t *testing.T) {
	doc := mustParse(t, []byte("---\ntitle: \"Database outage\"\ndescription:\n---\n\nOn 31 January the primary database lost its data directory, and the site was down for eighteen hours.\n\n## Timeline\n\n- 23:00 UTC Directory removed\n"))
	if s, ok := doc.Section("short_summary"); !ok || s.Empty || s.Form != "intro" {
		t.Errorf("summary %+v, want the opening paragraph", s)
	}
	doc = mustParse(t, []byte("---\ntitle: \"<Incident title>\"\ndescription:\n---\n\n## Timeline\n\n"))
	if s, ok := doc.Section("short_summary"); !ok || !s.Empty || s.Form != "front matter" {
		t.Errorf("summary %+v, want the blank key", s)
	}
}
