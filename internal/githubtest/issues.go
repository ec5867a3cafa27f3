package githubtest

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Issue is an issue (or the issue side of a pull request) in a repository.
type Issue struct {
	Number      int
	Title, Body string
	// State is "open" or "closed"; StateReason "completed", "not_planned",
	// "reopened" or "".
	State, StateReason string
	Labels             []string
	Assignees          []string
	// Milestone is the milestone number, 0 for none.
	Milestone int
	User      string
	// PullRequest is true for the issue side of a pull request.
	PullRequest                    bool
	CreatedAt, UpdatedAt, ClosedAt time.Time
	comments                       int
}

// issueRequest is the body of issue create and update.
type issueRequest struct {
	Title       *string           `json:"title"`
	Body        *string           `json:"body"`
	State       *string           `json:"state"`
	StateReason *string           `json:"state_reason"`
	Assignee    *string           `json:"assignee"`
	Assignees   *[]string         `json:"assignees"`
	Milestone   json.RawMessage   `json:"milestone"`
	Labels      []json.RawMessage `json:"labels"`
}

// clone copies is, slices included.
func (is *Issue) clone() Issue {
	c := *is
	c.Labels = slices.Clone(is.Labels)
	c.Assignees = slices.Clone(is.Assignees)
	return c
}

// Issues returns the repository's issues (not pull requests), by number.
func (r *Repo) Issues() []Issue {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var out []Issue
	for _, is := range r.issues {
		if !is.PullRequest {
			out = append(out, is.clone())
		}
	}
	return out
}

// AddIssue stores is as if it had been opened earlier and returns its
// number (is.Number is ignored). State defaults to "open", User to
// "octocat".
func (r *Repo) AddIssue(is Issue) int {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	is.Number = r.number()
	is.State = cmpOr(is.State, "open")
	is.User = cmpOr(is.User, "octocat")
	if is.CreatedAt.IsZero() {
		is.CreatedAt = r.s.now()
	}
	if is.UpdatedAt.IsZero() {
		is.UpdatedAt = is.CreatedAt
		if is.ClosedAt.After(is.UpdatedAt) {
			is.UpdatedAt = is.ClosedAt // closing updates an issue
		}
	}
	r.issues = append(r.issues, &is)
	return is.Number
}

// cmpOr returns s, or def when s is empty.
func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// issue returns issue number n, or nil. The caller holds s.mu.
func (r *Repo) issue(n int64) *Issue {
	for _, is := range r.issues {
		if int64(is.Number) == n {
			return is
		}
	}
	return nil
}

// createIssue answers POST /repos/{owner}/{repo}/issues.
func (s *Server) createIssue(w http.ResponseWriter, r *http.Request) {
	var req issueRequest
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	is := &Issue{State: "open", User: s.bot, CreatedAt: s.now(), UpdatedAt: s.now()}
	if req.Title == nil || *req.Title == "" {
		validationFailed(w, fieldError{Resource: "Issue", Field: "title", Code: "missing_field"})
		return
	}
	if !repo.applyIssue(w, is, req) {
		return
	}
	is.Number = repo.number()
	repo.issues = append(repo.issues, is)
	writeJSON(w, http.StatusCreated, repo.issueJSON(is))
}

// getIssue answers GET /repos/{owner}/{repo}/issues/{issue_number}.
func (s *Server) getIssue(w http.ResponseWriter, r *http.Request) {
	repo, is := s.lockedIssue(w, r)
	if is == nil {
		return
	}
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, repo.issueJSON(is))
}

// updateIssue answers PATCH /repos/{owner}/{repo}/issues/{issue_number}.
func (s *Server) updateIssue(w http.ResponseWriter, r *http.Request) {
	var req issueRequest
	if !decode(w, r, &req) {
		return
	}
	repo, is := s.lockedIssue(w, r)
	if is == nil {
		return
	}
	defer s.mu.Unlock()
	next := is.clone()
	if !repo.applyIssue(w, &next, req) {
		return
	}
	next.UpdatedAt = s.now()
	*is = next
	writeJSON(w, http.StatusOK, repo.issueJSON(is))
}

