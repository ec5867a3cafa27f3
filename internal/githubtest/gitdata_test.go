package githubtest_test

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
)

// fileEntry is a tree entry setting path to the blob sha.
func fileEntry(path, sha string) *github.TreeEntry {
	return &github.TreeEntry{Path: github.String(path), Mode: github.String("100644"), Type: github.String("blob"), SHA: github.String(sha)}
}

// contentEntry is a tree entry setting path to content.
func contentEntry(path, content string) *github.TreeEntry {
	return &github.TreeEntry{Path: github.String(path), Mode: github.String("100644"), Type: github.String("blob"), Content: github.String(content)}
}

func TestGitDataCommitOfSeveralFiles(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	repo.PutFile("main", "keep.md", []byte("k\n"))
	ctx := context.Background()
	head := repo.HeadSHA("main")
	commit, _, err := c.Git.GetCommit(ctx, "octo", "docs", head)
	if err != nil || commit.GetSHA() != head || commit.GetTree().GetSHA() == "" {
		t.Fatalf("GetCommit: got %+v, %v", commit, err)
	}
	blob, resp, err := c.Git.CreateBlob(ctx, "octo", "docs", &github.Blob{Content: github.String("aW5kZXgK"), Encoding: github.String("base64")})
	wantStatus(t, resp, err, http.StatusCreated)
	if blob.GetSHA() != githubtest.BlobSHA([]byte("index\n")) {
		t.Errorf("blob sha: got %s, want git's", blob.GetSHA())
	}
	tree, resp, err := c.Git.CreateTree(ctx, "octo", "docs", commit.GetTree().GetSHA(), []*github.TreeEntry{
		fileEntry("INDEX.md", blob.GetSHA()), contentEntry(docPath, headDoc),
		{Path: github.String("keep.md"), Mode: github.String("100644"), Type: github.String("blob")}, // sha null: deleted
	})
	wantStatus(t, resp, err, http.StatusCreated)
	made, resp, err := c.Git.CreateCommit(ctx, "octo", "docs", &github.Commit{
		Message: github.String("two files"), Tree: &github.Tree{SHA: tree.SHA}, Parents: []*github.Commit{{SHA: github.String(head)}},
	}, nil)
	wantStatus(t, resp, err, http.StatusCreated)
	if repo.HeadSHA("main") != head {
		t.Fatal("creating a commit moved the branch")
	}
	_, resp, err = c.Git.UpdateRef(ctx, "octo", "docs", branchRef("main", made.GetSHA()), false)
	wantStatus(t, resp, err, http.StatusOK)
	got, _ := repo.File("main", docPath)
	index, _ := repo.File("main", "INDEX.md")
	_, kept := repo.File("main", "keep.md")
	if string(got) != headDoc || string(index) != "index\n" || kept {
		t.Errorf("after the commit: doc %q, index %q, keep.md there %v", got, index, kept)
	}
	if msgs := repo.CommitMessages("main"); msgs[0] != "two files" || len(msgs) != 4 {
		t.Errorf("commits: got %q, want one commit on the three", msgs)
	}
	listed, _, err := c.Git.GetTree(ctx, "octo", "docs", "main", true)
	if err != nil || listed.GetSHA() != tree.GetSHA() {
		t.Errorf("the branch's tree: got %s, %v; want the tree made, %s", listed.GetSHA(), err, tree.GetSHA())
	}
}

func TestCreateTreeOfTheSameFilesIsTheSameTree(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", docPath, []byte(baseDoc))
	ctx := context.Background()
	commit, _, err := c.Git.GetCommit(ctx, "octo", "docs", repo.HeadSHA("main"))
	if err != nil {
		t.Fatal(err)
	}
	tree, _, err := c.Git.CreateTree(ctx, "octo", "docs", commit.GetTree().GetSHA(), []*github.TreeEntry{contentEntry(docPath, baseDoc)})
	if err != nil || tree.GetSHA() != commit.GetTree().GetSHA() {
		t.Errorf("rewriting a file as it is: got tree %s, %v; want %s", tree.GetSHA(), err, commit.GetTree().GetSHA())
	}
}

