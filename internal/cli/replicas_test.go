package cli

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// replicaDB is a PostgreSQL URL whose search path is a new schema of its
// own, dropped when t ends: the replicas of one test share it, and query
// counts in it (-1 when the query fails: a table not made yet). It skips
// t when no server answers, except under CI.
func replicaDB(t *testing.T) (dbURL string, query func(sql string, args ...any) int) {
	cfg := jobstest.Postgres(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, cfg.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{cfg.Schema}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	return jobstest.SearchPath(t, cfg), func(sql string, args ...any) int {
		var n int
		if err := conn.QueryRow(ctx, strings.ReplaceAll(sql, "SCHEMA", pgx.Identifier{cfg.Schema}.Sanitize()), args...).Scan(&n); err != nil {
			return -1
		}
		return n
	}
}

// reviewProxy is GitHub behind a delay, counting the check runs asked
// for through it.
func reviewProxy(t *testing.T, target string, delay time.Duration) (string, *atomic.Int64) {
	slow := slowProxy(t, target, delay)
	u, _ := url.Parse(slow)
	var checks atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/check-runs") {
			checks.Add(1)
		}
		r.URL.Scheme, r.URL.Host, r.RequestURI = u.Scheme, u.Host, ""
		resp, err := http.DefaultTransport.RoundTrip(r)
		if err != nil {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		for k, v := range resp.Header {
			w.Header()[k] = v
		}
		w.WriteHeader(resp.StatusCode)
		bufio.NewReader(resp.Body).WriteTo(w)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, &checks
}

// mergedDelivery is the merged example made pull request n of octo/docs
// (installation 3), merged into main as sha.
func mergedDelivery(t *testing.T, n int, sha string) []byte {
	return webhooktest.Edit(t, webhooktest.MergedPullRequest(t), func(p map[string]any) {
		asOctoDocs(p, n)["merge_commit_sha"] = sha
	})
}

// waitLong polls cond for up to d.
func waitLong(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(d); !cond(); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
	}
}

// actionMarker is the marker of an action issue: its document and key.
var actionMarker = regexp.MustCompile(`postmortem-bot:action doc=(\S+) key=(\S+)`)

