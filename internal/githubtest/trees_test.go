package githubtest_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

func TestGetTree(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", "postmortems/2026/a.md", []byte("a\n"))
	repo.PutFile("main", "README.md", []byte("r\n"))
	ctx := context.Background()
	tree, _, err := c.Git.GetTree(ctx, "octo", "docs", "main", true)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tree.Entries {
		got = append(got, e.GetType()+" "+e.GetPath())
		if e.GetPath() == "postmortems/2026/a.md" && (e.GetSHA() != githubtest.BlobSHA([]byte("a\n")) || e.GetSize() != 2) {
			t.Errorf("blob entry: got %+v", e)
		}
	}
	want := []string{"blob README.md", "tree postmortems", "tree postmortems/2026", "blob postmortems/2026/a.md"}
	if len(got) != len(want) {
		t.Fatalf("recursive tree: got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("recursive tree: got %q, want %q", got, want)
		}
	}
	root, _, err := c.Git.GetTree(ctx, "octo", "docs", repo.HeadSHA("main"), false)
	if err != nil || len(root.Entries) != 2 {
		t.Fatalf("root tree: got %+v, %v; want README.md and postmortems", root, err)
	}
	_, resp, err := c.Git.GetTree(ctx, "octo", "docs", "no-such-branch", true)
	wantStatus(t, resp, err, http.StatusNotFound)
}
