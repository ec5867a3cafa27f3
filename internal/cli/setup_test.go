package cli

import (
	"bytes"
	"html"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/setup"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// setupRun is serve started in setup mode against a fake GitHub API.
type setupRun struct {
	*running
	github *githubtest.Server
	dir    string // serve's working directory
	creds  string // where the credentials file goes
}

// setupLink is the line serve prints with the setup page's address and
// its token.
var setupLink = regexp.MustCompile(`No GitHub App is configured\. Open ((http://[^/\s]+)/setup\?token=([A-Za-z0-9_-]{43})) to register one on GitHub\.`)

// link waits for serve to print the setup link and returns it, the
// server's URL in it (http://localhost:PORT) and the token.
func (r *setupRun) link(t *testing.T) (link, base, token string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := setupLink.FindStringSubmatch(r.out.String()); m != nil {
			return m[1], m[2], m[3]
		}
	}
	t.Fatalf("serve printed no setup link: %q", r.out.String())
	return "", "", ""
}

// openLink opens the setup link as a browser does, and returns a client
// holding the setup cookie and the server's URL in the link.
func (r *setupRun) openLink(t *testing.T) (*http.Client, string) {
	t.Helper()
	link, base, _ := r.link(t)
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	resp, err := client.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Request.URL.String() != base+setup.PagePath {
		t.Fatalf("GET %s: got %s at %s, want 200 at %s", link, resp.Status, resp.Request.URL, base+setup.PagePath)
	}
	return client, base
}

// startSetup runs serve with no credentials in a new working directory;
// more vars add to its environment.
func startSetup(t *testing.T, more map[string]string) *setupRun {
	t.Helper()
	gh := githubtest.New(t)
	gh.AddRepo("Codertocat", "Hello-World", githubtest.Installation(77))
	vars := map[string]string{"ADDR": "127.0.0.1:0", "LOG_LEVEL": "debug", "GITHUB_API_URL": gh.URL}
	for k, v := range more {
		vars[k] = v
	}
	dir := t.TempDir()
	r := startServeEnv(t, dir, vars)
	return &setupRun{running: r, github: gh, dir: dir, creds: filepath.Join(dir, defaultCredentials)}
}

