package postmortem

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// MyST, the Markdown of Sphinx and Jupyter Book, writes its directives
// as fences of backticks whose info string names the directive in
// braces:
//
//	```{note}                            an admonition: its body is
//	All times are CLST (UTC−3).          Markdown, read as the blocks of
//	```                                  a container titled by its type
//
//	```{list-table} Key times (CLST)     a table written as a list: each
//	:header-rows: 1                      item a row, each item under it a
//	* - Event                            cell; read as a table, under a
//	  - Time                             section its title names
//	* - Receiver alarm (detection)
//	  - 2026-11-21 01:12
//	```
//
// Directives whose body is code or data ({code-block}, {mermaid},
// {csv-table}) stay code blocks.

// directiveContainers are the directives whose body is Markdown.
var directiveContainers = map[string]bool{
	"note": true, "warning": true, "tip": true, "important": true, "hint": true, "caution": true, "attention": true,
	"danger": true, "error": true, "seealso": true, "admonition": true, "dropdown": true, "topic": true,
	"sidebar": true, "margin": true, "list-table": true,
}

// directives is the block parser of MyST's directives in fences of
// backticks. It is given only to the parser of documents that write
// "```{": a trigger on every line opening with a backtick costs the
// others.
type directives struct{}

func (directives) Trigger() []byte { return []byte{'`'} }

func (directives) CanInterruptParagraph() bool { return true }

func (directives) CanAcceptIndentedLine() bool { return false }

func (directives) Close(ast.Node, text.Reader, gparser.Context) {}

func (directives) Open(_ ast.Node, reader text.Reader, _ gparser.Context) (ast.Node, gparser.State) {
	line, seg := reader.PeekLine()
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w > 3 {
		return nil, gparser.NoChildren
	}
	n := openDirective(line, pos)
	if n == nil {
		return nil, gparser.NoChildren
	}
	n.title.Start += seg.Start
	n.title.Stop += seg.Start
	n.start, n.end = seg.Start, seg.Stop
	reader.Advance(len(bytes.TrimRight(line, "\r\n")))
	return n, gparser.HasChildren
}

func (directives) Continue(node ast.Node, reader text.Reader, _ gparser.Context) gparser.State {
	line, seg := reader.PeekLine()
	return node.(*container).continueDirective(line, seg, reader)
}

// mayHoldDirective is the quick test that chooses the parser with
// directives: the document writes "```{", found from its brace, a byte
// rarer than the backtick.
func mayHoldDirective(src []byte) bool {
	for i := bytes.IndexByte(src, '{'); i >= 0; {
		if i >= 3 && string(src[i-3:i]) == "```" {
			return true
		}
		k := bytes.IndexByte(src[i+1:], '{')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// openDirective reads "```{name} argument" at pos: three or more
// backticks, a directive of directiveContainers in braces, and its
// argument as the title ("```{admonition} Why it drifted"), else the
// directive's name.
func openDirective(line []byte, pos int) *container {
	i := pos
	for i < len(line) && line[i] == '`' {
		i++
	}
	if i-pos < 3 || i >= len(line) || line[i] != '{' {
		return nil
	}
	end := bytes.IndexByte(line[i:], '}')
	if end < 0 || !directiveContainers[string(line[i+1:i+end])] {
		return nil
	}
	n := &container{fence: i - pos, directive: string(line[i+1 : i+end]), title: text.NewSegment(i+1, i+end)}
	arg := skipBlanks(line, i+end+1)
	if t := bytes.TrimRight(line[arg:], " \t\r\n"); len(t) > 0 {
		n.title = text.NewSegment(arg, arg+len(t))
	}
	return n
}

// continueDirective reads a line inside a directive: a fence of as many
// backticks or more, and nothing else, ends it.
func (n *container) continueDirective(line []byte, seg text.Segment, reader text.Reader) gparser.State {
	n.end = seg.Stop
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if t := bytes.TrimRight(line[min(pos, len(line)):], " \t\r\n"); w <= 3 && len(t) >= n.fence && len(bytes.Trim(t, "`")) == 0 {
		reader.AdvanceToEOL()
		return gparser.Close
	}
	return gparser.Continue | gparser.HasChildren
}

// listTable reads a list table's list as the rows of a table, the first
// ones its header as its ":header-rows:" option says, and reports
// whether it found the list.
func (p *parser) listTable(n *container) bool {
	var rows []row
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		list, ok := c.(*ast.List)
		if !ok {
			continue
		}
		for item := list.FirstChild(); item != nil; item = item.NextSibling() {
			rows = append(rows, p.listRow(item))
		}
		break
	}
	if len(rows) < 2 || !rows[0].Line.Valid() {
		return false
	}
	header := row{Line: Span{rows[0].Line.Start, rows[0].Line.Start}, Cells: make([]cell, len(rows[0].Cells))}
	if p.headerRows(n) > 0 {
		header, rows = rows[0], rows[1:] // ":header-rows: 1"
	}
	for i := range header.Cells {
		if !header.Cells[i].Value.Valid() {
			header.Cells[i] = p.listCell(header.Line) // a headless table's empty header
		}
	}
	p.readTable(header, rows, func(int, bool) {})
	return true
}

// listRow reads an item of a list table as a row: the items of the list
// under it are its cells.
func (p *parser) listRow(item ast.Node) row {
	var r row
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		list, ok := c.(*ast.List)
		if !ok {
			continue
		}
		for cell := list.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if v := linesSpan(firstBlock(cell)); v.Valid() {
				r.Cells = append(r.Cells, p.listCell(v))
			} else if n := len(r.Cells); n > 0 {
				r.Cells = append(r.Cells, p.listCell(Span{r.Cells[n-1].Inner.End, r.Cells[n-1].Inner.End})) // "  -" left empty
			}
		}
	}
	if len(r.Cells) > 0 {
		r.Line = p.doc.LineSpan(p.doc.Line(r.Cells[0].Inner.Start))
	}
	return r
}

// listCell is a cell of a list table, its value without emphasis.
func (p *parser) listCell(v Span) cell {
	return cell{Inner: v, Value: trimMarks(p.src, v, " \t*_")}
}

// headerRows is a list table's ":header-rows:" option, 0 where it has
// none.
func (p *parser) headerRows(n *container) int {
	body := p.doc.Text(Span{n.title.Stop, n.end})
	_, rest, ok := strings.Cut(body, ":header-rows:")
	if !ok {
		return 0
	}
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" || rest[0] < '1' || rest[0] > '9' {
		return 0
	}
	return int(rest[0] - '0')
}
