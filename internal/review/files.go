package review

import (
	"context"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// pullSource is what the review reads of a pull request: the files it
// changes and their content. *github.Client's services serve it, as
// newPullSource puts them together.
type pullSource struct {
	files    repodocs.FileLister
	contents contentGetter
}

// contentGetter reads a file of a repository at a ref;
// *github.RepositoriesService is one.
type contentGetter interface {
	GetContents(ctx context.Context, owner, repo, path string, opts *github.RepositoryContentGetOptions) (*github.RepositoryContent, []*github.RepositoryContent, *github.Response, error)
}

// newPullSource reads pull requests through gh.
func newPullSource(gh *github.Client) pullSource {
	return pullSource{files: gh.PullRequests, contents: gh.Repositories}
}

// lintPull lints every post-mortem the pull request adds or changes, as
// it is at the head commit.
func lintPull(ctx context.Context, src pullSource, req Request, cfg *config.Config) ([]*File, error) {
	changed, err := repodocs.PullFiles(ctx, src.files, req.Owner, req.Repo, req.PullNumber)
	if err != nil {
		return nil, wrapf(req, "listing files", err)
	}
	linter, popt := lint.New(cfg.LintOptions()), cfg.ParseOptions()
	var files []*File
	for _, cf := range changed {
		if cf.GetStatus() == "removed" || !cfg.Match(cf.GetFilename()) {
			continue
		}
		text, err := fetch(ctx, src.contents, req, cf.GetFilename())
		if err != nil {
			return nil, err
		}
		f := &File{Path: cf.GetFilename(), diff: parsePatch(cf.GetPatch())}
		f.Findings, f.Doc = linter.LintSource(text, popt)
		files = append(files, f)
	}
	return files, nil
}

// fetch reads path at the head commit through the base repository, which
// serves the heads of pull requests from forks too. A file too large for
// the contents API comes back as more than lint.MaxSize bytes of nothing,
// so that LintSource reports it as it reports any file too large.
func fetch(ctx context.Context, contents contentGetter, req Request, path string) ([]byte, error) {
	opts := &github.RepositoryContentGetOptions{Ref: req.HeadSHA}
	fc, _, _, err := contents.GetContents(ctx, req.Owner, req.Repo, path, opts)
	if err != nil {
		return nil, wrapf(req, "reading "+path, err)
	}
	if fc.GetSize() > lint.MaxSize || fc.GetEncoding() == "none" {
		return make([]byte, lint.MaxSize+1), nil
	}
	s, err := fc.GetContent()
	if err != nil {
		return nil, wrapf(req, "decoding "+path, err)
	}
	return []byte(s), nil
}
