package githubtest

import (
	"net/http"
	"strings"
)

// route is one operation the fake implements: its method, its path as
// GitHub's REST description spells it, and its handler.
type route struct {
	method, path string
	handle       func(*Server, http.ResponseWriter, *http.Request)
}

// routes lists every implemented operation. The description is pruned to
// these paths.
var routes = []route{
	{"POST", "/app/installations/{installation_id}/access_tokens", (*Server).createToken},
	{"POST", "/app-manifests/{code}/conversions", (*Server).convertManifest},
	{"GET", "/app", (*Server).getApp},
	{"GET", "/app/installations", (*Server).listInstallations},
	{"GET", "/installation/repositories", (*Server).listInstallationRepos},
	{"GET", "/repos/{owner}/{repo}/installation", (*Server).getRepoInstallation},
	{"GET", "/repos/{owner}/{repo}", (*Server).getRepo},
	{"GET", "/repos/{owner}/{repo}/branches/{branch}", (*Server).getBranch},
	{"GET", "/repos/{owner}/{repo}/contents/{path}", (*Server).getContents},
	{"PUT", "/repos/{owner}/{repo}/contents/{path}", (*Server).putContents},
	{"POST", "/repos/{owner}/{repo}/git/refs", (*Server).createRef},
	{"GET", "/repos/{owner}/{repo}/git/ref/{ref}", (*Server).getRef},
	{"PATCH", "/repos/{owner}/{repo}/git/refs/{ref}", (*Server).updateRef},
	{"POST", "/repos/{owner}/{repo}/merges", (*Server).merge},
	{"GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}", (*Server).getTree},
	{"POST", "/repos/{owner}/{repo}/git/trees", (*Server).createTree},
	{"POST", "/repos/{owner}/{repo}/git/blobs", (*Server).createBlob},
	{"GET", "/repos/{owner}/{repo}/git/blobs/{file_sha}", (*Server).getBlob},
	{"POST", "/repos/{owner}/{repo}/git/commits", (*Server).createCommit},
	{"GET", "/repos/{owner}/{repo}/git/commits/{commit_sha}", (*Server).getCommit},
	{"GET", "/repos/{owner}/{repo}/issues", (*Server).listIssues},
	{"POST", "/repos/{owner}/{repo}/issues", (*Server).createIssue},
	{"GET", "/repos/{owner}/{repo}/issues/{issue_number}", (*Server).getIssue},
	{"PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", (*Server).updateIssue},
	{"GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (*Server).listComments},
	{"POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (*Server).createComment},
	{"PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (*Server).updateComment},
	{"GET", "/repos/{owner}/{repo}/assignees/{assignee}", (*Server).checkAssignee},
	{"GET", "/repos/{owner}/{repo}/labels", (*Server).listLabels},
	{"POST", "/repos/{owner}/{repo}/labels", (*Server).createLabel},
	{"GET", "/repos/{owner}/{repo}/milestones", (*Server).listMilestones},
	{"POST", "/repos/{owner}/{repo}/milestones", (*Server).createMilestone},
	{"GET", "/repos/{owner}/{repo}/pulls/{pull_number}", (*Server).getPull},
	{"GET", "/repos/{owner}/{repo}/pulls", (*Server).listPulls},
	{"POST", "/repos/{owner}/{repo}/pulls", (*Server).createPull},
	{"GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files", (*Server).listPullFiles},
	{"GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", (*Server).listReviews},
	{"POST", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", (*Server).createReview},
	{"GET", "/repos/{owner}/{repo}/pulls/{pull_number}/comments", (*Server).listReviewComments},
	{"PATCH", "/repos/{owner}/{repo}/pulls/comments/{comment_id}", (*Server).updateReviewComment},
	{"POST", "/repos/{owner}/{repo}/check-runs", (*Server).createCheckRun},
	{"GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}", (*Server).getCheckRun},
	{"PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}", (*Server).updateCheckRun},
	{"GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", (*Server).listCheckRuns},
	{"GET", "/search/issues", (*Server).searchIssues},
}

// multiSegment names the path parameters that may hold slashes (GitHub's
// x-multi-segment); where last in a path they are routed as {name...}.
// A ref inside a path (commits/{ref}/check-runs) matches one segment: use
// the commit SHA there.
var multiSegment = map[string]bool{"path": true, "ref": true}

// newMux routes the implemented operations to s.
func newMux(s *Server) *http.ServeMux {
	mux := http.NewServeMux()
	for _, rt := range routes {
		h := rt.handle
		mux.HandleFunc(rt.method+" "+muxPattern(rt.path), func(w http.ResponseWriter, r *http.Request) { h(s, w, r) })
	}
	return mux
}

// muxPattern turns a description path into a ServeMux pattern, a final
// multi-segment parameter becoming a wildcard.
func muxPattern(path string) string {
	i := strings.LastIndex(path, "/{")
	if i < 0 || !strings.HasSuffix(path, "}") || !multiSegment[path[i+2:len(path)-1]] {
		return path
	}
	return path[:len(path)-1] + "...}"
}

// describedPaths lists the description paths the fake implements.
func describedPaths() []string {
	seen := map[string]bool{}
	var out []string
	for _, rt := range routes {
		if !seen[rt.path] {
			seen[rt.path] = true
			out = append(out, rt.path)
		}
	}
	return out
}
