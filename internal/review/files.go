package review

import (
	"context"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// lintPull lints every post-mortem the pull request adds or changes, as
// it is at the head commit.
func lintPull(ctx context.Context, gh *github.Client, req Request, cfg *config.Config) ([]*File, error) {
	changed, err := repodocs.PullFiles(ctx, gh, req.Owner, req.Repo, req.PullNumber)
	if err != nil {
		return nil, wrapf(req, "listing files", err)
	}
	if err != nil {
		return nil, err
	}
	linter, popt := lint.New(cfg.LintOptions()), cfg.ParseOptions()
	var files []*File
	for _, cf := range changed {
		if cf.GetStatus() == "removed" || !cfg.Match(cf.GetFilename()) {
			continue
		}
		src, err := fetch(ctx, gh, req, cf.GetFilename())
		if err != nil {
			return nil, err
		}
		f := &File{Path: cf.GetFilename(), diff: parsePatch(cf.GetPatch())}
		f.Findings, f.Doc = linter.LintSource(src, popt)
		files = append(files, f)
	}
	return files, nil
}

// fetch reads path at the head commit through the base repository, which
// serves the heads of pull requests from forks too. A file too large for
// the contents API comes back as more than lint.MaxSize bytes of nothing,
// so that LintSource reports it as it reports any file too large.
func fetch(ctx context.Context, gh *github.Client, req Request, path string) ([]byte, error) {
	opts := &github.RepositoryContentGetOptions{Ref: req.HeadSHA}
	fc, _, _, err := gh.Repositories.GetContents(ctx, req.Owner, req.Repo, path, opts)
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
