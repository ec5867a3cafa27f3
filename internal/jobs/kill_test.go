package jobs_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// killable is the writers of a replica that is killed mid-write: its
// writes never end by themselves; kill ends them (the process is gone,
// and with it its writes) and then cuts the replica off the database.
type killable struct {
	*writers
	entered chan struct{} // closed at the replica's first write
	dead    chan struct{}
	once    sync.Once
	inside  map[string]int
	killed  bool // under mu: the process is gone and writes nothing more
}

func (k *killable) MergeOne(_ context.Context, _ int64, req actions.MergeRequest) error {
	return k.hold(req.Owner + "/" + req.Repo)
}

func (k *killable) WriteChanges(_ context.Context, changes []actions.TrackChange) error {
	return k.hold(changes[0].Owner + "/" + changes[0].Repo)
}

// hold enters repo as a writer and stays until killed.
func (k *killable) hold(repo string) error {
	k.mu.Lock()
	if k.killed {
		k.mu.Unlock()
		return errors.New("dead")
	}
	k.now[repo]++
	k.most = max(k.most, k.now[repo])
	k.inside[repo]++
	k.mu.Unlock()
	k.once.Do(func() { close(k.entered) })
	<-k.dead
	return errors.New("killed mid-write")
}

// kill ends the replica's writes, then cuts it off the database. From
// the moment it is killed the replica writes nothing: a job of it that
// takes the lock while its connections are being cut (the first one's
// lock freed before the next connection is closed) must not count as a
// writer, as a killed process could not write.
func (k *killable) kill(cut func()) {
	k.mu.Lock()
	k.killed = true
	for repo, n := range k.inside {
		k.now[repo] -= n
	}
	k.mu.Unlock()
	cut()
	close(k.dead)
}

// cutProxy forwards loopback connections to target until cut, which
// closes them all and refuses new ones: to the database, a replica cut
// off is a dead one.
func cutProxy(t *testing.T, target string) (addr string, cut func()) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu     sync.Mutex
		conns  []net.Conn
		isCut  bool
		accept = func(c, up net.Conn) bool { // false once cut: a connection accepted as it was cut is closed too
			mu.Lock()
			defer mu.Unlock()
			if isCut {
				c.Close()
				up.Close()
				return false
			}
			conns = append(conns, c, up)
			return true
		}
	)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			if accept(c, up) {
				go io.Copy(up, c)
				go io.Copy(c, up)
			}
		}
	}()
	cut = func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		isCut = true
		for _, c := range conns {
			c.Close()
		}
	}
	t.Cleanup(cut)
	return ln.Addr().String(), cut
}

// TestAReplicaKilledMidWriteFreesItsRepository: the leader of two
// replicas on PostgreSQL is cut off the database while it writes to a
// repository (its advisory lock held); the other takes the repository
// only then, never while the dead one wrote, runs every merge and tracked
// change once, and the dead replica's job is rescued and run.
func TestAReplicaKilledMidWriteFreesItsRepository(t *testing.T) {
	cfg := jobstest.Postgres(t)
	w := &writers{now: map[string]int{}, merged: map[int]int{}}
	victim := &killable{writers: w, entered: make(chan struct{}), dead: make(chan struct{}), inside: map[string]int{}}
	u, err := url.Parse(cfg.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	proxy, cut := cutProxy(t, u.Host)
	vcfg := cfg
	u.Host = proxy
	vcfg.DatabaseURL, vcfg.Handlers, vcfg.Tracker, vcfg.StopTimeout = u.String(), []webhook.Handler{victim}, victim, 100*time.Millisecond
	a := open(t, vcfg)
	start(t, a)
	waitFor(t, "the first replica elected", func() bool { return leaders(t, cfg) == 1 })

	const merges = 6
	ctx := context.Background()
	for i := range merges {
		if _, err := a.Insert(ctx, river.InsertManyParams{Args: jobs.MergeArgs{InstallationID: 1, Repo: "octo/docs", Pull: i + 1}}); err != nil {
			t.Fatal(err)
		}
		if err := a.Record(ctx, change("doc"+string(rune('a'+i))+".md", i+1, "closed")); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case <-victim.entered:
	case <-time.After(15 * time.Second):
		t.Fatal("the first replica never wrote")
	}
	cfg.Handlers, cfg.Tracker = []webhook.Handler{w}, w
	cfg.JobTimeout, cfg.RescueAfter = 2*time.Second, 2*time.Second
	b := open(t, cfg)
	start(t, b)
	time.Sleep(500 * time.Millisecond) // the other replica tries the repository while the first writes
	victim.kill(cut)
	killed := time.Now()
	endTerm(t, cfg)

	deadline := time.Now().Add(90 * time.Second)
	for !w.done(merges) {
		if time.Now().After(deadline) {
			t.Fatalf("after the kill, not every merge and change written: merged %v, %d changes", w.merged, w.tracks)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("all written %v after the kill", time.Since(killed).Round(100*time.Millisecond))
	w.check(t)
}

// endTerm ends the dead leader's term now, as its expiry would some
// seconds later: the queue library keeps a term for fifteen seconds and
// lets no replica take over before it ends. What follows is the same
// either way (the other replica is elected at its next attempt, and its
// rescuer's first pass gives back the jobs the dead one was running),
// without the test waiting out the term.
func endTerm(t *testing.T, cfg jobs.Config) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, cfg.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	table := pgx.Identifier{cfg.Schema, "river_leader"}.Sanitize()
	if _, err := conn.Exec(ctx, "UPDATE "+table+" SET expires_at = now() - interval '1 second'"); err != nil {
		t.Fatal(err)
	}
}

// leaders counts the elected leaders in cfg's schema.
func leaders(t *testing.T, cfg jobs.Config) int {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, cfg.DatabaseURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM "+pgx.Identifier{cfg.Schema, "river_leader"}.Sanitize()).Scan(&n); err != nil {
		return 0
	}
	return n
}
