package actions

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// errNotFastForward is a reference update refused because the branch
// moved since its head was read.
var errNotFastForward = errors.New("the branch moved on")

// branchTree is a branch's head as a write reads it: the commit, its root
// tree and the files in it.
type branchTree struct {
	head, tree string
	files      map[string]treeFile // by path
}

// isDir reports whether p is a folder of bt.
func (bt *branchTree) isDir(p string) bool {
	for f := range bt.files {
		if strings.HasPrefix(f, p+"/") {
			return true
		}
	}
	return false
}

// treeFile is a file of a tree: its blob and mode.
type treeFile struct{ sha, mode string }

// treeWrite is what one commit writes: files by path, the notes of the
// documents' edits, and whether the index is among the files.
type treeWrite struct {
	files map[string][]byte
	notes []string
	index bool
}

// commitTree writes the plans of docs, and the index when the
// configuration names one, in one commit on branch through the git
// database: the branch's head and tree are read, the documents edited as
// the tree holds them (read again where they changed since docs were
// read), and the branch moved to the new commit only as a fast forward.
// When the branch moved meanwhile, everything is read and applied again,
// at most attempts times. A branch that refuses the update gives
// errBranchRefuses.
func (r *mergeRun) commitTree(ctx context.Context, docs []*mergeDoc, branch string, plans map[string]*syncPlan, attempts int) error {
	if !r.indexAlone && len(changedDocs(docs, plans)) == 0 {
		return nil // as the contents writes: a plan that changes nothing costs nothing
	}
	for attempt := 1; ; attempt++ {
		err := r.commitTreeOnce(ctx, docs, branch, plans)
		switch {
		case err == nil:
			return nil
		case refusesWrites(err):
			return errBranchRefuses
		case !errors.Is(err, errNotFastForward) || attempt >= attempts:
			return err
		}
	}
}

// commitTreeOnce is one attempt of commitTree.
func (r *mergeRun) commitTreeOnce(ctx context.Context, docs []*mergeDoc, branch string, plans map[string]*syncPlan) error {
	bt, err := r.readBranchTree(ctx, branch)
	if err != nil || r.refusedIndexAt(bt.head) {
		return err
	}
	r.head = bt.head
	w, err := r.treeWrites(ctx, bt, docs, branch, plans)
	if err != nil || (len(w.files) == 0 && !r.indexAlone) {
		return err
	}
	if err := r.addIndex(ctx, bt, w, slices.Concat(docs, r.read)); err != nil || len(w.files) == 0 {
		return err
	}
	sha, err := r.createTreeCommit(ctx, bt, w)
	if err != nil {
		return err
	}
	_, resp, err := r.gh.Git.UpdateRef(ctx, r.req.Owner, r.req.Repo, branchRef(branch, sha), false)
	switch {
	case err == nil:
		r.res.Commits = append(r.res.Commits, sha)
		return nil
	case repodocs.IsStatus(resp, http.StatusUnprocessableEntity) && errorSays(err, "fast forward"):
		err = fmt.Errorf("%w: %w", errNotFastForward, err)
	}
	return mergeErr(r.req, "moving "+branch+" to the write-back commit", err)
}

// readBranchTree reads the head of branch, its commit and the commit's
// whole tree: the head fresh, the commit and tree (named by their SHA,
// so never stale) from the cache when there.
func (r *mergeRun) readBranchTree(ctx context.Context, branch string) (*branchTree, error) {
	ref, _, err := r.gh.Git.GetRef(githubapp.Fresh(ctx), r.req.Owner, r.req.Repo, "heads/"+branch)
	if err != nil {
		return nil, mergeErr(r.req, "reading the head of "+branch, err)
	}
	bt := &branchTree{head: ref.GetObject().GetSHA(), files: map[string]treeFile{}}
	commit, _, err := r.gh.Git.GetCommit(ctx, r.req.Owner, r.req.Repo, bt.head)
	if err != nil {
		return nil, mergeErr(r.req, "reading commit "+bt.head, err)
	}
	bt.tree = commit.GetTree().GetSHA()
	tree, _, err := r.gh.Git.GetTree(ctx, r.req.Owner, r.req.Repo, bt.tree, true)
	if err != nil {
		return nil, mergeErr(r.req, "listing the files of "+branch, err)
	}
	if tree.GetTruncated() {
		return nil, mergeErr(r.req, "listing the files of "+branch, errors.New("the tree is too large for one answer"))
	}
	for _, e := range tree.Entries {
		if e.GetType() == "blob" {
			bt.files[e.GetPath()] = treeFile{sha: e.GetSHA(), mode: e.GetMode()}
		}
	}
	return bt, nil
}

