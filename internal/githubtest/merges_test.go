package githubtest_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// mergeBranch merges head into base on octo/docs and checks the status.
func mergeBranch(t *testing.T, c *github.Client, base, head string, want int) *github.RepositoryCommit {
	t.Helper()
	req := &github.RepositoryMergeRequest{Base: github.String(base), Head: github.String(head)}
	commit, resp, err := c.Repositories.Merge(context.Background(), "octo", "docs", req)
	wantStatus(t, resp, err, want)
	return commit
}

// wantFile fails t unless path on branch holds content.
func wantFile(t *testing.T, repo *githubtest.Repo, branch, path, content string) {
	t.Helper()
	if got, _ := repo.File(branch, path); string(got) != content {
		t.Errorf("%s on %s: got %q, want %q", path, branch, got, content)
	}
}

func TestMergeBringsTheOtherSideIn(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.PutFile("links", docPath, []byte(headDoc))
	repo.PutFile("main", "new.md", []byte("new\n"))
	branchHead, mainHead := repo.HeadSHA("links"), repo.HeadSHA("main")
	commit := mergeBranch(t, c, "links", "main", http.StatusCreated)
	if commit.GetSHA() != repo.HeadSHA("links") || len(commit.Parents) != 2 ||
		commit.Parents[0].GetSHA() != branchHead || commit.Parents[1].GetSHA() != mainHead {
		t.Errorf("merge commit: %+v", commit)
	}
	wantFile(t, repo, "links", docPath, headDoc)
	wantFile(t, repo, "links", "new.md", "new\n")
	if msg := repo.CommitMessages("links")[0]; msg != "Merge main into links" {
		t.Errorf("message: %q", msg)
	}
	mergeBranch(t, c, "links", "main", http.StatusNoContent)
	mergeBranch(t, c, "links", mainHead, http.StatusNoContent)
	mergeBranch(t, c, "main", "links", http.StatusCreated)
	wantFile(t, repo, "main", docPath, headDoc)
}

func TestMergeDeletesWhatTheHeadDeleted(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.AddPull(1, "main", "drop", map[string][]byte{docPath: nil})
	repo.PutFile("main", "kept.md", []byte("k\n"))
	mergeBranch(t, c, "main", "drop", http.StatusCreated)
	if _, ok := repo.File("main", docPath); ok {
		t.Errorf("%s is still on main", docPath)
	}
	wantFile(t, repo, "main", "kept.md", "k\n")
}

func TestMergeConflictAndUnknownBranches(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.PutFile("links", docPath, []byte(headDoc))
	repo.PutFile("main", docPath, []byte(baseDoc+"- [ ] Another\n"))
	head := repo.HeadSHA("links")
	mergeBranch(t, c, "links", "main", http.StatusConflict)
	if repo.HeadSHA("links") != head {
		t.Error("a conflicting merge moved the branch")
	}
	mergeBranch(t, c, "missing", "main", http.StatusNotFound)
	mergeBranch(t, c, "links", "missing", http.StatusNotFound)
}
