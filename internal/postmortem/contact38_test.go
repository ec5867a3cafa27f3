package postmortem

import "testing"

// contactDoc is a small post-mortem with top written before its summary
// and timeline written as its timeline's entries.
func contactDoc(top, timeline string) string {
	if timeline == "" {
		timeline = "- 14:02 UTC deploy of the checkout config\n- 14:10 UTC alert fired for the error rate\n- 14:31 UTC rule restored, errors back to normal"
	}
	return "# Checkout payments failing\n\nDate: 2026-11-03\n\n" + top + "\n\n## Summary\n\nCard payments failed for 40 minutes after a config push.\n\n" +
		"## Timeline\n\n" + timeline + "\n\n## Action items\n\n- [ ] Add a check for the callback route (@kim, 2026-11-20)\n"
}

// whoToAsk is the value of the first field that names who to ask: the
// contact, else the author, else the review's facilitator.
func whoToAsk(doc *Document) string {
	for _, k := range []string{FieldContact, FieldCreatedBy, FieldFacilitatedBy} {
		if f, ok := doc.Field(k); ok {
			return f.Value
		}
	}
	return ""
}

// checkWhoToAsk parses a contactDoc of each opening and compares who
// to ask with what the opening's key gives.
func checkWhoToAsk(t *testing.T, tops map[string]string) {
	t.Helper()
	for top, want := range tops {
		if got := whoToAsk(mustParse(t, []byte(contactDoc(top, "")))); got != want {
			t.Errorf("%q: who to ask %q, want %q", top, got, want)
		}
	}
}

// Who to ask, told in a sentence of the summary or the opening: the
// role and its holder with a verb, the one who led the response, the
// report's writer, where to take questions.
func TestContactSentences(t *testing.T) {
	checkWhoToAsk(t, map[string]string{
		"Dana Ruiz led the response.":                                                         "Dana Ruiz",
		"Incident commander was @dana.":                                                       "@dana",
		"The incident commander was Dana Ruiz.":                                               "Dana Ruiz",
		"Dana Ruiz was the incident commander.":                                               "Dana Ruiz",
		"Dana Ruiz acted as incident commander, Kim Lee handled comms.":                       "Dana Ruiz",
		"Dana Ruiz served as IC while Kim Lee ran the database side.":                         "Dana Ruiz",
		"Dana Ruiz (Payments SRE) was on call and led the incident.":                          "Dana Ruiz",
		"Kim was on call and took incident command.":                                          "Kim",
		"@dana was paged and took the lead.":                                                  "@dana",
		"On-call engineer Kim Lee acknowledged the page and rolled the config back.":          "Kim Lee",
		"This post-mortem was written by Dana Ruiz.":                                          "Dana Ruiz",
		"This report was prepared by Dana Ruiz with input from Kim Lee.":                      "Dana Ruiz",
		"This write-up was put together by the Payments SRE team.":                            "the Payments SRE team",
		"If you have questions, contact Dana Ruiz.":                                           "Dana Ruiz",
		"For questions, reach out to @dana or #team-payments.":                                "@dana",
		"Questions? Ask in #team-payments.":                                                   "#team-payments",
		"Reach out to dana.ruiz@example.com with anything we missed.":                         "dana.ruiz@example.com",
		"Notes cleaned up after the huddle. Lead on this one: me (Rosa Delgado, IT manager).": "Rosa Delgado",
	})
}

