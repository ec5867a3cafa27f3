package postmortem

import (
	"strings"
)

// A form tool's printout sets each answer after its label and a row of
// dots, the leaders, as a paper form does, and a site pastes it in a
// fenced block to keep its columns:
//
//	Action 1 .................... Add a synthetic test payment
//	  Owner ..................... Gary Lin
//	  Target date ............... 18/12/2026
//	  Status .................... Open
//
// Under an action section each "Action N" line opens an action, and the
// owner's, the due date's and the state's lines under it are its fields.

// leaderLineRe is a line of a label, its leaders and the answer.
var leaderLineRe = lazyRe(`^[ \t]*([^.\s][^.]{0,40}?)[ \t]*\.{4,}[ \t]*(.*?)[ \t\r]*$`)

// leaderActionRe is the label of a line that opens an action: "Action
// 2", "Follow-up action 3", "Task 1".
var leaderActionRe = lazyRe(`^(?i:action(?: item)?|follow[- ]?up(?: action)?|task|item|measure)\s*#?\d{0,3}$`)

// leaderActions reads the actions of a printout in a code block at span
// where the block stands under an action section; it reports whether
// it read one.
func (p *parser) leaderActions(span Span) bool {
	if !strings.Contains(p.doc.Text(span), "....") {
		return false
	}
	if key, _ := p.sectionKey(); key != "remediation" || p.inRecord() || p.inAside() {
		return false
	}
	_, name := p.sectionKey()
	found, current := false, -1
	var fields []headingFieldLine
	flush := func() {
		if current >= 0 && current < len(p.doc.Actions) {
			p.nestedFields(&p.doc.Actions[current], fields)
		}
		current, fields = -1, nil
	}
	for at := span.Start; at < span.End; {
		ls := p.doc.LineSpan(p.doc.Line(at))
		at = ls.End + 1
		line := p.src[ls.Start:min(ls.End, span.End)]
		m := leaderLineRe.FindSubmatchIndex(line)
		if m == nil {
			continue
		}
		label := string(line[m[2]:m[3]])
		value := Span{ls.Start + m[4], ls.Start + m[5]}
		if leaderActionRe.MatchString(label) || columnKey(label) == colAction {
			flush()
			if value.Len() == 0 {
				continue
			}
			n := len(p.doc.Actions)
			p.readAction(value, name)
			if len(p.doc.Actions) == n+1 {
				current, found = n, true
			}
			continue
		}
		if current < 0 || value.Len() == 0 {
			continue
		}
		key := lookupNormal(headingFieldKeys, label)
		if key == "" {
			key = localFieldLineKey(label)
		}
		if key == colOwner || key == colDue || key == colStatus || key == colPriority {
			fields = append(fields, headingFieldLine{key, value})
		}
	}
	flush()
	return found
}
