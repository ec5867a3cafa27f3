package postmortem

import (
	"strings"
	"time"
)

// A heading may give the actions under it their due date: "### Improve
// rollback (Target: Q4 2025 - Q1 2026)", "## Long-term (H1 2026)",
// "## Follow-ups (due 2026-12-15)". The convention: an action is due at
// the end of the last period the heading names, the last day of its
// last quarter, half or month, or on the day it names. An action's own
// due date wins; the heading's gives DueRaw and Due, and no DueSpan,
// so that setting the due date writes it into the action itself.

var (
	// quarterRe: "Q4 2025", "Q1'26", "Q3/2026", "2026 Q1", "2026-Q2".
	quarterRe = lazyRe(`(?i)\b(?:([QH])([1-4])\s*(?:[/'’-]|\s+)\s*(\d{4}|\d{2})|(\d{4})\s*[-/ ]\s*([QH])([1-4]))\b`)
	// targetDateRe: a keyword and a date: "Target: 2026-12-15", "due
	// December 2026", "by 15 Dec 2026", "ETA: end of November 2026".
	targetDateRe = lazyRe(`(?i)\b(?:target(?:\s+date)?|due(?:\s+by)?|by|deadline|eta)\s*:?\s*(?:the\s+)?(?:end\s+of\s+)?([0-9A-Za-z][0-9A-Za-z ,/-]*[0-9])`)
	// monthYearRe: "December 2026", "Dec 2026".
	monthYearRe = lazyRe(`(?i)^(` + monthNames + `)\s+(\d{4})$`)
)

// headingTarget reads the due date a heading names, and the text that
// names it; ok is false when it names none.
func headingTarget(heading string) (time.Time, string, bool) {
	if ms := quarterRe.FindAllStringSubmatchIndex(heading, -1); ms != nil {
		last := ms[len(ms)-1]
		if t, ok := periodEnd(heading, last); ok {
			return t, strings.TrimSpace(heading[ms[0][0]:last[1]]), true
		}
	}
	if m := targetDateRe.FindStringSubmatchIndex(heading); m != nil {
		v := heading[m[2]:m[3]]
		if t, ok := readDue(v); ok {
			return t, v, true
		}
	}
	return time.Time{}, "", false
}

// readDue reads a due date: a day ("2026-12-15", "15 October 2026"),
// or the last day of a month ("December 2026"), a quarter ("Q1 2027")
// or a half ("H2 2026").
func readDue(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if len(v) > 4 && v[0]|0x20 == 'e' && strings.EqualFold(v[:4], "end ") {
		v = strings.TrimSpace(v[4:]) // "end Q1 2027", "end of Q1"
		if len(v) > 3 && strings.EqualFold(v[:3], "of ") {
			v = strings.TrimSpace(v[3:])
		}
	}
	if day, ok := timeTokenDay(v); ok {
		v = day // "<time:2026-12-09T18:00:00+05:30>": the day it holds
	}
	if t, ok := ParseDate(v); ok {
		return t, true
	}
	if m := quarterRe.FindStringSubmatchIndex(v); m != nil && m[0] == 0 && m[1] == len(v) {
		return periodEnd(v, m)
	}
	if mm := monthYearRe.FindStringSubmatch(v); mm != nil {
		return time.Date(atoi(mm[2]), monthOf(mm[1])+1, 0, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// timeTokenDay returns the day of a chat tool's time token, "<time:
// 2026-12-09T18:00:00+05:30>", as written in the token's own zone.
func timeTokenDay(v string) (string, bool) {
	const open = "<time:"
	if len(v) < len(open)+11 || !strings.HasPrefix(v, open) || v[len(v)-1] != '>' {
		return "", false
	}
	return v[len(open) : len(open)+10], true
}

// periodEnd returns the last day of the quarter or half a quarterRe
// match m names.
func periodEnd(s string, m []int) (time.Time, bool) {
	kind, n, year := "", 0, 0
	if m[2] >= 0 {
		kind, n, year = s[m[2]:m[3]], atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
	} else {
		year, kind, n = atoi(s[m[8]:m[9]]), s[m[10]:m[11]], atoi(s[m[12]:m[13]])
	}
	if year < 100 {
		year += 2000
	}
	months := 3
	if strings.EqualFold(kind, "h") {
		if n > 2 {
			return time.Time{}, false
		}
		months = 6
	}
	// Day 0 of the month after the period is its last day.
	return time.Date(year, time.Month(n*months+1), 0, 0, 0, 0, 0, time.UTC), true
}

// headingDues gives actions without a due date the one their nearest
// heading that names a target gives.
func (p *parser) headingDues() {
	var targets []sectionTarget // read once, when an action first needs them
	for i := range p.doc.Actions {
		a := &p.doc.Actions[i]
		if a.DueSpan != (Span{}) || !a.Due.IsZero() {
			continue
		}
		if targets == nil {
			targets = p.sectionTargets()
			p.periodDues(targets)
		}
		if t, ok := p.targetAbove(targets, a.Span.Start); ok {
			a.Due, a.DueRaw = t.due, t.raw
		}
	}
}

// sectionTarget is the target a section's heading names, if any.
type sectionTarget struct {
	due time.Time
	raw string
	ok  bool
}

// sectionTargets reads the target of each heading section's name.
func (p *parser) sectionTargets() []sectionTarget {
	ts := make([]sectionTarget, len(p.doc.Sections))
	for i, s := range p.doc.Sections {
		if s.Form == "" {
			ts[i].due, ts[i].raw, ts[i].ok = headingTarget(s.Name)
		}
	}
	return ts
}

// targetAbove returns the target of the innermost section around off
// whose heading names one.
func (p *parser) targetAbove(targets []sectionTarget, off int) (sectionTarget, bool) {
	best := -1
	for i, s := range p.doc.Sections {
		if targets[i].ok && s.Span.Start <= off && off < s.Span.End && (best < 0 || s.Level > p.doc.Sections[best].Level) {
			best = i
		}
	}
	if best < 0 {
		return sectionTarget{}, false
	}
	return targets[best], true
}