// A by-line that writes its label without a colon, in any language the
// vocabulary knows, names the writer; so does one that names a team.
func TestLabelByLines(t *testing.T) {
	checkWhoToAsk(t, map[string]string{
		"Compiled by Dana Ruiz (Payments SRE)":              "Dana Ruiz",
		"Prepared by the Payments SRE team":                 "the Payments SRE team",
		"Created by @kim via /incident":                     "@kim",
		"Last edited by Kim Lee on 5 Nov 2026":              "Kim Lee",
		"Verfasst von Stefan Gruber":                        "Stefan Gruber",
		"Rédigé par Camille Martin":                         "Camille Martin",
		"Redactado por Lucía Gómez":                         "Lucía Gómez",
		"Opgesteld door Jan de Vries":                       "Jan de Vries",
		"Подготовил Иван Петров":                            "Иван Петров",
		"Przygotował Jan Kowalski":                          "Jan Kowalski",
		"Skriven av Erik Svensson":                          "Erik Svensson",
		"Ditulis oleh Budi Santoso":                         "Budi Santoso",
		"Incident #4512 · Opened by @kim · Severity SEV2":   "@kim",
		"_Kirjoittanut Matti Virtanen, päivitetty 5.11._":   "Matti Virtanen",
		"Escrito por João Silva e revisado pela equipe SRE": "João Silva",
	})
}

// Labels of who to ask that incident tools and teams write beside the
// template's, and the deed labels that name the doer only when the value
// is someone.
func TestContactDeedLabels(t *testing.T) {
	checkWhoToAsk(t, map[string]string{
		"Leitung: Stefan Gruber":                "Stefan Gruber",
		"Incident-Leitung: Stefan Gruber":       "Stefan Gruber",
		"Comms lead: Kim Lee":                   "Kim Lee",
		"Owning team: Payments (@org/payments)": "Payments (@org/payments)",
		"Responsible team: Payments":            "Payments",
		"Service owner: Sam Ortiz":              "Sam Ortiz",
		"Investigated by: Dana Ruiz":            "Dana Ruiz",
		"Resolved by: kim (on-call)":            "kim (on-call)",
		"Handled by: Dana Ruiz":                 "Dana Ruiz",
		"Declared by: @kim":                     "@kim",
		"Escalated to: #team-payments":          "#team-payments",
		"Organiser: Gwen Pritchard":             "Gwen Pritchard",
		"Resolved by: rolling back the deploy":  "",
		"Handled by: The rollback":              "",
		"Escalated to: reverting the change":    "",
	})
}

// "Created:" over a day is the day the page was made, not its author.
func TestCreatedDay(t *testing.T) {
	doc := mustParse(t, []byte("# Checkout outage\n\nCreated: 2026-11-05 · Updated: 2026-11-06\n\n## Summary\n\nPayments failed.\n"))
	if f, ok := doc.Field(FieldCreatedBy); ok {
		t.Errorf("author %q read from a day", f.Value)
	}
	if f, ok := doc.Field(FieldDate); !ok || f.Value != "2026-11-05" {
		t.Errorf("date %q, want 2026-11-05", f.Value)
	}
}

// The date and time of the incident under the labels that write both.
func TestDateTimeLabels(t *testing.T) {
	for _, label := range []string{"Date/time", "Date & Time", "Date and time of incident", "Happened on", "Occurred on"} {
		doc := mustParse(t, []byte("# Checkout outage\n\n"+label+": 2026-11-03 14:02 UTC\n\n## Summary\n\nPayments failed.\n"))
		if f, ok := doc.Field(FieldIncidentDate); !ok || f.Value != "2026-11-03 14:02 UTC" {
			t.Errorf("%s: incident date %q", label, f.Value)
		}
	}
}

// A chat's timeline names its lead in the message where someone takes
// the incident on; the poster is the contact.
func TestChatClaimLead(t *testing.T) {
	for tl, want := range map[string]string{
		"**[2:15 PM] nadia_k:** map shows the east side dark\n**[2:18 PM] nadia_k:** ok I'll run this one. everyone else hold changes\n**[3:31 PM] oyelaran:** resolved": "nadia_k",
		"**[20:19] stefan.gruber:** Alarm ist angeschlagen\n**[20:20] stefan.gruber:** ich leite den Incident. @lea bitte prüfen":                                        "stefan.gruber",
		"- 14:02 Kim (IC) declares SEV2\n- 14:10 Lee restarts the pods":                                                                                                  "Kim",
	} {
		if got := whoToAsk(mustParse(t, []byte(contactDoc("", tl)))); got != want {
			t.Errorf("%q: who to ask %q, want %q", tl, got, want)
		}
	}
}

