package actions

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/mdtext"
)

// dryRunMarker marks the dry-run comment, so that a redelivered merge
// does not post it twice.
const dryRunMarker = "<!-- postmortem-bot:merge-dry-run -->"

// dryRun works out what the merge would open and write and says so in a
// comment on the pull request; it writes nothing else. Reads (labels,
// milestones, assignees, markers) happen as in a real run.
func (r *mergeRun) dryRun(ctx context.Context, docs []*mergeDoc) (*MergeResult, error) {
	r.labels.Dry, r.milestones.dry = true, true
	var rows []string
	for _, d := range docs {
		for _, i := range d.Pending {
			row, err := r.dryAction(ctx, d, i)
			if err != nil {
				return r.res, err
			}
			rows = append(rows, row)
		}
	}
	posted, err := r.dryRunPosted(ctx)
	if err != nil || posted {
		return r.res, err
	}
	body := r.dryRunBody(docs, rows)
	c, _, err := r.comments.CreateComment(ctx, r.req.Owner, r.req.Repo, r.req.PullNumber, &github.IssueComment{Body: github.String(body)})
	if err != nil {
		return r.res, mergeErr(r.req, "commenting the dry run", err)
	}
	r.res.DryRunComment = c.GetID()
	return r.res, nil
}

// dryAction plans action i of d and returns its table row.
func (r *mergeRun) dryAction(ctx context.Context, d *mergeDoc, i int) (string, error) {
	a := d.Doc.Actions[i]
	if err := r.readIssues(ctx); err != nil {
		return "", err
	}
	la := LinkedAction{Path: d.Path, Key: d.key(r.issues, i), Title: a.Title, Line: a.Line}
	n, err := r.findMarker(ctx, d.Path, la.Key)
	if err != nil {
		return "", err
	}
	if n != 0 {
		la.Issue, la.Reused = n, true
		r.res.Actions = append(r.res.Actions, la)
		return fmt.Sprintf("| `%s` | %d | %s | link #%d (already open) | | | |", d.Path, a.Line, mdtext.Cell(a.Title), n), nil
	}
	p, err := r.planIssue(ctx, d, i)
	if err != nil {
		return "", err
	}
	la.Assignee, la.Milestone, la.Labels = p.assignee, p.milestoneTitle, p.labels
	r.res.Actions = append(r.res.Actions, la)
	who := "none"
	if p.assignee != "" {
		who = "`@" + p.assignee + "`" // in code: a dry run notifies nobody
	}
	if p.unassignable != "" {
		who = fmt.Sprintf("none: `%s` cannot be assigned", p.unassignable)
	}
	return fmt.Sprintf("| `%s` | %d | %s | open | %s | %s | %s |", d.Path, a.Line, mdtext.Cell(a.Title), who, mdtext.Cell(p.milestoneTitle), mdtext.Cell(strings.Join(p.labels, ", "))), nil
}

// dryRunBody is the dry-run comment.
func (r *mergeRun) dryRunBody(docs []*mergeDoc, rows []string) string {
	var b strings.Builder
	b.WriteString("**Dry run** (`dry_run: true` in `" + config.Path + "`): nothing was changed. Without it, this merge would:\n\n")
	b.WriteString("| Post-mortem | Line | Action | Issue | Assignee | Milestone | Labels |\n| --- | ---: | --- | --- | --- | --- | --- |\n")
	b.WriteString(strings.Join(rows, "\n") + "\n")
	if len(r.labels.WouldCreate) > 0 {
		fmt.Fprintf(&b, "\nCreate the labels %s.\n", codeList(r.labels.WouldCreate))
	}
	if len(r.milestones.wouldCreate) > 0 {
		fmt.Fprintf(&b, "\nCreate the milestones %s.\n", codeList(r.milestones.wouldCreate))
	}
	paths := make([]string, len(docs))
	for i, d := range docs {
		paths[i] = d.Path
	}
	fmt.Fprintf(&b, "\n%s\n\n%s\n", r.writeBackPlan(codeList(paths)), dryRunMarker)
	return b.String()
}

// writeBackPlan says how the numbers would be written into paths.
func (r *mergeRun) writeBackPlan(paths string) string {
	switch r.cfg.WriteBack {
	case config.WriteBackOff:
		return "Leave " + paths + " alone (`write_back: off`)."
	case config.WriteBackPullRequest:
		return fmt.Sprintf("Write the issue numbers into %s through a pull request from `%s`.", paths, linkBranch(r.req.PullNumber))
	}
	return fmt.Sprintf("Write the issue numbers into %s with a commit on `%s` (a pull request if the branch is protected).", paths, r.req.DefaultBranch)
}

// codeList is `a`, `b` and `c`.
func codeList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = "`" + s + "`"
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

// dryRunPosted reports whether the pull request already has the
// dry-run comment (a redelivered merge).
func (r *mergeRun) dryRunPosted(ctx context.Context) (bool, error) {
	posted, err := hasMarkedComment(ctx, r.comments, r.req.Owner, r.req.Repo, r.req.PullNumber, dryRunMarker)
	if err != nil {
		return false, mergeErr(r.req, "listing comments", err)
	}
	return posted, nil
}
