package githubtest

import (
	"net/http"
	"strings"
)

// createRef answers POST /repos/{owner}/{repo}/git/refs, creating a branch.
func (s *Server) createRef(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Ref string `json:"ref"`
		SHA string `json:"sha"`
	}
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	name, ok := strings.CutPrefix(req.Ref, "refs/heads/")
	switch {
	case !ok || name == "":
		writeError(w, http.StatusUnprocessableEntity, "Reference name must start with 'refs/heads/'")
	case repo.branches[name] != "":
		writeError(w, http.StatusUnprocessableEntity, "Reference already exists")
	case repo.commits[req.SHA] == nil:
		writeError(w, http.StatusUnprocessableEntity, "Object does not exist")
	default:
		repo.branches[name] = req.SHA
		writeJSON(w, http.StatusCreated, repo.refJSON(name))
	}
}

// getRef answers GET /repos/{owner}/{repo}/git/ref/{ref} for branches.
func (s *Server) getRef(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	name, ok := strings.CutPrefix(r.PathValue("ref"), "heads/")
	if !ok || repo.branches[name] == "" {
		notFound(w)
		return
	}
	writeJSON(w, http.StatusOK, repo.refJSON(name))
}

// refJSON is the git reference of branch name.
func (r *Repo) refJSON(name string) obj {
	sha := r.branches[name]
	return obj{
		"ref": "refs/heads/" + name, "node_id": "REF_" + name, "url": r.apiURL("/git/refs/heads/" + name),
		"object": obj{"type": "commit", "sha": sha, "url": r.apiURL("/git/commits/" + sha)},
	}
}
