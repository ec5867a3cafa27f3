package githubtest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// jwtIssuer returns the iss claim of r's Bearer JWT, without verifying the
// signature, or "" when there is none.
func jwtIssuer(r *http.Request) string {
	parts := strings.Split(bearer(r), ".")
	if len(parts) != 3 {
		return ""
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return ""
	}
	var claims struct {
		Iss any `json:"iss"`
	}
	if json.Unmarshal(payload, &claims) != nil || claims.Iss == nil {
		return ""
	}
	return fmt.Sprint(claims.Iss)
}

// InstallationToken issues a token for installation id, as the access
// token endpoint does, for tests that build a client without an app key.
func (s *Server) InstallationToken(id int64) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.issueToken(id)
}

// issueToken makes and remembers a token. The caller holds s.mu.
func (s *Server) issueToken(id int64) string {
	s.counter++
	tok := fmt.Sprintf("ghs_fake%04d%026d", id%10000, s.counter)
	s.tokens[tok] = id
	return tok
}

// installed reports whether some repository belongs to installation id.
func (s *Server) installed(id int64) bool {
	for _, r := range s.repos {
		if r.installation == id {
			return true
		}
	}
	return false
}

// createToken answers POST /app/installations/{installation_id}/access_tokens
// for any JWT with an issuer.
func (s *Server) createToken(w http.ResponseWriter, r *http.Request) {
	if jwtIssuer(r) == "" {
		writeError(w, http.StatusUnauthorized, "A JSON web token could not be decoded")
		return
	}
	id, _ := pathInt(r, "installation_id")
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.installed(id) {
		notFound(w)
		return
	}
	if _, ok := s.suspended[id]; ok {
		writeError(w, http.StatusForbidden, "This installation has been suspended")
		return
	}
	writeJSON(w, http.StatusCreated, obj{
		"token": s.issueToken(id), "expires_at": timeJSON(s.now().Add(time.Hour)),
		"repository_selection": "selected",
		"permissions": obj{"checks": "write", "contents": "write", "issues": "write",
			"pull_requests": "write", "metadata": "read"},
	})
}

// listInstallationRepos answers GET /installation/repositories for the
// installation the request's token was issued to.
func (s *Server) listInstallationRepos(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok := s.tokens[bearer(r)]
	if !ok {
		writeError(w, http.StatusUnauthorized, "Bad credentials")
		return
	}
	var repos []*Repo
	for _, k := range sortedKeys(s.repos) {
		if s.repos[k].installation == id {
			repos = append(repos, s.repos[k])
		}
	}
	out := page(w, r, repos, (*Repo).json)
	writeJSON(w, http.StatusOK, obj{"total_count": len(repos), "repository_selection": "selected", "repositories": out})
}

// listInstallations answers GET /app/installations for any JWT with an
// issuer.
func (s *Server) listInstallations(w http.ResponseWriter, r *http.Request) {
	if jwtIssuer(r) == "" {
		writeError(w, http.StatusUnauthorized, "A JSON web token could not be decoded")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	accounts, created := map[int64]string{}, map[int64]time.Time{}
	for _, repo := range s.repos {
		accounts[repo.installation] = repo.Owner
		if c, ok := created[repo.installation]; !ok || repo.created.Before(c) {
			created[repo.installation] = repo.created
		}
	}
	ids := make([]int64, 0, len(accounts))
	for id := range accounts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := []obj{}
	for _, id := range paginate(w, r, ids) {
		inst := obj{"id": id, "account": userJSON(accounts[id]), "app_id": 1, "created_at": timeJSON(created[id]),
			"target_type": "Organization", "repository_selection": "selected"}
		if at, ok := s.suspended[id]; ok {
			inst["suspended_at"] = timeJSON(at)
		}
		out = append(out, inst)
	}
	writeJSON(w, http.StatusOK, out)
}

// getRepoInstallation answers GET /repos/{owner}/{repo}/installation for
// any JWT with an issuer: the installation the repository belongs to.
func (s *Server) getRepoInstallation(w http.ResponseWriter, r *http.Request) {
	if jwtIssuer(r) == "" {
		writeError(w, http.StatusUnauthorized, "A JSON web token could not be decoded")
		return
	}
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, obj{"id": repo.installation, "account": userJSON(repo.Owner), "app_id": 1,
		"created_at": timeJSON(repo.created), "target_type": "Organization", "repository_selection": "selected"})
}

// Suspend suspends installation id, as an owner can: it is listed with
// suspended_at and refused new tokens.
func (s *Server) Suspend(id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.suspended == nil {
		s.suspended = map[int64]time.Time{}
	}
	s.suspended[id] = s.now()
}

// getApp answers GET /app for any JWT with an issuer: the app whose bot
// user authors what the app creates (WithBotLogin), its slug being that
// login without "[bot]".
func (s *Server) getApp(w http.ResponseWriter, r *http.Request) {
	iss := jwtIssuer(r)
	if iss == "" {
		writeError(w, http.StatusUnauthorized, "A JSON web token could not be decoded")
		return
	}
	id, _ := strconv.ParseInt(iss, 10, 64)
	slug := strings.TrimSuffix(s.bot, "[bot]")
	out := ManifestApp{ID: id, Slug: slug, Name: slug, Owner: "octo"}.json(s.now())
	for _, k := range []string{"client_id", "client_secret", "webhook_secret", "pem"} {
		delete(out, k)
	}
	out["permissions"] = obj{"checks": "write", "contents": "write", "issues": "write", "pull_requests": "write", "metadata": "read"}
	out["events"] = []string{"check_run", "check_suite", "issues", "pull_request"}
	writeJSON(w, http.StatusOK, out)
}
