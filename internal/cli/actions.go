package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// actionJSON is one action in `actions --format json`; absent values are
// "" or 0. Done is true for an item finished and for one closed without
// being done (dropped, cancelled, won't do), as the README says: neither
// is work to follow. State tells them apart: "open", "done" or "not
// planned".
type actionJSON struct {
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

func runActions(env *Env, args []string) error {
	fs := newFlags("actions", "FILE", env.Stderr)
	format := fs.String("format", "text", "output `format`: text or json")
	cfgPath := fs.String("config", "", "configuration `file` (default .github/postmortem.yml when present)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if err := oneOf("format", *format, "text", "json"); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want exactly one FILE, got %d arguments", fs.NArg())
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		return err
	}
	doc, err := readDocument(env, fs.Arg(0), cfg.ParseOptions())
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeActionsJSON(env.Stdout, doc)
	}
	return writeActionsText(env.Stdout, doc)
}

// maxActionsSize is the largest file actions reads; a larger one is an
// error rather than a truncated document.
const maxActionsSize = 64 << 20

func readDocument(env *Env, path string, opt postmortem.Options) (*postmortem.Document, error) {
	var src []byte
	info, err := os.Stat(env.path(path))
	if err == nil && info.Size() <= maxActionsSize {
		src, err = readLimited(env.path(path), maxActionsSize+1)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, unwrapPathError(err))
	}
	if info.Size() > maxActionsSize || len(src) > maxActionsSize {
		return nil, fmt.Errorf("%s: larger than %d MiB: not read as a post-mortem", path, maxActionsSize>>20)
	}
	doc, err := postmortem.Parse(src, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// stepJSON is a step the document records as done: not an action.
type stepJSON struct {
	Text string `json:"text"`
	Line int    `json:"line"`
}

func writeActionsJSON(w io.Writer, doc *postmortem.Document) error {
	out := struct {
		Actions []actionJSON `json:"actions"`
		Steps   []stepJSON   `json:"steps"`
	}{Actions: []actionJSON{}, Steps: []stepJSON{}}
	for _, a := range doc.Actions {
		out.Actions = append(out.Actions, toJSON(a))
	}
	for _, s := range doc.Steps {
		out.Steps = append(out.Steps, stepJSON{Text: s.Text, Line: s.Line})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func toJSON(a postmortem.Action) actionJSON {
	due := ""
	if !a.Due.IsZero() {
		due = a.Due.Format("2006-01-02")
	}
	return actionJSON{Title: a.Title, Owner: a.Owner, Due: due, Priority: a.Priority,
		Milestone: a.Milestone, Issue: a.Issue, Done: a.Status != postmortem.Open,
		State: strings.ToLower(a.Status.String()), Line: a.Line}
}

// writeActionsText prints one action a line:
// "12  [x] Title  @owner  due 2026-12-15  P1  milestone M  #123", then
// the steps read as already done: "7  done  Reverted the deploy  (a step
// already taken: no issue)".
func writeActionsText(w io.Writer, doc *postmortem.Document) error {
	var b strings.Builder
	if len(doc.Actions) == 0 {
		b.WriteString("no action items\n")
	}
	for _, a := range doc.Actions {
		fmt.Fprintf(&b, "%d\t%s %s", a.Line, box(a.Status), a.Title)
		for _, part := range actionParts(a) {
			b.WriteString("\t" + part)
		}
		b.WriteByte('\n')
	}
	for _, s := range doc.Steps {
		fmt.Fprintf(&b, "%d\tdone\t%s\t(a step already taken: no issue)\n", s.Line, s.Text)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func box(s postmortem.Status) string {
	switch s {
	case postmortem.Done:
		return "[x]"
	case postmortem.NotPlanned:
		return "[-]"
	}
	return "[ ]"
}

func actionParts(a postmortem.Action) []string {
	parts := []string{"owner: " + orNone(a.Owner, "@")}
	if a.Due.IsZero() {
		parts = append(parts, "due: "+orNone(a.DueRaw, ""))
	} else {
		parts = append(parts, "due: "+a.Due.Format("2006-01-02"))
	}
	parts = append(parts, "priority: "+orNone(a.Priority, ""))
	if a.Milestone != "" {
		parts = append(parts, "milestone: "+a.Milestone)
	}
	if a.Issue != 0 {
		parts = append(parts, fmt.Sprintf("#%d", a.Issue))
	}
	return parts
}

func orNone(s, prefix string) string {
	if s == "" {
		return "none"
	}
	return prefix + s
}
