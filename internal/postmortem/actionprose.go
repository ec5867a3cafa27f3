package postmortem

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Actions written outside lists and tables: an "**Action item:** …"
// paragraph anywhere, and plain lines under an action heading, one
// action a line.

// actionLabels are bold leads that make a paragraph an action.
var actionLabels = map[string]bool{
	"action": true, "action item": true, "action items": true, "ai": true, "todo": true, "to do": true,
	"follow up": true, "followup": true, "next step": true, "countermeasure": true,
}

// paragraphActions reads a paragraph as actions where it is one.
func (p *parser) paragraphActions(n ast.Node) {
	key, name := p.sectionKey()
	if label, _, rest, ok := p.leadLabel(n); ok {
		below := introducesBelow(p.src[rest:linesSpan(n).End])
		if lookupNormal(actionLabels, label) {
			if below {
				return // "**Follow-up.** Tracked as change requests linked to this ticket:": the table below holds them
			}
			if name == "" {
				name = label
			}
			p.labelledAction(n, rest, name)
			return
		}
		if below && key == "remediation" && p.headingKey(label) == key {
			return // "**What we're changing.** We went through these on Monday:": the section's label, the list below
		}
	}
	if rest, ok := p.taskTagLead(n); ok && (key == "remediation" || n.Lines().Len() > 1 && p.fieldLinesFrom(n) == 1) {
		p.labelledAction(n, rest, name) // "[タスク] ログのローテーション…" over "担当者：…"
		return
	}
	if key != "remediation" || p.inRecord() || p.footnoteDef(n) || p.chatTaskCard(n, name) || p.messageHeader(n) || p.wikiTasks(n, name) {
		return
	}
	if p.commentsHead(n) || p.valediction(n) {
		p.endBodyAt(linesSpan(n).Start)
		return
	}
	if span := linesSpan(n); n.Lines().Len() == 1 {
		p.lineAction(n, span, name)
		return
	}
	if first := n.Lines().At(0); plainActionLeadRe.Match(p.src[first.Start:first.Stop]) && p.fieldLinesFrom(n) == 1 {
		m := plainActionLeadRe.FindIndex(p.src[first.Start:first.Stop])
		p.labelledAction(n, first.Start+m[1], name) // "Action: …" then "Owner: …"
		return
	}
	if p.titledFields(n, name) {
		return
	}
	lines := p.plainLines(n)
	if p.anyProse(lines) {
		// Sentences about the plan, one a line: one action, the
		// paragraph, titled by its first sentence.
		p.readAction(linesSpan(n), name)
		return
	}
	for _, l := range lines {
		p.readAction(l, name)
		if n := len(p.doc.Actions); n > 0 && p.doc.Actions[n-1].Span.Start >= l.Start {
			p.doc.Actions[n-1].plainLine = true
		}
	}
}

// taskTags are the words a chat tool or a notes page writes in brackets
// before a task's title, "[タスク] …", "[Task] …", as actionLabels are
// written in bold.
var taskTags = map[string]bool{"task": true, "タスク": true, "任务": true, "任務": true, "aufgabe": true, "tâche": true, "tarea": true,
	"tarefa": true, "taak": true, "zadanie": true, "compito": true}

// taskTagLead returns where the title starts after a bracketed tag that
// names a task and opens paragraph n's first line, "[タスク] 追跡ページに
// …", "[Action item] …"; ok false where none does.
func (p *parser) taskTagLead(n ast.Node) (int, bool) {
	if n.Lines().Len() == 0 {
		return 0, false
	}
	first := n.Lines().At(0)
	b := p.src[first.Start:first.Stop]
	if len(b) < 4 || b[0] != '[' {
		return 0, false
	}
	end := bytes.IndexByte(b, ']')
	if end < 2 || end > 24 || end+2 >= len(b) || b[end+1] != ' ' && !bytes.HasPrefix(b[end+1:], []byte("　")) {
		return 0, false
	}
	tag := string(b[1:end])
	if !taskTags[strings.ToLower(tag)] && !lookupNormal(actionLabels, tag) {
		return 0, false
	}
	rest := first.Start + end + 1
	for rest < first.Stop && (p.src[rest] == ' ' || bytes.HasPrefix(p.src[rest:first.Stop], []byte("　"))) {
		rest += 1 + 2*boolInt(p.src[rest] != ' ')
	}
	return rest, rest < first.Stop
}

