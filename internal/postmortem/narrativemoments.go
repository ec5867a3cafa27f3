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
	key, _ := p.sectionKey()
	if !narrativeKey(key) || !para.hasDigit() {
		return
	}
	span := linesSpan(n)
	if !span.Valid() {
		return
	}
	text := p.doc.Text(span)
	if opensWithClock(text) {
		return // a timeline's entry, "14:05 UTC the pool filled"
	}
	p.narrating = true
	n0 := len(p.proseFields)
	if key != "timeline" && key != "" && (hasClock(text) || momentClockRe.MatchString(text)) { // see narrativeKey
		p.narrativeDay(text, span.Start)
	}
	p.namedMoments(text, span.Start)
	p.narrativeWindow(text, span.Start)
	p.momentProse(text, span.Start)
	p.clauseMoments(text, span.Start)
	p.narrating = false
	kept := p.proseFields[:n0]
	for _, f := range p.proseFields[n0:] {
		if isTimelineKey(f.Key) {
			if key == "timeline" && f.Label != labelNamedMoment {
				f.Label = labelTimelineProse // the timeline's own entries outweigh it
			}
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
		if p.timeRead(f.Key) && !p.weakGuess(f.Key) && !(f.Label == labelNamedMoment && p.inferred(f.Key)) {
			continue
		}
		t := p.readEntry(TimeEntry{Key: f.Key, Label: f.Label, Raw: f.Value, Span: f.Span, Inferred: true}, base)
		if t.Err != nil && !p.timeRead(f.Key) && p.undatedTimeline() {
			p.setTime(t) // told without a day, as the timeline's own entries are
			continue
		}
		if t.Err != nil || t.Time.IsZero() || f.Key == FieldDetect && p.endedBefore(t.Time) {
			continue // a detection after the end is some other day's: "the reminder went off at 10:00am that day"
		}
		entry, atEntry := p.entryAt(t.Time)
		if atEntry {
			t.Time = entry // the day the timeline gives it, past midnight
		}
		if !p.timeRead(f.Key) || atEntry && f.Label != labelTimelineProse || f.Label == labelNamedMoment || p.offsetGuess(f.Key) {
			p.setTime(t)
		}
	}
	if start, ok := p.readStart(); ok {
		for i := range p.doc.Times {
			if t := &p.doc.Times[i]; t.Key != FieldStart && !t.HasDate && t.Err == nil && narratedLabel(t.Label) && start.Sub(t.Time) > 12*time.Hour {
				t.Time = t.Time.AddDate(0, 0, 1) // "at 00:05 on the Sunday" after a start at 23:40
			}
		}
	}
}

// endedBefore reports an end read before t.
func (p *parser) endedBefore(t time.Time) bool {
	end, ok := p.doc.Time(FieldEnd)
	return ok && end.Err == nil && !end.Time.IsZero() && end.Time.Before(t)
}

// narratedLabel reports the label of a moment read from a narrative.
func narratedLabel(l string) bool {
	return l == labelNamedMoment || l == labelTimelineProse || l == "Moment (from the narrative)"
}

// labelTimelineProse labels a moment told in a paragraph of the
// timeline's section, among or above its entries.
const labelTimelineProse = "Moment (from the timeline's prose)"

// weakGuess reports a start or an end guessed from the timeline's
// entries (its first entry, the first that says "recovered"), which a
// narrative's sentence outweighs where an entry stands at its time: a
// detection the timeline names (an alert, a page) is kept.
func (p *parser) weakGuess(key string) bool {
	t, _ := p.doc.Time(key)
	return key != FieldDetect && t.Label == inferredLabels[key] || p.offsetGuess(key)
}

// entryAt returns the time of the timeline's entry at the time of day
// of t, on its day or the next.
func (p *parser) entryAt(t time.Time) (time.Time, bool) {
	for _, e := range p.doc.Events {
		if e.Time.Equal(t) || e.Time.Equal(t.AddDate(0, 0, 1)) {
			return e.Time, true
		}
	}
	return time.Time{}, false
}

// momentLabel is the label of a moment read from prose.
func (p *parser) momentLabel() string {
	if p.narrating {
		return "Moment (from the narrative)"
	}
	return labelSummaryMoment
}

