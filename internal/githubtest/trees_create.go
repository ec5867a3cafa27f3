package githubtest

import (
	"encoding/json"
	"maps"
	"net/http"
	"strings"
)

// createTreeRequest is the body of POST /repos/{owner}/{repo}/git/trees.
type createTreeRequest struct {
	BaseTree string            `json:"base_tree"`
	Tree     []createTreeEntry `json:"tree"`
}

// createTreeEntry is one entry: sha (a blob; JSON null deletes the path)
// or content, never both.
type createTreeEntry struct {
	Path    string          `json:"path"`
	Mode    string          `json:"mode"`
	Type    string          `json:"type"`
	SHA     json.RawMessage `json:"sha"`
	Content *string         `json:"content"`
}

// deletes reports whether the entry deletes its path (sha null).
func (e createTreeEntry) deletes() bool { return string(e.SHA) == "null" }

// blobSHA is the entry's sha, "" when absent or null.
func (e createTreeEntry) blobSHA() string {
	var sha string
	_ = json.Unmarshal(e.SHA, &sha)
	return sha
}

// createTree answers POST /repos/{owner}/{repo}/git/trees: the entries
// change base_tree (a root tree's SHA), or make a tree of their own. The
// fake models regular files: an entry of another mode or type fails the
// test.
func (s *Server) createTree(w http.ResponseWriter, r *http.Request) {
	var req createTreeRequest
	if !decode(w, r, &req) {
		return
	}
	for _, e := range req.Tree {
		if (e.Mode != "" && e.Mode != "100644") || (e.Type != "" && e.Type != "blob") {
			s.reject(w, r, http.StatusUnprocessableEntity, "githubtest models tree entries of mode 100644, type blob only")
			return
		}
	}
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	tree := map[string]string{}
	if req.BaseTree != "" {
		base, ok := repo.trees[req.BaseTree]
		if !ok {
			writeError(w, http.StatusUnprocessableEntity, "Invalid tree info: base_tree "+req.BaseTree+" is not a tree")
			return
		}
		tree = maps.Clone(base)
	}
	for _, e := range req.Tree {
		if msg := repo.applyTreeEntry(tree, e); msg != "" {
			writeError(w, http.StatusUnprocessableEntity, msg)
			return
		}
	}
	sha := repo.storeTree(tree)
	writeJSON(w, http.StatusCreated, repo.treeJSON(sha, treeEntries(tree, false)))
}

// applyTreeEntry applies e to tree, or says why GitHub refuses it. The
// caller holds s.mu.
func (r *Repo) applyTreeEntry(tree map[string]string, e createTreeEntry) string {
	switch {
	case !validTreePath(e.Path):
		return "tree.path contains a malformed path component"
	case e.Mode == "" || e.Type == "":
		return "Must supply a valid tree.mode and tree.type"
	case e.SHA != nil && e.Content != nil:
		return "Must supply either tree.sha or tree.content. Request will be rejected if both are present."
	case e.SHA == nil && e.Content == nil:
		return "Must supply either tree.sha or tree.content"
	case e.deletes() && tree[e.Path] == "":
		return "tree.path " + e.Path + " does not exist and cannot be deleted"
	case e.deletes():
		delete(tree, e.Path)
	case e.Content != nil:
		setTreeFile(tree, e.Path, r.storeBlob([]byte(*e.Content)))
	case r.blobs[e.blobSHA()] == nil:
		return "tree.sha " + e.blobSHA() + " is not a valid blob"
	default:
		setTreeFile(tree, e.Path, e.blobSHA())
	}
	return ""
}

// setTreeFile sets p to the blob sha as git does: a folder at p, or a
// file where p needs a folder, is replaced.
func setTreeFile(tree map[string]string, p, sha string) {
	for f := range tree {
		if strings.HasPrefix(f, p+"/") || strings.HasPrefix(p, f+"/") {
			delete(tree, f)
		}
	}
	tree[p] = sha
}

// validTreePath reports whether p is a relative slash path of non-empty
// components, none of them "." or "..".
func validTreePath(p string) bool {
	if p == "" {
		return false
	}
	for _, part := range strings.Split(p, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}
