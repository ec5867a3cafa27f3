package postmortem

import (
	"bytes"
	"fmt"
	"html"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ActionEdit changes one action item. Nil fields are left as they are.
type ActionEdit struct {
	Action int // index into Document.Actions
	Issue  *int
	Status *Status
	// Owner is a login without "@"; "" marks the action unassigned.
	Owner     *string
	Milestone *string
}

// change replaces the bytes of Span with Text.
type change struct {
	Span Span
	Text string
}

// Edit applies edits to the document's actions and returns the new
// source. Only the bytes of each changed part move: a task box, a cell, a
// field's value, or text inserted at the end of an item. The document
// itself is not changed; parse the result to see the new model. Edits
// whose result would not read back as asked (an action lost or merged, a
// title or a value read differently) are refused with an error.
func (d *Document) Edit(edits ...ActionEdit) ([]byte, error) {
	var changes []change
	for _, e := range edits {
		if e.Action < 0 || e.Action >= len(d.Actions) {
			return nil, fmt.Errorf("no action %d (the document has %d)", e.Action, len(d.Actions))
		}
		cs, err := d.actionChanges(d.Actions[e.Action], e)
		if err != nil {
			return nil, fmt.Errorf("editing action %q (line %d): %w", d.Actions[e.Action].Title, d.Actions[e.Action].Line, err)
		}
		changes = append(changes, cs...)
	}
	out, err := apply(d.Source, changes)
	if err != nil {
		return nil, err
	}
	// Text written into an item can change how Markdown reads it: a
	// value with a line break can start a new item, " (#5)" after a line
	// "1." makes a nested list, a comma in a milestone ends the field.
	// Refuse an edit that does not read back rather than write it.
	again, err := Parse(out, d.opt)
	if err != nil {
		return nil, fmt.Errorf("the edited document does not parse: %w", err)
	}
	if len(again.Actions) != len(d.Actions) {
		return nil, fmt.Errorf("the edit would leave %d actions in the document instead of %d; edit it by hand", len(again.Actions), len(d.Actions))
	}
	for _, e := range edits {
		if msg := readBack(d.Actions[e.Action], again.Actions[e.Action], e, edits); msg != "" {
			return nil, fmt.Errorf("editing action %q (line %d): after the edit, %s; edit it by hand", d.Actions[e.Action].Title, d.Actions[e.Action].Line, msg)
		}
	}
	if f := d.changedField(again); f != "" {
		return nil, fmt.Errorf("the edit would change the document's %s too; edit it by hand", f)
	}
	if i := d.changedBeside(again, edits); i >= 0 {
		return nil, fmt.Errorf("the edit would change action %q (line %d) too, which takes a value from the edited one (a ditto mark, a child row); edit it by hand", d.Actions[i].Title, d.Actions[i].Line)
	}
	return out, nil
}

// changedField returns the key of the first field of the document that
// reads otherwise in again, the edited document, or "": an owner written
// on a line of its own ("owner: unassigned") could read as the
// document's contact.
func (d *Document) changedField(again *Document) string {
	if len(again.Fields) != len(d.Fields) {
		return "fields"
	}
	for i, f := range d.Fields {
		if g := again.Fields[i]; g.Key != f.Key || g.Value != f.Value {
			return f.Key + " field"
		}
	}
	return ""
}

// changedBeside returns the first action no edit is for that reads
// otherwise in again, the edited document, or -1: a row whose owner is a
// ditto mark ("〃") takes the owner of the row above, so an edit of that
// row would change it too.
func (d *Document) changedBeside(again *Document, edits []ActionEdit) int {
	for i, a := range d.Actions {
		if slices.ContainsFunc(edits, func(e ActionEdit) bool { return e.Action == i }) {
			continue
		}
		if b := again.Actions[i]; a.Title != b.Title || keptParts(a, b, nil) != "" {
			return i
		}
	}
	return -1
}

// readBack says how an edited action a, which was before, does not show
// an edit, or returns "". An edit never changes the title. A part set by
// more than one edit of the action is not checked.
func readBack(before, a Action, e ActionEdit, all []ActionEdit) string {
	if a.Title != before.Title {
		return fmt.Sprintf("the title reads %q, not %q", a.Title, before.Title)
	}
	n := map[string]int{}
	for _, o := range all {
		if o.Action == e.Action {
			n["issue"] += boolInt(o.Issue != nil)
			n["status"] += boolInt(o.Status != nil)
			n["owner"] += boolInt(o.Owner != nil)
			n["milestone"] += boolInt(o.Milestone != nil)
		}
	}
	switch {
	case e.Issue != nil && n["issue"] == 1 && a.Issue != *e.Issue:
		return fmt.Sprintf("the issue reads #%d, not #%d", a.Issue, *e.Issue)
	case e.Status != nil && n["status"] == 1 && a.Status != *e.Status:
		return fmt.Sprintf("the status reads %v, not %v", a.Status, *e.Status)
	case e.Owner != nil && n["owner"] == 1 && a.Owner != *e.Owner:
		return fmt.Sprintf("the owner reads %q, not %q", a.Owner, *e.Owner)
	case e.Milestone != nil && n["milestone"] == 1 && a.Milestone != strings.TrimSpace(*e.Milestone):
		return fmt.Sprintf("the milestone reads %q, not %q", a.Milestone, *e.Milestone)
	}
	return keptParts(before, a, n)
}

// keptParts says which part of an edited action that no edit was for
// reads otherwise after the edit, or returns "": "owner: unassigned"
// written over "@kim" before a bare due date makes the date part of the
// owner's value.
func keptParts(before, a Action, edited map[string]int) string {
	switch {
	case !a.Due.Equal(before.Due) || strings.TrimSpace(a.DueRaw) != strings.TrimSpace(before.DueRaw):
		return fmt.Sprintf("the due date reads %q, not %q", a.DueRaw, before.DueRaw)
	case a.Priority != before.Priority:
		return fmt.Sprintf("the priority reads %q, not %q", a.Priority, before.Priority)
	case edited["owner"] == 0 && a.Owner != before.Owner:
		return fmt.Sprintf("the owner reads %q, not %q", a.Owner, before.Owner)
	case edited["milestone"] == 0 && a.Milestone != before.Milestone:
		return fmt.Sprintf("the milestone reads %q, not %q", a.Milestone, before.Milestone)
	case edited["issue"] == 0 && a.Issue != before.Issue:
		return fmt.Sprintf("the issue reads #%d, not #%d", a.Issue, before.Issue)
	case edited["status"] == 0 && a.Status != before.Status:
		return fmt.Sprintf("the status reads %v, not %v", a.Status, before.Status)
	}
	return ""
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// apply makes non-overlapping changes; insertions at one point keep the
// order they were given in.
func apply(src []byte, changes []change) ([]byte, error) {
	sort.SliceStable(changes, func(i, j int) bool { return changes[i].Span.Start < changes[j].Span.Start })
	var out bytes.Buffer
	at := 0
	for _, c := range changes {
		if c.Span.Start < at {
			return nil, fmt.Errorf("edits overlap at byte %d", c.Span.Start)
		}
		out.Write(src[at:c.Span.Start])
		out.WriteString(c.Text)
		at = c.Span.End
	}
	out.Write(src[at:])
	return out.Bytes(), nil
}

func (d *Document) actionChanges(a Action, e ActionEdit) ([]change, error) {
	var cs []change
	if e.Issue != nil {
		cs = append(cs, d.issueChange(a, *e.Issue))
	}
	if e.Owner != nil {
		c, err := d.fieldChange(a, colOwner, ownerText(a, *e.Owner))
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	if e.Milestone != nil {
		c, err := d.fieldChange(a, colMilestone, *e.Milestone)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	if e.Status != nil {
		c, err := d.statusChanges(a, *e.Status)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c...)
	}
	return cs, nil
}

func ownerText(a Action, login string) string {
	switch {
	case login != "":
		return "@" + login
	case a.Form == ListItem && a.bareOwner:
		return "owner: unassigned" // a bare word would read as title
	case a.Form == ListItem, a.Form == HeadingItem:
		return "unassigned"
	case strings.TrimSpace(a.Title) == "":
		return "unassigned" // an empty cell would leave a row without a title empty
	}
	return ""
}

// issueChange writes an issue number: into the Issue cell or the number
// already written, else " (#N)" after the item or the title cell.
func (d *Document) issueChange(a Action, n int) change {
	num := "#" + strconv.Itoa(n)
	if a.IssueSpan != (Span{}) {
		if a.Form == TableRow && a.IssueSpan == trimSpan(d.Source, a.cells[colIssue]) {
			return d.cellChange(a.cells[colIssue], num)
		}
		return change{a.IssueSpan, num}
	}
	if a.Form == HeadingItem {
		return change{Span{a.insertAt, a.insertAt}, "  \nIssue: " + num}
	}
	if a.Form == TableRow {
		at := a.TitleSpan.End
		if a.notPlannedSpan != (Span{}) {
			at = d.markerSpan(a.notPlannedSpan).End // after "(not planned)": the number ends the cell
		}
		return change{Span{at, at}, " (" + num + ")"}
	}
	at := itemEnd(a)
	return change{Span{at, at}, " (" + num + ")"}
}

// itemEnd is where a list item's text ends, before a check mark that
// ends the item: what is appended goes there.
func itemEnd(a Action) int {
	if a.sentence {
		return a.insertAt // before the marks that end a plan told in prose
	}
	if a.doneSpan.End == a.Span.End && a.doneSpan.Start > a.TitleSpan.Start {
		return a.doneSpan.Start
	}
	return a.Span.End
}

// fieldChange sets an owner or a milestone.
func (d *Document) fieldChange(a Action, key, value string) (change, error) {
	cur := a.OwnerSpan
	if key == colMilestone {
		cur = a.MilestoneSpan
	}
	if a.Form == TableRow {
		inner, ok := a.cells[key]
		if !ok {
			return change{}, fmt.Errorf("the table has no %s column", key)
		}
		return d.cellChange(inner, value), nil
	}
	if cur != (Span{}) {
		return change{cur, value}, nil
	}
	if a.Form == HeadingItem {
		return change{Span{a.insertAt, a.insertAt}, "  \n" + headingLabels[key] + ": " + value}, nil
	}
	sep := " — "
	switch {
	case hasFields(a):
		sep = ", "
	case endsWithSeparator(d.Source[a.TitleSpan.End:max(a.insertAt, a.TitleSpan.End)]):
		sep = " " // "Fix it —" becomes "Fix it — owner: @a"
	}
	return change{Span{a.insertAt, a.insertAt}, sep + key + ": " + value}, nil
}

// hasFields reports whether a list item has fields after its title.
func hasFields(a Action) bool {
	for _, s := range []Span{a.OwnerSpan, a.DueSpan, a.PrioritySpan, a.MilestoneSpan, a.IssueSpan, a.notPlannedSpan} {
		if s != (Span{}) {
			return true
		}
	}
	return false
}

// endsWithSeparator reports whether text ends with a separator that
// needs no space before it to split an item: a dash, a comma or an
// opening bracket.
func endsWithSeparator(b []byte) bool {
	s := strings.TrimRight(string(b), " \t")
	for _, sep := range []string{"—", "–", ",", ";", "(", "["} {
		if strings.HasSuffix(s, sep) {
			return true
		}
	}
	return false
}

// cellChange writes a value into a table cell, keeping the cell's width
// where the value fits, so that the pipes of an aligned table stay put.
func (d *Document) cellChange(inner Span, value string) change {
	if inner.Start > 0 && d.Source[inner.Start-1] == '>' {
		return change{inner, html.EscapeString(value)} // an HTML table's cell
	}
	// A pipe in a value would end the cell: "Q1 | infra" is written "Q1 \| infra".
	value = strings.ReplaceAll(value, "|", `\|`)
	text := " " + value + " "
	if value == "" {
		text = " "
	}
	if pad := inner.Len() - len(text); pad > 0 {
		text += string(bytes.Repeat([]byte(" "), pad))
	}
	return change{inner, text}
}

// statusChanges marks an action open, done or not planned.
func (d *Document) statusChanges(a Action, s Status) ([]change, error) {
	if a.Form == TableRow {
		inner, ok := a.cells[colStatus]
		if !ok {
			return d.titleStatusChanges(a, s), nil
		}
		return []change{d.cellChange(inner, s.String())}, nil
	}
	if a.Form == HeadingItem {
		return []change{d.headingStatus(a, s)}, nil
	}
	if a.statusLine != (Span{}) {
		return statusLineChanges(a, s), nil
	}
	if a.sentence {
		return d.sentenceStatus(a, s), nil
	}
	box := "[ ]"
	if s != Open {
		box = "[x]"
	}
	// A mark that opens the item ("✅ ", "[DONE] ") is where the box goes.
	lead := a.doneSpan != (Span{}) && a.doneSpan.Start == a.boxAt
	var cs []change
	switch {
	case a.StatusSpan != (Span{}):
		cs = append(cs, change{a.StatusSpan, box})
	case lead && s == Open:
		cs = append(cs, change{a.doneSpan, box + " "}) // reopened: the mark gives way to the box
	default:
		at := a.boxAt
		if at == 0 {
			at = a.TitleSpan.Start
		}
		cs = append(cs, change{Span{at, at}, box + " "})
	}
	switch {
	case s == NotPlanned && a.notPlannedSpan == (Span{}):
		at := itemEnd(a)
		cs = append(cs, change{Span{at, at}, " (not planned)"})
	case s != NotPlanned && a.notPlannedSpan != (Span{}):
		cs = append(cs, change{d.markerSpan(a.notPlannedSpan), ""})
	}
	if s == Open && a.doneSpan != (Span{}) && !lead {
		cs = append(cs, change{d.markerSpan(a.doneSpan), ""}) // reopened: "(done)" goes
	}
	if s == Open && a.strike[0] != (Span{}) {
		cs = append(cs, change{a.strike[0], ""}, change{a.strike[1], ""}) // and so does the strike
	}
	return cs, nil
}

// sentenceStatus marks a plan stated in prose: "(done)" or "(not
// planned)" after it, and neither when it is open again. No task box
// goes into a sentence.
func (d *Document) sentenceStatus(a Action, s Status) []change {
	marks := []struct {
		st   Status
		span Span
		word string
	}{{Done, a.doneSpan, " (done)"}, {NotPlanned, a.notPlannedSpan, " (not planned)"}}
	// Insertions first: a mark added where one that goes begins keeps its
	// place before the removal, whose start it shares.
	var adds, drops []change
	for _, m := range marks {
		switch {
		case m.st == s && m.span == (Span{}):
			adds = append(adds, change{Span{a.insertAt, a.insertAt}, m.word})
		case m.st != s && m.span != (Span{}):
			drops = append(drops, change{d.markerSpan(m.span), ""})
		}
	}
	return append(adds, drops...)
}

// statusLineChanges writes the status into a list item's nested
// "Status:" line, and into its task box when it has one.
func statusLineChanges(a Action, s Status) []change {
	cs := []change{{a.statusLine, s.String()}}
	if a.StatusSpan != (Span{}) {
		box := "[ ]"
		if s != Open {
			box = "[x]"
		}
		cs = append(cs, change{a.StatusSpan, box})
	}
	return cs
}

// titleStatusChanges marks a row of a table without a Status column:
// its title struck through when done, and "(not planned)" after it when
// not planned (GitHub shows the strike; no column is added to the table).
func (d *Document) titleStatusChanges(a Action, s Status) []change {
	var cs []change
	ts := a.TitleSpan
	switch {
	case s != Open && !a.struck:
		cs = append(cs, change{Span{ts.Start, ts.Start}, "~~"}, change{Span{ts.End, ts.End}, "~~"})
	case s == Open && a.struck:
		cs = append(cs, change{Span{ts.Start, ts.Start + 2}, ""}, change{Span{ts.End - 2, ts.End}, ""})
	}
	if s == Open && a.doneSpan != (Span{}) {
		cs = append(cs, change{d.markerSpan(a.doneSpan), ""}) // reopened: "**DONE**" in another cell goes
	}
	switch {
	case s == NotPlanned && a.notPlannedSpan == (Span{}):
		cs = append(cs, change{Span{ts.End, ts.End}, " (not planned)"})
	case s != NotPlanned && a.notPlannedSpan != (Span{}):
		cs = append(cs, change{d.markerSpan(a.notPlannedSpan), ""})
	}
	return cs
}

// markerSpan widens a "not planned" marker to its parentheses and the
// space before them.
func (d *Document) markerSpan(s Span) Span {
	src := d.Source
	if s.Start > 0 && src[s.Start-1] == '(' && s.End < len(src) && src[s.End] == ')' {
		s = Span{s.Start - 1, s.End + 1}
	}
	for s.Start > 0 && src[s.Start-1] == ' ' {
		s.Start--
	}
	return s
}

// headingLabels label the lines an edit adds under an action heading.
var headingLabels = map[string]string{colOwner: "Owner", colMilestone: "Milestone", colStatus: "Status"}

// headingStatus writes the status of an action heading into its Status
// line, or adds the line.
func (d *Document) headingStatus(a Action, s Status) change {
	if a.StatusSpan != (Span{}) {
		return change{a.StatusSpan, s.String()}
	}
	return change{Span{a.insertAt, a.insertAt}, "  \n" + headingLabels[colStatus] + ": " + s.String()}
}
