package cli_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// action is one entry of `actions --format json`, as DESIGN.md gives it.
type action struct {
	Title     string `json:"title"`
	Owner     string `json:"owner"`
	Due       string `json:"due"`
	Priority  string `json:"priority"`
	Milestone string `json:"milestone"`
	Issue     int    `json:"issue"`
	Done      bool   `json:"done"`
	State     string `json:"state"`
	Line      int    `json:"line"`
}

// stated gives each wanted action without a state the one its done
// says: "done" or "open".
func stated(want []action) []action {
	out := slices.Clone(want)
	for i := range out {
		if out[i].State == "" {
			out[i].State = map[bool]string{true: "done", false: "open"}[out[i].Done]
		}
	}
	return out
}

// Expected values read off the sample files by hand.
var wantActions = map[string][]action{
	// Countermeasures table: Assignee, Target date, Priority, Milestone,
	// Ticket and Status columns.
	"front-matter.md": {
		{Title: "Refuse the alias swap when the new index holds less than 95% of the documents of the current one", Owner: "mateo-v", Due: "2026-10-30", Priority: "P1", Milestone: "Q4 search reliability", Issue: 4521, Line: 63},
		{Title: "Keep the previous index for 48 hours after a swap instead of deleting it right away", Owner: "yusuf-k", Due: "2026-10-15", Priority: "P1", Milestone: "Q4 search reliability", Issue: 4519, Done: true, Line: 64},
		{Title: "Alert the search on-call when the EU zero-result rate stays above 20% for 5 minutes", Owner: "ingrid-h", Due: "2026-11-06", Priority: "P2", Milestone: "Q4 search reliability", Line: 65},
		{Title: "Point the reindex job at the `docs-eu-replicas` pool instead of `docs-eu-replica-3`", Owner: "amara-o", Due: "2026-11-13", Priority: "P2", Line: 66},
	},
	// An Action items table (one empty Owner cell), then a Follow-ups task
	// list with issue numbers in parentheses and one ticked item.
	"table-actions.md": {
		{Title: "Switch `hook-dispatch` consumers to the cooperative-sticky assignor and commit offsets after each delivered message", Owner: "li-wen", Due: "2026-10-16", Priority: "P1", Issue: 806, Line: 66},
		{Title: "Add a load test at peak US traffic to the release checklist for any change to Kafka consumer settings", Due: "2026-10-23", Priority: "P2", Issue: 807, Line: 67},
		{Title: "Send an `Idempotency-Key` header with every webhook delivery and document it for merchants", Owner: "dmitri-v", Due: "2026-11-13", Priority: "P2", Issue: 809, Line: 68},
		{Title: "Alert when more than 1% of webhook deliveries in 10 minutes are repeats of an earlier delivery", Owner: "grace-o", Due: "2026-10-09", Priority: "P1", Issue: 810, Line: 69},
		{Title: "Send each affected merchant the list of duplicated event IDs", Owner: "grace-o", Due: "2026-10-02", Priority: "P1", Issue: 812, Done: true, Line: 73},
		{Title: "Refund the shipping cost of the 4 merchants who shipped goods twice", Owner: "dmitri-v", Due: "2026-10-09", Priority: "P2", Issue: 813, Line: 74},
		{Title: "Lower the webhook backlog alert threshold from 500,000 to 100,000 events", Owner: "li-wen", Due: "2026-10-07", Priority: "P2", Issue: 814, Line: 75},
	},
	// Free forms: parentheses, em-dash separators, a link in the title, a
	// "*" bullet after an HTML comment, assignee:/target:. Priorities are
	// upper-cased as written ("high" -> "HIGH").
	"mixed-forms.md": {
		{Title: "Add SLO burn alerts", Owner: "kenji-t", Due: "2026-12-01", Priority: "P2", Line: 67},
		{Title: "Rotate keys", Owner: "fatima", Due: "2026-11-30", Priority: "HIGH", Milestone: "Q4 hardening", Line: 70},
		{Title: "Refresh the `auth-edge` key set from the key service before a region takes traffic in a failover", Owner: "lena-m", Due: "2026-11-24", Priority: "P1", Line: 72},
		{Title: "Document failover", Owner: "sven", Due: "2026-12-20", Line: 76},
	},
	// The default template's task list.
	"clean-template.md": {
		{Title: "Add an alert that pages the commerce on-call when any `orders-db` replica lags by more than 60 seconds for 3 minutes", Owner: "hana-k", Due: "2026-11-20", Priority: "P1", Line: 80},
		{Title: "Change the load balancer health check of `orders-db` replicas to take a replica out of the pool when its replay lag exceeds 30 seconds", Owner: "tomas-r", Due: "2026-12-04", Priority: "P1", Line: 81},
		{Title: "Move the monthly finance export to a dedicated reporting replica that serves no customer traffic", Owner: "oskar-b", Due: "2026-12-15", Priority: "P2", Line: 82},
		{Title: "Add a \"replica lag\" section to the `orders-db` on-call runbook with the query to find the session holding up replay", Owner: "priya-n", Due: "2026-11-27", Priority: "P3", Line: 83},
	},
	"no-actions.md": {},
}

