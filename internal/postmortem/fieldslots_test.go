package postmortem

import "testing"

// Fields where tools and templates put them: a severity among a card's
// labels, a line of fields under a follow-up heading, the lead of an
// investigation, a post-incident review's date; and a slot left as the
// template's guidance, which gives no value.
func TestFieldsWhereToolsPutThem(t *testing.T) {
	card := "# PM-7 · Card payments declined\n\n**Labels:** `Payments` `SEV-3` `Stores`\n**Members:** Ana (@ana)\n\n" +
		"## Description\n\n**Incident lead:** @ana\n"
	if doc := mustParse(t, []byte(card)); doc.Severity != "SEV3" {
		t.Errorf("card: severity %q, want SEV3 from its labels", doc.Severity)
	}
	follow := "# Slow mail\n\nMail was slow on Monday.\n\n## Internal follow-up\n\n" +
		"**Severity:** S2 · **Incident lead:** @j.brandt · **Post-incident review:** 11.11.2026\n\n" +
		"| Action | Owner | Due |\n| --- | --- | --- |\n| Alert on lookup latency | @mk | 27.11. |\n"
	doc := mustParse(t, []byte(follow))
	for key, want := range map[string]string{FieldSeverity: "S2", FieldContact: "@j.brandt", FieldDate: "11.11.2026"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("follow-up: %s %+v, want %q", key, f, want)
		}
	}
	if len(doc.Actions) != 1 {
		t.Errorf("follow-up: actions %+v, want the table's one", doc.Actions)
	}
	lead := "# Bookings failed\n\n**Investigation lead:** Amara Obi · **Published:** 1 December 2026\n"
	if f, ok := mustParse(t, []byte(lead)).Field(FieldContact); !ok || f.Value != "Amara Obi" {
		t.Errorf("investigation lead: %+v", f)
	}
	for _, v := range []string{"_pick one: P1 / P2 / P3 / P4 — see the_ [_severity guide_](https://example.com/sev)", "SEV1 / SEV2 / SEV3 / SEV4", "*Choose one of High, Medium, Low*"} {
		doc := mustParse(t, []byte("# Points credited twice\n\n**Incident owner:** @rd\n**Severity:** "+v+"\n"))
		if f, ok := doc.Field(FieldSeverity); ok {
			t.Errorf("guidance %q read as the severity %+v", v, f)
		}
	}
	for _, v := range []string{"SEV2 / Major", "P2", "Alta / High"} {
		if doc := mustParse(t, []byte("# Points credited twice\n\n**Severity:** "+v+"\n")); doc.Severity == "" {
			t.Errorf("%q read as guidance", v)
		}
	}
}
