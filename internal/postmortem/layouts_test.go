package postmortem

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// layouts returns the samples of testdata/layouts, by name: the same
// incident in each layout teams write instead of the template.
func layouts(t testing.TB) map[string][]byte {
	return markdownFiles(t, "../../testdata/layouts", 8)
}

// incidentTimes are the times every layout sample gives.
var incidentTimes = map[string]time.Time{
	FieldStart:  time.Date(2026, 9, 14, 9, 12, 0, 0, time.UTC),
	FieldDetect: time.Date(2026, 9, 14, 9, 20, 0, 0, time.UTC),
	FieldEnd:    time.Date(2026, 9, 14, 10, 5, 0, 0, time.UTC),
}

// Every field of the default template is found in each layout.
func TestLayoutsGiveEveryField(t *testing.T) {
	for name, src := range layouts(t) {
		t.Run(name, func(t *testing.T) {
			d := mustParse(t, src)
			for _, msg := range missingParts(d) {
				t.Error(msg)
			}
		})
	}
}

func missingParts(d *Document) []string {
	var out []string
	if !strings.HasPrefix(d.Title, "Checkout API returned 502s") {
		out = append(out, fmt.Sprintf("title: got %q", d.Title))
	}
	for key, want := range map[string]string{FieldContact: "mara-l", FieldSeverity: "SEV2"} {
		if f, ok := d.Field(key); !ok || !strings.Contains(f.Value, want) {
			out = append(out, fmt.Sprintf("%s: got %q (found %v), want %q", key, f.Value, ok, want))
		}
	}
	_, date := d.Field(FieldDate)
	_, incident := d.Field(FieldIncidentDate)
	if !date && !incident {
		out = append(out, "no date")
	}
	for key, want := range incidentTimes {
		if got, ok := d.Time(key); !ok || got.Err != nil || !got.Time.Equal(want) || !got.HasZone {
			out = append(out, fmt.Sprintf("%s: got %v (%v, zone %v), want %v", key, got.Time, got.Err, got.HasZone, want))
		}
	}
	for _, key := range []string{"remediation", "short_summary"} {
		if s, ok := d.Section(key); !ok || s.Empty {
			out = append(out, fmt.Sprintf("section %s: found %v, empty %v", key, ok, s.Empty))
		}
	}
	if _, ok := d.Section("what_happened"); !ok && len(d.Events) < 3 {
		out = append(out, fmt.Sprintf("what happened: no section and %d timeline entries", len(d.Events)))
	}
	return out
}

// The author and the facilitator are read where a layout names them.
func TestLayoutsGivePeople(t *testing.T) {
	for name, src := range layouts(t) {
		d := mustParse(t, src)
		if name == "action-forms.md" {
			continue // a template table with a contact only
		}
		for key, want := range map[string]string{FieldCreatedBy: "tobi-k", FieldFacilitatedBy: "ines-v"} {
			if f, ok := d.Field(key); !ok || !strings.Contains(f.Value, want) {
				t.Errorf("%s: %s: got %q (found %v), want %q", name, key, f.Value, ok, want)
			}
		}
	}
}

// manyActions are the samples that show many forms of actions, each
// with a test of its own.
var manyActions = map[string]bool{"action-forms.md": true, "status-marks.md": true}

// Each layout's one action is found with its owner, due date and
// priority.
func TestLayoutsGiveTheAction(t *testing.T) {
	for name, src := range layouts(t) {
		if manyActions[name] {
			continue
		}
		d := mustParse(t, src)
		if len(d.Actions) != 1 || len(d.Steps) != 0 {
			t.Errorf("%s: got %d actions and %d steps, want one action", name, len(d.Actions), len(d.Steps))
			continue
		}
		a := d.Actions[0]
		if a.Owner != "tobi-k" || a.DueRaw != "2026-10-15" || a.Priority != "P1" || a.Status != Open ||
			(a.Title != "Cap pool changes at 10% of pods per step" && a.Title != "Staged pool changes") {
			t.Errorf("%s: got %+v", name, actionFacts(a))
		}
	}
}