// commentsHead reports a line alone that opens a page's comment thread
// with the speech balloon its tool draws, "💬 Comments (2)", "🗨️
// Kommentare": what follows are the readers' replies, not follow-ups.
func (p *parser) commentsHead(n ast.Node) bool {
	if commentByline(p.src[n.Lines().At(0).Start:n.Lines().At(0).Stop]) {
		return true
	}
	if n.Lines().Len() != 1 {
		return false
	}
	t := bytes.TrimLeft(p.src[n.Lines().At(0).Start:n.Lines().At(0).Stop], " *_")
	return bytes.HasPrefix(t, []byte("💬")) || bytes.HasPrefix(t, []byte("🗨")) || reactionsLine(t)
}

// commentByline reports a comment of a discussion under a post, its
// writer in bold and the day after a middle dot, "**Sam Lee** · Dec 2 —
// Looks good.", or its age, "**kim_l** 3 hours ago | next": the thread
// below the follow-ups holds none.
func commentByline(t []byte) bool {
	if len(t) < 10 || t[0] != '*' || t[1] != '*' {
		return false
	}
	end := bytes.Index(t[2:min(len(t), 48)], []byte("** "))
	if end <= 0 || bytes.ContainsAny(t[2:2+end], "*:") {
		return false
	}
	after := t[2+end+3:]
	return bytes.HasPrefix(after, []byte("· ")) || agoRe.Match(after)
}

// agoRe is the age a forum writes after a comment's writer, "4 hours
// ago", "1 day ago".
var agoRe = lazyRe(`^\d{1,2} (?:minute|hour|day|week|month)s? ago\b`)

// reactionsLine reports the line a staff network's post ends with, its
// reactions, comments and readers counted between middle dots, "👍😮 18 ·
// 6 comments · Seen by 74", and the line under each comment, "Like ·
// Reply · 1d": the comments below are no actions.
func reactionsLine(t []byte) bool {
	if len(t) > 80 || !bytes.Contains(t, []byte("·")) {
		return false
	}
	return bytes.Contains(t, []byte(" comments")) || bytes.Contains(t, []byte("Seen by ")) || bytes.HasPrefix(t, []byte("Like · Reply"))
}

// valediction reports a letter's closing alone on its line, "Kind
// regards,", "Thanks,", or over the writer's name, role and
// organisation in a paragraph of up to four lines ("Met vriendelijke
// groet,\nFemke Jansen\nBehandelaar, Applicatiebeheer", "Cu stimă,\n
// Andrei Vlăsceanu\nManager de serviciu\nBanca …"): a post-mortem sent as an
// email signs off after its follow-ups, and the signature and the
// replies below are none.
func (p *parser) valediction(n ast.Node) bool {
	if n.Lines().Len() > 4 {
		return false
	}
	t := bytes.TrimRight(bytes.TrimSpace(p.src[n.Lines().At(0).Start:n.Lines().At(0).Stop]), ",.!")
	if n.Lines().Len() == 1 && signOff(t) {
		return true
	}
	if len(t) >= 32 {
		return false
	}
	w := strings.ToLower(string(t))
	return closings[w] || closingWords[w]
}

// signOffs open the line a writer leaves the readers with after the
// follow-ups, the reviewers' approval ("LGTM'd by Ana and Raj, 3 Dec",
// "Reviewed by Kim Lee"), an offer to answer: "Any doubts, ping me. — Prakash",
// "Questions? Let me know", or thanks that close a mail over the
// writer's signature: "Thanks to Priya for the early heads-up."
var signOffs = [...]string{"lgtm", "approved by ", "reviewed by ", "signed off by ", "happy to answer", "any doubts", "any questions", "questions?", "let me know", "ping me", "feel free to", "thanks to ", "thank you to ", "many thanks to "}

