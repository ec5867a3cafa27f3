package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// TestServeKillChild is the serve process TestServeKilledAfterAcknowledging
// kills: serve, configured by the environment the parent gives it.
func TestServeKillChild(t *testing.T) {
	if os.Getenv("SERVE_KILL_CHILD") == "" {
		t.Skip("run by TestServeKilledAfterAcknowledging")
	}
	inherited := func(string, string) (net.Listener, error) { return net.FileListener(os.NewFile(3, "listener")) }
	os.Exit(Main(&Env{Stdout: os.Stdout, Stderr: os.Stderr, Listen: inherited}, []string{"serve"}))
}

// slowProxy is GitHub behind a delay, so that reviews are still under way
// when the process is killed.
func slowProxy(t *testing.T, target string, delay time.Duration) string {
	u, _ := url.Parse(target)
	proxy := httputil.NewSingleHostReverseProxy(u)
	proxy.ErrorLog = log.New(io.Discard, "", 0) // the killed child's requests end mid-way
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay)
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// startChild starts a TestServeKillChild process with env added, serving
// on a loopback listener of the parent's making that it inherits (so no
// other process can take its port between a choice and a listen), and
// returns its address. Its logs are dropped; it is killed when t ends.
func startChild(t *testing.T, env ...string) (*exec.Cmd, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	f, err := ln.(*net.TCPListener).File()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	child := exec.Command(os.Args[0], "-test.run=^TestServeKillChild$")
	child.Env = append(append(os.Environ(), "SERVE_KILL_CHILD=1"), env...)
	child.ExtraFiles = []*os.File{f} // its fd 3
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { child.Process.Kill(); child.Wait() })
	return child, ln.Addr().String()
}

// openedDelivery is GitHub's opened example made pull request n of
// octo/docs (installation 3) at head sha.
func openedDelivery(t *testing.T, n int, sha string) []byte {
	return webhooktest.Edit(t, webhooktest.First(t, "pull_request", "opened").Body, func(p map[string]any) {
		pr := asOctoDocs(p, n)
		pr["state"], pr["draft"] = "open", false
		pr["head"].(map[string]any)["sha"] = sha
	})
}

// asOctoDocs makes a pull_request payload pull request n of octo/docs
// (installation 3) against main, and returns its pull request.
func asOctoDocs(p map[string]any, n int) map[string]any {
	r := p["repository"].(map[string]any)
	r["name"], r["full_name"], r["default_branch"] = "docs", "octo/docs", "main"
	r["owner"].(map[string]any)["login"] = "octo"
	p["installation"] = map[string]any{"id": json.Number("3")}
	p["number"] = n
	pr := p["pull_request"].(map[string]any)
	pr["number"] = n
	pr["base"].(map[string]any)["ref"] = "main"
	return pr
}

// TestServeKilledAfterAcknowledging: 30 pull requests adding a
// post-mortem, their deliveries acknowledged, serve killed (SIGKILL, as an
// OOM kill does) while it reviews them, some reviews half done; serve
// started again on the same state file reviews all 30, none twice (one
// check run and one review each), and a redelivery does nothing.
func TestServeKilledAfterAcknowledging(t *testing.T) {
	const n = 30
	srv := githubtest.New(t)
	repo := srv.AddRepo("octo", "docs", githubtest.Installation(3))
	repo.PutFile("main", "README.md", []byte("docs\n"))
	doc, err := os.ReadFile(filepath.Join("..", "..", "testdata", "postmortems", "blameful.md"))
	if err != nil {
		t.Fatal(err)
	}
	heads := map[int]string{}
	for i := 1; i <= n; i++ {
		repo.AddPull(i, "main", fmt.Sprintf("pm-%d", i), map[string][]byte{fmt.Sprintf("postmortems/2026-11-%02d-incident.md", i%28+1): doc})
		heads[i] = repo.HeadSHA(fmt.Sprintf("pm-%d", i))
	}
	state := filepath.Join(t.TempDir(), "state.db")
	child, addr := startChild(t, "GITHUB_APP_ID=12345", "GITHUB_PRIVATE_KEY="+string(testKey(t)),
		"GITHUB_WEBHOOK_SECRET="+testSecret, "GITHUB_API_URL="+slowProxy(t, srv.URL, 300*time.Millisecond),
		"POSTMORTEM_BOT_STATE="+state, "RECONCILE_INTERVAL=off", "WEEKLY_SUMMARY=off", "LOG_LEVEL=warn")
	url := "http://" + addr + webhook.Path
	waitFor(t, "the child serving", func() bool {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == http.StatusOK
	})
	ids := map[int]string{}
	for i := 1; i <= n; i++ {
		ids[i] = fmt.Sprintf("delivery-%d", i)
		if got := webhooktest.Status(t, url, []byte(testSecret), "pull_request", ids[i], openedDelivery(t, i, heads[i])); got != http.StatusAccepted {
			t.Fatalf("delivery %d: got %d, want 202", i, got)
		}
	}
	waitFor(t, "reviews under way", func() bool { return len(repo.CheckRuns()) >= 3 })
	child.Process.Signal(syscall.SIGKILL)
	child.Wait()
	before, finished := len(repo.CheckRuns()), 0
	for _, c := range repo.CheckRuns() {
		if c.Status == "completed" {
			finished++
		}
	}

	again, stop := serveAgainst(t, srv, map[string]string{"POSTMORTEM_BOT_STATE": state, "RECONCILE_INTERVAL": "off"})
	defer stop()
	if got := webhooktest.Status(t, again+webhook.Path, []byte(testSecret), "pull_request", ids[1], openedDelivery(t, 1, heads[1])); got != http.StatusOK {
		t.Errorf("redelivery after the restart: got %d, want 200, a duplicate", got)
	}
	reviewedAll := func() bool {
		done := map[string]bool{}
		for _, c := range repo.CheckRuns() {
			done[c.HeadSHA] = done[c.HeadSHA] || c.Status == "completed"
		}
		return len(done) == n && !strings.Contains(fmt.Sprint(done), "false")
	}
	waitFor(t, "all 30 pull requests reviewed", reviewedAll)
	perHead := map[string]int{}
	for _, c := range repo.CheckRuns() {
		perHead[c.HeadSHA]++
	}
	for i, sha := range heads {
		if perHead[sha] != 1 || len(repo.Reviews(i)) > 1 {
			t.Errorf("#%d: %d check runs and %d reviews, want one of each at most", i, perHead[sha], len(repo.Reviews(i)))
		}
	}
	t.Logf("check runs when killed: %d of %d, %d of them finished", before, n, finished)
}
