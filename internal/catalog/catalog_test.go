package catalog_test

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/catalog"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Every sample, in every layout the model reads, has one row, linked
// relative to the index to a file that exists, with eight cells.
func TestIndexOfEveryLayout(t *testing.T) {
	recs := samples(t)
	const indexPath = "docs/incidents/INDEX.md"
	rows := tableRows(t, build(t, recs, indexPath))
	if len(rows) != len(recs) {
		t.Fatalf("got %d rows, want one per post-mortem (%d)", len(rows), len(recs))
	}
	for _, r := range recs {
		want, err := filepath.Rel(filepath.Join(repoRoot, path.Dir(indexPath)), filepath.Join(repoRoot, r.Path))
		if err != nil {
			t.Fatal(err)
		}
		got := rowFor(t, rows, filepath.ToSlash(want))
		if len(got.cells) != 8 {
			t.Errorf("%s: %d cells %q, want 8", r.Path, len(got.cells), got.cells)
		}
		if _, err := os.Stat(filepath.Join(repoRoot, path.Dir(indexPath), filepath.FromSlash(got.links[0]))); err != nil {
			t.Errorf("%s: link %s leads nowhere: %v", r.Path, got.links[0], err)
		}
	}
}

// The layout samples tell one incident in each layout: the index shows
// each of them with the same date, severity and times, all known, as the
// document's own timeline gives them.
func TestIndexReadsEveryLayoutAlike(t *testing.T) {
	rows := tableRows(t, build(t, samples(t), "INDEX.md"))
	files, _ := filepath.Glob(filepath.Join(repoRoot, "testdata/layouts/*.md"))
	var first []string
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		doc := parse(t, f)
		got := rowFor(t, rows, "testdata/layouts/"+filepath.Base(f)).cells[1:6]
		start, _ := doc.Time(postmortem.FieldStart)
		if want := start.Time.Format("2006-01-02"); got[0] != want {
			t.Errorf("%s: date %q, want the start's day %s", f, got[0], want)
		}
		if slices.Contains([]string{got[0], got[1], got[3], got[4]}, "—") {
			t.Errorf("%s: %q: a date, severity or time is missing", f, got)
		}
		if first == nil {
			first = slices.Delete(slices.Clone(got), 2, 3) // tags differ
		} else if g := slices.Delete(slices.Clone(got), 2, 3); !slices.Equal(g, first) {
			t.Errorf("%s: %q, want %q as the other layouts", f, g, first)
		}
	}
}

// The index is a function of the documents alone: read again, in any
// order, they give the same bytes.
func TestIndexIsTheSameWhenNothingChanged(t *testing.T) {
	recs := samples(t)
	want := build(t, recs, "INDEX.md")
	again := samples(t)
	slices.Reverse(again)
	if got := build(t, again, "INDEX.md"); !bytes.Equal(got, want) {
		t.Errorf("reversed order gives other bytes:\n%s", firstDiff(got, want))
	}
	rotated := append(slices.Clone(recs[5:]), recs[:5]...)
	if got := build(t, rotated, "INDEX.md"); !bytes.Equal(got, want) {
		t.Errorf("rotated order gives other bytes:\n%s", firstDiff(got, want))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "got:  " + g[i] + "\nwant: " + w[i]
		}
	}
	return "one is a prefix of the other"
}

// A document that gives nothing but text shows "—" for what it does not
// give, under Undated, with its file name for a title.
func TestIndexShowsWhatIsMissing(t *testing.T) {
	doc, err := postmortem.Parse([]byte("Something broke and we fixed it.\n"), postmortem.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := build(t, []catalog.Record{catalog.Read("postmortems/db-outage.md", doc)}, "INDEX.md")
	got := rowFor(t, tableRows(t, out), "postmortems/db-outage.md").cells
	want := []string{"db-outage", "—", "—", "—", "—", "—", "0", "0"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, s := range []string{"## Undated\n", "No incident is dated", "No incident gives both its start and its end", "No action can be placed"} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("index lacks %q:\n%s", s, out)
		}
	}
}

