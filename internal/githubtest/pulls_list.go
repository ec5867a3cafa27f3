package githubtest

import (
	"net/http"
	"net/url"
	"strings"
)

// listPulls answers GET /repos/{owner}/{repo}/pulls with the state, head,
// base, sort and direction filters and pagination.
func (s *Server) listPulls(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	q := r.URL.Query()
	var found []*Issue
	byNumber := map[int]*pull{}
	for n, p := range repo.pulls {
		if repo.pullMatches(p, q) {
			found = append(found, p.issue)
			byNumber[n] = p
		}
	}
	sortPulls(found, q.Get("sort"), q.Get("direction"))
	writeJSON(w, http.StatusOK, page(w, r, found, func(is *Issue) obj { return repo.pullJSON(byNumber[is.Number]) }))
}

// pullMatches applies the list filters of q to p. head is OWNER:BRANCH;
// without the owner GitHub ignores it, and so does the fake.
func (r *Repo) pullMatches(p *pull, q url.Values) bool {
	state := cmpOr(q.Get("state"), "open")
	if state != "all" && state != p.issue.State {
		return false
	}
	if base := q.Get("base"); base != "" && base != p.base {
		return false
	}
	owner, branch, ok := strings.Cut(q.Get("head"), ":")
	return !ok || (strings.EqualFold(owner, r.Owner) && branch == p.head)
}

// sortPulls orders pull requests by created (default), updated or
// popularity (comments); descending by default when sorted by created,
// ascending otherwise, as GitHub does. long-running sorts as created.
func sortPulls(issues []*Issue, by, direction string) {
	if direction == "" && by != "" && by != "created" {
		direction = "asc"
	}
	if by == "popularity" {
		by = "comments"
	}
	sortIssues(issues, by, direction)
}

// ClosePull closes pull request n without merging it, as a person
// closing it would; its branch is kept.
func (r *Repo) ClosePull(n int) {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	r.closePull(r.pulls[n])
}

// closePull closes p unmerged. The caller holds s.mu.
func (r *Repo) closePull(p *pull) {
	p.issue.State, p.issue.ClosedAt, p.issue.UpdatedAt = "closed", r.s.now(), r.s.now()
}