// signOff reports a line that opens with one of signOffs.
func signOff(t []byte) bool {
	if len(t) < 7 {
		return false
	}
	switch t[0] | 0x20 {
	case 'a', 'q', 'l', 'p', 'f', 't', 'm', 'r', 's', 'h':
	default:
		return false
	}
	for _, s := range signOffs {
		if len(t) >= len(s) && strings.EqualFold(string(t[:len(s)]), s) {
			return true
		}
	}
	return false
}

// closings are the words a letter signs off with in English; closingWords
// those of other languages too, read over the writer's name.
var closings = map[string]bool{"kind regards": true, "best regards": true, "warm regards": true, "warmest regards": true, "regards": true,
	"many thanks": true, "thanks": true, "thank you": true, "best": true, "all the best": true, "best wishes": true, "cheers": true,
	"sincerely": true, "yours sincerely": true, "yours faithfully": true, "yours": true, "with thanks": true}

// introducesBelow reports the text after an action's label that ends
// with a colon, on one line: it introduces the list or table below, and
// is no action itself.
func introducesBelow(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && b[len(b)-1] == ':' && bytes.IndexByte(b, '\n') < 0
}

// titledFields reads a paragraph whose first line is an item's title
// and whose other lines are all its fields, in a definition list's form
// (": **Owner** — Farid Sheikh", ": **Due** — 18 December"), or under a
// bold title, as a tool's task card writes them, several on a line or
// not ("Status: Open · Assignee: Ana Ruiz · Due: 15.12."), as one action;
// it reports whether it did.
//
// A first line counted by a letter ("(a) Introduce expiry monitoring …"
// over "Owner: Infrastructure team. Target date: 18 December 2026.") is
// such a title too: a letter counts items, not sentences.
func (p *parser) titledFields(n ast.Node, name string) bool {
	first := n.Lines().At(0)
	b := p.src[first.Start:first.Stop]
	lead := letterMarker(b)
	b = b[lead:]
	if p.fieldLinesFrom(n) != 1 || !opensItem(b) || proseLineRe.Match(b) || bytes.HasSuffix(bytes.TrimSpace(b), []byte(":")) {
		return false
	}
	second := p.doc.LineSpan(p.doc.Line(n.Lines().At(1).Start))
	if _, ok := p.definitionLine(second, p.doc.Text(second)); !ok && !boldLine(b) && lead == 0 {
		return false
	}
	p.labelledAction(n, first.Start+lead, name)
	return true
}

// quotedCard reads a quote under the follow-ups that is a task card, its
// bold title on the first line and its fields on the lines below
// ("> **#412 · Alert on failed renewals**", "> Status: Open · Assignee:
// Ana Ruiz · Due: 15.12."), as a tool exports the tasks linked to a page,
// as one action; it reports whether it did.
func (p *parser) quotedCard(n ast.Node) bool {
	key, name := p.sectionKey()
	if key != "remediation" || p.inRecord() || n.Lines().Len() < 2 {
		return false
	}
	return p.titledFields(n, name)
}

// footnoteDef reports a paragraph that defines a footnote, "[^c1]: …",
// as a document exported with its comments ends: a note on the text, no
// action.
func (p *parser) footnoteDef(n ast.Node) bool {
	if n.Lines().Len() == 0 {
		return false
	}
	b := p.src[n.Lines().At(0).Start:n.Lines().At(0).Stop]
	if len(b) < 5 || b[0] != '[' || b[1] != '^' {
		return false
	}
	i := bytes.IndexByte(b, ']')
	return i > 2 && i+1 < len(b) && b[i+1] == ':' && bytes.IndexByte(b[2:i], ' ') < 0
}

// messageHeaderRe is the line a chat's export opens a message with: its
// date and time in brackets, then its author's name, "[12/1/2026 10:03
// AM] ana.k", "[2026-12-01 10:03] ana".
var messageHeaderRe = lazyRe(`^\[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?\] +@?[\p{L}\p{N}][\p{L}\p{N}_.-]{0,39}$`)

// nameTimeHeadRe opens a message of KakaoTalk's export: the author's
// name, then the time, each in brackets, and the message on the same
// line, "[이도윤] [오후 2:11] 롤백 배포 완료는 …", "[Ana] [PM 2:11] …".
var nameTimeHeadRe = lazyRe(`^\[[^\[\]]{1,30}\] \[(?:\p{L}{1,3} ?)?\d{1,2}:\d{2}\]`)

