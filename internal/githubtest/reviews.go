package githubtest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// Review is a pull request review with its inline comments.
type Review struct {
	ID       int64
	Pull     int
	CommitID string
	Body     string
	// State is APPROVED, CHANGES_REQUESTED, COMMENTED or PENDING.
	State       string
	User        string
	Comments    []ReviewComment
	SubmittedAt time.Time
}

// ReviewComment is an inline comment on a line of a pull request's diff.
type ReviewComment struct {
	ID, ReviewID    int64
	Path            string
	Line, StartLine int
	Side, StartSide string
	Position        int
	Body, CommitID  string
	DiffHunk        string
	CreatedAt       time.Time
	// UpdatedAt is CreatedAt until the comment is edited.
	UpdatedAt time.Time
	pull      int
}

// reviewRequest is the body of POST .../pulls/{pull_number}/reviews.
type reviewRequest struct {
	CommitID string                 `json:"commit_id"`
	Body     string                 `json:"body"`
	Event    string                 `json:"event"`
	Comments []reviewCommentRequest `json:"comments"`
}

// reviewCommentRequest is one draft comment of a review.
type reviewCommentRequest struct {
	Path      string `json:"path"`
	Position  int    `json:"position"`
	Body      string `json:"body"`
	Line      int    `json:"line"`
	Side      string `json:"side"`
	StartLine int    `json:"start_line"`
	StartSide string `json:"start_side"`
}

// reviewStates maps a review event to the state it leaves.
var reviewStates = map[string]string{
	"APPROVE": "APPROVED", "REQUEST_CHANGES": "CHANGES_REQUESTED", "COMMENT": "COMMENTED", "": "PENDING",
}

// Reviews returns the reviews of pull request n, with their comments.
func (r *Repo) Reviews(n int) []Review {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var out []Review
	for _, rv := range r.reviews {
		if rv.Pull == n {
			c := *rv
			c.Comments = slices.Clone(rv.Comments)
			out = append(out, c)
		}
	}
	return out
}

// createReview answers POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews,
// refusing the whole review (422) when one comment is not on the diff.
func (s *Server) createReview(w http.ResponseWriter, r *http.Request) {
	var req reviewRequest
	if !decode(w, r, &req) {
		return
	}
	repo, p := s.lockedPull(w, r)
	if p == nil {
		return
	}
	defer s.mu.Unlock()
	if msg := p.reviewProblem(req); msg != "" {
		writeJSON(w, http.StatusUnprocessableEntity, errorBody{
			Message: "Unprocessable Entity", Errors: []any{msg}, DocumentationURL: docsURL, Status: "422",
		})
		return
	}
	rv := repo.addReview(p, req)
	writeJSON(w, http.StatusOK, repo.reviewJSON(rv))
}

// reviewProblem says why GitHub would refuse req, or returns "".
func (p *pull) reviewProblem(req reviewRequest) string {
	if req.Body == "" && (req.Event == "REQUEST_CHANGES" || req.Event == "COMMENT" && len(req.Comments) == 0) {
		return "Body is required for " + req.Event
	}
	for _, c := range req.Comments {
		f := p.file(c.Path)
		if f == nil {
			return "Path could not be resolved"
		}
		if !f.index.resolves(c) {
			return "Pull request review thread line must be part of the diff"
		}
	}
	return ""
}

// file returns the changed file at path, or nil.
func (p *pull) file(path string) *PullFile {
	for i := range p.files {
		if p.files[i].Filename == path {
			return &p.files[i]
		}
	}
	return nil
}

// resolves reports whether c targets lines of the diff: a position, or a
// line (and start line) on its side.
func (idx *diffIndex) resolves(c reviewCommentRequest) bool {
	if c.Line == 0 {
		return c.Position > 0 && c.Position <= idx.positions && !strings.HasPrefix(idx.lines[c.Position], "@@")
	}
	side := cmpOr(c.Side, "RIGHT")
	if _, ok := idx.sideLines(side)[c.Line]; !ok {
		return false
	}
	if c.StartLine == 0 {
		return true
	}
	_, ok := idx.sideLines(cmpOr(c.StartSide, side))[c.StartLine]
	return ok && (c.StartLine < c.Line || cmpOr(c.StartSide, side) != side)
}

// sideLines returns the commentable lines of side.
func (idx *diffIndex) sideLines(side string) map[int]int {
	if side == "LEFT" {
		return idx.left
	}
	return idx.right
}

// addReview stores a review of p. The caller holds s.mu.
func (r *Repo) addReview(p *pull, req reviewRequest) *Review {
	now := r.s.now()
	rv := &Review{ID: r.s.id(), Pull: p.issue.Number, CommitID: cmpOr(req.CommitID, p.headSHA),
		Body: req.Body, State: reviewStates[req.Event], User: r.s.bot, SubmittedAt: now}
	for _, c := range req.Comments {
		rc := ReviewComment{ID: r.s.id(), ReviewID: rv.ID, Path: c.Path, Line: c.Line, StartLine: c.StartLine,
			Side: c.Side, StartSide: c.StartSide, Position: c.Position, Body: c.Body,
			CommitID: rv.CommitID, CreatedAt: now, UpdatedAt: now, pull: rv.Pull}
		rc.fill(p.file(c.Path).index)
		rv.Comments = append(rv.Comments, rc)
	}
	r.reviews = append(r.reviews, rv)
	return rv
}

