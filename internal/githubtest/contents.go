package githubtest

import (
	"encoding/base64"
	"net/http"
	"path"
	"strings"
)

// putContentsRequest is the body of PUT /repos/{owner}/{repo}/contents/{path}.
type putContentsRequest struct {
	Message string  `json:"message"`
	Content string  `json:"content"`
	SHA     *string `json:"sha"`
	Branch  string  `json:"branch"`
}

// getContents answers GET /repos/{owner}/{repo}/contents/{path}: a file,
// or a directory listing.
func (s *Server) getContents(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	ref, p := repo.ref(r.URL.Query().Get("ref")), strings.Trim(r.PathValue("path"), "/")
	if b, sha, ok := repo.file(ref, p); ok {
		writeJSON(w, http.StatusOK, repo.contentJSON(ref, p, sha, b))
		return
	}
	if entries := repo.dirJSON(ref, p); len(entries) > 0 {
		writeJSON(w, http.StatusOK, entries)
		return
	}
	notFound(w)
}

// contentJSON is a file as GET contents answers it, content included when
// b is not nil.
func (r *Repo) contentJSON(ref, p, sha string, b []byte) obj {
	o := r.entryJSON(ref, p, sha, "file", len(b))
	if b != nil {
		o["encoding"] = "base64"
		o["content"] = wrap(base64.StdEncoding.EncodeToString(b), 60)
	}
	return o
}

// entryJSON is a directory entry.
func (r *Repo) entryJSON(ref, p, sha, typ string, size int) obj {
	self := r.apiURL("/contents/" + p + "?ref=" + ref)
	o := obj{
		"type": typ, "name": path.Base(p), "path": p, "sha": sha, "size": size,
		"url": self, "html_url": r.htmlURL() + "/blob/" + ref + "/" + p,
		"git_url": r.apiURL("/git/blobs/" + sha), "download_url": nil,
	}
	o["_links"] = obj{"self": self, "git": o["git_url"], "html": o["html_url"]}
	return o
}

// dirJSON lists the directory dir at ref, or returns nil.
func (r *Repo) dirJSON(ref, dir string) []obj {
	c := r.resolve(ref)
	if c == nil {
		return nil
	}
	var out []obj
	seen := map[string]bool{}
	for _, p := range sortedKeys(c.tree) {
		rest, ok := strings.CutPrefix(p, dir+"/")
		if dir == "" {
			rest, ok = p, true
		}
		if !ok {
			continue
		}
		if name, _, isDir := strings.Cut(rest, "/"); isDir {
			if !seen[name] {
				seen[name] = true
				out = append(out, r.entryJSON(ref, path.Join(dir, name), BlobSHA([]byte(name)), "dir", 0))
			}
			continue
		}
		out = append(out, r.entryJSON(ref, p, c.tree[p], "file", len(r.blobs[c.tree[p]])))
	}
	return out
}

// wrap breaks s into lines of n characters, as GitHub does base64 content.
func wrap(s string, n int) string {
	var b strings.Builder
	for len(s) > n {
		b.WriteString(s[:n] + "\n")
		s = s[n:]
	}
	b.WriteString(s + "\n")
	return b.String()
}

// putContents answers PUT /repos/{owner}/{repo}/contents/{path}.
func (s *Server) putContents(w http.ResponseWriter, r *http.Request) {
	var req putContentsRequest
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	repo.writeFile(w, r.PathValue("path"), req)
}

// writeFile commits req as GitHub does, refusing protected branches,
// missing and stale SHAs. The caller holds s.mu.
func (r *Repo) writeFile(w http.ResponseWriter, p string, req putContentsRequest) {
	branch := r.ref(req.Branch)
	if _, ok := r.branches[branch]; !ok {
		writeError(w, http.StatusNotFound, "Branch "+branch+" not found")
		return
	}
	if r.protected[branch] {
		writeJSON(w, http.StatusConflict, errorBody{Message: "Changes must be made through a pull request.",
			DocumentationURL: "https://docs.github.com/articles/about-protected-branches", Status: "409"})
		return
	}
	_, cur, exists := r.file(branch, p)
	if !r.shaMatches(w, p, cur, exists, req.SHA) {
		return
	}
	content, _ := decodeContent(req.Content)
	r.branches[branch] = r.commit(r.branches[branch], map[string][]byte{p: content}, req.Message)
	status := http.StatusCreated
	if exists {
		status = http.StatusOK
	}
	writeJSON(w, status, obj{
		"content": r.contentJSON(branch, p, BlobSHA(content), nil),
		"commit":  r.commitJSON(r.branches[branch]),
	})
}

// shaMatches checks the sha of a contents write against the current blob:
// an update needs it (422), and it must be current (409).
func (r *Repo) shaMatches(w http.ResponseWriter, p, cur string, exists bool, sha *string) bool {
	switch {
	case exists && sha == nil:
		writeError(w, http.StatusUnprocessableEntity, "Invalid request.\n\n\"sha\" wasn't supplied.")
	case sha != nil && *sha != cur:
		writeError(w, http.StatusConflict, p+" does not match "+*sha)
	default:
		return true
	}
	return false
}