// Titles, severities and tags with Markdown in them read in the table as
// written, each in its own cell.
func TestIndexEscapesCells(t *testing.T) {
	r := catalog.Record{
		Path: "pm/a.md", Title: "Checkout | payments\ndown: [x] *all* `edge` <b> _1_ a\\b ~x~ &amp; #3",
		Severity: "S|1", Tags: []string{"a|b", "c*"},
	}
	got := rowFor(t, tableRows(t, build(t, []catalog.Record{r}, "INDEX.md")), "pm/a.md")
	want := []string{strings.Join(strings.Fields(r.Title), " "), "—", "S|1", "a|b, c*", "—", "—", "0", "0"}
	if !slices.Equal(got.cells, want) {
		t.Errorf("got %q,\nwant %q", got.cells, want)
	}
}

// Links are relative to the index's directory, and escaped.
func TestIndexLinks(t *testing.T) {
	tests := []struct{ index, doc, want string }{
		{"INDEX.md", "postmortems/a.md", "postmortems/a.md"},
		{"", "postmortems/a.md", "postmortems/a.md"},
		{"postmortems/README.md", "postmortems/a.md", "a.md"},
		{"postmortems/README.md", "postmortems/2026/a.md", "2026/a.md"},
		{"docs/incidents/index.md", "postmortems/a.md", "../../postmortems/a.md"},
		{"docs/index.md", "docs/post mortems/a (b).md", "post%20mortems/a%20%28b%29.md"},
		{"/repo/docs/index.md", "/repo/pm/a.md", "../pm/a.md"},
	}
	for _, tt := range tests {
		rows := tableRows(t, build(t, []catalog.Record{{Path: tt.doc, Title: "T"}}, tt.index))
		if got := rows[0].links[0]; got != tt.want {
			t.Errorf("index %s, document %s: link %q, want %q", tt.index, tt.doc, got, tt.want)
		}
	}
	for _, bad := range []string{"../INDEX.md", "/abs/INDEX.md"} {
		if _, err := catalog.Build([]catalog.Record{{Path: "pm/a.md"}}, catalog.Options{IndexPath: bad}); err == nil {
			t.Errorf("index %s: no error, want one (the document is not under it)", bad)
		}
	}
}

// Tags link to their sections by the anchors GitHub gives headings:
// lower case, punctuation dropped, spaces as hyphens, a repeat numbered.
func TestIndexTagAnchors(t *testing.T) {
	r := catalog.Record{Path: "pm/a.md", Title: "T", Tags: []string{"c++ & go", "incidents", "物流"}}
	out := build(t, []catalog.Record{r}, "INDEX.md")
	got := rowFor(t, tableRows(t, out), "pm/a.md").links[1:]
	// "Incidents" is a chart's heading before the tag's.
	want := []string{"#c--go", "#incidents-1", "#物流"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, h := range []string{"\n### c++ \\& go\n", "\n### incidents\n", "\n### 物流\n"} {
		if !bytes.Contains(out, []byte(h)) {
			t.Errorf("no heading %q", h)
		}
	}
}

// Read takes from a document what the index shows and what the app
// needs to add GitHub's days: each action's issue, opened on the day the
// post-mortem was written.
func TestRead(t *testing.T) {
	src := "# Queue stalled\n\n| Meeting | Value |\n| --- | --- |\n| Date | 2026-03-05 |\n\n" +
		"## Timeline\n\n| Incident | Value |\n| --- | --- |\n| Start Time | 2026-03-02 23:10 America/New_York |\n| End Time | 2026-03-03 01:10 America/New_York |\n\n" +
		"## Remediation\n\n- [ ] Alert on queue age — owner: @dana, due: 2026-04-01 (#12)\n- [x] Raise the worker limit — owner: @li\n"
	doc, err := postmortem.Parse([]byte(src), postmortem.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := catalog.Read("pm/q.md", doc)
	if got := r.Date.Format(time.DateOnly); got != "2026-03-02" {
		t.Errorf("date %s, want 2026-03-02, the start's day where it began", got)
	}
	want := []catalog.Action{
		{Status: postmortem.Open, Issue: 12, Opened: day("2026-03-05")},
		{Status: postmortem.Done, Opened: day("2026-03-05")},
	}
	if !slices.Equal(r.Actions, want) {
		t.Errorf("actions %+v, want %+v", r.Actions, want)
	}
}
