package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Rule ids of the actions family.
const (
	ruleNoActions     = "actions/none"
	ruleNoOwner       = "actions/no-owner"
	ruleOwnerNotLogin = "actions/owner-not-login"
	ruleNoDue         = "actions/no-due-date"
	ruleBadDue        = "actions/bad-due-date"
	ruleNoPriority    = "actions/no-priority"
	ruleDuplicate     = "actions/duplicate"
	ruleVague         = "actions/vague"
)

func init() {
	ruleSets = append(ruleSets, []RuleInfo{
		{ruleNoActions, Error, "The post-mortem has no action items.", "A post-mortem without countermeasures changes nothing, and the same incident can happen again."},
		{ruleNoOwner, Error, "An action item has no owner.", "An action without an owner is rarely done; the owner becomes the issue's assignee on merge."},
		{ruleOwnerNotLogin, Warning, "An action's owner is not a GitHub login.", "The owner is assigned the action's issue on merge, which needs a login such as @dana."},
		{ruleNoDue, Warning, "An action item has no due date.", "A target date lets the team see what is overdue and place the issue in a milestone."},
		{ruleBadDue, Warning, "An action's due date cannot be read.", "Due dates are compared and placed in milestones, which needs a date like 2026-12-15."},
		{ruleNoPriority, Notice, "An action item has no priority.", "A priority says which countermeasures come first when not all can be done at once."},
		{ruleDuplicate, Warning, "Two action items say the same thing.", "Duplicates open two issues for one piece of work."},
		{ruleVague, Warning, "An action item is vague or unbounded.", "An action should be actionable, specific and bounded, so that anyone can tell when it is done."},
	})
}

// checkActions reports missing action items and, for each one, missing
// or unusable owner, due date and priority.
func checkActions(c *checker) {
	if len(c.doc.Actions) == 0 {
		c.noActions()
		return
	}
	for _, a := range c.doc.Actions {
		c.checkAction(a)
	}
	for _, p := range actionParts {
		c.checkPart(p)
	}
	checkDuplicates(c)
}

// ranked reports whether an action should carry an owner, a due date
// and a priority: it is open and more than the template's placeholder.
func ranked(a *postmortem.Action) bool { return a.Tracked() }

// actionPart is a part each open action should carry. each is the
// finding on an action without it (%q is the title), all the one finding
// on the list when no open action has it (%d is how many there are).
type actionPart struct {
	rule      string
	has       func(*postmortem.Action) bool // by pointer: an action is some 400 bytes
	each, all string
}

// actionParts are the owner, the due date and the priority.
var actionParts = []actionPart{
	{ruleNoOwner, func(a *postmortem.Action) bool { return a.Owner != "" },
		"%q has no owner: add one (owner: @login) so the issue opened on merge is assigned.",
		"None of the %d open action items has an owner: add one to each (owner: @login) so the issues opened on merge are assigned."},
	{ruleNoDue, func(a *postmortem.Action) bool { return !postmortem.IsPlaceholder(a.DueRaw) },
		"%q has no due date: add one (due: YYYY-MM-DD) so it can be tracked and placed in a milestone.",
		"None of the %d open action items has a due date: add one to each (due: YYYY-MM-DD) so they can be tracked and placed in milestones."},
	{ruleNoPriority, func(a *postmortem.Action) bool { return !postmortem.IsPlaceholder(a.Priority) },
		"%q has no priority: add one (priority: P1) so the team knows what comes first.",
		"None of the %d open action items has a priority: add one to each (priority: P1) so the team knows what comes first."},
}

// checkPart reports open actions without a part: once, on the list, when
// none has it (the team does not write it, and a finding on every item
// says nothing more), else on each that lacks it.
func (c *checker) checkPart(p actionPart) {
	var buf [32]int // the indexes of the actions that lack it: no copies of them
	missing, open, first := buf[:0], 0, -1
	for i := range c.doc.Actions {
		if a := &c.doc.Actions[i]; ranked(a) {
			if open++; first < 0 {
				first = i
			}
			if !p.has(a) {
				missing = append(missing, i)
			}
		}
	}
	if len(missing) == open && open > 1 {
		c.report(p.rule, c.listSpan(c.doc.Actions[first]), fmt.Sprintf(p.all, open), nil)
		return
	}
	for _, i := range missing {
		a := c.doc.Actions[i]
		c.report(p.rule, actionSpan(c.doc, a), fmt.Sprintf(p.each, a.Title), nil)
	}
}

// listSpan is where a finding on the whole action list goes: the heading
// of the innermost section that holds its first item below the heading,
// or the item.
func (c *checker) listSpan(first postmortem.Action) postmortem.Span {
	for i := len(c.doc.Sections) - 1; i >= 0; i-- {
		s := c.doc.Sections[i]
		if s.HeadingSpan.End <= first.Span.Start && first.Span.Start < s.Span.End {
			return s.HeadingSpan
		}
	}
	return actionSpan(c.doc, first)
}

func (c *checker) actionsSpan() postmortem.Span {
	if s, ok := c.doc.Section("remediation"); ok {
		return s.HeadingSpan
	}
	return c.startSpan()
}