func TestGitDataRefusesWhatGitHubRefuses(t *testing.T) {
	_, repo, c := setup(t, githubtest.Protected("main"))
	repo.PutFile("main", docPath, []byte(baseDoc))
	ctx := context.Background()
	head := repo.HeadSHA("main")
	commit, _, err := c.Git.GetCommit(ctx, "octo", "docs", head)
	if err != nil {
		t.Fatal(err)
	}
	base := commit.GetTree().GetSHA()
	both := contentEntry("a.md", "a")
	both.SHA = github.String(githubtest.BlobSHA([]byte(baseDoc)))
	for name, entries := range map[string][]*github.TreeEntry{
		"sha and content":      {both},
		"an unknown blob":      {fileEntry("a.md", strings.Repeat("0", 40))},
		"deleting a lost path": {{Path: github.String("lost.md"), Mode: github.String("100644"), Type: github.String("blob")}},
		"a path with a slash":  {contentEntry("/a.md", "a")},
		"a path with dot-dots": {contentEntry("docs/../a.md", "a")},
		"a path with no name":  {contentEntry("docs//a.md", "a")},
		"neither sha nor mode": {{Path: github.String("a.md"), Content: github.String("a")}},
	} {
		_, resp, err := c.Git.CreateTree(ctx, "octo", "docs", base, entries)
		if statusOf(resp) != http.StatusUnprocessableEntity {
			t.Errorf("%s: got %d (%v), want 422", name, statusOf(resp), err)
		}
	}
	_, resp, err := c.Git.CreateTree(ctx, "octo", "docs", head, []*github.TreeEntry{contentEntry("a.md", "a")})
	if statusOf(resp) != http.StatusUnprocessableEntity {
		t.Errorf("a commit as base_tree: got %d (%v), want 422", statusOf(resp), err)
	}
	for name, cm := range map[string]*github.Commit{
		"an unknown tree":   {Message: github.String("m"), Tree: &github.Tree{SHA: github.String(head)}},
		"an unknown parent": {Message: github.String("m"), Tree: &github.Tree{SHA: github.String(base)}, Parents: []*github.Commit{{SHA: github.String(base)}}},
	} {
		_, resp, err := c.Git.CreateCommit(ctx, "octo", "docs", cm, nil)
		if statusOf(resp) != http.StatusUnprocessableEntity {
			t.Errorf("%s: got %d (%v), want 422", name, statusOf(resp), err)
		}
	}
	made, _, err := c.Git.CreateCommit(ctx, "octo", "docs", &github.Commit{Message: github.String("m"), Tree: &github.Tree{SHA: github.String(base)},
		Parents: []*github.Commit{{SHA: github.String(head)}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, resp, err = c.Git.UpdateRef(ctx, "octo", "docs", branchRef("main", made.GetSHA()), false)
	wantStatus(t, resp, err, http.StatusUnprocessableEntity)
	if !strings.Contains(err.Error(), "through a pull request") || repo.HeadSHA("main") != head {
		t.Errorf("a protected branch: got %v, head moved %v", err, repo.HeadSHA("main") != head)
	}
	_, resp, err = c.Git.GetCommit(ctx, "octo", "docs", base)
	wantStatus(t, resp, err, http.StatusNotFound)
}

func TestCreateTreeReplacesAFolderWithAFile(t *testing.T) {
	_, repo, c := setup(t)
	repo.PutFile("main", "a.md/inner.md", []byte("i\n"))
	repo.PutFile("main", "b.md", []byte("b\n"))
	ctx := context.Background()
	commit, _, err := c.Git.GetCommit(ctx, "octo", "docs", repo.HeadSHA("main"))
	if err != nil {
		t.Fatal(err)
	}
	tree, _, err := c.Git.CreateTree(ctx, "octo", "docs", commit.GetTree().GetSHA(),
		[]*github.TreeEntry{contentEntry("a.md", "a\n"), contentEntry("b.md/c.md", "c\n")})
	if err != nil {
		t.Fatal(err)
	}
	listed, _, err := c.Git.GetTree(ctx, "octo", "docs", tree.GetSHA(), true)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range listed.Entries {
		got = append(got, e.GetType()+" "+e.GetPath())
	}
	if want := []string{"blob a.md", "tree b.md", "blob b.md/c.md"}; !slices.Equal(got, want) {
		t.Errorf("tree: got %q, want %q", got, want)
	}
}
