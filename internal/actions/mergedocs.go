package actions

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// mergedDocs reads, from the head of the default branch, every
// post-mortem the pull request added or changed, and names those it
// removed. A document deleted since the merge counts as removed. One that
// cannot be read does not hold up the others: a file that is not text
// (binary, not UTF-8, too large) is listed in unreadable, and a failed
// read joins err, the other documents being returned with it.
func mergedDocs(ctx context.Context, gh *github.Client, req MergeRequest, cfg *config.Config) (docs []*mergeDoc, removed, unreadable []string, err error) {
	changed, err := repodocs.PullFiles(ctx, gh.PullRequests, req.Owner, req.Repo, req.PullNumber)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("listing files for %s/%s#%d: %w", req.Owner, req.Repo, req.PullNumber, err)
	}
	var errs []error
	for _, cf := range changed {
		if !cfg.Match(cf.GetFilename()) {
			continue
		}
		if cf.GetStatus() == "removed" {
			removed = append(removed, cf.GetFilename())
			continue
		}
		d, err := readDoc(ctx, gh, req, cfg, cf.GetFilename())
		switch {
		case errors.Is(err, repodocs.ErrUnreadable):
			unreadable = append(unreadable, cf.GetFilename())
		case err != nil:
			errs = append(errs, err)
		case d == nil:
			removed = append(removed, cf.GetFilename())
		default:
			docs = append(docs, d)
		}
	}
	return docs, removed, unreadable, errors.Join(errs...)
}

// withPending keeps the documents with actions that need an issue.
func withPending(docs []*mergeDoc) []*mergeDoc {
	var out []*mergeDoc
	for _, d := range docs {
		if len(d.Pending) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// readDoc reads and parses path on the default branch, revalidating any
// cached copy; nil when the file is gone.
func readDoc(ctx context.Context, gh *github.Client, req MergeRequest, cfg *config.Config, path string) (*mergeDoc, error) {
	return readDocAt(ctx, gh, req, cfg, path, req.DefaultBranch)
}

// readDocAt reads and parses path on branch; nil when the file is gone.
func readDocAt(ctx context.Context, gh *github.Client, req MergeRequest, cfg *config.Config, path, branch string) (*mergeDoc, error) {
	f, err := repodocs.Read(ctx, gh, req.Owner, req.Repo, cfg, path, branch)
	var step *repodocs.StepError
	if errors.As(err, &step) {
		return nil, mergeErr(req, step.Step, step.Err)
	}
	if f == nil || err != nil {
		return nil, err
	}
	return newMergeDoc(path, f.SHA, f.Doc), nil
}

// newMergeDoc keys the actions of doc and lists the pending ones: open
// and without an issue, as the review announced them.
func newMergeDoc(path, sha string, doc *postmortem.Document) *mergeDoc {
	d := &mergeDoc{Path: path, SHA: sha, Doc: doc, Keys: actionKeys(doc.Actions), oldKeys: oldActionKeys(doc.Actions)}
	for i, a := range doc.Actions {
		if a.Issue == 0 && a.Tracked() {
			d.Pending = append(d.Pending, i)
		}
	}
	return d
}

// actionKeys returns a stable key for each action: the first 12 hex
// digits of the SHA-256 of its normalised title (lower case, runs of
// white space as one space), with "-2", "-3"... for repeats of a title
// in one document.
//
// Why the title: it is the one part of an action that names it and
// that neither the app nor later tracking changes. The issue number is
// appended next to it, owner, milestone and status follow the issue, and
// the line moves whenever text above is edited; a key from any of those
// would not find the issue again after a crash or a concurrent edit.
// Normalising lets a fix of case or spacing keep the key; hashing keeps
// the marker short and free of characters that would end an HTML comment.
func actionKeys(actions []postmortem.Action) []string {
	return keysBy(actions, func(a postmortem.Action) string { return a.Title })
}

// oldActionKeys returns the keys that versions before titles were cut
// (at a bold lead, a colon or a first sentence) gave each action: the
// key of its whole text. An issue opened then carries that key; with
// the write-back off, only the key finds it again.
func oldActionKeys(actions []postmortem.Action) []string {
	return keysBy(actions, func(a postmortem.Action) string {
		if a.LongTitle != "" {
			return a.LongTitle
		}
		return a.Title
	})
}

func keysBy(actions []postmortem.Action, title func(postmortem.Action) string) []string {
	keys := make([]string, len(actions))
	seen := map[string]int{}
	for i, a := range actions {
		sum := sha256.Sum256([]byte(strings.ToLower(strings.Join(strings.Fields(title(a)), " "))))
		k := hex.EncodeToString(sum[:6])
		seen[k]++
		if seen[k] > 1 {
			k = fmt.Sprintf("%s-%d", k, seen[k])
		}
		keys[i] = k
	}
	return keys
}
