package postmortem

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Column keys of action tables.
const (
	colAction    = "action"
	colOwner     = "owner"
	colDue       = "due"
	colPriority  = "priority"
	colMilestone = "milestone"
	colIssue     = "issue"
	colStatus    = "status"
	colDone      = "done"   // a "(done)" mark after a list item, not a column
	colState     = "state"  // a "Status: done" part of a list item, not a column
	colTicket    = "ticket" // another tracker's key after a list item: it ends the title
	colNote      = "note"   // the rest of a reason after a list item's state, "(decided in review)": no field
	// colResolved is a tracker's Resolution column beside its Status
	// ("FIXED", "WONTFIX"): it closes a row the Status leaves open.
	colResolved = "resolution"
)

// columnOrder is the order cells are read in: the title last, so that an
// issue number after the title counts only where the Issue column holds
// no number.
var columnOrder = []string{colStatus, colResolved, colPercent, colClosedOn, colOwner, colDue, colPriority, colMilestone, colIssue, colAction}

var columnSynonyms = invert(map[string][]string{
	colAction: {"action", "actions", "action item", "action items", "countermeasure", "countermeasures", "task", "tasks", "item", "what", "remediation", "follow up", "follow-up", "description", "todo",
		"repair item", "repair items", "work item", "work items", "follow up item", "follow up action", "follow up task", "improvement", "improvements",
		"fix", "fixes", "next step", "next steps", "corrective action", "preventive action", "preventative action", "recommendation", "mitigation", "remediation item", "step", "steps", "change", "changes",
		"measure", "measures", "maßnahme", "maßnahmen"},
	colOwner: {"owner", "owners", "assignee", "assignees", "assigned to", "who", "responsible", "dri", "assigned", "owning team", "owner team", "team", "driver", "lead", "done by", "responsible officer", "responsible person", "responsible party", "action owner",
		"responsable", "verantwortlich", "zuständig", "encargado", "propietario", "přiřazeno", "řešitel",
		// an ITSM tool's agent on a change or task; a column asked as a question
		"agent", "assigned agent", "who owns it", "owned by",
		// a board's card lists its people as "Assigned users"
		"assigned users", "assigned user"},
	colDue: {"due", "due date", "target date", "target", "deadline", "eta", "when", "by", "due by", "target completion", "completion date", "target quarter", "target week", "due on", "fecha límite", "fecha", "frist", "fällig am", "échéance", "termín",
		// the day a row is to be closed by, in a tracker's or a team's words
		"close by", "land by", "ship by", "fix by", "finish by", "complete by", "completion by", "deliver by", "resolve by",
		"planned end", "planned end date", "planned finish", "planned completion", "target end", "target end date",
		"target finish", "target finish date"},
	colPriority:  {"priority", "prio", "p", "pri"},
	colMilestone: {"milestone"},
	colIssue:     {"issue", "issues", "ticket", "tickets", "tracking", "bug", "tracking issue", "link", "gh issue"},
	colStatus: {"status", "state", "done", "progress", "workflow state", "estado", "statut", "stand", "stav",
		// a board's column for where a task stands, "Planned", "In Progress", "Completed"
		"stage"},
})

// actionColumns maps column keys to indexes when a header names an action
// column and at least one other action column.
func actionColumns(src []byte, header row) map[string]int {
	cols := map[string]int{}
	for i, c := range header.Cells {
		if k := columnKey(string(src[c.Value.Start:c.Value.End])); k != "" {
			if _, dup := cols[k]; !dup {
				cols[k] = i
			}
		}
	}
	if _, ok := cols[colAction]; !ok {
		trackerSummary(src, header, cols)
	} else {
		itemTitle(src, header, cols)
	}
	if _, ok := cols[colAction]; !ok || len(cols) < 2 {
		return nil
	}
	closingColumns(src, header, cols)
	return cols
}

// Columns a spreadsheet closes a row by where its Status is blank: "%
// Complete" at 100 %, or a "Date Closed".
const (
	colPercent  = "percent complete"
	colClosedOn = "date closed"
)

// closingColumns finds a spreadsheet's progress and closing-date
// columns.
func closingColumns(src []byte, header row, cols map[string]int) {
	for i, c := range header.Cells {
		if k := lookupNormal(closingHeads, string(src[c.Value.Start:c.Value.End])); k != "" {
			cols[k] = i
		}
	}
}

// closingHeads are the headers of the columns closingColumns finds.
var closingHeads = map[string]string{
	"% complete": colPercent, "percent complete": colPercent, "% done": colPercent, "pct complete": colPercent,
	"date closed": colClosedOn, "closed on": colClosedOn, "date completed": colClosedOn, "completed on": colClosedOn,
	"closed date": colClosedOn, "completed date": colClosedOn, "date done": colClosedOn, "done on": colClosedOn,
	"resolved on": colClosedOn, "resolved date": colClosedOn, "date resolved": colClosedOn, "finished on": colClosedOn,
	"completed": colClosedOn, "closed": colClosedOn, "completed at": colClosedOn, "closed at": colClosedOn, "resolved at": colClosedOn,
	"done at": colClosedOn, "date finished": colClosedOn, "actual finish": colClosedOn, "finished": colClosedOn,
	"complete": colClosedOn,
}

// closingCell closes a row whose Status says nothing by its progress at
// 100 % or a date it was closed on.
func (p *parser) closingCell(a *Action, key, val string) {
	if a.Status != Open || !noStatus(p.doc.Text(a.StatusSpan)) {
		return
	}
	val = strings.TrimSpace(val)
	if key == colPercent && strings.ReplaceAll(val, " ", "") == "100%" || key == colClosedOn && closedOn(val) {
		a.Status = Done
	}
}

// closedOn reports a closing column's cell that says the row was
// closed: a date, or a tick or "Yes" where the column is a checkbox.
func closedOn(val string) bool {
	return hasDigit(val) || strings.EqualFold(val, "true") || parseStatus(val) == Done
}

// totalsRow reports a spreadsheet's row of totals under its actions.
func totalsRow(title string) bool {
	return len(title) <= 12 && lookupNormal(totalsTitles, title)
}

var totalsTitles = map[string]bool{"total": true, "totals": true, "grand total": true, "sum": true, "average": true, "averages": true}