// treeWrites applies each document's plan to its copy in bt.
func (r *mergeRun) treeWrites(ctx context.Context, bt *branchTree, docs []*mergeDoc, branch string, plans map[string]*syncPlan) (*treeWrite, error) {
	w := &treeWrite{files: map[string][]byte{}}
	for _, d := range docs {
		if plans[d.Path] == nil {
			continue
		}
		cur, err := r.docInTree(ctx, bt, d, branch)
		if err != nil {
			return nil, err
		}
		if cur == nil {
			continue
		}
		if content, notes := plans[d.Path].apply(cur); content != nil {
			w.files[d.Path], w.notes = content, append(w.notes, notes...)
		}
	}
	return w, nil
}

// docInTree is d as bt holds it: d when the blob is the one read, else
// the blob read and parsed again; nil when the document is gone from the
// default branch. Missing on another branch, it is an error, as for
// commitOnBranch.
func (r *mergeRun) docInTree(ctx context.Context, bt *branchTree, d *mergeDoc, branch string) (*mergeDoc, error) {
	f, ok := bt.files[d.Path]
	switch {
	case !ok && branch == r.req.DefaultBranch:
		return nil, nil
	case !ok:
		return nil, mergeErr(r.req, "writing "+d.Path, fmt.Errorf("the document is missing on branch %s", branch))
	case f.sha == d.SHA:
		return d, nil
	}
	src, err := r.readBlob(ctx, f.sha)
	if err != nil {
		return nil, mergeErr(r.req, "reading "+d.Path, err)
	}
	doc, err := postmortem.Parse(src, r.cfg.ParseOptions())
	if err != nil {
		return nil, mergeErr(r.req, "parsing "+d.Path, fmt.Errorf("%w: %w", repodocs.ErrUnreadable, err))
	}
	return newMergeDoc(d.Path, f.sha, doc), nil
}

// readBlob reads the blob sha. A blob never changes: a cached copy is
// served without asking.
func (r *mergeRun) readBlob(ctx context.Context, sha string) ([]byte, error) {
	b, _, err := r.gh.Git.GetBlob(ctx, r.req.Owner, r.req.Repo, sha)
	if err != nil {
		return nil, err
	}
	if b.GetEncoding() != "base64" {
		return []byte(b.GetContent()), nil
	}
	return decodeBase64(b.GetContent())
}

// createTreeCommit makes the tree of bt with w's files and a commit of it
// on bt's head, and returns the commit's SHA. Files go inline as text:
// documents and the index are UTF-8.
func (r *mergeRun) createTreeCommit(ctx context.Context, bt *branchTree, w *treeWrite) (string, error) {
	var entries []*github.TreeEntry
	for _, p := range slices.Sorted(maps.Keys(w.files)) {
		if !utf8.Valid(w.files[p]) {
			return "", mergeErr(r.req, "writing "+p, errors.New("the new content is not UTF-8"))
		}
		mode := bt.files[p].mode
		if mode == "" {
			mode = "100644"
		}
		entries = append(entries, &github.TreeEntry{Path: github.String(p), Mode: github.String(mode),
			Type: github.String("blob"), Content: github.String(string(w.files[p]))})
	}
	tree, _, err := r.gh.Git.CreateTree(ctx, r.req.Owner, r.req.Repo, bt.tree, entries)
	if err != nil {
		return "", mergeErr(r.req, "writing the write-back tree", err)
	}
	commit, _, err := r.gh.Git.CreateCommit(ctx, r.req.Owner, r.req.Repo, &github.Commit{
		Message: github.String(r.treeMessage(w)), Tree: &github.Tree{SHA: tree.SHA},
		Parents: []*github.Commit{{SHA: github.String(bt.head)}},
	}, nil)
	if err != nil {
		return "", mergeErr(r.req, "writing the write-back commit", err)
	}
	return commit.GetSHA(), nil
}

// treeMessage is the commit message of w: the documents' edits, and a
// line saying the index follows them.
func (r *mergeRun) treeMessage(w *treeWrite) string {
	if len(w.notes) == 0 {
		return r.indexMessage()
	}
	msg := syncMessage(w.notes)
	if w.index {
		msg += "\n\nThe index of post-mortems, " + r.cfg.Index + ", follows."
	}
	return msg
}
