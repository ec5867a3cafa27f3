package weekly

import (
	"context"
	"regexp"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// docFacts is what the figures need of one post-mortem: its incident's
// severity and timeline.
type docFacts struct {
	Path, Title, Severity string
	// Start, Detect and End are the timeline in UTC, zero when unknown.
	Start, Detect, End time.Time
	// Date is the document's Date field, when it reads as a date.
	Date time.Time
}

// pathDateRe finds a date in a post-mortem's path, as `new` names files:
// postmortems/2026-11-03-replica-lag.md.
// It is compiled on first use, not at every start of the command line.
var pathDateRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`) })

// hintSlack covers the difference between a date written in one zone and
// an incident start read in another.
const hintSlack = 2 * 24 * time.Hour

// readIncidents returns the facts of the post-mortems whose incident may
// fall within the long window, and how many it fetched. A document is
// fetched only when nothing says its incident is older than the window:
// a date in its path or the Date its action issues carry (a post-mortem
// is named and dated on or after its incident, never before). Facts are
// remembered by blob SHA, which names the content: a later run fetches
// only documents that changed.
func (w *Weekly) readIncidents(ctx context.Context, gh *github.Client, req Request, cfg *config.Config, refs []repodocs.DocRef, actions []weeklyAction, clock weekClock) ([]docFacts, int, error) {
	key := req.Owner + "/" + req.Repo
	known, hints := w.remembered(key), issueDateHints(actions)
	next := map[string]docFacts{}
	var out []docFacts
	read := 0
	for _, ref := range refs {
		f, ok := known[ref.SHA]
		if !ok && olderThan(ref.Path, hints[ref.Path], clock.windowStart(longWindowWeeks)) {
			continue
		}
		if !ok {
			d, err := repodocs.ReadDocument(ctx, gh, req.Owner, req.Repo, cfg, ref.Path, req.DefaultBranch)
			if err != nil {
				return nil, read, err
			}
			read++
			if d == nil {
				continue // deleted since the tree was read
			}
			f = factsOf(ref.Path, d)
		}
		f.Path, next[ref.SHA] = ref.Path, f
		out = append(out, f)
	}
	w.remember(key, next)
	return out, read, nil
}

// remembered returns the facts known for the repository key.
func (w *Weekly) remembered(key string) map[string]docFacts {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.memo[key]
}

// remember replaces the facts known for the repository key, so that the
// memory holds only documents of the latest run.
func (w *Weekly) remember(key string, facts map[string]docFacts) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.memo == nil {
		w.memo = map[string]map[string]docFacts{}
	}
	w.memo[key] = facts
}

// issueDateHints maps a post-mortem's path to the latest Date its action
// issues carry.
func issueDateHints(actions []weeklyAction) map[string]time.Time {
	hints := map[string]time.Time{}
	for _, a := range actions {
		if t, err := time.Parse(time.DateOnly, a.Date); err == nil && t.After(hints[a.Doc]) {
			hints[a.Doc] = t
		}
	}
	return hints
}

// olderThan reports whether the incident of the post-mortem at path is
// known to be older than start: the earlier of the date in its path and
// the date its issues carry (each on or after the incident) is more than
// hintSlack before it.
func olderThan(path string, issueDate time.Time, start time.Time) bool {
	var pathDate time.Time
	if m := pathDateRe().FindString(path); m != "" {
		pathDate, _ = time.Parse(time.DateOnly, m)
	}
	hint := earlier(pathDate, issueDate)
	return !hint.IsZero() && hint.Add(hintSlack).Before(start)
}

// factsOf reads the facts of a parsed post-mortem.
func factsOf(path string, doc *postmortem.Document) docFacts {
	f := docFacts{
		Path: path, Title: doc.Title, Severity: postmortem.NormalizeSeverity(doc.Severity),
		Start: doc.TimeUTC(postmortem.FieldStart), Detect: doc.TimeUTC(postmortem.FieldDetect), End: doc.TimeUTC(postmortem.FieldEnd),
	}
	if v, ok := doc.Field(postmortem.FieldDate); ok {
		f.Date, _ = time.Parse(time.DateOnly, v.Value)
	}
	return f
}

// incidentTime is when the incident began: its start, or else its Date.
func (f docFacts) incidentTime() time.Time {
	if !f.Start.IsZero() {
		return f.Start
	}
	return f.Date
}
