package postmortem

import "strings"

// A list of finished action items under the action section ("## Action
// items", then "### Done" or an admonition titled "Done") is not a record
// of the steps taken in the incident: an item with a task box, an owner
// or a status is an action item that is done, and stays one.

// doneAction reads an item of a record nested in an action section as
// a done action when it has a task box, an owner or a status line (a
// check mark or "(done)" alone is how a record writes its steps too), and reports
// whether it did.
func (p *parser) doneAction(a Action, item Span) bool {
	if !recordInActions(p.doc.Sections) && !tasksRecord(p.doc.Sections) {
		return false
	}
	p.itemFields(&a, item)
	p.struckTitle(&a, item) // "~~Move to the hosted API~~ — decided against": dropped, and listed with the finished
	if a.StatusSpan == (Span{}) && a.Owner == "" && a.statusLine == (Span{}) && a.strike == [2]Span{} {
		return false
	}
	if a.Status == Open {
		a.Status = Done
	}
	p.doc.Actions = append(p.doc.Actions, a)
	return true
}

// recordInActions reports whether the record the current section is, or
// sits in, is itself under an action section.
func recordInActions(secs []Section) bool {
	return markedInActions(secs, func(s *Section) bool { return s.Record })
}

// tasksRecord reports whether the record the current section is names
// tasks or action items, as a task list's block of finished ones is
// headed ("Completed tasks", "Done action items"): its items are action
// items that are done, wherever it stands.
func tasksRecord(secs []Section) bool {
	for i := innermost(secs); i >= 0; i = outer(secs, i) {
		if secs[i].Record {
			words := " " + headingName(secs[i].Name) + " "
			for _, w := range taskWords {
				if strings.Contains(words, w) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// taskWords name a task list's items in a heading, spaced.
var taskWords = []string{" tasks ", " task ", " to dos ", " todos ", " action items ", " follow ups ", " followups "}

// markedInActions reports whether the current section, or one it sits
// in, is marked and itself under an action section.
func markedInActions(secs []Section, marked func(*Section) bool) bool {
	found := false
	for i := innermost(secs); i >= 0; i = outer(secs, i) {
		switch {
		case marked(&secs[i]):
			found = true
		case secs[i].Key == "remediation":
			return found
		}
	}
	return false
}

// dropUnder closes as not planned an action under a heading of an
// action section that says its work was dropped: "### Not doing (1)",
// "### Won't do", as incident tools group their follow-ups by state.
func (p *parser) dropUnder(a *Action) {
	if a.Status != NotPlanned && markedInActions(p.doc.Sections, func(s *Section) bool { return s.Dropped }) {
		a.Status = NotPlanned
	}
}

// droppedName reports a heading's name, as headingName gives it, that
// is a state closing work as not planned, with the count a tool writes
// after it: "Not doing (1)".
func droppedName(n string) bool {
	if len(n) > 16 {
		return false // longer than every state and its count
	}
	if i := strings.LastIndexByte(n, ' '); i > 0 && digitRunEnd(n, i+1) == len(n) {
		n = n[:i]
	}
	return notPlannedStates[n]
}
