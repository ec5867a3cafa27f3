package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A container is a block that holds other blocks under a title, in the
// two layouts documentation sites write them:
//
//	!!! note "Incident details"          an admonition (also "??? note",
//	    **Severity:** SEV1               "???+ note"): its blocks are
//	    **Detected:** 19:38 UTC          indented four spaces
//
//	::: {.abstract}                      a fenced div, as pandoc writes
//	For three hours …                    it (or ":::info Title", as
//	:::                                  Docusaurus does): its blocks
//	                                     between fences
//
// Its title names a section as a heading does (the admonition's quoted
// title, else its type; the div's first class), and the section ends
// with the block.

var kindContainer = ast.NewNodeKind("Container")

// container is an admonition or a fenced div.
type container struct {
	ast.BaseBlock
	title  text.Segment // the title as written: the quoted title, the type or the class
	start  int          // where the opening line starts
	end    int          // where the last line read ends
	fence  int          // the colons of a div's fence, the backticks of a directive's; 0 for an admonition
	nested int          // divs opened inside a div and not yet closed
	// directive is the name of a MyST directive ("note", "list-table")
	// whose fence of backticks opened the container, or "".
	directive string
}

func (n *container) Kind() ast.NodeKind { return kindContainer }

func (n *container) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// containers is the block parser of admonitions and fenced divs.
type containers struct{}

func (containers) Trigger() []byte { return []byte{'!', '?', ':'} }

func (containers) CanInterruptParagraph() bool { return false }

func (containers) CanAcceptIndentedLine() bool { return false }

func (containers) Close(ast.Node, text.Reader, gparser.Context) {}

func (containers) Open(_ ast.Node, reader text.Reader, _ gparser.Context) (ast.Node, gparser.State) {
	line, seg := reader.PeekLine()
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w > 3 {
		return nil, gparser.NoChildren
	}
	var n *container
	if line[pos] == ':' {
		n = openDiv(line, pos)
	} else if n = openAdmonition(line, pos); n != nil && !bodyIndented(reader.Source()[seg.Stop:]) {
		n = nil // "!!! Timeline" over an unindented list: a wiki's heading, no admonition
	}
	if n == nil {
		return nil, gparser.NoChildren
	}
	n.title.Start += seg.Start
	n.title.Stop += seg.Start
	n.start, n.end = seg.Start, seg.Stop
	reader.Advance(len(bytes.TrimRight(line, "\r\n")))
	return n, gparser.HasChildren
}

// openAdmonition reads `!!! type "Title"` (or `???`, `???+`) at pos.
func openAdmonition(line []byte, pos int) *container {
	rest := line[pos:]
	var mark int
	switch {
	case bytes.HasPrefix(rest, []byte("!!!")), bytes.HasPrefix(rest, []byte("???+")), bytes.HasPrefix(rest, []byte("???")):
		mark = 3
		if bytes.HasPrefix(rest, []byte("???+")) {
			mark = 4
		}
	default:
		return nil
	}
	i := pos + mark
	if i >= len(line) || line[i] != ' ' && line[i] != '\t' {
		return nil
	}
	i = skipBlanks(line, i)
	typ := i
	for i < len(line) && (isLoginByte(line[i]) || line[i] == '_') {
		i++
	}
	if i == typ {
		return nil
	}
	n := &container{title: text.NewSegment(typ, i)}
	j := skipBlanks(line, i)
	if !admonitionRest(line[j:]) {
		return nil // "!!! Who did what": a wiki's heading, words after the type
	}
	if j < len(line) && line[j] == '"' {
		if k := bytes.IndexByte(line[j+1:], '"'); k > 0 {
			n.title = text.NewSegment(j+1, j+1+k)
		}
	}
	return n
}

// bodyIndented reports the first line with text in rest indented by a
// tab or four spaces, as an admonition's body is.
func bodyIndented(rest []byte) bool {
	for len(rest) > 0 {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if len(bytes.TrimSpace(line)) > 0 {
			return line[0] == '\t' || bytes.HasPrefix(line, []byte("    "))
		}
	}
	return false
}

// admonitionRest reports what may follow an admonition's type: nothing,
// a quoted title, or the modifiers "inline" and "end" before either.
func admonitionRest(rest []byte) bool {
	for _, w := range bytes.Fields(rest) {
		if w[0] == '"' {
			return true
		}
		if string(w) != "inline" && string(w) != "end" {
			return false
		}
	}
	return true
}

