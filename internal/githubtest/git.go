package githubtest

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"maps"
)

// git is a repository's object store: blobs, root trees (each a full
// snapshot: path → blob SHA), commits and branches.
type git struct {
	blobs    map[string][]byte
	trees    map[string]map[string]string // root tree SHA → snapshot
	commits  map[string]*commitObj
	branches map[string]string // name → commit SHA
}

// commitObj is a commit with its whole tree: path → blob SHA.
type commitObj struct {
	sha, parent, message string
	// merged is a merge commit's second parent: the commit merged in.
	merged  string
	tree    map[string]string
	treeSHA string
}

func newGit() git {
	return git{blobs: map[string][]byte{}, trees: map[string]map[string]string{},
		commits: map[string]*commitObj{}, branches: map[string]string{}}
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
		tree[path] = g.storeBlob(content)
	}
	return g.commitTree(parent, g.storeTree(tree), message)
}

// storeBlob keeps content and returns its SHA.
func (g *git) storeBlob(content []byte) string {
	sha := BlobSHA(content)
	g.blobs[sha] = content
	return sha
}

// storeTree keeps a root tree snapshot and returns its SHA, which names
// its content: the same paths and blobs give the same SHA, as in git.
func (g *git) storeTree(tree map[string]string) string {
	h := sha1.New()
	fmt.Fprintf(h, "tree %d\x00", len(tree))
	for _, p := range sortedKeys(tree) {
		fmt.Fprintf(h, "%s %s\n", p, tree[p])
	}
	sha := hex.EncodeToString(h.Sum(nil))
	g.trees[sha] = tree
	return sha
}

// commitTree stores a commit of the stored tree treeSHA on parent ("" for
// a root commit) and returns its SHA.
func (g *git) commitTree(parent, treeSHA, message string) string {
	h := sha1.New()
	fmt.Fprintf(h, "commit %s %s %d %s", parent, message, len(g.commits), treeSHA)
	sha := hex.EncodeToString(h.Sum(nil))
	g.commits[sha] = &commitObj{sha: sha, parent: parent, message: message, tree: g.trees[treeSHA], treeSHA: treeSHA}
	return sha
}

// resolve returns the commit a branch name or commit SHA names.
func (g *git) resolve(ref string) *commitObj {
	if sha, ok := g.branches[ref]; ok {
		return g.commits[sha]
	}
	return g.commits[ref]
}

// resolveTree returns the root tree a branch name, commit SHA or tree SHA
// names, and its SHA.
func (g *git) resolveTree(ref string) (string, map[string]string, bool) {
	if c := g.resolve(ref); c != nil {
		return c.treeSHA, c.tree, true
	}
	tree, ok := g.trees[ref]
	return ref, tree, ok
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