// trackerSummary takes the Summary or Title column of a tracker's list
// of issues as the action column: "| Bug | Status | Assignee | Summary
// |", "| Key | Summary | Assignee | Status |", "| Number | Short
// description | Assigned to | State |", "| Summary | Assigned to |
// Status | Jira |": a column of issues or of another tracker's ids (one
// headed by the tracker's name), and one of their states or assignees
// beside it. Its Resolution column closes a row its Status leaves open.
func trackerSummary(src []byte, header row, cols map[string]int) {
	_, status := cols[colStatus]
	_, owner := cols[colOwner]
	if !status && !owner {
		return
	}
	_, ids := cols[colIssue]
	title := -1
	for i, c := range header.Cells {
		h := string(src[c.Value.Start:c.Value.End])
		switch n := normalize(h); {
		case trackerTitleHeads[n]:
			title = max(title, i)
		case n == "resolution":
			cols[colResolved] = i
		case n == "bug", !ids && (trackerIDHeads[n] || trackerNames[n] || h == "#"):
			cols[colTicket] = i // another tracker's number, no issue of the repository
			delete(cols, colIssue)
			ids = true
		}
	}
	if ids && title >= 0 {
		cols[colAction] = title
	}
}

// sectionTitleColumns reads, under an action heading, a tracker's
// list whose column of ids has a name of the tool's own ("| Title |
// OpsItem | Assignee | Status |", "| Summary | Work ref | Owner |"): the
// heading says the rows are actions, so its Title or Summary column is
// the action column where an owner or a status column stands beside it.
// A first column headed by no column's name is the action column where
// an owner's and a due date's or a state's stand beside it.
func sectionTitleColumns(src []byte, header row) map[string]int {
	cols := map[string]int{}
	title, planner := -1, false
	for i, c := range header.Cells {
		h := string(src[c.Value.Start:c.Value.End])
		if n := normalize(h); (trackerTitleHeads[n] || nameHeads[n] || plannerTitleHeads[n]) && title < 0 {
			title, planner = i, plannerTitleHeads[n]
		} else if k := columnKey(h); k != "" {
			if _, dup := cols[k]; !dup {
				cols[k] = i
			}
		}
	}
	_, status := cols[colStatus]
	_, owner := cols[colOwner]
	if _, due := cols[colDue]; title < 0 && owner && (due || status) && len(header.Cells) >= 3 && columnKey(string(src[header.Cells[0].Value.Start:header.Cells[0].Value.End])) == "" {
		title = 0 // "| 업무 | 담당 | 마감 | 상태 |": the first column, of no column's name, says what each is
	}
	if title < 0 || !status && (!owner || planner) {
		return nil
	}
	cols[colAction] = title
	closingColumns(src, header, cols)
	return cols
}

// trackerTitleHeads head the column of an issue's title in a tracker's
// list; trackerIDHeads head the column of its number or key, and so do
// trackerNames, the trackers' own names, as an incident tool heads the
// column of the tickets it opened in one.
var (
	trackerTitleHeads = map[string]bool{"summary": true, "title": true, "subject": true, "short description": true, "předmět": true,
		// the Subject column of a tracker's list in the language of its users
		"assunto": true, "asunto": true, "betreff": true, "sujet": true, "oggetto": true, "onderwerp": true, "тема": true, "θέμα": true}
	// nameHeads head the title column of a notes tool's database, its
	// "Name" property in the language of the workspace, or of a
	// planner's tasks: under an action heading alone, as a list of
	// services names its rows elsewhere.
	nameHeads = map[string]bool{"name": true, "nome": true, "nombre": true, "nom": true, "naam": true, "namn": true, "navn": true, "nimi": true,
		"nazwa": true, "titel": true, "titolo": true, "título": true, "titre": true, "tytuł": true, "otsikko": true, "başlık": true,
		"名前": true, "名称": true, "件名": true, "タイトル": true, "이름": true, "제목": true, "标题": true, "標題": true,
		"τίτλος": true, "όνομα": true, "назва": true, "judul": true, "nama": true}
	// plannerTitleHeads head the title column of a planner's or a
	// tracker's board, its own name for its rows (Planner's "Task Name",
	// Shortcut's "Story"): under an action heading, beside the board's
	// state column, as an export always has one; a card's or a task's
	// children ("Child card", "Subtask") are listed under the same kind
	// of header.
	plannerTitleHeads = map[string]bool{"task name": true, "task title": true, "story": true, "story name": true, "card": true, "card name": true, "card title": true,
		"child card": true, "child cards": true, "child task": true, "child item": true, "subtask": true, "sub task": true, "subtasks": true}
	trackerIDHeads = wordSet("key number no. id ref artifact artefact")
	trackerNames   = wordSet("jira linear youtrack shortcut clubhouse asana servicenow redmine trello")
)

// itemTitle takes the Title or Summary column as the action column
// where the column headed as actions holds a tracker's ids: "| Work
// item | Title | Assigned To | State |", AB#4471 beside its title. The
// id is another tracker's, no issue of the repository.
func itemTitle(src []byte, header row, cols map[string]int) {
	switch normalize(string(src[header.Cells[cols[colAction]].Value.Start:header.Cells[cols[colAction]].Value.End])) {
	case "work item", "item", "work items":
	default:
		return
	}
	for i, c := range header.Cells {
		if h := normalize(string(src[c.Value.Start:c.Value.End])); h == "title" || h == "summary" {
			cols[colTicket], cols[colAction] = cols[colAction], i
			return
		}
	}
}

func (p *parser) actionTable(cols map[string]int, body []row) {
	if p.inRecord() {
		p.recordTable(cols, body) // "Actions taken", "Steps taken": what was done
		return
	}
	_, section := p.sectionKey()
	p.dropIntroLines()
	var above, parent Action // the table's last action, and its last that is no child row
	for _, r := range body {
		a := Action{Form: TableRow, Section: section, Span: r.Line, Line: p.doc.Line(r.Line.Start), cells: map[string]Span{}}
		child := false
		for _, k := range columnOrder {
			if i, ok := cols[k]; ok && i < len(r.Cells) {
				a.cells[k] = r.Cells[i].Inner
				child = child || k == colAction && childRow(p.doc.Text(r.Cells[i].Value))
				p.tableField(&a, k, r.Cells[i].Value)
			}
		}
		if !isAction(&a) || totalsRow(a.Title) || p.groupRow(&a, r, cols) {
			continue // "| **Short term** | | |": the rows below are the group's
		}
		p.sameAsAbove(&a, &above, &parent, child)
		p.dropUnder(&a)
		p.doc.Actions = append(p.doc.Actions, a)
	}
}

