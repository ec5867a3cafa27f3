package webhook_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// Hostile load: many large bodies with a signature that does not match,
// all at once, while GitHub's signed deliveries keep arriving.
const (
	hostileSenders = 32
	hostileRounds  = 3 // bodies each sender sends, one after another
	hostileSize    = 25_000_000
	memoryCeiling  = 150 << 20
	signedSends    = 40
)

// memoryChild names the environment variable that makes the test the
// child process that runs the load and reports its peak memory.
const memoryChild = "WEBHOOK_MEMORY_CHILD"

// TestUnsignedBodiesKeepMemoryBounded runs the load in a child process,
// so that its peak resident memory (VmHWM) is the load's alone, and
// checks it against the ceiling. It is heavy: skipped under -short and
// under the race detector (whose own memory would be measured).
func TestUnsignedBodiesKeepMemoryBounded(t *testing.T) {
	if os.Getenv(memoryChild) == "1" {
		runHostileLoad(t)
		return
	}
	if testing.Short() || raceEnabled {
		t.Skip("heavy: 2.4 GB of hostile bodies; skipped under -short and -race")
	}
	if runtime.GOOS != "linux" {
		t.Skip("reads peak memory from /proc/self/status")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestUnsignedBodiesKeepMemoryBounded$", "-test.v")
	cmd.Env = append(os.Environ(), memoryChild+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the load failed: %v\n%s", err, out)
	}
	peak := reported(t, out, "peak_rss_bytes")
	t.Logf("%d concurrent senders of %d MB bodies with bad signatures (%d in all) and %d signed deliveries: peak resident memory %.1f MiB; answers: %s",
		hostileSenders, hostileSize/1_000_000, hostileSenders*hostileRounds, signedSends, float64(peak)/(1<<20), reportedLine(out, "answers"))
	if peak > memoryCeiling {
		t.Errorf("peak resident memory: got %.1f MiB, want under %d MiB", float64(peak)/(1<<20), memoryCeiling>>20)
	}
}

// runHostileLoad is the child: a real HTTP server on loopback, the
// hostile senders and the signed deliveries, then the report.
func runHostileLoad(t *testing.T) {
	c := newCollector("issues")
	s, err := webhook.New(webhook.Config{Secret: secret, Handlers: []webhook.Handler{c}, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	defer s.Shutdown(context.Background())
	answers := &answerCounts{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := range hostileSenders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range hostileRounds {
				answers.add(sendHostile(srv.URL+webhook.Path, fmt.Sprintf("hostile-%d-%d", i, r)))
			}
		}()
	}
	signedOK := sendSigned(t, srv.URL+webhook.Path)
	wg.Wait()
	fmt.Printf("answers %s\n", answers)
	fmt.Printf("peak_rss_bytes %d\n", peakRSS(t))
	if signedOK != signedSends {
		t.Errorf("signed deliveries accepted: got %d, want %d", signedOK, signedSends)
	}
	if got := answers.get("202"); got != 0 {
		t.Errorf("hostile bodies accepted: %d", got)
	}
}

// sendSigned sends signedSends signed deliveries, one after another,
// and returns how many were accepted.
func sendSigned(t *testing.T, url string) int {
	ok := 0
	for i := range signedSends {
		body := issuePayload("octo/docs", i+1)
		resp, err := http.DefaultClient.Do(webhooktest.Request(t, url, secret, "issues", body))
		if err != nil {
			t.Errorf("signed delivery %d: %v", i, err)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusAccepted {
			ok++
		} else {
			t.Errorf("signed delivery %d: got %d, want 202", i, resp.StatusCode)
		}
	}
	return ok
}

// sendHostile posts a hostileSize body with a well-formed signature that
// does not match, and returns the status (or "error" when the server
// closed the connection before the client saw an answer).
func sendHostile(url, id string) string {
	req, err := http.NewRequest(http.MethodPost, url, io.LimitReader(zeros{}, hostileSize))
	if err != nil {
		return "error"
	}
	req.ContentLength = hostileSize
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-GitHub-Event", "issues")
	req.Header.Set("X-GitHub-Delivery", id)
	req.Header.Set("X-Hub-Signature-256", "sha256="+strings.Repeat("0f", 32))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "error"
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return strconv.Itoa(resp.StatusCode)
}

// zeros reads as endless '0' bytes, without holding them.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}

// answerCounts counts answers by status.
type answerCounts struct {
	mu sync.Mutex
	m  map[string]int
}

func (a *answerCounts) add(status string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.m[status]++
}

func (a *answerCounts) get(status string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.m[status]
}

func (a *answerCounts) String() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return fmt.Sprint(a.m)
}

// peakRSS is the process's peak resident memory (VmHWM), in bytes.
func peakRSS(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	return reported(t, b, "VmHWM:") << 10
}

// reported is the number after name at the start of a line of out.
func reported(t *testing.T, out []byte, name string) int64 {
	t.Helper()
	f := strings.Fields(reportedLine(out, name))
	if len(f) == 0 {
		t.Fatalf("no %s in:\n%s", name, out)
	}
	n, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// reportedLine is what follows name at the start of a line of out.
func reportedLine(out []byte, name string) string {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			return strings.TrimSpace(rest)
		}
		if rest, ok := strings.CutPrefix(sc.Text(), name); ok && strings.HasSuffix(name, ":") {
			return strings.TrimSpace(rest)
		}
	}
	return ""
}
