package postmortem

import (
	"bytes"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// sectionItem records a top-level list item of the current section.
func (p *parser) sectionItem(li ast.Node) {
	text, s := firstText(li), p.openSection()
	if text == nil || s == nil {
		return
	}
	span := linesSpan(text)
	s.Items = append(s.Items, Block{Span: span, Text: p.doc.Text(span)})
}

// openSection returns the last section that has not ended, or nil when
// there is none: a container that has ended holds nothing that follows it.
func (p *parser) openSection() *Section {
	secs := p.doc.Sections
	for i := len(secs) - 1; i >= 0; i-- {
		if !secs[i].closed {
			return &secs[i]
		}
	}
	return nil
}

// firstText returns the paragraph or text block that opens a list item.
func firstText(li ast.Node) ast.Node {
	switch c := li.FirstChild(); c.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return c
	}
	return nil
}

// checkbox reports the task box "[ ]", "[x]" or "[X]" that opens b, and
// the mark in it.
func checkbox(b []byte) (mark byte, ok bool) {
	if len(b) < 3 || b[0] != '[' || b[2] != ']' || b[1] != ' ' && b[1] != 'x' && b[1] != 'X' {
		return 0, false
	}
	return b[1], true
}

// listAction reads a list item of an action section as an action.
func (p *parser) listAction(li ast.Node, section string) {
	if text := firstText(li); text != nil {
		n := len(p.doc.Actions)
		p.readAction(p.chatItem(li, linesSpan(text)), section)
		if len(p.doc.Actions) == n+1 && groupLabelOnly(&p.doc.Actions[n], p.doc.Text(linesSpan(text))) {
			p.doc.Actions = p.doc.Actions[:n] // "- **Short term**": the items after it are the group's
		}
	}
}

// readAction reads the text of an item, a line or an "**Action item:**"
// paragraph as an action: a task box, marks that say it is done, the
// title and its fields. What reads as a record of a step already taken
// is kept as a step instead.
func (p *parser) readAction(span Span, section string) {
	a := Action{Form: ListItem, Section: section, Line: p.doc.Line(span.Start)}
	a.Span = Span{p.doc.LineSpan(a.Line).Start, span.End}
	body := span.Start
	if mark, ok := checkbox(p.src[span.Start:span.End]); ok {
		a.StatusSpan = Span{span.Start, span.Start + 3}
		if mark != ' ' {
			a.Status = Done
		}
		body = a.StatusSpan.End
	} else if st, ok := p.taskBox(p.src[span.Start:span.End]); ok {
		a.StatusSpan, a.Status = Span{span.Start, span.Start + 3}, st
		body = a.StatusSpan.End
	}
	item := trimSpan(p.src, Span{body, span.End})
	item.Start += tagLead(p.src[item.Start:item.End])
	a.boxAt = item.Start
	item = p.todoTag(&a, item)
	item = p.plannerTail(&a, p.outlinerMarker(&a, p.outlinerProps(&a, item)))
	item = p.wikiOwner(&a, p.endDue(&a, p.bracketAttrs(&a, p.taskEmojiFields(&a, item))))
	item = p.doneMarks(&a, p.doneDates(&a, p.stateLead(&a, item)))
	item = p.byDue(&a, p.subjectOwner(&a, p.leadMarks(&a, item)))
	item = p.lessonArrow(item, section)
	if item.Len() == 0 {
		return
	}
	if p.inRecord() && p.doneAction(a, item) {
		return
	}
	if p.inRecord() || a.StatusSpan == (Span{}) && !openBallot(p.src[a.boxAt:]) && p.recordStep(&a, item) {
		p.addStep(item)
		return
	}
	p.itemFields(&a, item)
	p.struckTitle(&a, item)
	p.decidedAgainst(&a, item)
	if whole := p.doc.Text(item); noWorkTitle(a.Title) || asideItem(&a, a.Title, whole) || writeUpRole(whole) || listNote(whole) {
		return // "None.", "Note: …", "Dashboard: [latency](…)": nothing to do
	}
	if isAction(&a) {
		p.dropUnder(&a)
		p.doc.Actions = append(p.doc.Actions, a)
	}
}

// recordStep reports whether an item outside a record section tells of
// a step taken. One opening with a verb whose past is the same word
// ("Put", "Set") is an action when it is marked done or names its owner:
// "Put the override in the runbook (@hal) — Done ✅", "Put the temp
// files on a volume of their own. Owner: @hal.", or with its owner and
// state in items nested under it ("- Owner: Rhys", "- Status: done").
func (p *parser) recordStep(a *Action, item Span) bool {
	text := p.doc.Text(p.shortTitle(item))
	telegraphic := false
	if !isRecordStep(text) && !localPastStep(text) {
		if telegraphic = p.fixSection() && telegraphicStep(text); !telegraphic {
			return false
		}
	}
	first, _, _ := strings.Cut(plainTitle(text), " ") // "~~Reset the clock~~": the verb is "Reset"
	if !samePastVerbs[strings.ToLower(first)] && !telegraphic {
		return true
	}
	if _, name := p.sectionKey(); anyFold(name, workNames) {
		return false // "Put log rotation in the checklist" under "Follow-ups" is to be done
	}
	whole := p.doc.Text(item)
	return a.doneSpan == (Span{}) && !p.fieldsUnder && !strings.Contains(text, "(@") && !ownerAnywhereRe.MatchString(whole) && !parenOwnerDueRe.MatchString(whole)
}

// fixSection reports a section of the follow-ups' key whose heading
// names the fix or the response ("Remediation", "Mitigation", "What we
// did"), not the work to come ("Action items", "Next steps",
// "Follow-ups"): there a note-like "Cache flushed at 14:20" is a step
// taken; in a list of work it may state the aim ("Runbook updated with
// the failover query").
func (p *parser) fixSection() bool {
	_, name := p.sectionKey()
	return name != "" && !anyFold(name, workNames) && anyFold(name, fixNames)
}

var (
	fixNames  = []string{"remediat", "mitigat", "resolution", "recovery", "response", "what we did", "fix", "immediate", "workaround", "containment", "restor"}
	workNames = []string{"action", "follow", "todo", "to do", "to-do", "next", "prevent", "improve", "task", "future", "plan", "long"}
)

// parenOwnerDueRe is an owner and a due date in parentheses ending an
// item, "(Dwayne, Dec 11)": work someone is to do, no step taken.
var parenOwnerDueRe = lazyRe(`\(\s*@?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*[^()]*\d[^()]*\)\s*$`)

// samePastVerbs are verbs whose past is written as the imperative.
var samePastVerbs = wordSet("put set reset cut shut split spread")

// trackerKeyExpr is an issue's key in another tracker: "PAY-2211".
const trackerKeyExpr = `[A-Z][A-Z0-9]+-\d+`

var (
	// idLeadRe: an id that opens an action, "AI-1:", "A3.", "Action 2 —",
	// "#4)", or another tracker's key, "PAY-2211 —". It is no part of
	// the title.
	idLeadRe = lazyRe(`^(?:(?i:AI|AR|A|action(?: item)?|item|task|follow[- ]?up)\s?[-#]?\s?\d+|#\d+|` + trackerKeyExpr + `)\s*(?:[:.)]|\s[—–-])\s*`)
	// keyLinkRe: a link to another tracker's issue opening an item, its
	// text the issue's key alone: "[BILL-3402](https://…) ".
	keyLinkRe = lazyRe(`^\[` + trackerKeyExpr + `\]\([^)\s]*\)\s*(?:[:—–-]\s*)?`)
	// priorityLeadRe: a priority in brackets opening an item, "[P0] ".
	priorityLeadRe = lazyRe(`^\[(P[0-4])\]\s+`)
	// todoOwnerRe: "TODO(@ops-rota): …", the owner in the parentheses;
	// "TODO: …" without one, or with marks of one unknown, "TODO(???)":
	// the item is still to do.
	todoOwnerRe = lazyRe(`^(?i:todo|fixme)(?:\s*\((?:(@?[A-Za-z0-9][A-Za-z0-9_.-]*)|\?+)\)\s*:?|\s*:)\s*`)
)

// leadMarks reads what opens an item before its title: an id, or a
// TODO with its owner.
func (p *parser) leadMarks(a *Action, item Span) Span {
	item = p.droppedLead(a, item)
	if m := priorityLead(p.src[item.Start:item.End]); m != nil && m[1] < item.Len() {
		p.itemField(a, colPriority, Span{item.Start + m[2], item.Start + m[3]}) // "[P0] Delete the keys"
		item.Start += m[1]
	}
	b := p.src[item.Start:item.End]
	if len(b) > 0 && b[0] == '[' {
		if m := keyLinkRe.FindIndex(b); m != nil && m[1] < len(b) {
			return Span{item.Start + m[1], item.End} // "[BILL-3402](…) Add a key": the ticket, then the title
		}
	}
	if !mayOpenID(b) && !mayOpenTodo(b) {
		return item
	}
	if m := idLeadRe.FindIndex(b); m != nil && m[1] < len(b) {
		item.Start += m[1]
		b = b[m[1]:]
	} else if n := taskIDLead(b); n > 0 {
		item.Start += n
		b = b[n:]
	}
	if !mayOpenTodo(b) {
		return item
	}
	if m := todoOwnerRe.FindSubmatchIndex(b); m != nil && m[1] < len(b) {
		if m[2] >= 0 {
			p.itemField(a, colOwner, Span{item.Start + m[2], item.Start + m[3]})
			a.bareOwner = true
		}
		item.Start += m[1]
	}
	return item
}

// droppedLead reads a state that drops the work opening an item before
// a colon, as a note writes its dropped items among the ones to do:
// "dropped: moving the whole thing to shopify …", "won't do: …".
func (p *parser) droppedLead(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	colon := bytes.IndexByte(b[:min(len(b), 16)], ':')
	if colon < 4 || colon+2 >= len(b) || b[colon+1] != ' ' || !notPlannedStates[normalize(string(b[:colon]))] {
		return item
	}
	p.itemField(a, colStatus, Span{item.Start, item.Start + colon})
	return trimSpan(p.src, Span{item.Start + colon + 1, item.End})
}

// priorityLead is priorityLeadRe.FindSubmatchIndex, tried only on a
// text that "[P" opens.
func priorityLead(b []byte) []int {
	if len(b) < 5 || b[0] != '[' || b[1] != 'P' {
		return nil
	}
	return priorityLeadRe.FindSubmatchIndex(b)
}

// taskIDLead returns where the title starts after a tracker's task id
// that opens b with only a space after it, "T31890 Make the renderer
// …", "PTASK0010232 Alert on …", "T31893 ~~Move the cache~~": one to
// six capitals and three digits or more, then a capital or a strike;
// 0 when there is none.
func taskIDLead(b []byte) int {
	i := 0
	for i < len(b) && i < 6 && b[i] >= 'A' && b[i] <= 'Z' {
		i++
	}
	k := i
	for k < len(b) && isDigit(b[k]) {
		k++
	}
	if i == 0 || k-i < 3 || k+2 >= len(b) || b[k] != ' ' {
		return 0
	}
	if next := b[k+1]; next >= 'A' && next <= 'Z' || next == '~' && b[k+2] == '~' {
		return k + 1
	}
	return 0
}

