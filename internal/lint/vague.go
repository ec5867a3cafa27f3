package lint

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// vagueLeads are openings of actions that name an intention, not a
// change: the SRE guidance asks for actions that are actionable,
// specific and bounded.
var vagueLeads = []string{
	"improve", "investigate", "look into", "looking into", "review", "consider", "explore", "evaluate",
	"think about", "revisit", "monitor", "ensure", "make sure", "try to", "be more careful", "be careful",
	"increase awareness", "raise awareness", "better", "enhance", "optimize", "optimise", "work on",
	"discuss", "research", "analyze", "analyse", "assess", "audit", "communicate", "educate", "train",
	"remind", "fix", "address", "clean up", "refactor", "harden", "strengthen",
}

// boundRe finds what bounds an action: a number, a code span, a named
// artefact or a criterion for done.
var boundRe = regexp.MustCompile(`\d|\x60|\bso that\b|\bwhen\b|\bif\b|\bby\b|\bfor (?:the )?[a-z0-9-]+[-_.][a-z0-9]|\buntil\b|\bwithin\b|\bbefore\b|\bafter\b|\bper\b|\bunder\b|\bover\b|\bbelow\b|\babove\b|\bexceeds?\b|\bfrom\b.*\bto\b`)

// vagueness explains why an action title is vague, or returns "".
func vagueness(title string) string {
	if !mayLeadVague(title) {
		return ""
	}
	t := strings.ToLower(strings.TrimSpace(title))
	lead := leadOf(t)
	if lead == "" {
		return ""
	}
	words := len(strings.Fields(t))
	if words > 12 || (words > 4 && boundRe.MatchString(t)) {
		return ""
	}
	return fmt.Sprintf("%q says what to aim for, not what to change: name the specific change and how anyone will know it is done (e.g. \"Add an alert when replica lag exceeds 60 s for 3 minutes\").", title)
}

// vagueLeadsByFirst are vagueLeads by their first letter, in their order.
var vagueLeadsByFirst = func() (t [26][]string) {
	for _, l := range vagueLeads {
		t[l[0]-'a'] = append(t[l[0]-'a'], l)
	}
	return t
}()

// leadOf returns the vague lead t (lower-cased) opens with, or "": only
// the leads with t's first letter are asked.
func leadOf(t string) string {
	if t == "" || t[0] < 'a' || t[0] > 'z' {
		return ""
	}
	for _, l := range vagueLeadsByFirst[t[0]-'a'] {
		if strings.HasPrefix(t, l) && (len(t) == len(l) || t[len(l)] == ' ') {
			return l
		}
	}
	return ""
}

// mayLeadVague is a quick test before vagueness lower-cases the whole
// title: whether its first bytes, lower-cased on the stack, open with a
// vague lead. A title with other than ASCII there takes the whole path.
func mayLeadVague(title string) bool {
	t := strings.TrimSpace(title)
	var buf [24]byte // longer than any lead and the space after it
	n := min(len(t), len(buf))
	for i := 0; i < n; i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return leadOf(string(buf[:n])) != ""
}
