package actions

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// errBranchRefuses says the branch refused a contents write: it is
// protected, or rules demand a pull request.
var errBranchRefuses = errors.New("the branch refuses direct writes")

// linkBranch is the branch a write-back pull request comes from.
func linkBranch(pull int) string { return fmt.Sprintf("postmortem-bot/link-issues-%d", pull) }

// syncBranch is the branch the writes of tracking and reconciling go to
// when the default branch refuses them; one, reused while its pull
// request is open.
const syncBranch = "postmortem-bot/follow-issues"

// pullBranch is the branch this run's write-back pull request comes from.
func (r *mergeRun) pullBranch() string {
	if r.req.PullNumber == 0 {
		return syncBranch
	}
	return linkBranch(r.req.PullNumber)
}

// linkPlans are the plans linking actions to their issues, by path.
func linkPlans(actions []LinkedAction) map[string]*syncPlan {
	out := map[string]*syncPlan{}
	for _, la := range actions {
		if la.Issue == 0 {
			continue
		}
		if out[la.Path] == nil {
			out[la.Path] = &syncPlan{numbers: map[string]int{}}
		}
		out[la.Path].numbers[la.Key] = la.Issue
	}
	return out
}

// writeBack writes the issue numbers into the documents: one commit per
// document on the default branch, or a pull request when configured so
// or when the branch refuses the commit; nothing when write-back is off.
func (r *mergeRun) writeBack(ctx context.Context, docs []*mergeDoc, attempts int) error {
	return r.writePlans(ctx, docs, linkPlans(r.res.Actions), attempts)
}

