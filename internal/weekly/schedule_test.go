package weekly_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/weekly"
)

// Times of the scheduler tests, in ISO weeks 2026-W50 and W51.
var (
	monday0800    = time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)
	monday0900    = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	tuesday0730   = time.Date(2026, 12, 8, 7, 30, 0, 0, time.UTC) // 08:30 in Berlin
	wednesday1200 = time.Date(2026, 12, 9, 12, 0, 0, 0, time.UTC)
	nextMonday    = time.Date(2026, 12, 14, 9, 0, 0, 0, time.UTC)
)

// scheduleFixture is a fake GitHub with three repositories in two
// installations: octo/docs (Mondays 09:00 UTC, the default schedule,
// one open action), octo/empty (no post-mortems) and acme/pm
// (installation 2, Tuesdays 08:30 Berlin time, nothing open).
type scheduleFixture struct {
	*weeklyFixture
	pm   *githubtest.Repo
	logs *bytes.Buffer
}

// newScheduleFixture sets the repositories up.
func newScheduleFixture(t *testing.T) *scheduleFixture {
	f := newWeeklyFixture(t, weeklyConfig)
	f.merge("postmortems/2026-11-20-dns.md", pmDoc("DNS", "2026-11-20", "SEV1", "2026-11-19 08:00 UTC", "2026-11-19 08:30 UTC", "2026-11-19 12:00 UTC",
		"Lower the DNS TTL — owner: @frank, due: 2026-12-04"), utc(11, 20, 12, 0))
	f.srv.AddRepo("octo", "empty")
	pm := f.srv.AddRepo("acme", "pm", githubtest.Installation(2))
	pm.PutFile("main", ".github/postmortem.yml", []byte("summary:\n  schedule: \"30 8 * * 2\"\n  timezone: Europe/Berlin\n"))
	pm.PutFile("main", "postmortems/2026-11-01-disk.md", []byte(pmDoc("Disk full", "2026-11-01", "SEV3",
		"2026-11-01 03:00 UTC", "2026-11-01 03:20 UTC", "2026-11-01 04:00 UTC", "Alert at 80% disk — owner: @kim")))
	f.srv.ResetCalls()
	return &scheduleFixture{weeklyFixture: f, pm: pm, logs: &bytes.Buffer{}}
}

// scheduler is a new scheduler, as after a restart, on the fixture's
// clock.
func (f *scheduleFixture) scheduler() *weekly.Scheduler {
	logger := slog.New(slog.NewTextHandler(f.logs, nil))
	return weekly.NewScheduler(f.clients, &weekly.Weekly{Now: f.clock.Now}, logger)
}

// step moves the clock to t and steps s.
func (f *scheduleFixture) step(s *weekly.Scheduler, t time.Time) {
	f.clock.Set(t)
	s.Step(context.Background())
}

// writesTo counts the calls since the last reset that wrote to the
// repository full ("owner/name").
func (f *scheduleFixture) writesTo(full string) int {
	n := 0
	for _, c := range f.srv.Calls() {
		if c.Method != "GET" && strings.HasPrefix(c.Path, "/repos/"+full+"/") {
			n++
		}
	}
	return n
}

// weeks lists the weeks of repo's summary issues and their states.
func weeks(repo *githubtest.Repo) []string {
	var out []string
	for _, is := range summaries(repo) {
		out = append(out, strings.TrimPrefix(is.Title, "Post-mortem actions: week ")+" "+is.State)
	}
	return out
}

func TestSchedulerRunsEachRepositoryOnItsSchedule(t *testing.T) {
	f := newScheduleFixture(t)
	s := f.scheduler()
	steps := []struct {
		at        time.Time
		docs, pm  string
		docWrites int
	}{
		{monday0800, "", "", 0},
		{monday0900, "2026-W50 open", "", 2}, // the label, the issue
		{monday0900.Add(30 * time.Minute), "2026-W50 open", "", 0},
		{tuesday0730, "2026-W50 open", "2026-W50 open", 0},
		{nextMonday, "2026-W50 closed 2026-W51 open", "2026-W50 open", 3}, // the issue, a comment, closing the old one
	}
	for _, st := range steps {
		f.srv.ResetCalls()
		f.step(s, st.at)
		if got := strings.Join(weeks(f.repo), " "); got != st.docs {
			t.Errorf("%v: octo/docs summaries %q, want %q", st.at, got, st.docs)
		}
		if got := strings.Join(weeks(f.pm), " "); got != st.pm {
			t.Errorf("%v: acme/pm summaries %q, want %q", st.at, got, st.pm)
		}
		if got := f.writesTo("octo/docs"); got != st.docWrites {
			t.Errorf("%v: %d writes to octo/docs, want %d", st.at, got, st.docWrites)
		}
		if f.writesTo("octo/empty") != 0 {
			t.Errorf("%v: wrote to octo/empty, which has no post-mortems", st.at)
		}
	}
	if !strings.Contains(f.logs.String(), `skipped="no post-mortems"`) {
		t.Errorf("logs do not say octo/empty was skipped:\n%s", f.logs)
	}
}