// childRow reports a sheet's child row, its title opening with "↳":
// its owner and due cells, merged with its parent's, are left blank.
func childRow(title string) bool {
	return strings.HasPrefix(strings.TrimSpace(title), "↳")
}

// sameAsAbove gives a row the owner and due date of the row above where
// its cell is a ditto mark ("〃"), and a child row those of its parent
// where its cell is blank; it then records the row as the one above.
func (p *parser) sameAsAbove(a, above, parent *Action, child bool) {
	for _, k := range []string{colOwner, colDue} {
		v := p.doc.Text(a.cells[k])
		switch {
		case dittoMark(v) && above.Title != "":
			copyField(a, above, k, a.cells[k])
		case child && strings.TrimSpace(v) == "" && parent.Title != "":
			copyField(a, parent, k, Span{})
		}
	}
	a.Title = strings.TrimSpace(strings.TrimPrefix(a.Title, "↳"))
	*above = *a
	if !child {
		*parent = *a
	}
}

// dittoMark reports a cell that says "as the row above".
func dittoMark(v string) bool {
	switch strings.TrimSpace(v) {
	case "〃", "″", "\"", "”", "ditto", "do.":
		return true
	}
	return false
}

// copyField sets an action's owner or due date to another's, the value
// written at v (none for a blank cell).
func copyField(a, from *Action, key string, v Span) {
	if key == colOwner {
		a.Owner, a.OwnerSpan = from.Owner, v
		return
	}
	a.Due, a.DueRaw, a.DueSpan = from.Due, from.DueRaw, v
}

// recordTable reads the rows of a table in a record of what was done as
// steps, by their action cells; a row whose status says it was skipped
// is none.
func (p *parser) recordTable(cols map[string]int, body []row) {
	col := cols[colAction]
	st, status := cols[colStatus]
	for _, r := range body {
		if status && st < len(r.Cells) && parseStatus(p.doc.Text(r.Cells[st].Value)) == NotPlanned {
			continue
		}
		if col < len(r.Cells) && r.Cells[col].Value.Len() > 0 {
			p.addStep(r.Cells[col].Value)
		}
	}
}

// isAction reports whether an item or a row holds an action: a title with
// a word in it (a footnote mark such as "^165^" is not one), or
// a value in one of its fields. An owner written as "unassigned" counts,
// so that unassigning an action without a title does not make it vanish.
func isAction(a *Action) bool {
	if strings.IndexFunc(a.Title, unicode.IsLetter) >= 0 {
		return true
	}
	for _, s := range []Span{a.OwnerSpan, a.DueSpan, a.PrioritySpan, a.MilestoneSpan, a.IssueSpan} {
		if s.Len() > 0 {
			return true
		}
	}
	return false
}

// trailingIssueRe finds an issue number written after an action's title
// in a table without an Issue column: "Add an alert (#123)".
var trailingIssueRe = lazyRe(`\s*\(#(\d+)\)$`)

func (p *parser) titleCell(a *Action, v Span) {
	val := p.doc.Text(v)
	if m := trailingIssueRe.FindStringSubmatchIndex(val); m != nil && a.Issue == 0 {
		a.Issue, a.IssueSpan = issueNumber("#"+val[m[2]:m[3]]), Span{v.Start + m[2] - 1, v.Start + m[3]}
		v.End = v.Start + m[0]
	}
	if _, ok := a.cells[colStatus]; !ok {
		v = p.titleStatus(a, v)
	} else {
		p.struckNote(a, v)
	}
	// A pipe in a cell is written "\|".
	a.Title, a.TitleSpan = plainTitle(strings.ReplaceAll(p.doc.Text(v), `\|`, "|")), v
}

// notPlannedCellRe finds the "(not planned)" marker after the title of
// a table row without a Status column.
var notPlannedCellRe = lazyRe(`(?i)\s*\((not planned)\)$`)

// titleStatus reads the status of a row without a Status column from its
// title cell v: struck through ("~~Add an alert~~") is done, and with
// "(not planned)" after it, not planned. It returns v without the marker.
func (p *parser) titleStatus(a *Action, v Span) Span {
	if m := notPlannedCellRe.FindStringSubmatchIndex(p.doc.Text(v)); m != nil {
		a.Status, a.notPlannedSpan = NotPlanned, Span{v.Start + m[2], v.Start + m[3]}
		v.End = v.Start + m[0]
	}
	if t := p.doc.Text(v); len(t) > 4 && strings.HasPrefix(t, "~~") && strings.HasSuffix(t, "~~") {
		a.struck = true
		if a.Status == Open {
			a.Status = Done
		}
	}
	return v
}

// struckNoteRe is a title struck through with a note after it:
// "~~Move validation to the origin~~ (superseded)".
var struckNoteRe = lazyRe(`^~~.+~~\s*\(\s*(\pL+)[^()]*\)$`)

// struckNote reads a title cell struck through with a note after it as
// closed, where the Status cell says nothing ("—"): not planned when
// the note says it was superseded, dropped or not needed, else done.
// A note that says so closes it even where the Status still says it is
// open, as a task list synced into a table keeps "Not started" for a
// task struck out since.
func (p *parser) struckNote(a *Action, v Span) {
	m := struckNoteRe.FindStringSubmatchIndex(p.doc.Text(v))
	if m == nil || a.Status != Open {
		return // the Status cell, read first, says it is closed
	}
	dropped := droppedNote(p.doc.Text(v)[m[2]-1:])
	if !noStatus(p.doc.Text(a.StatusSpan)) && !dropped {
		return // "~~Cache the keys~~ (see below)" with "Open" stays open
	}
	a.struck, a.Status = true, Done
	if dropped {
		a.Status = NotPlanned
	}
}

// notNeededRe is a note after a struck title, past its dash or
// parenthesis, that says the task is not needed: "(not needed — …)",
// "(no longer needed)".
var notNeededRe = lazyRe(`(?i)^(?:not|no longer)\s+(?:needed|required|necessary|planned)\b`)

// noStatus reports a Status cell that says nothing: empty or a dash.
func noStatus(val string) bool {
	switch strings.TrimSpace(val) {
	case "", "-", "–", "—", "n/a", "N/A":
		return true
	}
	return false
}

