package postmortem

import "testing"

// Who to ask, in sentences that name the one who handled the response,
// took the page or wrote the report, and in a list of the response's
// people that gives each person's role after the name.
func TestContactSentencesHandled(t *testing.T) {
	checkWhoToAsk(t, map[string]string{
		"Dana Ruiz (on call) was paged at 14:09.":                                   "Dana Ruiz",
		"The on-call engineer, Dana Ruiz, was paged at 14:09.":                      "Dana Ruiz",
		"Dana Ruiz, the on-call SRE, acknowledged the page.":                        "Dana Ruiz",
		"Dana Ruiz, who was on call, led the response.":                             "Dana Ruiz",
		"Dana Ruiz handled the incident with help from Kim Lee.":                    "Dana Ruiz",
		"Dana Ruiz picked up the page and rolled back the config.":                  "Dana Ruiz",
		"Dana Ruiz was in charge of the response.":                                  "Dana Ruiz",
		"Dana Ruiz took charge after ten minutes.":                                  "Dana Ruiz",
		"The incident was handled by Dana Ruiz.":                                    "Dana Ruiz",
		"Incident handled by Dana Ruiz":                                             "Dana Ruiz",
		"Dana Ruiz, the incident commander, opened the bridge.":                     "Dana Ruiz",
		"Presented by Dana Ruiz, incident lead":                                     "Dana Ruiz",
		"Dana Ruiz ran point.":                                                      "Dana Ruiz",
		"Incident lead for this one was Dana Ruiz.":                                 "Dana Ruiz",
		"The response was led by @dana.":                                            "@dana",
		"Thanks to Dana Ruiz for leading the response.":                             "Dana Ruiz",
		"The author is Dana Ruiz.":                                                  "Dana Ruiz",
		"Dana Ruiz wrote this report.":                                              "Dana Ruiz",
		"@dana owns this post-mortem.":                                              "@dana",
		"This document is owned by Dana Ruiz.":                                      "Dana Ruiz",
		"## Incident team\n\n- @dana (IC)\n- @kim (comms)":                          "@dana",
		"## Participants\n\n- Kim Lee (scribe)\n- Dana Ruiz (Incident Commander)":   "Dana Ruiz",
		"## People\n\n- Kim Lee — communications\n- Dana Ruiz — incident commander": "Dana Ruiz",
		"## Team\n\n- Dana Ruiz: IC\n- Kim Lee: database":                           "Dana Ruiz",
		"Author/Owner: @dana":                                                       "@dana",
		"Created 2026-11-14 by @dana":                                               "@dana",
		"Owner/Author: Dana Ruiz":                                                   "Dana Ruiz",
		"Authors & reviewers: @dana, @kim":                                          "@dana, @kim",
	})
}

// Negative probes of the forms above: a person's other deeds, a product
// with a role's word, a team that is not a name, a role nobody held.
func TestContactSentencesHandledNegative(t *testing.T) {
	for _, top := range []string{
		"Kim Lee restarted the pods at 14:20.",
		"We thanked Kim Lee, the database owner, for the quick rollback.",
		"The on-call rotation was changed last week.",
		"The report was owned by nobody.",
		"We wrote this post-mortem together.",
		"## Services\n\n- Checkout API (owner)\n- Ledger DB (lead)",
		"## Team\n\n- Payments: lead\n- Kim Lee: database",
		"## Participants\n\n- Kim Lee (scribe)\n- Sam Ortiz (database)",
	} {
		if got := whoToAsk(mustParse(t, []byte(contactDoc(top, "")))); got != "" {
			t.Errorf("%q: who to ask %q, want nobody", top, got)
		}
	}
}
