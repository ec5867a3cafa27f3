package githubtest

import (
	"net/http"
	"slices"
	"strings"
)

// searchQuery is a parsed issue search: qualifiers and free words.
type searchQuery struct {
	quals map[string][]string
	words []string
}

// parseQuery splits q into qualifiers (key:value, values may be quoted)
// and free words, lower-cased.
func parseQuery(q string) searchQuery {
	sq := searchQuery{quals: map[string][]string{}}
	for _, tok := range tokenize(q) {
		if k, v, ok := strings.Cut(tok, ":"); ok && k != "" && !strings.ContainsAny(k, `"`) {
			sq.quals[strings.ToLower(k)] = append(sq.quals[strings.ToLower(k)], strings.Trim(v, `"`))
			continue
		}
		sq.words = append(sq.words, strings.ToLower(strings.Trim(tok, `"`)))
	}
	return sq
}

// tokenize splits q on spaces outside double quotes.
func tokenize(q string) []string {
	var toks []string
	var cur strings.Builder
	quoted := false
	for _, c := range q {
		switch {
		case c == '"':
			quoted = !quoted
			cur.WriteRune(c)
		case c == ' ' && !quoted:
			if cur.Len() > 0 {
				toks = append(toks, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(c)
		}
	}
	if cur.Len() > 0 {
		toks = append(toks, cur.String())
	}
	return toks
}

// kind returns "issue" or "pr" from the is: qualifiers, or "".
func (sq searchQuery) kind() string {
	for _, v := range sq.quals["is"] {
		switch v {
		case "issue":
			return "issue"
		case "pull-request", "pr":
			return "pr"
		}
	}
	return ""
}

// searchIssues answers GET /search/issues. As on GitHub, the query must
// say is:issue or is:pull-request; issues younger than the search lag are
// not found yet.
func (s *Server) searchIssues(w http.ResponseWriter, r *http.Request) {
	sq := parseQuery(r.URL.Query().Get("q"))
	if sq.kind() == "" {
		validationFailed(w, fieldError{Resource: "Search", Field: "q", Code: "invalid",
			Message: "Query must include 'is:issue' or 'is:pull-request'"})
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	type hit struct {
		repo  *Repo
		issue *Issue
	}
	var hits []hit
	for _, key := range sortedKeys(s.repos) {
		repo := s.repos[key]
		for _, is := range repo.issues {
			if s.found(repo, is, sq) {
				hits = append(hits, hit{repo, is})
			}
		}
	}
	items := []obj{}
	for _, h := range paginate(w, r, hits) {
		o := h.repo.issueJSON(h.issue)
		o["score"] = 1.0
		items = append(items, o)
	}
	writeJSON(w, http.StatusOK, obj{"total_count": len(hits), "incomplete_results": false, "items": items})
}

// found reports whether the search sq finds is in repo.
func (s *Server) found(repo *Repo, is *Issue, sq searchQuery) bool {
	if s.now().Sub(is.CreatedAt) < s.lag || is.PullRequest != (sq.kind() == "pr") {
		return false
	}
	if !allMatch(sq.quals["repo"], func(v string) bool { return strings.EqualFold(v, repo.FullName()) }) ||
		!allMatch(sq.quals["label"], func(v string) bool { return containsFold(is.Labels, v) }) ||
		!allMatch(sq.quals["state"], func(v string) bool { return v == is.State }) ||
		!allMatch(sq.quals["assignee"], func(v string) bool { return containsFold(is.Assignees, v) }) ||
		!allMatch(sq.quals["author"], func(v string) bool { return strings.EqualFold(v, is.User) }) {
		return false
	}
	for _, v := range sq.quals["is"] {
		if (v == "open" || v == "closed") && v != is.State {
			return false
		}
	}
	text := strings.ToLower(is.Title + "\n" + is.Body)
	return !slices.ContainsFunc(sq.words, func(w string) bool { return !strings.Contains(text, w) })
}

// allMatch reports whether every value satisfies ok.
func allMatch(values []string, ok func(string) bool) bool {
	return !slices.ContainsFunc(values, func(v string) bool { return !ok(v) })
}