// idLed reports whether a line opens with an action's id.
func idLed(b []byte) bool { return mayOpenID(b) && idLeadRe.Match(b) }

// mayOpenID is the quick test of idLeadRe: "#" opens the id, or two
// capitals or a capital and a digit open a tracker's key, or a digit comes
// within the first 15 bytes, as it does after the longest of the words,
// "action item" and two marks (or "task" with the long s and the Kelvin
// sign that (?i) reads as s and k, 7 bytes).
func mayOpenID(b []byte) bool {
	switch {
	case len(b) < 2:
		return false
	case b[0] == '#', b[0] >= 'A' && b[0] <= 'Z' && (b[1] >= 'A' && b[1] <= 'Z' || b[1] >= '0' && b[1] <= '9'):
		return true
	}
	return slices.ContainsFunc(b[:min(len(b), 15)], func(c byte) bool { return c >= '0' && c <= '9' })
}

// mayOpenTodo is the quick test of todoOwnerRe: "todo" or "fixme" opens b.
func mayOpenTodo(b []byte) bool { return len(b) > 0 && (b[0]|0x20 == 't' || b[0]|0x20 == 'f') }

// fieldRe is how a trailing field of an item reads; the first group is
// the value.
type fieldRe struct {
	key string
	re  *lazyRegexp
}

// monthDay is a date written with the month's name: "December 2",
// "2 Dec 2026".
const monthDay = `(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)`

var (
	keyedOwner = fieldRe{colOwner, lazyRe(`(?i)^(?:owners?|assignees?|assigned(?: to)?|who|dri|responsible)\s*[:=]?\s*(?:\*\*|__)?(@?[\p{L}\p{N}][\p{L}\p{N}_.+@-]*(?:\[bot\]|/[\p{L}\p{N}][\p{L}\p{N}_.-]*)?(?:\s+[\p{Lu}][\p{L}.-]*)?(?-i:(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:\s+(?:team|squad|crew|guild))?|<[^>]*>)(?:\*\*|__)?$`)}
	// chatMention: a chat tool's mention of a person or a group,
	// "<@U03KJ2M|dana.k>", "<!subteam^S02D1SP|@payments>", "<@U03KJ2M>":
	// the login is the name after the bar, else the member's id.
	chatMention = fieldRe{colOwner, lazyRe(`^<(?:[@!][^|>\s]*\|@?)?@?([\p{L}\p{N}][\p{L}\p{N}_.-]*)>$`)}
	// boldMention: a chat tool's mention by name, "@**Ravi Menon**", a
	// silent one, "@_**Ravi Menon**", or a group's, "@*backend-notify*".
	boldMention = fieldRe{colOwner, lazyRe(`^@_?\*\*?([^*\n]+?)\*\*?$`)}
	bareOwner   = fieldRe{colOwner, lazyRe(`^(@[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?(?:\[bot\]|/[A-Za-z0-9][A-Za-z0-9_.-]*)?)(?:\s+@[A-Za-z0-9][A-Za-z0-9_.-]*)*\.?$`)}
	keyedDue    = fieldRe{colDue, lazyRe(`(?i)^(?:due(?: date| by| on)?|target(?: date)?|deadline|eta|by|till|until)\s*[:=]?\s*(?:\*\*|__)?(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\.\d{1,2}\.(?:\d{2})?|\d{1,2}/\d{1,2}|\d{1,2}[-/]` + monthNames + `[-/](?:\d{4}|\d{2})|<[^>]*>|tbd|` + dueWeekday + writtenDue + `)(?:\*\*|__)?\.?$`)}
	bareDue     = fieldRe{colDue, lazyRe(`(?i)^(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `(?:,?\s+\d{4})?)$`)}
	// writtenDay: a due date alone, in words: "Nov 30", "October 15, 2026".
	writtenDay = fieldRe{colDue, lazyRe(`(?i)^(` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)$`)}
	// trackerState: a tracker's open state written in italics after
	// the title, "— _To Do_ —": it ends the title and leaves it open.
	trackerState = fieldRe{colState, lazyRe(`(?i)^[_*]{1,2}(to do|in progress|backlog|open|not started|selected for development|in review|blocked)[_*]{1,2}$`)}
	// trackerKey: a ticket of another tracker, "PAY-456": it ends the
	// title, and is no issue of the repository.
	trackerKey     = fieldRe{colTicket, lazyRe(`^(` + trackerKeyExpr + `)$`)}
	keyedPriority  = fieldRe{colPriority, lazyRe(`(?i)^(?:priority|prio|pri)\s*[:=]?\s*(p[0-4]|critical|urgent|high|medium|normal|low|<[^>]*>)$`)}
	barePriority   = fieldRe{colPriority, lazyRe(`^(P[0-4])$`)}
	keyedMilestone = fieldRe{colMilestone, lazyRe(`(?i)^milestone\s*[:=]?\s*([^\s:=].*)$`)}
	issueField     = fieldRe{colIssue, lazyRe(`(?i)^(?:(?:issue|ticket|tracking|gh)\s*[:=]?\s*)?(#\d+|https?://\S+/(?:issues|pull)/\d+)$`)}
	// bareIssue: a number or an issue URL alone; a pull request linked from
	// an item ("[PR](…/pull/12)") is the work, not the issue that tracks it.
	bareIssue = fieldRe{colIssue, lazyRe(`^(#\d+|https?://\S+/issues/\d+)$`)}
	// notPlanned: "(not planned)", "— dropped", and with the reason
	// after a colon, in italics or not, "· *Won't do: refunds are
	// cleaner*".
	notPlanned = fieldRe{colStatus, lazyRe(`(?i)^[*_]{0,2}(not planned|not doing|not pursued|not pursuing|not taken forward|won['’]t do|wontfix|won['’]t fix|cancell?ed|canceled|dropped|descoped|obsolete)(?:\.|:\s.*)?$`)}
	// doneMark: "(done)" after an item, "— shipped in v4.2", "(fixed in
	// #812)", "done 2026-10-01", "Completed by Tom Nguyen on Nov 20",
	// "done 11/25 (Kevin)", "done 25.11.", "*Done on 2 December.*":
	// the work is finished.
	doneMark = fieldRe{colDone, lazyRe(`(?i)^[*_]{0,2}((?:done|completed|complete|closed|fixed|resolved|shipped|merged|finished|landed|released|deployed)(?:\s+by\s+(?-i:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}))?(?:\s+(?:in|on|with|via|as of|since)\s+(?:\S+\s+)?\S*\d\S*|\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:on\s+)?` + monthDay + `|\s+\d{4}-\d{2}-\d{2}|\s+\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2})?)?)?(?:\s+\([^()\n]{1,40}\))?)\.?[*_]{0,2}$`)}
	// statusField: "Status: Done", "state: won't do", read as a Status
	// cell is.
	statusField = fieldRe{colState, lazyRe(`(?i)^((?:status|state)\s*[:=]\s*\S.*)$`)}
)

// writtenDue is a due date written in words: "15 October 2026", "Oct
// 15, 2026", "December 2026", "end of November", "Q1 2027", "end of Q1".
// dueWeekday is the weekday a due date in words may open with: "Fri
// 18 Dec", "Friday, 18 December".
const dueWeekday = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?`

const writtenDue = `(?:end of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `(?:,?\s+\d{4})?|` + monthNames +
	`(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|[QH][1-4]\s*'?\d{2,4}|Q[1-4])`

// fieldKeywords maps the first word of a part to the field it may be.
var fieldKeywords = map[string]fieldRe{
	"owner": keyedOwner, "owners": keyedOwner, "assignee": keyedOwner, "assignees": keyedOwner,
	"assigned": keyedOwner, "who": keyedOwner, "dri": keyedOwner, "responsible": keyedOwner, // a task tool's "Responsible: Ana Silva"
	"due": keyedDue, "target": keyedDue, "deadline": keyedDue, "eta": keyedDue, "by": keyedDue, "till": keyedDue, "until": keyedDue,
	"priority": keyedPriority, "prio": keyedPriority, "pri": keyedPriority,
	"milestone": keyedMilestone,
	"issue":     issueField, "ticket": issueField, "tracking": issueField, "gh": issueField,
	"not": notPlanned, "won't": notPlanned, "won’t": notPlanned, "wontfix": notPlanned, "cancelled": notPlanned,
	"canceled": notPlanned, "dropped": notPlanned, "descoped": notPlanned, "obsolete": notPlanned,
	"done": doneMark, "completed": doneMark, "complete": doneMark, "fixed": doneMark, "resolved": doneMark,
	"shipped": doneMark, "merged": doneMark, "finished": doneMark, "landed": doneMark, "released": doneMark, "closed": doneMark,
	"deployed": doneMark, "status": statusField, "state": statusField,
}

// trackerKeyBytes are the bytes of a tracker's key ("OPS-1234").
var trackerKeyBytes = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")

// candidate picks the one pattern a part can match, from its first
// word or character, so that each part costs one regexp at most.
func candidate(s string) (fieldRe, bool) {
	switch c := s[0]; {
	case c == '@' && len(s) > 2 && (s[1] == '*' || s[1] == '_'):
		return boldMention, true
	case c == '@':
		return bareOwner, true
	case c == '<' && len(s) > 3 && (s[1] == '@' || s[1] == '!'):
		return chatMention, true
	case c >= '0' && c <= '9':
		return bareDue, mayBeBareDue(s)
	case c == '#' || strings.HasPrefix(s, "http"):
		return bareIssue, true
	case c == 'P' && len(s) == 2:
		return barePriority, true
	case (c == '_' || c == '*') && len(s) < 30 && (s[len(s)-1] == '_' || s[len(s)-1] == '*') && trackerState.re.MatchString(s):
		return trackerState, true // "_To Do_"; else a field in emphasis, "*Done on 2 December.*", by its word
	case c >= 'A' && c <= 'Z' && len(s) < 20 && onlyBytes(s, &trackerKeyBytes) && strings.IndexByte(s, '-') > 0:
		return trackerKey, true
	}
	word := s
	if i := keywordEnd(s); i >= 0 {
		word = s[:i]
	}
	f := lookupLower(fieldKeywords, strings.TrimSuffix(trimLeftBytes(word, &starUnderscore), "."))
	ok := f.re != nil // every pattern of fieldKeywords has one
	if !ok && len(word) >= 3 && strings.IndexByte("JFMASONDjfmasond", word[0]) >= 0 && monthWords.in(word[:3]) {
		return writtenDay, true
	}
	return f, ok
}

// starUnderscore are the marks of emphasis matchField passes over.
var starUnderscore = byteSet("*_")

// keywordEnd is strings.IndexAny(s, " :=\t\n"): where the word that
// may name a field ends, or -1.
func keywordEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if keywordEnds[s[i]] {
			return i
		}
	}
	return -1
}

