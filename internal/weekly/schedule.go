package weekly

import (
	"context"
	"errors"
	"log/slog"
	"maps"
	"slices"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/installations"
	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
)

// Intervals of the scheduler.
const (
	defaultRescan = time.Hour        // reread installations and configurations
	scanRetry     = 5 * time.Minute  // after a failed scan
	runRetry      = 15 * time.Minute // after a failed summary
)

// Scheduler runs the weekly summary of every repository the app is
// installed on, each when its configured schedule (summary.schedule in
// summary.timezone) says. A repository without post-mortems is skipped.
// It keeps no state but in memory: at start-up, a repository whose
// summary for the current week exists is done until its next time, and
// one whose time this week has passed without a summary (the app was
// down) is summarised at once.
type Scheduler struct {
	// Tick wakes the scheduler; nil means a ticker every minute (the
	// schedules' resolution). Tests send on it.
	Tick <-chan time.Time
	// Rescan is how often installations, repositories and their
	// configurations are read again; 0 means an hour.
	Rescan time.Duration
	// Hand, when set, hands a repository's due summary to a runner that
	// keeps one per repository and scheduled time (slot), across
	// replicas whose schedulers each plan in their own memory; that
	// runner calls RunSummary. handed is false when the runner had that
	// slot already. Either way the slot counts as done here. Nil runs
	// the summary in Step.
	Hand func(ctx context.Context, installation int64, req Request, slot time.Time) (handed bool, err error)

	clients  installations.AppClients
	weekly   *Weekly
	logger   *slog.Logger
	repos    map[string]*scheduledRepo
	nextScan time.Time
}

// scheduledRepo is one repository's place in the schedule.
type scheduledRepo struct {
	installation int64
	req          Request
	summary      config.Summary
	after        time.Time // the next run is the schedule's first time after this
	next         time.Time // zero: none (no schedule, or a broken configuration)
	retry        time.Time // not before this, after a failure
}

