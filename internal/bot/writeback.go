package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// errBranchRefuses says the branch refused a contents write: it is
// protected, or rules demand a pull request.
var errBranchRefuses = errors.New("the branch refuses direct writes")

// linkBranch is the branch a write-back pull request comes from.
func linkBranch(pull int) string { return fmt.Sprintf("postmortem-bot/link-issues-%d", pull) }

// issueNumbers maps path, then action key, to the issue linked.
func issueNumbers(actions []LinkedAction) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, la := range actions {
		if la.Issue == 0 {
			continue
		}
		if out[la.Path] == nil {
			out[la.Path] = map[string]int{}
		}
		out[la.Path][la.Key] = la.Issue
	}
	return out
}

// writeBack writes the issue numbers into the documents: one commit per
// document on the default branch, or a pull request when configured so
// or when the branch refuses the commit; nothing when write-back is off.
func (r *mergeRun) writeBack(ctx context.Context, docs []*mergeDoc, attempts int) error {
	numbers := issueNumbers(r.res.Actions)
	switch r.cfg.WriteBack {
	case config.WriteBackOff:
		return nil
	case config.WriteBackPullRequest:
		return r.writePull(ctx, docs, numbers, attempts)
	}
	for i, d := range docs {
		err := r.commitDoc(ctx, d, r.req.DefaultBranch, numbers[d.Path], attempts)
		if errors.Is(err, errBranchRefuses) {
			return r.writePull(ctx, docs[i:], numbers, attempts)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// commitDoc commits d with numbers (by action key) on branch. A 409
// means the file changed since it was read: it is read again, parsed
// again, and the numbers applied again by key, never overwriting the
// other change; at most attempts times. A 409 with the file unchanged,
// or a 422, means the branch refuses the write (errBranchRefuses).
func (r *mergeRun) commitDoc(ctx context.Context, d *mergeDoc, branch string, numbers map[string]int, attempts int) error {
	for attempt := 1; ; attempt++ {
		content, linked := linkedSource(d, numbers)
		if content == nil {
			return nil
		}
		opts := &github.RepositoryContentFileOptions{
			Message: github.String(linkMessage(linked)), Content: content,
			SHA: github.String(d.SHA), Branch: github.String(branch),
		}
		res, resp, err := r.gh.Repositories.UpdateFile(ctx, r.req.Owner, r.req.Repo, d.Path, opts)
		if err == nil {
			r.res.Commits = append(r.res.Commits, res.Commit.GetSHA())
			return nil
		}
		if isStatus(resp, http.StatusUnprocessableEntity) {
			return errBranchRefuses
		}
		if !isStatus(resp, http.StatusConflict) || attempt >= attempts {
			return mergeErr(r.req, "writing issue numbers into "+d.Path, err)
		}
		if d, err = r.reread(ctx, d, branch); d == nil || err != nil {
			return err
		}
	}
}

// reread reads d again from branch after a 409: nil when the file is
// gone, errBranchRefuses when it did not change (the conflict was not
// about the file).
func (r *mergeRun) reread(ctx context.Context, d *mergeDoc, branch string) (*mergeDoc, error) {
	fresh, err := readDocAt(ctx, r.gh, r.req, r.cfg, d.Path, branch)
	if err != nil || fresh == nil {
		return nil, err
	}
	if fresh.SHA == d.SHA {
		return nil, errBranchRefuses
	}
	return fresh, nil
}

// linkedSource is d's source with each action that has no issue and
// whose key numbers names given that number, and the numbers written;
// nil when there is nothing to write. An action whose edit would not
// read back is left alone (its issue stays findable by its marker).
func linkedSource(d *mergeDoc, numbers map[string]int) ([]byte, []int) {
	var edits []postmortem.ActionEdit
	for i, a := range d.Doc.Actions {
		if n, ok := numbers[d.Keys[i]]; ok && a.Issue == 0 {
			edits = append(edits, postmortem.ActionEdit{Action: i, Issue: github.Int(n)})
		}
	}
	out, err := d.Doc.Edit(edits...)
	if err != nil {
		edits = editsThatApply(d.Doc, edits)
		out, err = d.Doc.Edit(edits...)
	}
	if err != nil || len(edits) == 0 {
		return nil, nil
	}
	linked := make([]int, len(edits))
	for i, e := range edits {
		linked[i] = *e.Issue
	}
	sort.Ints(linked)
	return out, linked
}

// editsThatApply keeps the edits that doc accepts one at a time.
func editsThatApply(doc *postmortem.Document, edits []postmortem.ActionEdit) []postmortem.ActionEdit {
	var ok []postmortem.ActionEdit
	for _, e := range edits {
		if _, err := doc.Edit(e); err == nil {
			ok = append(ok, e)
		}
	}
	return ok
}

// linkMessage is the write-back commit message.
func linkMessage(numbers []int) string {
	refs := make([]string, len(numbers))
	for i, n := range numbers {
		refs[i] = fmt.Sprintf("#%d", n)
	}
	return "docs(postmortem): link action issues " + strings.Join(refs, ", ")
}

// writePull writes the numbers on the branch linkBranch(pull), made from
// the default branch if missing, and opens a pull request from it. A
// branch or pull request left by an earlier run is reused.
func (r *mergeRun) writePull(ctx context.Context, docs []*mergeDoc, numbers map[string]map[string]int, attempts int) error {
	branch := linkBranch(r.req.PullNumber)
	if err := r.ensureBranch(ctx, branch); err != nil {
		return err
	}
	for _, d := range docs {
		onBranch, err := readDocAt(ctx, r.gh, r.req, r.cfg, d.Path, branch)
		if err != nil {
			return err
		}
		if onBranch == nil {
			continue
		}
		if err := r.commitDoc(ctx, onBranch, branch, numbers[d.Path], attempts); err != nil {
			return err
		}
	}
	return r.openLinkPull(ctx, branch)
}

// ensureBranch creates branch at the head of the default branch unless
// it exists.
func (r *mergeRun) ensureBranch(ctx context.Context, branch string) error {
	ref, _, err := r.gh.Git.GetRef(githubapp.Fresh(ctx), r.req.Owner, r.req.Repo, "heads/"+r.req.DefaultBranch)
	if err != nil {
		return mergeErr(r.req, "reading the head of "+r.req.DefaultBranch, err)
	}
	newRef := &github.Reference{Ref: github.String("refs/heads/" + branch), Object: &github.GitObject{SHA: ref.Object.SHA}}
	_, resp, err := r.gh.Git.CreateRef(ctx, r.req.Owner, r.req.Repo, newRef)
	if err != nil && !isStatus(resp, http.StatusUnprocessableEntity) { // 422: it exists
		return mergeErr(r.req, "creating branch "+branch, err)
	}
	return nil
}

// openLinkPull opens the write-back pull request from branch; a 422 (one
// is open already, or the branch has nothing to merge) is no error.
func (r *mergeRun) openLinkPull(ctx context.Context, branch string) error {
	np := &github.NewPullRequest{
		Title: github.String(fmt.Sprintf("Link post-mortem action issues (#%d)", r.req.PullNumber)),
		Head:  github.String(branch), Base: github.String(r.req.DefaultBranch),
		Body: github.String(fmt.Sprintf("Writes the numbers of the issues opened for the actions of the post-mortems merged in #%d into the documents. "+
			"Only the issue numbers change.", r.req.PullNumber)),
	}
	pr, resp, err := r.gh.PullRequests.Create(ctx, r.req.Owner, r.req.Repo, np)
	if isStatus(resp, http.StatusUnprocessableEntity) {
		return nil
	}
	if err != nil {
		return mergeErr(r.req, "opening the write-back pull request", err)
	}
	r.res.PullRequest = pr.GetNumber()
	return nil
}
