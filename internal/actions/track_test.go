package actions_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// issueEvent is GitHub's example issues event of action, carrying issue
// n as the fake holds it now, sent by sender; assignee is the user an
// (un)assigned event names.
func (f *mergeFixture) issueEvent(action string, n int, sender, assignee string) webhook.Event {
	f.t.Helper()
	is, _, err := f.clients.Installation(1).Issues.Get(githubapp.Fresh(context.Background()), "octo", "docs", n)
	if err != nil {
		f.t.Fatal(err)
	}
	issueJSON, _ := json.Marshal(is)
	var issue map[string]any
	if err := json.Unmarshal(issueJSON, &issue); err != nil {
		f.t.Fatal(err)
	}
	base := webhooktest.ClosedIssue(f.t)
	if action != "closed" {
		base = webhooktest.First(f.t, "issues", action).Body
	}
	body := webhooktest.Edit(f.t, base, func(p map[string]any) {
		webhooktest.PointAt(p, "octo", "docs", 1)
		p["action"], p["issue"] = action, issue
		p["sender"] = map[string]any{"login": sender, "id": 1, "type": senderType(sender)}
		if assignee != "" {
			p["assignee"] = map[string]any{"login": assignee, "id": 2, "type": "User"}
		}
	})
	payload, err := github.ParseWebHook("issues", body)
	if err != nil {
		f.t.Fatal(err)
	}
	return webhook.Event{Type: "issues", Action: action, Payload: payload, Raw: body, Repo: "octo/docs",
		InstallationID: 1, DeliveryID: webhooktest.NewDeliveryID()}
}

// senderType is "Bot" for a login ending in [bot].
func senderType(login string) string {
	if len(login) > 5 && login[len(login)-5:] == "[bot]" {
		return "Bot"
	}
	return "User"
}

// track hands ev to tr and fails the test on an error.
func (f *mergeFixture) track(tr *handlers.Tracker, ev webhook.Event) {
	f.t.Helper()
	if err := tr.Handle(context.Background(), ev); err != nil {
		f.t.Fatalf("tracking %s: %v", ev.Action, err)
	}
}

func TestTrackFollowsAnIssueAtOnce(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	tr := handlers.NewTracker(f.clients, 0, nil)
	commits := len(f.repo.CommitMessages("main"))
	f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
	f.track(tr, f.issueEvent("closed", 8, "dana", ""))
	if acts := f.actionsOf(); acts[0].Status != postmortem.Done {
		t.Fatalf("after #8 closed: status %v, want done", acts[0].Status)
	}
	f.editIssue(8, &github.IssueRequest{State: github.String("open")})
	f.track(tr, f.issueEvent("reopened", 8, "dana", ""))
	if acts := f.actionsOf(); acts[0].Status != postmortem.Open {
		t.Errorf("after #8 reopened: status %v, want open", acts[0].Status)
	}
	if got := len(f.repo.CommitMessages("main")) - commits; got != 2 {
		t.Errorf("commits: got %d, want 2", got)
	}
	if got := f.doc("main"); got != linked {
		t.Errorf("closed and reopened, the document should read as before:\n%s", got)
	}
	f.editIssue(11, &github.IssueRequest{Assignees: &[]string{"frank"}})
	f.track(tr, f.issueEvent("assigned", 11, "alice", "frank"))
	want := strings.Replace(linked, "| Rehearse the failover drill | @dana |", "| Rehearse the failover drill | @frank |", 1)
	if got := f.doc("main"); got != want {
		t.Errorf("after #11 was reassigned to frank:\n%s\nwant:\n%s", got, want)
	}
}

func TestTrackBatchesChangesToOneDocument(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	tr := handlers.NewTracker(f.clients, time.Hour, nil)
	commits := len(f.repo.CommitMessages("main"))
	f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
	f.track(tr, f.issueEvent("closed", 8, "dana", ""))
	f.editIssue(9, &github.IssueRequest{State: github.String("closed"), StateReason: github.String("not_planned")})
	f.track(tr, f.issueEvent("closed", 9, "alice", ""))
	f.editIssue(11, &github.IssueRequest{Assignees: &[]string{}})
	f.track(tr, f.issueEvent("unassigned", 11, "alice", "dana"))
	f.editIssue(10, &github.IssueRequest{Milestone: github.Int(3)}) // Q1
	f.track(tr, f.issueEvent("milestoned", 10, "alice", ""))
	if got := len(f.repo.CommitMessages("main")) - commits; got != 0 {
		t.Fatalf("within the window: %d commits, want 0", got)
	}
	if err := tr.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := len(f.repo.CommitMessages("main")) - commits; got != 1 {
		t.Fatalf("after the window: %d commits, want 1", got)
	}
	acts := f.actionsOf()
	if acts[0].Status != postmortem.Done || acts[1].Status != postmortem.NotPlanned {
		t.Errorf("statuses: %v, %v; want done, not planned", acts[0].Status, acts[1].Status)
	}
	if acts[3].Owner != "" || acts[2].Milestone != "Q1" {
		t.Errorf("owner of #11 %q (want none), milestone of #10 %q (want Q1)", acts[3].Owner, acts[2].Milestone)
	}
	if err := tr.Flush(context.Background()); err != nil || len(f.repo.CommitMessages("main"))-commits != 1 {
		t.Errorf("a second flush wrote again (err %v)", err)
	}
}