var keywordEnds = byteSet(" :=\t\n")

// mayBeBareDue is a quick test for bareDue, which opens with four digits
// and a hyphen or with one or two digits: "5,000 messages" splits into
// parts the pattern would be tried on in vain.
func mayBeBareDue(s string) bool {
	n := digitRunEnd(s, 0)
	return n <= 2 || n == 4 && n < len(s) && s[n] == '-'
}

// quickValues tells, for the keywords of keyedOwner, keyedDue and
// keyedPriority, the plainest values those patterns take: an ASCII
// login, a numeric date, a P0-P4 priority.
var quickValues = map[string]func(string) bool{
	"owner": isPlainLogin, "owners": isPlainLogin, "assignee": isPlainLogin, "assignees": isPlainLogin,
	"who": isPlainLogin, "dri": isPlainLogin,
	"due": isNumericDay, "target": isNumericDay, "deadline": isNumericDay, "eta": isNumericDay, "by": isNumericDay, "till": isNumericDay, "until": isNumericDay,
	"priority": isPriorityLevel, "prio": isPriorityLevel, "pri": isPriorityLevel,
}

// quickKeyedValue reads the commonest keyed fields, "owner: @dana",
// "due: 2026-12-10", "priority: P1", without their pattern: a keyword,
// a colon or "=" and a plain value to the end. It returns where the value
// starts, which is where the pattern's group would; otherwise the
// pattern decides.
func quickKeyedValue(s string) (int, bool) {
	i := keywordEnd(s)
	if i <= 0 {
		return 0, false
	}
	plain := lookupLower(quickValues, s[:i])
	if plain == nil {
		return 0, false
	}
	i = skipRegexpSpace(s, i)
	if i == len(s) || s[i] != ':' && s[i] != '=' {
		return 0, false
	}
	i = skipRegexpSpace(s, i+1)
	return i, plain(s[i:])
}

// skipRegexpSpace skips what a pattern's \s matches.
func skipRegexpSpace(s string, i int) int {
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	return i
}

