package githubapp

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// repoHandler answers every API call with the installation's repository.
func repoHandler(w http.ResponseWriter, _ *http.Request, id int64) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = fmt.Fprintf(w, `{"id":%d,"name":"repo-of-%d"}`, id, id)
}

func TestAppClientSignsRS256JWT(t *testing.T) {
	f := newFakeGitHub(t, "")
	c, _ := newTestClients(t, f, nil)
	app, _, err := c.App().Apps.Get(context.Background(), "")
	if err != nil {
		t.Fatalf("Apps.Get: %v", err)
	}
	if app.GetID() != testAppID {
		t.Errorf("app id: got %d, want %d", app.GetID(), testAppID)
	}
	claims := f.jwtClaims[0]
	if claims.Issuer != strconv.Itoa(testAppID) {
		t.Errorf("iss: got %q, want %q", claims.Issuer, strconv.Itoa(testAppID))
	}
	if life := time.Until(claims.ExpiresAt.Time); life <= 0 || life > 10*time.Minute {
		t.Errorf("exp: got %v from now, want within (0, 10m]", life)
	}
}

func TestInstallationTokenFetchedOnceAndReused(t *testing.T) {
	f := newFakeGitHub(t, "")
	f.setAPI(repoHandler)
	c, _ := newTestClients(t, f, nil)
	ctx := context.Background()
	for i := range 3 {
		repo, _, err := c.Installation(5).Repositories.Get(ctx, "o", fmt.Sprintf("r%d", i))
		if err != nil || repo.GetName() != "repo-of-5" {
			t.Fatalf("Repositories.Get: got %q, %v; want repo-of-5", repo.GetName(), err)
		}
	}
	tok, err := c.InstallationToken(ctx, 5)
	if err != nil || tok != "ghs_inst5_call1" {
		t.Errorf("InstallationToken: got %q, %v; want ghs_inst5_call1", tok, err)
	}
	if got := f.tokenCallsFor(5); got != 1 {
		t.Errorf("token requests: got %d, want 1", got)
	}
}

func TestInstallationTokenRefreshedAfterExpiry(t *testing.T) {
	f := newFakeGitHub(t, "")
	// The first token expires within ghinstallation's one-minute refresh
	// margin, so the next request must fetch another; that one lasts.
	f.tokenTTL = func(call int) time.Duration {
		if call == 1 {
			return 30 * time.Second
		}
		return time.Hour
	}
	f.setAPI(repoHandler)
	c, _ := newTestClients(t, f, nil)
	ctx := context.Background()
	want := []string{"ghs_inst3_call1", "ghs_inst3_call2", "ghs_inst3_call2"}
	for i, w := range want {
		tok, err := c.InstallationToken(ctx, 3)
		if err != nil || tok != w {
			t.Errorf("token %d: got %q, %v; want %q", i, tok, err, w)
		}
	}
	if _, _, err := c.Installation(3).Repositories.Get(ctx, "o", "r"); err != nil {
		t.Fatalf("Repositories.Get: %v", err)
	}
	if got := f.tokenCallsFor(3); got != 2 {
		t.Errorf("token requests: got %d, want 2", got)
	}
}

