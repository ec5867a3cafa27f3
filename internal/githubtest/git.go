package githubtest

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"maps"
	"strconv"
)

// git is a repository's object store: blobs, commits (each a full tree
// snapshot) and branches.
type git struct {
	blobs    map[string][]byte
	commits  map[string]*commitObj
	branches map[string]string // name → commit SHA
}

// commitObj is a commit with its whole tree: path → blob SHA.
type commitObj struct {
	sha, parent, message string
	// merged is a merge commit's second parent: the commit merged in.
	merged string
	tree   map[string]string
}

func newGit() git {
	return git{blobs: map[string][]byte{}, commits: map[string]*commitObj{}, branches: map[string]string{}}
}

// BlobSHA is git's object id for content: sha1("blob <len>\x00" + content).
func BlobSHA(content []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(content))
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

// commit stores a commit with parent's tree changed by files (nil content
// removes a path) and returns its SHA.
func (g *git) commit(parent string, files map[string][]byte, message string) string {
	tree := map[string]string{}
	if p := g.commits[parent]; p != nil {
		tree = maps.Clone(p.tree)
	}
	for path, content := range files {
		if content == nil {
			delete(tree, path)
			continue
		}
		sha := BlobSHA(content)
		g.blobs[sha] = content
		tree[path] = sha
	}
	h := sha1.New()
	fmt.Fprintf(h, "commit %s %s %d %s", parent, message, len(g.commits), strconv.Itoa(len(tree)))
	for _, p := range sortedKeys(tree) {
		fmt.Fprintf(h, "%s %s\n", p, tree[p])
	}
	sha := hex.EncodeToString(h.Sum(nil))
	g.commits[sha] = &commitObj{sha: sha, parent: parent, message: message, tree: tree}
	return sha
}

// resolve returns the commit a branch name or commit SHA names.
func (g *git) resolve(ref string) *commitObj {
	if sha, ok := g.branches[ref]; ok {
		return g.commits[sha]
	}
	return g.commits[ref]
}

// file returns the content and blob SHA of path at ref.
func (g *git) file(ref, path string) ([]byte, string, bool) {
	c := g.resolve(ref)
	if c == nil {
		return nil, "", false
	}
	sha, ok := c.tree[path]
	return g.blobs[sha], sha, ok
}

// PutFile commits content at path on branch (created from the default
// branch if missing) and returns the blob SHA.
func (r *Repo) PutFile(branch, path string, content []byte) (blobSHA string) {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	r.ensureBranch(branch)
	content = append([]byte{}, content...)
	r.branches[branch] = r.commit(r.branches[branch], map[string][]byte{path: content}, "Update "+path)
	return BlobSHA(content)
}

// File returns the content of path on branch (or at a commit SHA).
func (r *Repo) File(branch, path string) ([]byte, bool) {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	b, _, ok := r.file(r.ref(branch), path)
	return append([]byte(nil), b...), ok
}

// HeadSHA returns the commit SHA branch points at, or "".
func (r *Repo) HeadSHA(branch string) string {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	return r.branches[branch]
}

// CommitMessages returns the messages of the commits on branch, newest
// first.
func (r *Repo) CommitMessages(branch string) []string {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var msgs []string
	for c := r.resolve(branch); c != nil; c = r.commits[c.parent] {
		msgs = append(msgs, c.message)
	}
	return msgs
}

// ensureBranch creates branch from the default branch if missing. The
// caller holds s.mu.
func (r *Repo) ensureBranch(branch string) {
	if _, ok := r.branches[branch]; !ok {
		r.branches[branch] = r.branches[r.defaultBranch]
	}
}

// ref maps "" to the default branch.
func (r *Repo) ref(ref string) string {
	if ref == "" {
		return r.defaultBranch
	}
	return ref
}
