package githubtest

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// Repo is a repository of the fake. Its methods are safe for concurrent use
// with the server.
type Repo struct {
	s            *Server
	ID           int64
	Owner, Name  string
	installation int64
	git
	defaultBranch string
	protected     map[string]bool
	assignable    map[string]bool
	issues        []*Issue
	labels        []*Label
	milestones    []*Milestone
	comments      []*Comment
	pulls         map[int]*pull
	checkRuns     []*CheckRun
	reviews       []*Review
	nextNumber    int
	created       time.Time
}

// RepoOption configures a repository.
type RepoOption func(*Repo)

// Protected marks branch as protected: contents writes to it and updates
// of its reference are refused.
func Protected(branch string) RepoOption {
	return func(r *Repo) { r.protected[branch] = true }
}

// Assignable lets logins be assigned to issues in the repository.
func Assignable(logins ...string) RepoOption {
	return func(r *Repo) {
		for _, l := range logins {
			r.assignable[strings.ToLower(l)] = true
		}
	}
}

// Installation says which app installation the repository belongs to
// (default 1).
func Installation(id int64) RepoOption {
	return func(r *Repo) { r.installation = id }
}

// DefaultBranch sets the default branch (default "main").
func DefaultBranch(name string) RepoOption {
	return func(r *Repo) { r.defaultBranch = name }
}

// AddRepo creates the repository owner/name with an empty default branch.
func (s *Server) AddRepo(owner, name string, opts ...RepoOption) *Repo {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := &Repo{
		s: s, ID: s.id(), Owner: owner, Name: name, installation: 1,
		git: newGit(), defaultBranch: "main", protected: map[string]bool{},
		assignable: map[string]bool{}, pulls: map[int]*pull{}, nextNumber: 1,
		created: s.now(),
	}
	for _, o := range opts {
		o(r)
	}
	r.branches[r.defaultBranch] = r.commit("", nil, "Initial commit")
	s.repos[strings.ToLower(owner+"/"+name)] = r
	return r
}

// FullName is "owner/name".
func (r *Repo) FullName() string { return r.Owner + "/" + r.Name }

// lockedRepo finds the repository of r's owner and repo path values and
// locks the server; it answers 404 and returns nil when there is none.
// The caller unlocks s.mu when the result is not nil.
func (s *Server) lockedRepo(w http.ResponseWriter, r *http.Request) *Repo {
	s.mu.Lock()
	repo := s.repos[strings.ToLower(r.PathValue("owner")+"/"+r.PathValue("repo"))]
	if repo == nil {
		s.mu.Unlock()
		notFound(w)
	}
	return repo
}

// getRepo answers GET /repos/{owner}/{repo}.
func (s *Server) getRepo(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, repo.json())
}

// getBranch answers GET /repos/{owner}/{repo}/branches/{branch}.
func (s *Server) getBranch(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	name := r.PathValue("branch")
	sha, ok := repo.branches[name]
	if !ok {
		writeError(w, http.StatusNotFound, "Branch not found")
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"name": name, "protected": repo.protected[name],
		"commit": repo.commitJSON(sha), "_links": map[string]string{"html": repo.htmlURL() + "/tree/" + name},
	})
}

// Branches lists the repository's branches, sorted.
func (r *Repo) Branches() []string {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var names []string
	for b := range r.branches {
		names = append(names, b)
	}
	slices.Sort(names)
	return names
}

// number returns the next issue or pull request number. The caller holds
// s.mu.
func (r *Repo) number() int {
	n := r.nextNumber
	r.nextNumber++
	return n
}

// decodeLocked decodes the request body into v and then locks the server and
// finds the repository, as lockedRepo does; nil means an answer was written
// (400 for a bad body, 404 for an unknown repository) and nothing is locked.
func (s *Server) decodeLocked(w http.ResponseWriter, r *http.Request, v any) *Repo {
	if !decode(w, r, v) {
		return nil
	}
	return s.lockedRepo(w, r)
}
