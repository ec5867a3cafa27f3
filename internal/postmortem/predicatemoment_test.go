package postmortem

import "testing"

// A sentence whose subject holds the time and whose predicate names the
// moment ("A resident's call at 12:05, complaining that …, was the first
// sign anything was wrong") gives that moment; a time that opens a span
// "until the all clear" is when work began, not the end.
func TestPredicateMoment(t *testing.T) {
	src := "# Payments refused 2026-11-24\n\nAll times GMT.\n\n## What happened\n\n" +
		"The provider moved its servers at 11:20 and from then every confirmation was refused. " +
		"A customer's call to the help desk at 12:05, complaining that her card was taken and then refused, was the first sign anything was wrong. " +
		"We took payments by telephone from 13:15 until the all clear. Payments were working normally again at 14:47.\n"
	wantTimes(t, src, map[string]string{FieldDetect: "2026-11-24T12:05Z", FieldEnd: "2026-11-24T14:47Z"})
}

// An entry that runs "until the all clear" marks no end at its own time.
func TestUntilTheEndIsNoEnd(t *testing.T) {
	src := "# Payments refused 2026-11-24\n\n## Timeline (GMT)\n\n- 11:20 every confirmation is refused\n- 12:05 first call from a resident\n" +
		"- 13:15 the desk takes payments by telephone until the all clear.\n- 14:47 first confirmed payment.\n"
	if e, ok := mustParse(t, []byte(src)).Time(FieldEnd); ok && e.Err == nil && e.Time.Format("15:04") == "13:15" {
		t.Errorf("end read at 13:15, the start of the telephone payments")
	}
}

// A sentence of an entry in which the team says what it counts the
// entry's time as ("so we call it over here") names that moment.
func TestCalledMoment(t *testing.T) {
	src := "# CI cache 2026-11-24\n\n## Timeline (UTC)\n\n- 06:15 first builds fail on dependency fetches.\n- 06:31 the failure-rate alert pages on-call.\n" +
		"- 07:05 old key restored, agents restarted.\n- 07:48 last failed build of the morning. Everything after that went green, so we call it over here.\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-11-24T07:48Z"})
	for s, want := range map[string]string{"So that's our end time": FieldEnd, "We put the start of the incident here": FieldStart, "We called the vendor": ""} {
		if got := calledMoment(s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}

// A timeline that opens with a change dated the day before goes on with
// bare times on the incident's day, not out of order on the day before.
func TestIncidentDayAfterDatedCause(t *testing.T) {
	src := "# CI cache\n\nIncident day: Tuesday 2026-11-24. All times UTC.\n\n## Timeline\n\n- 2026-11-23 16:40 — cache policy merged and rolled out.\n" +
		"- 06:00 — nightly sweep begins.\n- 06:15 — first builds fail on dependency fetches.\n- 06:31 — the failure-rate alert pages on-call.\n- 07:48 — service restored.\n"
	doc := mustParse(t, []byte(src))
	for _, e := range doc.Events {
		if e.OutOfOrder {
			t.Errorf("%q reported out of order", e.Raw)
		}
	}
	wantTimes(t, src, map[string]string{FieldDetect: "2026-11-24T06:31Z"})
}

// More everyday words of the detection and the end in a narrative's
// clauses: "The issue came to our attention at 14:09", "The error-rate
// alarm tripped at 14:09", "By 15:10 everything was green", "We stood
// down at 15:10".
func TestEverydayClauseMoments(t *testing.T) {
	for body, want := range map[string][2]string{
		"The issue came to our attention at 14:09.":    {FieldDetect, "14:09"},
		"The error-rate alarm tripped at 14:09.":       {FieldDetect, "14:09"},
		"Customer reports started coming in at 14:09.": {FieldDetect, "14:09"},
		"By 15:10 everything was green.":               {FieldEnd, "15:10"},
		"We stood down at 15:10.":                      {FieldEnd, "15:10"},
		"The last failed payment was at 15:10.":        {FieldEnd, "15:10"},
	} {
		src := "# Checkout 2026-11-20\n\nAll times UTC.\n\n## What happened\n\n" + body + "\n"
		wantTimes(t, src, map[string]string{want[0]: "2026-11-20T" + want[1] + "Z"})
	}
}
