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
