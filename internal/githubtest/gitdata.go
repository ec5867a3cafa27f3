package githubtest

import (
	"encoding/base64"
	"net/http"
	"strings"
)

// createBlob answers POST /repos/{owner}/{repo}/git/blobs: content in
// utf-8 (the default) or base64.
func (s *Server) createBlob(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Content  string `json:"content"`
		Encoding string `json:"encoding"`
	}
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	content := []byte(req.Content)
	switch req.Encoding {
	case "", "utf-8":
	case "base64":
		var err error
		if content, err = decodeContent(req.Content); err != nil {
			writeError(w, http.StatusUnprocessableEntity, "content is not valid Base64")
			return
		}
	default:
		writeError(w, http.StatusUnprocessableEntity, "encoding must be utf-8 or base64")
		return
	}
	sha := repo.storeBlob(content)
	writeJSON(w, http.StatusCreated, obj{"sha": sha, "url": repo.apiURL("/git/blobs/" + sha)})
}

// getBlob answers GET /repos/{owner}/{repo}/git/blobs/{file_sha}.
func (s *Server) getBlob(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	sha := r.PathValue("file_sha")
	b, ok := repo.blobs[sha]
	if !ok {
		notFound(w)
		return
	}
	writeJSON(w, http.StatusOK, obj{
		"sha": sha, "node_id": "B_" + sha, "size": len(b), "url": repo.apiURL("/git/blobs/" + sha),
		"content": wrap(base64.StdEncoding.EncodeToString(b), 60), "encoding": "base64",
	})
}

// getCommit answers GET /repos/{owner}/{repo}/git/commits/{commit_sha}.
func (s *Server) getCommit(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	c := repo.commits[r.PathValue("commit_sha")]
	if c == nil {
		notFound(w)
		return
	}
	writeJSON(w, http.StatusOK, repo.gitCommitJSON(c))
}

// createCommitRequest is the body of POST /repos/{owner}/{repo}/git/commits.
type createCommitRequest struct {
	Message string   `json:"message"`
	Tree    string   `json:"tree"`
	Parents []string `json:"parents"`
}

// createCommit answers POST /repos/{owner}/{repo}/git/commits: the tree
// and the parents must exist. The fake keeps one parent and the one
// merged in; a commit of more is not modelled, and fails the test.
func (s *Server) createCommit(w http.ResponseWriter, r *http.Request) {
	var req createCommitRequest
	if !decode(w, r, &req) {
		return
	}
	if len(req.Parents) > 2 {
		s.reject(w, r, http.StatusUnprocessableEntity, "githubtest models commits of at most two parents")
		return
	}
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	if _, ok := repo.trees[req.Tree]; !ok {
		writeError(w, http.StatusUnprocessableEntity, "Tree SHA does not exist")
		return
	}
	for _, p := range req.Parents {
		if repo.commits[p] == nil {
			writeError(w, http.StatusUnprocessableEntity, "Parent SHA does not exist or is not a commit object")
			return
		}
	}
	parents := append(req.Parents, "", "")
	sha := repo.commitTree(parents[0], req.Tree, req.Message)
	repo.commits[sha].merged = parents[1]
	writeJSON(w, http.StatusCreated, repo.gitCommitJSON(repo.commits[sha]))
}

// gitCommitJSON is a commit as the git database answers it.
func (r *Repo) gitCommitJSON(c *commitObj) obj {
	who := obj{"name": r.s.bot, "email": strings.TrimSuffix(r.s.bot, "[bot]") + "@users.noreply.github.com",
		"date": timeJSON(r.s.now())}
	parents := []obj{}
	for _, p := range []string{c.parent, c.merged} {
		if p != "" {
			parents = append(parents, obj{"sha": p, "url": r.apiURL("/git/commits/" + p), "html_url": r.htmlURL() + "/commit/" + p})
		}
	}
	return obj{
		"sha": c.sha, "node_id": "C_" + c.sha, "url": r.apiURL("/git/commits/" + c.sha),
		"html_url": r.htmlURL() + "/commit/" + c.sha, "author": who, "committer": who, "message": c.message,
		"tree":    obj{"sha": c.treeSHA, "url": r.apiURL("/git/trees/" + c.treeSHA)},
		"parents": parents,
		"verification": obj{"verified": false, "reason": "unsigned", "signature": nil, "payload": nil,
			"verified_at": nil},
	}
}
