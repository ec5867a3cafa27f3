package githubtest

import (
	"net/http"
	"slices"
)

// merge answers POST /repos/{owner}/{repo}/merges: head (a branch or a
// commit SHA) is merged into the branch base with a merge commit. It
// answers 204 when base contains head already, 409 when a path changed
// differently on both sides since their merge base, and 404 for an
// unknown base or head.
func (s *Server) merge(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Base, Head    string
		CommitMessage string `json:"commit_message"`
	}
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	base, head := repo.branches[req.Base], repo.resolve(req.Head)
	switch {
	case base == "":
		writeError(w, http.StatusNotFound, "Base does not exist")
	case head == nil:
		writeError(w, http.StatusNotFound, "Head does not exist")
	case repo.isAncestor(head.sha, base):
		w.WriteHeader(http.StatusNoContent)
	default:
		repo.mergeInto(w, req.Base, head.sha, cmpOr(req.CommitMessage, "Merge "+req.Head+" into "+req.Base))
	}
}

// mergeInto commits the merge of head into the branch base, or answers
// 409 on a conflict. The caller holds s.mu.
func (r *Repo) mergeInto(w http.ResponseWriter, base, head, message string) {
	changes, ok := r.threeWay(r.branches[base], head)
	if !ok {
		writeError(w, http.StatusConflict, "Merge conflict")
		return
	}
	sha := r.commit(r.branches[base], changes, message)
	r.commits[sha].merged = head
	r.branches[base] = sha
	writeJSON(w, http.StatusCreated, r.mergeCommitJSON(sha))
}

// threeWay returns the changes that bring theirs' side into ours: the
// paths theirs changed since the merge base and ours did not (nil
// content deletes); ok is false when both changed a path differently.
func (r *Repo) threeWay(ours, theirs string) (changes map[string][]byte, ok bool) {
	base := map[string]string{}
	if mb := r.mergeBase(ours, theirs); mb != "" {
		base = r.commits[mb].tree
	}
	o, t := r.commits[ours].tree, r.commits[theirs].tree
	changes = map[string][]byte{}
	for _, p := range unionKeys(o, t) {
		switch {
		case o[p] == t[p] || t[p] == base[p]:
		case o[p] != base[p]:
			return nil, false
		case t[p] == "":
			changes[p] = nil
		default:
			changes[p] = r.blobs[t[p]]
		}
	}
	return changes, true
}

// mergeBase is the nearest commit of b's history that is in a's, or "".
func (r *Repo) mergeBase(a, b string) string {
	inA := r.ancestry(a)
	for _, sha := range r.ancestry(b) {
		if slices.Contains(inA, sha) {
			return sha
		}
	}
	return ""
}

// isAncestor reports whether commit a is commit b or in its history.
func (r *Repo) isAncestor(a, b string) bool { return slices.Contains(r.ancestry(b), a) }

// ancestry lists sha and the commits it descends from, nearest first.
func (r *Repo) ancestry(sha string) []string {
	var out []string
	for queue := []string{sha}; len(queue) > 0; queue = queue[1:] {
		c := r.commits[queue[0]]
		if c == nil || slices.Contains(out, c.sha) {
			continue
		}
		out = append(out, c.sha)
		queue = append(queue, c.parent)
		if c.merged != "" {
			queue = append(queue, c.merged)
		}
	}
	return out
}

// mergeCommitJSON is the merge commit sha as the merges endpoint answers
// it.
func (r *Repo) mergeCommitJSON(sha string) obj {
	c := r.commits[sha]
	o := r.commitJSON(sha)
	o["node_id"] = "C_" + sha
	o["commit"] = obj{"message": c.message, "url": r.apiURL("/git/commits/" + sha),
		"tree": obj{"sha": sha, "url": r.apiURL("/git/trees/" + sha)}}
	o["parents"] = []obj{r.commitJSON(c.parent), r.commitJSON(c.merged)}
	return o
}
