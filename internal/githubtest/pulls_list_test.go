package githubtest_test

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-github/v62/github"
)

// listPullNumbers lists the pull requests of octo/docs that opts select.
func listPullNumbers(t *testing.T, c *github.Client, opts *github.PullRequestListOptions) []int {
	t.Helper()
	prs, _, err := c.PullRequests.List(context.Background(), "octo", "docs", opts)
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, pr := range prs {
		out = append(out, pr.GetNumber())
	}
	return out
}

func TestListPulls(t *testing.T) {
	_, repo, c := setup(t)
	for n, head := range []string{"a", "b", "c", "d"} {
		base := "main"
		if head == "c" {
			base = "release"
		}
		repo.AddPull(n+1, base, head, map[string][]byte{head + ".md": []byte(head + "\n")})
	}
	repo.MergePull(1)
	repo.ClosePull(2)
	for _, tc := range []struct {
		name string
		opts github.PullRequestListOptions
		want []int
	}{
		{"open by default, newest first", github.PullRequestListOptions{}, []int{4, 3}},
		{"closed, merged or not", github.PullRequestListOptions{State: "closed"}, []int{2, 1}},
		{"into main", github.PullRequestListOptions{State: "all", Base: "main"}, []int{4, 2, 1}},
		{"from a branch", github.PullRequestListOptions{State: "all", Head: "octo:b"}, []int{2}},
		{"owner in any case", github.PullRequestListOptions{State: "all", Head: "OCTO:b"}, []int{2}},
		{"another owner's branch", github.PullRequestListOptions{State: "all", Head: "fork:b"}, nil},
		{"a head without owner is ignored", github.PullRequestListOptions{Head: "b"}, []int{4, 3}},
		{"open from a closed branch", github.PullRequestListOptions{Head: "octo:b"}, nil},
		{"oldest first", github.PullRequestListOptions{State: "all", Direction: "asc"}, []int{1, 2, 3, 4}},
	} {
		if got := listPullNumbers(t, c, &tc.opts); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestListPullsPagesAndShape(t *testing.T) {
	_, repo, c := setup(t)
	for n := 1; n <= 3; n++ {
		repo.AddPull(n, "main", "b"+strconv.Itoa(n), map[string][]byte{"f.md": []byte(strconv.Itoa(n))})
	}
	opts := &github.PullRequestListOptions{ListOptions: github.ListOptions{PerPage: 2}}
	prs, resp, err := c.PullRequests.List(context.Background(), "octo", "docs", opts)
	if err != nil || len(prs) != 2 || resp.NextPage != 2 || !strings.Contains(resp.Header.Get("Link"), `rel="last"`) {
		t.Fatalf("first page: %d pull requests, next %d, err %v", len(prs), resp.NextPage, err)
	}
	if pr := prs[0]; pr.GetNumber() != 3 || pr.GetHead().GetRef() != "b3" || pr.GetHead().GetLabel() != "octo:b3" ||
		pr.GetBase().GetRef() != "main" || pr.GetState() != "open" {
		t.Errorf("first pull request: %+v", pr)
	}
	opts.Page = 2
	if got := listPullNumbers(t, c, opts); !slices.Equal(got, []int{1}) {
		t.Errorf("second page: got %v, want [1]", got)
	}
}

func TestDeleteBranchClosesItsPulls(t *testing.T) {
	_, repo, c := setup(t)
	repo.AddPull(1, "main", "gone", map[string][]byte{"f.md": []byte("f\n")})
	repo.AddPull(2, "main", "kept", map[string][]byte{"g.md": []byte("g\n")})
	repo.DeleteBranch("gone")
	if got := listPullNumbers(t, c, nil); !slices.Equal(got, []int{2}) {
		t.Errorf("open pull requests: got %v, want [2]", got)
	}
	if slices.Contains(repo.Branches(), "gone") {
		t.Errorf("branches: %v still holds the deleted branch", repo.Branches())
	}
}