// isPlainLogin: "@?[A-Za-z0-9][A-Za-z0-9_.-]*".
func isPlainLogin(v string) bool {
	v = strings.TrimPrefix(v, "@")
	if v == "" || !isASCIIAlnum(v[0]) {
		return false
	}
	for k := 1; k < len(v); k++ {
		if !isASCIIAlnum(v[k]) && v[k] != '_' && v[k] != '.' && v[k] != '-' {
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// isNumericDay: "\d{4}[-/]\d{1,2}[-/]\d{1,2}".
func isNumericDay(v string) bool {
	n := digitRunEnd(v, 0)
	if n != 4 {
		return false
	}
	for range 2 {
		if n == len(v) || v[n] != '-' && v[n] != '/' {
			return false
		}
		k := digitRunEnd(v, n+1)
		if k-n-1 < 1 || k-n-1 > 2 {
			return false
		}
		n = k
	}
	return n == len(v)
}

// isPriorityLevel: "p[0-4]", either case.
func isPriorityLevel(v string) bool {
	return len(v) == 2 && v[0]|0x20 == 'p' && v[1] >= '0' && v[1] <= '4'
}

// itemFields splits an item's text into its title and fields. The title
// runs up to the first separated part that reads as a field.
func (p *parser) itemFields(a *Action, text Span) {
	var sb, vb [12]Span
	var kb [12]string
	parts, labelled := readParts(p.doc, p.src, text, true, nil, itemParts{sb[:0], kb[:0], vb[:0]})
	whole, newer := p.itemTitle(a, text, &parts, true)
	title := p.shortTitle(whole)
	a.Title, a.TitleSpan = plainTitle(p.doc.Text(title)), title
	if title != whole {
		a.LongTitle = plainTitle(p.doc.Text(whole))
	}
	if labelled || newer {
		p.legacyTitle(a, text, whole, &parts, labelled)
	}
	if a.insertAt == 0 {
		// After any separator left at the end, as in "Fix it —" or
		// "Fix it -": a field inserted before it would take it in.
		a.insertAt = text.End
	}
	a.Span.End = max(a.Span.End, text.End)
}

// itemParts are the separated parts of an item and the field each reads
// as (matchField). The older reading of an item reuses what the newer
// one read: the whole split where the two split alike, else the field
// of each part both readings have.
type itemParts struct {
	spans []Span
	keys  []string
	vals  []Span
}

// readParts splits text, with or without labels, into ip's buffers and
// reads each part's field, taking it from known where known has the same
// part.
func readParts(d *Document, src []byte, text Span, labels bool, known *itemParts, ip itemParts) (_ itemParts, labelled bool) {
	ip.spans, labelled = splitParts(ip.spans, src, text, labels)
	for i, part := range ip.spans {
		part = boldInner(src, part)
		ip.spans[i] = part
		k, v := known.field(part)
		if k == noPart {
			k, v = matchField(d, part)
		}
		ip.keys, ip.vals = append(ip.keys, k), append(ip.vals, v)
	}
	return ip, labelled
}

// noPart is what field returns for a part it was not given.
const noPart = "\x00"

// field returns the field read from part, or noPart.
func (ip *itemParts) field(part Span) (string, Span) {
	if ip != nil {
		for i, s := range ip.spans {
			if s == part {
				return ip.keys[i], ip.vals[i]
			}
		}
	}
	return noPart, Span{}
}

// legacyTitle keeps as LongTitle the whole title that versions before
// field labels ended a title without a separator, and before the fields
// read since then (a name, a due date in words, a status, another
// tracker's key), gave the item: "Add an alert @dana due: 2026-12-01".
// An issue opened then is keyed by it. Unless the reading with labels
// split at a label (labelled), both readings split the item alike.
func (p *parser) legacyTitle(a *Action, text, whole Span, parts *itemParts, labelled bool) {
	var sb, vb [12]Span
	var kb [12]string
	if labelled {
		older, _ := readParts(p.doc, p.src, text, false, parts, itemParts{sb[:0], kb[:0], vb[:0]})
		parts = &older
	}
	var old Action
	span, _ := p.itemTitle(&old, text, parts, false)
	if span == whole {
		return // read alike: LongTitle is what the cut left, if anything
	}
	if t := plainTitle(p.doc.Text(span)); t != a.Title {
		a.LongTitle = t
	}
}

// The done and not-planned marks versions before labels read.
var (
	legacyDone       = wordSet("done completed complete fixed resolved shipped merged finished")
	legacyNotPlanned = map[string]bool{"not planned": true, "won't do": true, "wontfix": true, "won't fix": true}
)

// legacyField reports whether versions before the forms read since
// field labels would have read a part as this field.
func (p *parser) legacyField(key string, v Span) bool {
	val := p.doc.Text(v)
	switch key {
	case colTicket, colState, colNote:
		return false
	case colDue:
		return isNumericDay(val) || IsPlaceholder(val)
	case colDone:
		return legacyDone[strings.ToLower(val)]
	case colStatus:
		return legacyNotPlanned[strings.ToLower(val)]
	}
	return true
}

// itemTitle reads the fields of the separated parts of an item into a
// and returns the span of its whole title: up to the first part that
// reads as a field, less an owner written after it and, with labels, a
// due date written after it. Without labels, it reads only the fields
// versions before labels read.
func (p *parser) itemTitle(a *Action, text Span, read *itemParts, labels bool) (_ Span, newer bool) {
	titleEnd := text.End
	found := false
	parts := read.spans
	// Copies: the reading below changes them, and the older reading
	// starts again from what matchField read.
	var kb [12]string
	var vb [12]Span
	keys := append(kb[:0], read.keys...)
	vals := append(vb[:0], read.vals...)
	for i := range parts {
		if keys[i] != "" && !p.legacyField(keys[i], vals[i]) {
			if !labels {
				keys[i] = ""
			}
			newer = true
		}
	}
	if labels {
		p.bareFields(parts, keys, vals)
		lo, hi := p.nameOwner(parts, keys)
		if lo < 0 {
			lo = p.parenName(parts, keys)
			hi = lo
		}
		for i := lo; i > 0 && i <= hi; i++ {
			if keys[i] == "" {
				keys[i], vals[i], newer = colOwner, parts[i], true
			}
		}
	}
	for i, part := range parts {
		key, v := keys[i], vals[i]
		if key == "" {
			continue
		}
		if !found {
			titleEnd, found = part.Start, true
			if k := part.Start - 2; k > text.Start && p.src[k] == '.' && isSpace(p.src[k+1]) {
				titleEnd = k // the title is a sentence: "… pool exhaustion. Owner: …"
			}
		}
		p.itemField(a, key, v)
		if key == colOwner && v.Start == part.Start {
			a.bareOwner = true
		}
		a.insertAt = max(a.insertAt, part.End)
	}
	if found && a.bareOwner && a.OwnerSpan.Start == titleEnd {
		titleEnd = p.listedOwner(a, text, titleEnd)
	}
	if !fieldSet(a, colOwner) {
		titleEnd = p.trailingOwner(a, text, titleEnd, labels)
		newer = newer || labels && fieldSet(a, colOwner) && p.src[a.OwnerSpan.Start] != '@'
	}
	if labels && !fieldSet(a, colDue) {
		end := p.trailingDue(a, text, titleEnd)
		titleEnd, newer = end, newer || end != titleEnd
	}
	titleEnd = p.afterLink(titleEnd, text.End)
	return trimSeparators(p.src, Span{text.Start, titleEnd}), newer
}

// nameRe is a person's or a team's name, as written after an "@" or
// alone: one to four words, each capitalised, an initial ("J. Okafor") or
// an acronym ("SRE Observability"), a first name of two joined by a
// hyphen, each capitalised ("Marie-Ève Roy"), the last a capitalised word or
// "team" ("Search UX team"); or a first name and the initial of the
// surname, as a document that keeps surnames out writes it ("Ana R.").
var nameRe = lazyRe(`^@?(?:(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,5})\s+){0,3}(?:\p{Lu}[\p{Ll}'’-]+|team)$|^@?(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}\.$`)

// particleNameRe is nameRe with the particles of a surname between the
// words, in lower case: "Sanne de Wit", "Ana dos Santos".
var particleNameRe = lazyRe(`^(?:(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|do|la|le|ter|ten|af|zu|y)\s+){1,2}){1,2}\p{Lu}[\p{Ll}'’-]+$`)

// personName reports a name nameRe reads, or one with a surname's
// particles, tried only where a word in lower case stands in it.
func personName(t string) bool {
	if nameRe.MatchString(t) {
		return true
	}
	for i := 1; i+1 < len(t); i++ {
		if t[i] == ' ' && t[i+1] >= 'a' && t[i+1] <= 'z' {
			return particleNameRe.MatchString(t)
		}
	}
	return false
}

// emailRe is an owner written as an email address.
var emailRe = lazyRe(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$`)

// nameOwner returns the parts, lo to hi, that name the owner without a
// label, as in "Investigate the slow queries — Sam (P2)": a name after a
// dash, with only fields after it, in an item that names no owner
// otherwise. After the dash may stand a list of names and logins joined
// by commas or semicolons, "— Ana Ruiz, @bchen": the first owns the
// action, and one of them at least must be a person's by its form, as
// "— Kafka, Zookeeper" is not. lo is -1 when there is none.
func (p *parser) nameOwner(parts []Span, keys []string) (lo, hi int) {
	i := len(parts) - 1
	for i > 0 && (keys[i] != "" || closingPart(keys[i-1]) && p.listJoined(parts[i-1], parts[i])) {
		i-- // "— ✅ al geregeld, staat in de planning": the note after a comma is the state's
	}
	if i <= 0 { // no parts, or none after the title
		return -1, -1
	}
	if i > 1 && keys[i-1] == "" && p.roleAfterName(parts[i-1], parts[i]) {
		i-- // "— Amber Kowalczyk (support lead)": the name owns it
	}
	if i > 1 && keys[i-1] == "" && p.ownerBeforeWhen(parts[i-1], parts[i]) {
		i-- // "— Dana Ruiz — next season": a when in words follows the owner
	}
	lo, hi = i, i
	for lo > 1 && p.listJoined(parts[lo-1], parts[lo]) && (keys[lo-1] == "" || p.loginPart(parts[lo-1], keys[lo-1])) {
		lo--
	}
	for hi+1 < len(parts) && p.listJoined(parts[hi], parts[hi+1]) && p.loginPart(parts[hi+1], keys[hi+1]) {
		hi++
	}
	between := string(p.src[parts[lo-1].End:parts[lo].Start])
	if !ownerDash(between) {
		return -1, -1
	}
	for k, key := range keys {
		if key == colOwner && (k < lo || k > hi || lo == hi) {
			return -1, -1
		}
	}
	if lo == hi {
		if t := p.doc.Text(parts[i]); unlabelledOwner(t) || projectTag(t) || p.namedLogin(t) || loginBeforeDue(t, keys, i, p.dueCutAfter(parts[i])) && (forumHandle(t) || p.userName(t)) {
			return i, i
		}
		return -1, -1
	}
	return p.listedOwners(parts, keys, lo, hi)
}

// closingPart reports a part's key that a note after a comma may follow:
// a done or dropped state says why or when.
func closingPart(key string) bool { return key == colDone || key == colStatus }

// ownerBeforeWhen reports an owner by its form between dashes with a
// when in words after it that is no date read, "— Monitoring group —
// before winter break", "— Dana Ruiz — next season": the owner's place
// is before it.
func (p *parser) ownerBeforeWhen(owner, when Span) bool {
	t := p.doc.Text(when)
	if !whenLeads[strings.ToLower(firstWord(t))] && !noDueNotes[strings.ToLower(t)] || unlabelledOwner(t) {
		return false
	}
	return ownerDash(string(p.src[owner.End:when.Start])) && unlabelledOwner(p.doc.Text(owner))
}

// whenLeads open a when in words in a due date's place: "before the
// freeze", "next season", "end of Q1", "after the migration", and the
// words for "after", "before" and "end" of a few other languages, "na
// de winterstop", "nach der Saison", "après les fêtes".
var whenLeads = wordSet(`by before until till next end after this starting from within once early mid late later sometime someday eta asap tbd tba ongoing q1 q2 q3 q4 ` +
	`na nach après después depois dopo efter etter voor vor avant antes prima eind ende fin fim`)

// roleAfterName reports a role or a team in parentheses right after a
// part, and nothing after it: words alone, "(support lead)", "(team)".
func (p *parser) roleAfterName(name, role Span) bool {
	if string(bytes.TrimSpace(p.src[name.End:role.Start])) != "(" {
		return false
	}
	if rest := bytes.TrimSpace(p.src[role.End:]); len(rest) == 0 || rest[0] != ')' {
		return false
	}
	words := strings.Fields(p.doc.Text(role))
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if strings.IndexFunc(w, notWordRune) >= 0 {
			return false
		}
	}
	return len(words) > 0
}

// notWordRune reports a rune no word of a role holds: not a letter or a
// hyphen.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// listedOwners returns lo and hi where every part of the list is an
// owner and one of them a person's or a team's by its form: a login, an
// address, a role, a project's tag, or a name of two words or more.
func (p *parser) listedOwners(parts []Span, keys []string, lo, hi int) (int, int) {
	person := false
	for k := lo; k <= hi; k++ {
		t := p.doc.Text(parts[k])
		if keys[k] == colOwner || roleOwner(t) || emailRe.MatchString(t) || projectTag(t) {
			person = true
			continue
		}
		if !ownerLike(t) {
			return -1, -1
		}
		person = person || strings.ContainsAny(strings.TrimSpace(t), " \t")
	}
	if !person {
		return -1, -1
	}
	return lo, hi
}

// ownerLike reports a part that can name an owner alone: a name, an
// address, or a list of them joined by "and", "&" or "/".
func ownerLike(t string) bool {
	if personName(t) || emailRe.MatchString(t) || honorificName(t) {
		return true
	}
	_, ok := firstListed(t)
	return ok
}

// honorificName reports a Thai name after the honorific คุณ ("Khun"),
// as Thai writes a colleague's name: "คุณศิริพร", "คุณณัฐพล ใจดี". Thai
// has no capitals for nameRe to see.
func honorificName(t string) bool {
	rest, ok := strings.CutPrefix(t, "คุณ")
	if !ok || rest == "" || strings.Count(rest, " ") > 1 {
		return false
	}
	for _, r := range rest {
		if r != ' ' && (r < 0x0E01 || r > 0x0E4E) {
			return false
		}
	}
	return true
}

// listJoined reports two parts of an item with only a comma or a
// semicolon between them.
func (p *parser) listJoined(a, b Span) bool {
	between := bytes.TrimSpace(p.src[a.End:b.Start])
	return len(between) == 1 && (between[0] == ',' || between[0] == ';')
}

// loginPart reports a part that is an owner's @login and nothing else.
func (p *parser) loginPart(part Span, key string) bool {
	return key == colOwner && p.src[part.Start] == '@' && isPlainLogin(p.doc.Text(part))
}

// initialOrTeamRe is a name that can only be a person's or a team's: an
// initial and a surname ("A. Lindqvist"), or a team ("Infra team").
var initialOrTeamRe = lazyRe(`^@?\p{Lu}\.\s|(?i)\bteam\b`)

// parenName returns the index of the part that names the owner first in
// the parentheses that end an item: "(A. Lindqvist, end of sprint 42)",
// "(Infra team)", "(Hanne Solberg, Q1)". A name alone in parentheses must
// be a person's or a team's by its form, as "(Redis Cluster)" is not;
// -1 when there is none.
func (p *parser) parenName(parts []Span, keys []string) int {
	if slices.Contains(keys, colOwner) || len(parts) < 2 {
		return -1
	}
	last := parts[len(parts)-1]
	if rest := bytes.TrimLeft(p.src[last.End:], " \t"); len(rest) == 0 || rest[0] != ')' {
		return -1
	}
	for i := len(parts) - 1; i > 0; i-- {
		if !bytes.Contains(p.src[parts[i-1].End:parts[i].Start], []byte("(")) {
			continue
		}
		t := p.doc.Text(parts[i])
		after := i < len(parts)-1 && strings.ContainsAny(p.doc.Text(Span{parts[i+1].Start, last.End}), "0123456789")
		role := i == len(parts)-2 && keys[i+1] == "" && strings.Contains(t, " ") && lowerRole(p.doc.Text(parts[i+1]))
		if keys[i] == "" && nameRe.MatchString(t) && (after || role || initialOrTeamRe.MatchString(t)) {
			return i
		}
		return -1
	}
	return -1
}

// lowerRole reports a role or a team written after a name in
// lower case, "(Burak Şahin, purchasing)", "(Ana Ruiz, support lead)":
// one to three words of letters.
func lowerRole(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	return lowerWords(words)
}

// lowerWords reports words each of letters only, opening in lower case.
func lowerWords(words []string) bool {
	for _, w := range words {
		if strings.IndexFunc(w, notWordRune) >= 0 || !unicode.IsLower([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// bareFields gives a key to the parts that end an item after a dash with
// a bare due date or a done or dropped status and no label: "— Q4 2026",
// "— 14-Dec-2026", "— Dec 11", "— Merged". They are read from the end,
// past the parts that are fields already, up to the first part that is
// none, so a title is never cut.
func (p *parser) bareFields(parts []Span, keys []string, vals []Span) {
	reasons := slices.Contains(keys, colStatus) // a state's reason may run on past it
	for i := len(parts) - 1; i > 0; i-- {
		if reasons {
			if k := p.reasonStart(parts, keys, i); k > 0 {
				for j := k + 1; j <= i; j++ {
					keys[j] = colNote
				}
				i = k + 1 // on to the state itself
				continue
			}
		}
		if keys[i] != "" {
			continue
		}
		if keys[i-1] == colTicket && p.linkTarget(parts[i]) {
			keys[i] = colTicket // "[HLF-22](https://…)": the key's link
			continue
		}
		if keys[i-1] == colState && softJoined(p.src[parts[i-1].End:parts[i].Start]) || keys[i-1] != "" && p.parenthesised(parts[i]) {
			keys[i] = colNote // "nog open, geen datum", "fre 11/12 (expires 15/12!)": a note on the field
			continue
		}
		if keys[i-1] == "" && p.parenthesised(parts[i]) && openState(p.doc.Text(parts[i-1])) {
			keys[i] = colNote // "— Deferred (the bank is in a change freeze)": why it waits
			continue
		}
		t := p.doc.Text(parts[i])
		if w := firstWord(t); w != t && openLocalState(strings.TrimRight(stateWordOnly(w), ",.;")) {
			keys[i], vals[i] = colState, parts[i] // "— พักไว้ก่อน รอผล…", "— ootel, kuni …": open, and why
			continue
		}
		if len(t) <= 40 && doneSince(t) {
			keys[i], vals[i] = colDone, parts[i] // "— live since 2026-11-03": done then
			continue
		}
		if len(t) < 2 || utf8.RuneCountInString(t) > 20 && !localDueLike(t) && !endOfPeriod(t) {
			return // a due date or a status is short: the rest of a title is not
		}
		if dueLike(t) {
			keys[i], vals[i] = colDue, parts[i]
			continue
		}
		if noDueNotes[strings.ToLower(t)] {
			keys[i] = colNote // "— Dock leads, no date yet": the due date's place, empty
			continue
		}
		if nobodyOwner(t) {
			keys[i], vals[i] = colOwner, parts[i] // "— ikke tildelt — uke 50": nobody owns it yet
			continue
		}
		if t[0] >= '0' && t[0] <= '9' {
			if p.bareSlashDue(parts, keys, i, t) {
				keys[i], vals[i] = colDue, parts[i] // "— Petra Vogel — 12/01"
				continue
			}
			return // no status opens with a digit
		}
		t = strings.TrimSuffix(t, ".") // "… — Ana Silva. Open.": a state as the last sentence
		switch parseStatus(t) {
		case Done:
			keys[i], vals[i] = colDone, parts[i]
			if keys[i-1] == colState {
				keys[i] = colNote // "loopt, klaar eind december": open, to be ready then
			}
		case NotPlanned:
			keys[i], vals[i] = colStatus, parts[i]
		default:
			if !openState(t) {
				return
			}
			keys[i], vals[i] = colState, parts[i] // "— Due Dec 18 — Active": still open, and no owner
		}
	}
}

// openLocalState reports a word of another language's open state.
func openLocalState(w string) bool {
	st, ok := lookupState(w)
	return ok && st == Open
}

// openState reports a part that is a state of work still open, alone:
// "Active", "on hold", "nezačaté".
func openState(t string) bool {
	st, ok := bracketWords(t)
	return ok && st == Open
}

// parenthesised reports a part that parentheses enclose.
func (p *parser) parenthesised(part Span) bool {
	return part.Start > 0 && part.End < len(p.src) && p.src[part.Start-1] == '(' && p.src[part.End] == ')'
}

// linkTarget reports a part that is the target of a link, "](" before it.
func (p *parser) linkTarget(part Span) bool {
	return part.Start >= 2 && p.src[part.Start-1] == '(' && p.src[part.Start-2] == ']'
}

// reasonStart returns the index of the state whose reason, after a
// colon, part i is the rest of, split from it by parentheses or commas
// alone, whatever it reads as: "Won't do: refunds are cleaner (decided
// in review, 20 Nov)"; 0 when there is none.
func (p *parser) reasonStart(parts []Span, keys []string, i int) int {
	if keys[i] == colStatus || keys[i] == colNote {
		return 0
	}
	k := i - 1
	for k > 0 && keys[k] != colStatus && softJoined(p.src[parts[k].End:parts[k+1].Start]) {
		k--
	}
	if k == 0 || keys[k] != colStatus || !softJoined(p.src[parts[k].End:parts[k+1].Start]) || bytes.IndexByte(p.src[parts[k].Start:parts[k].End], ':') < 0 {
		return 0
	}
	return k
}

// softJoined reports what stands between two parts of one phrase:
// parentheses, commas, semicolons, emphasis and spaces, no dash or bar.
func softJoined(between []byte) bool {
	for _, c := range between {
		if !softJoins[c] {
			return false
		}
	}
	return true
}

var softJoins = byteSet(" \t\n(),;*_")

func (p *parser) itemField(a *Action, key string, v Span) {
	switch key {
	case colStatus:
		a.Status = NotPlanned
		a.notPlannedSpan = v
		return
	case colDone:
		if a.Status == Open {
			a.Status = Done
		}
		a.doneSpan = v
		return
	case colState:
		p.statusPart(a, v)
		return
	}
	if fieldSet(a, key) && !p.loginAfterName(a, key, v) {
		return // the first value wins
	}
	if key == colOwner && v.Len() > 1 && p.src[v.End-1] == '.' && !surnameInitial(p.doc.Text(v)) {
		v.End-- // "Owner: @bchen." ends a sentence; "Ana R." keeps its initial's
	}
	setField(a, key, p.doc.Text(v), v)
}

// loginAfterName reports an owner's login in parentheses right after
// the name: "Owner: Siobhan Kerr (@siobhan-kerr)" is owned by the login.
func (p *parser) loginAfterName(a *Action, key string, v Span) bool {
	if key != colOwner || p.src[v.Start] != '@' || p.src[a.OwnerSpan.Start] == '@' || a.OwnerSpan.End > v.Start {
		return false
	}
	return strings.TrimSpace(p.doc.Text(Span{a.OwnerSpan.End, v.Start})) == "("
}

// statusPart reads an item's "Status: …" part; the whole part is the
// mark that reopening the action removes.
func (p *parser) statusPart(a *Action, v Span) {
	_, val, _ := strings.Cut(p.doc.Text(v), ":")
	if !strings.Contains(p.doc.Text(v), ":") {
		_, val, _ = strings.Cut(p.doc.Text(v), "=")
	}
	switch parseStatus(val) {
	case Done:
		if a.Status == Open {
			a.Status = Done
		}
		a.doneSpan = v
	case NotPlanned:
		a.Status, a.notPlannedSpan = NotPlanned, v
	}
}

func fieldSet(a *Action, key string) bool {
	switch key {
	case colOwner:
		return a.OwnerSpan != (Span{})
	case colDue:
		return a.DueSpan != (Span{})
	case colPriority:
		return a.PrioritySpan != (Span{})
	case colMilestone:
		return a.MilestoneSpan != (Span{})
	case colIssue:
		return a.IssueSpan != (Span{})
	}
	return false
}

// splitParts splits text into trimmed parts at separators: , ; ( ) [ ]
// anywhere, em and en dashes, "-", "--" or "|" with space on both
// sides, and, with labels, the space before a field label and its colon.
// labelled says a label separated two parts that no other separator
// separates. The parts are appended to parts, a buffer of the caller's.
func splitParts(parts []Span, src []byte, text Span, labels bool) (_ []Span, labelled bool) {
	start := text.Start
	link := 0
	if labels {
		link = leadingLink(src, text)
	}
	for i := text.Start; i < text.End; {
		if i < link {
			// "[Update PS1 on all hosts (#1094)](…)": the text of a link
			// that opens the item is its title, separators and all.
			labelled = labelled || separatorAt(src, i, text) > 0
			i++
			continue
		}
		if !opensSeparator[src[i]] {
			for i++; i < text.End && !opensSeparator[src[i]]; i++ {
			}
			continue // past the run of bytes that open no separator
		}
		n := separatorAt(src, i, text)
		if n == 1 && isSpace(src[i]) {
			if !labels {
				i++
				continue
			}
			// A label right after another separator ("— owner: …")
			// splits the item as that separator does without labels.
			labelled = labelled || trimSpan(src, Span{start, i}).Len() > 0
		}
		if n == 0 {
			i++
			continue
		}
		end := i
		if n == 1 && isSpace(src[i]) && src[i-1] == '.' {
			end-- // the full stop ends the sentence before a label
		}
		parts = appendPart(parts, src, Span{start, end})
		i += n
		start = i
	}
	return appendPart(parts, src, Span{start, text.End}), labelled
}

// opensSeparator are the bytes separatorAt may find a separator at: most
// bytes of an item are not, and are passed over without asking it.
var opensSeparator = byteSet("[],;() \t\n\xe2\xe3\xf0")

// leadingLink returns where the text of a link that opens text ends, at
// its "](", or 0 when text opens otherwise.
func leadingLink(src []byte, text Span) int {
	if text.Len() < 4 || src[text.Start] != '[' {
		return 0
	}
	b := src[text.Start:text.End]
	mid := bytes.Index(b, []byte("]("))
	if mid < 0 || bytes.IndexByte(b[1:mid], '[') >= 0 {
		return 0
	}
	if bytes.IndexByte(b[mid:], ')') < 0 {
		return 0
	}
	return text.Start + mid
}

// separatorAt returns the length of a separator at src[i], or 0; the
// space before a field label is one byte long, as no other separator
// that opens with a space is.
func separatorAt(src []byte, i int, text Span) int {
	switch src[i] {
	case '[', ']':
		if isBotSuffix(src, i, text) {
			return 0
		}
		return 1
	case ',':
		if dayCommaYear(src, i, text) || weekdayComma(src, i, text) {
			return 0 // "Nov 30, 2026" and "Fri, Dec 4" are one date
		}
		return 1
	case ';', '(', ')':
		if wikiStrikeParen(src, i, text) || src[i] != ';' && calendarParen(src, i, text) {
			return 0
		}
		return 1
	case 0xE2: // — U+2014 and – U+2013 are E2 80 94 and E2 80 93, → U+2192 E2 86 92
		if i+2 < text.End && separatorDash(src[i:i+3]) {
			return 3
		}
	case 0xE3: // the ideographic space U+3000 is E3 80 80
		return wideLabelSpace(src, i, text)
	case 0xF0: // 👤 U+1F464 and 👥 U+1F465 mark an owner: F0 9F 91 A4 and A5
		if i+3 < text.End && ownerEmoji(src[i:i+4]) {
			return 4
		}
	case ' ', '\t', '\n':
		if wordSpace(src, i, text) {
			return 0 // the commonest byte of an item that may open one
		}
		if n := hardBreak(src, i, text); n > 0 {
			return n
		}
		return spacedSeparator(src, i, text)
	}
	return 0
}

// wideLabelSpace returns 3, the length of an ideographic space at
// src[i] before a field's label and its colon ("…を追加する　担当：佐藤"),
// as a space is before "Owner:", or 0.
func wideLabelSpace(src []byte, i int, text Span) int {
	if i+3 >= text.End || src[i+1] != 0x80 || src[i+2] != 0x80 || !columnLabelOpens(src[i+3:min(text.End, i+3+40)]) {
		return 0
	}
	return 3
}

// wikiStruck reports a text that a wiki's strike closes, "--(…)--".
func wikiStruck(b []byte) bool {
	return bytes.HasSuffix(b, []byte(")--")) && bytes.Contains(b, []byte("--("))
}

// wikiStrikeParen reports the parenthesis of a wiki's strike at
// src[i], "--(" or ")--", which is no separator but part of the mark.
func wikiStrikeParen(src []byte, i int, text Span) bool {
	if src[i] == '(' {
		return i-2 >= text.Start && src[i-1] == '-' && src[i-2] == '-'
	}
	return src[i] == ')' && i+2 < text.End && src[i+1] == '-' && src[i+2] == '-'
}

// wordSpace reports a space between two words, the commonest byte of an
// item that may open a separator, where hardBreak and spacedSeparator
// find none: one space after a letter or a digit, and before one that
// opens no label (mayOpenLabel), dash, bar or slash.
func wordSpace(src []byte, i int, text Span) bool {
	if src[i] != ' ' || i == text.Start || i+1 >= text.End {
		return false
	}
	before, after := src[i-1], src[i+1]
	return wordBytes[before] && before != '_' && wordBytes[after] && !mayOpenLabel(src, i+1, text.End)
}

// calendarLineBreak returns the length of a line break at src[i], with
// the indent after it, where the next line opens with a calendar emoji
// or an owner's "Responsible:": a task list's export writes a task's
// fields on the line under its title, "📅 11 Des 2026 · p1 · 👤 Rahmat
// Hidayat"; 0 where it does not.
func calendarLineBreak(src []byte, i int, text Span) int {
	if src[i] != '\n' {
		return 0
	}
	k := i + 1
	for k < text.End && (src[k] == ' ' || src[k] == '\t') {
		k++
	}
	if responsibleLine(src[k:text.End]) || fieldLabelLine(src[k:min(text.End, k+48)]) {
		return k - i
	}
	if k+4 > text.End || src[k] != 0xF0 && src[k] != 0xE2 || calendarLead(string(src[k:min(k+12, text.End)])) == 0 {
		return 0
	}
	return k - i
}

// responsibleLine reports a line under a task's title that its owner's
// label opens, "Responsible: Ana Silva · 📅 Dec 16", as a task tool
// writes its fields: the label is read at a line's start alone, as
// "responsible" within a title is a word of it.
func responsibleLine(b []byte) bool {
	const label = "responsible:"
	return len(b) > len(label) && b[0]|0x20 == 'r' && strings.EqualFold(string(b[:len(label)]), label)
}

// fieldLabelLine reports a line under a task's title that an owner's or
// a due date's label of any language the columns are read in opens,
// with its colon, perhaps after a space as French writes it:
// "Responsable : Hugo Marchand — Échéance : 15/12/2026".
func fieldLabelLine(b []byte) bool {
	colon := bytes.IndexByte(b, ':')
	if colon < 2 {
		return false
	}
	switch columnKey(strings.TrimRight(string(b[:colon]), " \u00a0")) {
	case colOwner, colDue:
		return true
	}
	return false
}

// dayCommaYear reports whether the comma at src[i] stands between a day
// and its year: a digit before it, a space and four digits after it.
func dayCommaYear(src []byte, i int, text Span) bool {
	if i == text.Start || !isDigit(src[i-1]) || i+6 > text.End || src[i+1] != ' ' {
		return false
	}
	for k := i + 2; k < i+6; k++ {
		if !isDigit(src[k]) {
			return false
		}
	}
	return i+6 == text.End || !isDigit(src[i+6])
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// weekdayComma reports whether the comma at src[i] follows a weekday
// that opens a date, "Fri, Dec 4": a weekday's name or its short form
// before it, and a space after it.
func weekdayComma(src []byte, i int, text Span) bool {
	k := i
	for k > text.Start && src[k-1]|0x20 >= 'a' && src[k-1]|0x20 <= 'z' {
		k--
	}
	if i-k < 3 || i+2 >= text.End || src[i+1] != ' ' || k > text.Start && !isSpace(src[k-1]) && src[k-1] != '*' && src[k-1] != '_' {
		return calendarWordComma(src, i, text)
	}
	return weekdayRe.Match(src[k:i]) || calendarWordComma(src, i, text) || localWeekdayComma(src, i, text)
}

// localWeekdayComma reports a comma after a weekday's whole name in
// another language before a day, "Senin, 7 Desember 2026", "fredag, 11.
// december": one date, as "Fri, Dec 4" is.
func localWeekdayComma(src []byte, i int, text Span) bool {
	if i+2 >= text.End || src[i+1] != ' ' || !isDigit(src[i+2]) {
		return false
	}
	k := i
	for k > text.Start && src[k-1] != ' ' && src[k-1] != ':' && src[k-1] != '*' {
		k--
	}
	if i-k < 4 || i-k > 12 {
		return false
	}
	w := strings.ToLower(string(src[k:i]))
	return len(w) >= 4 && localWeekdays[w]
}

// calendarWordComma reports a comma after the one word that follows a
// calendar's mark, "📅 Cuma, 11 Aralık 2026", "📅 Péntek, 2026. december
// 11.": the mark says a date follows, so the word is its weekday, in
// whatever language, and the comma no end of the part.
func calendarWordComma(src []byte, i int, text Span) bool {
	k := i
	for k > text.Start && src[k-1] != ' ' && src[k-1] != ',' && src[k-1] != '.' {
		k--
	}
	if i-k < 2 || i+2 >= text.End || src[i+1] != ' ' || !isDigit(src[i+2]) {
		return false
	}
	before := bytes.TrimRight(src[text.Start:k], " ")
	for _, e := range calendarMarks {
		if bytes.HasSuffix(before, []byte(e)) {
			return true
		}
	}
	return false
}

// weekdayRe is a weekday's name or its short form alone.
var weekdayRe = lazyRe(`^(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|sday|urday)?$`)

// hardBreak returns the length of a hard line break at src[i], two
// spaces or more before a line break, with the indent after it: a tool
// that writes an item's fields on a line of their own under its title
// ("Assigned to **Tom** · Due **Fri, Dec 4**") breaks the line so; 0
// where there is none.
func hardBreak(src []byte, i int, text Span) int {
	k := i
	for k < text.End && src[k] == ' ' {
		k++
	}
	if k == i {
		return calendarLineBreak(src, i, text) // a line of fields under the title, "📅 11 Des 2026 · …"
	}
	if k-i < 2 || k >= text.End || src[k] != '\n' {
		return 0
	}
	k++
	for k < text.End && (src[k] == ' ' || src[k] == '\t') {
		k++
	}
	return k - i
}

// isBotSuffix reports whether the bracket at src[i] belongs to the
// "[bot]" that ends an app's login, as in "@renovate[bot]".
func isBotSuffix(src []byte, i int, text Span) bool {
	const suffix = "[bot]"
	start := i
	if src[i] == ']' {
		start = i - len(suffix) + 1
	}
	return start > text.Start && start+len(suffix) <= text.End &&
		string(src[start:start+len(suffix)]) == suffix && isLoginByte(src[start-1])
}

func isLoginByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}

// spacedSeparator matches " - ", " -- ", " --- ", " | " and " · " at src[i], and the
// space before a field label with its colon, as in "Add an alert @dana
// due: 2026-12-01 priority: P1".
func spacedSeparator(src []byte, i int, text Span) int {
	if i > text.Start && labelAt(src, i+1, text.End, src[i-1] == '.') {
		return 1
	}
	if i > text.Start && src[i-1] == '.' && (doneSentence(src[i+1:text.End]) || dueSentence(src[i+1:text.End]) || stateSentence(src[i+1:text.End])) {
		return 1
	}
	if i > text.Start && afterStop(src, i, text) && sentenceColumnLabel(src, i, text) {
		return 1
	}
	if i+1 < text.End && src[i+1] == '/' {
		return max(slashedLabel(src, i, text), slashedDate(src, i, text))
	}
	if i+1 >= text.End || src[i+1] != '-' && src[i+1] != '|' && src[i+1] != 0xC2 {
		return 0 // the quick answer for most spaces: no dash, bar or dot follows
	}
	for _, sep := range []string{" - ", " -- ", " --- ", " -> ", " | ", " · "} {
		if i+len(sep) <= text.End && string(src[i+1:i+len(sep)-1]) == sep[1:len(sep)-1] && isSpace(src[i+len(sep)-1]) {
			return len(sep)
		}
	}
	return 0
}

// slashedLabel returns the length of " / " at src[i] where a field's
// label and its colon follow, in any language the columns are read in:
// "담당: @이도윤 / 기한: 12월 11일", "Owner: Ana / Due: 12 Dec"; 0 elsewhere.
func slashedLabel(src []byte, i int, text Span) int {
	if i+3 >= text.End || src[i+2] != ' ' {
		return 0
	}
	if !columnLabelOpens(src[i+3 : min(text.End, i+3+40)]) {
		return 0
	}
	return 3
}

// slashedDate returns the length of " / " at src[i] where the item
// ends in parts a slash parts, the last a date and the one at i, where
// it is not the last, a few words: "— Dana Ruiz / 2026-12-14", "/ Kim /
// 22.12.2026"; 0 elsewhere. "read / write" and "A / B" are a title's
// words.
func slashedDate(src []byte, i int, text Span) int {
	if i+4 >= text.End || src[i+2] != ' ' || !isDigit(src[i+3]) && !(src[i+3] >= 'A' && src[i+3] <= 'Z') {
		return 0
	}
	last := bytes.LastIndex(src[i:text.End], []byte(" / ")) + i
	if !dueLike(strings.TrimSuffix(string(src[last+3:text.End]), ".")) {
		return 0
	}
	if last > i && (bytes.Count(src[i+3:last], []byte(" / ")) > 0 || len(bytes.Fields(src[i+3:last])) > 4) {
		return 0
	}
	return 3
}

// otherArrow reports the last two bytes of an arrow that points at an
// owner as → does: ➜ U+279C, ➔ U+2794, ⇒ U+21D2 (E2 9E 9C, E2 9E 94,
// E2 87 92).
func otherArrow(b1, b2 byte) bool {
	return b1 == 0x9E && (b2 == 0x9C || b2 == 0x94) || b1 == 0x87 && b2 == 0x92
}

// columnLabelOpens reports text that opens with a field's label and its
// colon, in any language the columns are read in.
func columnLabelOpens(rest []byte) bool {
	colon := bytes.IndexByte(rest, ':')
	if wide := bytes.Index(rest, []byte("：")); wide >= 0 && (colon < 0 || wide < colon) {
		colon = wide
	}
	return colon >= 1 && columnKey(string(rest[:colon])) != ""
}

// sentenceColumnLabel reports a sentence after the space at src[i] that
// opens with a field's label and its colon in any language the columns
// are read in: "**Alert on lag.** Verantwortlich: @ana. Frist: 30.10.",
// as "Owner: @ana." ends a title in English.
func sentenceColumnLabel(src []byte, i int, text Span) bool {
	return columnLabelOpens(src[i+1 : min(text.End, i+1+40)])
}

// afterStop reports a full stop right before the space at src[i], or
// before the emphasis that closes there: "Alert on lag. ", "**Alert on
// lag.** ".
func afterStop(src []byte, i int, text Span) bool {
	k := i - 1
	for k > text.Start && (src[k] == '*' || src[k] == '_') {
		k--
	}
	return src[k] == '.'
}

// doneSentence reports whether the last sentence of an item says it is
// done: "… Assigned to @ana. Completed December 2."
func doneSentence(b []byte) bool {
	k := letterRun(b, 0, len(b))
	if k == 0 || !sentenceDoneWords[strings.ToLower(string(b[:k]))] {
		return false
	}
	return doneMark.re.Match(bytes.TrimSpace(b))
}

// stateSentence reports whether the last sentence of an item is a
// state alone, as a mail ends each of its numbered asks: "… — Ana
// Silva, due May 3. Open.", "… In progress."
func stateSentence(b []byte) bool {
	b = bytes.TrimRight(b, ". ")
	if len(b) == 0 || len(b) > 24 || bytes.IndexByte(b, '.') >= 0 {
		return false
	}
	_, ok := bracketWords(string(b))
	return ok
}

// dueSentence reports whether a sentence of an item gives its due date
// without a colon: "… Owner: @ana. Due 2026-10-16."
func dueSentence(b []byte) bool {
	if len(b) < 8 || b[0]|0x20 != 'd' || !strings.EqualFold(string(b[:4]), "due ") {
		return false
	}
	if j := bytes.Index(b, []byte(". ")); j > 0 {
		b = b[:j+1]
	}
	return keyedDue.re.Match(bytes.TrimSpace(b))
}

var sentenceDoneWords = wordSet("done completed complete closed fixed resolved shipped")

// inlineLabels are the field labels that end a title without a separator
// before them, when a colon follows.
var inlineLabels = map[string]bool{
	"owner": true, "owners": true, "assignee": true, "due": true, "deadline": true,
	"target": true, "priority": true, "prio": true, "milestone": true,
}

// sentenceLabels end a title only as a sentence of their own, after a
// full stop: "… to the checklist. Status: Complete. Target date: …".
var sentenceLabels = map[string]bool{"status": true, "state": true, "target date": true}

// labelAt reports whether src[i:end] opens with an inline field label
// and its colon; after a full stop (sentence), a sentence label too.
// Most words after a space open with two letters no label opens with.
func labelAt(src []byte, i, end int, sentence bool) bool {
	return mayOpenLabel(src, i, end) && readLabelAt(src, i, end, sentence)
}

// mayOpenLabel reports whether src[i:end] opens with the first two
// letters of one of inlineLabels or sentenceLabels, in either case.
func mayOpenLabel(src []byte, i, end int) bool {
	return i+1 < end && labelSeconds[src[i]]>>(src[i+1]|0x20-'a')&1 != 0
}

// labelSeconds holds, by the first letter of inlineLabels and
// sentenceLabels in either case, a bit for each letter that follows it in
// one of them (1<<0 for "a"); a byte that is no letter a-z once its 0x20
// bit is set has none.
var labelSeconds = func() (t [256]uint32) {
	for _, labels := range []map[string]bool{inlineLabels, sentenceLabels} {
		for w := range labels {
			bit := uint32(1) << (w[1] - 'a')
			t[w[0]] |= bit
			t[w[0]-'a'+'A'] |= bit
		}
	}
	return t
}()

// readLabelAt is labelAt without the test of the first letter.
func readLabelAt(src []byte, i, end int, sentence bool) bool {
	k := letterRun(src, i, end)
	if sentence && k-i == 6 && k+5 < end && src[k] == ' ' && strings.EqualFold(string(src[i:k+5]), "target date") {
		k += 5
	}
	if k == i || k >= end || src[k] != ':' && (src[k] != '=' || k+1 >= end || isSpace(src[k+1])) {
		return false // "owner: @a", "owner=@a"
	}
	label := string(src[i:k])
	return lookupLower(inlineLabels, label) || sentence && lookupLower(sentenceLabels, label)
}

// letterRun returns where the run of up to ten ASCII letters from
// src[i] ends.
func letterRun(src []byte, i, end int) int {
	k := i
	for k < end && k-i < 10 && (src[k]|0x20 >= 'a' && src[k]|0x20 <= 'z') {
		k++
	}
	return k
}

func appendPart(parts []Span, src []byte, s Span) []Span {
	s = trimSpan(src, s)
	if s.Len() > 0 {
		parts = append(parts, s)
	}
	return parts
}

func matchField(d *Document, part Span) (string, Span) {
	s := strings.ReplaceAll(d.Text(part), "\n", " ")
	if n := calendarLead(s); n > 0 && n < len(s) {
		if k, v := matchField(d, Span{part.Start + n, part.End}); k == colDue {
			return k, v // "📅 Dec 11": a board's date badge
		}
		if calendarDue(strings.TrimSpace(s[n:])) {
			return colDue, trimSpan(d.Source, Span{part.Start + n, part.End}) // "📅 11 Des 2026", "📅 akhir Desember"
		}
		return "", Span{}
	}
	f, ok := candidate(s)
	if !ok {
		if s[0] == 0xE2 && doneLeadRe.MatchString(s) && statusWords(s) == Done {
			return colDone, part // "— ✅ al geregeld, staat in de planning": a check mark, then words that keep it done
		}
		return localField(s, part) // "Verantwortlich: @dana", "期限：2026年3月20日", "erledigt"
	}
	if at, ok := quickKeyedValue(s); ok {
		return f.key, Span{part.Start + at, part.End}
	}
	if m := f.re.FindStringSubmatchIndex(s); m != nil {
		return f.key, Span{part.Start + m[2], part.Start + m[3]}
	}
	if f.key == colDue {
		if m := keyedDueLabelRe.FindStringIndex(s); m != nil && dueLike(strings.TrimSuffix(s[m[1]:], ".")) {
			return colDue, Span{part.Start + m[1], part.End} // "due: end of month"
		}
		if n := untilLen(s); n > 0 && n < len(s) {
			rest := trimSpan(d.Source, Span{part.Start + n, part.End})
			if k, v := matchField(d, rest); k == colDue {
				return k, v // "till 11 Dec": after "till", a due date in any form one is read in
			}
			if labelledDottedDay(d.Text(rest)) {
				return colDue, rest // "till 18.12": day first, as a dotted date is
			}
		}
	}
	return localField(s, part) // "Deadline: 15 oktober 2026"
}

// untilLen returns the length of "till " or "until " opening s, in any
// case, or 0.
func untilLen(s string) int {
	for _, w := range []string{"till ", "until "} {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
			return len(w)
		}
	}
	return 0
}

// noDueNotes say in a due date's place that there is none yet, or none
// to set: "TBD", "next sprint", "ASAP", a recurring task's "recurring".
var noDueNotes = map[string]bool{"no date": true, "no date yet": true, "no due date": true, "no due date yet": true, "not dated yet": true,
	"tbd": true, "tba": true, "tbc": true, "next sprint": true, "asap": true, "recurring": true, "none": true,
	// the same in a few other languages: "pas de date", "sin fecha", "ohne Datum"
	"pas de date": true, "pas encore de date": true, "sans date": true, "sin fecha": true, "sin fecha aún": true, "sem data": true,
	"ohne datum": true, "kein datum": true, "noch kein datum": true, "geen datum": true, "senza data": true}

// calendarDue reports a due date after a calendar emoji in any form the
// due dates are read in, of any language: the emoji says it is one.
func calendarDue(v string) bool {
	if dueLike(v) {
		return true
	}
	if _, ok := readDue(v); ok {
		return true
	}
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, ok := readDueIn(v, base, true); ok {
		return true
	}
	_, ok := parenDay(v, base, true) // "📅 51. hafta (18 Aralık)"
	return ok
}

// keyedDueLabelRe is the label of a due date and its colon, after which
// keyedDue's forms are not the only due dates: a period, "due: end of
// month", "Due: end of quarter", is one too.
var keyedDueLabelRe = lazyRe(`(?i)^(?:due(?: date| by| on)?|target(?: date)?|deadline|eta)\s*[:=]\s*`)

// calendarParen reports a parenthesis in a date a calendar's mark
// opens, "📅 51. hafta (18 Aralık)", "📅 Week 50 (Fri 11 Dec)": the
// period and its day are one due date.
func calendarParen(src []byte, i int, text Span) bool {
	open := i
	if src[i] == ')' {
		open = bytes.LastIndexByte(src[text.Start:i], '(')
		if open < 0 {
			return false
		}
		open += text.Start
	}
	seg := src[max(text.Start, open-40):open]
	if bytes.IndexByte(seg, 0xF0) < 0 && bytes.IndexByte(seg, 0xE2) < 0 {
		return false // no emoji: the quick answer
	}
	for _, e := range calendarMarks {
		if j := bytes.LastIndex(seg, []byte(e)); j >= 0 && !bytes.ContainsAny(seg[j:], ",;·—|()") {
			return true
		}
	}
	return false
}

// calendarMarks are the emoji a board or a notes tool marks a due date
// with.
var calendarMarks = []string{"📅", "📆", "🗓️", "🗓", "⏰️", "⏰"}

// calendarLead returns the length of a calendar emoji (or an alarm
// clock's, "⏰ Tue, Dec 8") and the spaces after it that open s, as
// boards and notes tools mark a due date, or 0.
func calendarLead(s string) int {
	if len(s) < 4 || s[0] != 0xF0 && s[0] != 0xE2 {
		return 0
	}
	for _, e := range calendarMarks {
		if strings.HasPrefix(s, e) {
			return len(s) - len(strings.TrimLeft(s[len(e):], " "))
		}
	}
	return 0
}

// trimSeparators drops separators and spaces at the end of a title.
// A separator is one of separatorBytes or of separatorDashes.
func trimSeparators(src []byte, s Span) Span {
	s = trimSpan(src, s)
	for s.End > s.Start {
		switch {
		case src[s.End-1] == '-' && wikiStruck(src[s.Start:s.End]):
			return s // "--(Move the batch)--": the strike's closing mark
		case separatorBytes[src[s.End-1]]:
			s.End--
		case s.End-s.Start >= 3 && separatorDash(src[s.End-3:s.End]):
			s.End -= 3
		case s.End-s.Start >= 2 && src[s.End-2] == 0xC2 && src[s.End-1] == 0xB7:
			s.End -= 2 // "·", as tools join an item's fields
		case s.End-s.Start >= 2 && src[s.End-2] == '-' && src[s.End-1] == '>':
			s.End -= 2 // "->", an arrow typed before the owner
		case s.End-s.Start >= 2 && src[s.End-2] == ' ' && src[s.End-1] == '/':
			s.End -= 2 // " /", a slash before the owner or the due date
		case s.End-s.Start >= 4 && ownerEmoji(src[s.End-4:s.End]):
			s.End -= 4
		case danglingEmphasis(src, s):
			s.End = trimSpan(src, Span{s.Start, s.End - emphasisRun(src[s.Start:s.End])}).End
		default:
			return s
		}
	}
	return s
}

// danglingEmphasis reports the opening of emphasis left at the end of
// a title whose rest, a state in it, was cut off: "… *(done)*", "…
// _(won't do)_".
func danglingEmphasis(src []byte, s Span) bool {
	n := emphasisRun(src[s.Start:s.End])
	return n > 0 && n <= 2 && s.End-s.Start > n && src[s.End-n-1] == ' '
}

// emphasisRun is the number of "*" or "_" that end b.
func emphasisRun(b []byte) int {
	n := 0
	for n < len(b) && (b[len(b)-1-n] == '*' || b[len(b)-1-n] == '_') {
		n++
	}
	return n
}

// ownerEmoji reports 👤 or 👥 (U+1F464, U+1F465), four bytes, as a
// page marks an owner with.
func ownerEmoji(b []byte) bool {
	return b[0] == 0xF0 && b[1] == 0x9F && b[2] == 0x91 && (b[3] == 0xA4 || b[3] == 0xA5)
}

// separatorBytes are the ASCII separators trimSeparators drops.
var separatorBytes = byteSet(" \t\n-|,;([")

// separatorDash reports "—", "–", "→" or another arrow, three bytes
// each.
func separatorDash(b []byte) bool {
	return b[0] == 0xE2 && (b[1] == 0x80 && (b[2] == 0x94 || b[2] == 0x93) || b[1] == 0x86 && b[2] == 0x92 || otherArrow(b[1], b[2]))
}

var (
	// ownerAnywhereRe: "… Owner: @lucas" after the title, past a full stop;
	// with a name, "Owner: Dana Kim".
	ownerAnywhereRe = lazyRe(`(?i)\b(?:owners?|assignees?|assigned to|dri)\s*:\s*(@[A-Za-z0-9][A-Za-z0-9-]*(?:\[bot\])?|unassigned|(?-i:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?))`)
	// parenOwnerRe: a login in parentheses ending the item: "… (jennifer)",
	// with the labelled fields an edit writes after it, "… (jennifer,
	// milestone: Q1 2027)".
	parenOwnerRe = lazyRe(`\(@?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:,\s*[a-z]+:[^()]*)?\)\s*$`)
	// boldLeadRe: an item that opens with a bold lead: "**Circuit breakers**: …".
	boldLeadRe = lazyRe(`^(?:\*\*|__)([^*_\n]+?)(?::(?:\*\*|__)|(?:\*\*|__)\s*(?::|[-–—]\s))\s*\S`)
)

// notOwners are words seen in parentheses at the end of an action that
// are not people.
var notOwners = wordSet(`done completed etc wip optional maybe later ongoing planned blocked pending tbd todo
p0 p1 p2 p3 p4 high medium low critical urgent`)

// notOwnerWord reports a word in parentheses at the end of an action
// that is no person: a note, a priority, or a state, "(merged)",
// "(backlog)", "(wontfix)".
func notOwnerWord(w string) bool {
	if notOwners[w] {
		return true
	}
	_, ok := bracketWords(w)
	return ok
}

// trailingOwner reads an owner that the separated parts do not give:
// "Owner: @x" after a full stop, or a login in parentheses at the end.
// It returns where the title ends: before "Owner:" when that was in it.
func (p *parser) trailingOwner(a *Action, text Span, titleEnd int, names bool) int {
	t := p.src[text.Start:text.End]
	if m := ownerAnywhereRe.FindSubmatchIndex(t); m != nil && (names || t[m[2]] == '@' || t[m[2]]|0x20 == 'u') {
		p.itemField(a, colOwner, Span{text.Start + m[2], text.Start + m[3]})
		return p.cutTitle(text, text.Start+m[0], titleEnd)
	}
	if m := parenOwnerRe.FindSubmatchIndex(t); m != nil && !notOwnerWord(string(t[m[2]:m[3]])) && text.Start+m[0] >= titleEnd-1 {
		p.itemField(a, colOwner, Span{text.Start + m[2], text.Start + m[3]})
		a.bareOwner = true
	}
	title := trimSeparators(p.src, Span{text.Start, titleEnd})
	if m := endMentionRe.FindSubmatchIndex(p.src[title.Start:title.End]); m != nil && !fieldSet(a, colOwner) {
		p.itemField(a, colOwner, Span{title.Start + m[2], title.Start + m[3]})
		a.bareOwner = true
		return title.Start + m[0]
	}
	return p.nameMention(a, title, titleEnd)
}

// ownerListSep is what joins the logins of a list of owners: "@bob,
// @cy", "@bob; @cy", "@bob and @cy", "@bob & @cy", "@bob / @cy".
var ownerListSep = lazyRe(`^\s*(?:,|;|&|/|and)\s*$`)

// listedOwner reads the first of a list of owners that ends an item,
// "Rotate the keys @bob, @cy", where the comma split the list and only
// the last login was read: the first login is the owner and the title
// ends before it. It returns where the title ends.
func (p *parser) listedOwner(a *Action, text Span, titleEnd int) int {
	title := trimSeparators(p.src, Span{text.Start, titleEnd})
	if p.src[a.OwnerSpan.Start] != '@' || !ownerListSep.Match(p.src[title.End:a.OwnerSpan.Start]) {
		return titleEnd
	}
	m := endMentionRe.FindSubmatchIndex(p.src[title.Start:title.End])
	if m == nil {
		return titleEnd
	}
	first := Span{title.Start + m[2], title.Start + m[3]}
	setField(a, colOwner, p.doc.Text(first), first) // the first of the list, not the one read
	return title.Start + m[0]
}

// nameMentionRe: a mention of a person by name, as notes tools and wikis
// write one after an item, "… @Ama Boateng Due: October 20, 2026", or
// of a mail group by its address, "… @finance-ops@example.com".
var nameMentionRe = lazyRe(`\s@(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?:\s|$)`)

// nameMention reads the owner a mention by name gives, where nothing
// else gave one, and ends the title before it.
func (p *parser) nameMention(a *Action, title Span, titleEnd int) int {
	if fieldSet(a, colOwner) || bytes.IndexByte(p.src[title.Start:title.End], '@') < 0 {
		return titleEnd
	}
	m := nameMentionRe.FindSubmatchIndex(p.src[title.Start:title.End])
	if m == nil {
		return titleEnd
	}
	p.itemField(a, colOwner, Span{title.Start + m[2], title.Start + m[3]})
	a.bareOwner = true
	if rest := trimSpan(p.src, Span{title.Start + m[1], title.End}); rest.Len() > 0 && !fieldSet(a, colDue) {
		if k, v := matchField(p.doc, rest); k == colDue {
			p.itemField(a, colDue, v) // "@Ana Ruiz 📅 Oct 30", "@Kari Nes 4. desember"
		}
	}
	return title.Start + m[0]
}

// cutTitle ends a title before a field written after it at at, and
// before the full stop of the sentence before that: "Fix it. Owner: @a"
// is titled "Fix it".
func (p *parser) cutTitle(text Span, at, titleEnd int) int {
	if at >= titleEnd {
		return titleEnd
	}
	for at > text.Start && (p.src[at-1] == '.' || isSpace(p.src[at-1])) {
		at--
	}
	return at
}

// dueAnywhereRe: "… Due: 15 October 2026" after the title, past a full
// stop.
var dueAnywhereRe = lazyRe(`(?i)\b(?:due(?: date| by| on)?|deadline|target(?: date)?|eta)\s*:\s*(\d{4}-\d{1,2}-\d{1,2}|` + writtenDue + `)`)

// trailingDue reads a due date that the separated parts do not give,
// written as a sentence of its own after the title.
func (p *parser) trailingDue(a *Action, text Span, titleEnd int) int {
	if m := dueAnywhereRe.FindSubmatchIndex(p.src[text.Start:text.End]); m != nil {
		p.itemField(a, colDue, Span{text.Start + m[2], text.Start + m[3]})
		return p.cutTitle(text, text.Start+m[0], titleEnd)
	}
	return titleEnd
}

// endMentionRe: an @mention ending an item's title, "Document the rules
// @ines", or a list of them, "… @bob, @cy": the first is the owner.
var endMentionRe = lazyRe(`\s(` + mention + `)(?:\s*(?:,|;|&|/|\band\b)\s*` + mention + `)*$`)

// ownerListRe: an owner cell or value that lists several logins,
// "@bob, @cy", "@bob;@cy"; the first is read as the owner.
var ownerListRe = lazyRe(`^(` + mention + `)(?:\s*(?:,|;|&|/|\band\b)\s*` + mention + `)+$`)

// mention is the pattern of an @mention of a login.
const mention = `@[A-Za-z0-9][A-Za-z0-9-]*(?:\[bot\])?`

// afterLink moves the end of a title past the link it ends in: the
// title of "[Fix it](…/issues/8)" is the link, whose URL gave the issue.
func (p *parser) afterLink(titleEnd, end int) int {
	if titleEnd < 2 || string(p.src[titleEnd-2:titleEnd]) != "](" && string(p.src[titleEnd-1:titleEnd]) != "(" {
		return titleEnd
	}
	open := titleEnd - 1
	for open > 0 && p.src[open] != '(' {
		open--
	}
	if open == 0 || p.src[open-1] != ']' {
		return titleEnd
	}
	if i := bytes.IndexByte(p.src[open:end], ')'); i >= 0 {
		return open + i + 1
	}
	return titleEnd
}

// shortTitle narrows a long item to the title it opens with: the bold
// lead of "**Circuit breakers**: adding …", the words before the colon of
// "Implement priority classes: it can happen …", the first sentence of
// an item of several.
// boldLead is boldLeadRe.FindSubmatchIndex, tried only on a text that
// "**" or "__" opens.
func boldLead(t []byte) []int {
	if !bytes.HasPrefix(t, []byte("**")) && !bytes.HasPrefix(t, []byte("__")) {
		return nil
	}
	return boldLeadRe.FindSubmatchIndex(t)
}

func (p *parser) shortTitle(s Span) Span {
	t := p.src[s.Start:s.End]
	if m := boldLead(t); m != nil && !kindLead(t[m[2]:m[3]]) {
		return Span{s.Start + m[2], s.Start + m[3]}
	}
	if i := strings.Index(string(t), ": "); i > 0 && i < 100 && len(strings.Fields(string(t[i:]))) > 4 && !strings.Contains(string(t[:i]), "](") && !kindLead(t[:i]) && oneWordLead(t[:i]) == "" {
		return trimSpan(p.src, Span{s.Start, s.Start + i})
	}
	if len(t) > 120 {
		if m := sentenceEndRe.FindIndex(t); m != nil && m[0] < 120 {
			return Span{s.Start, s.Start + m[0] + 3}
		}
	}
	return s
}

// workTypes are the kinds of work a tracker writes before a colon to
// open a title, "Spike: leader election …", "Bug: retries double …":
// part of the title, not a lead cut from it.
var workTypes = wordSet("spike bug task chore story epic feature fix investigation research")

// actionKinds are the kinds of action a post-mortem sorts its items by
// before a colon ("Prevent: add validation to CI", "**Detect:** alert
// on …", "Monitoring: …"): a kind, not the title, which is the whole.
var actionKinds = wordSet("prevent prevention preventive detect detection mitigate mitigation process repair respond response monitoring alerting observability testing documentation docs tooling automation training communication comms recovery resilience reliability capacity security other")

// oneWordLead returns a lead before a colon that is one word, which is
// no title of work but a kind, a name or a tag ("Dana: add validation to
// CI", "Monitoring: …"); "" for a lead of more words.
func oneWordLead(b []byte) string {
	w := strings.Trim(string(b), "*_ ")
	if w == "" || strings.ContainsAny(w, " \t") {
		return ""
	}
	return w
}

// kindLead reports a lead before a colon that is a kind of work or of
// action, in emphasis or not.
func kindLead(b []byte) bool {
	w := strings.ToLower(strings.Trim(string(b), "*_: "))
	return workTypes[w] || actionKinds[w]
}

// sentenceEndRe finds the end of a first sentence: a word of three
// letters or more, a full stop, a capital.
var sentenceEndRe = lazyRe(`[a-z0-9)]{3}\.\s+[A-Z]`)