// Actions in every form, and what a record of steps already taken holds.
func TestLayoutsActionForms(t *testing.T) {
	d := mustParse(t, layouts(t)["action-forms.md"])
	want := []facts{
		{"Cap pool changes at 10% of pods per step", "tobi-k", "2026-10-15", "P1", "", 0, Open, 34},
		{"Add free-connection metrics to the checkout dashboard", "ines-v", "", "", "", 0, Done, 35},
		{"Load-test the pool under twice the peak", "ravi-s", "", "", "", 0, Open, 36},
		{"Document the pool sizing rules in the runbook", "ines-v", "", "", "", 0, Open, 37},
		{"Canary for config changes", "mara-l", "2026-11-01", "", "", 0, Open, 38},
		{"Alert on pool exhaustion before errors start", "", "", "", "", 91, Open, 39},
		{"Implement guards against pool sizes below the worker count", "", "", "", "", 0, Done, 40},
		{"Move every service that shares the pool library to staged rollouts", "tobi-k", "2026-10-30", "", "", 0, Open, 42},
		{"Run a game day on pool exhaustion", "ravi-s", "2026-12-01", "", "", 0, Open, 45},
		{"Move checkout to the new connection proxy", "mara-l", "", "", "", 0, Open, 49},
		{"Retire the old pool library", "tobi-k", "", "", "", 0, Open, 50},
	}
	compareActions(t, d, want)
	var steps []int
	for _, s := range d.Steps {
		steps = append(steps, s.Line)
	}
	if fmt.Sprint(steps) != "[23 24 28 29 30 43]" {
		t.Errorf("steps on lines %v, want [23 24 28 29 30 43]", steps)
	}
}

// A status written in a Status column, a mark before or after an item,
// a struck-through title, a "status:" part or a note that the work
// shipped marks an action done (or not planned); a heading's target
// gives a due date.
func TestLayoutsStatusMarks(t *testing.T) {
	d := mustParse(t, layouts(t)["status-marks.md"])
	want := []struct {
		title  string
		status Status
	}{
		{"Cap pool changes at 10% of pods per step", Open},
		{"Add free-connection metrics to the dashboard", Done},
		{"Page on pool exhaustion before errors start", Done},
		{"Run the pool library on every node", NotPlanned},
		{"Roll the pool fix out to every region", Done},
		{"Document the pool sizing rules in the runbook", Done},
		{"Load-test the pool under twice the peak", Done},
		{"Warn in review when a pool shrinks by half", Done},
		{"Retry idempotent checkout calls once", Done},
		{"Add the pool size to the deploy summary", Done},
		{"Move checkout to the new connection proxy", Open},
	}
	if len(d.Actions) != len(want) {
		t.Fatalf("got %d actions %+v, want %d", len(d.Actions), d.Actions, len(want))
	}
	for i, w := range want {
		if a := d.Actions[i]; a.Title != w.title || a.Status != w.status || a.Owner == "" || a.Issue != 0 {
			t.Errorf("action %d: got %q %v owner %q issue %d, want %q %v with an owner", i, a.Title, a.Status, a.Owner, a.Issue, w.title, w.status)
		}
	}
	if last := d.Actions[len(want)-1]; last.DueRaw != "Q4 2026 - Q1 2027" || !last.Due.Equal(time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("due %q %v, want the heading's target, 2027-03-31", last.DueRaw, last.Due)
	}
}

// compareActions compares the facts of a document's actions with want.
func compareActions(t *testing.T, d *Document, want []facts) {
	t.Helper()
	if len(d.Actions) != len(want) {
		t.Errorf("got %d actions, want %d", len(d.Actions), len(want))
	}
	for i := range min(len(d.Actions), len(want)) {
		if got := actionFacts(d.Actions[i]); got != want[i] {
			t.Errorf("action %d:\n got %+v\nwant %+v", i, got, want[i])
		}
	}
}

