package postmortem

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A line of plain text ending with a colon, the list below it its
// items, is how mail and chat write a section: "Follow-ups, status as
// of today:", "What we did on the night:". It names an action list or a
// record of what was done, and governs that list alone.

// colonLabelSection records a one-line paragraph ending with a colon,
// a list right after it, whose words name an action list or a record,
// as that section; list closes it after the list.
func (p *parser) colonLabelSection(n ast.Node) {
	if _, ok := n.NextSibling().(*ast.List); !ok || n.Lines().Len() != 1 {
		return
	}
	span := linesSpan(n)
	t := strings.TrimSpace(p.doc.Text(span))
	if len(t) < 4 || len(t) > 80 || t[len(t)-1] != ':' || t[0] == '*' || t[0] == '_' {
		return // bold labels are labelledSection's
	}
	label := strings.TrimSuffix(t, ":")
	key := p.headingKey(strings.ReplaceAll(label, ",", " "))
	if key != "remediation" && key != SectionRecord || strings.Count(label, " ") > 8 {
		return
	}
	p.openLabelSection(span, label, key, span.Start)
	p.colonList = n.NextSibling()
}

// closeColonLabel ends the section of a colon label with the list it
// labels.
func (p *parser) closeColonLabel(n *ast.List) {
	if p.colonList != ast.Node(n) {
		return
	}
	p.colonList = nil
	p.closeSection(len(p.doc.Sections)-1, listEnd(n))
}

// listEnd returns where the text of a list's last line ends.
func listEnd(n ast.Node) int {
	end := 0
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			end = max(end, c.Lines().At(c.Lines().Len()-1).Stop)
		}
		return ast.WalkContinue, nil
	})
	return end
}
