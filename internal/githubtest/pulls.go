package githubtest

import (
	"net/http"
	"slices"
)

// pull is a pull request: branches, head and base commits, and the files
// changed with their patches.
type pull struct {
	issue            *Issue
	base, head       string
	baseSHA, headSHA string
	files            []PullFile
	merged           bool
	mergeSHA         string
}

// PullFile is a file a pull request changes, as its files endpoint lists it.
type PullFile struct {
	Filename, Status, Patch, SHA string
	Additions, Deletions         int
	index                        diffIndex
}

// AddPull opens pull request number from branch head into base. head is
// created from base with files applied (nil content deletes a path); the
// files' patches against base are computed.
func (r *Repo) AddPull(number int, base, head string, files map[string][]byte) {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	r.ensureBranch(base)
	r.branches[head] = r.commit(r.branches[base], files, "Changes on "+head)
	r.nextNumber = max(r.nextNumber, number+1)
	r.openPull(number, "Pull request from "+head, "", base, head)
}

// openPull stores a pull request and its issue. The caller holds s.mu.
func (r *Repo) openPull(number int, title, body, base, head string) *pull {
	now := r.s.now()
	is := &Issue{Number: number, Title: title, Body: body, State: "open", User: "octocat",
		PullRequest: true, CreatedAt: now, UpdatedAt: now}
	r.issues = append(r.issues, is)
	p := &pull{issue: is, base: base, head: head, baseSHA: r.branches[base], headSHA: r.branches[head]}
	p.files = r.diffCommits(p.baseSHA, p.headSHA)
	r.pulls[number] = p
	return p
}

// diffCommits lists the files that differ between two commits.
func (r *Repo) diffCommits(baseSHA, headSHA string) []PullFile {
	base, head := r.commits[baseSHA].tree, r.commits[headSHA].tree
	var files []PullFile
	for _, path := range unionKeys(base, head) {
		if base[path] == head[path] {
			continue
		}
		f := PullFile{Filename: path, SHA: cmpOr(head[path], base[path]), Status: "modified"}
		switch {
		case base[path] == "":
			f.Status = "added"
		case head[path] == "":
			f.Status = "removed"
		}
		f.Patch, f.index, f.Additions, f.Deletions = patch(string(r.blobs[base[path]]), string(r.blobs[head[path]]))
		files = append(files, f)
	}
	return files
}

// unionKeys returns the keys of a and b, sorted.
func unionKeys(a, b map[string]string) []string {
	keys := append(sortedKeys(a), sortedKeys(b)...)
	slices.Sort(keys)
	return slices.Compact(keys)
}

// MergePull merges pull request n into its base branch and closes it,
// as GitHub's merge button would; it returns the merge commit SHA.
func (r *Repo) MergePull(n int) string {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	p := r.pulls[n]
	r.follow(p)
	changes := map[string][]byte{}
	for _, f := range p.files {
		changes[f.Filename] = r.blobs[f.SHA]
		if f.Status == "removed" {
			changes[f.Filename] = nil
		}
	}
	p.mergeSHA = r.commit(r.branches[p.base], changes, "Merge pull request #"+itoa(n))
	r.branches[p.base] = p.mergeSHA
	p.merged, p.issue.State, p.issue.ClosedAt = true, "closed", r.s.now()
	return p.mergeSHA
}

// PullFiles returns the files pull request n changes.
func (r *Repo) PullFiles(n int) []PullFile {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	if p := r.pulls[n]; p != nil {
		r.follow(p)
		return slices.Clone(p.files)
	}
	return nil
}

// PushPull commits files (nil content deletes a path) on the head branch
// of pull request n, as a push to it would, and returns the new head SHA.
func (r *Repo) PushPull(n int, files map[string][]byte) string {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	p := r.pulls[n]
	r.branches[p.head] = r.commit(r.branches[p.head], files, "Push to "+p.head)
	r.follow(p)
	return p.headSHA
}

// follow brings an open pull request up to its branches, as GitHub does
// on every push: its head is the head branch's tip, and its files are
// the changes since the merge base with the base branch. The caller
// holds s.mu.
func (r *Repo) follow(p *pull) {
	tip, ok := r.branches[p.head]
	if p.merged || p.issue.State != "open" || !ok || (tip == p.headSHA && r.branches[p.base] == p.baseSHA) {
		return
	}
	p.headSHA = tip
	p.baseSHA = cmpOr(r.mergeBase(r.branches[p.base], tip), r.branches[p.base])
	p.files = r.diffCommits(p.baseSHA, p.headSHA)
}

