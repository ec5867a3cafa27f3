package postmortem

// A list of finished action items under the action section ("## Action
// items", then "### Done" or an admonition titled "Done") is not a record
// of the steps taken in the incident: an item with a task box, an owner
// or a status is an action item that is done, and stays one.

// doneAction reads an item of a record nested in an action section as
// a done action when it has a task box, an owner or a status line (a
// check mark or "(done)" alone is how a record writes its steps too), and reports
// whether it did.
func (p *parser) doneAction(a Action, item Span) bool {
	if !recordInActions(p.doc.Sections) {
		return false
	}
	p.itemFields(&a, item)
	if a.StatusSpan == (Span{}) && a.Owner == "" && a.statusLine == (Span{}) {
		return false
	}
	if a.Status == Open {
		a.Status = Done
	}
	p.struckTitle(&a, item)
	p.doc.Actions = append(p.doc.Actions, a)
	return true
}

// recordInActions reports whether the record the current section is, or
// sits in, is itself under an action section.
func recordInActions(secs []Section) bool {
	level, record := 1<<30, false
	for i := len(secs) - 1; i >= 0; i-- {
		if secs[i].Level >= level || secs[i].closed {
			continue
		}
		switch {
		case secs[i].Record:
			record = true
		case secs[i].Key == "remediation":
			return record
		}
		level = secs[i].Level
	}
	return false
}