// Negative probes: names in the timeline, and sentences with a role's
// or an asking verb's words, that name nobody to ask.
func TestContactSentencesNegative(t *testing.T) {
	for _, c := range []struct{ top, timeline string }{
		{"", "- 14:02 Kim restarted the pod\n- 14:10 Lee rolled back the deploy\n- 14:31 Sam confirmed recovery"},
		{"", "14:02 — Kim led the rollback.\n\n14:10 — Lee was on call for the database team and checked the replicas.\n\n14:31 — Sam confirmed recovery."},
		{"", "**[14:02] kim:** seeing errors on checkout\n**[14:05] lee:** I'm looking at the logs\n**[14:31] kim:** fixed"},
		{"Contact Center agents could not log in for 40 minutes.", ""},
		{"The fix was written by Kim Lee two years ago and never tested.", ""},
		{"Lead time for changes was two days.", ""},
		{"Handler Registry crashed on startup.", ""},
		{"Customers had to contact Support to get refunds.", ""},
		{"We asked Kim to check the replicas, then Lee to restart them.", ""},
		{"The on-call engineer was paged at 14:10 and acknowledged at 14:12.", ""},
		{"Questions from customers went to the support queue.", ""},
		{"The incident commander role was not assigned, which slowed the response.", ""},
		{"Nobody led the response for the first 20 minutes.", ""},
		{"Reported by a customer on Twitter.", ""},
		{"The Payments team owns the checkout service; Kim Lee reviewed the change.", ""},
		{"Written in a hurry; details may change.", ""},
	} {
		if got := whoToAsk(mustParse(t, []byte(contactDoc(c.top, c.timeline)))); got != "" {
			t.Errorf("%q %q: who to ask %q, want nobody", c.top, c.timeline, got)
		}
	}
}

// A title dates the incident in the numeric forms of other languages:
// the year first with slashes or dots, the day first with dots, and the
// year, month and day of Chinese, Japanese and Korean.
func TestTitleOtherDates(t *testing.T) {
	for title, want := range map[string]string{
		"Checkout outage 2026/11/03":          "2026/11/03",
		"Störung Zahlungsdienst (03.11.2026)": "03.11.2026",
		"Checkout outage 2026.11.03":          "2026.11.03",
		"2026年11月3日 決済障害":                     "2026年11月3日",
		"2026年11月3日支付故障复盘":                    "2026年11月3日",
		"2026년 11월 3일 결제 장애":                  "2026년 11월 3일",
		"Release v2.11.2026 rollout failed":   "",
		"Checkout outage on build 3.1.2026.4": "",
	} {
		doc := mustParse(t, []byte("# "+title+"\n\n## Summary\n\nPayments failed.\n"))
		if f, _ := doc.Field(FieldIncidentDate); f.Value != want {
			t.Errorf("%q: incident date %q, want %q", title, f.Value, want)
		}
	}
}

// A letter's closing and a sign-off with the writer's team name the
// writer, at the end of a post-mortem as at its start.
func TestClosingSignOffs(t *testing.T) {
	for tail, want := range map[string]string{
		"— Dana, Payments SRE":                      "Dana",
		"— Dana Ruiz, on-call lead this week.":      "Dana Ruiz",
		"Thanks,\nDana Ruiz\nPayments SRE":          "Dana Ruiz",
		"Viele Grüße\nStefan Gruber":                "Stefan Gruber",
		"Cheers,\n@dana":                            "@dana",
		"Thanks,\nthe rollback worked":              "",
		"— see the runbook, section 4, for details": "",
	} {
		src := contactDoc("", "") + "\n" + tail + "\n"
		if got := whoToAsk(mustParse(t, []byte(src))); got != want {
			t.Errorf("%q: who to ask %q, want %q", tail, got, want)
		}
	}
}
