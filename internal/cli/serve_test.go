package cli

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// testSecret is the webhook secret of serve's tests.
const testSecret = "serve-test-webhook-secret-4f1d"

// testToken is the installation token the fake GitHub hands out.
const testToken = "ghs_16C7e42F292c6912E7710c838347Ae178B4a"

var (
	keyOnce sync.Once
	keyPEM  []byte
)

// testKey is a PEM RSA key generated once per test binary.
func testKey(t *testing.T) []byte {
	t.Helper()
	keyOnce.Do(func() {
		key, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			t.Fatal(err)
		}
		keyPEM = pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	})
	return keyPEM
}

// pemLines are the base64 lines of a PEM key, for leak checks.
func pemLines(key string) []string {
	lines := strings.Split(strings.TrimSpace(key), "\n")
	return lines[1 : len(lines)-1]
}

// keyBody is a line from the middle of testKey's PEM, for leak checks.
func keyBody(t *testing.T) string {
	lines := strings.Split(string(testKey(t)), "\n")
	return lines[len(lines)/2]
}

// envVars returns an environment of vars alone, for Env.Getenv, with a
// state file of the test's own unless vars name a database.
func envVars(t *testing.T, vars map[string]string) func(string) string {
	t.Helper()
	vars = maps.Clone(vars)
	if vars["POSTMORTEM_BOT_STATE"] == "" && vars["DATABASE_URL"] == "" {
		if vars == nil {
			vars = map[string]string{}
		}
		vars["POSTMORTEM_BOT_STATE"] = filepath.Join(t.TempDir(), "state.db")
	}
	return func(k string) string { return vars[k] }
}

// lockedBuffer is a buffer safe for concurrent writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestServeRefusesIncompleteEnvironment(t *testing.T) {
	key := string(testKey(t))
	cases := []struct {
		name    string
		vars    map[string]string
		want    string
		notWant []string
	}{
		{"only a secret", map[string]string{"GITHUB_WEBHOOK_SECRET": testSecret},
			"missing environment variables: GITHUB_APP_ID, GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH", []string{testSecret}},
		{"no secret", map[string]string{"GITHUB_APP_ID": "1", "GITHUB_PRIVATE_KEY": key},
			"missing environment variables: GITHUB_WEBHOOK_SECRET", []string{"GITHUB_APP_ID", "PRIVATE_KEY"}},
		{"no key", map[string]string{"GITHUB_APP_ID": "1", "GITHUB_WEBHOOK_SECRET": testSecret},
			"missing environment variables: GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH", []string{"GITHUB_APP_ID", "WEBHOOK", testSecret}},
		{"no app id", map[string]string{"GITHUB_PRIVATE_KEY_PATH": "k.pem", "GITHUB_WEBHOOK_SECRET": testSecret},
			"missing environment variables: GITHUB_APP_ID", []string{"PRIVATE_KEY", "WEBHOOK"}},
		{"app id not a number", map[string]string{"GITHUB_APP_ID": "my-app", "GITHUB_PRIVATE_KEY": key, "GITHUB_WEBHOOK_SECRET": testSecret},
			`GITHUB_APP_ID "my-app"`, nil},
		{"bad log level", map[string]string{"GITHUB_APP_ID": "1", "GITHUB_PRIVATE_KEY": key, "GITHUB_WEBHOOK_SECRET": testSecret, "LOG_LEVEL": "loud"},
			`LOG_LEVEL "loud"`, nil},
		{"two keys", map[string]string{"GITHUB_APP_ID": "1", "GITHUB_PRIVATE_KEY": key, "GITHUB_PRIVATE_KEY_PATH": "k.pem", "GITHUB_WEBHOOK_SECRET": testSecret},
			"not both", nil},
		{"key file missing", map[string]string{"GITHUB_APP_ID": "1", "GITHUB_PRIVATE_KEY_PATH": "nowhere.pem", "GITHUB_WEBHOOK_SECRET": testSecret},
			"reading GITHUB_PRIVATE_KEY_PATH", nil},
		{"key not PEM", map[string]string{"GITHUB_APP_ID": "1", "GITHUB_PRIVATE_KEY": "hunter2-not-a-key", "GITHUB_WEBHOOK_SECRET": testSecret},
			"private key", []string{"hunter2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			got := Main(&Env{Stdout: &out, Stderr: &errOut, Dir: t.TempDir(), Getenv: envVars(t, c.vars)}, []string{"serve"})
			if got != ExitUsage || !strings.Contains(errOut.String(), c.want) {
				t.Fatalf("got exit %d, stderr %q; want %d and %q", got, errOut.String(), ExitUsage, c.want)
			}
			for _, s := range append(c.notWant, keyBody(t)) {
				if strings.Contains(errOut.String(), s) {
					t.Errorf("stderr names %q: %q", s, errOut.String())
				}
			}
		})
	}
}

