package githubtest

import (
	"crypto/sha1"
	"encoding/hex"
	"net/http"
	"path"
	"sort"
	"strings"
)

// getTree answers GET /repos/{owner}/{repo}/git/trees/{tree_sha}, where
// tree_sha is a branch name or a commit SHA (GitHub accepts both): the
// root's entries, or with recursive set every blob and directory below it.
// The fake keeps no tree objects: the answer's sha is the commit's, and a
// directory's is derived from the commit and its path.
func (s *Server) getTree(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	c := repo.resolve(r.PathValue("tree_sha"))
	if c == nil {
		notFound(w)
		return
	}
	recursive := r.URL.Query().Has("recursive") && r.URL.Query().Get("recursive") != "false"
	entries := []obj{}
	for _, e := range treeEntries(c, recursive) {
		entries = append(entries, repo.treeEntryJSON(c, e))
	}
	writeJSON(w, http.StatusOK, obj{"sha": c.sha, "url": repo.apiURL("/git/trees/" + c.sha),
		"tree": entries, "truncated": false})
}

// treeEntry is a path of a commit's tree: a blob, or a directory ("").
type treeEntry struct{ path, blob string }

// treeEntries lists c's paths in git's order, directories included: all of
// them, or only those at the root.
func treeEntries(c *commitObj, recursive bool) []treeEntry {
	seen := map[string]bool{}
	var out []treeEntry
	for p, sha := range c.tree {
		for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
			if !seen[dir] {
				seen[dir] = true
				out = append(out, treeEntry{path: dir})
			}
		}
		out = append(out, treeEntry{p, sha})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	if recursive {
		return out
	}
	root := out[:0]
	for _, e := range out {
		if !strings.Contains(e.path, "/") {
			root = append(root, e)
		}
	}
	return root
}

// treeEntryJSON is one entry of a tree answer.
func (r *Repo) treeEntryJSON(c *commitObj, e treeEntry) obj {
	if e.blob == "" {
		h := sha1.Sum([]byte(c.sha + "\x00" + e.path))
		sha := hex.EncodeToString(h[:])
		return obj{"path": e.path, "mode": "040000", "type": "tree", "sha": sha, "url": r.apiURL("/git/trees/" + sha)}
	}
	return obj{"path": e.path, "mode": "100644", "type": "blob", "sha": e.blob,
		"size": len(r.blobs[e.blob]), "url": r.apiURL("/git/blobs/" + e.blob)}
}