// TestReplicasShareTheWorkAndOneIsKilled: two serve replicas on one
// PostgreSQL database; the first, the elected leader, is killed
// (SIGKILL) while it reviews. Deliveries go to both until then (the
// first to the first alone, before the other starts), and to the other
// after. Every pull request is reviewed with one check run,
// every merge opens its action issues once, the week has one summary,
// and the jobs the dead replica was running are rescued and done by the
// other.
func TestReplicasShareTheWorkAndOneIsKilled(t *testing.T) {
	const opened, merged = 12, 4
	dbURL, query := replicaDB(t)
	srv := githubtest.New(t)
	repo := srv.AddRepo("octo", "docs", githubtest.Installation(3))
	repo.PutFile("main", ".github/postmortem.yml", []byte("summary:\n  schedule: \"0 0 * * 1\"\n"))
	doc, err := os.ReadFile(filepath.Join("..", "..", "testdata", "postmortems", "blameful.md"))
	if err != nil {
		t.Fatal(err)
	}
	repo.PutFile("main", "postmortems/2026-10-01-incident.md", doc)
	heads, merges := map[int]string{}, map[int]string{}
	for i := 1; i <= opened+merged; i++ {
		path := fmt.Sprintf("postmortems/2026-11-%02d-incident.md", i)
		repo.AddPull(i, "main", fmt.Sprintf("pm-%d", i), map[string][]byte{path: doc})
		heads[i] = repo.HeadSHA(fmt.Sprintf("pm-%d", i))
		if i > opened {
			merges[i] = repo.MergePull(i)
		}
	}
	times := []string{"JOB_TIMEOUT=10s", "JOB_RESCUE_AFTER=10s", "DATABASE_URL=" + dbURL, "RECONCILE_INTERVAL=off", "WEEKLY_SUMMARY=on"}

	victimGitHub, victimChecks := reviewProxy(t, srv.URL, 150*time.Millisecond)
	victim, addr := startChild(t, append(times, "GITHUB_APP_ID=12345", "GITHUB_PRIVATE_KEY="+string(testKey(t)),
		"GITHUB_WEBHOOK_SECRET="+testSecret, "GITHUB_API_URL="+victimGitHub, "LOG_LEVEL=error")...)
	waitLong(t, "the first replica elected leader", 30*time.Second, func() bool {
		return query("SELECT count(*) FROM SCHEMA.river_leader") == 1
	})
	send := func(i int, to string) {
		body, action := openedDelivery(t, i, heads[i]), "opened"
		if i > opened {
			body, action = mergedDelivery(t, i, merges[i]), "merged"
		}
		if got := webhooktest.Status(t, to, []byte(testSecret), "pull_request", fmt.Sprintf("delivery-%d", i), body); got != http.StatusAccepted {
			t.Fatalf("%s delivery %d: got %d, want 202", action, i, got)
		}
	}
	// The first pull request goes to the first replica alone, so that it
	// is sure to be reviewing when it is killed: once the other runs, the
	// other could take every job of the shared queue.
	order := interleave(opened, merged)
	half := len(order) / 2
	urls := []string{"http://" + addr + webhook.Path, ""}
	send(order[0], urls[0])
	waitLong(t, "the first replica reviewing", 30*time.Second, func() bool { return victimChecks.Load() > 0 })
	vars := map[string]string{}
	for _, kv := range times {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	other, stop := serveAgainst(t, srv, vars)
	defer stop()
	urls[1] = other + webhook.Path
	for k, i := range order[1:half] {
		send(i, urls[(k+1)%2])
	}
	victim.Process.Signal(syscall.SIGKILL)
	victim.Wait()
	killed := time.Now()
	for _, i := range order[half:] {
		send(i, urls[1])
	}

	waitLong(t, "every pull request reviewed, every merge's issues opened, the summary posted", 2*time.Minute, func() bool {
		return reviewed(repo, heads, opened) && mergedDocs(repo) == merged && len(summaries(repo)) > 0
	})
	waitLong(t, "no job left", time.Minute, func() bool {
		return query("SELECT count(*) FROM SCHEMA.river_job WHERE state NOT IN ('completed', 'cancelled', 'discarded')") == 0
	})
	t.Logf("all done %v after the kill", time.Since(killed).Round(time.Second))

	perHead := map[string]int{}
	for _, c := range repo.CheckRuns() {
		perHead[c.HeadSHA]++
	}
	for i := 1; i <= opened; i++ {
		if perHead[heads[i]] != 1 {
			t.Errorf("#%d: %d check runs, want 1", i, perHead[heads[i]])
		}
	}
	seen := map[string]int{}
	for _, is := range repo.Issues() {
		if m := actionMarker.FindStringSubmatch(is.Body); m != nil {
			seen[m[1]+" "+m[2]]++
		}
	}
	for marker, n := range seen {
		if n != 1 {
			t.Errorf("action issue %s opened %d times, want once", marker, n)
		}
	}
	if s := summaries(repo); len(s) != 1 {
		t.Errorf("weekly summaries: got %d (%v), want 1", len(s), s)
	}
	if n := query("SELECT count(*) FROM SCHEMA.river_job WHERE state IN ('cancelled', 'discarded')"); n != 0 {
		t.Errorf("%d jobs failed for good, want none: %s", n, failedJobs(t, dbURL))
	}
	if n := query("SELECT count(*) FROM SCHEMA.river_job WHERE errors::text LIKE '%Stuck job rescued%'"); n <= 0 {
		t.Error("no job of the killed replica was rescued: it was killed while reviewing")
	}
}

// failedJobs describes the jobs that failed for good.
func failedJobs(t *testing.T, dbURL string) string {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err.Error()
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, "SELECT kind, state::text, args::text, errors::text FROM river_job WHERE state IN ('cancelled', 'discarded')")
	if err != nil {
		return err.Error()
	}
	var out []string
	var kind, state, args, errs string
	_, err = pgx.ForEachRow(rows, []any{&kind, &state, &args, &errs}, func() error {
		out = append(out, fmt.Sprintf("%s %s %s: %s", kind, state, args, errs))
		return nil
	})
	if err != nil {
		return err.Error()
	}
	return strings.Join(out, "; ")
}

// interleave is the pull requests 1…opened and the merged ones after
// them, mixed.
func interleave(opened, merged int) []int {
	var out []int
	for i, m := 1, opened+1; i <= opened || m <= opened+merged; i, m = i+1, m+1 {
		if i <= opened {
			out = append(out, i)
		}
		if m <= opened+merged {
			out = append(out, m)
		}
	}
	return out
}

// reviewed reports whether pull requests 1…n each have a completed check
// run on their head.
func reviewed(repo *githubtest.Repo, heads map[int]string, n int) bool {
	done := map[string]bool{}
	for _, c := range repo.CheckRuns() {
		done[c.HeadSHA] = done[c.HeadSHA] || c.Status == "completed"
	}
	for i := 1; i <= n; i++ {
		if !done[heads[i]] {
			return false
		}
	}
	return true
}

// mergedDocs counts the documents whose action issues are open.
func mergedDocs(repo *githubtest.Repo) int {
	docs := map[string]bool{}
	for _, is := range repo.Issues() {
		if m := actionMarker.FindStringSubmatch(is.Body); m != nil {
			docs[m[1]] = true
		}
	}
	return len(docs)
}

// summaries are the titles of the weekly summary issues.
func summaries(repo *githubtest.Repo) []string {
	var out []string
	for _, is := range repo.Issues() {
		if strings.HasPrefix(is.Title, "Post-mortem actions: week ") {
			out = append(out, is.Title)
		}
	}
	return out
}
