package githubtest_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

const docPath = "postmortems/2026/db-outage.md"

func TestBlobSHA(t *testing.T) {
	// git hash-object of "hello\n".
	if got, want := githubtest.BlobSHA([]byte("hello\n")), "ce013625030ba8dba906f756967f9e9ca394464a"; got != want {
		t.Errorf("BlobSHA: got %s, want %s", got, want)
	}
}

func TestGetContents(t *testing.T) {
	_, repo, c := setup(t)
	sha := repo.PutFile("main", docPath, []byte("# DB outage\n"))
	ctx := context.Background()
	file, _, _, err := c.Repositories.GetContents(ctx, "octo", "docs", docPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	body, err := file.GetContent()
	if err != nil || body != "# DB outage\n" || file.GetSHA() != sha {
		t.Errorf("GetContents: got %q sha %s (%v), want %q sha %s", body, file.GetSHA(), err, "# DB outage\n", sha)
	}
	_, dir, _, err := c.Repositories.GetContents(ctx, "octo", "docs", "postmortems", nil)
	if err != nil || len(dir) != 1 || dir[0].GetType() != "dir" || dir[0].GetPath() != "postmortems/2026" {
		t.Errorf("directory: got %v (%v), want one dir postmortems/2026", dir, err)
	}
	_, _, resp, _ := c.Repositories.GetContents(ctx, "octo", "docs", "missing.md", nil)
	wantStatus(t, resp, nil, http.StatusNotFound)
}

func TestGetContentsAtRef(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte("v1\n"))
	repo.PutFile("feature", docPath, []byte("v2\n"))
	for _, ref := range []string{"feature", repo.HeadSHA("feature")} {
		file, _, _, err := c.Repositories.GetContents(context.Background(), "octo", "docs", docPath,
			&github.RepositoryContentGetOptions{Ref: ref})
		if body, _ := file.GetContent(); err != nil || body != "v2\n" {
			t.Errorf("ref %s: got %q (%v), want v2", ref, body, err)
		}
	}
}

func TestUpdateFile(t *testing.T) {
	_, repo, c := setup(t)
	ctx := context.Background()
	created, resp, err := c.Repositories.CreateFile(ctx, "octo", "docs", docPath, &github.RepositoryContentFileOptions{
		Message: github.String("add"), Content: []byte("v1\n"),
	})
	wantStatus(t, resp, err, http.StatusCreated)
	_, resp, err = c.Repositories.UpdateFile(ctx, "octo", "docs", docPath, &github.RepositoryContentFileOptions{
		Message: github.String("edit"), Content: []byte("v2\n"), SHA: created.Content.SHA,
	})
	wantStatus(t, resp, err, http.StatusOK)
	if got, _ := repo.File("main", docPath); string(got) != "v2\n" {
		t.Errorf("File: got %q, want v2", got)
	}
	if msgs := repo.CommitMessages("main"); msgs[0] != "edit" {
		t.Errorf("commits: got %q, want edit first", msgs)
	}
}

func TestUpdateFileErrors(t *testing.T) {
	_, repo, c := setup(t, githubtest.Protected("release"))
	old := repo.PutFile("main", docPath, []byte("v1\n"))
	repo.PutFile("main", docPath, []byte("v2\n"))
	repo.PutFile("release", "x.md", []byte("x\n"))
	cases := []struct {
		name   string
		branch string
		sha    *string
		want   int
	}{
		{"stale sha", "", &old, http.StatusConflict},
		{"no sha on update", "", nil, http.StatusUnprocessableEntity},
		{"protected branch", "release", nil, http.StatusConflict},
		{"missing branch", "nope", nil, http.StatusNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opts := &github.RepositoryContentFileOptions{Message: github.String("m"), Content: []byte("v3\n"), SHA: tc.sha}
			if tc.branch != "" {
				opts.Branch = github.String(tc.branch)
			}
			_, resp, err := c.Repositories.UpdateFile(context.Background(), "octo", "docs", docPath, opts)
			wantStatus(t, resp, err, tc.want)
		})
	}
	if got, _ := repo.File("main", docPath); string(got) != "v2\n" {
		t.Errorf("File after refused writes: got %q, want v2", got)
	}
}

func TestBranchAndRef(t *testing.T) {
	_, repo, c := setup(t)
	ctx := context.Background()
	ref, resp, err := c.Git.CreateRef(ctx, "octo", "docs", &github.Reference{
		Ref: github.String("refs/heads/postmortem-bot/links"), Object: &github.GitObject{SHA: github.String(repo.HeadSHA("main"))},
	})
	wantStatus(t, resp, err, http.StatusCreated)
	got, _, err := c.Git.GetRef(ctx, "octo", "docs", "heads/postmortem-bot/links")
	if err != nil || got.GetObject().GetSHA() != ref.GetObject().GetSHA() {
		t.Fatalf("GetRef: got %v, %v; want %s", got, err, ref.GetObject().GetSHA())
	}
	_, resp, err = c.Git.CreateRef(ctx, "octo", "docs", &github.Reference{
		Ref: github.String("refs/heads/postmortem-bot/links"), Object: &github.GitObject{SHA: github.String(repo.HeadSHA("main"))},
	})
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
}
