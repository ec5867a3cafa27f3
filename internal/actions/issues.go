package actions

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/mdtext"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// defuse makes text quoted from a document unreadable as an HTML comment,
// and so as a marker: a zero-width space after every "<!" of "<!--".
// Rendered, it looks the same.
func defuse(text string) string {
	return strings.ReplaceAll(text, "<!--", "<!\u200b--")
}

// commentRe matches an HTML comment, or an unclosed one to the end.
// It is compiled on first use, not at every start of the command line.
var commentRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?s)<!--.*?(?:-->|$)`) })

// findMarker returns the issue whose marker names path and key, 0 when
// none does. The repository's action issues are listed once per merge,
// by label rather than through search, which lags behind writes.
func (r *mergeRun) findMarker(ctx context.Context, path, key string) (int, error) {
	if err := r.readIssues(ctx); err != nil {
		return 0, err
	}
	if ai := r.issues.marker(path, key); ai != nil {
		return ai.Number, nil
	}
	return 0, nil
}

// readIssues lists the action issues once per run. The labels they
// carry exist, so the label list need not be read for them.
func (r *mergeRun) readIssues(ctx context.Context) error {
	if r.issues != nil {
		return nil
	}
	x, err := listActionIssues(ctx, r.gh, r.req.Owner, r.req.Repo, r.cfg.Labels.Action, r.req.Bot)
	if err != nil {
		return mergeErr(r.req, "listing action issues", err)
	}
	r.issues = x
	r.labels.Learn(x.labels)
	return nil
}

// openIssue opens the issue of action i of d and records it in la. An
// issue opened whose comment on its unassignable owner failed is still
// recorded, with the error.
func (r *mergeRun) openIssue(ctx context.Context, d *mergeDoc, i int, la *LinkedAction) error {
	plan, err := r.planIssue(ctx, d, i)
	if err != nil {
		return err
	}
	is, err := r.createIssue(ctx, plan)
	if err != nil {
		return err
	}
	if ai := newActionIssue(is, r.req.Bot); ai != nil && r.issues != nil {
		r.issues.add(ai) // the index shows the day it was opened
	}
	la.Issue, la.Assignee, la.Milestone, la.Labels = is.GetNumber(), plan.assignee, plan.milestoneTitle, plan.labels
	if plan.unassignable == "" {
		return nil
	}
	return r.commentUnassignable(ctx, is.GetNumber(), plan.unassignable)
}

// issuePlan is an issue to open.
type issuePlan struct {
	path, key      string // the marker's
	title, body    string
	labels         []string
	assignee       string // "" for none
	unassignable   string // the owner who could not be assigned, if any
	milestone      int    // 0 for none
	milestoneTitle string
}

// planIssue works out the issue of action i of d: text, labels, assignee
// and milestone, creating missing labels and milestones (unless dry).
func (r *mergeRun) planIssue(ctx context.Context, d *mergeDoc, i int) (*issuePlan, error) {
	a := d.Doc.Actions[i]
	due, dueNote := r.dueDate(d.Doc, a)
	p := &issuePlan{path: d.Path, key: d.Keys[i], title: issueTitle(a.Title), body: r.issueBody(d, i, dueNote)}
	var err error
	if p.labels, err = r.issueLabels(ctx, d.Doc, a); err != nil {
		return nil, err
	}
	if p.milestone, p.milestoneTitle, err = r.milestones.choose(ctx, r.cfg.Milestones.Policy, a.Milestone, due); err != nil {
		return nil, mergeErr(r.req, "choosing a milestone", err)
	}
	if a.Owner == "" {
		return p, nil
	}
	ok := validLogin(a.Owner)
	if r.labels.Dry { // a dry run opens nothing, so it asks
		if ok, err = r.canAssign(ctx, a.Owner); err != nil {
			return nil, err
		}
	}
	if ok {
		p.assignee = a.Owner
	} else {
		p.unassignable = a.Owner
	}
	return p, nil
}

// issueTitle is an action's title fit for an issue: without HTML comments
// (a title shows them as text, and they are no part of the action), at
// most 256 characters (GitHub's limit).
func issueTitle(title string) string {
	if t := strings.Join(strings.Fields(commentRe().ReplaceAllString(title, " ")), " "); t != "" {
		title = t
	}
	title = defuse(title)
	if r := []rune(title); len(r) > 256 {
		return string(r[:255]) + "…"
	}
	return title
}

// dueDate is the action's due date, or the default the configuration
// gives the incident's severity counted from the merge, with a sentence
// saying where the date came from; zero when there is neither.
func (r *mergeRun) dueDate(doc *postmortem.Document, a postmortem.Action) (time.Time, string) {
	if !a.Due.IsZero() {
		return a.Due, fmt.Sprintf("**Due:** %s, as the post-mortem says.", a.Due.Format(time.DateOnly))
	}
	sev := postmortem.NormalizeSeverity(doc.Severity)
	days, ok := r.cfg.DueIn(sev)
	if !ok {
		return time.Time{}, "**Due:** no date: the post-mortem gives none and the configuration sets no default for its severity."
	}
	due := r.now.UTC().Truncate(24*time.Hour).AddDate(0, 0, days)
	return due, fmt.Sprintf("**Due:** %s: the post-mortem gives no date, so the default for %s applies (%d days from the merge on %s, `due_days` in `.github/postmortem.yml`).",
		due.Format(time.DateOnly), cmpOrNone(sev), days, r.now.UTC().Format(time.DateOnly))
}

// cmpOrNone is s, or "an incident without a severity" when empty.
func cmpOrNone(s string) string {
	if s == "" {
		return "an incident without a severity"
	}
	return s
}

// issueBody is the body of the issue of action i of d: the action as
// written, a link to its line, the incident, the due date's origin and
// the hidden marker.
func (r *mergeRun) issueBody(d *mergeDoc, i int, dueNote string) string {
	a := d.Doc.Actions[i]
	var b strings.Builder
	text := defuse(strings.TrimSpace(d.Doc.Text(a.Span)))
	fence := codeFence(text)
	fmt.Fprintf(&b, "An action from a post-mortem, as written:\n\n%smarkdown\n%s\n%s\n", fence, text, fence)
	fmt.Fprintf(&b, "\n[`%s` line %d](%s)\n\n", d.Path, a.Line, r.lineURL(d.Path, a.Line))
	fmt.Fprintf(&b, "**Incident:** %s\n**Severity:** %s\n**Date:** %s\n%s\n\n", defuse(mdtext.Cell(d.Doc.Title)), defuse(mdtext.Cell(d.Doc.Severity)), defuse(mdtext.Cell(incidentDate(d.Doc))), dueNote)
	b.WriteString("The post-mortem is the record: the issue number is written next to the action, and closing, reopening or reassigning this issue updates it.\n\n")
	b.WriteString(repodocs.ActionMarker(d.Path, d.Keys[i]) + "\n")
	return b.String()
}

// codeFence is a fence of backticks longer than any run in text, so
// that the action shows as written, its @mentions notifying nobody.
func codeFence(text string) string {
	fence := "```"
	for strings.Contains(text, fence) {
		fence += "`"
	}
	return fence
}

