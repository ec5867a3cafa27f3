package cli

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/prometheus/client_golang/prometheus"
)

func TestReadyFailsWhileTheJobDatabaseIsUnreachable(t *testing.T) {
	qc := queueConfig{statePath: filepath.Join(t.TempDir(), "state.db")}
	q, err := openQueue(qc, nil, background{tracker: handlers.NewTracker(nil, 0, nil)}, backgroundConfig{}, prometheus.NewRegistry(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ready := pingQueue(q)
	if err := ready(); err != nil {
		t.Fatalf("ready with the database open: %v", err)
	}
	q.Stop(context.Background())
	q.Close()
	if err := ready(); err == nil {
		t.Error("ready with the database closed: got nil, want an error")
	}
}

func TestQueueConfigFromTheEnvironment(t *testing.T) {
	env := &Env{Dir: "/srv"}
	cases := []struct {
		vars      map[string]string
		wantPath  string
		wantError bool
	}{
		{map[string]string{}, "/srv/.postmortem-bot/state.db", false},
		{map[string]string{"POSTMORTEM_BOT_STATE": "data/jobs.db"}, "/srv/data/jobs.db", false},
		{map[string]string{"DATABASE_URL": "postgres://db/app"}, "/srv/.postmortem-bot/state.db", false},
		{map[string]string{"DATABASE_URL": "mysql://db/app"}, "", true},
		{map[string]string{"JOB_TIMEOUT": "2m", "JOB_RESCUE_AFTER": "3m"}, "/srv/.postmortem-bot/state.db", false},
		{map[string]string{"JOB_TIMEOUT": "2m", "JOB_RESCUE_AFTER": "1m"}, "", true},
		{map[string]string{"JOB_RESCUE_AFTER": "4m"}, "", true}, // under the default timeout
		{map[string]string{"JOB_TIMEOUT": "soon"}, "", true},
	}
	for _, c := range cases {
		qc, err := loadQueueConfig(env, func(k string) string { return c.vars[k] }, "/srv/.postmortem-bot/credentials.json")
		if (err != nil) != c.wantError {
			t.Errorf("%v: got error %v, want error %v", c.vars, err, c.wantError)
			continue
		}
		if !c.wantError && qc.statePath != c.wantPath {
			t.Errorf("%v: state file %q, want %q", c.vars, qc.statePath, c.wantPath)
		}
	}
}