// Every edit a merge or tracking makes works on every action of every
// layout, and changes only that action's bytes.
func TestLayoutsEdits(t *testing.T) {
	checkEveryEdit(t, layouts(t))
}

// A footnote mark after an action label is not an action; the table
// below it gives the actions.
func TestActionLabelFootnoteIsNotAnAction(t *testing.T) {
	doc := mustParse(t, []byte("# Outage\n\n**Action Items**:^[12](https://example.com/notes#12)^\n\n"+
		"| Action Item | Owner |\n| --- | --- |\n| Add load shedding to search | dana |\n"))
	if len(doc.Actions) != 1 || doc.Actions[0].Title != "Add load shedding to search" || doc.Actions[0].Owner != "dana" {
		t.Fatalf("actions %+v, want only the table's row", doc.Actions)
	}
}

// A date line written month first gives the day of the bare times below
// it, and a zone written by name gives their zone; the title's date
// written the same way is the incident date.
func TestMonthFirstDatesAndNamedZones(t *testing.T) {
	doc := mustParse(t, []byte("# Chain stall 1-10-24\n\n## Timeline (all times Pacific)\n\n01-10-2024\n\n"+
		"7:32 PM - The chain stalled\n\n7:38 PM - Monitoring detected the stall\n\n7:42 PM - Blocks are created again, fully recovered\n"))
	want := map[string]time.Time{
		FieldStart:  time.Date(2024, 1, 11, 3, 32, 0, 0, time.UTC),
		FieldDetect: time.Date(2024, 1, 11, 3, 38, 0, 0, time.UTC),
		FieldEnd:    time.Date(2024, 1, 11, 3, 42, 0, 0, time.UTC),
	}
	for key, w := range want {
		got, ok := doc.Time(key)
		if !ok || !got.Time.Equal(w) || !got.HasZone {
			t.Errorf("%s: got %+v, %v, want %v with a zone", key, got, ok, w)
		}
	}
	if f, ok := doc.Field(FieldIncidentDate); !ok || f.Value != "1-10-24" {
		t.Errorf("incident date %+v, %v, want 1-10-24 from the title", f, ok)
	}
}

// Plain lines under an action heading are one action a line when each
// is an imperative or a noun phrase, and one action for the paragraph
// when they are sentences about the plan.
func TestPlainLinesUnderActionHeading(t *testing.T) {
	imperatives := "# T\n\n## Corrective and preventative measures\n\nDevelop a checklist for questioning the reporter.\n" +
		"Hire a security operations lead and write the incident process.\nAdd a warning to the wallet before it spends funds.\n"
	if got := len(mustParse(t, []byte(imperatives)).Actions); got != 3 {
		t.Errorf("imperative lines: got %d actions, want 3", got)
	}
	prose := "# T\n\n## Corrective and preventative measures\n\nGoing forward the web team is going to rebuild the deployment pipeline.\n" +
		"The ideal pipeline would fail over quickly after a broken release.\nOur engineers are working on these patterns now.\n"
	doc := mustParse(t, []byte(prose))
	if len(doc.Actions) != 1 || !strings.HasPrefix(doc.Actions[0].Title, "Going forward the web team") {
		t.Errorf("prose lines: got %+v, want one action titled by the first sentence", doc.Actions)
	}
	contracted := "# T\n\n## Corrective and preventative measures\n\nFinally, we're looking into improving abuse reports.\n" +
		"More information regarding this can be found in the issue\n[\"Removal of users should not hard delete\"](https://example.com/1).\n"
	doc = mustParse(t, []byte(contracted))
	if len(doc.Actions) != 1 || !strings.HasPrefix(doc.Actions[0].Title, "Finally, we're looking") {
		t.Errorf("contracted prose: got %+v, want one action titled by the first sentence", doc.Actions)
	}
}