// writePlans writes each document's plan: one commit per document on the
// default branch, or a pull request when configured so or when the
// branch refuses the commit; nothing when write-back is off. With an
// index configured, the documents and the index go in one commit.
func (r *mergeRun) writePlans(ctx context.Context, docs []*mergeDoc, plans map[string]*syncPlan, attempts int) error {
	switch r.cfg.WriteBack {
	case config.WriteBackOff:
		return nil
	case config.WriteBackPullRequest:
		return r.writePull(ctx, docs, plans, attempts)
	}
	if r.cfg.Index != "" {
		err := r.commitTree(ctx, docs, r.req.DefaultBranch, plans, attempts)
		if errors.Is(err, errBranchRefuses) {
			return r.writePull(ctx, docs, plans, attempts)
		}
		return err
	}
	for i, d := range docs {
		err := r.commitDoc(ctx, d, r.req.DefaultBranch, plans[d.Path], attempts)
		if errors.Is(err, errBranchRefuses) {
			return r.writePull(ctx, docs[i:], plans, attempts)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// commitDoc commits d with plan applied on branch. A 409 means the file
// changed since it was read: it is read again, parsed again, and the
// plan applied again (numbers by action key, states by issue number),
// never overwriting the other change; at most attempts times. A 409 with the file unchanged,
// or a 422, means the branch refuses the write (errBranchRefuses).
func (r *mergeRun) commitDoc(ctx context.Context, d *mergeDoc, branch string, plan *syncPlan, attempts int) error {
	if plan == nil {
		return nil
	}
	for attempt := 1; ; attempt++ {
		content, notes := plan.apply(d)
		if content == nil {
			return nil
		}
		opts := &github.RepositoryContentFileOptions{
			Message: github.String(syncMessage(notes)), Content: content,
			SHA: github.String(d.SHA), Branch: github.String(branch),
		}
		res, resp, err := r.gh.Repositories.UpdateFile(ctx, r.req.Owner, r.req.Repo, d.Path, opts)
		if err == nil {
			r.res.Commits = append(r.res.Commits, res.Commit.GetSHA())
			return nil
		}
		if refusesWrites(err) {
			return errBranchRefuses
		}
		if !repodocs.IsStatus(resp, http.StatusConflict) || attempt >= attempts {
			return mergeErr(r.req, "writing "+d.Path, err)
		}
		if d, err = r.reread(ctx, d, branch, attempt); d == nil || err != nil {
			return err
		}
	}
}

// refusesWrites reports whether err is the branch refusing direct
// writes: protected, or ruled to take pull requests only. GitHub says so
// in the message of a 409 (or a 422 for rule sets); any other 409 is a
// conflict to retry.
func refusesWrites(err error) bool {
	var er *github.ErrorResponse
	if !errors.As(err, &er) || er.Response == nil {
		return false
	}
	if code := er.Response.StatusCode; code != http.StatusConflict && code != http.StatusUnprocessableEntity {
		return false
	}
	msg := strings.ToLower(er.Message)
	return strings.Contains(msg, "through a pull request") || strings.Contains(msg, "protected branch") ||
		strings.Contains(msg, "rule violation")
}

// reread reads d again from branch after a 409: nil when the file is
// gone. When the file did not change, the conflict came from another
// write to the repository at the same moment (GitHub serialises contents
// writes per branch): it waits a little and tries the same write again.
func (r *mergeRun) reread(ctx context.Context, d *mergeDoc, branch string, attempt int) (*mergeDoc, error) {
	fresh, err := readDocAt(ctx, r.gh, r.req, r.cfg, d.Path, branch)
	if err != nil || fresh == nil {
		return nil, err
	}
	if fresh.SHA == d.SHA {
		return d, r.wait(ctx, time.Duration(attempt)*conflictBackoff)
	}
	return fresh, nil
}

// conflictBackoff is the first wait before writing again after a 409
// that was not about the file.
const conflictBackoff = 250 * time.Millisecond

// sleepCtx waits d, or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// writePull writes the plans on the branch pullBranch() and opens a pull
// request from it. An open pull request from the branch is reused, the
// default branch merged into its branch first so that the documents
// added or changed there since are on it. Without one (never opened,
// merged or closed unmerged), the branch starts again from the head of
// the default branch: a merged pull request's commits are there already,
// and a closed one's were turned down. Only the documents whose plan
// changes their copy on the default branch are written.
func (r *mergeRun) writePull(ctx context.Context, docs []*mergeDoc, plans map[string]*syncPlan, attempts int) error {
	docs = changedDocs(docs, plans)
	if len(docs) == 0 {
		return nil
	}
	branch := r.pullBranch()
	open, err := r.openPullFrom(ctx, branch)
	if err != nil {
		return err
	}
	if err := r.prepareBranch(ctx, branch, open); err != nil {
		return err
	}
	before := len(r.res.Commits)
	if err := r.writeOnBranch(ctx, docs, branch, plans, attempts); err != nil {
		return err
	}
	switch {
	case open != 0:
		r.res.PullRequest = open
	case len(r.res.Commits) > before: // else the branch is the default branch's head
		return r.openLinkPull(ctx, branch)
	}
	return nil
}

// changedDocs keeps the documents of docs, read from the default branch,
// that their plan changes.
func changedDocs(docs []*mergeDoc, plans map[string]*syncPlan) []*mergeDoc {
	var out []*mergeDoc
	for _, d := range docs {
		if plans[d.Path] == nil {
			continue
		}
		if content, _ := plans[d.Path].apply(d); content != nil {
			out = append(out, d)
		}
	}
	return out
}

// openPullFrom returns the number of the open pull request from branch
// into the default branch, 0 when there is none. GitHub allows one.
func (r *mergeRun) openPullFrom(ctx context.Context, branch string) (int, error) {
	opts := &github.PullRequestListOptions{State: "open", Head: r.req.Owner + ":" + branch, Base: r.req.DefaultBranch}
	prs, _, err := r.gh.PullRequests.List(githubapp.Fresh(ctx), r.req.Owner, r.req.Repo, opts)
	if err != nil {
		return 0, mergeErr(r.req, "looking for the pull request from "+branch, err)
	}
	if len(prs) == 0 {
		return 0, nil
	}
	return prs[0].GetNumber(), nil
}

// prepareBranch readies branch for this run's writes: the default branch
// is merged into it while its pull request (open) is open; otherwise it
// is set to the default branch's head, created if missing.
func (r *mergeRun) prepareBranch(ctx context.Context, branch string, open int) error {
	if open != 0 {
		return r.mergeDefaultInto(ctx, branch)
	}
	head, err := r.defaultHead(ctx)
	if err != nil {
		return err
	}
	created, err := r.ensureBranch(ctx, branch, head)
	if err != nil || created {
		return err
	}
	if _, _, err := r.gh.Git.UpdateRef(ctx, r.req.Owner, r.req.Repo, branchRef(branch, head), true); err != nil {
		return mergeErr(r.req, "resetting branch "+branch+" to "+r.req.DefaultBranch, err)
	}
	return nil
}

// mergeDefaultInto merges the default branch into branch: 201 merged,
// 204 nothing to merge. A conflict (409: the same document changed on
// both since they parted) leaves the branch as it is: its pull request
// shows the conflict for a person to resolve, and the writes go on over
// the branch's copies; a document that is only on the default branch is
// then missing there, an error until the conflict is resolved.
func (r *mergeRun) mergeDefaultInto(ctx context.Context, branch string) error {
	req := &github.RepositoryMergeRequest{Base: github.String(branch), Head: github.String(r.req.DefaultBranch)}
	_, resp, err := r.gh.Repositories.Merge(ctx, r.req.Owner, r.req.Repo, req)
	if err != nil && !repodocs.IsStatus(resp, http.StatusConflict) {
		return mergeErr(r.req, "merging "+r.req.DefaultBranch+" into "+branch, err)
	}
	return nil
}

// defaultHead is the commit SHA at the head of the default branch.
func (r *mergeRun) defaultHead(ctx context.Context) (string, error) {
	ref, _, err := r.gh.Git.GetRef(githubapp.Fresh(ctx), r.req.Owner, r.req.Repo, "heads/"+r.req.DefaultBranch)
	if err != nil {
		return "", mergeErr(r.req, "reading the head of "+r.req.DefaultBranch, err)
	}
	return ref.GetObject().GetSHA(), nil
}

// ensureBranch creates branch at sha and reports whether it did; a 422
// saying the reference exists already is no error.
func (r *mergeRun) ensureBranch(ctx context.Context, branch, sha string) (bool, error) {
	_, resp, err := r.gh.Git.CreateRef(ctx, r.req.Owner, r.req.Repo, branchRef(branch, sha))
	switch {
	case err == nil:
		return true, nil
	case repodocs.IsStatus(resp, http.StatusUnprocessableEntity) && errorSays(err, "already exists"):
		return false, nil
	}
	return false, mergeErr(r.req, "creating branch "+branch, err)
}

// branchRef is the reference of branch at sha.
func branchRef(branch, sha string) *github.Reference {
	return &github.Reference{Ref: github.String("refs/heads/" + branch), Object: &github.GitObject{SHA: github.String(sha)}}
}

// writeOnBranch writes the plans of docs on branch: a commit per
// document, or with an index configured one commit of the documents and
// the index.
func (r *mergeRun) writeOnBranch(ctx context.Context, docs []*mergeDoc, branch string, plans map[string]*syncPlan, attempts int) error {
	if r.cfg.Index != "" {
		return r.commitTree(ctx, docs, branch, plans, attempts)
	}
	for _, d := range docs {
		if err := r.commitOnBranch(ctx, d, branch, plans[d.Path], attempts); err != nil {
			return err
		}
	}
	return nil
}

// commitOnBranch writes plan into d's copy on branch. A copy missing
// there is an error, not a skip: later runs find the issues by their
// marker and would never write the numbers.
func (r *mergeRun) commitOnBranch(ctx context.Context, d *mergeDoc, branch string, plan *syncPlan, attempts int) error {
	onBranch, err := readDocAt(ctx, r.gh, r.req, r.cfg, d.Path, branch)
	if err != nil {
		return err
	}
	if onBranch == nil {
		return mergeErr(r.req, "writing "+d.Path, fmt.Errorf("the document is missing on branch %s", branch))
	}
	return r.commitDoc(ctx, onBranch, branch, plan, attempts)
}

// openLinkPull opens the write-back pull request from branch. A 422
// saying one exists already (opened since openPullFrom looked) reports
// that one; any other 422 is an error.
func (r *mergeRun) openLinkPull(ctx context.Context, branch string) error {
	title, body := "Update post-mortems from their action issues",
		"Writes what the action issues show (issue numbers, done or open, owners, milestones) into the post-mortems, "+
			"because the default branch refuses the app's commits or the configuration asks for pull requests."
	if r.req.PullNumber != 0 {
		title = fmt.Sprintf("Link post-mortem action issues (#%d)", r.req.PullNumber)
		body = fmt.Sprintf("Writes the numbers of the issues opened for the actions of the post-mortems merged in #%d into the documents. "+
			"Only the issue numbers change.", r.req.PullNumber)
	}
	np := &github.NewPullRequest{Title: github.String(title), Head: github.String(branch),
		Base: github.String(r.req.DefaultBranch), Body: github.String(body)}
	pr, resp, err := r.gh.PullRequests.Create(ctx, r.req.Owner, r.req.Repo, np)
	if repodocs.IsStatus(resp, http.StatusUnprocessableEntity) && errorSays(err, "already exists") {
		r.res.PullRequest, err = r.openPullFrom(ctx, branch)
		return err
	}
	if err != nil {
		return mergeErr(r.req, "opening the write-back pull request", err)
	}
	r.res.PullRequest = pr.GetNumber()
	return nil
}

// errorSays reports whether GitHub's error err says text, in its message
// or the message of one of its field errors, ignoring case.
func errorSays(err error, text string) bool {
	var er *github.ErrorResponse
	if !errors.As(err, &er) {
		return false
	}
	msgs := []string{er.Message}
	for _, e := range er.Errors {
		msgs = append(msgs, e.Message)
	}
	for _, m := range msgs {
		if strings.Contains(strings.ToLower(m), strings.ToLower(text)) {
			return true
		}
	}
	return false
}
