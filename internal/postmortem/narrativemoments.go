package postmortem

import (
	"strconv"
	"strings"
	"time"

	"github.com/yuin/goldmark/ast"
)

// A document that tells the start, the detection and the end in its
// narrative ("What happened": "From 23:40 the gates started answering
// 'signature not valid'", "kl. 06.47 gikk varselet til vakttelefonen")
// rather than in its summary is read the way a summary is, sentence by
// sentence, for the moments the summary left untold.

// narrativeProse reads a paragraph of a narrative section for the
// moments its sentences tell.
func (p *parser) narrativeProse(n ast.Node, para *paragraphText) {
	if key, _ := p.sectionKey(); key != "what_happened" || !para.hasDigit() {
		return
	}
	span := linesSpan(n)
	if !span.Valid() {
		return
	}
	text := p.doc.Text(span)
	p.narrating = true
	n0 := len(p.proseFields)
	if hasClock(text) || momentClockRe.MatchString(text) {
		p.narrativeDay(text, span.Start)
	}
	p.momentProse(text, span.Start)
	p.clauseMoments(text, span.Start)
	p.narrating = false
	kept := p.proseFields[:n0]
	for _, f := range p.proseFields[n0:] {
		if isTimelineKey(f.Key) {
			p.narrated = append(p.narrated, f)
		} else {
			kept = append(kept, f)
		}
	}
	p.proseFields = kept
}

// narratedTimes reads the moments a narrative told, where neither a
// field, the summary nor the timeline gave them.
func (p *parser) narratedTimes(base time.Time) {
	for _, f := range p.narrated {
		if p.timeRead(f.Key) && !p.weakGuess(f.Key) {
			continue
		}
		t := p.readEntry(TimeEntry{Key: f.Key, Label: f.Label, Raw: f.Value, Span: f.Span, Inferred: true}, base)
		if t.Err == nil && !t.Time.IsZero() && (!p.timeRead(f.Key) || p.anEntryAt(t.Time)) {
			p.setTime(t)
		}
	}
}

// weakGuess reports a start or an end guessed from the timeline's
// entries (its first entry, the first that says "recovered"), which a
// narrative's sentence outweighs where an entry stands at its time: a
// detection the timeline names (an alert, a page) is kept.
func (p *parser) weakGuess(key string) bool {
	t, _ := p.doc.Time(key)
	return key != FieldDetect && t.Label == inferredLabels[key]
}

// anEntryAt reports an entry of the timeline at the time t.
func (p *parser) anEntryAt(t time.Time) bool {
	for _, e := range p.doc.Events {
		if e.Time.Equal(t) {
			return true
		}
	}
	return false
}

// momentLabel is the label of a moment read from prose.
func (p *parser) momentLabel() string {
	if p.narrating {
		return "Moment (from the narrative)"
	}
	return "Moment (from the summary)"
}

// narrativeDayRe is the day a narrative names before its first time,
// without the year: "Tirsdag 17.11. kl. 06.32", "No dia 1 de abril",
// "At 22:50 on Wed 25 Nov", "Nov 25".
var narrativeDayRe = lazyRe(`(?:^|[\s(,])(?:(\d{1,2})\.(\d{1,2})\.(?:\s|$)|(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\b|(\p{Lu}\p{Ll}{2,8})\s+(\d{1,2})(?:[\s,]|$))`)

// narrativeDay records the day a narrative's paragraph names with its
// first times, where nothing else dated the incident: the paragraph's
// times fall on it, in the document's year.
func (p *parser) narrativeDay(text string, base int) {
	if p.proseGiven(FieldIncidentDate) {
		return
	}
	if _, ok := p.doc.Field(FieldIncidentDate); ok {
		return
	}
	for k, tries := 0, 0; k < len(text) && tries < 12; tries++ {
		m := narrativeDayRe.FindStringSubmatchIndex(text[k:])
		if m == nil {
			return
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += k
			}
		}
		k = m[0] + 1 // "Wed 25 Nov" is tried again from "ed 25 Nov"
		if mo, d := narrativeMonthDay(text, m); mo != 0 {
			v := Span{base + m[0], base + m[1]}
			value := strconv.Itoa(d) + " " + mo.String()
			p.proseFields = append(p.proseFields, Field{Key: FieldIncidentDate, Label: "Incident date (from the narrative)", Value: value, Span: v, Inferred: true})
			return
		}
	}
}

// narrativeMonthDay is the month and the day a match of narrativeDayRe
// names, or 0.
func narrativeMonthDay(text string, m []int) (time.Month, int) {
	var mo time.Month
	var d int
	switch {
	case m[2] >= 0:
		mo, d = time.Month(atoi(text[m[4]:m[5]])), atoi(text[m[2]:m[3]])
	case m[6] >= 0:
		mo, d = monthNamed(text[m[8]:m[9]]), atoi(text[m[6]:m[7]])
	default:
		mo, d = monthNamed(text[m[10]:m[11]]), atoi(text[m[12]:m[13]])
	}
	if mo < time.January || mo > time.December || d < 1 || d > 31 {
		return 0, 0
	}
	return mo, d
}

// monthNamed is the month a word names in full or shortened ("Nov",
// "November", "abril"), or 0.
func monthNamed(w string) time.Month {
	lower := strings.ToLower(w)
	for m := time.January; m <= time.December; m++ {
		if len(lower) >= 3 && strings.HasPrefix(strings.ToLower(m.String()), lower) {
			return m
		}
	}
	return localMonth(w)
}

// yearDateRe is a date written with its year, for the document's year:
// "01/04/2026", "2026-11-26", "Nov 26, 2026", "26 November 2026".
var yearDateRe = lazyRe(`\b\d{1,2}[./-]\d{1,2}[./-](20\d\d)\b|\b(20\d\d)-\d\d-\d\d\b|\b\p{L}{3,9}\.?\s+\d{1,2},?\s+(20\d\d)\b|\b\d{1,2}\.?\s+\p{L}{3,9}\s+(20\d\d)\b`)

// dayInDocumentYear reads an incident's day written without its year in
// the year of the review's date, on or before it, else in the year of
// the first date the document writes with its year (a tracker's dates,
// a tool's metadata).
func (p *parser) dayInDocumentYear(v string) (time.Time, bool) {
	if _, ok := p.reviewDay(); ok {
		return p.dayBeforeReview(v)
	}
	m := yearDateRe.FindStringSubmatch(p.doc.text)
	if m == nil {
		return time.Time{}, false
	}
	for _, y := range m[1:] {
		if y != "" {
			return dayInYear(strings.TrimSpace(v), atoi(y))
		}
	}
	return time.Time{}, false
}