// An entry whose first line holds only its time takes its text from the
// lines below it, and those lines mark detection and the end.
func TestEntryTextOnTheNextLines(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Timeline of events\n\n- 2025-04-14 16:37 UTC\n    A user noticed the issue\n    and reported it.\n"+
		"- 2025-04-14 17:02 UTC\n    Security acknowledges receipt.\n- 2025-04-14 18:39 UTC\n    Hot fix deployed and live.\n"))
	if len(doc.Events) != 3 || doc.Events[0].Text != "A user noticed the issue and reported it." {
		t.Fatalf("events %+v", doc.Events)
	}
	for key, want := range map[string]int{FieldDetect: 16, FieldEnd: 18} {
		if got, ok := doc.Time(key); !ok || got.Time.Hour() != want {
			t.Errorf("%s: got %+v, %v, want hour %d", key, got, ok, want)
		}
	}
}

// A timeline table with the day in a column of its own, its year in the
// column's header.
func TestTimelineTableWithDateColumn(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Timeline (all times UTC)\n\n| Day | Date (2021) | Time | Event |\n|---|---|---|---|\n"+
		"| Sun | Oct 31 | 21:33 | A user reports a spent coin |\n| Sun | Oct 31 | 23:25 | Forensics approved |\n"+
		"| Mon | Nov 1 | 17:00 | New hardware set up |\n| Mon | Nov 1 | 21:54 | Verified as a false positive, resolved |\n"))
	if len(doc.Events) != 4 {
		t.Fatalf("events %+v", doc.Events)
	}
	for i, want := range []time.Time{time.Date(2021, 10, 31, 21, 33, 0, 0, time.UTC), time.Date(2021, 11, 1, 21, 54, 0, 0, time.UTC)} {
		e := doc.Events[i*3]
		if !e.Time.Equal(want) || e.OutOfOrder || strings.Contains(e.Text, "Oct 31") {
			t.Errorf("event %d: %+v, want %v, in order, without the date in its text", i*3, e, want)
		}
	}
	if end, ok := doc.Time(FieldEnd); !ok || end.Time.Day() != 1 {
		t.Errorf("end %+v, %v, want Nov 1", end, ok)
	}
}

// Entries that open with a month-first date and a time are read, in the
// zone the heading names.
func TestMonthFirstDatedEntries(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Timeline (all times PST)\n\n02-13-2025 11:00 pm - Count started increasing.\n\n02-14-2025 11:30 am - Cost hits its maximum.\n"))
	if len(doc.Events) != 2 || !doc.Events[0].Time.Equal(time.Date(2025, 2, 14, 7, 0, 0, 0, time.UTC)) {
		t.Fatalf("events %+v, want two, the first at 2025-02-14 07:00 UTC", doc.Events)
	}
}

// A date in the title with slashes, month first, is the incident date.
func TestTitleDateWithSlashes(t *testing.T) {
	if f, ok := mustParse(t, []byte("# Website outage 5/26/21\n")).Field(FieldIncidentDate); !ok || f.Value != "5/26/21" {
		t.Errorf("incident date %+v, %v, want 5/26/21", f, ok)
	}
}

// A time written as approximate is an entry like any other, marked as
// approximate; the mark must stand before a digit to count.
func TestApproximateTimes(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Timeline\n\n2026-03-02\n\n**± 17:20 UTC:** a snapshot is taken of the primary.\n\n"+
		"~19:00 UTC: load on the database rises.\n\n- approx. 21:15 UTC Replication stops\n- Around 9:40 pm UTC the replica is wiped\n"+
		"- 23:50 UTC the backups are found to be empty\n\nAbout the backups: none had run since the upgrade.\n"))
	want := []struct {
		hour   int
		approx bool
		text   string
	}{{17, true, "a snapshot is taken of the primary."}, {19, true, "load on the database rises."},
		{21, true, "Replication stops"}, {21, true, "the replica is wiped"}, {23, false, "the backups are found to be empty"}}
	if len(doc.Events) != len(want) {
		t.Fatalf("got %d events %+v, want %d", len(doc.Events), doc.Events, len(want))
	}
	for i, w := range want {
		e := doc.Events[i]
		if e.Time.Hour() != w.hour || e.Approx != w.approx || e.Text != w.text || !e.HasZone {
			t.Errorf("event %d: %+v, want hour %d, approx %v, text %q, with a zone", i, e, w.hour, w.approx, w.text)
		}
	}
}

