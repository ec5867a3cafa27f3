package postmortem

import (
	"fmt"
	"slices"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// A link reference definition is still read behind the quick test: the
// link it defines is a link to a ticket, so its text is not prose.
func TestLinkReferenceDefinitions(t *testing.T) {
	for _, src := range []string{
		"See [the pager rota][rb] now.\n\n[rb]: https://example.com/issues/7\n",
		"See [the pager rota][rb] now.\n\n  \n   [rb]: https://example.com/issues/7\n",
		"See [the pager rota][rb] now.\n\n[x]: /a\n[rb]: https://example.com/issues/7\n",
	} {
		d, err := Parse([]byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Prose) != 1 || d.Prose[0].Text != "See link now." {
			t.Errorf("%q: prose %+v, want one paragraph \"See link now.\"", src, d.Prose)
		}
	}
}

// The task boxes read without goldmark's task list extension are those it
// reads, at the same places.
func TestTaskBoxesAsGoldmark(t *testing.T) {
	theirs := goldmark.New(goldmark.WithExtensions(extension.Table, extension.TaskList, extension.Strikethrough))
	src := []byte("- [ ] open\n- [x] done\n- [X]done too\n- [\t] tab\n- []  none\n- [ ]\n" +
		"- [y] no\n- text [x] later\n\n[x] not an item\n\n1. [ ]   numbered\n   - [x] nested\n> - [ ] quoted\n" +
		"- > [ ] in a quote\n-\n  [x] after a blank\n- [x]\n  [ ] second line\n")
	if got, want := boxes(markdown, src), boxes(theirs, src); !slices.Equal(got, want) {
		t.Errorf("task boxes %q, goldmark's %q", got, want)
	}
}

// boxes lists the task boxes of a parse with what follows each.
func boxes(md goldmark.Markdown, src []byte) []string {
	var out []string
	_ = ast.Walk(md.Parser().Parse(text.NewReader(src)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if box, ok := n.(*east.TaskCheckBox); ok && entering {
			next := ""
			if t, ok := box.NextSibling().(*ast.Text); ok {
				next = string(t.Segment.Value(src))
			}
			out = append(out, fmt.Sprintf("%v %q", box.IsChecked, next))
		}
		return ast.WalkContinue, nil
	})
	return out
}