func TestSchedulerNeverPostsTwiceAcrossRestarts(t *testing.T) {
	f := newScheduleFixture(t)
	f.step(f.scheduler(), monday0900)
	if got := weeks(f.repo); len(got) != 1 {
		t.Fatalf("first start: %v", got)
	}
	// Restarted the same morning: this week's summary exists, so
	// nothing is written anywhere until next week.
	f.srv.ResetCalls()
	f.step(f.scheduler(), monday0900.Add(20*time.Minute))
	if w := f.writesTo("octo/docs") + f.writesTo("acme/pm"); w != 0 {
		t.Errorf("restart on Monday: %d writes, want none", w)
	}
	// Restarted on Wednesday, the app having been down on Tuesday:
	// acme/pm's missed summary is posted at once, octo/docs' is not
	// touched.
	f.srv.ResetCalls()
	f.step(f.scheduler(), wednesday1200)
	if f.writesTo("octo/docs") != 0 || len(weeks(f.repo)) != 1 {
		t.Errorf("restart on Wednesday: octo/docs written to or posted twice: %v", weeks(f.repo))
	}
	if got := weeks(f.pm); len(got) != 1 || got[0] != "2026-W50 open" {
		t.Errorf("restart on Wednesday: acme/pm summaries %v, want this week's, caught up", got)
	}
}

func TestSchedulerRunLoop(t *testing.T) {
	f := newScheduleFixture(t)
	f.clock.Set(monday0800)
	s := f.scheduler()
	tick := make(chan time.Time)
	s.Tick = tick
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	tick <- monday0800 // the start-up step is done
	if got := weeks(f.repo); len(got) != 0 {
		t.Errorf("before its time: %v", got)
	}
	f.clock.Set(monday0900)
	tick <- monday0900
	tick <- monday0900 // the step of the tick before is done
	if got := weeks(f.repo); len(got) != 1 {
		t.Errorf("at its time: %v", got)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

// TestSchedulersOfReplicasHandOnOneSummaryPerSlot: two replicas'
// schedulers, each planning in its own memory, both find octo/docs due
// at 09:00; handed on to a runner that keeps one per slot (as the jobs'
// unique summary job does), the summary is posted once and the second
// scheduler writes nothing, then waits for next week.
func TestSchedulersOfReplicasHandOnOneSummaryPerSlot(t *testing.T) {
	f := newScheduleFixture(t)
	ran := map[string]int{}
	hands := 0
	a, b := f.scheduler(), f.scheduler()
	for _, s := range []*weekly.Scheduler{a, b} {
		s.Hand = func(ctx context.Context, inst int64, req weekly.Request, slot time.Time) (bool, error) {
			hands++
			key := req.Owner + "/" + req.Repo + " " + slot.UTC().Format(time.RFC3339)
			if ran[key]++; ran[key] > 1 {
				return false, nil
			}
			_, err := s.RunSummary(ctx, inst, req)
			return true, err
		}
	}
	f.step(a, monday0800)
	f.step(b, monday0800)
	f.srv.ResetCalls()
	f.step(a, monday0900)
	if got := weeks(f.repo); len(got) != 1 || f.writesTo("octo/docs") != 2 {
		t.Fatalf("the first replica's step: summaries %v, %d writes; want this week's, 2 writes", got, f.writesTo("octo/docs"))
	}
	f.srv.ResetCalls()
	f.step(b, monday0900.Add(time.Minute))
	if w := f.writesTo("octo/docs"); w != 0 || ran["octo/docs 2026-12-07T09:00:00Z"] != 2 {
		t.Errorf("the second replica's step: %d writes to octo/docs, slot handed %d times; want none written, handed twice",
			w, ran["octo/docs 2026-12-07T09:00:00Z"])
	}
	before := hands
	f.step(b, monday0900.Add(30*time.Minute))
	if hands != before {
		t.Errorf("the second replica handed on %d more summaries half an hour later, want none until next week", hands-before)
	}
}
