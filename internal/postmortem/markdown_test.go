package postmortem

import "testing"

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
