package weekly

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-github/v62/github"
)

// computeIssues are n action issues over the five years before
// figuresNow, one in three open, with bodies as the merge writes them.
func computeIssues(n int) []*github.Issue {
	issues := make([]*github.Issue, n)
	for i := range issues {
		created := figuresNow.Add(-time.Duration(n-i) * 8 * time.Hour)
		body := fmt.Sprintf("An action.\n\n**Incident:** Incident %d\n**Severity:** SEV%d\n**Date:** %s\n**Due:** %s, as the post-mortem says.\n\n%s\n",
			i/10, 1+i%3, created.Format(time.DateOnly), created.AddDate(0, 0, 30).Format(time.DateOnly),
			fmt.Sprintf("<!-- postmortem-bot:action doc=postmortems/incident-%03d.md key=%012x -->", i/10, i))
		is := &github.Issue{Number: github.Int(i + 1), Title: github.String(fmt.Sprintf("Action %d", i)), Body: github.String(body),
			State: github.String("open"), CreatedAt: &github.Timestamp{Time: created}, Assignees: []*github.User{{Login: github.String("dana")}}}
		if i%3 != 0 {
			is.State, is.ClosedAt = github.String("closed"), &github.Timestamp{Time: created.AddDate(0, 0, 10)}
		}
		issues[i] = is
	}
	return issues
}

// BenchmarkWeeklyCompute measures the summary's own work for 5,000
// action issues and 500 post-mortems, without HTTP: reading the issues,
// the figures, and the Markdown.
func BenchmarkWeeklyCompute(b *testing.B) {
	issues := computeIssues(5000)
	docs := make([]docFacts, 500)
	for i := range docs {
		start := figuresNow.Add(-time.Duration(500-i) * 80 * time.Hour)
		docs[i] = docFacts{Path: fmt.Sprintf("postmortems/incident-%03d.md", i), Severity: "SEV2",
			Start: start, Detect: start.Add(time.Duration(i%50) * time.Minute), End: start.Add(time.Duration(i%300) * time.Minute)}
	}
	clock := newWeekClock(figuresNow, time.UTC)
	src := summarySource{repo: "octo/docs", url: "https://github.com/octo/docs", branch: "main"}
	for b.Loop() {
		actions := make([]weeklyAction, 0, len(issues))
		for _, is := range issues {
			a, _ := parseActionIssue(is)
			actions = append(actions, a)
		}
		if md := renderSummary(buildSummary(src, clock, actions, docs)); len(md) == 0 {
			b.Fatal("empty summary")
		}
	}
}

// A summary of more open actions than fit in an issue lists the most
// urgent and links to the rest, within GitHub's limit.
func TestSummaryFitsGitHubsLimit(t *testing.T) {
	var actions []weeklyAction
	for _, is := range computeIssues(5000) {
		a, _ := parseActionIssue(is)
		actions = append(actions, a)
	}
	clock := newWeekClock(figuresNow, time.UTC)
	s := buildSummary(summarySource{repo: "octo/docs", url: "https://github.com/octo/docs", branch: "main", label: "postmortem-action"}, clock, actions, nil)
	md := renderSummary(s)
	if n := utf8.RuneCountInString(md); n > maxSummaryChars || s.hidden == 0 || s.Counts.Open != 1667 {
		t.Fatalf("%d characters, %d of %d open actions not listed", n, s.hidden, s.Counts.Open)
	}
	urgent := s.byUrgency()
	first, firstLeft := urgent[0], urgent[len(urgent)-s.hidden]
	if !strings.Contains(md, "[#"+strconv.Itoa(first.Number)+"]") || strings.Contains(md, "[#"+strconv.Itoa(firstLeft.Number)+"]") {
		t.Errorf("want the most urgent #%d listed and #%d, the first left out, not", first.Number, firstLeft.Number)
	}
	want := "not listed to keep this issue within GitHub's size limit: see [all open actions](https://github.com/octo/docs/issues?q=is%3Aissue+is%3Aopen+label%3A%22postmortem-action%22)."
	if !strings.Contains(md, want) || !strings.Contains(md, "**1667 open actions**") {
		t.Errorf("body lacks %q or the full count", want)
	}
}
