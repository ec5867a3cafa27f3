package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A state opening an item, as notebooks, mail, exported trackers, wikis
// and chat tools write it: in brackets, bold or not ("[done] …",
// "**[IN PROGRESS]** …", "[dropped] …"), as a wiki's template
// ("{{Done}} …", "{{Doing}} …", "{{Not done}} …") or as a chat
// reaction's code (":check: …", ":working_on_it: …"). It is no part of
// the title.

// openStateWords are the states of an item still to do.
var openStateWords = wordSet(`open todo to-do new blocked pending waiting deferred backlog wip ongoing started
planned proposed doing now later triage active`)

// stateLead reads a state opening item and returns the item after it; a
// word in brackets or braces that is no state is left in the title.
func (p *parser) stateLead(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	if len(b) < 4 {
		return item
	}
	var end int
	var st Status
	var ok bool
	switch b[0] {
	case '[', '(', '*', '_':
		end, st, ok = bracketLead(b)
	case '{':
		end, st, ok = templateLead(b)
	case ':':
		end, st, ok = p.reactionLead(b)
	default:
		end, st, ok = colonLead(b)
	}
	if !ok {
		return p.colonTail(a, item)
	}
	lead := Span{item.Start, item.Start + end}
	rest := trimSpan(p.src, Span{lead.End, item.End})
	if rest.Len() == 0 {
		return item
	}
	p.stateField(a, st, lead)
	return rest
}

// stateField reads the span of a state that closes an item as its
// field: a done mark, or a Status that drops the work.
func (p *parser) stateField(a *Action, st Status, v Span) {
	switch st {
	case Done:
		p.itemField(a, colDone, v)
	case NotPlanned:
		p.itemField(a, colStatus, v)
	}
}

// colonLead reads a state of one to three words before a colon that
// opens b, in any language of the vocabulary: "erledigt: …",
// "verworfen: …", "已完成：…". Only a state that closes the work is
// read: "Blocked: …" may open a title.
func colonLead(b []byte) (int, Status, bool) {
	i := bytes.IndexByte(b[:min(len(b), 40)], ':')
	if i < 2 || i+2 >= len(b) || b[i+1] != ' ' || bytes.Count(b[:i], []byte(" ")) > 2 {
		return 0, Open, false
	}
	st, ok := bracketWords(string(b[:i]))
	return i + 1, st, ok && st != Open
}

// colonTail reads a state after a colon that ends an item, "Add a lag
// alert: done", "…: verworfen", "…: in progress": it is no part of the
// title.
func (p *parser) colonTail(a *Action, item Span) Span {
	b := p.src[item.Start:item.End]
	i := bytes.LastIndex(b, []byte(": "))
	if i < 3 || len(b)-i > 40 || bytes.Count(b, []byte(":")) > 1 || columnKey(string(b[bytes.LastIndexByte(b[:i], ' ')+1:i])) != "" {
		return item // "— Status: done": the field's label, read with the fields
	}
	v := trimSpan(p.src, Span{item.Start + i + 2, item.End})
	st, ok := bracketWords(p.doc.Text(v))
	if !ok {
		return item
	}
	p.stateField(a, st, v)
	return trimSpan(p.src, Span{item.Start, item.Start + i})
}

// bracketLead reads "[done]", "**[DONE]**" or, as a wiki writes its
// states, "(OPEN)" opening b: where it ends and the state.
func bracketLead(b []byte) (int, Status, bool) {
	emph := 0
	if bytes.HasPrefix(b, []byte("**")) || bytes.HasPrefix(b, []byte("__")) {
		emph = 2
	}
	closing := byte(']')
	if len(b) > emph && b[emph] == '(' {
		closing = ')'
	}
	end := bytes.IndexByte(b, closing)
	if end < 0 || end > 24+emph || len(b) <= emph || b[emph] != '[' && b[emph] != '(' || emph > 0 && !bytes.HasPrefix(b[end+1:], b[:2]) {
		return 0, Open, false
	}
	st, ok := bracketState(string(b[emph+1 : end]))
	return end + 1 + emph, st, ok
}

