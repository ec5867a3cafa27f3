package actions

import (
	"fmt"
	"sort"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// syncPlan is what the app writes into a post-mortem: issue numbers for
// actions that have none, and what their issues show (status, owner,
// milestone). It is worked out against the document as read, and again
// after a concurrent change (409), so it never overwrites other edits.
type syncPlan struct {
	// numbers links actions without an issue, by action key.
	numbers map[string]int
	// issues are the states to show, by issue number.
	issues map[int]*actionIssue
	// unassigned are logins taken off an issue, by issue number: an
	// owner who is one of them and not assigned any more is removed. A
	// plain unassigned issue does not clear the owner, who may never
	// have been assignable.
	unassigned map[int][]string
	// changed says, by issue number, what a person changed on the issue
	// (the tracker's events): only that part of the action follows, so
	// an owner or a milestone edited in the document is not written over
	// when the issue is closed, and a milestone the app chose when it
	// opened the issue is not written back.
	changed map[int]issueChanges
	// levelOnly is reconcile's plan: it knows issues as they are, not
	// what changed last, so it writes only what cannot be a person's
	// edit of the document: an issue closed while its action reads open,
	// and an issue reopened while its action reads done. Owners and
	// milestones follow the issues' events only (the tracker), so that an
	// owner changed in the document on purpose is never written over.
	levelOnly bool
}

// issueChanges are the parts of an issue that events changed.
type issueChanges struct{ state, assignees, milestone bool }

// planned is one edit and what it says, for the commit message.
type planned struct {
	edit postmortem.ActionEdit
	note string
}

// edits lists the edits the plan makes to d.
func (p *syncPlan) edits(d *mergeDoc) []planned {
	var out []planned
	for i, a := range d.Doc.Actions {
		n := a.Issue
		if n == 0 {
			if m, ok := p.number(d, i); ok {
				out = append(out, planned{postmortem.ActionEdit{Action: i, Issue: github.Int(m)}, fmt.Sprintf("link #%d", m)})
				n = m
			}
		}
		if is := p.issues[n]; is != nil && n != 0 {
			out = append(out, p.stateEdits(i, a, is)...)
		}
	}
	return out
}

// number returns the issue linked to action i of d, by its key or by the
// key an older version gave it.
func (p *syncPlan) number(d *mergeDoc, i int) (int, bool) {
	if m, ok := p.numbers[d.Keys[i]]; ok {
		return m, true
	}
	if i < len(d.oldKeys) {
		m, ok := p.numbers[d.oldKeys[i]]
		return m, ok
	}
	return 0, false
}

// stateEdits are the edits that make action i, a, show issue is.
func (p *syncPlan) stateEdits(i int, a postmortem.Action, is *actionIssue) []planned {
	var out []planned
	if st := is.status(); st != a.Status && p.followsStatus(a, is) {
		out = append(out, planned{postmortem.ActionEdit{Action: i, Status: &st}, fmt.Sprintf("#%d %s", is.Number, statusNote(st))})
	}
	if p.levelOnly {
		return out
	}
	if owner, ok := p.owner(a, is); ok {
		out = append(out, planned{postmortem.ActionEdit{Action: i, Owner: github.String(owner)}, fmt.Sprintf("#%d %s", is.Number, ownerNote(owner))})
	}
	if p.changed[is.Number].milestone && !strings.EqualFold(strings.TrimSpace(is.Milestone), strings.TrimSpace(a.Milestone)) {
		out = append(out, planned{postmortem.ActionEdit{Action: i, Milestone: github.String(is.Milestone)}, fmt.Sprintf("#%d %s", is.Number, milestoneNote(is.Milestone))})
	}
	return out
}

// followsStatus reports whether a's status should follow is: for the
// tracker, when an event changed the issue's state; for reconcile, only
// an issue closed over an open action or reopened over a closed one.
func (p *syncPlan) followsStatus(a postmortem.Action, is *actionIssue) bool {
	if !p.levelOnly {
		return p.changed[is.Number].state
	}
	if is.Open {
		return is.Reopened
	}
	return a.Status == postmortem.Open
}

// owner is the owner the document should show for a, if it should change:
// the first assignee when the owner is not among them, or nobody when
// the owner was unassigned and no one else is assigned.
func (p *syncPlan) owner(a postmortem.Action, is *actionIssue) (string, bool) {
	if !p.changed[is.Number].assignees {
		return "", false
	}
	if len(is.Assignees) > 0 {
		return is.Assignees[0], !containsFold(is.Assignees, a.Owner)
	}
	return "", a.Owner != "" && containsFold(p.unassigned[is.Number], a.Owner)
}

func statusNote(s postmortem.Status) string {
	switch s {
	case postmortem.Done:
		return "done"
	case postmortem.NotPlanned:
		return "not planned"
	}
	return "reopened"
}

func ownerNote(owner string) string {
	if owner == "" {
		return "unassigned"
	}
	return "owner @" + owner
}

func milestoneNote(m string) string {
	if m == "" {
		return "no milestone"
	}
	return "milestone " + m
}

// apply is d's source with the plan's edits, and the notes of the edits
// made; nil when there is nothing to write. An edit that would not read
// back is left out (an issue stays findable by its marker; a state is
// tried again by the next reconcile).
func (p *syncPlan) apply(d *mergeDoc) ([]byte, []string) {
	plan := p.edits(d)
	if len(plan) == 0 {
		return nil, nil // nothing to write: spare the edit's re-parse
	}
	edits := make([]postmortem.ActionEdit, len(plan))
	for i, e := range plan {
		edits[i] = e.edit
	}
	out, err := d.Doc.Edit(edits...)
	if err != nil {
		plan = plannedThatApply(d.Doc, plan)
		edits = edits[:0]
		for _, e := range plan {
			edits = append(edits, e.edit)
		}
		out, err = d.Doc.Edit(edits...)
	}
	if err != nil || len(plan) == 0 {
		return nil, nil
	}
	notes := make([]string, len(plan))
	for i, e := range plan {
		notes[i] = e.note
	}
	return out, notes
}

// plannedThatApply keeps the edits that doc accepts one at a time.
func plannedThatApply(doc *postmortem.Document, plan []planned) []planned {
	var ok []planned
	for _, e := range plan {
		if _, err := doc.Edit(e.edit); err == nil {
			ok = append(ok, e)
		}
	}
	return ok
}

// syncMessage is the commit message of a write: issue links alone keep
// the message the merge has always used.
func syncMessage(notes []string) string {
	var links []string
	for _, n := range notes {
		if ref, ok := strings.CutPrefix(n, "link "); ok {
			links = append(links, ref)
		}
	}
	if len(links) == len(notes) {
		sort.Slice(links, func(i, j int) bool { return issueRefLess(links[i], links[j]) })
		return "docs(postmortem): link action issues " + strings.Join(links, ", ")
	}
	return "docs(postmortem): follow action issues: " + strings.Join(notes, ", ")
}

// issueRefLess orders "#9" before "#10".
func issueRefLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}
