package repodocs

import (
	"context"
	"errors"
	"fmt"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// ErrUnreadable marks a file that was read but is no post-mortem to
// parse: binary, not UTF-8, or too large for the contents API.
var ErrUnreadable = errors.New("not a readable text file")

// StepError is a failure of one step of reading a document: Step names
// it ("reading PATH", "parsing PATH"), for the caller to say where.
type StepError struct {
	Step string
	Err  error
}

// Error implements error.
func (e *StepError) Error() string { return e.Step + ": " + e.Err.Error() }

// Unwrap implements errors.Unwrap.
func (e *StepError) Unwrap() error { return e.Err }

// File is a post-mortem read from a branch: its blob SHA and document.
type File struct {
	Path, SHA string
	Doc       *postmortem.Document
}

// Read reads and parses owner/repo's post-mortem at path on branch,
// revalidating any cached copy; nil when the file is gone. Its errors
// are *StepError; one that is no text or no post-mortem is also
// ErrUnreadable.
func Read(ctx context.Context, gh *github.Client, owner, repo string, cfg *config.Config, path, branch string) (*File, error) {
	opts := &github.RepositoryContentGetOptions{Ref: branch}
	fc, _, resp, err := gh.Repositories.GetContents(githubapp.Fresh(ctx), owner, repo, path, opts)
	if IsStatus(resp, 404) {
		return nil, nil
	}
	if err != nil {
		return nil, &StepError{"reading " + path, err}
	}
	src, err := fc.GetContent()
	if err != nil {
		return nil, &StepError{"decoding " + path, fmt.Errorf("%w: %w", ErrUnreadable, err)}
	}
	doc, err := postmortem.Parse([]byte(src), cfg.ParseOptions())
	if err != nil {
		return nil, &StepError{"parsing " + path, fmt.Errorf("%w: %w", ErrUnreadable, err)}
	}
	return &File{Path: path, SHA: fc.GetSHA(), Doc: doc}, nil
}

// ReadDocument reads and parses owner/repo's post-mortem at path on
// branch, revalidating any cached copy; nil when the file is gone.
func ReadDocument(ctx context.Context, gh *github.Client, owner, repo string, cfg *config.Config, path, branch string) (*postmortem.Document, error) {
	f, err := Read(ctx, gh, owner, repo, cfg, path, branch)
	var step *StepError
	if errors.As(err, &step) {
		return nil, fmt.Errorf("%s in %s/%s: %w", step.Step, owner, repo, step.Err)
	}
	if f == nil || err != nil {
		return nil, err
	}
	return f.Doc, nil
}
