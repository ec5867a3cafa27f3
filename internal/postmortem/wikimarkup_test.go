package postmortem

import "testing"

// PmWiki's and Wikidot's headings ("!! Section", "++ Section") are
// headings; "!!! Warning !!!" and a Markdown image are not.
func TestBangAndPlusHeadings(t *testing.T) {
	for line, want := range map[string]int{
		"!! Timeline": 2, "!!! Who did what": 3, "++ Follow-up actions": 2, "+++ Notes": 3,
		"!!! Warning !!!": 0, "![chart](x.png)": 0, "+ a list item": 0, "!! ": 0,
	} {
		if got, _, _ := wikiHeading([]byte(line)); got != want {
			t.Errorf("wikiHeading(%q) = %d, want %d", line, got, want)
		}
	}
}

// "!!! Timeline" over an unindented list is a wiki's heading; "!!! note"
// over an indented body stays an admonition, and so does one with a
// quoted title.
func TestBangHeadingOrAdmonition(t *testing.T) {
	src := "!! Mirror stale\n\n!!! Timeline\n\n* 10:00 Sync failed.\n\n!!! note \"Aside\"\n    Nothing was lost.\n\n!!! Who did what\n\nLena ran it.\n"
	doc := mustParse(t, []byte(src))
	var names []string
	for _, s := range doc.Sections {
		names = append(names, s.Name)
	}
	want := []string{"Mirror stale", "Timeline", "Aside", "Who did what"}
	if len(names) != len(want) {
		t.Fatalf("sections %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Errorf("section %d = %q, want %q", i, names[i], want[i])
		}
	}
	if doc.Sections[1].Level != 3 || doc.Sections[1].Key != "timeline" {
		t.Errorf("Timeline read as %+v", doc.Sections[1])
	}
}

// A wiki's bold labels ("”'Times:”' all Eastern (EST)") are fields,
// its line break "\\" is no part of a value, and its tables between
// double bars mark header cells with "~" or "!", PmWiki's under a line
// of the table's attributes.
func TestWikiBoldFieldsAndDoubleBarTables(t *testing.T) {
	src := "!! Load board blank\n\n'''Day:''' Tuesday 24 November 2026\\\\\n'''Times:''' all Eastern (EST)\n\n" +
		"!!! Follow-ups\n\n||border=1 width=60%\n||!Action ||!Owner ||!Due ||\n|| Remove version pins || JeffOkafor || 2026-12-11 ||\n\n" +
		"++ More\n\n||~ Action ||~ Owner ||~ Due ||\n|| Alert on inbox volume || Hollie Marsh || 2027-01-15 ||\n"
	doc := mustParse(t, []byte(src))
	if doc.Zone != "EST" {
		t.Errorf("zone %q, want EST", doc.Zone)
	}
	if f, ok := doc.Field(FieldIncidentDate); !ok || f.Value != "Tuesday 24 November 2026" {
		t.Errorf("incident date %+v", f)
	}
	checkActionLines(t, doc, []string{"Remove version pins|JeffOkafor|2026-12-11||Open", "Alert on inbox volume|Hollie Marsh|2027-01-15||Open"})
}

// A wiki's user name, two capitalised words run together, between an
// item's dashes before its due date owns the item.
func TestWikiUserNameOwner(t *testing.T) {
	src := "# Load board\n\n## Follow-ups\n\n* Remove version pins — JeffOkafor — by 2026-12-11 — open\n\nJeffOkafor was paged.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Remove version pins|JeffOkafor|2026-12-11||Open"})
	for s, want := range map[string]bool{"JeffOkafor": true, "LenaRuiz": true, "Jeff": false, "JOkafor": false, "SRE": false, "AbCdEfGh": false} {
		if wikiUserName(s) != want {
			t.Errorf("wikiUserName(%q) = %v, want %v", s, !want, want)
		}
	}
}

// A meeting's "Recap" talking point is the summary: its date and window
// are the incident's, not the meeting's.
func TestRecapIsTheSummary(t *testing.T) {
	src := "# Review: checkout errors\n\n📅 Thu, Dec 3, 2026 · 10:00 AM – 10:45 AM PST\n\n## Talking points\n\n### 1. Recap — *Dana Cho* (5 min)\n\n" +
		"On Friday 27 November 2026, from 11:48 AM to 1:05 PM Pacific (PST), a third of checkouts failed.\n\n" +
		"### 2. Timeline\n\nAll times PST.\n\n- 11:48 AM — Pool saturates.\n- 11:55 AM — Pager fires.\n- 1:05 PM — Errors back to zero.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-27T19:48Z", FieldEnd: "2026-11-27T21:05Z"})
}
