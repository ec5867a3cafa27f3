package review

import (
	"context"
	"encoding/base64"
	"fmt"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
)

// memPull is a pull request's files and their content at its head, in
// memory; pages are of two files, to cover the paging.
type memPull struct {
	head  string
	files []*github.CommitFile
	blobs map[string]*github.RepositoryContent
	reads []string
}

func (m *memPull) ListFiles(_ context.Context, _, _ string, _ int, opts *github.ListOptions) ([]*github.CommitFile, *github.Response, error) {
	page := max(opts.Page, 1)
	end := min(page*2, len(m.files))
	resp := &github.Response{}
	if end < len(m.files) {
		resp.NextPage = page + 1
	}
	return m.files[(page-1)*2 : end], resp, nil
}

func (m *memPull) GetContents(_ context.Context, _, _, path string, opts *github.RepositoryContentGetOptions) (*github.RepositoryContent, []*github.RepositoryContent, *github.Response, error) {
	if opts.Ref != m.head {
		return nil, nil, nil, fmt.Errorf("%s read at %s, not the head", path, opts.Ref)
	}
	m.reads = append(m.reads, path)
	return m.blobs[path], nil, &github.Response{}, nil
}

// text is a file's content as the contents API returns it.
func text(s string) *github.RepositoryContent {
	return &github.RepositoryContent{Encoding: github.String("base64"), Size: github.Int(len(s)),
		Content: github.String(base64.StdEncoding.EncodeToString([]byte(s)))}
}

// The review lints the post-mortems a pull request adds or changes, as
// they are at its head: not removed ones, not other files, and a file
// too large for the contents API as a file too large to review.
func TestLintPullReadsThePostmortemsAtTheHeadWithoutHTTP(t *testing.T) {
	src := &memPull{head: "abc", blobs: map[string]*github.RepositoryContent{
		"postmortems/outage.md": text("# Outage\n\nBob carelessly dropped the index.\n"),
		"postmortems/dump.md":   {Encoding: github.String("none"), Size: github.Int(5 << 20)},
	}}
	for _, f := range []struct{ name, status string }{
		{"README.md", "modified"}, {"postmortems/outage.md", "added"}, {"postmortems/old.md", "removed"}, {"postmortems/dump.md", "modified"},
	} {
		src.files = append(src.files, &github.CommitFile{Filename: github.String(f.name), Status: github.String(f.status), Patch: github.String("@@ -0,0 +1,3 @@\n+# Outage\n+\n+Bob carelessly dropped the index.")})
	}
	req := Request{Owner: "octo", Repo: "docs", PullNumber: 1, HeadSHA: "abc"}
	files, err := lintPull(context.Background(), pullSource{files: src, contents: src}, req, config.Default())
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(src.reads) != "[postmortems/outage.md postmortems/dump.md]" || len(files) != 2 {
		t.Fatalf("read %v and linted %d files, want the two post-mortems at the head", src.reads, len(files))
	}
	if files[0].Doc == nil || len(files[0].Findings) == 0 || !files[0].diff.covers(3, 3) {
		t.Errorf("outage: doc %v, %d findings, diff %v; want parsed, with findings, its lines in the diff", files[0].Doc != nil, len(files[0].Findings), files[0].diff)
	}
	if f := files[1]; f.Doc != nil || len(f.Findings) != 1 || f.Findings[0].Rule != "content/not-text" {
		t.Errorf("dump: %+v, want one content/not-text finding and no document", f.Findings)
	}
}
