package postmortem

import (
	"bytes"
	"strings"
)

// A documentation site written in MDX (Docusaurus) gives each action as
// a component with its fields as props and its title as the child:
// `<ActionItem owner="@kim" due="2026-11-27" status="todo"
// issue="#12">Check the tarballs</ActionItem>`, or with a title prop and
// no child. The component's name says it is an action: ActionItem,
// Action, FollowUp, Task, Todo.

// jsxActionRe is one such component: its name, props and child.
var jsxActionRe = lazyRe(`(?s)<((?:Action|FollowUp|Followup|Task|Todo)(?:Item)?)\b([^<>]*?)(?:/>|>(.*?)</(?:Action|FollowUp|Followup|Task|Todo)(?:Item)?>)`)

// jsxPropRe is a prop with its value in quotes or braces.
var jsxPropRe = lazyRe(`(\w+)=(?:"([^"]*)"|'([^']*)'|\{["']([^"']*)["']\})`)

// jsxPropKeys maps a prop's name to the field it gives.
var jsxPropKeys = map[string]string{
	"owner": colOwner, "assignee": colOwner, "assignees": colOwner, "owners": colOwner, "due": colDue, "duedate": colDue,
	"deadline": colDue, "target": colDue, "status": colStatus, "state": colStatus, "issue": colIssue, "ticket": colIssue,
	"priority": colPriority, "milestone": colMilestone, "title": colAction,
}

// jsxActions reads the action components of an HTML block at span.
func (p *parser) jsxActions(span Span) {
	b := p.src[span.Start:span.End]
	if !bytes.Contains(b, []byte("<Action")) && !bytes.Contains(b, []byte("<Follow")) && !bytes.Contains(b, []byte("<T")) {
		return
	}
	_, section := p.sectionKey()
	for _, m := range jsxActionRe.FindAllSubmatchIndex(b, -1) {
		a := Action{Form: ListItem, Section: section, Span: Span{span.Start + m[0], span.Start + m[1]}, Line: p.doc.Line(span.Start + m[0])}
		p.jsxProps(&a, span.Start+m[4], b[m[4]:m[5]])
		if m[6] >= 0 {
			p.jsxTitle(&a, trimSpan(p.src, Span{span.Start + m[6], span.Start + m[7]}))
		}
		a.insertAt = a.TitleSpan.End
		if isAction(&a) && a.Title != "" {
			p.doc.Actions = append(p.doc.Actions, a)
		}
	}
}

// jsxProps reads a component's props, which start at off.
func (p *parser) jsxProps(a *Action, off int, props []byte) {
	eachProp(props, off, func(name, v Span) {
		key := jsxPropKeys[strings.ToLower(p.doc.Text(name))]
		val := p.doc.Text(v)
		switch key {
		case "":
		case colAction:
			a.Title, a.TitleSpan = plainTitle(val), v
		case colStatus:
			a.Status, a.StatusSpan = parseStatus(val), v
		default:
			setField(a, key, val, v)
		}
	})
}

// eachProp calls fn with the name and the value (inside its quotes or
// braces) of each prop in props, which start at off in the source.
func eachProp(props []byte, off int, fn func(name, value Span)) {
	for _, m := range jsxPropRe.FindAllSubmatchIndex(props, -1) {
		g := 4 // the first of the value's three forms that matched
		for m[g] < 0 {
			g += 2
		}
		fn(Span{off + m[2], off + m[3]}, Span{off + m[g], off + m[g+1]})
	}
}

// jsxTitle reads a component's child as the title; an issue number
// after it ("… (#12)"), where the app wrote one, is the issue. The
// action's span ends with its title, so that what the app appends goes
// inside the component.
func (p *parser) jsxTitle(a *Action, title Span) {
	if m := trailingIssueRe.FindStringSubmatchIndex(p.doc.Text(title)); m != nil && a.Issue == 0 {
		a.Issue, a.IssueSpan = issueNumber("#"+p.doc.Text(title)[m[2]:m[3]]), Span{title.Start + m[2] - 1, title.Start + m[3]}
		title.End = title.Start + m[0]
	}
	a.Title, a.TitleSpan = plainTitle(strings.Join(strings.Fields(p.doc.Text(title)), " ")), title
	a.Span.End = max(title.End, a.IssueSpan.End)
}
