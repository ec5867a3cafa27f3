package postmortem

import (
	"fmt"
	"testing"
	"time"
)

// Owners written as names rather than logins, and due dates in the forms
// teams outside the template write, in an action list of our own.
func TestOwnerNamesAndDueForms(t *testing.T) {
	src := `# Search results went stale

Date: 2026-11-20

## Summary

The index stopped refreshing.

## Follow-ups

- Block the alias swap until every shard is green — R. Patel, due 11 Dec
- Stage certificate rotations on one gateway first — @Hanne Solberg, Dec 18
- Cache module downloads in the runner image — J. Okafor — 14-Dec-2026
- Retry downloads with backoff — K. Brandt — 07-Dec-2026 — Merged
- Move resolver health checks to anycast probes — Team Edge — Q1 2027
- Add synthetic lookups from three more regions — SRE Observability — 2026-W50
- Show a banner when freshness fails — Search UX team — 04.12.2026
- Refuse an empty forwarder list — @tariq-h — Q4 2026
- Rework the cache layer — Kafka consumers need a design first
`
	doc := mustParse(t, []byte(src))
	want := []struct {
		owner string
		due   string
		done  bool
	}{
		{"R. Patel", "2026-12-11", false},
		{"Hanne Solberg", "2026-12-18", false},
		{"J. Okafor", "2026-12-14", false},
		{"K. Brandt", "2026-12-07", true},
		{"Team Edge", "2027-03-31", false},
		{"SRE Observability", "2026-12-13", false}, // the Sunday, the last day, of ISO week 50
		{"Search UX team", "2026-12-04", false},
		{"tariq-h", "2026-12-31", false},
		{"", "", false}, // a phrase after a dash is no owner
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("%d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		due := ""
		if !a.Due.IsZero() {
			due = a.Due.Format(time.DateOnly)
		}
		if a.Owner != w.owner || due != w.due || (a.Status == Done) != w.done {
			t.Errorf("%q: owner %q due %q done %v, want %q %q %v", a.Title, a.Owner, due, a.Status == Done, w.owner, w.due, w.done)
		}
	}
}

// A date in digits that reads either way is read as the document's other
// due dates are: day first where one of them can only be day first.
// Where none says, it is the one reading on or after the document's day
// (12 April 2026 was before the review of 21 November), and none where
// both are.
func TestAmbiguousDueFollowsTheDocument(t *testing.T) {
	table := "| Action | Owner | Due |\n| --- | --- | --- |\n| Pin the memory limit | Dmitri Petrov | %s |\n| Add an eviction alert | Inês Vaz | %s |\n"
	for _, c := range []struct{ due, other, want string }{
		{"04/12/2026", "21/11/2026", "2026-12-04"}, {"04/12/2026", "2026-12-18", "2026-12-04"}, {"02/03/2027", "2026-12-18", ""},
	} {
		doc := mustParse(t, []byte("# X\n\nDate: 2026-11-21\n\n## Action items\n\n"+fmt.Sprintf(table, c.due, c.other)))
		got := ""
		if len(doc.Actions) > 0 && !doc.Actions[0].Due.IsZero() {
			got = doc.Actions[0].Due.Format(time.DateOnly)
		}
		if got != c.want || doc.Actions[0].Owner != "Dmitri Petrov" {
			t.Errorf("beside %s: due %q owner %q, want %q", c.other, got, doc.Actions[0].Owner, c.want)
		}
	}
}

func TestISOWeekSunday(t *testing.T) {
	for _, c := range []struct {
		y, w int
		want string
	}{{2026, 50, "2026-12-13"}, {2026, 1, "2026-01-04"}, {2027, 1, "2027-01-10"}, {2026, 53, "2027-01-03"}} {
		got, ok := isoWeekSunday(c.y, c.w)
		if !ok || got.Format(time.DateOnly) != c.want {
			t.Errorf("%d-W%02d: %v %v, want %s", c.y, c.w, got, ok, c.want)
		}
	}
	if _, ok := isoWeekSunday(2027, 53); ok {
		t.Error("2027 has no week 53")
	}
}

// A name first in the parentheses that end an item owns it when it can
// only be a person or a team, or when more follows it there.
func TestParenthesisedNameOwner(t *testing.T) {
	src := "# X\n\n## Follow-up\n\n" +
		"- [ ] Set maxUnavailable per pool (A. Lindqvist, end of sprint 42)\n" +
		"- [ ] Keep a warm image cache (Infra team)\n" +
		"- [ ] Add disruption budgets (Hanne Solberg, sprint 43)\n" +
		"- [ ] Move sessions off the old store (Redis Cluster)\n" +
		"- 🟢 Roll back the copied values file (A. Lindqvist)\n"
	doc := mustParse(t, []byte(src))
	checkOwners(t, doc, []ownerDone{{"A. Lindqvist", false}, {"Infra team", false}, {"Hanne Solberg", false}, {"", false}, {"A. Lindqvist", true}})
}

// An action table in another language: its heading given in two
// languages, its columns and statuses in Spanish or German.
func TestActionTableInOtherLanguages(t *testing.T) {
	src := "# X\n\n## Acciones / Actions\n\n" +
		"| Action | Responsable | Estado | Fecha límite |\n| --- | --- | --- | --- |\n" +
		"| Revert the threshold | lucia@example.com | Hecho | 21/11/2026 |\n" +
		"| Validate the selector | emilio@example.com | Pendiente | 27/11/2026 |\n\n" +
		"## Maßnahmen / Follow-ups\n\n| Verantwortlich | Action | Stand |\n| --- | --- | --- |\n" +
		"| Jonas Weber | Restart the gateway | Fertig |\n| Katrin Albers | Add a login check | Offen |\n"
	doc := mustParse(t, []byte(src))
	checkOwners(t, doc, []ownerDone{{"lucia@example.com", true}, {"emilio@example.com", false}, {"Jonas Weber", true}, {"Katrin Albers", false}})
	if s, ok := doc.Section("remediation"); !ok || s.Empty {
		t.Errorf("remediation section %+v %v", s, ok)
	}
}

type ownerDone struct {
	owner string
	done  bool
}

// checkOwners compares the owner and the done state of each action.
func checkOwners(t *testing.T, doc *Document, want []ownerDone) {
	t.Helper()
	if len(doc.Actions) != len(want) {
		t.Fatalf("%d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		if a := doc.Actions[i]; a.Owner != w.owner || (a.Status == Done) != w.done {
			t.Errorf("%q: owner %q done %v, want %q %v", a.Title, a.Owner, a.Status == Done, w.owner, w.done)
		}
	}
}

// A GitHub team, "@org/team", owns an action in every form an owner is
// written: alone between dashes, after "owner".
func TestTeamOwners(t *testing.T) {
	for _, src := range []string{
		"# T\n\n## Action items\n\n- [ ] Alert on queue age — @acme/sre — P1\n",
		"# T\n\n## Action items\n\n- [ ] Alert on queue age, owner: @acme/sre, due 2026-12-01\n",
	} {
		if a := readOne(t, src); a.Owner != "acme/sre" {
			t.Errorf("owner %q, want acme/sre in\n%s", a.Owner, src)
		}
	}
}
