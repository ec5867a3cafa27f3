package githubtest

import (
	"net/http"
	"time"
)

// Comment is an issue or pull request comment.
type Comment struct {
	ID        int64
	Issue     int
	Body      string
	User      string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Comments returns the comments on issue (or pull request) number n.
func (r *Repo) Comments(n int) []Comment {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var out []Comment
	for _, c := range r.comments {
		if c.Issue == n {
			out = append(out, *c)
		}
	}
	return out
}

// commentJSON is c as GitHub answers it.
func (r *Repo) commentJSON(c *Comment) obj {
	return obj{
		"id": c.ID, "node_id": "IC_" + itoa(int(c.ID)), "body": c.Body, "user": userJSON(c.User),
		"created_at": timeJSON(c.CreatedAt), "updated_at": timeJSON(c.UpdatedAt),
		"url":       r.apiURL("/issues/comments/" + itoa(int(c.ID))),
		"html_url":  r.htmlURL() + "/issues/" + itoa(c.Issue) + "#issuecomment-" + itoa(int(c.ID)),
		"issue_url": r.apiURL("/issues/" + itoa(c.Issue)), "author_association": "NONE",
	}
}

// createComment answers POST /repos/{owner}/{repo}/issues/{issue_number}/comments.
func (s *Server) createComment(w http.ResponseWriter, r *http.Request) {
	var req struct{ Body string }
	if !decode(w, r, &req) {
		return
	}
	repo, is := s.lockedIssue(w, r)
	if is == nil {
		return
	}
	defer s.mu.Unlock()
	now := s.now()
	c := &Comment{ID: s.id(), Issue: is.Number, Body: req.Body, User: s.bot, CreatedAt: now, UpdatedAt: now}
	repo.comments = append(repo.comments, c)
	is.comments++
	writeJSON(w, http.StatusCreated, repo.commentJSON(c))
}

// listComments answers GET /repos/{owner}/{repo}/issues/{issue_number}/comments.
func (s *Server) listComments(w http.ResponseWriter, r *http.Request) {
	repo, is := s.lockedIssue(w, r)
	if is == nil {
		return
	}
	defer s.mu.Unlock()
	var found []*Comment
	for _, c := range repo.comments {
		if c.Issue == is.Number {
			found = append(found, c)
		}
	}
	writeJSON(w, http.StatusOK, page(w, r, found, repo.commentJSON))
}

// updateComment answers PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}.
func (s *Server) updateComment(w http.ResponseWriter, r *http.Request) {
	var req struct{ Body string }
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	id, _ := pathInt(r, "comment_id")
	for _, c := range repo.comments {
		if c.ID == id {
			c.Body, c.UpdatedAt = req.Body, s.now()
			writeJSON(w, http.StatusOK, repo.commentJSON(c))
			return
		}
	}
	notFound(w)
}