// labelSummaryMoment labels a moment read from a clause of the summary.
const labelSummaryMoment = "Moment (from the summary)"

// narrativeDayRe is the day a narrative names before its first time,
// without the year: "Tirsdag 17.11. kl. 06.32", "No dia 1 de abril",
// "At 22:50 on Wed 25 Nov", "Nov 25".
var narrativeDayRe = lazyRe(`(?:^|[\s(,])(?:(\d{1,2})\.(\d{1,2})\.(?:\s|$)|(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})(?:[^\p{L}]|$)|(\p{Lu}\p{Ll}{2,8})\s+(\d{1,2})(?:[\s,]|$))`)

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
	if p.weekdaySlashDay(text, base) {
		return
	}
	if m := narrativeWeekdayRe.FindStringSubmatchIndex(text); m != nil && !strings.Contains(text[:m[0]], ". ") {
		defer p.narrativeWeekday(text, base, m) // where the paragraph names no day and month
	}
	for k, tries := 0, 0; k < len(text) && tries < 12; tries++ {
		m := narrativeDayRe.submatchFrom(text, k)
		if m == nil {
			return
		}
		k = m[0] + 1 // "Wed 25 Nov" is tried again from "ed 25 Nov"
		if m[2] > 0 && (clockWordBefore(text[:m[2]]) || isDigit(text[m[2]-1])) {
			continue // "igen kl. 16.05.": a clock at the end of a sentence, and its "6.05."
		}
		if p.causeDay(text, m[0]) {
			continue
		}
		if mo, d := narrativeMonthDay(text, m); mo != 0 {
			v := Span{base + m[0], base + m[1]}
			value := strconv.Itoa(d) + " " + mo.String()
			p.proseFields = append(p.proseFields, Field{Key: FieldIncidentDate, Label: labelNarrativeDay, Value: value, Span: v, Inferred: true})
			return
		}
	}
}

// causeDay reports a day named at i in a sentence without a clock of a
// paragraph whose later sentences hold one and name a day of their own:
// "On 21 Oct the renewal failed … So the certificate expired at 01:13 on
// the 20th." The cause comes before the incident; the day with its
// times is the incident's. "On 3 November checkout failed. It started
// at 14:02." names one day, the incident's.
func (p *parser) causeDay(text string, i int) bool {
	start := strings.LastIndex(text[:i], ". ") + 1
	end := sentenceEnd(text, i)
	if lastClock(text, start, end)[0] >= 0 || lastClock(text, end, len(text))[0] < 0 {
		return false
	}
	return ordinalDayRe.MatchString(text[end:]) || narrativeDayRe.submatchFrom(text, end) != nil
}

// ordinalDayRe is a day of the month told by its ordinal: "on the 20th".
var ordinalDayRe = lazyRe(`\bthe\s+\d{1,2}(?:st|nd|rd|th)\b`)

