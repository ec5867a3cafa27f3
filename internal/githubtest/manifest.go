package githubtest

import (
	"cmp"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// ManifestApp is the GitHub App a code of the app-manifest flow converts
// to: what POST /app-manifests/{code}/conversions answers.
type ManifestApp struct {
	ID            int64
	Slug          string
	Name          string
	Owner         string // the login that owns the app
	ClientID      string
	ClientSecret  string
	WebhookSecret string
	PEM           string // the app's private key
	Permissions   map[string]string
	Events        []string
}

// HTMLURL is the app's page on GitHub.
func (a ManifestApp) HTMLURL() string { return htmlBase + "apps/" + a.Slug }

// manifestCodes holds each server's codes not yet converted, beside the
// server rather than in it; guarded by the server's mu.
var manifestCodes sync.Map // *Server → map[string]ManifestApp

// AddManifestCode registers code as one GitHub hands out when it has
// created an app from a manifest. The first POST
// /app-manifests/{code}/conversions answers 201 with app; later ones, and
// unknown codes, 404. Fields app leaves empty are made up (the key is a
// new 2048-bit RSA key); the completed app is returned.
func (s *Server) AddManifestCode(code string, app ManifestApp) ManifestApp {
	key := app.PEM
	if key == "" {
		key = newKeyPEM(s.t)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	app = app.withDefaults(s.id())
	app.PEM = key
	codes, loaded := manifestCodes.LoadOrStore(s, map[string]ManifestApp{})
	if !loaded {
		s.t.Cleanup(func() { manifestCodes.Delete(s) })
	}
	codes.(map[string]ManifestApp)[code] = app
	return app
}

// withDefaults fills in the empty fields of a, with id if it has none.
func (a ManifestApp) withDefaults(id int64) ManifestApp {
	if a.ID == 0 {
		a.ID = id
	}
	a.Name = cmp.Or(a.Name, "postmortem-bot")
	a.Slug = cmp.Or(a.Slug, strings.ToLower(strings.ReplaceAll(a.Name, " ", "-")))
	a.Owner = cmp.Or(a.Owner, "octocat")
	a.ClientID = cmp.Or(a.ClientID, "Iv1."+randomHex(8))
	a.ClientSecret = cmp.Or(a.ClientSecret, randomHex(20))
	a.WebhookSecret = cmp.Or(a.WebhookSecret, randomHex(20))
	if a.Permissions == nil {
		a.Permissions = map[string]string{"metadata": "read"}
	}
	if a.Events == nil {
		a.Events = []string{}
	}
	return a
}

// convertManifest answers POST /app-manifests/{code}/conversions: a
// registered code converts once.
func (s *Server) convertManifest(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	s.mu.Lock()
	defer s.mu.Unlock()
	codes, _ := manifestCodes.Load(s)
	apps, _ := codes.(map[string]ManifestApp)
	app, ok := apps[code]
	if !ok {
		notFound(w)
		return
	}
	delete(apps, code)
	writeJSON(w, http.StatusCreated, app.json(s.now()))
}

// json is the app as the conversion answers it: GitHub's integration
// with the client credentials, the webhook secret and the key.
func (a ManifestApp) json(now time.Time) obj {
	return obj{
		"id": a.ID, "slug": a.Slug, "node_id": "A_" + a.Slug, "owner": fullUserJSON(a.Owner),
		"name": a.Name, "description": "", "external_url": htmlBase + a.Owner,
		"html_url": a.HTMLURL(), "created_at": timeJSON(now), "updated_at": timeJSON(now),
		"permissions": a.Permissions, "events": a.Events,
		"client_id": a.ClientID, "client_secret": a.ClientSecret,
		"webhook_secret": a.WebhookSecret, "pem": a.PEM,
	}
}

// fullUserJSON is GitHub's simple-user with every field its schema
// requires.
func fullUserJSON(login string) obj {
	u := userJSON(login)
	api := "https://api.github.com/users/" + login
	for k, v := range map[string]string{
		"avatar_url": "https://avatars.githubusercontent.com/u/1", "gravatar_id": "",
		"followers_url": api + "/followers", "following_url": api + "/following{/other_user}",
		"gists_url": api + "/gists{/gist_id}", "starred_url": api + "/starred{/owner}{/repo}",
		"subscriptions_url": api + "/subscriptions", "organizations_url": api + "/orgs",
		"repos_url": api + "/repos", "events_url": api + "/events{/privacy}",
		"received_events_url": api + "/received_events",
	} {
		u[k] = v
	}
	return u
}

// newKeyPEM is a new RSA private key in PEM, as GitHub hands app keys out.
func newKeyPEM(t testing.TB) string {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatalf("githubtest: generating an app key: %v", err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}))
}

// randomHex is n random bytes in hex.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
