package actions_test

import (
	"context"
	"testing"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// changeLog keeps the changes a tracker records.
type changeLog struct{ changes []actions.TrackChange }

func (l *changeLog) Record(_ context.Context, c actions.TrackChange) error {
	l.changes = append(l.changes, c)
	return nil
}

// TestTrackLogsChangesAndWritesThemInOneCommit: with a change log, the
// tracker writes nothing when an event arrives; the log's changes,
// written later, make one commit, as the window did.
func TestTrackLogsChangesAndWritesThemInOneCommit(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	log := &changeLog{}
	tr := handlers.NewTracker(f.clients, 0, nil)
	tr.Log = log
	commits := len(f.repo.CommitMessages("main"))
	f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
	f.track(tr, f.issueEvent("closed", 8, "dana", ""))
	f.editIssue(11, &github.IssueRequest{Assignees: &[]string{}})
	f.track(tr, f.issueEvent("unassigned", 11, "alice", "dana"))
	if got := len(f.repo.CommitMessages("main")) - commits; got != 0 || len(log.changes) != 2 {
		t.Fatalf("on the events: %d commits and %d changes logged, want 0 and 2", got, len(log.changes))
	}
	if c := log.changes[1]; c.Action != "unassigned" || c.Login != "dana" || c.Issue != 11 || c.Doc() != log.changes[0].Doc() {
		t.Errorf("logged: got %+v, want #11 unassigned from dana, of the same document", c)
	}
	if err := tr.WriteChanges(context.Background(), log.changes); err != nil {
		t.Fatal(err)
	}
	if got := len(f.repo.CommitMessages("main")) - commits; got != 1 {
		t.Fatalf("after the write: %d commits, want 1", got)
	}
	if acts := f.actionsOf(); acts[0].Status != postmortem.Done || acts[3].Owner != "" {
		t.Errorf("after the write: status %v (want done), owner of #11 %q (want none)", acts[0].Status, acts[3].Owner)
	}
}
