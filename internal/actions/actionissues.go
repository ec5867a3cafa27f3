package actions

import (
	"context"
	"strings"
	"time"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/repodocs"
)

// actionIssue is an issue the app opened for an action, as listed: where
// its marker points and what the document should show of it.
type actionIssue struct {
	Number     int
	Path, Key  string // from the hidden marker
	Open       bool
	NotPlanned bool // closed as not planned, or as a duplicate
	Reopened   bool // open again after being closed
	Assignees  []string
	Milestone  string // title; "" for none
	// Created and Closed are when the issue was opened and last closed
	// (zero while it is open).
	Created, Closed time.Time
}

// status is the action status the issue stands for.
func (is *actionIssue) status() postmortem.Status {
	switch {
	case is.Open:
		return postmortem.Open
	case is.NotPlanned:
		return postmortem.NotPlanned
	}
	return postmortem.Done
}

// newActionIssue reads an issue that bot, the app's bot user, opened with
// a marker; nil for any other issue, and for pull requests. Anyone can
// write a marker into an issue: only the app's own are followed.
func newActionIssue(is *github.Issue, bot string) *actionIssue {
	path, key, ok := repodocs.ReadMarker(is.GetBody())
	if !ok || is.IsPullRequest() || bot == "" || !strings.EqualFold(is.GetUser().GetLogin(), bot) {
		return nil
	}
	ai := &actionIssue{
		Number: is.GetNumber(), Path: path, Key: key, Open: is.GetState() != "closed",
		NotPlanned: is.GetStateReason() == "not_planned" || is.GetStateReason() == "duplicate",
		Reopened:   is.GetStateReason() == "reopened", Milestone: is.GetMilestone().GetTitle(),
		Created: is.GetCreatedAt().Time,
	}
	if !ai.Open {
		ai.Closed = is.GetClosedAt().Time
	}
	for _, u := range is.Assignees {
		ai.Assignees = append(ai.Assignees, u.GetLogin())
	}
	return ai
}

// issueIndex is the action issues of a repository by marker and number.
type issueIndex struct {
	byMarker map[string]*actionIssue // path + "\x00" + key
	byNumber map[int]*actionIssue
	labels   []string // the labels seen on the issues listed
}

func newIssueIndex() *issueIndex {
	return &issueIndex{byMarker: map[string]*actionIssue{}, byNumber: map[int]*actionIssue{}}
}

// add indexes ai; the lowest number wins a marker two issues carry.
func (x *issueIndex) add(ai *actionIssue) {
	x.byNumber[ai.Number] = ai
	k := ai.Path + "\x00" + ai.Key
	if old := x.byMarker[k]; old == nil || ai.Number < old.Number {
		x.byMarker[k] = ai
	}
}

// marker returns the issue whose marker names path and key, or nil.
func (x *issueIndex) marker(path, key string) *actionIssue { return x.byMarker[path+"\x00"+key] }

// listActionIssues lists the issues (open and closed) carrying label, all
// pages, revalidating cached pages, and indexes those bot opened with a
// marker. An empty label lists every issue; a label the repository lacks
// lists none (GitHub answers an empty page).
func listActionIssues(ctx context.Context, gh *github.Client, owner, repo, label, bot string) (*issueIndex, error) {
	x := newIssueIndex()
	err := eachIssue(ctx, gh, owner, repo, label, &github.IssueListByRepoOptions{State: "all"}, func(is *github.Issue) bool {
		if ai := newActionIssue(is, bot); ai != nil {
			x.add(ai)
		}
		for _, l := range is.Labels {
			x.labels = append(x.labels, l.GetName())
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// eachIssue calls fn on the issues opts and label list, page after page
// (100 a page, revalidating cached pages), until fn returns false.
func eachIssue(ctx context.Context, gh *github.Client, owner, repo, label string, opts *github.IssueListByRepoOptions, fn func(*github.Issue) bool) error {
	opts.PerPage = 100
	if label != "" {
		opts.Labels = []string{label}
	}
	for {
		page, resp, err := gh.Issues.ListByRepo(githubapp.Fresh(ctx), owner, repo, opts)
		if err != nil {
			return err
		}
		for _, is := range page {
			if !fn(is) {
				return nil
			}
		}
		if resp.NextPage == 0 {
			return nil
		}
		opts.Page = resp.NextPage
	}
}

// containsFold reports whether logins holds login, ignoring case.
func containsFold(logins []string, login string) bool {
	for _, l := range logins {
		if strings.EqualFold(l, login) {
			return true
		}
	}
	return false
}