// fill completes a comment's side, line or position and its diff hunk
// from the file's diff.
func (rc *ReviewComment) fill(idx diffIndex) {
	if rc.Line == 0 {
		rc.Line, rc.Side = idx.lineAt(rc.Position)
	} else {
		rc.Side = cmpOr(rc.Side, "RIGHT")
		rc.Position = idx.sideLines(rc.Side)[rc.Line]
	}
	start := rc.Position
	for start > 0 && !strings.HasPrefix(idx.lines[start], "@@") {
		start--
	}
	rc.DiffHunk = strings.Join(idx.lines[start:rc.Position+1], "\n")
}

// lineAt returns the line and side at a diff position: the new line, or
// the old one for a deleted line.
func (idx *diffIndex) lineAt(pos int) (int, string) {
	for _, side := range []string{"RIGHT", "LEFT"} {
		for line, p := range idx.sideLines(side) {
			if p == pos {
				return line, side
			}
		}
	}
	return 0, "RIGHT"
}

// listReviews answers GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews.
func (s *Server) listReviews(w http.ResponseWriter, r *http.Request) {
	repo, p := s.lockedPull(w, r)
	if p == nil {
		return
	}
	defer s.mu.Unlock()
	var found []*Review
	for _, rv := range repo.reviews {
		if rv.Pull == p.issue.Number {
			found = append(found, rv)
		}
	}
	writeJSON(w, http.StatusOK, page(w, r, found, repo.reviewJSON))
}

// listReviewComments answers GET /repos/{owner}/{repo}/pulls/{pull_number}/comments.
func (s *Server) listReviewComments(w http.ResponseWriter, r *http.Request) {
	repo, p := s.lockedPull(w, r)
	if p == nil {
		return
	}
	defer s.mu.Unlock()
	var found []ReviewComment
	for _, rv := range repo.reviews {
		if rv.Pull == p.issue.Number {
			found = append(found, rv.Comments...)
		}
	}
	writeJSON(w, http.StatusOK, page(w, r, found, repo.reviewCommentJSON))
}

// updateReviewComment answers PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id},
// replacing the comment's body; an unknown id is 404.
func (s *Server) updateReviewComment(w http.ResponseWriter, r *http.Request) {
	var req struct{ Body string }
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	id, _ := pathInt(r, "comment_id")
	for _, rv := range repo.reviews {
		for i := range rv.Comments {
			if c := &rv.Comments[i]; c.ID == id {
				c.Body, c.UpdatedAt = req.Body, s.now()
				writeJSON(w, http.StatusOK, repo.reviewCommentJSON(*c))
				return
			}
		}
	}
	notFound(w)
}

// reviewJSON is rv as GitHub answers it.
func (r *Repo) reviewJSON(rv *Review) obj {
	n := itoa(rv.Pull)
	return obj{
		"id": rv.ID, "node_id": "PRR_" + itoa(int(rv.ID)), "user": userJSON(rv.User), "body": rv.Body,
		"state": rv.State, "commit_id": rv.CommitID, "submitted_at": timeJSON(rv.SubmittedAt),
		"html_url":         r.htmlURL() + "/pull/" + n + "#pullrequestreview-" + itoa(int(rv.ID)),
		"pull_request_url": r.apiURL("/pulls/" + n), "author_association": "NONE",
		"_links": obj{"html": obj{"href": r.htmlURL() + "/pull/" + n}, "pull_request": obj{"href": r.apiURL("/pulls/" + n)}},
	}
}

// reviewCommentJSON is c as GitHub answers it.
func (r *Repo) reviewCommentJSON(c ReviewComment) obj {
	n, id := itoa(c.pull), itoa(int(c.ID))
	return obj{
		"id": c.ID, "node_id": "PRRC_" + id, "pull_request_review_id": c.ReviewID, "path": c.Path,
		"position": c.Position, "original_position": c.Position, "line": c.Line, "original_line": c.Line,
		"side": c.Side, "start_line": zeroNil(c.StartLine), "start_side": nilIfEmpty(c.StartSide),
		"body": c.Body, "user": userJSON(r.s.bot), "commit_id": c.CommitID, "original_commit_id": c.CommitID,
		"diff_hunk": c.DiffHunk, "created_at": timeJSON(c.CreatedAt), "updated_at": timeJSON(c.UpdatedAt),
		"url": r.apiURL("/pulls/comments/" + id), "html_url": r.htmlURL() + "/pull/" + n + "#discussion_r" + id,
		"pull_request_url": r.apiURL("/pulls/" + n), "author_association": "NONE",
		"_links": obj{"self": obj{"href": r.apiURL("/pulls/comments/" + id)}},
	}
}

// zeroNil returns nil for 0, else n.
func zeroNil(n int) any {
	if n == 0 {
		return nil
	}
	return n
}