func TestLoadKey(t *testing.T) {
	dir := t.TempDir()
	key := testKey(t)
	if err := os.WriteFile(filepath.Join(dir, "app.pem"), key, 0o600); err != nil {
		t.Fatal(err)
	}
	oneLine := strings.ReplaceAll(string(key), "\n", `\n`)
	cases := []struct {
		name string
		vars map[string]string
	}{
		{"inline", map[string]string{"GITHUB_PRIVATE_KEY": string(key)}},
		{"one line with \\n", map[string]string{"GITHUB_PRIVATE_KEY": oneLine}},
		{"relative path", map[string]string{"GITHUB_PRIVATE_KEY_PATH": "app.pem"}},
	}
	for _, c := range cases {
		got, err := loadKey(&Env{Dir: dir}, func(k string) string { return c.vars[k] })
		if err != nil || !bytes.Equal(got, key) {
			t.Errorf("%s: got %d bytes, %v; want the key", c.name, len(got), err)
		}
	}
}

// fakeGitHub answers the two calls the end-to-end test's handler makes:
// an installation token and one repository.
func fakeGitHub(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("POST /app/installations/{id}/access_tokens", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		exp := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
		io.WriteString(w, `{"token":"`+testToken+`","expires_at":"`+exp+`"}`)
	})
	mux.HandleFunc("GET /repos/{owner}/{repo}", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "token "+testToken {
			http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-RateLimit-Remaining", "4999")
		io.WriteString(w, `{"id":1,"full_name":"`+r.PathValue("owner")+"/"+r.PathValue("repo")+`"}`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// fetchRepo is a handler that does what a real one will: get a client
// for the event's installation and call GitHub with it.
type fetchRepo struct {
	clients *githubapp.Clients
	done    chan error
}

func (f *fetchRepo) Handles() []string { return []string{"pull_request"} }

func (f *fetchRepo) Handle(ctx context.Context, ev webhook.Event) error {
	owner, name, _ := strings.Cut(ev.Repo, "/")
	_, _, err := f.clients.Installation(ev.InstallationID).Repositories.Get(ctx, owner, name)
	f.done <- err
	return err
}

// running is serve started in-process.
type running struct {
	url    string             // http://127.0.0.1:port
	logs   *lockedBuffer      // everything serve wrote to stderr
	out    *lockedBuffer      // everything serve wrote to stdout
	cancel context.CancelFunc // SIGTERM, in effect
	exit   chan int           // serve's exit code, once it returns
	handle *fetchRepo
}

// startServe runs serve on 127.0.0.1:0 against a fake GitHub.
func startServe(t *testing.T) *running {
	t.Helper()
	return startServeEnv(t, "", map[string]string{
		"GITHUB_APP_ID": "12345", "GITHUB_PRIVATE_KEY": string(testKey(t)), "GITHUB_WEBHOOK_SECRET": testSecret,
		"GITHUB_API_URL": fakeGitHub(t).URL, "ADDR": "127.0.0.1:0", "LOG_LEVEL": "debug",
	})
}

// startServeEnv runs serve in the working directory dir with the
// environment vars, listening where ADDR says, and waits until it listens.
func startServeEnv(t *testing.T, dir string, vars map[string]string) *running {
	t.Helper()
	addrs := make(chan string, 1)
	r := &running{logs: &lockedBuffer{}, out: &lockedBuffer{}, exit: make(chan int, 1), handle: &fetchRepo{done: make(chan error, 10)}}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	env := &Env{Stdout: r.out, Stderr: r.logs, Version: "test", Dir: dir, Getenv: envVars(t, vars), Listen: reportAddr(addrs),
		Handlers: func(c *githubapp.Clients, _ *slog.Logger) []webhook.Handler {
			r.handle.clients = c
			return []webhook.Handler{r.handle}
		}}
	go func() { r.exit <- code(env, "serve", serveContext(ctx, env, nil)) }()
	select {
	case a := <-addrs:
		r.url = "http://" + a
	case c := <-r.exit:
		t.Fatalf("serve exited %d before listening:\n%s", c, r.logs)
	}
	t.Cleanup(cancel)
	return r
}

// reportAddr listens as serve does and sends the address it listens on.
func reportAddr(addrs chan<- string) func(network, addr string) (net.Listener, error) {
	return func(network, addr string) (net.Listener, error) {
		ln, err := net.Listen(network, addr)
		if err == nil {
			addrs <- ln.Addr().String()
		}
		return ln, err
	}
}

// stop cancels serve's context and returns its exit code.
func (r *running) stop(t *testing.T) int {
	t.Helper()
	r.cancel()
	select {
	case c := <-r.exit:
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s")
		return -1
	}
}

func TestServeEndToEnd(t *testing.T) {
	r := startServe(t)
	body := delivery(t)
	if resp := webhooktest.Delivery(t, r.url+webhook.Path, []byte(testSecret), "pull_request", body); resp.StatusCode != 202 {
		t.Fatalf("signed delivery: got %s, want 202", resp.Status)
	}
	if resp := webhooktest.Delivery(t, r.url+webhook.Path, []byte("not the secret"), "pull_request", body); resp.StatusCode != 401 {
		t.Errorf("bad signature: got %s, want 401", resp.Status)
	}
	r.waitHandled(t)
	waitFor(t, "the delivery's job counted as completed", func() bool {
		return metricSample(t, r.url, `jobs_finished_total{kind="delivery",outcome="completed"}`) == "1"
	})
	checkMetrics(t, r.url, map[string]string{
		`webhook_deliveries_total{event="pull_request",outcome="accepted"}`:    "1",
		`webhook_deliveries_total{event="unverified",outcome="bad_signature"}`: "1",
		`github_requests_total{status="200"}`:                                  "1",
		`github_rate_limit_remaining`:                                          "4999",
	})
	if got := r.stop(t); got != ExitOK {
		t.Fatalf("after cancel: exit %d, want 0\n%s", got, r.logs)
	}
	checkLogs(t, r.logs.String())
}

// delivery is the example pull_request delivery, for installation 77.
func delivery(t *testing.T) []byte {
	body := webhooktest.First(t, "pull_request", "opened").Body
	return webhooktest.Edit(t, body, func(p map[string]any) { p["installation"] = map[string]any{"id": 77} })
}

// waitHandled waits for the handler to get a delivery, and wants its
// call to GitHub to have worked.
func (r *running) waitHandled(t *testing.T) {
	t.Helper()
	select {
	case err := <-r.handle.done:
		if err != nil {
			t.Errorf("handler's GitHub call: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the delivery never reached the handler")
	}
}

// checkMetrics wants each sample on url's /metrics with its value.
func checkMetrics(t *testing.T, url string, want map[string]string) {
	t.Helper()
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got := map[string]string{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if name, value, ok := strings.Cut(sc.Text(), " "); ok && !strings.HasPrefix(name, "#") {
			got[name] = value
		}
	}
	for sample, v := range want {
		if got[sample] != v {
			t.Errorf("/metrics %s: got %q, want %q", sample, got[sample], v)
		}
	}
}

// metricSample is the value of one sample on url's /metrics, "" if
// absent.
func metricSample(t *testing.T, url, sample string) string {
	t.Helper()
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if name, value, ok := strings.Cut(sc.Text(), " "); ok && name == sample {
			return value
		}
	}
	return ""
}

// checkLogs wants JSON lines free of the secret, the key, tokens and
// the other secrets named.
func checkLogs(t *testing.T, logs string, secrets ...string) {
	t.Helper()
	for _, must := range []string{`"msg":"serving"`, `"msg":"event handled"`, `"msg":"stopped"`} {
		if !strings.Contains(logs, must) {
			t.Errorf("logs lack %s", must)
		}
	}
	leaks := append([]string{testSecret, "ghs_", testToken[4:], "PRIVATE KEY"}, secrets...)
	leaks = append(leaks, pemLines(string(testKey(t)))...)
	for _, leak := range leaks {
		if strings.Contains(logs, leak) {
			t.Errorf("logs contain %q", leak)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("log line is not JSON: %s", line)
		}
	}
}

func TestServeStopsCleanly(t *testing.T) {
	r := startServe(t)
	resp, err := http.Get(r.url + "/readyz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("/readyz: got %v %v, want 200", resp, err)
	}
	resp.Body.Close()
	if got := r.stop(t); got != ExitOK {
		t.Fatalf("exit %d, want 0", got)
	}
	if _, err := http.Get(r.url + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestServeStopsOnSIGTERM(t *testing.T) {
	getenv := envVars(t, map[string]string{
		"GITHUB_APP_ID": "1", "GITHUB_PRIVATE_KEY": string(testKey(t)), "GITHUB_WEBHOOK_SECRET": testSecret,
		"ADDR": "127.0.0.1:0",
	})
	listening := make(chan struct{})
	listen := func(network, addr string) (net.Listener, error) {
		defer close(listening)
		return net.Listen(network, addr)
	}
	logs := &lockedBuffer{}
	exit := make(chan int, 1)
	go func() {
		exit <- Main(&Env{Stdout: io.Discard, Stderr: logs, Getenv: getenv, Listen: listen}, []string{"serve"})
	}()
	<-listening // signal.NotifyContext is in place before serve listens
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-exit:
		if got != ExitOK {
			t.Errorf("exit %d, want 0\n%s", got, logs)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve ignored SIGTERM")
	}
}

func TestHealthcheck(t *testing.T) {
	r := startServe(t)
	getenv := envVars(t, map[string]string{"ADDR": strings.TrimPrefix(r.url, "http://")})
	var out, errOut bytes.Buffer
	if got := Main(&Env{Stdout: &out, Stderr: &errOut, Getenv: getenv}, []string{"healthcheck"}); got != ExitOK {
		t.Errorf("healthy server: exit %d (%s), want 0", got, errOut.String())
	}
	r.stop(t)
	errOut.Reset()
	if got := Main(&Env{Stdout: &out, Stderr: &errOut, Getenv: getenv}, []string{"healthcheck"}); got != ExitFindings || errOut.Len() == 0 {
		t.Errorf("stopped server: exit %d, stderr %q; want 1 and a reason", got, errOut.String())
	}
}

func TestHealthURL(t *testing.T) {
	cases := map[string]string{
		":3000":          "http://127.0.0.1:3000/healthz",
		"0.0.0.0:8080":   "http://127.0.0.1:8080/healthz",
		"[::]:8080":      "http://127.0.0.1:8080/healthz",
		"10.0.0.5:3000":  "http://10.0.0.5:3000/healthz",
		"localhost:3000": "http://localhost:3000/healthz",
		"[::1]:3000":     "http://[::1]:3000/healthz",
	}
	for addr, want := range cases {
		if got, err := healthURL(addr); got != want || err != nil {
			t.Errorf("healthURL(%q): got %q, %v; want %q", addr, got, err, want)
		}
	}
	if _, err := healthURL("3000"); err == nil {
		t.Error(`healthURL("3000"): got no error`)
	}
}
