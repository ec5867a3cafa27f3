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
// tree_sha is a root tree's SHA, a branch name or a commit SHA (GitHub
// takes any tree-ish): the root's entries, or with recursive set every
// blob and directory below it. The answer's sha is the root tree's. The
// fake keeps root trees only: a directory's sha is derived from the root
// tree's and its path.
func (s *Server) getTree(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	sha, tree, ok := repo.resolveTree(r.PathValue("tree_sha"))
	if !ok {
		notFound(w)
		return
	}
	recursive := r.URL.Query().Has("recursive") && r.URL.Query().Get("recursive") != "false"
	writeJSON(w, http.StatusOK, repo.treeJSON(sha, treeEntries(tree, recursive)))
}

// treeJSON is the tree sha with entries, as GitHub answers it.
func (r *Repo) treeJSON(sha string, entries []treeEntry) obj {
	out := []obj{}
	for _, e := range entries {
		out = append(out, r.treeEntryJSON(sha, e))
	}
	return obj{"sha": sha, "url": r.apiURL("/git/trees/" + sha), "tree": out, "truncated": false}
}

// treeEntry is a path of a commit's tree: a blob, or a directory ("").
type treeEntry struct{ path, blob string }

// treeEntries lists a tree's paths in path order, directories included:
// all of them, or only those at the root.
func treeEntries(tree map[string]string, recursive bool) []treeEntry {
	seen := map[string]bool{}
	var out []treeEntry
	for p, sha := range tree {
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

// treeEntryJSON is one entry of the tree root's answer.
func (r *Repo) treeEntryJSON(root string, e treeEntry) obj {
	if e.blob == "" {
		h := sha1.Sum([]byte(root + "\x00" + e.path))
		sha := hex.EncodeToString(h[:])
		return obj{"path": e.path, "mode": "040000", "type": "tree", "sha": sha, "url": r.apiURL("/git/trees/" + sha)}
	}
	return obj{"path": e.path, "mode": "100644", "type": "blob", "sha": e.blob,
		"size": len(r.blobs[e.blob]), "url": r.apiURL("/git/blobs/" + e.blob)}
}