// lineURL links to line of path on the default branch.
func (r *mergeRun) lineURL(path string, line int) string {
	base := r.req.RepoURL
	if base == "" {
		base = "https://github.com/" + r.req.Owner + "/" + r.req.Repo
	}
	return fmt.Sprintf("%s/blob/%s/%s#L%d", strings.TrimSuffix(base, "/"), r.req.DefaultBranch, path, line)
}

// incidentDate is the document's Date field, or the day its timeline
// starts.
func incidentDate(doc *postmortem.Document) string {
	if f, ok := doc.Field("date"); ok && f.Value != "" {
		return f.Value
	}
	if t, ok := doc.Time("start"); ok && !t.Time.IsZero() {
		return t.Time.Format(time.DateOnly)
	}
	return ""
}

// incidentTime is when the incident started, or else its Date, as the
// weekly figures read it.
func incidentTime(doc *postmortem.Document) (time.Time, bool) {
	if t := doc.TimeUTC(postmortem.FieldStart); !t.IsZero() {
		return t, true
	}
	f, _ := doc.Field(postmortem.FieldDate)
	d, err := time.Parse(time.DateOnly, f.Value)
	return d, err == nil
}

// canAssign reports whether login can be assigned issues in the
// repository, asking once per login and merge.
func (r *mergeRun) canAssign(ctx context.Context, login string) (bool, error) {
	if ok, seen := r.assignable[strings.ToLower(login)]; seen {
		return ok, nil
	}
	ok := validLogin(login)
	if ok {
		var err error
		if ok, _, err = r.gh.Issues.IsAssignee(ctx, r.req.Owner, r.req.Repo, login); err != nil {
			return false, mergeErr(r.req, "checking assignee "+login, err)
		}
	}
	r.assignable[strings.ToLower(login)] = ok
	return ok, nil
}