// An action whose title is cut from a longer text keeps the whole text
// as LongTitle; one not cut has none.
func TestLongTitleKeepsTheWholeText(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Action items\n\n- [ ] **Circuit breakers**: add them to every client of the ledger service @dana\n"+
		"- [ ] Add a replica-lag alert @lee\n"))
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v", doc.Actions)
	}
	if a := doc.Actions[0]; a.Title != "Circuit breakers" || a.LongTitle != "Circuit breakers: add them to every client of the ledger service" {
		t.Errorf("cut title: %q, long %q", a.Title, a.LongTitle)
	}
	if a := doc.Actions[1]; a.Title != "Add a replica-lag alert" || a.LongTitle != "" {
		t.Errorf("whole title: %q, long %q", a.Title, a.LongTitle)
	}
}

// Field labels with their colon end a title without a separator before
// them, and an issue number is written back after the last of them.
func TestInlineFieldLabels(t *testing.T) {
	src := "# T\n\n## Action items\n\n- [ ] Add a lag alert @dana due: 2026-12-01 priority: P1\n- [ ] Explain the due date policy\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 {
		t.Fatalf("actions %+v", doc.Actions)
	}
	a := doc.Actions[0]
	if a.Title != "Add a lag alert" || a.Owner != "dana" || a.DueRaw != "2026-12-01" || a.Priority != "P1" {
		t.Errorf("got title %q owner %q due %q priority %q", a.Title, a.Owner, a.DueRaw, a.Priority)
	}
	if a.LongTitle != "Add a lag alert @dana due: 2026-12-01 priority: P1" {
		t.Errorf("long title %q, want the whole text that versions before labels were read titled it by", a.LongTitle)
	}
	if b := doc.Actions[1]; b.Title != "Explain the due date policy" || b.DueRaw != "" {
		t.Errorf("a label without its colon is title text: %+v", b)
	}
	n := 42
	out, err := doc.Edit(ActionEdit{Action: 0, Issue: &n})
	if err != nil || !strings.Contains(string(out), "priority: P1") || !strings.Contains(string(out), "#42") {
		t.Errorf("write-back: %v\n%s", err, out)
	}
}

// The last entry that says the service works again gives the end where
// no field does.
func TestRecoveryWordingsGiveTheEnd(t *testing.T) {
	for _, text := range []string{"New blocks being created again", "Traffic resumed on all edges", "Checkout returned to normal", "Requests are processed again"} {
		doc := mustParse(t, []byte("# T\n\n## Timeline (all times UTC)\n\n2026-01-10\n\n- 19:32 The chain stalled.\n- 19:38 Monitoring detected the stall.\n- 19:42 "+text+".\n- 19:50 The team met to review.\n"))
		if end, ok := doc.Time(FieldEnd); !ok || end.Time.Minute() != 42 {
			t.Errorf("%q: end %+v, %v, want 19:42", text, end, ok)
		}
	}
}

// A time column whose header names the zone without parentheses gives
// every entry of the table that zone.
func TestTimeColumnHeaderNamesTheZone(t *testing.T) {
	doc := mustParse(t, []byte("# T\n\n## Timeline\n\n| Date and Time in CET | Event |\n|---|---|\n"+
		"| 2019-11-30 08:24 | Warning from the load balancer |\n| 2019-11-30 10:30 | Cluster scaled down, recovered |\n"))
	if len(doc.Events) != 2 {
		t.Fatalf("events %+v", doc.Events)
	}
	for _, e := range doc.Events {
		if u := e.Time.UTC(); !e.HasZone || u.Hour() != 7 && u.Hour() != 9 {
			t.Errorf("%+v: want a zone, CET read as UTC+1", e)
		}
	}
}
