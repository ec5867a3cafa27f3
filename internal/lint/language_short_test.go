package lint

import "testing"

// TestLanguageEdgesOfATextDoNotPanic checks texts whose last token, or a
// quoted token, sits where a check looks for a word: each once indexed
// past the tokens or into an empty word.
func TestLanguageEdgesOfATextDoNotPanic(t *testing.T) {
	texts := []string{
		`Dana pushed the ACL and "checkout" down for an hour.`, // a quoted word before a state
		`Dana deployed the config and "orders" stuck.`,         // a quoted word before an adjective
		`14:02 Dana deployed and lag climbed`,                  // damage in the last word
		`Following`,
		`Because of`,
		`Due to`,
		`thanks to`,
		`After`,
	}
	c := newLanguageChecker(modelOptions())
	for _, text := range texts {
		for _, m := range c.check(text, nil) {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Errorf("%q: finding at %d..%d outside the text", text, m.Start, m.End)
			}
		}
	}
}