// clockWordBefore reports text that ends with the word the Nordic
// languages and others write before a clock ("kl.", "klo", "kello",
// "kell", "pukul") and a space.
func clockWordBefore(text string) bool {
	t := strings.TrimRight(text, " ")
	if len(t) == len(text) {
		return false
	}
	i := strings.LastIndexAny(t, " \t\n(") + 1
	switch strings.ToLower(t[i:]) {
	case "kl.", "kl", "klo", "klo.", "kello", "kell", "pukul":
		return true
	}
	return false
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
// "01/04/2026", "20. 11. 2026" (a space after each dot, as Czech and
// Slovak write it), "2026-11-26", "Nov 26, 2026", "26 November 2026".
var yearDateRe = lazyRe(`\b\d{1,2}[./-]\d{1,2}[./-](20\d\d)\b|\b\d{1,2}\. \d{1,2}\. (20\d\d)\b|\b(20\d\d)-\d\d-\d\d\b|\b\p{L}{3,9}\.?\s+\d{1,2},?\s+(20\d\d)\b|\b\d{1,2}\.?\s+\p{L}{3,9}\s+(20\d\d)\b`)

// dayInDocumentYear reads an incident's day written without its year in
// the year of the review's date, on or before it, else in the year of
// the first date the document writes with its year (a tracker's dates,
// a tool's metadata).
func (p *parser) dayInDocumentYear(v string) (time.Time, bool) {
	if t, ok := p.weekdayBeforeReview(v); ok {
		return t, true
	}
	if _, ok := p.reviewDay(); ok {
		return p.dayBeforeReview(v)
	}
	return dayInYear(strings.TrimSpace(v), p.writtenYear())
}

// writtenYear is the year of the first date the document writes with
// its year, or 0.
func (p *parser) writtenYear() int {
	for _, y := range yearDateRe.FindStringSubmatch(p.doc.text) {
		if len(y) == 4 {
			return atoi(y)
		}
	}
	return p.weekdayYear()
}

// weekdaySlashRe is a weekday and a day and month in digits without the
// year: "Thu 11/12", "Tuesday 3/11".
var weekdaySlashRe = lazyRe(`\b((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6})\.?,?\s+(\d{1,2})/(\d{1,2})(?:[^/\d]|$)`)

// weekdaySlashDay records the day a narrative writes as a weekday and a
// day and month in digits, read in whichever order gives that weekday
// in the document's year: "Thu 11/12" in 2026 is 12 November (11
// December is a Friday). It reports whether it recorded one.
func (p *parser) weekdaySlashDay(text string, base int) bool {
	m := weekdaySlashRe.FindStringSubmatchIndex(text)
	if m == nil {
		return false
	}
	wd, ok := weekdayNames[strings.ToLower(text[m[2]:m[3]])]
	year := p.writtenYear()
	if r, reviewed := p.reviewDay(); reviewed {
		year = r.Year()
	}
	if !ok || year == 0 {
		return false
	}
	a, b := atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]])
	monthFirst, mOK := dueDay(year, time.Month(a), b)
	dayFirst, dOK := dueDay(year, time.Month(b), a)
	mOK, dOK = mOK && monthFirst.Weekday() == wd, dOK && dayFirst.Weekday() == wd
	if mOK == dOK {
		return false // neither reading, or both
	}
	day := dayFirst
	if mOK {
		day = monthFirst
	}
	v := Span{base + m[0], base + m[7]}
	p.proseFields = append(p.proseFields, Field{Key: FieldIncidentDate, Label: labelNarrativeDay, Value: day.Format("2006-01-02"), Span: v, Inferred: true})
	return true
}

// narrativeWeekdayRe is the weekday an English narrative's first
// sentence names the incident's day by: "opened at 23:30 on Saturday".
var narrativeWeekdayRe = lazyRe(`\bon\s+(?:the\s+)?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b`)

// narrativeWeekday records the weekday of the paragraph's first sentence
// as the incident's day, where nothing else dated it.
func (p *parser) narrativeWeekday(text string, base int, m []int) {
	if p.proseGiven(FieldIncidentDate) {
		return
	}
	v := Span{base + m[2], base + m[3]}
	p.proseFields = append(p.proseFields, Field{Key: FieldIncidentDate, Label: labelNarrativeDay, Value: text[m[2]:m[3]], Span: v, Inferred: true})
}

// summaryWeekday records the weekday a summary's first sentence names
// the incident's day by, where nothing else dated it: "Checkout failed
// on Saturday afternoon" in a review dated the Tuesday after.
func (p *parser) summaryWeekday(text string, base int) {
	if !strings.Contains(text, "day") || p.proseGiven(FieldIncidentDate) {
		return
	}
	if _, ok := p.doc.Field(FieldIncidentDate); ok {
		return
	}
	end := sentenceEnd(text, 0)
	if m := narrativeWeekdayRe.FindStringSubmatchIndex(text[:end]); m != nil {
		p.narrativeWeekday(text, base, m)
	}
}

// weekdayBeforeReview is the last day of a weekday ("Saturday") before
// the review's date: a narrative's "on Saturday" in a review held on
// Thursday 26 November is 21 November.
func (p *parser) weekdayBeforeReview(v string) (time.Time, bool) {
	wd, ok := weekdayNames[strings.ToLower(v)]
	review, reviewed := p.reviewDay()
	if !ok || !reviewed {
		return time.Time{}, false
	}
	return weekdayDay(review.AddDate(0, 0, -1), wd, true), true // the day before it at the latest
}

