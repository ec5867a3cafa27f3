package postmortem

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// What a summary written as prose gives: the opening paragraphs before
// the first section are the summary, and "On 28th February …, from 15:30
// to 18:10 UTC" dates and times the incident where no field does.

var (
	// proseSpanRe: "from 15:30 to 18:10 UTC", "from **7:04am until
	// 8:37am on Thursday 19 November**", "between 2026-11-29 18:20 UTC and 2026-11-29 20:05 UTC".
	// A weekday may follow either time: "from 23:20 Sat until 02:40 Sun",
	// "between 22:40 on Saturday and 02:15 on Sunday".
	proseSpanRe = lazyRe(`(?i)\bfrom\s+` + aboutWord + `[*_]*(` + proseClock + `)(?:\s*(` + zoneWords + `))?` + proseOnDay + spanWeekday + spanClause + `[*_]*\s+(?:to|until|till|-|–)\s+` + aboutWord + `[*_]*(` + proseClock + `)(?:\s*(` + zoneWords + `))?` + proseOnDay + spanWeekday)
	// proseBetweenRe: a sentence that opens "Between 18:20 UTC and 20:05
	// UTC, …", also after its day ("On Wednesday, December 2, between
	// 13:12 and 15:40 UTC") or a label ("**In short:** between 14:05 and 15:31
	// GMT"), or both ("**What happened.** On Tuesday, June 23, between
	// 7:02 and 8:26 AM Pacific (PDT)"). Within a sentence, "data between 17:20 and 23:25 is lost" is
	// some other span, unless a word of failure stands before it:
	// "checkouts failed between 14:02 and 15:10 UTC", "Members were unable
	// to sign in to online banking between 07:30 and 09:18", "delivered
	// late, and for part of the time not at all, between 10:05 and 12:47".
	proseBetweenRe = lazyRe(`(?i)(?:(?:^(?:[*_]+[^:*_\n]{1,40}[:.][*_]+\s+)?|[.!?]\s+)(?:on\s+[^,.;:\n]{3,30}(?:,\s+[^,.;:\n]{1,20}){0,2},\s+)?|^[*_]*[^:*_\n]{1,30}:[*_]*\s+|\b(?:failed|failing|down|unavailable|degraded|broken|impacted|affected|disrupted|errored|erroring|timed\s+out|not\s+at\s+all),?\s+|\b(?:unable\s+to|could\s+not|couldn't|failed\s+to)\s[^.;:\n]{1,60}?\s)between\s+` + aboutWord + `(` + proseClock + `)(?:\s*(` + zoneWords + `))?` + proseOnDay + spanWeekday + `\s+and\s+` + aboutWord + `(` + proseClock + `)(?:\s*(` + zoneWords + `))?` + proseOnDay + spanWeekday)
	// proseBetweenWord is a quick test for proseBetweenRe: every match
	// holds the word.
	proseBetweenWord = newKeywords("between")
	// proseDetectRe: "Detected at 2026-11-29 19:02 UTC", "we were paged at 14:05 IST".
	proseDetectRe = lazyRe(`(?i)\b(?:detected|noticed|paged|alerted)\s+(?:(?:it|this|the\s+\w+|(?-i:\p{Lu}[\p{L}'’-]*)(?:\s+(?-i:\p{Lu}[\p{L}'’-]*)){0,2}(?:,\s+who\s+[^,.]{1,40},)?)\s+)?(?:at|on)\s+(` + proseClock + `)(?:\s*(` + zoneWords + `))?`)
	// byLineRe: the author named in a by-line, "_Written by @hoyel on …_",
	// "Created 2026-11-14 by @dana",
	// also where a wiki's post names the space it is in first ("Posted in
	// **Engineering › Incidents** by Dana Kim").
	// The name may be in bold: "Posted by **Aino Kettunen** · Sep 15";
	// a tool may name the page before it, "A Sway by Carla Whitfield".
	byLineRe = lazyRe(`^[_*]*(?i:(?:posted\s+in\s+[^\n·]{1,80}?\s+|(?:created|written|prepared|authored|posted|published|updated)\s+(?:on\s+)?\d[\d/.-]{5,9}\s+|(?:written|prepared|authored|posted|reported)\s+|an?\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s+))?(?i:by)\s+(?:\*\*|__)?(@[A-Za-z0-9][A-Za-z0-9-]*|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)`)
	// proseDateRe: "On 28th February", "On September 29, 2025".
	proseDateRe = lazyRe(`(?i)\bon\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:[–-]\d{1,2})?\s+` + monthNames + `(?:,?\s+\d{4})?|` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?))`)
)

// The labels of the start and the end a summary's prose gives.
const (
	labelSummaryStart = "Start (from the summary)"
	labelSummaryEnd   = "End (from the summary)"
)

// writtenOnByRe: a by-line with the day it was written before the
// author, whose name a note in lower case may write so: "written sun
// 11/22 by marcus (I was the one on call …)", "_Written on 2 Dec by Ana
// Ruiz_".
var writtenOnByRe = lazyRe(`^[_*]*(?i:written)\s+(?:on\s+)?[^\n]{1,24}?\s+(?i:by)\s+(@[A-Za-z0-9][A-Za-z0-9-]*|\p{L}[\p{L}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]+)?)`)

// postedLineRe: a message board's by-line, the poster's name in bold,
// a role, and when it was posted: "**Kirra Walsh** · Ops on-call lead ·
// Posted Nov 20, 2026".
var postedLineRe = lazyRe(`^[*_]{2}(@[A-Za-z0-9][A-Za-z0-9-]*|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})[*_]{2}\s+·\s+(?:[^·\n]{1,60}·\s+)?(?i:posted|published|written)\b`)

// datedLineRe: a forum's by-line, the poster's name or login in bold, a
// role in parentheses, and the day it was posted after a middle dot:
// "**wrenfield** (Moderator, Infrastructure team) · Nov 17, 2026 · 6
// min read". The day must follow (see datedByLine).
var datedLineRe = lazyRe(`^[*_]{2}(@?[\p{L}][\p{L}0-9._-]*(?:\s+\p{Lu}[\p{L}'’-]+){0,2})[*_]{2}(?:\s+\([^()\n]{1,60}\))?\s+·\s+`)

// byLineDateRe is the day a by-line gives after the author: "· March 3,
// 2026 ·", "on 2026-03-03", "· Updated Mon 11/16/2026".
var byLineDateRe = lazyRe(`(?i)\b(?:` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b`)

// proseClock is a time of day in prose, with the day before it where
// one is written: "15:30", "2026-11-29 18:20", "Nov 29 at 6:20 pm".
// proseOnDay is the day written after a time in prose, as a group:
// "23:50 AEDT on 2 December", "on Tuesday, November 17, 2026", the
// weekday also short, "on Wed 2 Dec".
// The month is read when the time is, which refuses a word that is none.
const proseOnDay = `(?:\s+(on\s+(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?))?`

// spanWeekday is a weekday written after a time of a span without "on",
// as a night's span names the days it crosses: "23:20 Sat", "02:40 Sun".
const spanWeekday = `(?:\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\b)?`

// aboutWord is a word of approximation before a span's time: "from
// about 11:10 PM till 01:40 AM", "until about 15:10".
const aboutWord = `(?:(?:about|around|approximately|approx\.|roughly|~)\s*)?`

// spanClause is a clause between the two ends of a span, set off by
// commas: "from 6:05 pm, when the notice was submitted, to 9:12 pm".
const spanClause = `(?:,\s+(?:when|as|while|after|once)\s[^,.;:]{1,100},)?`

const proseClock = `(?:(?:\d{4}-\d{2}-\d{2}|` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `(?:,?\s+\d{4})?)(?:,?\s+(?:at\s+)?|T))?\d{1,2}:\d{2}(?:\s*(?:[ap]m\b|[ap]\.m\.))?`

// The prose expressions, tried where their first words start.
var (
	proseSpan   = guard(proseSpanRe)
	proseDate   = guard(proseDateRe)
	proseDetect = guard(proseDetectRe)
)

// The start and the end a summary tells in sentences of their own, each
// behind the words it opens with (read with the paragraph's other words)
// and compiled only when a summary holds them: most never do.
const (
	// proseStartExpr: "Impact began at 14:02 UTC", "Card declines began
	// at 10:17 am CST": what went wrong, and when it began.
	proseStartExpr = `(?i)\b(?:impact|outage|incident|declines|errors|failures|timeouts|degradation|disruption|downtime|problems|issues|it)\s+(?:began|started)\s+(?:at|around)\s+(` + proseClock + `)(?:\s*(` + zoneWords + `))?`
	// proseEndExpr: "service was fully restored at 12:48 pm CST", "back
	// at baseline by 15:20 UTC".
	proseEndExpr = `(?i)\b(?:(?:fully\s+)?(?:restored|resolved|recovered)|back\s+(?:at|to)\s+(?:baseline|normal))\s+(?:at|by|around)\s+(` + proseClock + `)(?:\s*(` + zoneWords + `))?` +
		// "By 9:26 p.m. every stream was back": the time first.
		`|\bby\s+(` + proseClock + `)(?:\s*(` + zoneWords + `))?,?\s+(?:every|all|the)\b[^.;]{0,60}?\b(?:was|were)\s+(?:back|restored|recovered)\b`
)

var (
	proseStartWords = newKeywords(append(spaced("it"), "impact", "outage", "incident", "declines", "errors", "failures", "timeouts", "degradation", "disruption", "downtime", "problems", "issues")...)
	proseEndWords   = newKeywords(append(spaced("by"), "fully", "restored", "resolved", "recovered", "back")...)
	proseStartRe    = lazyRe(proseStartExpr)
	proseEndRe      = lazyRe(proseEndExpr)
)

// summaryProse reads a paragraph of the summary, or of the opening
// before the first section, for the incident's date and times.
func (p *parser) summaryProse(n ast.Node, para *paragraphText) {
	if p.inSummary() {
		p.readSummaryProse(n, para)
	}
}

// labelledProse reads a list item led by a bold label that names the
// summary or the key times, as a board's card or a notes page writes
// them ("**Key times (BRT):** impact from 19:52 to 21:07 on Nov 20;
// paged at 20:14"), as the summary's prose is read, wherever it is.
func (p *parser) labelledProse(n ast.Node) {
	label, _, _, ok := p.leadLabel(n)
	if !ok || p.inSummary() {
		return
	}
	if key := p.headingKey(label); key == "short_summary" || key == "timeline" {
		p.readSummaryProse(n, &paragraphText{text: p.doc.Text(linesSpan(n)), shared: true})
	}
}

// readSummaryProse is summaryProse in a paragraph known to be the
// summary's.
func (p *parser) readSummaryProse(n ast.Node, para *paragraphText) {
	intro := p.beforeSections()
	span := linesSpan(n)
	if !span.Valid() {
		return
	}
	text := p.doc.Text(span)
	if intro {
		p.byLine(span, text)
	}
	if intro && p.intro == (Span{}) && len(strings.Fields(text)) >= 12 && !byLineRe.MatchString(text) && !exportNote(text) {
		p.intro = span
	}
	if intro && p.intro.Valid() {
		p.opening.add(span, text)
	}
	if !para.hasDigit() {
		p.summaryWeekday(text, span.Start)
		return // no time, no date
	}
	if strings.Contains(text, ":") {
		var m []int
		if para.has(wordsProseBetween) {
			m = proseBetweenRe.FindStringSubmatchIndex(text)
		}
		if m == nil && para.has(wordsProseSpan) {
			m = proseSpan.FindStringSubmatchIndex(text)
		}
		if m != nil {
			if windowWordBefore(text[:m[0]]) || failedBefore(text[:m[0]]) {
				p.dropMoments() // "so: broken from 6:38pm to 8:05pm" over a clause's "at 7:48pm … a broken one"
			}
			p.proseTime(FieldStart, labelSummaryStart, span.Start, m[2], m[3], zoneOf(text, m[4:6], m[10:12])+dayOf(text, m[6:8], m[12:14]))
			p.proseTime(FieldEnd, labelSummaryEnd, span.Start, m[8], m[9], zoneOf(text, m[10:12], m[4:6])+dayOf(text, m[12:14], nil))
		} else {
			p.proseSaid(text, span.Start, para)
		}
		if m := proseDetected(text, para); m != nil {
			p.proseTime(FieldDetect, "Detect (from the summary)", span.Start, m[2], m[3], zoneOf(text, m[4:6], m[4:6]))
		}
	}
	p.momentProse(text, span.Start)
	p.clauseMoments(text, span.Start)
	p.lastedProse(para, span.Start)
	if !para.has(wordsMonth) {
		return
	}
	var m []int
	if para.has(wordsProseDate) {
		m = proseDate.findWhere(text, para.firstIn(text, wordsProseDate), mayTellDate)
	}
	if m == nil && dayBeforeComma(text) {
		m = weekdayDateRe.FindStringSubmatchIndex(text)
	}
	if m != nil && !reviewSentence(text, m[2]) {
		v := Span{span.Start + m[2], span.Start + m[3]}
		key, label := FieldIncidentDate, "Incident date (from the summary)"
		if exportNote(text) || copyNote(text) {
			key, label = FieldDate, "Date (from the export note)" // the day the tool wrote the document on
		}
		p.proseFields = append(p.proseFields, Field{Key: key, Label: label, Value: firstOfRange(p.doc.Text(v)), Span: v, Inferred: true})
	}
}

// dropMoments drops the starts and ends read so far from the summary's
// clauses and spans, which a window of the impact it names outweighs.
func (p *parser) dropMoments() {
	kept := p.proseFields[:0]
	for _, f := range p.proseFields {
		if f.Label != labelSummaryMoment && f.Label != labelSummaryStart && f.Label != labelSummaryEnd || f.Key != FieldStart && f.Key != FieldEnd {
			kept = append(kept, f)
		}
	}
	p.proseFields = kept
}

// proseDetected is proseDetect.FindStringSubmatchIndex(text) for the
// paragraph's text, its words found by the paragraph's one reading.
func proseDetected(text string, para *paragraphText) []int {
	if !para.has(wordsProseDetect) {
		return nil
	}
	return proseDetect.findWhere(text, para.firstIn(text, wordsProseDetect), nil)
}

// firstOfRange is the first day of a range of days a summary gives, "7
// December" of "7–8 December" ("on the night of 7–8 December"); a date
// of one day is itself.
func firstOfRange(date string) string {
	i := strings.IndexAny(date, "–-")
	if i <= 0 || !isDigit(date[i-1]) {
		return date
	}
	j := i + len("–")
	if date[i] == '-' {
		j = i + 1
	}
	for j < len(date) && isDigit(date[j]) {
		j++
	}
	return date[:i] + date[j:]
}

// mayTellDate is the quick test of proseDateRe where "on" starts at i:
// white space follows, and then a digit or the first three letters of a
// month or a weekday. "on the API tier" is spared the expression.
func mayTellDate(text string, i int) bool {
	j := i + len("on")
	for j < len(text) && isREspace(text[j]) {
		j++
	}
	if j == i+len("on") || j >= len(text) {
		return false
	}
	if c := text[j]; c >= '0' && c <= '9' || c >= utf8.RuneSelf {
		return true
	}
	if foldPrefix(text[j:], "the ") {
		return partOfDayOf(text[j+len("the "):]) // "on the evening of Saturday 31 October"
	}
	return j+3 <= len(text) && (monthWords.in(text[j:j+3]) || weekdayWords.in(text[j:j+3]))
}

// partOfDayOf reports text opening "morning of", "afternoon of",
// "evening of" or "night of".
func partOfDayOf(text string) bool {
	for _, w := range []string{"morning of ", "afternoon of ", "evening of ", "night of "} {
		if foldPrefix(text, w) {
			return true
		}
	}
	return false
}

// dayBeforeComma reports a weekday or a part of the day before a comma,
// as "Friday, February 27" and "Monday evening, December 14" write it:
// one pass over the commas.
func dayBeforeComma(text string) bool {
	for i := strings.IndexByte(text, ','); i >= 0; {
		head := text[:i]
		for _, w := range [...]string{"day", "evening", "morning", "afternoon", "night"} {
			if strings.HasSuffix(head, w) {
				return true
			}
		}
		j := strings.IndexByte(text[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// weekdayDateRe is the day a summary gives after a weekday and a comma,
// without "on": "Last Friday, February 27, search stopped working". It
// is compiled when a summary first writes "day,".
var weekdayDateRe = lazyRe(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?,\s+(` + monthNames + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthNames + `(?:,?\s+\d{4})?)\b`)

// byLine reads the author a by-line before the first section names:
// "_Written by @hoyel on 2026-02-12_", "By Dana Kim".
func (p *parser) byLine(span Span, text string) {
	if strings.HasPrefix(text, "*") || strings.HasPrefix(text, "_") {
		p.authorSentence(span, text)
	}
	m := byLineRe.FindStringSubmatchIndex(text)
	if m == nil && strings.HasPrefix(text, "**") && strings.Contains(text, " · ") {
		m = postedLineRe.FindStringSubmatchIndex(text)
		if m == nil {
			m = datedByLine(text)
		}
	}
	if m == nil && len(text) > 10 && (text[0]|0x20 == 'w' || text[0] == '_' || text[0] == '*') {
		m = writtenOnByRe.FindStringSubmatchIndex(text)
	}
	if m == nil {
		if name, day, ok := roleLine(text); ok {
			m = []int{0, day[0], name[0], name[1]} // the day is searched from its start
		}
	}
	if m != nil {
		v := Span{span.Start + m[2], span.Start + m[3]}
		p.proseFields = append(p.proseFields, Field{Key: FieldCreatedBy, Label: "Author (from the by-line)", Value: p.doc.Text(v), Span: v, Inferred: true})
		if d := byLineDateRe.FindStringIndex(text[m[1]:]); d != nil {
			v := Span{span.Start + m[1] + d[0], span.Start + m[1] + d[1]}
			p.proseFields = append(p.proseFields, Field{Key: FieldDate, Label: "Date (from the by-line)", Value: p.doc.Text(v), Span: v, Inferred: true})
		}
	}
}

// datedByLine is the match of datedLineRe where the day follows it at
// once, else nil.
func datedByLine(text string) []int {
	m := datedLineRe.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	if d := byLineDateRe.FindStringIndex(text[m[1]:]); d == nil || d[0] != 0 {
		return nil
	}
	return m
}

// exportNote reports an italic note that says how the document was
// exported, pasted or generated from a tool ("_Pasted from the Google
// Sheet … with the Docs to Markdown add-on._"): it is no summary of the
// incident, and the day it names is the export's.
// A note in plain text or a quote counts where it opens by saying so:
// "Postmortem exported from Kintaba on Dec 4, 2026. Times in this export
// are …".
func exportNote(text string) bool {
	if len(text) < 2 {
		return false
	}
	if (text[0] == '_' || text[0] == '*') && text[len(text)-1] == text[0] {
		return exportWords.in(text[1:])
	}
	head := text[:min(len(text), 48)]
	return exportOpeners.in(head)
}

// copyNote reports an italic note that says when the text above or
// below it was copied or sent, not when the incident was: "*Incident
// history copied from the status page on Dec 3, 2026*", "*Issue #41 ·
// sent via our newsletter tool on 24 November 2026*". It is no export
// note otherwise: such a note may still be the summary.
func copyNote(text string) bool {
	return len(text) > 2 && (text[0] == '_' || text[0] == '*') && text[len(text)-1] == text[0] && copyWords.in(text[1:])
}

var copyWords = newKeywords("copied from", "sent via", "sent to")

var (
	exportWords   = newKeywords("exported", "pasted", "generated")
	exportOpeners = newKeywords("exported from", "exported on", "exported by", "exported via", "exported with", "pasted from", "generated from", "generated by", "generated on")
)

// authorSentenceRe: the author named in a sentence of an italic note
// before the first section: "*Notebook …, exported with nbconvert.
// Author: Dana Whitcombe (@dwhitcombe). Reviewed …*".
var authorSentenceRe = lazyRe(`(?:^[_*]+|[.;]\s+)(?i:author|authors|written by)\s*:\s*(@[A-Za-z0-9][A-Za-z0-9-]*|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)?)`)

// authorSentence reads the author from an "Author: …" sentence of an
// italic note, as a notebook's or a wiki's by-line writes it.
func (p *parser) authorSentence(span Span, text string) {
	if !strings.Contains(text, "uthor") {
		return
	}
	if m := authorSentenceRe.FindStringSubmatchIndex(text); m != nil {
		v := Span{span.Start + m[2], span.Start + m[3]}
		p.proseFields = append(p.proseFields, Field{Key: FieldCreatedBy, Label: "Author (from the by-line)", Value: p.doc.Text(v), Span: v, Inferred: true})
	}
}

// inSummary reports whether paragraphs here are read as the summary:
// before the first section, or in the summary, description or impact.
func (p *parser) inSummary() bool {
	key, _ := p.sectionKey()
	return p.beforeSections() || key == "short_summary" || key == "description" || key == "impact"
}

// zoneOf returns the zone written after a time, else the one written
// after the other time of the pair.
func zoneOf(text string, own, other []int) string {
	if own[0] >= 0 {
		return text[own[0]:own[1]]
	}
	if other[0] >= 0 {
		return text[other[0]:other[1]]
	}
	return ""
}

// dayOf returns the day written after a time, or after the other one
// when own is missing, with its space: " on 2 December".
func dayOf(text string, own, other []int) string {
	if own[0] >= 0 {
		return " " + text[own[0]:own[1]]
	}
	if other != nil && other[0] >= 0 {
		return " " + text[other[0]:other[1]]
	}
	return ""
}

// proseSaid reads the start and the end a summary tells in sentences
// of their own, where it gives no span: "Impact began at 14:02 UTC …
// back at baseline by 15:20 UTC".
func (p *parser) proseSaid(text string, base int, para *paragraphText) {
	if !hasClock(text) {
		return
	}
	p.proseSentence(FieldStart, labelSummaryStart, text, base, para.has(wordsProseStart), proseStartRe)
	p.proseSentence(FieldEnd, labelSummaryEnd, text, base, para.has(wordsProseEnd), proseEndRe)
}

// proseSentence reads the time a sentence of the summary gives a field,
// when the paragraph holds the words the expression opens with.
func (p *parser) proseSentence(key, label, text string, base int, words bool, re *lazyRegexp) {
	if !words {
		return
	}
	m := timeFirst(re.FindStringSubmatchIndex(text))
	if m != nil && m[2] >= 0 {
		p.proseTime(key, label, base, m[2], m[3], zoneOf(text, m[4:6], m[4:6]))
	}
}

// timeFirst returns the match m of an expression in two forms, each
// with a time and a zone group, with the groups of the form that matched
// first: proseEndExpr's second form ("By 9:26 p.m. every stream was
// back") holds its time and zone in groups 3 and 4.
func timeFirst(m []int) []int {
	if m != nil && m[2] < 0 && len(m) >= 10 {
		return m[4:]
	}
	return m
}

// hasClock reports whether text holds a time of day: a digit, a colon
// and two digits ("14:02").
func hasClock(text string) bool {
	return atSomeColon(text, func(i int) bool {
		return i > 0 && isDigit(text[i-1]) && i+2 < len(text) && isDigit(text[i+1]) && isDigit(text[i+2])
	})
}

// atSomeColon reports whether at(i) holds for the place i of some colon
// of text, finding the colons with IndexByte.
func atSomeColon(text string, at func(i int) bool) bool {
	for i := strings.IndexByte(text, ':'); i >= 0; {
		if at(i) {
			return true
		}
		j := strings.IndexByte(text[i+1:], ':')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func (p *parser) proseTime(key, label string, base, start, end int, zone string) {
	v := Span{base + start, base + end}
	value := p.doc.Text(v)
	if zone == "" {
		zone = p.proseZone // "at 8:09 p.m." after "at 7:58 p.m. Eastern": the zone the story gave
	}
	if zone != "" {
		value += " " + zone
		p.proseZone = zone
	}
	p.proseFields = append(p.proseFields, Field{Key: key, Label: label, Value: value, Span: v, Inferred: true})
}

// emptySummaryKey reports a front-matter key of the summary with no
// value.
func emptySummaryKey(s Section) bool {
	return s.Key == "short_summary" && s.Form == "front matter" && s.Empty
}

// finishSummary adds what the summary's prose gave, for fields no other
// layout gives, and the opening paragraphs as the summary where the
// document has no summary section.
func (p *parser) finishSummary() {
	for _, f := range p.proseFields {
		if _, ok := p.doc.Field(f.Key); !ok {
			p.doc.Fields = append(p.doc.Fields, f)
		}
	}
	if p.intro.Valid() {
		intro := Section{Name: "Opening paragraph", Key: "short_summary", Form: "intro", HeadingSpan: p.intro, Span: p.intro}
		if _, ok := p.doc.Section("short_summary"); !ok {
			p.doc.MetaSections = append(p.doc.MetaSections, intro)
		} else if i := slices.IndexFunc(p.doc.MetaSections, emptySummaryKey); i >= 0 {
			p.doc.MetaSections[i] = intro // a blog's "description:" left blank over a post that opens with its summary
		}
	}
	p.openingNarrative()
}

// failedBefore reports a span's sentence that tells, in the words just
// before the span, what stopped working: "report sync to the patient app
// stopped from about 11:10 PM till 01:40 AM". The span is then the
// impact's window, over a moment a clause told before it.
func failedBefore(before string) bool {
	k := strings.LastIndexAny(before, ".!?")
	s := strings.ToLower(before[k+1:])
	for _, w := range [...]string{" stopped", " failed", " was down", " were down", " broke", " could not", " couldn't", " unable to", "impact is", "impact was", "outage is", "outage was"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