// Other chat tools write the author first: Telegram's export its name,
// a comma and the date and time in brackets, "Олена Гнатюк, [01.12.2026
// 17:42]" (authorFirstRe); Google Chat's copy the name in bold, a middle
// dot and the weekday and time, "**Lena Ortiz** · Wed 10:05 AM", Webex's
// and Teams' the bold name and the time alone, "**Dr. Meera Menon** 4:47
// PM", "**Ana Ruiz** 10:04 AM (edited)", and a record's comments the
// bold name and the date with the time, "**Tom Nguyen** · 02/12/2026
// 14:22", or a chat export's reply, its kind before the author and the
// date, "**Thread reply** · jonah.price · Tue 1 Dec 2026 17:05"
// (boldAuthorRe).
var (
	authorFirstRe = lazyRe(`^\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,3}, \[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]$`)
	// A forum's comment under a post gives the bold name and how long
	// ago it was written: "**mika** · 3 hours ago" (boldAgeAuthorRe).
	boldAgeAuthorRe = lazyRe(`^\*\*@?\p{L}[^*]{0,39}\*\* +(?:· +)?(?:\d{1,2}|an?|one) (?:minute|hour|day|week|month|year)s? ago$`)
	// A mail client's printed thread heads each reply with the bold
	// sender, the address and the date: "**Hana Okafor**
	// <hana@example.com>    Tue, Dec 1, 2026 at 7:05 PM" (mailAuthorRe).
	mailAuthorRe = lazyRe(`^\*\*\p{L}[^*]{1,40}\*\* <[^<>@\s]+@[^<>\s]+>\s+.{0,40}\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?$`)
	boldAuthorRe = lazyRe(`^\*\*\p{L}[^*]{1,40}\*\*(?: · @?[\p{L}\p{N}][\p{L}\p{N}_.-]{0,39})?(?: ·)? +(?:\p{L}{2,9}\.?,? )?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? |\d{1,2} \p{L}{3,9}\.? \d{4},? )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: \(\p{L}+\))?$`)
)

// messageHeader reports a paragraph that opens with a chat message's
// header: a message in the thread under the follow-ups, after the list
// has ended, with its author and time, and no action of the list.
func (p *parser) messageHeader(n ast.Node) bool {
	if n.Lines().Len() == 0 {
		return false
	}
	first := p.doc.LineSpan(p.doc.Line(n.Lines().At(0).Start))
	first = trimSpan(p.src, Span{max(first.Start, n.Lines().At(0).Start), first.End})
	b := p.src[first.Start:first.End]
	switch {
	case len(b) > 0 && b[0] == '[':
		return messageHeaderRe.Match(b) || nameTimeHeadRe.Match(b)
	case len(b) > 0 && b[len(b)-1] == ']':
		return authorFirstRe.Match(b)
	case bytes.HasPrefix(b, []byte("**")) && bytes.Contains(b, []byte("** ")):
		return boldAuthorRe.Match(b) || bytes.HasSuffix(b, []byte(" ago")) && boldAgeAuthorRe.Match(b) || bytes.Contains(b, []byte("** <")) && mailAuthorRe.Match(b)
	}
	return false
}