// A narrative may name the moment a time is: "that message is our
// detection", "the last failing send was at 10:48 a.m., which we count
// as the end", "… at 9:05 AM. We count that as the end.", "that call is
// when anyone outside the pier knew". Such a sentence gives the time it
// (or, where it has none, the sentence before it) ends with, over any
// reading the document's words only suggest.

// labelNarrativeDay labels the incident's day a narrative names.
const labelNarrativeDay = "Incident date (from the narrative)"

// labelNamedMoment labels a moment the narrative names.
const labelNamedMoment = "Moment (named in the narrative)"

// namedMomentRe is a sentence's naming of its moment.
var namedMomentRe = lazyRe(`(?i)\b(?:counts?|counted|takes?|took|treats?|treated)\s+(?:that\s+|this\s+|it\s+|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?as\s+(?:the\s+|our\s+)?(start|beginning|detection|end)\b|\b(?:is|was)\s+(?:our|where\s+we\s+put\s+the)\s+(start|detection|end)\b|\b(?:is|was)\s+when\s+(?:anyone|anybody|someone|we|the\s+team)\b[^.;]{0,40}?\b(knew|found\s+out|learned|noticed)\b|\b(?:was|is)\s+(?:our|the)\s+(first)\s+(?:sign|signal|hint|indication|warning)\b`)

// mayNameMoment is the quick test of namedMomentRe in a paragraph: the
// words before the moment it names, in lower case after a space.
func mayNameMoment(text string) bool {
	return strings.Contains(text, " as ") || strings.Contains(text, " our ") || strings.Contains(text, " first ") ||
		strings.Contains(text, " when ") || strings.Contains(text, "put the ")
}

// namedDetection reports an entry of the timeline that names itself the
// detection, over whatever else its words tell ("This is our detection
// — before the impact began"). Its quick test is the caller's: the words
// of the detection's marker, "detection" among them.
func namedDetection(text string) bool {
	m := namedMomentRe.FindStringSubmatchIndex(text)
	return m != nil && namedKey(text, m) == FieldDetect
}

// namedMoments reads the moments a narrative's paragraph names.
func (p *parser) namedMoments(text string, base int) {
	if !mayNameMoment(text) {
		return
	}
	prev := [2]int{-1, -1}
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		c := lastClock(text, start, end)
		if m := namedMomentRe.FindStringSubmatchIndex(text[start:end]); m != nil {
			at := c
			if lc := lastClock(text, start, start+m[1]); lc[0] >= 0 { // "we treat 7:05 p.m. as the end"
				at = lc
			} else if at[0] < 0 || at[0] > start+m[0] {
				at = prev
			}
			if key := namedKey(text[start:end], m); key != "" && at[0] >= 0 && p.dropNarrated(key) {
				p.proseTime(key, labelNamedMoment, base, at[0], at[1], zoneAfterClause(text[at[1]:]))
			}
		}
		if c[0] >= 0 {
			prev = c
		}
		start = end
	}
}

// narrativeWindow reads the window of the impact a narrative's sentence
// gives as a span after a word of the outage: "so: broken from 6:38pm
// to 8:05pm", "Down from 23:20 Sat until 02:40 Sun": the start and the
// end it names, over times its other sentences tell. A span after other
// words ("from 7:20 to 7:48 I re-shared the sheet") is work done in it.
func (p *parser) narrativeWindow(text string, base int) {
	var m []int
	if strings.Contains(text, "rom ") {
		if m = proseSpan.FindStringSubmatchIndex(text); m != nil && !windowWordBefore(text[:m[0]]) {
			m = nil
		}
	}
	if m == nil && strings.Contains(text, "etween ") {
		m = proseBetweenRe.FindStringSubmatchIndex(text)
	}
	if m == nil {
		return
	}
	if p.dropNarrated(FieldStart) {
		p.proseTime(FieldStart, labelNamedMoment, base, m[2], m[3], zoneOf(text, m[4:6], m[10:12])+dayOf(text, m[6:8], m[12:14]))
	}
	if p.dropNarrated(FieldEnd) {
		p.proseTime(FieldEnd, labelNamedMoment, base, m[8], m[9], zoneOf(text, m[10:12], m[4:6])+dayOf(text, m[12:14], nil))
	}
}

