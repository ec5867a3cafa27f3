package postmortem

import "testing"

// wantSections checks that each heading named is read as its section.
func wantSections(t *testing.T, doc *Document, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, s := range doc.Sections {
		got[s.Name] = s.Key
	}
	for name, key := range want {
		if got[name] != key {
			t.Errorf("section %q has key %q, want %q", name, got[name], key)
		}
	}
}

// Labels of tool exports and plain words name the fields: an impact
// class or a harm rating is the severity, an incident captain or the
// point person for questions the contact, a note's owner its author, a
// retrospective call or "reviewed together" the review's date.
func TestFields15EnglishLabels(t *testing.T) {
	doc := mustParse(t, []byte("# Reminders named the wrong clinic\n\n| Summary field | Value |\n| --- | --- |\n"+
		"| Harm rating | S2 – High |\n| Incident captain | Leilani Kahale |\n\n## The gist\n\nTexts named the wrong clinic.\n"))
	wantFields(t, doc, map[string]string{FieldSeverity: "S2 – High", FieldContact: "Leilani Kahale"})

	doc = mustParse(t, []byte("# Checkout charged the wrong tax\n\n"+
		"**Point person for questions:** Wes Tanaka\n**Reviewed together:** Wednesday, December 16, 2026\n"+
		"**Customer harm level:** Moderate\n\n### In brief\n\nOrders were charged too much.\n"))
	wantFields(t, doc, map[string]string{FieldContact: "Wes Tanaka", FieldDate: "Wednesday, December 16, 2026", FieldSeverity: "Moderate"})

	doc = mustParse(t, []byte("# Search was blind\n\n*Note owner: Nandini Rao · Retrospective call: Thursday 10 December 2026*\n\n"+
		"**How serious:** S3\n\n**Impact class:** 2\n\n## Gist\n\nSearch missed new listings.\n"))
	wantFields(t, doc, map[string]string{FieldCreatedBy: "Nandini Rao", FieldDate: "Thursday 10 December 2026", FieldSeverity: "S3"})
}

// Headings of other wording: how the night went is what happened, "In
// a sentence" and "Gist" the summary.
func TestFields15EnglishHeadings(t *testing.T) {
	doc := mustParse(t, []byte("# Search was blind\n\n## In a sentence\n\nSearch missed listings.\n\n"+
		"## Gist\n\nThe swap ran early.\n\n## How the night went\n\nThe rebuild started late.\n\n## What went on\n\nTwo schedulers ran.\n"))
	wantSections(t, doc, map[string]string{"In a sentence": "short_summary", "Gist": "short_summary",
		"How the night went": "what_happened", "What went on": "what_happened"})
}

// A notes tool's inline attributes in brackets, several on a line, are
// fields; an attribute of no field's name is passed over.
func TestFields15BracketAttributes(t *testing.T) {
	doc := mustParse(t, []byte("# Expired edge certificate\n\n[severity: sev2] [lead: @okonkwo.e] [status: reviewed]\n\n## TL;DR\n\nThe certificate expired.\n"))
	wantFields(t, doc, map[string]string{FieldSeverity: "sev2", FieldContact: "@okonkwo.e"})
	if _, ok := doc.Field("status"); ok {
		t.Error("status read as a field")
	}
	doc = mustParse(t, []byte("# Expired edge certificate\n\nSee [the runbook] [1] for the steps.\n"))
	if len(doc.Fields) != 0 {
		t.Errorf("fields %+v from a sentence with links", doc.Fields)
	}
}

// A bold run-in label that ends with a full stop opens its section as
// one with a colon does: "**How it went.** …".
func TestFields15RunInLabels(t *testing.T) {
	doc := mustParse(t, []byte("# Payments failed overnight\n\n**In brief.** Nobody could pay for parking.\n\n"+
		"**How it went.** The first errors came at 23:30.\n\n**What we did.**\n1. Put up a notice.\n"))
	wantSections(t, doc, map[string]string{"In brief": "short_summary", "How it went": "what_happened", "What we did": SectionRecord})
}

// Hebrew, Bulgarian, Latvian and Catalan name the fields and sections
// in their own words.
func TestFields15Languages(t *testing.T) {
	cases := []struct {
		name, src string
		fields    map[string]string
		sections  map[string]string
	}{
		{"hebrew", "# תחקיר\n\n| מאפיין | ערך |\n| --- | --- |\n| רמת חומרה | 2 |\n| אחראית תקלה | @noa |\n| מועד ישיבת התחקיר | 08/12/2026 |\n\n" +
			"## בקצרה\n\nהטעינות נכשלו.\n\n## מה עשינו במקום\n\n1. הוספנו הודעה.\n\n## משימות המשך\n\n- [ ] התראה — אחראית: @noa\n",
			map[string]string{FieldSeverity: "2", FieldContact: "@noa", FieldDate: "08/12/2026"},
			map[string]string{"בקצרה": "short_summary", "מה עשינו במקום": SectionRecord, "משימות המשך": "remediation"}},
		{"bulgarian", "# Анализ\n\n**Ниво на сериозност:** 2\n**Ръководител на инцидента:** Георги Илиев\n**Разбор на инцидента проведен на:** 02.12.2026\n\n" +
			"### Накратко\n\nРецептите не се зареждаха.\n\n### Какво вече направихме\n\n1. Уведомихме аптеките.\n\n## Чеклист: последващи действия\n\n- [ ] Проверка\n",
			map[string]string{FieldSeverity: "2", FieldContact: "Георги Илиев", FieldDate: "02.12.2026"},
			map[string]string{"Накратко": "short_summary", "Какво вече направихме": SectionRecord, "Чеклист: последващи действия": "remediation"}},
		{"latvian", "# Incidenta analīze\n\n**Par incidentu atbild:** Līga Ozola\n**Smagums:** 2\n**Pārrunājām:** 2026-12-16\n\n" +
			"**Īsumā.** Nevarēja samaksāt.\n\n**Kā tas notika.** Kļūdas sākās naktī.\n\n### Turpmākie darbi\n\n- [ ] Rezerves partneris\n",
			map[string]string{FieldSeverity: "2", FieldContact: "Līga Ozola", FieldDate: "2026-12-16"},
			map[string]string{"Īsumā": "short_summary", "Kā tas notika": "what_happened", "Turpmākie darbi": "remediation"}},
		{"catalan", "# Informe d'incident\n\n> - **Responsable de l'incident:** Núria Puigdomènech\n> - **Gravetat:** G2\n> - **Revisió feta el:** 2026-12-21\n\n" +
			"## En poques paraules\n\nLa xarxa no autenticava.\n\n## Com va anar\n\nEls errors van començar.\n\n## Què vam fer en el moment\n\n1. Vam restaurar el certificat.\n\n## Accions de seguiment\n\n- [ ] Provar la renovació\n",
			map[string]string{FieldSeverity: "G2", FieldContact: "Núria Puigdomènech", FieldDate: "2026-12-21"},
			map[string]string{"En poques paraules": "short_summary", "Com va anar": "what_happened", "Què vam fer en el moment": SectionRecord, "Accions de seguiment": "remediation"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := mustParse(t, []byte(c.src))
			wantFields(t, doc, c.fields)
			wantSections(t, doc, c.sections)
		})
	}
}
