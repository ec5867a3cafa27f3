package postmortem

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The quick test of a period's name holds wherever the expression
// matches, and spares the headings that name no period.
func TestMayNamePeriod(t *testing.T) {
	names := []string{"Last week", "## **Previous days**", "Prior months before", "Earlier that day", "earlier",
		"The week before", "Before the incident", "In the weeks before", "Q3", "h1:", "_ H4 _", "LAST YEAR",
		"Timeline", "Impact", "Lessons learned", "Thursday 12 November", "Q5", "H", "", "  ", "Über"}
	for _, line := range sampleLines(t) {
		names = append(names, strings.TrimLeft(line, "#"))
	}
	matched := 0
	for _, name := range names {
		if periodNameRe.MatchString(name) {
			matched++
			if !mayNamePeriod(name) {
				t.Errorf("%q names a period, but the quick test says it cannot", name)
			}
		}
	}
	if matched < 12 {
		t.Errorf("%d names matched, want at least the 12 written here", matched)
	}
	for _, name := range []string{"Timeline", "Impact", "Lessons learned", "Tuesday 12 November", "Q5", "Incident 9: errors", "In"} {
		if mayNamePeriod(name) {
			t.Errorf("%q: the quick test lets it through", name)
		}
	}
}

// hasClock, which stands for a regular expression, says what it would
// over the sample lines and a few edges.
func TestHasClockAsExpression(t *testing.T) {
	re := regexp.MustCompile(`\d{1,2}:\d{2}`)
	texts := append(sampleLines(t), "14:02", "4:0", ":00", "a1:23", "12:3x", "x:12", "1:2:34", "٣:٤٥", "")
	for _, text := range texts {
		if got, want := hasClock(text), re.MatchString(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// timeWordsIn, which looks only where an m is, finds what reading every
// place of the lower-cased text finds.
func TestTimeWordsInEveryPlace(t *testing.T) {
	texts := append(sampleLines(t), "time", "TiMeLiNe", " times", "m", "Mm", "at time", "overtime. Timeline:", "tim", "runtimes")
	for _, text := range texts {
		lower := strings.ToLower(text)
		var spaced, timeline, times bool
		for i := 0; i+4 <= len(lower); i++ {
			if strings.HasPrefix(lower[i:], "time") {
				spaced = spaced || i > 0 && lower[i-1] == ' '
				timeline = timeline || strings.HasPrefix(lower[i+4:], "line")
				times = times || strings.HasPrefix(lower[i+4:], "s")
			}
		}
		if !isASCII(text) {
			continue // timeWordsIn reads ASCII text only
		}
		s, l, m := timeWordsIn(text)
		if s != spaced || l != timeline || m != times {
			t.Errorf("%q: %v %v %v, want %v %v %v", text, s, l, m, spaced, timeline, times)
		}
	}
}

// A run's zone is remembered as the expression says it, the second time
// as the first, and the memory stops growing at its bound.
func TestZoneRunsRemembered(t *testing.T) {
	for _, run := range []string{"UTC", "14:02", "UTC+5:30", "+05:30", "Europe/Berlin", "Eastern", "XUTC", "utc", ""} {
		want := zoneAtEnd.MatchString(run)
		for range 2 {
			if got := zoneRunEnds(run); got != want {
				t.Errorf("%q: %v, want %v", run, got, want)
			}
		}
	}
	for i := range maxZoneRuns + 10 {
		zoneRunEnds(fmt.Sprintf("%dZ", i))
	}
	if n := zoneRunCount.Load(); n > maxZoneRuns {
		t.Errorf("%d runs remembered, over the bound of %d", n, maxZoneRuns)
	}
}

// The quick test of an owner list holds wherever ownerListRe matches,
// over the sample lines, their cells and parts, and owners written here.
func TestMayListOwners(t *testing.T) {
	texts := []string{"@bob, @cy", "@bob and @cy", "@a/@b", "@a & @b", "@dependabot[bot], @x", "@bob", "bob, @cy", " @bob, @cy",
		"@bob,", "@", "@@", "@bob @cy", "@bob andy @cy", "", "@bob\n, @cy", "@bob,\t@cy-d"}
	for _, line := range sampleLines(t) {
		texts = append(texts, line, strings.TrimSpace(line))
		for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '(' || r == ')' || r == ':' || r == ';' }) {
			texts = append(texts, strings.TrimSpace(part))
		}
	}
	lists := slices.DeleteFunc(texts, func(s string) bool { return !ownerListRe.MatchString(s) })
	if len(lists) < 6 {
		t.Errorf("%d owner lists matched, want at least the 6 written here", len(lists))
	}
	if i := slices.IndexFunc(lists, func(s string) bool { return !mayListOwners(s) }); i >= 0 {
		t.Errorf("%q lists owners, but the quick test says it cannot", lists[i])
	}
	for _, text := range []string{"@bob", "bob, @cy", "@bob,", "Ravi (@ravi)"} {
		if mayListOwners(text) {
			t.Errorf("%q: the quick test lets it through", text)
		}
	}
}
