package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// meetingActions reads the actions a meeting bot's log records, one a
// line: "#action tomasz make the push script stop before publish, by
// 2026-12-12", as a chat channel's meeting bot takes them down. The
// first word owns the action where it is the nick of one who spoke in
// the log; "TBD" there leaves it to nobody.
func (p *parser) meetingActions(n ast.Node) {
	span := linesSpan(n)
	if !bytes.Contains(p.src[span.Start:span.End], []byte(meetingAction)) {
		return
	}
	lines := n.Lines()
	nicks := make(map[string]bool, 8)
	for i := 0; i < lines.Len(); i++ {
		if nick := logNick(p.src[lines.At(i).Start:lines.At(i).Stop]); nick != "" {
			nicks[strings.ToLower(nick)] = true
		}
	}
	for i := 0; i < lines.Len(); i++ {
		line := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		at := bytes.Index(p.src[line.Start:line.End], []byte(meetingAction))
		if at < 0 || !opensMessage(p.src[line.Start:line.Start+at]) {
			continue // "we talked about #action items": no command
		}
		p.meetingAction(Span{line.Start + at + len(meetingAction), line.End}, nicks)
	}
}

// opensMessage reports a command at the start of a log line's message:
// the line's start, or after the tab that ends the nick
// ("…<TAB>@noor<TAB>#action …") or the bracket around it ("<noor>
// #action …").
func opensMessage(before []byte) bool {
	return len(before) == 0 || before[len(before)-1] == '\t' || bytes.HasSuffix(before, []byte("> "))
}

// meetingAction is the command a meeting bot takes an action down by.
const meetingAction = "#action "

// meetingAction reads one "#action" line's text as an action, its first
// word the owner where it is one of the nicks or a placeholder.
func (p *parser) meetingAction(text Span, nicks map[string]bool) {
	text = trimSpan(p.src, text)
	word := Span{text.Start, text.Start}
	for word.End < text.End && !isSpace(p.src[word.End]) {
		word.End++
	}
	w := strings.TrimRight(p.doc.Text(word), ":,")
	owned := nicks[strings.ToLower(w)]
	if owned || IsPlaceholder(w) {
		text.Start = word.End
	}
	count := len(p.doc.Actions)
	p.readAction(trimSpan(p.src, text), "Meeting actions")
	if owned && len(p.doc.Actions) == count+1 && !fieldSet(&p.doc.Actions[count], colOwner) {
		p.itemField(&p.doc.Actions[count], colOwner, Span{word.Start, word.Start + len(w)})
	}
}

// logNick returns the nick of a chat log's line written "2026-11-25
// 19:10:02<TAB>@ayodele<TAB>text", less the sign of the nick's mode, or
// "" for a line of another form.
func logNick(line []byte) string {
	first := bytes.IndexByte(line, '\t')
	if first < 0 {
		return ""
	}
	rest := line[first+1:]
	second := bytes.IndexByte(rest, '\t')
	if second <= 0 {
		return ""
	}
	nick := bytes.TrimLeft(rest[:second], "@+%~&")
	if len(nick) == 0 || bytes.ContainsAny(nick, " <>-") {
		return "" // "-->", "<--": a join or a part
	}
	return string(nick)
}