func TestTrackIgnoresTheAppsOwnChangesAndOtherIssues(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	tr := handlers.NewTracker(f.clients, 0, nil)
	f.editIssue(10, &github.IssueRequest{Milestone: github.Int(3)})
	// The app opened #10 with a milestone; GitHub reports that as the
	// app's own milestoned event, which is no person's decision.
	f.track(tr, f.issueEvent("milestoned", 10, "postmortem-bot[bot]", ""))
	f.repo.AddIssue(githubtestIssue("A bug"))
	f.track(tr, f.issueEvent("closed", 12, "dana", ""))
	if got := f.doc("main"); got != linked {
		t.Errorf("the document changed:\n%s", got)
	}
}

// githubtestIssue is an issue without a marker.
func githubtestIssue(title string) githubtest.Issue {
	return githubtest.Issue{Title: title, Body: "Not an action."}
}

func TestTrackReadsIssuesAsTheyAreNow(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	tr := handlers.NewTracker(f.clients, 0, nil)
	f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
	stale := f.issueEvent("closed", 8, "dana", "") // delivered late, below
	f.editIssue(8, &github.IssueRequest{State: github.String("open")})
	f.track(tr, f.issueEvent("reopened", 8, "dana", ""))
	f.track(tr, stale)
	if acts := f.actionsOf(); acts[0].Status != postmortem.Open {
		t.Errorf("after a late closed delivery: status %v, want open, as the issue is", acts[0].Status)
	}
}

func TestTrackWritesOnlyWhatTheEventChanged(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	edited := strings.Replace(f.doc("main"), "| Rehearse the failover drill | @dana |", "| Rehearse the failover drill | @frank |", 1)
	f.repo.PutFile("main", mergeDocPath, []byte(edited))
	tr := handlers.NewTracker(f.clients, 0, nil)
	f.editIssue(11, &github.IssueRequest{State: github.String("closed")})
	f.track(tr, f.issueEvent("closed", 11, "dana", ""))
	acts := f.actionsOf()
	if acts[3].Status != postmortem.Done || acts[3].Owner != "frank" {
		t.Errorf("#11 closed: status %v, owner %q; want done, and the owner as the document was edited (frank)", acts[3].Status, acts[3].Owner)
	}
}

func TestTrackTriesAFailedWriteAgain(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	tr := handlers.NewTracker(f.clients, time.Hour, nil)
	f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
	f.track(tr, f.issueEvent("closed", 8, "dana", ""))
	f.srv.Fault(githubtest.Fault{Method: "PUT", PathPrefix: "/repos/octo/docs/contents/", Status: http.StatusForbidden})
	if err := tr.Flush(context.Background()); err != nil {
		t.Fatalf("flush: %v (the second attempt should have written)", err)
	}
	if acts := f.actionsOf(); acts[0].Status != postmortem.Done {
		t.Errorf("after a failed then a good write: status %v, want done", acts[0].Status)
	}
}

func TestTrackWritesWhenTheWindowPasses(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge()
	tr := handlers.NewTracker(f.clients, 2*time.Second, nil)
	commits := len(f.repo.CommitMessages("main"))
	f.editIssue(8, &github.IssueRequest{State: github.String("closed")})
	f.track(tr, f.issueEvent("closed", 8, "dana", ""))
	f.editIssue(9, &github.IssueRequest{State: github.String("closed")})
	f.track(tr, f.issueEvent("closed", 9, "dana", ""))
	for deadline := time.Now().Add(5 * time.Second); len(f.repo.CommitMessages("main")) == commits; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("nothing was written after the window")
		}
	}
	if err := tr.Flush(context.Background()); err != nil { // waits for the timer's write
		t.Fatal(err)
	}
	if got := len(f.repo.CommitMessages("main")) - commits; got != 1 {
		t.Errorf("commits: %d, want 1 for both changes", got)
	}
	if acts := f.actionsOf(); acts[0].Status != postmortem.Done || acts[1].Status != postmortem.Done {
		t.Errorf("statuses %v, %v; want both done", acts[0].Status, acts[1].Status)
	}
}