// lockedIssue finds the repository and issue of r, locking s.mu; it
// answers 404 and returns a nil issue (unlocked) when either is missing.
func (s *Server) lockedIssue(w http.ResponseWriter, r *http.Request) (*Repo, *Issue) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return nil, nil
	}
	n, _ := pathInt(r, "issue_number")
	is := repo.issue(n)
	if is == nil {
		s.mu.Unlock()
		notFound(w)
	}
	return repo, is
}

// applyIssue applies the fields of req to is, answering 422 for an
// unassignable assignee or an unknown milestone. The caller holds s.mu.
func (r *Repo) applyIssue(w http.ResponseWriter, is *Issue, req issueRequest) bool {
	setString(&is.Title, req.Title)
	setString(&is.Body, req.Body)
	if !r.applyAssignees(w, is, req) || !r.applyMilestone(w, is, req.Milestone) {
		return false
	}
	if req.Labels != nil {
		is.Labels = r.labelNames(req.Labels)
	}
	r.applyState(is, req)
	return true
}

// setString sets *dst to *v when v is not nil.
func setString(dst *string, v *string) {
	if v != nil {
		*dst = *v
	}
}

// applyAssignees sets the assignees of req on is after checking each can
// be assigned.
func (r *Repo) applyAssignees(w http.ResponseWriter, is *Issue, req issueRequest) bool {
	var logins []string
	switch {
	case req.Assignees != nil:
		logins = *req.Assignees
	case req.Assignee != nil && *req.Assignee != "":
		logins = []string{*req.Assignee}
	case req.Assignee == nil:
		return true
	}
	for _, l := range logins {
		if !r.assignable[strings.ToLower(l)] {
			validationFailed(w, fieldError{Resource: "Issue", Field: "assignees", Code: "invalid", Value: l})
			return false
		}
	}
	is.Assignees = slices.Clone(logins)
	return true
}

// applyMilestone sets the milestone of raw (a number or null) on is.
func (r *Repo) applyMilestone(w http.ResponseWriter, is *Issue, raw json.RawMessage) bool {
	if raw == nil {
		return true
	}
	var n *int
	_ = json.Unmarshal(raw, &n)
	if n == nil {
		is.Milestone = 0
		return true
	}
	if r.milestone(*n) == nil {
		validationFailed(w, fieldError{Resource: "Issue", Field: "milestone", Code: "invalid", Value: *n})
		return false
	}
	is.Milestone = *n
	return true
}

// applyState applies state and state_reason changes, stamping closed_at.
func (r *Repo) applyState(is *Issue, req issueRequest) {
	if req.State != nil && *req.State != is.State {
		is.State = *req.State
		is.StateReason, is.ClosedAt = "reopened", time.Time{}
		if is.State == "closed" {
			is.StateReason, is.ClosedAt = "completed", r.s.now()
		}
	}
	if req.StateReason != nil {
		is.StateReason = *req.StateReason
	}
}

// issueJSON is is as GitHub answers it. The caller holds s.mu.
func (r *Repo) issueJSON(is *Issue) obj {
	o := obj{
		"id": int64(is.Number) + r.ID*100000, "node_id": "I_" + r.FullName(), "number": is.Number,
		"title": is.Title, "body": is.Body, "state": is.State, "state_reason": nilIfEmpty(is.StateReason),
		"labels": r.labelsJSON(is.Labels), "assignees": usersJSON(is.Assignees), "assignee": nil,
		"milestone": r.milestoneJSON(r.milestone(is.Milestone)), "user": userJSON(is.User),
		"comments": is.comments, "locked": false, "author_association": "NONE",
		"created_at": timeJSON(is.CreatedAt), "updated_at": timeJSON(is.UpdatedAt), "closed_at": timeJSON(is.ClosedAt),
		"url": r.apiURL("/issues/" + itoa(is.Number)), "repository_url": r.apiURL(""),
		"html_url": r.htmlURL() + "/issues/" + itoa(is.Number),
	}
	if len(is.Assignees) > 0 {
		o["assignee"] = userJSON(is.Assignees[0])
	}
	if is.PullRequest {
		o["pull_request"] = obj{"url": r.apiURL("/pulls/" + itoa(is.Number)), "html_url": r.htmlURL() + "/pull/" + itoa(is.Number)}
	}
	return o
}

// nilIfEmpty returns nil for "", else s.
func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