func TestInstallationConcurrentUse(t *testing.T) {
	f := newFakeGitHub(t, "")
	f.setAPI(repoHandler)
	c, _ := newTestClients(t, f, nil)
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for i := range 50 {
		wg.Go(func() {
			repo, _, err := c.Installation(9).Repositories.Get(context.Background(), "o", fmt.Sprint("r", i))
			if err == nil && repo.GetName() != "repo-of-9" {
				err = fmt.Errorf("got repo %q, want repo-of-9", repo.GetName())
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if got := f.tokenCallsFor(9); got != 1 {
		t.Errorf("token requests: got %d, want 1", got)
	}
	if first, again := c.Installation(9), c.Installation(9); first != again {
		t.Error("Installation(9) returned different clients")
	}
}

func TestUserAgentOnEveryRequest(t *testing.T) {
	for _, tc := range []struct{ configured, want string }{
		{"", DefaultUserAgent},
		{"postmortem-bot/1.2.3", "postmortem-bot/1.2.3"},
	} {
		f := newFakeGitHub(t, "")
		f.setAPI(repoHandler)
		c, _ := newTestClients(t, f, func(cfg *Config) { cfg.UserAgent = tc.configured })
		if _, _, err := c.Installation(1).Repositories.Get(context.Background(), "o", "r"); err != nil {
			t.Fatalf("Repositories.Get: %v", err)
		}
		if _, _, err := c.App().Apps.Get(context.Background(), ""); err != nil {
			t.Fatalf("Apps.Get: %v", err)
		}
		if len(f.userAgents) != 3 {
			t.Errorf("requests: got %d, want 3 (token, repo, app)", len(f.userAgents))
		}
		for _, ua := range f.userAgents {
			if ua != tc.want {
				t.Errorf("User-Agent: got %q, want %q", ua, tc.want)
			}
		}
	}
}

func TestEnterpriseBaseURLForAPIAndTokens(t *testing.T) {
	f := newFakeGitHub(t, "/api/v3")
	var paths []string
	var mu sync.Mutex
	f.setAPI(func(w http.ResponseWriter, r *http.Request, id int64) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		repoHandler(w, r, id)
	})
	// No trailing slash: New adds it.
	c, _ := newTestClients(t, f, func(cfg *Config) { cfg.BaseURL = f.srv.URL + "/api/v3" })
	if _, _, err := c.Installation(2).Repositories.Get(context.Background(), "o", "r"); err != nil {
		t.Fatalf("Repositories.Get: %v", err)
	}
	if _, _, err := c.App().Apps.Get(context.Background(), ""); err != nil {
		t.Fatalf("Apps.Get: %v", err)
	}
	if got := f.tokenCallsFor(2); got != 1 {
		t.Errorf("token requests under /api/v3: got %d, want 1", got)
	}
	if len(paths) != 1 || paths[0] != "/api/v3/repos/o/r" {
		t.Errorf("API paths: got %v, want [/api/v3/repos/o/r]", paths)
	}
	if got := c.Installation(2).UploadURL.String(); got != f.srv.URL+"/api/uploads/" {
		t.Errorf("upload URL: got %q, want %q", got, f.srv.URL+"/api/uploads/")
	}
}

func TestUploadURL(t *testing.T) {
	for _, tc := range []struct{ base, want string }{
		{"https://api.github.com/", "https://uploads.github.com/"},
		{"https://ghe.example.com/api/v3/", "https://ghe.example.com/api/uploads/"},
		{"http://127.0.0.1:8080/", "http://127.0.0.1:8080/"},
	} {
		u, err := parseBaseURL(tc.base)
		if err != nil {
			t.Fatalf("parseBaseURL(%q): %v", tc.base, err)
		}
		if got := uploadURL(u).String(); got != tc.want {
			t.Errorf("uploadURL(%q): got %q, want %q", tc.base, got, tc.want)
		}
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	_, good := testKey(t)
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"no app id", func(c *Config) { c.AppID = 0 }, "App ID"},
		{"relative base URL", func(c *Config) { c.BaseURL = "api.github.com" }, "absolute http"},
		{"credentials in base URL", func(c *Config) { c.BaseURL = "https://u:p@ghe.example.com/api/v3/" }, "credentials"},
		{"query in base URL", func(c *Config) { c.BaseURL = "https://ghe.example.com/?x=1" }, "query"},
		{"empty key", func(c *Config) { c.PrivateKey = nil }, "empty"},
		{"garbage key", func(c *Config) { c.PrivateKey = []byte("not a key") }, "not PEM"},
		{"escaped newlines", func(c *Config) { c.PrivateKey = []byte(strings.ReplaceAll(string(good), "\n", `\n`)) }, `literal \n`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := Config{AppID: testAppID, PrivateKey: good}
			tc.edit(&cfg)
			_, err := New(cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New: got %v, want an error mentioning %q", err, tc.want)
			}
			assertNoKeyMaterial(t, err.Error(), good)
		})
	}
}

func TestInstallationsRefreshConcurrently(t *testing.T) {
	f := newFakeGitHub(t, "")
	f.setAPI(repoHandler)
	c, _ := newTestClients(t, f, nil)
	var wg sync.WaitGroup
	for id := int64(1); id <= 5; id++ {
		for range 10 {
			wg.Go(func() {
				if _, err := c.InstallationToken(context.Background(), id); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
	for id := int64(1); id <= 5; id++ {
		if got := f.tokenCallsFor(id); got != 1 {
			t.Errorf("installation %d token requests: got %d, want 1", id, got)
		}
	}
}

func TestBotLoginAskedOnce(t *testing.T) {
	f := newFakeGitHub(t, "")
	c, _ := newTestClients(t, f, nil)
	for range 2 {
		login, err := c.BotLogin(context.Background())
		if err != nil || login != "postmortem-bot[bot]" {
			t.Fatalf("BotLogin: got %q, %v; want postmortem-bot[bot]", login, err)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.jwtClaims); n != 1 {
		t.Errorf("GET /app calls: got %d, want 1", n)
	}
}