func TestActionsJSON(t *testing.T) {
	for file, want := range wantActions {
		want := stated(want)
		t.Run(file, func(t *testing.T) {
			r := run(t, "", "actions", "--format", "json", sample(file))
			if r.code != 0 {
				t.Fatalf("exit code: got %d, want 0\nstderr: %s", r.code, r.stderr)
			}
			var got struct {
				Actions []action `json:"actions"`
				Steps   []struct {
					Text string `json:"text"`
					Line int    `json:"line"`
				} `json:"steps"`
			}
			decodeStrict(t, r.stdout, &got)
			if got.Actions == nil {
				t.Errorf(`"actions": got null, want a list`)
			}
			if len(got.Actions) != len(want) {
				t.Errorf("actions: got %d, want %d\n%s", len(got.Actions), len(want), r.stdout)
			}
			for i := range min(len(got.Actions), len(want)) {
				if got.Actions[i] != want[i] {
					t.Errorf("action %d:\ngot  %+v\nwant %+v", i, got.Actions[i], want[i])
				}
			}
			lines := sampleLines(t, file)
			for _, a := range got.Actions {
				if a.Line < 1 || a.Line > len(lines) || !strings.Contains(stripLinks(lines[a.Line-1]), firstWords(a.Title)) {
					t.Errorf("%q: got line %d, want the line that holds it", a.Title, a.Line)
				}
			}
		})
	}
}

// stripLinks turns [text](url) into text, as titles do.
func stripLinks(s string) string {
	return regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`).ReplaceAllString(s, "$1")
}

func firstWords(s string) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(3, len(w))], " ")
}

func TestActionsText(t *testing.T) {
	r := run(t, "", "actions", sample("front-matter.md"))
	if r.code != 0 {
		t.Fatalf("exit code: got %d, want 0\nstderr: %s", r.code, r.stderr)
	}
	want := "63\t[ ] Refuse the alias swap when the new index holds less than 95% of the documents of the current one\towner: @mateo-v\tdue: 2026-10-30\tpriority: P1\tmilestone: Q4 search reliability\t#4521\n" +
		"64\t[x] Keep the previous index for 48 hours after a swap instead of deleting it right away\towner: @yusuf-k\tdue: 2026-10-15\tpriority: P1\tmilestone: Q4 search reliability\t#4519\n" +
		"65\t[ ] Alert the search on-call when the EU zero-result rate stays above 20% for 5 minutes\towner: @ingrid-h\tdue: 2026-11-06\tpriority: P2\tmilestone: Q4 search reliability\n" +
		"66\t[ ] Point the reindex job at the `docs-eu-replicas` pool instead of `docs-eu-replica-3`\towner: @amara-o\tdue: 2026-11-13\tpriority: P2\n"
	if r.stdout != want {
		t.Errorf("text:\ngot  %q\nwant %q", r.stdout, want)
	}

	// Every line has the same shape, absent values shown as "none".
	lineRe := regexp.MustCompile(`^(\d+)\t\[[ x-]\] [^\t]+\towner: (@\S+|none)\tdue: ([0-9]{4}-[0-9]{2}-[0-9]{2}|none|[^\t]+)\tpriority: ([^\t]+)(\tmilestone: [^\t]+)?(\t#\d+)?$`)
	for file, acts := range wantActions {
		r := run(t, "", "actions", sample(file))
		if r.code != 0 {
			t.Errorf("%s: exit code: got %d, want 0", file, r.code)
			continue
		}
		if len(acts) == 0 {
			if r.stdout != "no action items\n" {
				t.Errorf("%s: got %q, want %q", file, r.stdout, "no action items\n")
			}
			continue
		}
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		if len(lines) != len(acts) {
			t.Errorf("%s: got %d lines, want %d", file, len(lines), len(acts))
		}
		for _, l := range lines {
			if !lineRe.MatchString(l) {
				t.Errorf("%s: got line %q, want LINE\\t[ ] TITLE\\towner: …\\tdue: …\\tpriority: …", file, l)
			}
		}
	}
	r = run(t, "", "actions", sample("table-actions.md"))
	if !strings.Contains(r.stdout, "67\t[ ] Add a load test at peak US traffic to the release checklist for any change to Kafka consumer settings\towner: none\tdue: 2026-10-23\tpriority: P2\t#807\n") {
		t.Errorf("table-actions.md: got %q, want the row without owner shown with owner: none", r.stdout)
	}
	r = run(t, "", "actions", sample("mixed-forms.md"))
	if !strings.Contains(r.stdout, "76\t[ ] Document failover\towner: @sven\tdue: 2026-12-20\tpriority: none\n") {
		t.Errorf("mixed-forms.md: got %q, want the action without priority shown with priority: none", r.stdout)
	}
}

func TestActionsErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "binary.md", []byte("# T\x00\n"))
	writeFile(t, dir, "latin1.md", []byte("# Caf\xe9\n"))
	writeFile(t, dir, "huge.md", []byte("# Huge\n"))
	if err := os.Truncate(filepath.Join(dir, "huge.md"), 65<<20); err != nil { // sparse
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"no FILE", nil, "want exactly one FILE, got 0 arguments"},
		{"two FILEs", []string{"a.md", "b.md"}, "want exactly one FILE, got 2 arguments"},
		{"missing FILE", []string{"nope.md"}, "cannot read nope.md: no such file or directory"},
		{"directory", []string{"."}, "cannot read .: "},
		{"binary FILE", []string{"binary.md"}, "binary.md: "},
		{"not UTF-8", []string{"latin1.md"}, "latin1.md: "},
		{"too large", []string{"huge.md"}, "huge.md: larger than 64 MiB"},
		{"bad format", []string{"--format", "github", "a.md"}, `-format "github": want one of text, json`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, dir, append([]string{"actions"}, tt.args...)...)
			if r.code != 2 {
				t.Errorf("exit code: got %d, want 2", r.code)
			}
			if !strings.HasPrefix(r.stderr, "postmortem-bot actions: ") || !strings.Contains(r.stderr, tt.wantStderr) {
				t.Errorf("stderr: got %q, want postmortem-bot actions: …%s…", r.stderr, tt.wantStderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout: got %q, want nothing", r.stdout)
			}
		})
	}
}

