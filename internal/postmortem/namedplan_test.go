package postmortem

import "testing"

// An essay's closing plans name their owners as subjects: a person with
// a login, a team, "I" (the author of the sign-off), a first name the
// essay gave a login before. A subject it cannot place is no owner.
func TestNamedPlanSubjects(t *testing.T) {
	src := "# The night the stream went quiet\n\nFor an hour nobody could hear us. Ana Ruiz (@ana-r) was on call and found the switch rebooting itself.\n\n" +
		"So here is what we will do. Ana (@ana-r) will make the origin fail over on silence, by 20 November 2026. " +
		"The platform team (@acme/platform) will give the encoder its own clock source, in Q1 2027. " +
		"I will draw the studio network into the diagram, by 13 November 2026. " +
		"Ana will also set the silence detector to page sooner, by 4 December 2026. " +
		"Redis will restart on its own when the disk fills.\n\n" +
		"— Hal Quade (@hquade), head of engineering, 6 November 2026.\n"
	doc := mustParse(t, []byte(src))
	want := []string{"ana-r", "acme/platform", "hquade", "ana-r"}
	if len(doc.Actions) != len(want) {
		t.Fatalf("actions %+v, want %d", doc.Actions, len(want))
	}
	for i, a := range doc.Actions {
		if a.Owner != want[i] {
			t.Errorf("action %d %q owned by %q, want %q", i, a.Title, a.Owner, want[i])
		}
	}
	if a := doc.Actions[0]; a.Due.IsZero() || a.Title[:4] != "Make" {
		t.Errorf("first %+v, want its title from the verb and its due date", a)
	}
}

// Among an essay's plans, a thing it says was already done, "(done)",
// is a done action; without plans around it, such a sentence is none.
func TestDonePlanSentence(t *testing.T) {
	plans := "# Outage\n\nSo here is what we will do. Ana (@ana-r) will add an alert on silence, by 20 November 2026. " +
		"We have already moved the encoder to its own\npower strip, the morning after (done).\n"
	doc := mustParse(t, []byte(plans))
	if len(doc.Actions) != 2 || doc.Actions[1].Status != Done || doc.Actions[1].Title[:5] != "Moved" {
		t.Errorf("actions %+v, want the plan and the done one", doc.Actions)
	}
	alone := "# Outage\n\nThe encoder lost its clock for an hour. We have already moved the encoder to its own power strip (done).\n"
	if doc := mustParse(t, []byte(alone)); len(doc.Actions) != 0 {
		t.Errorf("actions %+v, want none", doc.Actions)
	}
}

// A first name takes the login of the person named in full with it,
// even where a capitalised word runs into the name ("Thanks Marcus Yi
// (@marcus-yi)").
func TestNamedPlanFirstNameAfterAWord(t *testing.T) {
	src := "# The night the stream went quiet\n\nFor an hour nobody could hear us. Thanks Marcus Yi (@marcus-yi) for the long night on the switch.\n\n" +
		"So here is what we will do. Marcus will also set the silence detector to page sooner, by 4 December 2026.\n"
	checkOwners(t, mustParse(t, []byte(src)), []ownerDone{{owner: "marcus-yi"}})
}

// The names a document gives with logins are read once per parse, not
// once for each plan sentence that asks.
func TestLoginOfNameReadsTheDocumentOnce(t *testing.T) {
	src := "# Outage\n\nAna Ruiz (@ana-r) and Thanks Marcus Yi (@marcus-yi) were on call.\n"
	p := &parser{doc: mustParse(t, []byte(src))}
	p.loginOfName("Ana")
	allocs := testing.AllocsPerRun(20, func() {
		if p.loginOfName("Marcus") != "marcus-yi" || p.loginOfName("Ana") != "ana-r" || p.loginOfName("Bo") != "" {
			t.Fatal("wrong login")
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per look-up, want none after the first", allocs)
	}
}