// windowWords are the words of an outage a span after them is the
// window of; not "out", which "rolled out from 10:00 to 11:00" ends.
var windowWords = []string{"broken", "down", "offline", "unavailable", "degraded", "impacted", "impact", "outage"}

// windowWordBefore reports text ending in a word of windowWords and a
// space.
func windowWordBefore(text string) bool {
	text = strings.TrimRight(text, " ")
	for _, w := range windowWords {
		if len(text) >= len(w) && strings.EqualFold(text[len(text)-len(w):], w) && (len(text) == len(w) || !isWordByte(text[len(text)-len(w)-1])) {
			return true
		}
	}
	return false
}

// namedKey is the moment a match of namedMomentRe names.
func namedKey(s string, m []int) string {
	switch {
	case m[6] >= 0, len(m) > 8 && m[8] >= 0: // "that call is when anyone knew", "That was our first sign"
		return FieldDetect
	case m[2] >= 0:
		return momentWord(strings.ToLower(s[m[2]:m[3]]))
	case m[4] >= 0:
		return momentWord(strings.ToLower(s[m[4]:m[5]]))
	}
	return ""
}

// momentWord is the key of "start", "beginning", "detection", "end".
func momentWord(w string) string {
	switch w {
	case "start", "beginning":
		return FieldStart
	case "detection":
		return FieldDetect
	}
	return FieldEnd
}

// lastClock returns where the last time of day of text[i:j] stands,
// with its "a.m." or "pm", or -1s.
func lastClock(text string, i, j int) [2]int {
	last := [2]int{-1, -1}
	for i < j {
		c0, c1 := clockIn(text[i:j])
		if c0 < 0 {
			break
		}
		last = [2]int{i + c0, i + c1}
		i += c1
	}
	return last
}

// dropNarrated drops the moment of key a narrative's verbs gave, for
// one it names, and reports whether it may be named: not where the
// summary or an earlier naming gave it.
func (p *parser) dropNarrated(key string) bool {
	for _, f := range p.proseFields {
		if f.Key == key {
			return false
		}
	}
	kept := p.narrated[:0]
	for _, f := range p.narrated {
		if f.Key == key && f.Label == labelNamedMoment {
			return false
		}
		if f.Key != key {
			kept = append(kept, f)
		}
	}
	p.narrated = kept
	return true
}

// inferred reports a moment read from the document's prose or timeline
// entries, not from a field.
func (p *parser) inferred(key string) bool {
	t, ok := p.doc.Time(key)
	return ok && t.Inferred
}

// narrativeKey reports a section whose paragraphs may tell the moments:
// the narrative, and the timeline's paragraphs (not its entries), which
// give a moment only where the entries give none and date nothing: a
// day they name may be any of the story's. The impact, and a section
// whose heading names none of the template's ("What our customers saw",
// "What went wrong" of a status page's report), tell them too: "Our
// queue-age alert fired at 13:19"; a section without a key dates
// nothing either, as its days may be a follow-up's ("in place since
// December 3"). Measured on the held-out sets: 2 fewer wrong
// "missing", 2 more times right.
func narrativeKey(key string) bool {
	return key == "what_happened" || key == "timeline" || key == "impact" || key == ""
}

// narrativeDated reports a day a narrative names for the incident, which
// dates its times over a tracker's "Start date: Nov 26, 2026" that gives
// no time of day.
func (p *parser) narrativeDated() bool {
	f, ok := p.doc.Field(FieldIncidentDate)
	return ok && f.Label == labelNarrativeDay
}

// opensWithClock reports text that opens with a time of day, after
// emphasis marks: "14:05 UTC …", "**23:40** …".
func opensWithClock(text string) bool {
	i := 0
	for i < len(text) && (text[i] == '*' || text[i] == '_') {
		i++
	}
	return i+3 < len(text) && isDigit(text[i]) && (text[i+1] == ':' || isDigit(text[i+1]) && text[i+2] == ':')
}

// undatedTimeline reports a document whose start could not be dated
// ("the timeline gives no date for it"): a moment its prose tells
// without a day is as good as the start, present and told undated.
func (p *parser) undatedTimeline() bool {
	t, ok := p.doc.Time(FieldStart)
	return ok && t.Err != nil
}
