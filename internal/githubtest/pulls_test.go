package githubtest_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

const baseDoc = "# DB outage\n\n## Timeline\n\n- 14:02 start\n- 14:09 detected\n- 15:40 resolved\n\n## Remediation\n\n- [ ] Add alert\n"

const headDoc = "# DB outage\n\n## Timeline\n\n- 14:02 start\n- 14:09 Bob failed to notice\n- 15:40 resolved\n\n## Remediation\n\n- [ ] Add alert\n- [ ] Fix failover\n"

func TestPullFilesPatch(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.AddPull(2, "main", "pm", map[string][]byte{docPath: []byte(headDoc), "new.md": []byte("a\nb\n")})
	ctx := context.Background()
	pr, _, err := c.PullRequests.Get(ctx, "octo", "docs", 2)
	if err != nil || pr.GetHead().GetSHA() != repo.HeadSHA("pm") || pr.GetBase().GetRef() != "main" || pr.GetChangedFiles() != 2 {
		t.Fatalf("Get: got %+v, %v", pr, err)
	}
	files, _, err := c.PullRequests.ListFiles(ctx, "octo", "docs", 2, nil)
	if err != nil || len(files) != 2 {
		t.Fatalf("ListFiles: got %d, %v", len(files), err)
	}
	want := "@@ -3,9 +3,10 @@\n ## Timeline\n \n - 14:02 start\n-- 14:09 detected\n+- 14:09 Bob failed to notice\n - 15:40 resolved\n \n ## Remediation\n \n - [ ] Add alert\n+- [ ] Fix failover"
	if got := files[1].GetPatch(); files[1].GetFilename() != docPath || got != want {
		t.Errorf("patch of %s:\ngot  %q\nwant %q", files[1].GetFilename(), got, want)
	}
	if f := files[0]; f.GetStatus() != "added" || f.GetPatch() != "@@ -0,0 +1,2 @@\n+a\n+b" {
		t.Errorf("added file: got %s %q", f.GetStatus(), f.GetPatch())
	}
}

func TestPullFilesPagination(t *testing.T) {
	_, repo, c := setup(t)
	files := map[string][]byte{}
	for i := range 250 {
		files[fmt.Sprintf("docs/f%03d.md", i)] = []byte("x\n")
	}
	repo.AddPull(1, "main", "many", files)
	opts := &github.ListOptions{PerPage: 100}
	var got []string
	for {
		page, resp, err := c.PullRequests.ListFiles(context.Background(), "octo", "docs", 1, opts)
		if err != nil {
			t.Fatal(err)
		}
		if opts.Page == 0 && (resp.LastPage != 3 || !strings.Contains(resp.Header.Get("Link"), `rel="next"`)) {
			t.Errorf("first page: got last %d, Link %q", resp.LastPage, resp.Header.Get("Link"))
		}
		for _, f := range page {
			got = append(got, f.GetFilename())
		}
		if resp.NextPage == 0 {
			break
		}
		opts.Page = resp.NextPage
	}
	if len(got) != 250 || got[249] != "docs/f249.md" {
		t.Errorf("files: got %d, last %q; want 250", len(got), got[len(got)-1])
	}
}

func TestCreatePull(t *testing.T) {
	_, repo, c := setup(t, githubtest.Protected("main"))
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.PutFile("links", docPath, []byte(headDoc))
	ctx := context.Background()
	pr, resp, err := c.PullRequests.Create(ctx, "octo", "docs", &github.NewPullRequest{
		Title: github.String("Link issues"), Head: github.String("links"), Base: github.String("main"),
	})
	wantStatus(t, resp, err, http.StatusCreated)
	if pr.GetNumber() != 1 || len(repo.PullFiles(1)) != 1 {
		t.Errorf("Create: got #%d with %d files", pr.GetNumber(), len(repo.PullFiles(1)))
	}
	_, resp, err = c.PullRequests.Create(ctx, "octo", "docs", &github.NewPullRequest{
		Title: github.String("again"), Head: github.String("links"), Base: github.String("main"),
	})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	repo.MergePull(1)
	if got, _ := repo.File("main", docPath); string(got) != headDoc {
		t.Errorf("after merge: got %q", got)
	}
	merged, _, _ := c.PullRequests.Get(ctx, "octo", "docs", 1)
	if !merged.GetMerged() || merged.GetState() != "closed" {
		t.Errorf("merged pull: got merged %v state %s", merged.GetMerged(), merged.GetState())
	}
}

func TestPullFollowsPushesAndTheBase(t *testing.T) {
	_, repo, c := setup(t)
	ctx := context.Background()
	repo.AddPull(3, "main", "pm", map[string][]byte{"postmortems/a.md": []byte("one\n")})
	head := repo.PushPull(3, map[string][]byte{"postmortems/b.md": []byte("two\n")})
	repo.PutFile("main", "unrelated.md", []byte("on main since\n")) // the base moves on
	pr, _, err := c.PullRequests.Get(ctx, "octo", "docs", 3)
	if err != nil || pr.GetHead().GetSHA() != head {
		t.Fatalf("head after a push: got %s (%v), want %s", pr.GetHead().GetSHA(), err, head)
	}
	files, _, err := c.PullRequests.ListFiles(ctx, "octo", "docs", 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.GetFilename())
	}
	if strings.Join(names, " ") != "postmortems/a.md postmortems/b.md" {
		t.Errorf("files: %v, want both pushed files and nothing from main", names)
	}
	repo.MergePull(3)
	if b, ok := repo.File("main", "postmortems/b.md"); !ok || string(b) != "two\n" {
		t.Errorf("merge left out the pushed file: %q, %v", b, ok)
	}
}