// openDiv reads a div's opening fence at pos: at least three colons and
// the attributes, "{.note}", "{#id .note}" or a bare class "note".
func openDiv(line []byte, pos int) *container {
	i := pos
	for i < len(line) && line[i] == ':' {
		i++
	}
	if i-pos < 3 {
		return nil
	}
	j := skipBlanks(line, i)
	rest := strings.TrimRight(string(line[j:]), " \t\r\n:")
	if rest == "" {
		return nil
	}
	n := &container{fence: i - pos}
	name, off := divClass(rest)
	if name == "" {
		return nil
	}
	n.title = text.NewSegment(j+off, j+off+len(name))
	if t, toff := divTitle(rest, off+len(name)); t != "" {
		n.title = text.NewSegment(j+toff, j+toff+len(t)) // ":::info Incident details", ":::tip[Lessons]"
	} else if t, toff := titleAttr(rest); t != "" {
		n.title = text.NewSegment(j+toff, j+toff+len(t)) // "{.callout-note title=\"Incident facts\"}"
	}
	return n
}

// titleAttr returns the value of a title attribute among a div's
// attributes in braces, as Quarto titles its callouts ("{.callout-note
// title=\"Incident facts\"}"), and where it starts; "" when there is none.
func titleAttr(attrs string) (string, int) {
	if !strings.HasPrefix(attrs, "{") {
		return "", 0
	}
	i := strings.Index(attrs, "title=")
	if i < 0 || attrs[i-1] != ' ' && attrs[i-1] != '{' {
		return "", 0
	}
	i += len("title=")
	if i >= len(attrs) || attrs[i] != '"' && attrs[i] != '\'' {
		return "", 0
	}
	end := strings.IndexByte(attrs[i+1:], attrs[i])
	if end <= 0 {
		return "", 0
	}
	return attrs[i+1 : i+1+end], i + 1
}

// divTitle returns the title written after a bare class, in brackets or
// not, and where it starts; "" when there is none.
func divTitle(attrs string, after int) (string, int) {
	if strings.HasPrefix(attrs, "{") || after >= len(attrs) {
		return "", 0
	}
	rest := attrs[after:]
	start := after + len(rest) - len(strings.TrimLeft(rest, " \t["))
	t := strings.TrimRight(attrs[start:], " \t]")
	return t, start
}

// divClass returns the class that names a div, and where it starts in
// the attributes: the first ".class" in braces, or a bare word.
func divClass(attrs string) (string, int) {
	if !strings.HasPrefix(attrs, "{") {
		end := strings.IndexAny(attrs, " \t{[")
		if end < 0 {
			end = len(attrs)
		}
		return attrs[:end], 0
	}
	i := strings.IndexByte(attrs, '.')
	if i < 0 {
		return "", 0
	}
	end := i + 1
	for end < len(attrs) && (isLoginByte(attrs[end]) || attrs[end] == '_') {
		end++
	}
	return attrs[i+1 : end], i + 1
}

func skipBlanks(line []byte, i int) int {
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

func (containers) Continue(node ast.Node, reader text.Reader, _ gparser.Context) gparser.State {
	n := node.(*container)
	line, seg := reader.PeekLine()
	if n.fence > 0 {
		return n.continueDiv(line, seg, reader)
	}
	if util.IsBlank(line) {
		reader.AdvanceToEOL()
		return gparser.Continue | gparser.HasChildren
	}
	w, _ := util.IndentWidth(line, reader.LineOffset())
	if w < 4 {
		return gparser.Close
	}
	n.end = seg.Stop
	pos, padding := util.IndentPosition(line, reader.LineOffset(), 4)
	reader.AdvanceAndSetPadding(pos, padding)
	return gparser.Continue | gparser.HasChildren
}

// continueDiv reads a line inside a div: its closing fence ends it, a
// nested div's fences are counted so that the nested one's closing fence
// does not end this one.
func (n *container) continueDiv(line []byte, seg text.Segment, reader text.Reader) gparser.State {
	n.end = seg.Stop
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w > 3 || pos >= len(line) || line[pos] != ':' {
		return gparser.Continue | gparser.HasChildren
	}
	if openDiv(line, pos) != nil {
		n.nested++
		return gparser.Continue | gparser.HasChildren
	}
	if !closingFence(line[pos:]) {
		return gparser.Continue | gparser.HasChildren
	}
	if n.nested > 0 {
		n.nested--
		return gparser.Continue | gparser.HasChildren
	}
	reader.AdvanceToEOL()
	return gparser.Close
}

// closingFence reports a line of three or more colons and nothing else.
func closingFence(b []byte) bool {
	t := bytes.TrimRight(b, " \t\r\n")
	return len(t) >= 3 && len(bytes.Trim(t, ":")) == 0
}

// container reads a container's blocks under a section its title names,
// which ends where the container does; a directive's list table is read
// as a table.
func (p *parser) container(n *container) {
	title := Span{n.title.Start, n.title.Stop}
	name := p.doc.Text(title)
	key := p.headingKey(name)
	i := p.openLabelSection(title, name, key, n.start)
	if n.directive != "" {
		p.dateContext(name) // "Key times (CLST)"
	}
	if n.directive != "list-table" || !p.listTable(n) {
		p.walk(n)
	}
	p.closeSection(i, max(n.end, title.End))
}