func (p *parser) tableField(a *Action, key string, v Span) {
	val := p.doc.Text(v)
	switch key {
	case colAction:
		p.titleCell(a, v)
	case colStatus:
		a.Status, a.StatusSpan = p.cellStatus(val), v
	case colPercent, colClosedOn:
		p.closingCell(a, key, val)
	case colResolved:
		if st := parseStatus(val); st != Open && a.Status != NotPlanned {
			a.Status = st // "RESOLVED" with "WONTFIX" was not done
		}
	default:
		if key == colIssue {
			val, v = p.issueCellState(a, val, v)
		}
		if n := boldDoneMark(val); n > 0 {
			if a.Status == Open {
				a.Status = Done
			}
			a.doneSpan = Span{v.Start + n, v.End}
			val, v.End = strings.TrimSpace(val[:n]), v.Start+n
		}
		setField(a, key, strings.ReplaceAll(val, `\|`, "|"), v)
	}
}

// issueCellState reads the state written after an issue's number in its
// cell as the work's ("lumenlane/platform#311 ✅ Closed"), where no
// other cell closed it, and returns the cell less it.
func (p *parser) issueCellState(a *Action, val string, v Span) (string, Span) {
	at := issueState(val)
	if at == 0 {
		return val, v
	}
	st := p.cellStatus(strings.TrimSpace(val[at:]))
	if st == Open {
		return val, v
	}
	if a.Status == Open {
		a.Status = st
	}
	return strings.TrimSpace(val[:at]), Span{v.Start, v.Start + at - 1}
}

// issueState returns where the state written after an issue's number in
// its cell starts ("lumenlane/platform#311 ✅ Closed", "#52 ⛔ Won't
// do"), or 0 where nothing follows the number.
func issueState(val string) int {
	i := strings.IndexByte(val, '#')
	if i < 0 {
		return 0
	}
	j := i + 1
	for j < len(val) && val[j] >= '0' && val[j] <= '9' {
		j++
	}
	if j == i+1 || j+1 >= len(val) || val[j] != ' ' {
		return 0
	}
	return j + 1
}

// boldDoneMark finds a bold done word closing a cell of another column,
// "b/1201 **DONE**", and returns where it starts; 0 when there is none.
func boldDoneMark(val string) int {
	if !strings.HasSuffix(val, "**") || len(val) < 6 {
		return 0
	}
	i := strings.LastIndex(val[:len(val)-2], "**")
	if i <= 0 || val[i-1] != ' ' || parseStatus(val[i+2:len(val)-2]) != Done {
		return 0
	}
	return i
}

// setField sets one of owner, due, priority, milestone or issue from a
// value and its span.
func setField(a *Action, key, val string, v Span) {
	raw := val
	val = strings.TrimSpace(trimBytes(val, &valueMarks))
	switch key {
	case colOwner:
		if surnameInitial(raw) {
			val = strings.TrimSpace(raw) // "Ana R.": the dot is the name's
		}
		a.Owner, a.OwnerSpan = ownerLogin(val), v
	case colDue:
		if m := dueLabel(val); m != nil {
			val, v.Start = val[m[1]:], v.Start+m[1] // "Target date: 1/15/2027"
		}
		if d, ok := outlineDate(val); ok {
			val = d // "[[date:2026-12-11]]", an outliner's link to a day's page
		}
		a.DueRaw, a.DueSpan = val, v
		a.Due, _ = readDue(val)
	case colPriority:
		a.Priority, a.PrioritySpan = strings.ToUpper(val), v
	case colMilestone:
		a.Milestone, a.MilestoneSpan = val, v
	case colIssue:
		a.Issue, a.IssueSpan = issueNumber(val), v
	}
}

// ownerLogin reads an owner as written; "unassigned", "TBD" and template
// placeholders mean there is none.
func ownerLogin(s string) string {
	if len(s) > 1 && s[0] == '@' && isPlainLogin(s) {
		return s[1:] // "@dana", as most owners are written
	}
	return ownerLoginInFull(s)
}

// ownerLoginInFull is ownerLogin without the quick reading of a plain
// mention.
func ownerLoginInFull(s string) string {
	if nobodyOwner(s) {
		return ""
	}
	if len(s) > 3 && strings.HasPrefix(s, "[~") && strings.HasSuffix(s, "]") {
		return s[2 : len(s)-1] // Jira's mention of a user, "[~bob]"
	}
	if name, ok := wikiMention(s); ok {
		return name
	}
	if name, ok := mailChip(s); ok {
		return name
	}
	if projectTag(s) {
		return s[1:] // "#maps-cartography": the team the project tag names
	}
	if IsPlaceholder(s) {
		return ""
	}
	if mayListOwners(s) {
		if m := ownerListRe.FindStringSubmatch(s); m != nil {
			return m[1][1:] // "@bob, @cy": an issue has one assignee, the first
		}
	}
	if login, ok := parenLogin(s); ok {
		return login
	}
	if login, ok := trackerNick(s); ok {
		return login
	}
	if noOwnerNote(s) {
		return ""
	}
	if first, ok := firstListed(s); ok {
		return ownerLogin(first)
	}
	if n := withoutRole(s); n != s && nameRe.MatchString(n) {
		return n // "S. Meier (User Office)": the name, not where they sit
	}
	return strings.TrimPrefix(s, "@")
}

// surnameInitial reports a name that ends with the initial of the
// surname, "Ana R.".
func surnameInitial(s string) bool {
	s = strings.TrimSpace(s)
	n := len(s)
	return n >= 4 && s[n-1] == '.' && s[n-2] >= 'A' && s[n-2] <= 'Z' && s[n-3] == ' ' && nameRe.MatchString(s)
}

// dueLabelRe is a label before a due date in its cell, where the
// column holds iterations as well: "Target date: 1/15/2027".
var dueLabelRe = lazyRe(`^(?i:target date|due date|due|target)\s*:\s*`)

// dueLabel is dueLabelRe.FindStringIndex, tried only on a value that
// opens with the first letter of a label: most are the date alone.
func dueLabel(val string) []int {
	if len(val) < 4 || val[0]|0x20 != 'd' && val[0]|0x20 != 't' {
		return nil
	}
	return dueLabelRe.FindStringIndex(val)
}

