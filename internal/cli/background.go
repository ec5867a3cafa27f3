package cli

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/bot"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
)

// Defaults of the background work serve does besides webhooks.
const (
	defaultReconcileInterval = 6 * time.Hour
	defaultTrackWindow       = 30 * time.Second
)

// backgroundConfig is the background work's configuration, read from the
// environment.
type backgroundConfig struct {
	// reconcileInterval is the pause between reconcile runs; 0 turns
	// them off (start-up run included).
	reconcileInterval time.Duration
	// trackWindow is how long the tracker waits to batch changes to one
	// document into one commit.
	trackWindow time.Duration
	// summaries runs the weekly summaries in-process; off when a cron
	// job runs the summary command instead.
	summaries bool
}

// loadBackgroundConfig reads RECONCILE_INTERVAL, TRACK_WINDOW and
// WEEKLY_SUMMARY.
func loadBackgroundConfig(getenv func(string) string) (backgroundConfig, error) {
	bg := backgroundConfig{reconcileInterval: defaultReconcileInterval, trackWindow: defaultTrackWindow, summaries: true}
	switch v := getenv("WEEKLY_SUMMARY"); v {
	case "", "on":
	case "off":
		bg.summaries = false
	default:
		return bg, usagef("WEEKLY_SUMMARY %q: want on or off", v)
	}
	for _, v := range []struct {
		name string
		dst  *time.Duration
	}{{"RECONCILE_INTERVAL", &bg.reconcileInterval}, {"TRACK_WINDOW", &bg.trackWindow}} {
		raw := getenv(v.name)
		if raw == "" {
			continue
		}
		d, err := time.ParseDuration(raw)
		if raw == "0" || raw == "off" {
			d, err = 0, nil
		}
		if err != nil || d < 0 {
			return bg, usagef("%s %q: want a duration such as 30s or 6h, or off", v.name, raw)
		}
		*v.dst = d
	}
	return bg, nil
}

// background is the work serve runs besides answering webhooks: the
// reconcile loop, the weekly summaries, and the tracker's pending writes.
type background struct {
	tracker *bot.Tracker
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	logger  *slog.Logger
}

// startBackground starts the reconcile loop and the weekly summaries
// (each unless turned off) and returns the background with its tracker,
// a webhook handler.
func startBackground(clients *githubapp.Clients, bg backgroundConfig, logger *slog.Logger) *background {
	ctx, cancel := context.WithCancel(context.Background())
	b := &background{tracker: bot.NewTracker(clients, bg.trackWindow, logger), cancel: cancel, logger: logger}
	if bg.reconcileInterval > 0 {
		b.goRun(func() { (&bot.Reconciler{}).Loop(ctx, clients, bg.reconcileInterval, logger) })
	}
	if bg.summaries {
		sched := bot.NewWeeklyScheduler(clients, &bot.Weekly{}, logger)
		b.goRun(func() { _ = sched.Run(ctx) })
	}
	return b
}

// goRun runs f in a goroutine that stop waits for.
func (b *background) goRun(f func()) {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		f()
	}()
}

// flushBudget bounds the tracker's writes at shutdown. They get their
// own time: the queue's drain may have used all of the shutdown's.
var flushBudget = 10 * time.Second

// stop ends the loops and writes the tracker's pending changes.
func (b *background) stop(ctx context.Context) {
	b.cancel()
	b.wg.Wait()
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), flushBudget)
	defer cancel()
	if err := b.tracker.Flush(fctx); err != nil {
		b.logger.Error("writing tracked changes at shutdown", "err", err)
	}
}
