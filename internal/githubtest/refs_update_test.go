package githubtest_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/google/go-github/v62/github"
)

// branchRef is a reference setting branch to sha.
func branchRef(branch, sha string) *github.Reference {
	return &github.Reference{Ref: github.String("refs/heads/" + branch), Object: &github.GitObject{SHA: github.String(sha)}}
}

func TestUpdateRef(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.PutFile("side/links", docPath, []byte(headDoc)) // one commit ahead of main
	ctx := context.Background()
	ref, resp, err := c.Git.UpdateRef(ctx, "octo", "docs", branchRef("main", repo.HeadSHA("side/links")), false)
	wantStatus(t, resp, err, http.StatusOK)
	if ref.GetObject().GetSHA() != repo.HeadSHA("side/links") || repo.HeadSHA("main") != repo.HeadSHA("side/links") {
		t.Errorf("fast forward: main at %s, want %s", repo.HeadSHA("main"), repo.HeadSHA("side/links"))
	}
	repo.PutFile("main", "other.md", []byte("o\n"))
	repo.PutFile("side/links", docPath, []byte(baseDoc)) // the branches part
	_, resp, err = c.Git.UpdateRef(ctx, "octo", "docs", branchRef("side/links", repo.HeadSHA("main")), false)
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	if er, ok := err.(*github.ErrorResponse); !ok || er.Message != "Update is not a fast forward" {
		t.Errorf("non-fast-forward: got %v", err)
	}
	_, resp, err = c.Git.UpdateRef(ctx, "octo", "docs", branchRef("side/links", repo.HeadSHA("main")), true)
	wantStatus(t, resp, err, http.StatusOK)
	if repo.HeadSHA("side/links") != repo.HeadSHA("main") {
		t.Error("a forced update did not move the branch")
	}
}

func TestUpdateRefRefusesUnknowns(t *testing.T) {
	_, repo, c := setup(t)
	ctx := context.Background()
	_, resp, err := c.Git.UpdateRef(ctx, "octo", "docs", branchRef("missing", repo.HeadSHA("main")), true)
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	_, resp, err = c.Git.UpdateRef(ctx, "octo", "docs", branchRef("main", "0123456789012345678901234567890123456789"), true)
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
}
