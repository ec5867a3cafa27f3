package postmortem

import (
	"slices"
	"testing"
)

// A pad's plain text writes its follow-ups as lines of one paragraph,
// each led by a state in brackets or a check mark; each line is an item,
// closed or open by its state.
func TestBracketedStateLines(t *testing.T) {
	src := "# Validators down\n\n== Actions ==\n\n" +
		"[fait] Add a regression test – Tom – fait\n" +
		"[en cours] Cap the download size – Thomas Roux\n" +
		"[à faire] Dashboard of refusals\n" +
		"[abandonné] Move the validators to Wi-Fi\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Add a regression test|Tom|||Done", "Cap the download size|Thomas Roux|||Open",
		"Dashboard of refusals||||Open", "Move the validators to Wi-Fi||||Not planned",
	})
}

// A notebook exported through a word processor writes each to-do tag
// as a paragraph of its own, a box first: each is an item.
func TestToDoBoxParagraphs(t *testing.T) {
	src := "# Gates closed\n\n## Vervolgacties\n\n☒ Turn off automatic updates – Joris Bakker – afgerond 20/11\n\n" +
		"☐ Alert on refused scans – Sanne de Wit\n\n☐ ~~Own NTP server~~ – vervalt\n\nNext review: 8 December.\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Turn off automatic updates|Joris Bakker|||Done", "Alert on refused scans|Sanne de Wit|||Open",
		"Own NTP server||||Not planned",
	})
}

// An open state written before a word that also says done ("loopt,
// klaar eind december", "pågår, klart v. 50") is open: the later word
// says when the work is to be ready.
func TestOpenStateBeforeReadyWord(t *testing.T) {
	src := "# Outage\n\n## Actions\n\n- [ ] Agree on notices – Team Contract – loopt, klaar eind december\n" +
		"- [ ] Synthetic login – Elin Nyberg – pågår, klart v. 50\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Agree on notices|Team Contract|||Open", "Synthetic login|Elin Nyberg|||Open"})
}

// A due date after a word of another language for "by", with no colon
// ("pour le 27/11", "vóór 4 december", "senast 11/12"), ends the title,
// and the name before it is the owner.
func TestLocalDueLead(t *testing.T) {
	for _, due := range []string{"pour le 27/11", "vóór vrijdag 4 december", "senast fre 11/12", "antes del 18 de diciembre"} {
		src := "# Outage\n\n## Actions\n\n- [ ] Cap the download size – Thomas Roux – " + due + "\n"
		doc := mustParse(t, []byte(src))
		if len(doc.Actions) != 1 || doc.Actions[0].Title != "Cap the download size" || doc.Actions[0].Owner != "Thomas Roux" {
			t.Errorf("%q: %+v", due, doc.Actions)
		}
	}
}

// A status cell that opens with a mark of work under way or of work
// dropped reads by the words after it: "❌ 不做了（…）" was dropped, "❌
// in progress" is not.
func TestMarkBeforeStateWords(t *testing.T) {
	for in, want := range map[string]Status{"❌ 不做了（成本高）": NotPlanned, "🔄 进行中": Open, "⏳ 未开始": Open, "❌ cancelled": NotPlanned, "❌ in progress": Open} {
		if got := parseStatus(in); got != want {
			t.Errorf("parseStatus(%q) = %v, want %v", in, got, want)
		}
	}
}

// What follows an open state after a comma ("nog open, geen datum"), or
// a field in parentheses ("senast fre 11/12 (expires 15/12!)"), is a
// note on it: the name before them still owns the action.
func TestNotesAfterStateAndDue(t *testing.T) {
	src := "# Outage\n\n## Actions\n\n- [ ] Staff the line from 06:30 – Marloes Kuipers (planning) – nog open, geen datum\n" +
		"- [ ] New certificate swap – Oskar Lindqvist – senast fre 11/12 (the old one expires 15/12!)\n" +
		"- [ ] Truststore as code – Plattformsgruppen – ej påbörjad, mål 31 mars 2027\n"
	doc := mustParse(t, []byte(src))
	var owners []string
	for _, a := range doc.Actions {
		owners = append(owners, a.Title+"|"+a.Owner)
	}
	want := []string{"Staff the line from 06:30|Marloes Kuipers", "New certificate swap|Oskar Lindqvist", "Truststore as code|Plattformsgruppen"}
	if !slices.Equal(owners, want) {
		t.Errorf("actions %q, want %q", owners, want)
	}
}
