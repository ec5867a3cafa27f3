package repodocs_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

func TestListPostmortems(t *testing.T) {
	s := githubtest.New(t)
	repo := s.AddRepo("octo", "docs")
	clients, err := githubapp.New(githubapp.Config{AppID: 42, PrivateKey: githubtest.AppKey(t), BaseURL: s.URL,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"postmortems/2026/b.md", "postmortems/a.md", "postmortems/README.md", "docs/other.md", "postmortems/notes.txt"} {
		repo.PutFile("main", p, []byte("# "+p+"\n"))
	}
	gh := clients.Installation(1)
	refs, err := repodocs.ListPostmortems(context.Background(), gh, "octo", "docs", "main", config.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range refs {
		got = append(got, r.Path)
		if content, _ := repo.File("main", r.Path); githubtest.BlobSHA(content) != r.SHA {
			t.Errorf("%s: SHA %s does not name its content", r.Path, r.SHA)
		}
	}
	if want := "postmortems/2026/b.md postmortems/a.md"; strings.Join(got, " ") != want {
		t.Errorf("post-mortems: got %q, want %q", strings.Join(got, " "), want)
	}
	before := len(s.Calls())
	if _, err := repodocs.ListPostmortems(context.Background(), gh, "octo", "docs", "main", config.Default()); err != nil {
		t.Fatal(err)
	}
	if calls := s.Calls()[before:]; len(calls) != 1 || calls[0].Status != 304 {
		t.Errorf("repeat listing: got %+v, want one 304", calls)
	}
}
