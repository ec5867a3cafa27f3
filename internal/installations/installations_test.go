package installations_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/installations"
)

func TestListSkipsSuspendedInstallations(t *testing.T) {
	installed := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	srv := githubtest.New(t, githubtest.WithClock(func() time.Time { return installed }))
	for i := range 120 { // more than a page of repositories
		srv.AddRepo("octo", fmt.Sprintf("repo-%03d", i), githubtest.Installation(1))
	}
	srv.AddRepo("paused", "docs", githubtest.Installation(2))
	srv.AddRepo("other", "docs", githubtest.Installation(3))
	srv.Suspend(2)
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: githubtest.AppKey(t), BaseURL: srv.URL,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	repos, err := installations.List(context.Background(), clients)
	if err != nil {
		t.Fatal(err)
	}
	if len(repos) != 121 {
		t.Fatalf("repositories: got %d, want 121 (120 of octo, 1 of other)", len(repos))
	}
	for _, r := range repos {
		if r.Owner == "paused" {
			t.Errorf("listed %s/%s of a suspended installation", r.Owner, r.Name)
		}
		if !r.InstalledAt.Equal(installed) {
			t.Errorf("%s/%s: installed at %v, want %v", r.Owner, r.Name, r.InstalledAt, installed)
		}
		if r.DefaultBranch != "main" {
			t.Errorf("%s/%s: default branch %q, want main", r.Owner, r.Name, r.DefaultBranch)
		}
	}
}