// loginRe is the form of a GitHub login (a bot's "[bot]" suffix
// included); owners written as names fail it.
// It is compiled on first use, not at every start of the command line.
var loginRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$`) })

// validLogin reports whether s can be a GitHub login.
func validLogin(s string) bool { return loginRe().MatchString(s) }

// createAttempts bounds the creations of one issue whose answers leave
// unknown whether it was opened.
const createAttempts = 3

// createIssue opens the issue plan describes. The owner is not checked
// beforehand (the review did that before the merge, and asking costs a
// call per owner): GitHub refuses an assignee who cannot be assigned
// with a 422 on assignees, and then the issue is opened without one,
// never lost.
//
// A POST is never repeated blindly: after an answer that leaves unknown
// whether the issue was opened (a 5xx, or none at all), the issue is
// looked for by its marker, and only when it is not there is it opened
// again, at most createAttempts times in all.
func (r *mergeRun) createIssue(ctx context.Context, p *issuePlan) (*github.Issue, error) {
	for attempt := 1; ; attempt++ {
		is, err := r.tryCreate(ctx, p)
		if err == nil || !unknownOutcome(ctx, err) {
			return is, r.openingErr(p, err)
		}
		found, ferr := r.openedIssue(ctx, p)
		if found != nil || ferr != nil {
			return found, r.openingErr(p, ferr)
		}
		if attempt == createAttempts {
			return nil, r.openingErr(p, fmt.Errorf("%w (%d attempts, none opened it)", err, attempt))
		}
		if err := r.pause(ctx, attempt); err != nil {
			return nil, r.openingErr(p, err)
		}
	}
}

// tryCreate makes one attempt at opening the issue, and a second without
// the assignee when GitHub refuses the assignee.
func (r *mergeRun) tryCreate(ctx context.Context, p *issuePlan) (*github.Issue, error) {
	is, _, err := r.gh.Issues.Create(ctx, r.req.Owner, r.req.Repo, p.request())
	if p.assignee != "" && repodocs.IsFieldError(err, "assignees") {
		p.unassignable, p.assignee = p.assignee, ""
		is, _, err = r.gh.Issues.Create(ctx, r.req.Owner, r.req.Repo, p.request())
	}
	return is, err
}

// openingErr names the issue in err; nil for nil.
func (r *mergeRun) openingErr(p *issuePlan, err error) error {
	if err == nil {
		return nil
	}
	return mergeErr(r.req, fmt.Sprintf("opening the issue %q", p.title), err)
}

// unknownOutcome reports whether err leaves unknown whether a POST did
// anything: a 5xx answer, or no answer (a dropped connection, a timeout
// of the request but not of ctx).
func unknownOutcome(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	var er *github.ErrorResponse
	if errors.As(err, &er) {
		return er.Response != nil && er.Response.StatusCode >= 500
	}
	var rl *github.RateLimitError
	var abuse *github.AbuseRateLimitError
	var retry *githubapp.RetryError
	return !errors.As(err, &rl) && !errors.As(err, &abuse) && !errors.As(err, &retry)
}

// openedIssue looks for the issue p would open, newest action issues
// first: the one an unanswered creation opened, or nil.
func (r *mergeRun) openedIssue(ctx context.Context, p *issuePlan) (*github.Issue, error) {
	var found *github.Issue
	opts := &github.IssueListByRepoOptions{State: "all", Sort: "created", Direction: "desc"}
	err := eachIssue(ctx, r.gh, r.req.Owner, r.req.Repo, r.cfg.Labels.Action, opts, func(is *github.Issue) bool {
		if ai := newActionIssue(is, r.req.Bot); ai != nil && ai.Path == p.path && ai.Key == p.key {
			found = is
		}
		return found == nil
	})
	if err != nil {
		return nil, fmt.Errorf("looking for it by its marker: %w", err)
	}
	return found, nil
}

// request is the issue request of p.
func (p *issuePlan) request() *github.IssueRequest {
	ir := &github.IssueRequest{Title: github.String(p.title), Body: github.String(p.body), Labels: &p.labels}
	if p.assignee != "" {
		ir.Assignees = &[]string{p.assignee}
	}
	if p.milestone != 0 {
		ir.Milestone = github.Int(p.milestone)
	}
	return ir
}

// commentUnassignable says on issue n why it has no assignee.
func (r *mergeRun) commentUnassignable(ctx context.Context, n int, login string) error {
	body := fmt.Sprintf("The post-mortem names `%s` as the owner of this action, but `%s` cannot be assigned issues in this repository "+
		"(not a GitHub login, or no access), so the issue is unassigned. Assign it by hand, or fix the owner in the post-mortem.", login, login)
	if _, _, err := r.comments.CreateComment(ctx, r.req.Owner, r.req.Repo, n, &github.IssueComment{Body: github.String(body)}); err != nil {
		return mergeErr(r.req, fmt.Sprintf("commenting on #%d", n), err)
	}
	return nil
}
