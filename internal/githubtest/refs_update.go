package githubtest

import (
	"net/http"
	"strings"
)

// updateRef answers PATCH /repos/{owner}/{repo}/git/refs/{ref} for
// branches: the commit must exist and, unless force is set, descend from
// the branch's head (a fast forward); a protected branch refuses it.
func (s *Server) updateRef(w http.ResponseWriter, r *http.Request) {
	var req struct {
		SHA   string `json:"sha"`
		Force bool   `json:"force"`
	}
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	name, ok := strings.CutPrefix(r.PathValue("ref"), "heads/")
	switch {
	case !ok || repo.branches[name] == "":
		writeError(w, http.StatusUnprocessableEntity, "Reference does not exist")
	case repo.commits[req.SHA] == nil:
		writeError(w, http.StatusUnprocessableEntity, "Object does not exist")
	case repo.protected[name]:
		writeError(w, http.StatusUnprocessableEntity, "Changes must be made through a pull request.")
	case !req.Force && !repo.isAncestor(repo.branches[name], req.SHA):
		writeError(w, http.StatusUnprocessableEntity, "Update is not a fast forward")
	default:
		repo.branches[name] = req.SHA
		writeJSON(w, http.StatusOK, repo.refJSON(name))
	}
}

// DeleteBranch deletes branch, as a person would after merging its pull
// request; open pull requests from it are closed, as GitHub does. The
// default branch cannot be deleted.
func (r *Repo) DeleteBranch(branch string) {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	if branch == r.defaultBranch {
		r.s.t.Errorf("githubtest: the default branch %s cannot be deleted", branch)
		return
	}
	delete(r.branches, branch)
	for _, p := range r.pulls {
		if p.head == branch && p.issue.State == "open" {
			r.closePull(p)
		}
	}
}