// status is the status of GET url.
func status(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// stateIn is the state in the setup page's form.
var stateIn = regexp.MustCompile(`action="[^"]*\?state=([^"&]+)"`)

// pageState loads the setup page with client and returns its form's state.
func pageState(t *testing.T, client *http.Client, base string) string {
	t.Helper()
	resp, err := client.Get(base + setup.PagePath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	m := stateIn.FindSubmatch(body)
	if resp.StatusCode != 200 || m == nil {
		t.Fatalf("GET /setup: %s, no form state\n%s", resp.Status, body)
	}
	state, _ := url.QueryUnescape(html.UnescapeString(string(m[1])))
	return state
}

// unsignedDelivery posts body without a signature and returns the status.
func unsignedDelivery(t *testing.T, url string, body []byte) int {
	t.Helper()
	req := webhooktest.Request(t, url, nil, "pull_request", body)
	req.Header.Del("X-Hub-Signature-256")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// checkServesApp wants the server at base to serve the app with secret:
// ready, a signed delivery accepted and handled with a token got with the
// app's key, an unsigned one refused, the setup page gone.
func checkServesApp(t *testing.T, r *setupRun, secret string) {
	t.Helper()
	if got := status(t, r.url+"/readyz"); got != 200 {
		t.Errorf("/readyz after setup: got %d, want 200", got)
	}
	if resp := webhooktest.Delivery(t, r.url+webhook.Path, []byte(secret), "pull_request", delivery(t)); resp.StatusCode != 202 {
		t.Errorf("signed delivery: got %s, want 202", resp.Status)
	}
	if got := unsignedDelivery(t, r.url+webhook.Path, delivery(t)); got != 401 {
		t.Errorf("unsigned delivery: got %d, want 401", got)
	}
	r.waitHandled(t) // with a token got with the app's key
	if got := status(t, r.url+setup.PagePath); got != 404 {
		t.Errorf("/setup after setup: got %d, want 404", got)
	}
	if got := status(t, r.url+setup.InstalledPath+"?installation_id=77"); got != 200 {
		t.Errorf("%s after setup: got %d, want 200", setup.InstalledPath, got)
	}
}

// checkSavedCredentials wants the credentials file to hold app, readable
// by its owner alone.
func checkSavedCredentials(t *testing.T, path string, app githubtest.ManifestApp, apiURL string) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatalf("credentials file: %v", err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("credentials file mode %v, want 0600", info.Mode().Perm())
	}
	if dir, _ := os.Stat(filepath.Dir(path)); dir.Mode().Perm() != 0o700 {
		t.Errorf("credentials directory mode %v, want 0700", dir.Mode().Perm())
	}
	c, err := setup.LoadCredentials(path)
	if err != nil || c.AppID != app.ID || c.Slug != app.Slug || c.WebhookSecret != app.WebhookSecret ||
		c.PrivateKey != app.PEM || c.ClientID != app.ClientID || c.ClientSecret != app.ClientSecret ||
		c.HTMLURL != app.HTMLURL() || c.APIURL != apiURL {
		t.Errorf("credentials file: got %v, %v; want app %d", c, err, app.ID)
	}
}

// appSecrets are what the logs must never hold of app, and the setup
// token.
func appSecrets(app githubtest.ManifestApp, code, state, token string) []string {
	return append([]string{app.WebhookSecret, app.ClientSecret, code, state, token}, pemLines(app.PEM)...)
}

// putFile writes data to dir/rel, making directories as needed.
func putFile(t *testing.T, dir, rel string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// Without credentials, serve shows the setup page to the browser that
// opened the link it printed; the callback switches it to serving the new
// app's webhooks on the same listener.
func TestServeSetupFlow(t *testing.T) {
	r := startSetup(t, nil)
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 503, setup.PagePath: 403} {
		if got := status(t, r.url+path); got != want {
			t.Errorf("GET %s in setup mode without the token: got %d, want %d", path, got, want)
		}
	}
	checkRefusesOtherHosts(t, r.url)
	app := r.github.AddManifestCode("3f9c2e", githubtest.ManifestApp{Slug: "pmb-test", Owner: "octo-org"})
	client, base := r.openLink(t)
	state := pageState(t, client, base)
	callback := base + setup.CallbackPath + "?code=3f9c2e&state=" + url.QueryEscape(state)
	if got := status(t, callback); got != 403 {
		t.Errorf("callback without the cookie: got %d, want 403", got)
	}
	resp, err := client.Get(callback)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(page, []byte(app.HTMLURL()+"/installations/new")) {
		t.Fatalf("callback: got %s\n%s", resp.Status, page)
	}
	checkSavedCredentials(t, r.creds, app, r.github.URL)
	checkServesApp(t, r, app.WebhookSecret)
	if got := r.stop(t); got != ExitOK {
		t.Fatalf("exit %d, want 0\n%s", got, r.logs)
	}
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(r.url, "http://"))
	if base != "http://localhost:"+port {
		t.Errorf("stdout: got %q, want the setup page at http://localhost:%s", r.out.String(), port)
	}
	_, _, token := r.link(t)
	checkLogs(t, r.logs.String(), appSecrets(app, "3f9c2e", state, token)...)
}

// checkRefusesOtherHosts wants serve at base to refuse requests addressed
// to another host (a DNS-rebinding page's), but the probes.
func checkRefusesOtherHosts(t *testing.T, base string) {
	t.Helper()
	for path, want := range map[string]int{setup.PagePath: 421, setup.CallbackPath: 421, "/healthz": 200} {
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		req.Host = "rebound.example:3000"
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s with Host %s: got %s, want %d", path, req.Host, resp.Status, want)
		}
	}
}

// A credentials file makes serve serve the app at once.
func TestServeReadsCredentialsFile(t *testing.T) {
	gh := githubtest.New(t)
	gh.AddRepo("Codertocat", "Hello-World", githubtest.Installation(77))
	dir := t.TempDir()
	creds := setup.Credentials{AppID: 9, PrivateKey: string(testKey(t)), WebhookSecret: "file-secret-1b4d", APIURL: gh.URL}
	if err := setup.SaveCredentials(filepath.Join(dir, "creds.json"), creds); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o770) // the group could replace the file: a warning
	r := startServeEnv(t, dir, map[string]string{"ADDR": "127.0.0.1:0", "POSTMORTEM_BOT_CREDENTIALS": "creds.json"})
	checkServesApp(t, &setupRun{running: r, github: gh, dir: dir}, "file-secret-1b4d")
	r.stop(t)
	checkLogs(t, r.logs.String(), "file-secret-1b4d")
	if !strings.Contains(r.logs.String(), `"msg":"others may replace the credentials file"`) {
		t.Errorf("logs lack the warning about the directory (mode 0770):\n%s", r.logs)
	}
}

// Variables set in the environment win over the credentials file.
func TestCredentialsFileUnderEnvironment(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "env.pem", testKey(t))
	file := setup.Credentials{AppID: 9, PrivateKey: "file key", WebhookSecret: "file secret", APIURL: "https://ghe.example.com/api/v3/"}
	if err := setup.SaveCredentials(filepath.Join(dir, defaultCredentials), file); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"GITHUB_WEBHOOK_SECRET": "env secret", "GITHUB_PRIVATE_KEY_PATH": "env.pem"}
	cfg, err := loadServeConfig(&Env{Dir: dir}, func(k string) string { return vars[k] })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.setup || cfg.appID != 9 || string(cfg.secret) != "env secret" || !bytes.Equal(cfg.privateKey, testKey(t)) ||
		cfg.apiURL != "https://ghe.example.com/api/v3/" {
		t.Errorf("got app %d, secret %q, key from env %v, api %q, setup %v", cfg.appID, cfg.secret,
			bytes.Equal(cfg.privateKey, testKey(t)), cfg.apiURL, cfg.setup)
	}
}