// checkAction reports what is wrong with one action beyond a missing
// part: a placeholder, an owner who is not a login, a due date that
// cannot be read, a vague title.
func (c *checker) checkAction(a postmortem.Action) {
	if postmortem.IsPlaceholderTitle(a.Title) {
		c.report(ruleFieldPlaceholder, actionSpan(c.doc, a), fmt.Sprintf("The action %q is still the template's placeholder: describe the countermeasure, its owner and its due date.", a.Title), nil)
		return
	}
	if a.Status != postmortem.Open {
		return // done or not planned: nothing left to assign, date or rank
	}
	if a.Owner != "" && !IsLogin(a.Owner) {
		c.report(ruleOwnerNotLogin, a.OwnerSpan, fmt.Sprintf("The owner %q is not a GitHub login: write it as @login so the issue can be assigned.", a.Owner), nil)
	}
	if !postmortem.IsPlaceholder(a.DueRaw) && a.Due.IsZero() {
		c.report(ruleBadDue, a.DueSpan, fmt.Sprintf("The due date %q cannot be read: write it as YYYY-MM-DD.", a.DueRaw), nil)
	}
	if why := vagueness(a.Title); why != "" {
		c.report(ruleVague, titleSpan(a), why, nil)
	}
}

// IsLogin reports a GitHub login: a letter or digit, then up to 38 more,
// each after at most one hyphen, and a bot's "[bot]" at the end; what
// ^[A-Za-z0-9](?:[A-Za-z0-9]|-[A-Za-z0-9]){0,38}(?:\[bot\])?$ matches,
// without the regular expression's cost on every action.
func IsLogin(s string) bool {
	s = strings.TrimSuffix(s, "[bot]")
	if s == "" || !isAlnum(s[0]) {
		return false
	}
	more := 0
	for i := 1; i < len(s); i++ {
		if s[i] == '-' {
			i++ // a hyphen joins the letter or digit after it
		}
		if i == len(s) || !isAlnum(s[i]) {
			return false
		}
		more++
	}
	return more <= 38
}

// isAlnum reports an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// actionSpan points at an action's title, or its first line.
func actionSpan(d *postmortem.Document, a postmortem.Action) postmortem.Span {
	if a.TitleSpan.Len() > 0 {
		return a.TitleSpan
	}
	return firstLine(d, a.Span)
}

func titleSpan(a postmortem.Action) postmortem.Span {
	if a.TitleSpan.Len() > 0 {
		return a.TitleSpan
	}
	return a.Span
}

// checkDuplicates reports actions whose words are the same as an earlier
// action's, in any order and case.
func checkDuplicates(c *checker) {
	blooms, ok := titleBlooms(c.doc.Actions)
	firstLine := map[string]int{}
	for i := range c.doc.Actions { // by index: most are passed over, an Action not copied
		if ok && !bloomShared(blooms, i) {
			continue // no other title can have the same words: spare wordKey
		}
		a := c.doc.Actions[i]
		key := wordKey(a.Title)
		if key == "" {
			continue
		}
		if line, ok := firstLine[key]; ok {
			c.report(ruleDuplicate, titleSpan(a), fmt.Sprintf("This repeats the action on line %d: merge the two so that one issue is opened.", line), nil)
			continue
		}
		firstLine[key] = a.Line
	}
}

// wordKey is the sorted set of an action's words, lower-cased, without
// punctuation.
func wordKey(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
	slices.Sort(words)
	return strings.Join(slices.Compact(words), " ")
}

// titleBlooms returns wordBloom of each action's title, and false if a
// title is not ASCII.
func titleBlooms(actions []postmortem.Action) ([]uint64, bool) {
	blooms := make([]uint64, len(actions))
	for i := range actions { // by index: an Action is too large to copy at every turn
		b, ok := wordBloom(actions[i].Title)
		if !ok {
			return nil, false
		}
		blooms[i] = b
	}
	return blooms, true
}

// bloomShared reports whether another title has the same bits as title i.
func bloomShared(blooms []uint64, i int) bool {
	for j, b := range blooms {
		if j != i && b == blooms[i] {
			return true
		}
	}
	return false
}

// wordBloom sets one of 64 bits for each word of an ASCII title, read as
// wordKey reads it (lower-cased, split at anything but letters and
// digits), so titles with the same key have the same bits, and titles
// with different bits cannot repeat each other. ok is false for a title
// with other than ASCII, whose runes wordKey lower-cases by Unicode's rules.
func wordBloom(title string) (bloom uint64, ok bool) {
	const fnvOffset, fnvPrime = 0xcbf29ce484222325, 0x100000001b3
	h, inWord := uint64(fnvOffset), false
	for i := 0; i <= len(title); i++ {
		c := byte(0) // the end closes the last word
		if i < len(title) {
			c = bloomBytes[title[i]]
		}
		if c > bloomBreak && c != bloomWide {
			h, inWord = (h^uint64(c))*fnvPrime, true
			continue
		}
		if c == bloomWide {
			return 0, false
		}
		if inWord { // the top bits of a product, which every byte moves
			bloom |= 1 << ((h * 0x9E3779B97F4A7C15) >> 58)
		}
		h, inWord = fnvOffset, false
	}
	return bloom, true
}

// bloomBytes reads each byte for wordBloom in one look: a letter
// lower-cased, a digit as itself, bloomBreak for any other ASCII byte,
// which ends a word, and bloomWide for a byte past ASCII.
var bloomBytes = func() (t [256]byte) {
	for c := range t {
		switch b := byte(c); {
		case b >= 0x80:
			t[c] = bloomWide
		case b >= 'A' && b <= 'Z':
			t[c] = b + 'a' - 'A'
		case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
			t[c] = b
		default:
			t[c] = bloomBreak
		}
	}
	return t
}()

// The bytes of bloomBytes that are no letter or digit.
const (
	bloomBreak = 0
	bloomWide  = 0xFF
)
