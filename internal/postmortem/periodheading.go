package postmortem

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Headings that name a period rather than a day ("Last week", "Earlier",
// "H1", "Q3" without its year) neither date the timeline entries below
// them nor end the day a heading above gave: "### Thursday 12 November"
// then "#### Morning" and "#### Afternoon" are all on the 12th. Entries
// under a period heading are not on the incident's day, and mark none of
// its start, detection or end.

// periodNameRe is a heading that names a period and no day.
var periodNameRe = lazyRe(`(?i)^[#\s*_]*(?:(?:last|previous|prior|earlier that|the)\s+(?:week|month|quarter|year|days?|weeks|months)(?:\s+before)?|earlier|before the incident|in the weeks before|[qh][1-4])[\s*_:]*$`)

// headingDate sets the day of the timeline entries under a heading: the
// day it names, else the day a heading above it gave, else none.
func (p *parser) headingDate(level int, name string) {
	if p.periodLevel > 0 && level <= p.periodLevel {
		p.periodLevel = 0
	}
	if mayNamePeriod(name) && periodNameRe.MatchString(name) {
		if p.periodLevel == 0 {
			p.periodLevel = level
		}
		return
	}
	before := p.eventDate
	keep := p.dateLevel > 0 && level > p.dateLevel
	if !keep {
		p.eventDate, p.eventGroup, p.dateLevel = time.Time{}, p.eventGroup+1, 0
	}
	p.dateContext(name)
	if !p.eventDate.IsZero() && !p.eventDate.Equal(before) {
		p.dateLevel = level
	}
}

// mayNamePeriod is a quick test for periodNameRe, which costs more than
// the rest of a heading's reading: after the opening marks, every name of
// a period opens with one of a few pairs of letters ("la"st, "pr"evious,
// "pr"ior, "ea"rlier, "th"e, "be"fore, "in" as a word) or with q or h and
// a digit.
// A byte past ASCII is left to the expression.
func mayNamePeriod(name string) bool {
	t := strings.TrimLeft(name, "#\t\n\f\r *_")
	if len(t) < 2 {
		return false
	}
	if t[0] >= utf8.RuneSelf || t[1] >= utf8.RuneSelf {
		return true
	}
	second := t[1] | 0x20
	switch t[0] | 0x20 {
	case 'l', 'e':
		return second == 'a'
	case 'p':
		return second == 'r'
	case 't':
		return second == 'h'
	case 'b':
		return second == 'e'
	case 'i':
		return second == 'n' && len(t) > 2 && isREspace(t[2]) // "in" and a space, not "Incident"
	case 'q', 'h':
		return t[1] >= '1' && t[1] <= '4'
	}
	return false
}