// labelledAction reads a paragraph led by an action's label ("**Action:**
// …", "Action: …") from rest as one action. Field lines that end it
// ("**Owner:** Ana; Ben", "Due: 15 January") give the fields its reading
// missed; where that reading ran into them, not seeing their labels, the
// action is read again from the text before them, and its title as read
// first is kept as the long one, an issue's key. The paragraphs and lists
// of field lines right after it are its fields too (labelledFields).
func (p *parser) labelledAction(n ast.Node, rest int, name string) {
	count, steps := len(p.doc.Actions), len(p.doc.Steps)
	p.readAction(Span{rest, linesSpan(n).End}, name)
	if len(p.doc.Actions) == count && len(p.doc.Steps) == steps+1 {
		if i := p.fieldLinesFrom(n); i > 0 && i < n.Lines().Len() && n.Lines().At(i).Start > rest {
			// Read with its field lines, the title read as a step
			// taken, as "状態：完了" makes one: the title is the text
			// before them.
			p.doc.Steps = p.doc.Steps[:steps]
			p.readAction(p.sentenceBefore(rest, p.doc.LineSpan(p.doc.Line(n.Lines().At(i).Start)).Start), name)
		}
	}
	if len(p.doc.Actions) != count+1 {
		return
	}
	if i := p.fieldLinesFrom(n); i > 0 && i < n.Lines().Len() && n.Lines().At(i).Start > rest {
		at := p.doc.LineSpan(p.doc.Line(n.Lines().At(i).Start)).Start
		if first := p.doc.Actions[count]; first.TitleSpan.End > at {
			p.doc.Actions = p.doc.Actions[:count]
			p.readAction(p.sentenceBefore(rest, at), name)
			if len(p.doc.Actions) != count+1 {
				return
			}
			a := &p.doc.Actions[count]
			a.LongTitle, a.Span.End = first.Title, first.Span.End
		}
		fields, _ := p.fieldLinesOf(n, i)
		p.lineFields(&p.doc.Actions[count], fields)
	}
	p.fieldsBelow = fieldsBelow{action: count + 1, end: linesSpan(n).End}
}

// sentenceBefore returns the text from start to at less the spaces and
// the full stop that end it, as a title is cut before a field label.
func (p *parser) sentenceBefore(start, at int) Span {
	s := trimSpan(p.src, Span{start, at})
	if s.Len() > 1 && p.src[s.End-1] == '.' {
		s.End--
	}
	return s
}

// lineFields gives an action the fields its field lines give. A line's
// value is read as an item's fields are: its first part is the labelled
// field ("**Owner:** Ana Ruiz (Platform team)" is owned by Ana Ruiz),
// and the parts after it are fields of their own ("Ana Ruiz, due
// 2026-12-01"). The first value of a field wins.
func (p *parser) lineFields(a *Action, fields []headingFieldLine) {
	var sb [12]Span
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if rest, cut, ok := p.wideSpaceField(f.value); ok {
			// "担当者：中村 彩　期限：2026/12/11　状態：完了": the fields
			// of a line set apart by full-width spaces, read one by one
			f.value.End = trimSpan(p.src, Span{f.value.Start, cut}).End
			fields = append(fields[:i+1:i+1], append([]headingFieldLine{rest}, fields[i+1:]...)...)
		}
		parts, _ := splitParts(sb[:0], p.src, f.value, true)
		if len(parts) == 0 {
			continue
		}
		p.nestedFields(a, []headingFieldLine{{f.key, parts[0]}})
		for _, part := range parts[1:] {
			if k, v := matchField(p.doc, part); k != "" {
				p.itemField(a, k, v)
			}
		}
	}
}

// wideSpaceField returns the field that follows a full-width space in
// a field line's value, labelled as fieldLine reads one ("　期限：12/18"),
// as Japanese sets the fields of a line apart, and where the space
// is; ok false where none does.
func (p *parser) wideSpaceField(v Span) (_ headingFieldLine, cut int, ok bool) {
	b := p.src[v.Start:v.End]
	if bytes.IndexByte(b, 0xE3) < 0 {
		return headingFieldLine{}, 0, false // no full-width space, the quick answer
	}
	for at := 0; ; {
		k := bytes.Index(b[at:], []byte("　"))
		if k < 0 {
			return headingFieldLine{}, 0, false
		}
		cut = v.Start + at + k
		at += k + len("　")
		next := at
		for next < len(b) && (b[next] == ' ' || bytes.HasPrefix(b[next:], []byte("　"))) {
			next += 1 + 2*boolInt(b[next] != ' ')
		}
		if f, ok := p.fieldLine(v.Start + next); ok && f.value.Start > v.Start+next {
			f.value.End = min(f.value.End, v.End)
			return f, cut, true
		}
	}
}

// fieldsBelow is the action a paragraph led by its label gave, and
// where that paragraph, or the last field lines read for it, ends.
type fieldsBelow struct {
	action int // the action's index plus one; 0 for none
	end    int
}

