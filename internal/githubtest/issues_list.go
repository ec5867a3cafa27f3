package githubtest

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// listIssues answers GET /repos/{owner}/{repo}/issues with the state,
// labels, milestone, assignee, creator, since, sort and direction filters
// and pagination. Pull requests are listed too, as GitHub does.
func (s *Server) listIssues(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	q := r.URL.Query()
	var found []*Issue
	for _, is := range repo.issues {
		if repo.issueMatches(is, q) {
			found = append(found, is)
		}
	}
	sortIssues(found, q.Get("sort"), q.Get("direction"))
	writeJSON(w, http.StatusOK, page(w, r, found, repo.issueJSON))
}

// issueMatches applies the list filters of q to is.
func (r *Repo) issueMatches(is *Issue, q url.Values) bool {
	state := cmpOr(q.Get("state"), "open")
	if state != "all" && state != is.State {
		return false
	}
	for _, l := range splitList(q.Get("labels")) {
		if !containsFold(is.Labels, l) {
			return false
		}
	}
	if since, err := time.Parse(time.RFC3339, q.Get("since")); err == nil && is.UpdatedAt.Before(since) {
		return false
	}
	return matchMilestone(is, q.Get("milestone")) && matchAssignee(is, q.Get("assignee")) &&
		(q.Get("creator") == "" || strings.EqualFold(q.Get("creator"), is.User))
}

// matchMilestone applies the milestone filter: a number, "*" or "none".
func matchMilestone(is *Issue, m string) bool {
	switch m {
	case "":
		return true
	case "*":
		return is.Milestone != 0
	case "none":
		return is.Milestone == 0
	}
	n, err := strconv.Atoi(m)
	return err == nil && n == is.Milestone
}

// matchAssignee applies the assignee filter: a login, "*" or "none".
func matchAssignee(is *Issue, a string) bool {
	switch a {
	case "":
		return true
	case "*":
		return len(is.Assignees) > 0
	case "none":
		return len(is.Assignees) == 0
	}
	return containsFold(is.Assignees, a)
}

// sortIssues orders issues by created (default), updated or comments,
// descending unless direction is "asc".
func sortIssues(issues []*Issue, by, direction string) {
	key := func(is *Issue) int64 {
		switch by {
		case "updated":
			return is.UpdatedAt.UnixNano()
		case "comments":
			return int64(is.comments)
		}
		return int64(is.Number)
	}
	slices.SortStableFunc(issues, func(a, b *Issue) int {
		if direction == "asc" {
			return cmp.Compare(key(a), key(b))
		}
		return cmp.Compare(key(b), key(a))
	})
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(v string) bool { return strings.EqualFold(v, s) })
}

// itoa formats n.
func itoa(n int) string { return strconv.Itoa(n) }