// NewScheduler returns a scheduler running weekly (its clock is
// the scheduler's) with clients; a nil weekly is a default one, a nil
// logger discards. A Weekly without a TargetClient gets
// InstallationTarget(clients), so that summary.repository may name a
// repository of another installation.
func NewScheduler(clients installations.AppClients, weekly *Weekly, logger *slog.Logger) *Scheduler {
	if weekly == nil {
		weekly = &Weekly{}
	}
	if weekly.TargetClient == nil {
		weekly.TargetClient = InstallationTarget(clients)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Scheduler{clients: clients, weekly: weekly, logger: logger, repos: map[string]*scheduledRepo{}}
}

// InstallationTarget returns a Weekly.TargetClient that reaches a
// repository through the installation it belongs to.
func InstallationTarget(clients installations.AppClients) func(ctx context.Context, owner, repo string) (*github.Client, error) {
	return func(ctx context.Context, owner, repo string) (*github.Client, error) {
		inst, err := installations.Find(ctx, clients, owner, repo)
		if err != nil {
			return nil, err
		}
		return clients.Installation(inst.GetID()), nil
	}
}

// Run steps the scheduler at start and on every tick until ctx is done;
// then it returns nil. Failures are logged and retried later, never
// returned: one repository's trouble must not stop the others'.
func (s *Scheduler) Run(ctx context.Context) error {
	tick := s.Tick
	if tick == nil {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
		tick = t.C
	}
	for {
		s.Step(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-tick:
		}
	}
}

// Step rescans when a rescan is due, then runs the summary of every
// repository whose time has come.
func (s *Scheduler) Step(ctx context.Context) {
	now := s.weekly.now()
	if !now.Before(s.nextScan) {
		s.scan(ctx, now)
	}
	for _, key := range slices.Sorted(maps.Keys(s.repos)) {
		if ctx.Err() != nil {
			return
		}
		if r := s.repos[key]; r.due(now) {
			s.runRepo(ctx, r, now)
		}
	}
}

// due reports whether r's time has come.
func (r *scheduledRepo) due(now time.Time) bool {
	return !r.next.IsZero() && !now.Before(r.next) && !now.Before(r.retry)
}

// runRepo runs r's summary and schedules its next run.
func (s *Scheduler) runRepo(ctx context.Context, r *scheduledRepo, now time.Time) {
	if s.Hand != nil {
		s.handRepo(ctx, r, now)
		return
	}
	res, err := s.run(ctx, r)
	if ctx.Err() != nil {
		return // stopping: the run is not a failure, nor done
	}
	if err != nil {
		r.retry = now.Add(runRetry)
		s.logger.Error("weekly summary failed", "repo", r.name(), "error", err.Error(), "retry", r.retry)
		return
	}
	r.after, r.retry = now, time.Time{}
	r.next, _ = r.summary.Next(now) // the configuration was validated
	s.logger.Info("weekly summary", "repo", r.name(), "week", res.Week, "skipped", res.Skipped, "target", res.Target,
		"issue", res.Issue, "created", res.Created, "updated", res.Updated, "closed", len(res.Closed),
		"open_actions", res.OpenActions, "docs_read", res.DocsRead, "next", r.next)
}

// handRepo hands r's due summary to s.Hand and schedules r's next run.
func (s *Scheduler) handRepo(ctx context.Context, r *scheduledRepo, now time.Time) {
	handed, err := s.Hand(ctx, r.installation, r.req, r.next)
	if err != nil {
		r.retry = now.Add(runRetry)
		s.logger.Error("weekly summary not handed on", "repo", r.name(), "error", err.Error(), "retry", r.retry)
		return
	}
	slot := r.next
	r.after, r.retry = now, time.Time{}
	r.next, _ = r.summary.Next(now) // the configuration was validated
	s.logger.Info("weekly summary handed on", "repo", r.name(), "slot", slot, "handed", handed, "next", r.next)
}

// RunSummary runs the summary of installation's repository req, for a
// runner that Hand gave it to.
func (s *Scheduler) RunSummary(ctx context.Context, installation int64, req Request) (*Result, error) {
	return s.run(ctx, &scheduledRepo{installation: installation, req: req})
}

// run runs r's summary of the issues the app's bot opened.
func (s *Scheduler) run(ctx context.Context, r *scheduledRepo) (*Result, error) {
	req := r.req
	var err error
	if req.Bot, err = s.clients.BotLogin(ctx); err != nil {
		return nil, err
	}
	return s.weekly.Run(ctx, s.clients.Installation(r.installation), req)
}

// name is "owner/repo".
func (r *scheduledRepo) name() string { return r.req.Owner + "/" + r.req.Repo }

// scan lists the installations' repositories and plans each: those new
// to the scheduler from their configuration and whether this week's
// summary exists, the others from their configuration and last run.
// Repositories no longer installed are dropped.
func (s *Scheduler) scan(ctx context.Context, now time.Time) {
	found, err := s.listRepos(ctx)
	if err != nil {
		s.nextScan = now.Add(scanRetry)
		s.logger.Error("weekly summary: listing repositories failed", "error", err.Error(), "retry", s.nextScan)
		return
	}
	s.nextScan = now.Add(s.rescan())
	repos := map[string]*scheduledRepo{}
	for _, r := range found {
		known := s.repos[r.name()]
		if known != nil {
			r.after, r.retry = known.after, known.retry
		}
		if err := s.plan(ctx, r, now, known == nil); err != nil {
			s.logger.Warn("weekly summary: not planned", "repo", r.name(), "error", err.Error())
			if known == nil {
				continue // planned again at the next scan, as new
			}
			r = known // keep the plan it had
		}
		repos[r.name()] = r
	}
	s.repos = repos
}

// rescan is Rescan or its default.
func (s *Scheduler) rescan() time.Duration {
	if s.Rescan <= 0 {
		return defaultRescan
	}
	return s.Rescan
}

// errConfigInvalid keeps a repository new to the scheduler unplanned
// until its configuration is fixed; a known one keeps its plan, and its
// runs are skipped.
var errConfigInvalid = errors.New("configuration invalid")

// plan reads r's configuration and works out its next run; a repository
// new to the scheduler starts from startAfter.
func (s *Scheduler) plan(ctx context.Context, r *scheduledRepo, now time.Time, isNew bool) error {
	gh := s.clients.Installation(r.installation)
	cfg, _, problems, err := repoconfig.Load(ctx, gh, r.req.Owner, r.req.Repo, r.req.DefaultBranch)
	if err == nil && problems != nil {
		err = errConfigInvalid
	}
	if err != nil {
		return err
	}
	r.summary = cfg.Summary
	if isNew {
		if r.after, err = s.startAfter(ctx, gh, r, cfg, now); err != nil {
			return err
		}
	}
	r.next, err = r.summary.Next(r.after)
	return err
}

// startAfter is where a repository new to the scheduler starts: now
// when this week's scheduled time is still ahead or its summary exists;
// otherwise just before this week began, so that the missed run happens
// at once.
func (s *Scheduler) startAfter(ctx context.Context, gh *github.Client, r *scheduledRepo, cfg *config.Config, now time.Time) (time.Time, error) {
	before := newWeekClock(now, summaryZone(cfg)).weekStart.Add(-time.Minute)
	first, err := cfg.Summary.Next(before)
	if err != nil || first.IsZero() || first.After(now) {
		return now, err
	}
	posted, err := s.weekly.postedThisWeek(ctx, gh, r.req, cfg, now)
	if err != nil || posted {
		return now, err
	}
	return before, nil
}

// listRepos lists the repositories of every installation, leaving out
// archived ones.
func (s *Scheduler) listRepos(ctx context.Context) ([]*scheduledRepo, error) {
	installed, err := installations.List(ctx, s.clients)
	if err != nil {
		return nil, err
	}
	var out []*scheduledRepo
	for _, r := range installed {
		if !r.Archived {
			out = append(out, &scheduledRepo{installation: r.Installation, req: Request{Owner: r.Owner, Repo: r.Name}})
		}
	}
	return out, nil
}