// labelledFields reads a paragraph or a list of field lines right after
// a paragraph led by an action's label, with only blank lines between,
// as that action's fields; it reports whether it did.
func (p *parser) labelledFields(n ast.Node) bool {
	below := p.fieldsBelow
	if below.action == 0 || below.action != len(p.doc.Actions) {
		return false
	}
	var fields []headingFieldLine
	var span Span
	ok := false
	if l, isList := n.(*ast.List); isList {
		fields, ok = p.itemFieldLines(l)
		if first, last := firstText(l.FirstChild()), firstText(l.LastChild()); ok && first != nil && last != nil {
			span = Span{linesSpan(first).Start, linesSpan(last).End}
		}
	} else if n.Lines().Len() > 0 {
		fields, ok = p.fieldLines(n)
		span = linesSpan(n)
	}
	if !ok || !span.Valid() || len(bytes.TrimSpace(p.src[below.end:p.doc.LineSpan(p.doc.Line(span.Start)).Start])) > 0 {
		return false
	}
	p.lineFields(&p.doc.Actions[below.action-1], fields)
	p.fieldsBelow.end = span.End
	return true
}

// fieldLinesFrom returns the first of the lines of a paragraph from
// which every line is a field line; the number of lines when the last
// is none.
func (p *parser) fieldLinesFrom(n ast.Node) int {
	lines := n.Lines()
	i := lines.Len()
	for i > 0 {
		if _, ok := p.fieldLine(lines.At(i - 1).Start); !ok {
			break
		}
		i--
	}
	return i
}

// dropIntroLines drops the actions read from the plain lines of a
// paragraph in the current section before a table of actions: the
// paragraph introduces the table ("The review agreed the following.
// Target dates are in the format DD/MM/YYYY."), hard-wrapped.
func (p *parser) dropIntroLines() {
	secs := p.doc.Sections
	if len(secs) == 0 {
		return
	}
	start, keep := secs[len(secs)-1].Span.Start, 0
	for _, a := range p.doc.Actions {
		if !a.plainLine || a.Span.Start < start {
			p.doc.Actions[keep] = a
			keep++
		}
	}
	p.doc.Actions = p.doc.Actions[:keep]
}

// plainActionLeadRe: "Action: …", "TODO: …" opening a line without
// emphasis.
var plainActionLeadRe = lazyRe(`^(?i:action(?: item)?|follow[- ]?up|todo)\s*:\s*`)

// lineAction reads a paragraph of one line under an action heading: an
// action when an id or "Action:" leads it ("AI-1: Alert on lag"), or
// when it names an owner, a due date, a priority or an issue
// ("**Rate-limit the retries** — @lee, due 2026-11-01"). A sentence
// about the list ("We will track these in the tracker.") is none.
func (p *parser) lineAction(n ast.Node, span Span, name string) {
	lettered := letterMarker(p.src[span.Start:span.End]) // "(e) Not taken forward: …": an item, as a list's is
	span.Start += lettered
	b := p.src[span.Start:span.End]
	if idLed(b) {
		p.readAction(span, name)
		return
	}
	if m := plainActionLeadRe.FindIndex(b); m != nil && m[1] < len(b) {
		p.labelledAction(n, span.Start+m[1], name)
		return
	}
	if p.boldSentenceAction(span, name) {
		return
	}
	if b[len(b)-1] == ':' || !opensItem(b) || asOfLine(b) || exportNote(string(b)) || markLegend(b) || lettered == 0 && proseLineRe.Match(b) || isRecordStep(string(b)) || p.otherSectionLine(b) {
		return
	}
	count := len(p.doc.Actions)
	p.readAction(span, name)
	if len(p.doc.Actions) == count+1 && !hasFields(p.doc.Actions[count]) && (lettered == 0 || p.doc.Actions[count].Status == Open) {
		p.doc.Actions = p.doc.Actions[:count] // a line with no field is not known to be an action
	}
}

// otherSectionLine reports a line led by the name of another section
// than the follow-ups and a colon, as a page ends with its links: "See
// also: [runbook](…) · [previous review, 2026-06-14](…)", "Notes: …".
func (p *parser) otherSectionLine(b []byte) bool {
	colon := bytes.IndexByte(b, ':')
	if colon < 2 || colon > 40 {
		return false
	}
	key := lookupNormal(p.sections, string(b[:colon]))
	return key != "" && key != "remediation"
}