// lockedPull finds the repository and pull request of r, locking s.mu; it
// answers 404 and returns a nil pull (unlocked) when either is missing.
func (s *Server) lockedPull(w http.ResponseWriter, r *http.Request) (*Repo, *pull) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return nil, nil
	}
	n, _ := pathInt(r, "pull_number")
	p := repo.pulls[int(n)]
	if p == nil {
		s.mu.Unlock()
		notFound(w)
		return repo, nil
	}
	repo.follow(p)
	return repo, p
}

// getPull answers GET /repos/{owner}/{repo}/pulls/{pull_number}.
func (s *Server) getPull(w http.ResponseWriter, r *http.Request) {
	repo, p := s.lockedPull(w, r)
	if p == nil {
		return
	}
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, repo.pullJSON(p))
}

// listPullFiles answers GET /repos/{owner}/{repo}/pulls/{pull_number}/files.
func (s *Server) listPullFiles(w http.ResponseWriter, r *http.Request) {
	repo, p := s.lockedPull(w, r)
	if p == nil {
		return
	}
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, page(w, r, p.files, func(f PullFile) obj { return repo.fileJSON(p, f) }))
}

// createPull answers POST /repos/{owner}/{repo}/pulls.
func (s *Server) createPull(w http.ResponseWriter, r *http.Request) {
	var req struct{ Title, Body, Head, Base string }
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	if msg := repo.pullProblem(req.Base, req.Head); msg != "" {
		validationFailed(w, fieldError{Resource: "PullRequest", Code: "custom", Message: msg})
		return
	}
	p := repo.openPull(repo.number(), req.Title, req.Body, req.Base, req.Head)
	p.issue.User = s.bot
	writeJSON(w, http.StatusCreated, repo.pullJSON(p))
}

// pullProblem says why a pull request from head into base cannot be
// opened, or returns "".
func (r *Repo) pullProblem(base, head string) string {
	switch {
	case r.branches[base] == "":
		return "base: Base does not exist"
	case r.branches[head] == "":
		return "head: Head does not exist"
	case r.branches[base] == r.branches[head]:
		return "No commits between " + base + " and " + head
	}
	for _, p := range r.pulls {
		if p.head == head && p.issue.State == "open" {
			return "A pull request already exists for " + r.Owner + ":" + head + "."
		}
	}
	return ""
}

// pullJSON is p as GitHub answers it.
func (r *Repo) pullJSON(p *pull) obj {
	o := r.issueJSON(p.issue)
	delete(o, "pull_request")
	n := itoa(p.issue.Number)
	adds, dels := 0, 0
	for _, f := range p.files {
		adds, dels = adds+f.Additions, dels+f.Deletions
	}
	o["html_url"], o["url"] = r.htmlURL()+"/pull/"+n, r.apiURL("/pulls/"+n)
	o["diff_url"], o["issue_url"] = r.htmlURL()+"/pull/"+n+".diff", r.apiURL("/issues/"+n)
	o["head"], o["base"] = r.branchRef(p.head, p.headSHA), r.branchRef(p.base, p.baseSHA)
	o["merged"], o["merge_commit_sha"], o["draft"] = p.merged, nilIfEmpty(p.mergeSHA), false
	o["merged_at"] = nil
	if p.merged {
		o["merged_at"] = timeJSON(p.issue.ClosedAt)
	}
	o["additions"], o["deletions"], o["changed_files"], o["commits"] = adds, dels, len(p.files), 1
	return o
}

// branchRef is the head or base object of a pull request.
func (r *Repo) branchRef(branch, sha string) obj {
	return obj{"label": r.Owner + ":" + branch, "ref": branch, "sha": sha, "user": userJSON(r.Owner), "repo": r.json()}
}

// fileJSON is f as the files endpoint answers it.
func (r *Repo) fileJSON(p *pull, f PullFile) obj {
	o := obj{
		"sha": f.SHA, "filename": f.Filename, "status": f.Status, "additions": f.Additions,
		"deletions": f.Deletions, "changes": f.Additions + f.Deletions,
		"blob_url":     r.htmlURL() + "/blob/" + p.headSHA + "/" + f.Filename,
		"raw_url":      r.htmlURL() + "/raw/" + p.headSHA + "/" + f.Filename,
		"contents_url": r.apiURL("/contents/" + f.Filename + "?ref=" + p.headSHA),
	}
	if f.Patch != "" {
		o["patch"] = f.Patch
	}
	return o
}