// outlineDate reads the day an outliner links as its date node,
// "[[date:2026-12-11]]".
func outlineDate(v string) (string, bool) {
	d, ok := strings.CutPrefix(v, "[[date:")
	if !ok || !strings.HasSuffix(d, "]]") {
		return "", false
	}
	return strings.TrimSpace(d[:len(d)-2]), true
}

// wikiMention reads a person as a wiki writes the mention, "@<Jonah
// Whitcombe>" (Azure DevOps), or as an outliner links the person's
// page, "[[Olivier Gagnon]]": the name.
func wikiMention(s string) (string, bool) {
	if len(s) > 3 && strings.HasPrefix(s, "@<") && strings.HasSuffix(s, ">") {
		return strings.TrimSpace(s[2 : len(s)-1]), true
	}
	if len(s) > 4 && strings.HasPrefix(s, "[[") && strings.HasSuffix(s, "]]") {
		if name := strings.TrimSpace(s[2 : len(s)-2]); name != "" && !strings.ContainsAny(name, "[]:|") {
			return name, true
		}
	}
	return "", false
}

// mailChip reads a person as a document exported from an editor writes
// its people chip, a link to the address, "[Ana Ruiz](mailto:ana@…)":
// the name.
func mailChip(s string) (string, bool) {
	if len(s) < 12 || s[0] != '[' || s[len(s)-1] != ')' {
		return "", false
	}
	name, target, ok := strings.Cut(s[1:len(s)-1], "](mailto:")
	if !ok || name == "" || strings.ContainsAny(name, "[]") || strings.ContainsAny(target, " ()") {
		return "", false
	}
	return strings.TrimSpace(name), true
}

// ownerListSeps are what lists owners: "Tom Reilly; Priya Suresh",
// "M. Öztürk / L. Fischer", "Mei Tanaka and Ollie Park", "@ana @bo".
var ownerListSeps = []string{"; ", " / ", " and ", " & ", ", ", " "}

// firstListed returns the first of a list of people written as names
// or logins, who owns the action as an issue's one assignee does.
func firstListed(s string) (string, bool) {
	if !strings.Contains(s, " ") {
		return "", false // one word names one owner
	}
	for _, sep := range ownerListSeps {
		if !strings.Contains(s, sep) || sep == " " && s[0] != '@' {
			continue // logins alone are listed by spaces
		}
		names := strings.Split(s, sep)
		if sep == ", " && roleTitles[strings.ToLower(names[0])] {
			return "", false // "Manager, Customer Communications": a role and its unit
		}
		for i, n := range names {
			n = withoutRole(strings.TrimSpace(n))
			names[i] = n
			login := n != "" && n[0] == '@' && isPlainLogin(n)
			if !login && (sep == " " || !nameRe.MatchString(n)) {
				return "", false // "@Hanne Solberg" is one person
			}
		}
		return strings.TrimSpace(names[0]), true
	}
	return "", false
}

// roleTitles are the words of a role written before its unit after a
// comma, as an organisation chart writes them.
var roleTitles = wordSet(`manager director head officer coordinator lead chief supervisor engineer administrator
analyst controller executive specialist`)

// withoutRole returns a listed owner without the role written after
// the name in parentheses: "Ana Ruiz (lead)" is Ana Ruiz.
func withoutRole(n string) string {
	if i := strings.IndexByte(n, '('); i > 0 && strings.HasSuffix(n, ")") && !strings.HasPrefix(n[i:], "(@") {
		return strings.TrimSpace(n[:i])
	}
	return n
}

// trackerNick reads the nick of an owner written as a bug tracker
// writes a user, "Wren Halloway [:wren]".
func trackerNick(s string) (string, bool) {
	i := strings.LastIndex(s, "[:")
	if i <= 0 || !strings.HasSuffix(s, "]") {
		return "", false
	}
	nick := s[i+2 : len(s)-1]
	return nick, isPlainLogin(nick)
}

