package actions_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
)

// markerLineRe finds action markers on lines of their own.
var markerLineRe = regexp.MustCompile(`(?m)^<!-- postmortem-bot:action doc=\S+ key=\S+ -->$`)

// issueOpenedFor returns the issue the app opened for the action titled
// title (by its title's start).
func issueOpenedFor(t *testing.T, repo *githubtest.Repo, title string) githubtest.Issue {
	t.Helper()
	for _, is := range repo.Issues() {
		if strings.HasPrefix(is.Title, title) && is.User == appBot {
			return is
		}
	}
	t.Fatalf("no issue opened by the app for %q: %+v", title, repo.Issues())
	return githubtest.Issue{}
}

func TestForgedMarkerIssueChangesNothing(t *testing.T) {
	// The marker the app will write for the first action: anyone can work
	// it out, from the pull request, before the merge.
	g := setupMerge(t, defaultConfig)
	g.merge()
	marker := markerLineRe.FindString(issueOpenedFor(t, g.repo, "Add a replication-lag alert").Body)

	f := setupMerge(t, defaultConfig)
	forged := f.repo.AddIssue(githubtest.Issue{Title: "Add a replication-lag alert", User: "mallory",
		Body: "Tracking this here.\n\n" + marker + "\n", Labels: []string{"postmortem-action"}})
	f.merge()
	own := issueOpenedFor(t, f.repo, "Add a replication-lag alert")
	if len(f.repo.Issues()) != 5 || !strings.Contains(f.doc("main"), "priority: P1 (#"+itoa(own.Number)+")") {
		t.Fatalf("the merge took the forged issue #%d: %d issues, document:\n%s", forged, len(f.repo.Issues()), f.doc("main"))
	}
	head := f.repo.HeadSHA("main")
	f.repo.CloseIssueAt(forged, mergeNow.Add(time.Hour), "completed")
	f.track(handlers.NewTracker(f.clients, 0, nil), f.issueEvent("closed", forged, "mallory", ""))
	if res := f.reconcile(); res.Reused != 0 || res.Opened != 0 {
		t.Errorf("reconcile: reused %d, opened %d; want nothing", res.Reused, res.Opened)
	}
	if f.repo.HeadSHA("main") != head {
		t.Errorf("closing a forged issue changed the document:\n%s", f.doc("main"))
	}
}

func TestCopiedMarkerInActionLineDoesNotRedirectTracking(t *testing.T) {
	f := setupMerge(t, defaultConfig)
	f.merge() // replicaLag's issues, #8 to #11
	otherMarker := markerLineRe.FindString(issueOpenedFor(t, f.repo, "Add a replication-lag alert").Body)
	const path = "postmortems/2026-11-20-dns.md"
	doc := strings.Replace(manyActions(2), "Harden the replica path, step 1", "Harden the replica path, step 1 "+otherMarker, 1)
	f.repo.AddPull(20, "main", "dns", map[string][]byte{path: []byte(doc)})
	f.repo.MergePull(20)
	if err := f.deliver(f.handler, f.mergedEvent(20, "main", true)); err != nil {
		t.Fatal(err)
	}
	is := issueOpenedFor(t, f.repo, "Harden the replica path, step 1")
	if strings.Contains(is.Title, "<!--") {
		t.Errorf("issue title holds an HTML comment: %q", is.Title)
	}
	if got := markerLineRe.FindAllString(is.Body, -1); len(got) != 1 || !strings.Contains(got[0], "doc="+path+" ") {
		t.Errorf("markers in the issue body: got %q, want the app's own for %s alone", got, path)
	}
	before := f.doc("main")
	f.repo.CloseIssueAt(is.Number, mergeNow.Add(time.Hour), "completed")
	f.track(handlers.NewTracker(f.clients, 0, nil), f.issueEvent("closed", is.Number, "dana", ""))
	if f.doc("main") != before {
		t.Errorf("closing #%d changed the other post-mortem:\n%s", is.Number, f.doc("main"))
	}
	if b, _ := f.repo.File("main", path); !strings.Contains(string(b), "- [x] Harden the replica path, step 1") {
		t.Errorf("closing #%d did not tick its own action:\n%s", is.Number, b)
	}
}

// itoa formats n.
func itoa(n int) string { return strconv.Itoa(n) }
