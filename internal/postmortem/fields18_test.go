package postmortem

import "testing"

// A note tool's outline names its sections by nodes whose whole text is
// the section's name, plain or bold, its tags after it, the section's
// text nested under it: a summary, what happened, the follow-ups. A node
// that reads as a sentence, or holds a figure, is no section's name.
func TestFields18OutlineSections(t *testing.T) {
	doc := mustParse(t, []byte("- Kiosk printers jammed #[[Incident]]\n    - Lead:: [[Mele Fonua]]\n"+
		"    - Summary\n        - Every kiosk printer jammed on the new ticket stock for an afternoon.\n"+
		"    - How it unfolded\n        - The stock was swapped without a test print.\n"+
		"    - **Impact**\n        - Around 200 visitors queued at the desk.\n"+
		"    - Next steps #[[Follow-up]]\n        - [ ] Test print every new stock\n            - Owner:: [[Mele Fonua]]\n"))
	wantSections(t, doc, map[string]string{"Summary": "short_summary", "How it unfolded": "what_happened",
		"Impact": "impact", "Next steps": "remediation"})
	if len(doc.Actions) != 1 {
		t.Errorf("%d actions, want 1", len(doc.Actions))
	}

	doc = mustParse(t, []byte("# Kiosk printers jammed\n\n- We changed the summary 2 times\n    - once on Monday\n"+
		"- The timeline is wrong, we think.\n    - see the log\n"))
	for _, s := range doc.Sections {
		if s.Form == "label" {
			t.Errorf("section %q read from a node that is a sentence", s.Name)
		}
	}
}

// A label of two words of another language apart by a spaced slash has
// the key of either ("Priorität / Schweregrad", "Priorytet / waga").
func TestFields18SpacedSlashLabels(t *testing.T) {
	doc := mustParse(t, []byte("# Kassen fielen aus\n\n**Priorität / Schweregrad:** Hoch (S2)\n\n## Zusammenfassung\n\nDie Kassen fielen aus.\n"))
	wantFields(t, doc, map[string]string{FieldSeverity: "Hoch (S2)"})
	doc = mustParse(t, []byte("# Kasy nie działały\n\n**Priorytet / waga:** Wysoki (P2)\n\n## Podsumowanie\n\nKasy nie działały.\n"))
	wantFields(t, doc, map[string]string{FieldSeverity: "Wysoki (P2)"})
}

// A Chinese or Japanese label joins a qualifier to a field's word with no
// space: "问题负责人" is the problem's lead, "改善責任者" the lead of the
// improvements. A word of two characters at the end is too short to tell.
func TestFields18CJKQualifiedLabels(t *testing.T) {
	doc := mustParse(t, []byte("# 支付失败\n\n**问题负责人**：王小明\n\n## 概要\n\n支付失败了。\n"))
	wantFields(t, doc, map[string]string{FieldContact: "王小明"})
	doc = mustParse(t, []byte("# 決済の失敗\n\n**改善責任者**：山田花子\n\n## 概要\n\n決済が失敗した。\n"))
	wantFields(t, doc, map[string]string{FieldContact: "山田花子"})
	doc = mustParse(t, []byte("# 支付失败\n\n**计划开始**：明天\n\n## 概要\n\n支付失败了。\n"))
	if f, ok := doc.Field(FieldStart); ok {
		t.Errorf("start %q read from a planned start", f.Value)
	}
}

// A bold line that restates the review's title is no section's label,
// whatever words it holds, so the field lines after it stay the
// document's fields.
func TestFields18BoldTitleLine(t *testing.T) {
	doc := mustParse(t, []byte("# Board › Winter fair\n\n## Description\n\n"+
		"**Post-mortem — winter fair tickets shown as sold out to every visitor, Saturday 5 December 2026**\n\n"+
		"Severity: **Sev 3** (sales lost for an afternoon)\nIncident lead: Ines Duarte (@ines)\nAll times are Lisbon time.\n\n"+
		"**Short version:** the fair showed sold out for four hours.\n"))
	wantFields(t, doc, map[string]string{FieldContact: "Ines Duarte (@ines)"})
	if _, ok := doc.Field(FieldSeverity); !ok {
		t.Error("no severity")
	}
	wantSections(t, doc, map[string]string{"Short version": "short_summary"})
}