// templateLead reads a wiki's state template opening b, "{{Done}}",
// "{{Not done}}", or an outliner's, "{{[[TODO]]}}": where it ends and
// the state. A wiki's "Not done"
// declines the request, as its "Declined" does.
func templateLead(b []byte) (int, Status, bool) {
	end := bytes.Index(b, []byte("}}"))
	if end < 3 || end > 24 || b[1] != '{' {
		return 0, Open, false
	}
	name := string(b[2:end])
	if len(name) > 4 && name[:2] == "[[" && name[len(name)-2:] == "]]" {
		name = name[2 : len(name)-2] // an outliner's "{{[[TODO]]}}", a page link in the template
	}
	if n := normalize(name); n == "not done" || n == "notdone" {
		return end + 2, NotPlanned, true
	}
	st, ok := bracketState(name)
	return end + 2, st, ok
}

// reactionLead reads a chat reaction's code opening b, ":check:", by
// the document's legend: where it ends and the state. A code the legend
// does not explain is left to markLead where it names a mark of state
// (":white_check_mark:", ":x:"); any other is still no part of the
// title, and leaves the item open.
func (p *parser) reactionLead(b []byte) (int, Status, bool) {
	n := shortcodeLen(string(b[:min(len(b), 42)]))
	if n == 0 || len(b) == n || b[n] != ' ' {
		return 0, Open, false
	}
	if st, ok := p.legend[string(b[1:n-1])]; ok {
		return n, st, true
	}
	if _, ok := shortcodes[string(b[1:n-1])]; ok {
		return 0, Open, false
	}
	return n, Open, true
}

// bracketState reads the words in a state's brackets.
func bracketState(s string) (Status, bool) {
	if strings.TrimSpace(s) == "" {
		return Open, false // a task's empty box, "[ ]", read before every item of a task list
	}
	return bracketWords(s)
}

// bracketWords is bracketState for brackets that hold more than spaces.
func bracketWords(s string) (Status, bool) {
	n := normalize(s)
	if openStateWords[n] || n == "in progress" || n == "not started" || n == "on hold" || n == "in review" {
		return Open, true
	}
	if st := parseStatus(s); st != Open {
		return st, true
	}
	if st, ok := localState(n); ok {
		return st, true // "[en cours]", "[à faire]"
	}
	if n == "duplicate" || n == "invalid" || n == "won't do" {
		return NotPlanned, true
	}
	return Open, false
}

// legendEntryRe is one entry of a legend of states: a bold word or a
// reaction's code, then what it means, "**Vyřešený** = resolved",
// ":cross_mark: dropped".
var legendEntryRe = lazyRe(`(?:\*\*([^*\n]{1,30})\*\*|:([a-z0-9_+-]{1,30}):)\s*(?:=|:|→|—|–)?\s*([\p{L}'’ -]{2,24}?)\s*(?:[,;.)]|$)`)

// stateLegend reads the legend of states that introduces an action list,
// "States: **Nový** = new, **Vyřešený** = resolved, **Odmítnutý** =
// rejected", ":check: done, :working_on_it: in progress, :cross_mark:
// dropped": the document says what its own marks mean. Two entries or
// more that each mean a state make one.
func (p *parser) stateLegend(n ast.Node) {
	if key, _ := p.sectionKey(); key != "remediation" {
		return
	}
	b := p.src[linesSpan(n).Start:linesSpan(n).End]
	if bytes.Count(b, []byte("**")) < 4 && bytes.Count(b, []byte(":")) < 4 {
		return
	}
	legend := map[string]Status{}
	for _, m := range legendEntryRe.FindAllStringSubmatch(string(b), -1) {
		st, ok := bracketState(m[3])
		if !ok {
			continue
		}
		if m[1] != "" {
			legend[normalize(m[1])] = st
		} else {
			legend[m[2]] = st
		}
	}
	if len(legend) < 2 {
		return
	}
	if p.legend == nil {
		p.legend = map[string]Status{}
	}
	for k, st := range legend {
		p.legend[k] = st
	}
}

// cellStatus reads a Status cell: by the document's legend, where it
// gives the word, else as any status is read.
func (p *parser) cellStatus(val string) Status {
	if st, ok := p.legend[normalize(val)]; ok && len(p.legend) > 0 {
		return st
	}
	return parseStatus(statusMacro(val))
}

// statusMacro returns a status cell with a wiki's status macro read as
// its title: "{status:colour=Green|title=Done}{status} — note" is "Done
// — note", as Jira Server and Confluence write a status lozenge.
func statusMacro(val string) string {
	if !strings.HasPrefix(val, "{status") {
		return val
	}
	end := strings.IndexByte(val, '}')
	i := strings.Index(val, "title=")
	if end < 0 || i < 0 || i > end {
		return val
	}
	title, _, _ := strings.Cut(val[i+len("title="):end], "|")
	return title + strings.TrimPrefix(val[end+1:], "{status}")
}
