package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// XWiki writes a task as a macro, its fields as parameters and its
// title as the content: `{{task reference="Ops.T2" status="InProgress"
// assignee="XWiki.akoval" createDate="…"}}Show the last schedule — by
// 11.12{{/task}}`. Its status is Done, InProgress or ToDo; the assignee
// is a user's page, XWiki.login; completeDate is when it was done, no
// due date.

// wikiTaskRe is one task macro: its parameters and its content.
var wikiTaskRe = lazyRe(`(?s)\{\{task\b([^{}]*)\}\}(.*?)\{\{/task\}\}`)

// wikiTasks reads a paragraph of task macros as actions; false when it
// opens with none.
func (p *parser) wikiTasks(n ast.Node, name string) bool {
	span := linesSpan(n)
	b := p.src[span.Start:span.End]
	if !bytes.HasPrefix(b, []byte("{{task")) {
		return false
	}
	for _, m := range wikiTaskRe.FindAllSubmatchIndex(b, -1) {
		count := len(p.doc.Actions)
		p.readAction(trimSpan(p.src, Span{span.Start + m[4], span.Start + m[5]}), name)
		if len(p.doc.Actions) != count+1 {
			continue
		}
		a := &p.doc.Actions[count]
		a.Span = Span{span.Start + m[0], span.Start + m[1]}
		p.wikiTaskParams(a, span.Start+m[2], b[m[2]:m[3]])
	}
	return true
}

// wikiTaskParams reads a task macro's parameters, which start at off,
// into a: its status and its assignee, and a due date where one is
// given.
func (p *parser) wikiTaskParams(a *Action, off int, params []byte) {
	eachProp(params, off, func(name, v Span) {
		val := p.doc.Text(v)
		switch strings.ToLower(p.doc.Text(name)) {
		case "status":
			if st := parseStatus(val); st != Open || a.Status == Open { // "Done"; "ToDo", "InProgress" open
				a.Status, a.StatusSpan = st, v
			}
		case "assignee":
			if login := wikiUser(val); login != "" {
				a.Owner, a.OwnerSpan = login, v
			}
		case "duedate", "deadline":
			setField(a, colDue, val, v)
		}
	})
}

// wikiUser returns the login of an XWiki user reference, "XWiki.akoval"
// or "xwiki:XWiki.akoval".
func wikiUser(s string) string {
	if _, after, ok := strings.Cut(s, ":"); ok {
		s = after // the wiki's name before the page
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimSpace(s)
}
