package actions

import (
	"context"
	"errors"
)

// TrackChange is one change to an action issue that its document is to
// follow, as a durable log keeps it.
type TrackChange struct {
	InstallationID int64  `json:"installation_id"`
	Owner          string `json:"owner"`
	Repo           string `json:"repo"`
	DefaultBranch  string `json:"default_branch"`
	RepoURL        string `json:"repo_url,omitempty"`
	Path           string `json:"path"` // the document
	Issue          int    `json:"issue"`
	Action         string `json:"action"`          // closed, reopened, assigned, …
	Login          string `json:"login,omitempty"` // the assignee taken off, for unassigned
}

// Doc names the change's document: owner/repo:path.
func (c TrackChange) Doc() string { return c.Owner + "/" + c.Repo + ":" + c.Path }

// ChangeLog keeps tracked changes until their document is written: its
// Record schedules the write of the document after the tracking window,
// which then calls WriteChanges with every change the document has.
type ChangeLog interface {
	Record(ctx context.Context, c TrackChange) error
}

// trackChange is the change c makes to ai, as the log keeps it.
func trackChange(c IssueChange, ai *actionIssue) TrackChange {
	return TrackChange{
		InstallationID: c.Installation, Owner: c.Owner, Repo: c.Repo,
		DefaultBranch: c.DefaultBranch, RepoURL: c.RepoURL, Path: ai.Path,
		Issue: ai.Number, Action: c.Action, Login: c.Assignee,
	}
}

// errMixedDocs is a call of WriteChanges with changes to several
// documents.
var errMixedDocs = errors.New("tracked changes of more than one document")

// WriteChanges writes the changes of one document in one commit, as the
// window's end does: the issues are read again (they may have changed
// since), and only the parts of each action the changes touched follow.
func (t *Tracker) WriteChanges(ctx context.Context, changes []TrackChange) error {
	if len(changes) == 0 {
		return nil
	}
	c0 := changes[0]
	bot, err := t.clients.BotLogin(ctx) // only the app's own issues are read again
	if err != nil {
		return err
	}
	pd := &pendingDoc{
		req:  MergeRequest{Owner: c0.Owner, Repo: c0.Repo, DefaultBranch: c0.DefaultBranch, RepoURL: c0.RepoURL, Bot: bot},
		plan: newTrackPlan(),
	}
	for _, c := range changes {
		if c.Doc() != c0.Doc() {
			return errMixedDocs
		}
		pd.plan.issues[c.Issue] = &actionIssue{Number: c.Issue, Path: c.Path} // read again before the write
		pd.plan.note(c.Issue, c.Action, c.Login)
	}
	id := docID{c0.InstallationID, c0.Owner, c0.Repo, c0.Path}
	defer lockRepo(id.owner, id.repo)()
	return t.write(ctx, t.clients.Installation(id.installation), id, pd)
}