// noOwnerNote reports an owner cell that says nobody has it, with a
// note after: "Nobody; OK to take it and work on it", "Unassigned —
// looking for a volunteer".
func noOwnerNote(s string) bool {
	word, rest, ok := strings.Cut(s, " ")
	if !ok {
		return false
	}
	word = strings.TrimRight(strings.ToLower(word), ";,.:")
	return (word == "nobody" || word == "unassigned") && (len(word) < len(s) && strings.ContainsRune(";,.:", rune(s[len(word)])) || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-"))
}

// mayListOwners is the quick test of ownerListRe: a list of mentions
// opens with one and holds another.
func mayListOwners(s string) bool {
	return len(s) > 1 && s[0] == '@' && strings.IndexByte(s[1:], '@') >= 0
}

// parenLogin reads the login of an owner written "Name (@login)".
func parenLogin(s string) (string, bool) {
	i := strings.LastIndex(s, "(@")
	if i <= 0 || !strings.HasSuffix(s, ")") {
		return "", false
	}
	login := s[i+2 : len(s)-1]
	return login, isPlainLogin(login)
}

var issueRe = lazyRe(`(?:#|/issues/|/pull/)(\d+)\b`)

func issueNumber(s string) int {
	if m := issueRe.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

func parseStatus(s string) Status {
	if t := strings.TrimSpace(s); len(t) >= 4 && t[0] == '1' && (t == "100%" || t == "100 %") {
		return Done // progress at its end
	}
	n := normalize(strings.Trim(withoutFootnote(unstruck(s)), "~"))
	switch n {
	case "done", "closed", "complete", "completed", "fixed", "resolved", "finished", "shipped", "yes", "[x]", "(/)", "✅", "✔", "✔️", "✓", "☑", "☑️", "x",
		"in production", "in prod", "rolled out", "fully rolled out":
		return Done
	}
	if notPlannedStates[n] {
		return NotPlanned
	}
	if st, ok := workOrderStates[n]; ok {
		return st
	}
	if st, ok := localState(n); ok {
		return st // "erledigt", "wird nicht umgesetzt", "対応済み"
	}
	if st := statusWords(n); st != Open {
		return st
	}
	if rest, ok := iconLed(strings.TrimSpace(s)); ok {
		return parseStatus(rest) // "⚫ Descartado": a table tool's colour dot before the state
	}
	if rest, ok := colourLed(strings.TrimSpace(s)); ok {
		return parseStatus(rest) // "Grey — cancelled: fixed upstream"
	}
	if first, ok := firstCellLine(s); ok {
		return parseStatus(first) // "Done<br>(Nov 26)"
	}
	return Open
}

// firstCellLine returns the first line of a cell that an HTML break
// parts into lines, as a converter writes a cell of a word processor's
// table: "Done<br>(Nov 26)"; ok is false where there is no break.
func firstCellLine(s string) (string, bool) {
	i := strings.IndexByte(s, '<')
	if i <= 0 || !strings.HasPrefix(s[i:], "<br") {
		return "", false
	}
	return s[:i], true
}

// colourLed returns the words after a colour's name and a dash that
// open a status, as a task table whose Status is a traffic light writes
// what each light means: "Green — closed", "Grey – cancelled: …". The
// colour alone says nothing a reader can be sure of; the words do.
func colourLed(s string) (string, bool) {
	word, rest, ok := strings.Cut(s, " ")
	if !ok || len(word) < 3 || len(word) > 6 || !statusColours[strings.ToLower(word)] {
		return "", false
	}
	rest = strings.TrimLeft(rest, " ")
	for _, dash := range []string{"—", "–", "-", ":"} {
		if after, ok := strings.CutPrefix(rest, dash); ok && strings.TrimSpace(after) != "" {
			return strings.TrimSpace(after), true
		}
	}
	return "", false
}

// statusColours are the colours of a traffic-light status.
var statusColours = wordSet("red amber green grey gray yellow orange blue white black purple")

// notPlannedStates are the states, whole, that close work as not
// planned: a Status cell's, or a heading's over the work it dropped
// ("### Not doing (1)", as an incident tool groups its follow-ups).
var notPlannedStates = map[string]bool{
	"not planned": true, "won't do": true, "wont do": true, "won't fix": true, "wontfix": true, "cancelled": true,
	"canceled": true, "dropped": true, "rejected": true, "will not do": true, "skipped": true, "removed": true,
	"not doing": true, "declined": true, "descoped": true, "not pursued": true, "not pursuing": true, "not taken forward": true,
	"out of scope": true, "accepted risk": true, "risk accepted": true, // closed without the work
	"no longer needed": true, "no longer required": true,
	"⛔": true, "🚫": true, // a no-entry sign alone: the work was stopped
}

// workOrderStates are the status codes a maintenance tool's work order
// writes, whole, in a Status cell: "COMP" and "CLOSE" finish it, "CAN"
// cancels it ("INPRG", "APPR", "WAPPR" leave it open).
var workOrderStates = map[string]Status{"comp": Done, "close": Done, "can": NotPlanned}

// withoutFootnote returns a status without the footnote reference that
// ends it: "withdrawn[^2]".
func withoutFootnote(s string) string {
	if i := strings.LastIndex(s, "[^"); i > 0 && strings.HasSuffix(s, "]") {
		return s[:i]
	}
	return s
}

// Words that open a status written at more length: "✅ Done", "Closed
// (#412)", "Shipped in v4.2", "Won't do: replaced by the proxy".
var (
	doneStatusWords = wordSet(`done closed complete completed fixed resolved finished shipped merged landed released
deployed implemented delivered verified live addressed applied fertig erledigt abgeschlossen hecho terminado completado cerrado fait terminé`)
	notPlannedWords = wordSet(`won't wont won’t cancelled canceled dropped rejected declined abandoned obsolete superseded
descoped duplicate invalid wontfix archived skipped removed withdrawn parked shelved`)
	// notDoneWords open a status that a check mark before it does not
	// make done: "✅ in progress" is not finished.
	notDoneWords = wordSet(`not in partially partly pending todo open blocked wip ongoing started`)
	// notPlannedAfterNot close work after "not": "Not planned", "Not
	// doing: covered by …", "not pursued", "Not proceeding (cost)".
	notPlannedAfterNot = wordSet(`planned doing pursued pursuing needed required necessary proceeding proceeded progressing progressed`)
)

// notApplicableRest reports the reason after "N/A" that drops the work:
// "- not needed", "– duplicate of #12", "(out of scope)".
func notApplicableRest(rest string) bool {
	rest = strings.TrimLeft(rest, " -–—:,(")
	return rest != "" && (notPlannedStates[strings.TrimRight(rest, ")")] || statusWords(rest) == NotPlanned)
}

// statusWords reads a status by its first word and the check mark
// before it; what it does not know is open.
func statusWords(n string) Status {
	checked := false
	if m := doneLeadRe.FindStringIndex(n); m != nil {
		n, checked = n[m[1]:], true
	} else if m := markLead(n); m > 0 {
		n = n[m:] // "❌ 不做了", "🔄 进行中": the words say the state
	}
	word, rest, _ := strings.Cut(strings.TrimSpace(n), " ")
	if word == "" {
		if checked {
			return Done
		}
		return Open
	}
	first := strings.Trim(stateWordOnly(word), ",.;:!()[]-–—")
	second, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if first == "already" && rest != "" {
		return alreadyState(rest) // "Already in place", "already shipped"
	}
	switch {
	case first == "in" && strings.Trim(second, ",.;:!()") == "place", first == "rolled" && strings.Trim(second, ",.;:!()") == "out":
		return Done // "In place since 3 Nov", "Rolled out 2026-11-02"
	case doneStatusWords[first] && notPlannedWords[strings.Trim(second, ",.;:!()[]-–—")]:
		return NotPlanned // "Closed Skipped", "Resolved – Duplicate"
	case doneStatusWords[first]:
		return Done
	case notPlannedWords[first], first == "not" && notPlannedAfterNot[second], first == "will" && second == "not":
		return NotPlanned
	case checked && !notDoneWords[first]:
		return Done
	case notApplicableWords[first] && notApplicableRest(rest):
		return NotPlanned // "N/A - not needed": it does not apply
	}
	if st, ok := localState(first); ok {
		return st // "Erledigt am 3.3.", "terminé (v4.2)"
	}
	return Open
}

// markLead returns the length of a mark of work under way or dropped
// that opens a status, with the spaces after it, where words follow it;
// 0 otherwise.
func markLead(n string) int {
	if n == "" || n[0] < 0xE2 {
		return 0
	}
	for _, re := range []*lazyRegexp{openLeadRe, droppedLeadRe} {
		if m := re.FindStringIndex(n); m != nil && m[1] < len(n) {
			return m[1]
		}
	}
	return 0
}

// stateWordOnly returns a state without what is written on to it with
// no space, as scripts without spaces between words write a note:
// "完了（11/20）", "済【PR #12】", "完了、11/20", and Arabic's comma after
// a state: "أُلغي، لم يعد ضرورياً".
func stateWordOnly(word string) string {
	if i := strings.IndexAny(word, "(（【［「、，：:،"); i > 0 {
		return word[:i]
	}
	return word
}

var linkRe = lazyRe(`!?\[([^\]]*)\]\([^)]*\)`)

// plainTitle drops Markdown link syntax and emphasis from an action's
// title; the text of links and code spans stays.
func plainTitle(s string) string {
	if strings.Contains(s, "](") {
		s = linkRe.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "**") || strings.Contains(s, "__") || strings.Contains(s, "~~") || strings.Contains(s, "</") || strings.Contains(s, "%%") || strings.Contains(s, ")--") {
		s = emphasis.Replace(s)
	}
	if tag, ok := openingStrike(s); ok && tag[0] == "~" && strings.HasSuffix(s, "~") && !singleStrikeOpen(tag, s, len(s)-1) {
		s = s[1 : len(s)-1] // "~Move to Kafka~"
	}
	if singleSpaced(s) {
		return s // as most titles are, which Fields and Join would copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// emphasis drops the marks of strong emphasis and of strikethrough.
var emphasis = strings.NewReplacer(emphasisMarks()...)

// emphasisMarks returns the marks emphasis drops, each with "".
func emphasisMarks() []string {
	marks := []string{"**", "", "__", ""}
	for _, tag := range strikeTags {
		marks = append(marks, tag[0], "")
		if tag[1] != tag[0] {
			marks = append(marks, tag[1], "")
		}
	}
	return marks
}

// singleSpaced reports whether s is its words joined by single spaces:
// no white space at its ends, and none between its words but one space.
func singleSpaced(s string) bool {
	space := true // as if a space came before s
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return singleSpacedRunes(s) // most titles are ASCII, read a byte at a time
		}
		if c == ' ' && space || asciiSpaces[c] {
			return false
		}
		space = c == ' '
	}
	return !space || s == ""
}

// asciiSpaces are the ASCII bytes unicode.IsSpace takes, but the space.
var asciiSpaces = byteSet("\t\n\v\f\r")

// singleSpacedRunes is singleSpaced read a rune at a time.
func singleSpacedRunes(s string) bool {
	space := true
	for _, r := range s {
		if r == ' ' && space || r != ' ' && unicode.IsSpace(r) {
			return false
		}
		space = r == ' '
	}
	return !space || s == ""
}

func (p *parser) list(n *ast.List) {
	if p.orgFields(n) || p.labelledFields(n) || p.headingActionList(n) {
		for li := n.FirstChild(); li != nil; li = li.NextSibling() {
			p.walkItem(li)
		}
		return
	}
	key, name := p.sectionKey()
	if key == "remediation" && (p.inAside() || p.asideLead(n)) {
		key = "" // "### Open questions" under the action list: no work
	}
	if key == "" && p.openTaskList(n) {
		key, name = "remediation", p.lastSectionName() // "## Fixes" over "- [ ] …"
	}
	p.eventGroup++
	p.roomFor(n, key)
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		if p.deletedItem(li) {
			continue
		}
		p.sectionItem(li)
		outer, before := p.itemAction, len(p.doc.Actions)
		switch key {
		case "remediation", SectionRecord:
			p.actionItem(li, name)
		case SectionResolution:
			p.resolutionStep(li) // "## Mitigation": what was done
		}
		if len(p.doc.Actions) == before+1 {
			p.itemAction = before + 1 // blocks under the item may give its fields
		}
		p.walkItem(li)
		p.itemAction = outer
	}
	p.closeColonLabel(n)
}

// roomFor makes room at once for what the items of a list under the
// section key add, one each: the section's items, and the actions of an
// action section or the entries of a timeline. Grown from one at a time,
// as large as an action or an entry is, they were copied over and over.
func (p *parser) roomFor(n *ast.List, key string) {
	items := n.ChildCount()
	if s := p.openSection(); s != nil {
		s.Items = slices.Grow(s.Items, items)
	}
	switch key {
	case "remediation", SectionRecord:
		p.doc.Actions = slices.Grow(p.doc.Actions, items)
	case "timeline", "what_happened":
		p.doc.Events = slices.Grow(p.doc.Events, items)
	}
}

// openTaskList reports a task list under a heading that names no
// section, in a document with no action heading, as a notes tool's
// checklist of fixes stands under whatever heading its team wrote:
// every item opens with a task box and one box at least is unticked, so
// the list is the work still to do.
func (p *parser) openTaskList(n *ast.List) bool {
	if len(p.doc.Sections) == 0 || p.inRecord() || p.inAside() || p.actionHeadings() > 0 {
		return false
	}
	open := false
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		text := firstText(li)
		if text == nil {
			return false
		}
		mark, ok := checkbox(p.src[linesSpan(text).Start:linesSpan(text).End])
		if !ok {
			return false
		}
		open = open || mark == ' '
	}
	return open
}

