package catalog_test

import (
	"flag"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/catalog"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

var update = flag.Bool("update", false, "rewrite the golden index")

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// incidents is a small set: three months, two severities and one
// incident without; times to detect and resolve; actions open, done on
// a known day, done on an unknown one, and not planned.
func incidents() []catalog.Record {
	at := func(s string) time.Time { t, _ := time.Parse("2006-01-02 15:04", s); return t }
	return []catalog.Record{
		{Path: "pm/2026-01-05-db.md", Title: "Database failover", Severity: "SEV1", Date: day("2026-01-05"), Tags: []string{"db"},
			Start: at("2026-01-05 10:00"), Detect: at("2026-01-05 10:12"), End: at("2026-01-05 13:00"),
			Actions: []catalog.Action{{Opened: day("2026-01-10")}, {Status: postmortem.Done, Opened: day("2026-01-10"), Closed: day("2026-02-15")}}},
		{Path: "pm/2026-01-20-cdn.md", Title: "CDN errors", Severity: "SEV2", Date: day("2026-01-20"), Tags: []string{"cdn", "db"},
			Start: at("2026-01-20 08:00"), End: at("2026-01-20 09:00"),
			Actions: []catalog.Action{{Status: postmortem.NotPlanned, Opened: day("2026-01-22")}}},
		{Path: "pm/2026-03-02-queue.md", Title: "Queue backlog", Severity: "SEV2", Date: day("2026-03-02"),
			Start: at("2026-03-02 09:00"), Detect: at("2026-03-02 09:30"), End: at("2026-03-03 11:30"),
			Actions: []catalog.Action{{Status: postmortem.Done, Opened: day("2026-03-04")}, {Opened: day("2026-03-04")}}},
		{Path: "pm/2026-03-09-dns.md", Title: "DNS", Date: day("2026-03-09")},
		{Path: "pm/notes.md", Title: "Undated notes"},
	}
}

// seriesRe finds the bar and line series of a chart.
var seriesRe = regexp.MustCompile(`(?m)^    (?:bar|line)(?: "[^"]*")? \[(.*)\]$`)

func series(t *testing.T, block string) [][]float64 {
	t.Helper()
	var out [][]float64
	for _, m := range seriesRe.FindAllStringSubmatch(block, -1) {
		var vs []float64
		for _, f := range strings.Split(m[1], ", ") {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				t.Fatalf("series %q: %v", m[1], err)
			}
			vs = append(vs, v)
		}
		out = append(out, vs)
	}
	return out
}

var labelsRe = regexp.MustCompile(`(?m)^    x-axis \[(.*)\]$`)

func chartLabels(block string) string { return labelsRe.FindStringSubmatch(block)[1] }

// The three charts count what the records say.
func TestIndexCharts(t *testing.T) {
	out := build(t, incidents(), "INDEX.md")
	blocks := mermaidBlocks(out)
	if len(blocks) != 3 {
		t.Fatalf("got %d charts, want 3", len(blocks))
	}
	// Incidents: January SEV1+SEV2, nothing in February, March SEV2 and
	// one without severity; stacked from SEV1 at the bottom, so the
	// series drawn first is the total and the last is SEV1 alone.
	if got := chartLabels(blocks[0]); got != `"2026-01", "2026-02", "2026-03"` {
		t.Errorf("incident months %s", got)
	}
	want := [][]float64{{2, 0, 2}, {2, 0, 1}, {1, 0, 0}, {0, 0, 0}} // and the base
	if got := series(t, blocks[0]); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("incident series %v, want %v", got, want)
	}
	if !strings.Contains(string(out), "🟥 SEV1 · 🟧 SEV2 · ⬜ no severity\n") {
		t.Errorf("no legend SEV1, SEV2, no severity")
	}
	// Resolve: 3 h and 1 h in January (median, the lower: 1), 26.5 h in March.
	if got, want := series(t, blocks[1]), [][]float64{{1, 26.5}, {0, 0}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("resolve series %v, want %v", got, want)
	}
	// Open at each month's end: January 2 (one closes in February),
	// February 1, March 2; the done action without a closing day and
	// the dropped one are left out and said so.
	if got, want := series(t, blocks[2]), [][]float64{{2, 1, 2}, {0, 0, 0}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("open series %v, want %v", got, want)
	}
	if !strings.Contains(string(out), "2 actions left out") {
		t.Errorf("no note of the 2 actions left out")
	}
}

// A chart shows the latest 24 months at most.
func TestIndexChartsKeepTheLatestMonths(t *testing.T) {
	var recs []catalog.Record
	for i := range 30 {
		d := day("2024-01-15").AddDate(0, i, 0)
		recs = append(recs, catalog.Record{Path: "pm/" + d.Format(time.DateOnly) + ".md", Date: d})
	}
	got := strings.Split(chartLabels(mermaidBlocks(build(t, recs, "INDEX.md"))[0]), ", ")
	if len(got) != 24 || got[0] != `"2024-07"` || got[23] != `"2026-06"` {
		t.Errorf("got %d months %s … %s, want 24, 2024-07 … 2026-06", len(got), got[0], got[len(got)-1])
	}
}

// The whole index of a small set, as reviewed; `go test -update` rewrites
// it after a deliberate change.
func TestIndexGolden(t *testing.T) {
	got := build(t, incidents(), "docs/INDEX.md")
	const golden = "testdata/index.golden.md"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("index differs from %s (go test -update rewrites it):\n%s", golden, firstDiff(got, want))
	}
}