// markLegend reports a line that explains the marks of the list below
// it, two or more in code spans: "Task states: `[ ]` open, `[x]` done,
// `[DROPPED]`."
func markLegend(b []byte) bool {
	return bytes.Count(b, []byte("`[")) >= 2
}

// proseLineRe is a line that opens with a subject and its verb ("The
// ideal pattern would be…", "Chia is aiming at…", "Finally, we're
// looking…", "More on this can be found…") rather than with an
// imperative or a noun phrase as action items do.
var proseLineRe = lazyRe(`(?i)^(?:(?:[\pL\pN'’-]+,?\s+){1,6}?(?:is|are|was|were|would|will|has|have|had|can|could|should|may|might|must)\s|(?:[\pL\pN-]+,?\s+){0,5}?(?:we|they|i|you|it)['’](?:re|ve|ll|d|s)\s)`)

func (p *parser) anyProse(lines []Span) bool {
	for _, l := range lines {
		if proseLineRe.Match(p.src[l.Start:l.End]) {
			return true
		}
	}
	return false
}

// plainLines returns the lines of a paragraph that lists one action a
// line: two lines or more, each opening with a capital, a mention or a
// link, none ending with a colon. Prose wrapped at a fixed width has
// lines that open in lower case, and is not read.
func (p *parser) plainLines(n ast.Node) []Span {
	segs := n.Lines()
	if segs.Len() < 2 {
		return nil
	}
	out := make([]Span, 0, segs.Len())
	for i := 0; i < segs.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(segs.At(i).Start))
		ls = trimSpan(p.src, Span{max(ls.Start, segs.At(i).Start), ls.End})
		ls.Start += letterMarker(p.src[ls.Start:ls.End]) // "a. Add validation …", "(b) …", "ii) …"
		if ls.Len() == 0 || p.src[ls.End-1] == ':' || !opensItem(p.src[ls.Start:ls.End]) {
			return nil
		}
		out = append(out, ls)
	}
	return out
}

// letterMarker returns the length of a list's marker of a letter or a
// small roman number that opens a line, with the space after it ("a. ",
// "b) ", "(c) ", "iv. "), which Markdown reads as no list; 0 for none.
func letterMarker(b []byte) int {
	i := 0
	if len(b) > 0 && b[0] == '(' {
		i = 1
	}
	j := i
	for j < len(b) && j-i < 4 && (b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z') {
		j++
	}
	w := strings.ToLower(string(b[i:j]))
	if j == i || j-i > 1 && !romanNumbers[w] || j+1 >= len(b) || b[j+1] != ' ' {
		return 0
	}
	if i == 1 && b[j] != ')' || i == 0 && b[j] != '.' && b[j] != ')' {
		return 0
	}
	return j + 2
}

// romanNumbers are the small roman numbers a list counts its items by.
var romanNumbers = wordSet("i ii iii iv v vi vii viii ix x xi xii")

func opensItem(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsUpper(r) || r == '@' || r == '[' || r == '*' || r == '~' // "~~Hire a second vendor~~ Dropped": struck, an item still
}

// asOfLine reports a line that dates the state of the list below it,
// "State as of the review (2026-11-16).", "As of 3 March, …": a note
// on the list, whose date is no due date.
func asOfLine(b []byte) bool {
	words := strings.Fields(strings.ToLower(string(b[:min(len(b), 24)])))
	for i := 0; i+1 < len(words) && i < 3; i++ {
		if words[i] == "as" && words[i+1] == "of" {
			return i == 0 || statusHeads[words[0]]
		}
	}
	return false
}

// statusHeads open a note on the state of a list: "Status as of …".
var statusHeads = wordSet("state status progress updated")

// boldLine reports a line that is all one bold run: "**#412 · Title**".
func boldLine(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 4 && bytes.HasPrefix(b, []byte("**")) && bytes.HasSuffix(b, []byte("**")) && !bytes.Contains(b[2:len(b)-2], []byte("**"))
}