func TestCredentialsFileProblems(t *testing.T) {
	cases := []struct {
		name, file string
		mode       os.FileMode // 0 is putFile's 0600
		want       string
	}{
		{"incomplete", `{"app_id":9,"private_key":"k"}`, 0,
			"missing environment variables: GITHUB_WEBHOOK_SECRET (and not in the credentials file "},
		{"not JSON", `{"app_id":9,"webhook_secret":"hunter2"`, 0, "reading credentials"},
		{"readable by others", `{"app_id":9,"private_key":"k","webhook_secret":"hunter2"}`, 0o644, "(mode 0644), and it holds the app's private key: run chmod 600 "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			putFile(t, dir, defaultCredentials, []byte(c.file))
			if c.mode != 0 {
				os.Chmod(filepath.Join(dir, defaultCredentials), c.mode)
			}
			var errOut bytes.Buffer
			got := Main(&Env{Stdout: io.Discard, Stderr: &errOut, Dir: dir, Getenv: envVars(t, nil)}, []string{"serve"})
			if got != ExitUsage || !strings.Contains(errOut.String(), c.want) || strings.Contains(errOut.String(), "hunter2") {
				t.Errorf("got exit %d, %q; want %d and %q", got, errOut.String(), ExitUsage, c.want)
			}
		})
	}
}

// Until the app exists, serve listens on loopback alone unless ADDR says
// otherwise; with the app, on every interface.
func TestSetupListensOnLoopback(t *testing.T) {
	cases := []struct {
		vars map[string]string
		want string
	}{
		{nil, "127.0.0.1:3000"},
		{map[string]string{"ADDR": ":3000", "PUBLIC_URL": "https://pmb.example.com"}, ":3000"},
		{map[string]string{"GITHUB_APP_ID": "9", "GITHUB_PRIVATE_KEY": "k", "GITHUB_WEBHOOK_SECRET": "s"}, defaultAddr},
	}
	for _, c := range cases {
		cfg, err := loadServeConfig(&Env{Dir: t.TempDir()}, func(k string) string { return c.vars[k] })
		if err != nil || cfg.addr != c.want {
			t.Errorf("%v: got %q, %v; want %s", c.vars, cfg.addr, err, c.want)
		}
	}
}

// The exchange with GitHub ends before the HTTP server gives up on the
// callback's answer, and within the drain on shutdown.
func TestSetupExchangeEndsInTime(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), newLogger(io.Discard, slog.LevelInfo))
	if setup.ExchangeTimeout >= srv.WriteTimeout || setup.ExchangeTimeout >= shutdownTimeout {
		t.Errorf("exchange timeout %v: want under the write timeout %v and the drain %v", setup.ExchangeTimeout, srv.WriteTimeout, shutdownTimeout)
	}
}

// Setup mode is serve's alone: commands that only call GitHub still name
// what is missing.
func TestAppConfigWithoutCredentials(t *testing.T) {
	_, err := loadAppConfig(&Env{Dir: t.TempDir()}, func(string) string { return "" }, false)
	if err == nil || err.Error() != "missing environment variables: GITHUB_APP_ID, GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH" {
		t.Errorf("got %v", err)
	}
}

func TestServeSetupRefusesBadSettings(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "a-file", nil)
	cases := map[string]struct {
		vars map[string]string
		want string
	}{
		"credentials not writable": {map[string]string{"POSTMORTEM_BOT_CREDENTIALS": "a-file/credentials.json"}, "set POSTMORTEM_BOT_CREDENTIALS to a writable path"},
		"bad public URL":           {map[string]string{"PUBLIC_URL": "localhost:3000"}, "PUBLIC_URL"},
		"bad proxy URL":            {map[string]string{"WEBHOOK_PROXY_URL": "smee"}, "WEBHOOK_PROXY_URL"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			c.vars["ADDR"] = "127.0.0.1:0"
			var errOut bytes.Buffer
			if got := Main(&Env{Stdout: io.Discard, Stderr: &errOut, Dir: dir, Getenv: envVars(t, c.vars)}, []string{"serve"}); got != ExitUsage || !strings.Contains(errOut.String(), c.want) {
				t.Errorf("got exit %d, %q; want %d and %q", got, errOut.String(), ExitUsage, c.want)
			}
		})
	}
}