// actionHeadings counts, once, the document's headings that name an
// action section.
func (p *parser) actionHeadings() int {
	if p.actionHeads == 0 {
		p.actionHeads = 1
		for c := p.root.FirstChild(); c != nil; c = c.NextSibling() {
			if h, ok := c.(*ast.Heading); ok && p.headingKey(p.doc.Text(linesSpan(h))) == "remediation" {
				p.actionHeads++
			}
		}
	}
	return p.actionHeads - 1
}

// lastSectionName is the name of the section the parser is in.
func (p *parser) lastSectionName() string {
	return p.doc.Sections[len(p.doc.Sections)-1].Name
}

// actionItem reads an item of an action list: an action, with the
// fields its nested items give ("- Owner: @a"), or a group label
// ("- Short term:") whose nested items are the actions.
func (p *parser) actionItem(li ast.Node, name string) {
	nested := nestedList(li)
	fields, isFields := p.itemFieldLines(nested)
	if nested != nil && !isFields && p.groupLabel(li) {
		for sub := nested.FirstChild(); sub != nil; sub = sub.NextSibling() {
			p.actionItem(sub, name)
		}
		return
	}
	n := len(p.doc.Actions)
	p.fieldsUnder = isFields
	p.listAction(li, name)
	p.fieldsUnder = false
	if isFields && len(p.doc.Actions) == n+1 {
		p.nestedFields(&p.doc.Actions[n], fields)
	}
	if !isFields && len(p.doc.Actions) == n+1 && p.subTasks(li, nested) {
		for sub := nested.FirstChild(); sub != nil; sub = sub.NextSibling() {
			p.actionItem(sub, name)
		}
	}
}