// The repository's configuration can rename the action section.
func TestActionsConfigSections(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".github/postmortem.yml", []byte("sections:\n  remediation: [\"Things to do\"]\n"))
	writeFile(t, dir, "pm.md", []byte("# T\n\n## Things to do\n\n- [ ] Add an alert when lag exceeds 60 s — owner: @ana, due: 2026-12-01, priority: P1\n"))
	r := run(t, dir, "actions", "--format", "json", "pm.md")
	var got struct {
		Actions []action `json:"actions"`
		Steps   []struct {
			Text string `json:"text"`
			Line int    `json:"line"`
		} `json:"steps"`
	}
	decodeStrict(t, r.stdout, &got)
	want := stated([]action{{Title: "Add an alert when lag exceeds 60 s", Owner: "ana", Due: "2026-12-01", Priority: "P1", Line: 5}})
	if !slices.Equal(got.Actions, want) {
		t.Errorf("actions:\ngot  %+v\nwant %+v\nstderr: %s", got.Actions, want, r.stderr)
	}
}

// A step the document records as done is listed apart from the actions:
// it opens no issue. A ticked action stays an action, done.
func TestActionsListsStepsApart(t *testing.T) {
	dir := t.TempDir()
	got := actionsJSON(t, dir, "# T\n\n## Remediation\n\n- Reverted the deploy of `api` 4.2\n- [x] Add a lag alert — owner: @ana\n- Add a runbook for failovers — owner: @ben\n")
	want := stated([]action{{Title: "Add a lag alert", Owner: "ana", Done: true, Line: 6}, {Title: "Add a runbook for failovers", Owner: "ben", Line: 7}})
	if !slices.Equal(got.Actions, want) {
		t.Errorf("actions:\ngot  %+v\nwant %+v", got.Actions, want)
	}
	if len(got.Steps) != 1 || got.Steps[0].Line != 5 || !strings.HasPrefix(got.Steps[0].Text, "Reverted the deploy") {
		t.Errorf("steps: got %+v, want the revert on line 5", got.Steps)
	}
	text := run(t, dir, "actions", "pm.md").stdout
	if !strings.Contains(text, "5\tdone\tReverted the deploy of `api` 4.2\t(a step already taken: no issue)") {
		t.Errorf("text output lists no step:\n%s", text)
	}
}

// An item closed without being done is no work to follow: done, as the
// README's contract says, with the state "not planned" to tell it from
// one finished.
func TestActionsJSONNotPlanned(t *testing.T) {
	got := actionsJSON(t, t.TempDir(), "# T\n\n## Action items\n\n- [ ] Buy a bigger database server (not planned) — owner: @ana\n- [x] Add a lag alert — owner: @ana\n- [ ] Add a runbook for failovers — owner: @ben\n")
	want := []action{
		{Title: "Buy a bigger database server", Owner: "ana", Done: true, State: "not planned", Line: 5},
		{Title: "Add a lag alert", Owner: "ana", Done: true, State: "done", Line: 6},
		{Title: "Add a runbook for failovers", Owner: "ben", State: "open", Line: 7},
	}
	if !slices.Equal(got.Actions, want) {
		t.Errorf("actions:\ngot  %+v\nwant %+v", got.Actions, want)
	}
}

// actionsOutput is what `actions --format json` prints.
type actionsOutput struct {
	Actions []action `json:"actions"`
	Steps   []struct {
		Text string `json:"text"`
		Line int    `json:"line"`
	} `json:"steps"`
}

// actionsJSON writes src to pm.md in dir and decodes what `actions
// --format json` prints for it.
func actionsJSON(t *testing.T, dir, src string) actionsOutput {
	t.Helper()
	writeFile(t, dir, "pm.md", []byte(src))
	var got actionsOutput
	decodeStrict(t, run(t, dir, "actions", "--format", "json", "pm.md").stdout, &got)
	return got
}