// subTasks reports a list nested in a task whose items are all tasks,
// each opening with a task box or a mark of state ("- ◐ Alert on lag"
// over "  - ☐ Write the check"), as a tracker's sub-tasks are listed
// under their parent: each is an action of its own.
func (p *parser) subTasks(li ast.Node, nested *ast.List) bool {
	if nested == nil || !p.opensWithBox(li) {
		return false
	}
	for sub := nested.FirstChild(); sub != nil; sub = sub.NextSibling() {
		if !p.opensWithBox(sub) {
			return false
		}
	}
	return true
}

// opensWithBox reports an item whose text opens with a task box or a
// mark of state.
func (p *parser) opensWithBox(li ast.Node) bool {
	text := firstText(li)
	if text == nil {
		return false
	}
	b := p.src[linesSpan(text).Start:linesSpan(text).End]
	_, box := checkbox(b)
	_, task := p.taskBox(b)
	return box || task || stateMarkLen(b) > 0
}

// nestedList returns the list nested in an item, or nil.
func nestedList(li ast.Node) *ast.List {
	for c := li.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			return l
		}
	}
	return nil
}

// groupLabel reports whether an item with a nested list only labels a
// group of actions: a few words without a task box or fields, or words
// ending with a colon ("Short term", "Long term (Q1 2027):").
func (p *parser) groupLabel(li ast.Node) bool {
	text := firstText(li)
	if text == nil {
		return true
	}
	t := strings.TrimSpace(p.doc.Text(linesSpan(text)))
	if strings.HasPrefix(t, "[") {
		return false // a task box
	}
	return strings.HasSuffix(strings.TrimRight(t, "*_"), ":") || len(strings.Fields(t)) <= 3 && !strings.ContainsAny(t, "@#—(") || tallyEnd(t)
}

// tallyEnd reports a label that ends with a tally of its items done, in
// parentheses: "Tasklist: Follow-ups (2/6 done)", "Subtasks (2/6)", as a
// tracker heads a list of tasks; a task is never written so.
func tallyEnd(t string) bool {
	t = strings.TrimRight(t, "*_ ")
	open := strings.LastIndexByte(t, '(')
	if open < 0 || !strings.HasSuffix(t, ")") {
		return false
	}
	in := t[open+1 : len(t)-1]
	n := digitRunEnd(in, 0)
	if n == 0 || n+1 >= len(in) || in[n] != '/' {
		return false
	}
	m := digitRunEnd(in, n+1)
	return m > n+1 && (m == len(in) || in[m] == ' ')
}

// itemFieldLines reads the items of a nested list that are all "Label:
// value" fields ("- Owner: @lee", "- Due: 2026-11-01"); ok is false
// when one is anything else.
func (p *parser) itemFieldLines(l *ast.List) (fields []headingFieldLine, ok bool) {
	if l == nil {
		return nil, false
	}
	for sub := l.FirstChild(); sub != nil; sub = sub.NextSibling() {
		text := firstText(sub)
		if text == nil {
			return nil, false
		}
		f, ok := p.fieldLines(text)
		if !ok {
			return nil, false
		}
		fields = append(fields, f...)
	}
	return fields, len(fields) > 0
}

// nestedFields gives an action the fields of its nested items.
func (p *parser) nestedFields(a *Action, fields []headingFieldLine) {
	for _, f := range fields {
		if f.key == colStatus {
			if a.Status == Open {
				a.Status = parseStatus(p.doc.Text(f.value))
			}
			a.statusLine = f.value
			continue
		}
		p.headingField(a, f.key, f.value)
	}
}

// walkItem records the prose of a list item and walks its nested blocks.
func (p *parser) walkItem(li ast.Node) {
	for c := li.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			p.addTextProse(c, "item")
			p.inlineComments(c)
			p.labelledProse(c)
			p.itemDate(c)
			p.itemZoneNote(c)
			if p.outliner {
				p.summaryProse(c, &paragraphText{text: p.doc.Text(linesSpan(c)), shared: true}) // an outliner's summary, a line an item
			} else {
				p.proseItem(c)
			}
			if key, _ := p.sectionKey(); fieldsLiveIn(key) || key == "additional_info" && p.notesFieldList(li.Parent()) {
				p.keyValueLines(c)
			} else if key == "what_happened" {
				p.timeFieldLines(c)
			}
			p.itemDotted = li.Parent() != nil && p.dottedList(li.Parent())
			p.eventLines(c)
			p.itemDotted = false
		case *ast.List:
			if p.outlinerSection(li, c) || p.outlineSection(li, c) {
				continue
			}
			for sub := c.FirstChild(); sub != nil; sub = sub.NextSibling() {
				p.walkItem(sub)
			}
		default:
			p.block(c)
		}
	}
}

// proseItem reads a list item written as the story's prose, as meeting
// notes put each speaker's point in a bullet ("- Shazia: we **noticed at
// 16:52** when a driver radioed control …"), for the moments its clauses
// tell, as the summary's are read: an item of sentences with a clock in
// it, outside the follow-ups, the record and the timeline, and not one
// that opens with its time (an entry).
func (p *parser) proseItem(c ast.Node) {
	span := linesSpan(c)
	if !span.Valid() || span.Len() < proseItemMin {
		return
	}
	b := p.src[span.Start:span.End]
	if lead := bytes.TrimLeft(b, "*_`[( "); len(lead) == 0 || isDigit(lead[0]) || bytes.IndexByte(b, ':') < 0 || !bytes.Contains(b, []byte(". ")) && b[len(b)-1] != '.' {
		return // "**11:58** — Storage alert pages on-call; …": an entry
	}
	switch key, _ := p.sectionKey(); key {
	case "", "what_happened", "short_summary", "impact", "additional_info":
		p.readSummaryProse(c, &paragraphText{text: p.doc.Text(span), shared: true})
	}
}

// proseItemMin is the shortest item read as prose: a sentence or two.
const proseItemMin = 60
