package postmortem

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

// errNoDay is the error of a time read from the timeline that names no
// day, in a document that gives none.
var errNoDay = errors.New("the timeline gives no date for it")

// undated is the day that undated timeline entries are read against when
// the document names none: their order can still be checked. It is not
// the zero time, against which ParseTime reads no time of day at all.
var undated = time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC)

// readEvents reads the times of the timeline's entries. A time of day
// takes its day from the entry before it in its group, else from the
// date written above it, else from the document; one earlier than the
// entry before it is the next day when the clock went past midnight,
// and out of order otherwise.
func (p *parser) readEvents(base time.Time) {
	var prev, clock *Event
	anchor := p.anchor(base)
	for i := range p.doc.Events {
		e := &p.doc.Events[i]
		if prev != nil && prev.Group != e.Group {
			prev, clock = nil, nil
		}
		if !p.readRelative(e, prev, clock, anchor) {
			p.readEvent(e, prev, base)
			if !e.Time.IsZero() {
				clock = e
			}
		}
		if e.Marker = eventMarkerWith(p.fields, e.Text); e.Marker == "" && zeroOffset(e.Raw) {
			e.Marker = FieldStart // T+0 is when it started
		}
		if !e.Time.IsZero() {
			prev = e
		}
	}
	p.labelMarkers()
	p.newestFirst()
}

// labelMarkers marks, in a timeline whose words mark no moment, the
// entries that end in the vocabulary's label of one (see labelMarker).
// In any timeline, a moment an entry names apart from its story (see
// apartMarker) is that entry's, before words of another entry: "0352 —
// foreman notices trucks idling" is not the detection where "0415 — …
// **Detected**" follows.
func (p *parser) labelMarkers() {
	ev := p.doc.Events
	worded := false
	for _, e := range ev {
		if e.Marker != "" && e.Marker != "recovered" {
			worded = true
			break
		}
	}
	if !worded {
		for i := range ev {
			if e := &ev[i]; e.Marker == "" {
				if e.Marker = labelMarker(e.Text); e.Marker == "" {
					e.Marker = emphasisMarker(e.Text)
				}
			}
		}
	}
	for i := range ev {
		if first := apartMarker(ev[i].Text); first != "" { // seldom: most entries set nothing apart
			aparts := make([]string, len(ev)) // those before i set nothing apart: read already
			aparts[i] = first
			for k := i + 1; k < len(ev); k++ {
				aparts[k] = apartMarker(ev[k].Text)
			}
			for _, key := range [...]string{FieldStart, FieldDetect, FieldEnd} {
				apartMarkers(ev, aparts, key)
			}
			return
		}
	}
}

// apartMarkers gives the moment key to the entries that name it apart
// from their story (aparts holds each entry's apartMarker), and takes it
// from those whose words alone name it, where any entry names it apart.
func apartMarkers(ev []Event, aparts []string, key string) {
	if !slices.Contains(aparts, key) {
		return
	}
	for i := range ev {
		switch {
		case aparts[i] == key:
			ev[i].Marker = key
		case ev[i].Marker == key:
			ev[i].Marker = ""
		}
	}
}

// apartMarker is the moment an entry names apart from what happened: a
// label of the vocabulary in bold or italics anywhere in it (see
// emphasisMarker), or a short note after an arrow or set in emphasis at
// its end that says the moment in everyday words: "← impact starts",
// "← we knew", "← over", "*Problem starts.*", "*Over.*"; or a sentence
// or a dash's note after the entry's story that does (closingMoment);
// "" otherwise.
func apartMarker(text string) string {
	if k := closingMoment(text); k != "" {
		return k
	}
	if k := parenMarker(text); k != "" {
		return k
	}
	if strings.IndexByte(text, '*') < 0 && strings.IndexByte(text, '_') < 0 && strings.IndexByte(text, '<') < 0 && strings.IndexByte(text, "←"[0]) < 0 {
		return "" // nothing set apart: most entries
	}
	arrow := strings.Contains(text, "←") || strings.Contains(text, "<-")
	if k := emphasisMarker(text); k != "" {
		return k
	}
	if k := noteMarker(apartNote(text, arrow)); k != "" || arrow {
		return k
	}
	return rightArrowMarker(text)
}

// rightArrowMarker is the moment a writer's short note after an entry's
// last right arrow names, written in lower case as a note is: "orders
// stop → start", "first call → first sign". A capital after the arrow is
// a tracker's change of state ("Investigating → Resolved"): no moment.
func rightArrowMarker(text string) string {
	i := strings.LastIndex(text, "→")
	if i < 0 {
		return ""
	}
	note := strings.TrimLeft(text[i+len("→"):], " ")
	if note == "" || note[0] < 'a' || note[0] > 'z' {
		return ""
	}
	return noteMarker(note)
}

// closingMoment reads a sentence after the first of an entry that names
// the moment of the entry's time, as a note set apart does: "That's when
// we knew.", "This is when it broke."; or that cheers the end in a few
// words: "Done, fixed, phew.". "" otherwise.
func closingMoment(text string) string {
	if k := dashNote(text); k != "" {
		return k
	}
	for i := strings.Index(text, ". "); i >= 0; {
		rest := text[i+2:]
		next := strings.Index(rest, ". ")
		sentence := rest
		if next >= 0 {
			sentence = rest[:next]
		}
		if k := sentenceMoment(strings.TrimRight(sentence, " .!")); k != "" {
			return k
		}
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return ""
}

// dashNote reads a short note after the last dash of an entry for the
// moment it names: "7:40 PM handhelds synced with the new list — over",
// "— we knew". "" otherwise.
func dashNote(text string) string {
	tail := text[max(0, len(text)-dashNoteMax-len(" — ")):] // the note is short: only the end is looked at
	i := lastIndex(tail, " — ")
	if i < 0 {
		return ""
	}
	return noteMarker(tail[i+len(" — "):])
}

// namedMomentEnd reads a sentence that ends by naming its time's
// moment, "Installs worked from 14:52, and that's the end": the key of
// start, detection or end, or "".
func namedMomentEnd(s string) string {
	if len(s) < len("this is the end") || s[len(s)-1] != 'd' && s[len(s)-1] != 't' && s[len(s)-1] != 'n' {
		return "" // the quick answer: "end", "start" and "detection" end so
	}
	if !hasClock(s) {
		return "" // "Installs worked from 14:52, and that's the end": the time is named again
	}
	lower := strings.ToLower(s)
	for _, lead := range namedMomentLeads {
		for _, m := range namedMoments {
			if strings.HasSuffix(lower, lead+m.words) {
				return m.key
			}
		}
	}
	return ""
}

var (
	namedMomentLeads = []string{"that's the ", "that’s the ", "that is the ", "this is the "}
	namedMoments     = []struct{ key, words string }{{FieldStart, "start"}, {FieldDetect, "detection"}, {FieldEnd, "end"}}
)

// dashNoteMax is the longest note after a dash read for its moment.
const dashNoteMax = 20

// sentenceMoment is closingMoment of one sentence.
func sentenceMoment(s string) string {
	if k := calledMoment(s); k != "" {
		return k
	}
	if k := namedMomentEnd(s); k != "" {
		return k
	}
	if s == "" || len(s) > apartNoteMax+len(closingLeads[0]) {
		return ""
	}
	if s[0] == 'T' || s[0] == 't' {
		for _, w := range closingLeads {
			if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
				return noteMarker(s[len(w):])
			}
		}
	}
	if len(s) > endCheerMax {
		return ""
	}
	fixed := false
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == ',' || r == '!' }) {
		w = strings.ToLower(w)
		if !endCheers[w] {
			return ""
		}
		fixed = fixed || w == "fixed" || w == "over" || w == "resolved" || w == "sorted"
	}
	if fixed {
		return FieldEnd
	}
	return ""
}

// calledMoment reads a sentence of at most a hundred bytes in which the
// team says what it counts the entry's time as: "Everything after that
// went green, so we call it over here.", "That's our end time.", "We put
// the start of the incident here." "" otherwise.
func calledMoment(s string) string {
	if len(s) < 12 || len(s) > 100 {
		return ""
	}
	lower := strings.ToLower(s)
	if !strings.Contains(lower, "we ") && !strings.Contains(lower, "our ") && !strings.Contains(lower, "call") {
		return ""
	}
	for _, c := range calledMoments {
		for _, w := range c.words {
			if strings.Contains(lower, w) {
				return c.key
			}
		}
	}
	return ""
}

// calledMoments are the words by which a team says what it counts a time
// as.
var calledMoments = [...]struct {
	key   string
	words []string
}{
	{FieldEnd, []string{"call it over", "called it over", "call that the end", "our end time", "count as the end", "we call the end"}},
	{FieldStart, []string{"put the start", "our start time", "count as the start", "we call the start", "call that the start"}},
	{FieldDetect, []string{"our detection time", "count as the detection", "call that the detection"}},
}

// endCheerMax is the longest cry of endCheers read: "Done, fixed, phew".
const endCheerMax = 32

// closingLeads open a sentence that names the moment of the time before
// it; endCheers are the words of a short cry that the trouble is over.
var (
	closingLeads = []string{"that's when ", "that’s when ", "that is when ", "this is when ", "this was when ", "that was when "}
	endCheers    = wordSet("done fixed over resolved sorted phew finally all good yay and")
)

// apartNote is the note after an entry's last arrow, or the run in
// emphasis that ends it, closed or left open where the entry's last
// marks were trimmed ("… **End"), or "".
func apartNote(text string, arrow bool) string {
	if arrow {
		i := max(strings.LastIndex(text, "←")+len("←")-1, strings.LastIndex(text, "<-")+1)
		return strings.TrimLeft(text[i+1:], "-")
	}
	s := strings.TrimRight(text, " ")
	if mark := s[len(strings.TrimRight(s, "*_")):]; mark != "" {
		inner := s[:len(s)-len(mark)]
		if j := strings.LastIndex(inner, mark); j >= 0 && len(mark) <= 2 {
			return inner[j+len(mark):]
		}
		return ""
	}
	j := strings.LastIndexAny(s, "*_")
	if j < 0 || s[j+1] == ' ' || j > 0 && s[j-1] != ' ' && s[j-1] != '*' && s[j-1] != '_' {
		return "" // a run closed before the end, or a mark inside a word
	}
	return s[j+1:]
}

// parenMarker is the moment a label of the vocabulary names in the
// full-width parentheses that close an entry, as Japanese and Chinese
// set it apart: "…403となる（影響開始）"; "" otherwise. Parentheses of
// Latin text are left to the words' own reading: "(bắt đầu ảnh hưởng)"
// told apart would hide a detection written before the start.
func parenMarker(text string) string {
	s := strings.TrimRight(text, " .。")
	if !strings.HasSuffix(s, "）") {
		return ""
	}
	s = s[:len(s)-len("）")]
	open := strings.LastIndex(s, "（")
	if open < 0 || len(s)-open > apartNoteMax {
		return ""
	}
	switch k := synonymKey(strings.TrimSpace(s[open+len("（"):])); k {
	case FieldStart, FieldDetect, FieldEnd:
		return k
	}
	return ""
}

// apartNoteMax is the longest note read as a moment's: more is a
// sentence of the story.
const apartNoteMax = 40

// noteMarker reads a short note for the moment it names: a label of the
// vocabulary, or everyday words of the start ("starts", "began"), the
// detection ("we knew", "we know something's wrong", "first we hear of
// it") or the end ("over", "ended", "back").
func noteMarker(note string) string {
	note = strings.Trim(note, " .!*_()—–-")
	if note == "" || len(note) > apartNoteMax {
		return ""
	}
	switch k := synonymKey(note); k {
	case FieldStart, FieldDetect, FieldEnd:
		return k
	}
	switch strings.ToLower(note) {
	case "back", "back up", "back online", "all back":
		return FieldEnd // "— **back**", "*back online*"; "rolled back" is work
	}
	if strings.Contains(note, "=>") || strings.Contains(note, "->") || strings.Contains(note, "→") {
		return "" // "assigned => resolved", a field's change in a tracker's history
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(note), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "not", "no", "isn", "wasn", "before":
			return "" // "— **not** the start", "that's not the end"
		case "starts", "started", "begins", "began", "start", "begin", "onset", "broke":
			return FieldStart
		case "knew", "know", "noticed", "detected", "spotted", "aware", "hear", "heard", "sign":
			return FieldDetect
		case "over", "ends", "ended", "end", "resolved", "recovered", "fixed":
			return FieldEnd
		}
	}
	lower := strings.ToLower(note)
	for _, w := range wentDownWords {
		if strings.Contains(lower, w) {
			return FieldStart // "that's when your sites went dark"
		}
	}
	return ""
}

// wentDownWords say in a note that the service failed for its users.
var wentDownWords = []string{"went dark", "went down", "went offline", "stopped working"}

// newestFirst clears the out-of-order marks of a group of three or more
// entries that all run backwards: a status page's log or a record's work
// notes written newest first are in order for their direction. Times
// told in a sentence of a note do not turn it. Two entries that each
// write their day with its year are such a log too: a record's two
// notes, stamped in full, the later above.
func (p *parser) newestFirst() {
	ev := p.doc.Events
	for i := 0; i < len(ev); {
		j, read, back, stamped := i, 0, 0, 0
		var last *Event
		for ; j < len(ev) && ev[j].Group == ev[i].Group; j++ {
			e := &ev[j]
			if e.Time.IsZero() || e.prose {
				continue
			}
			read++
			if e.OutOfOrder || last != nil && e.Time.Before(last.Time) {
				back++
			}
			if hasYear(e.Raw) {
				stamped++
			}
			last = e
		}
		if (read >= 3 || read == 2 && stamped == 2) && back == read-1 {
			for k := i; k < j; k++ {
				ev[k].OutOfOrder = false
			}
		}
		i = j
	}
}

func (p *parser) readEvent(e, prev *Event, base time.Time) {
	day, dated := base, !base.IsZero()
	switch {
	case e.dayNamed: // "Day 2 09:00": the day after the incident's first
		day = base
		if base.IsZero() {
			day = undated
		}
		day = day.AddDate(0, 0, e.dayOff)
	case prev != nil:
		day, dated = prev.Time, prev.HasDate
	case !e.date.IsZero():
		day, dated = e.date, true
	case base.IsZero():
		day = undated
	}
	raw := e.Raw
	if e.dotted {
		raw = strings.Replace(raw, ".", ":", 1) // "7.02" in a column of such clocks
	}
	wd, rest, named := leadingWeekday(raw)
	if named { // "Thu 23:41": the weekday names the day
		back := prev == nil && e.date.IsZero() && p.reviewBase
		raw, day = rest, weekdayDay(day, wd, back)
	}
	raw = p.dayFirstStamp(raw)
	if p.doc.Zone != "" && !stampHasZone(raw) {
		raw += " " + p.doc.Zone
	}
	pt, err := ParseTime(raw, day)
	if err != nil {
		return
	}
	if pt.HasDate && day.Year() <= 1 {
		pt = p.inWrittenYear(pt, raw)
	}
	pt.HasDate = pt.HasDate || named
	if prev != nil && !pt.HasZone && prev.Time.Location() != time.UTC {
		pt = inZoneOf(pt, prev.Time.Location()) // "14:02 CEST" then "14:09": the entries above set the zone
	}
	if prev != nil && !pt.HasDate && !e.dayNamed {
		pt = sameDayIn(pt, raw, prev.Time)
	}
	e.Time, e.HasDate, e.HasZone = pt.Time, pt.HasDate || dated, pt.HasZone
	if prev == nil || !e.Time.Before(prev.Time) {
		return
	}
	if !pt.HasDate && prev.Time.Sub(e.Time) > 12*time.Hour {
		e.Time, e.Rollover = e.Time.AddDate(0, 0, 1), true
		return
	}
	if t, ok := onIncidentDay(e.Time, prev, base); !pt.HasDate && ok {
		e.Time, e.Rollover = t, true
		return
	}
	e.OutOfOrder = !e.prose && !e.steps
}

// onIncidentDay is a bare time earlier than the entry before it where
// that entry wrote its own day before the incident's ("2026-11-23 16:40
// — change merged" above "06:00 — nightly sweep begins" of an incident
// on the 24th): the time is the incident's day's, t moved to base's day.
func onIncidentDay(t time.Time, prev *Event, base time.Time) (time.Time, bool) {
	if base.IsZero() || len(prev.Raw) < 10 || !yearDateRe.MatchString(prev.Raw) {
		return t, false
	}
	y, m, d := base.Date()
	moved := time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), 0, t.Location())
	return moved, moved.After(prev.Time) && moved.Sub(prev.Time) < 3*24*time.Hour
}

// inWrittenYear rereads an entry that names its day and month without
// the year ("**27/11 00:41**", "26.11 18:00"), read against no day
// where the document gives none, in the year of the document's dates.
// dayFirstStamp rewrites an entry's stamp that opens with a day in
// digits either way round as an ISO day, where another numeric day of
// the document cannot be month first: "01/12/2026 01:10" below
// "30/11/2026 23:52" is 1 December. The zone alone does not decide it
// here, as it does for a stated time: a wrong order would be reported.
func (p *parser) dayFirstStamp(raw string) string {
	if _, _, _, n, ambiguous := numericDate(raw); !ambiguous || n == 0 {
		return raw
	}
	if dayFirst, _ := p.numericOrder(); !dayFirst {
		return raw
	}
	return p.dayFirstEntry(raw)
}

// hasYear reports a stamp that writes a year: four digits from 1900 on.
func hasYear(raw string) bool {
	for i := 0; i+4 <= len(raw); i++ {
		if (raw[i] == '1' && raw[i+1] == '9' || raw[i] == '2' && raw[i+1] == '0') && isDigit(raw[i+2]) && isDigit(raw[i+3]) &&
			(i == 0 || !isDigit(raw[i-1])) && (i+4 == len(raw) || !isDigit(raw[i+4])) {
			return true
		}
	}
	return false
}

func (p *parser) inWrittenYear(pt ParsedTime, raw string) ParsedTime {
	y := p.writtenYear()
	if y == 0 || pt.Time.Year() > 1 {
		return pt
	}
	if again, err := ParseTime(raw, time.Date(y, 7, 2, 0, 0, 0, 0, time.UTC)); err == nil {
		return again // mid-year: any month of it is the nearest
	}
	return pt
}

// sameDayIn rereads a time of day written in another zone than the entry
// before it on that entry's day in its own zone: "00:30 UTC" then "16:20
// PDT" is 16:20 on the day it is in Pacific time, not in UTC.
func sameDayIn(pt ParsedTime, raw string, prev time.Time) ParsedTime {
	loc := pt.Time.Location()
	if loc == prev.Location() {
		return pt
	}
	y, m, d := prev.In(loc).Date()
	if py, pm, pd := pt.Time.Date(); py == y && pm == m && pd == d {
		return pt
	}
	if again, err := ParseTime(raw, time.Date(y, m, d, 0, 0, 0, 0, loc)); err == nil {
		return again
	}
	return pt
}

var zoneAtEnd = lazyRe(`(?:` + zoneWords + `)$`)

// stampHasZone reports a time that ends with its zone, or a city's
// ("21:35 Taipei time"); epoch seconds count from midnight UTC whatever
// a note says. Only the run of zone bytes that ends raw is searched.
func stampHasZone(raw string) bool {
	if _, ok := epoch(raw); ok {
		return true
	}
	return zoneRunEnds(zoneRun(raw)) || placeEnds(raw)
}

// zoneRun is the run of zoneBytes that ends s: every match of zoneAtEnd
// lies in it, so the expression need not be tried from every byte of s.
func zoneRun(s string) string {
	i := len(s)
	for i > 0 && zoneBytes[s[i-1]] {
		i--
	}
	return s[i:]
}

// zoneRuns remembers, by the run of zone bytes that ends a stamp, whether
// a zone ends it: the runs repeat from entry to entry ("UTC", "14:02"),
// and the expression costs some four thousand instructions a run. It
// holds at most maxZoneRuns runs, so that no input grows it for good.
var (
	zoneRuns     sync.Map // string → bool
	zoneRunCount atomic.Int32
)

const maxZoneRuns = 4096

// zoneRunEnds is zoneAtEnd.MatchString(run), remembered; a run that
// ends in "UTC" or "GMT", the commonest, ends in a zone without it.
func zoneRunEnds(run string) bool {
	if strings.HasSuffix(run, "UTC") || strings.HasSuffix(run, "GMT") {
		return true
	}
	if v, ok := zoneRuns.Load(run); ok {
		return v.(bool)
	}
	has := zoneAtEnd.MatchString(run)
	if zoneRunCount.Load() < maxZoneRuns {
		if _, loaded := zoneRuns.LoadOrStore(strings.Clone(run), has); !loaded {
			zoneRunCount.Add(1)
		}
	}
	return has
}

// zoneBytes are the bytes a zone of zoneWords is written in.
var zoneBytes = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-:/_")

var (
	// startMarkerRe: "**OUTAGE BEGINS**", "impact started", "errors began",
	// "start of impact".
	startMarkerRe = lazyRe(`\b(?:OUTAGE|INCIDENT|IMPACT|DEGRADATION)\s+(?:BEGINS|BEGAN|STARTS|STARTED)\b|(?i:\b(?:outage|impact|incident|degradation|disruption|errors?|failures?|downtime)\s+(?:begins?|began|starts?|started)\b|\bstart\s+of\s+(?:the\s+)?(?:impact|outage|incident)\b)`)
	// endMarkerRe: "**OUTAGE ENDS**", "INCIDENT RESOLVED", "Incident
	// resolved.", "end of impact", "Impact over."
	endMarkerRe = lazyRe(`\b(?:OUTAGE|INCIDENT|IMPACT)\s+(?:ENDS|ENDED|RESOLVED|OVER)\b|(?i:\bincident\s+(?:resolved|over|ended)\b|\bend\s+of\s+(?:the\s+)?(?:impact|outage|incident)\b|\bimpact\s+(?:ends|ended)\b|\bimpact\s+(?:(?:is|was)\s+)?over(?:[.;!)]|$))`)
	// recoveryRe: "service fully restored", "all systems verified
	// operational", "blocks being created again", "traffic resumed",
	// "Sorter back in service", "back on air", "printing again".
	recoveryRe = lazyRe(`(?i)\b(?:resolved|restored|recovered|resumed|returned to normal|recovery (?:is )?complete(?:d)?|(?:working|works?|created|produced|served|processed|processing|flowing|available|succeeding|healthy) again|mitigated|revoked|(?:token|credentials?|keys?|secrets?|password)\s+(?:\S+\s+){0,3}(?:destroyed|invalidated)|(?:was|is|as) a false positive|(?:hot ?)?fix(?:es)? (?:was |were )?(?:deployed|live|rolled out)|fully operational|systems?\s+(?:\w+\s+)?operational|verified operational|back online|back to normal|all clear|back (?:in|into) (?:service|operation|production)|returned to (?:service|operation)|back on(?:-| )air|(?:printing|running|moving) again|incident (?:closed|ended|ends)|outage (?:ends|ended))\b`)
	// settledRe: the everyday words of a timeline's last entry for a
	// service that is well again, when no word of recoveryRe says it:
	// "error rate back to baseline", "latency normalised", "all queues
	// drained", "incident team stood down", "health checks green", "5xx
	// back under 0.1%", "errors stopped", "traffic flowing normally",
	// "verified healthy", "rollback complete", "we close the bridge",
	// "last failed request", "confirmed fixed", "queue empty", "systems
	// stable";
	// not "rolled back to 2026.40.1" nor "scaled back to 2". It is tried
	// only where nothing else gave the end (see wordedTimes), on the
	// last entry that holds such words.
	settledRe = lazyRe(`(?i)\b(?:(?:back|returned|dropped|fell) to (?:baseline|zero|normal levels?|pre-incident levels?)|back (?:under|below|within) ~?\d+|(?:rates?|latency|errors?|throughput|traffic)\s+(?:\w+\s+){0,3}back (?:at|to|above) ~?\d+|errors?\s+(?:stopped|ceased|disappeared)|subsid(?:e|es|ed|ing)|(?:normali|stabili)[sz](?:es|ed)|` +
		`(?:flowing|running|operating|behaving|working)\s+normally|(?:verified|confirmed|reported|looks?|looking)\s+(?:healthy|stable|green)|back\s+(?:under|below|within)\s+(?:the\s+)?(?:SLOs?|SLAs?|thresholds?|targets?)|` +
		`(?:mitigation|fix)\s+(?:confirmed|verified)|(?:shows?|showing|shows\s+full)\s+recovery|(?:close|closed|closes)\s+the\s+(?:bridge|call|war\s+room)|green\s+across|downgraded\s+to\s+monitoring|` +
		`(?:rollback|roll-back|revert|failover|fix)\s+(?:\w+\s+){0,2}(?:complete|completed|finished|done)|` +
		`(?:queues?|backlogs?)\s+(?:\w+\s+){0,2}(?:drained|cleared|caught up)|caught up|stood down|stands? down|` +
		`(?:ends?|ended|closes?|closed|closing)\s+the\s+incident|(?:health\s?checks?|dashboards?|monitors?|alerts?)\s+(?:\w+\s+){0,2}(?:green|passing|cleared)|all green|recovery (?:confirmed|verified)|` +
		`last\s+(?:failed|failing|bad|erroring|error|errors|failure|failures|timeout|timeouts)|(?:confirmed|verified)\s+fixed|works\s+again|(?:rates?|errors?)\s+at\s+(?:0|zero)|` +
		`(?:queues?|backlogs?)\s+empty|back\s+in\s+business|all\s+(?:\w+\s+){0,2}processed|(?:systems?|services?|traffic)\s+(?:stable|normal)|normal\s+operations?)\b`)
	// symptomRe: the words of an entry that tells harm to the service or
	// its users, the impact's first sign: "error rate climbs", "5xx at
	// 40%", "checkout requests start failing", "latency above 5s", "API
	// unresponsive".
	symptomRe = lazyRe(`(?i)\b(?:errors?|5xx|50[0234]s?|fail(?:s|ed|ing|ures?)|time(?:s|d)?\s+out|timeouts?|timing\s+out|latency|unavailable|unreachable|unresponsive|not\s+responding|outage|degraded|degradation|crash(?:es|ed|ing)?|crash-?loop(?:ing)?|hangs|hanging|stuck|rejected|rejecting|rejects|declined|declines|declining|refused|refuses|refusing|truncated|corrupt(?:ed)?|cannot|can't|unable|impact|went\s+down|goes\s+down|is\s+down|are\s+down|broken)\b`)
	// detectRe: "paged on-call", "alert fired", "we detected", "notified",
	// "a customer rang the service desk".
	detectRe = lazyRe(`(?i)\b(?:detect(?:ed|s)?|paged|pages|pager|alert(?:ed|s)?|alarm(?:ed|s)?|warning|warned|notified|noticed|witnessed|observed|spotted|reported|reports|reports? (?:of|from)|notices|discovers|became aware|made aware|discovered|found out|(?:is|was) our detection|declared?s?\s+(?:an\s+)?incident|incident declared|` +
		`(?:monitors?|probes?)\s+(?:\w+\s+)?triggered|acknowledged|acknowledges|acked|acks|` +
		`(?:gets?|got|receives?|received|by)\s+(?:a\s+|the\s+)?page|` +
		`(?:synthetic|health|uptime|canary|smoke)\s+(?:\w+\s+)?(?:checks?|probes?|tests?)\s+(?:\w+\s+)?fail(?:s|ed|ing)?|` +
		`(?:rang|rings|called|calls|phoned|phones|telephoned|e-?mailed|e-?mails|wrote\s+to|writes\s+to|messaged|messages|contacted|contacts)\s+(?:the\s+|our\s+)?(?:service\s*desk|help\s*desk|contact\s+cent(?:re|er)|call\s+cent(?:re|er)|support(?:\s+desk|\s+line)?|switchboard|on-?call|NOC|IT\s+desk|duty\s+(?:phone|line|officer|manager))|` +
		`escalat(?:es|ed)\s+(?:it\s+)?to\s+(?:the\s+)?(?:engineering|on-?call|SRE|ops|us|\w+\s+team)|support\s+escalat(?:es|ed)|` +
		`(?:monitors?|dashboards?|graphs?)\s+(?:goes|went|turns?|turned)\s+red)\b`)
)

// The marker expressions, each behind the quick test of its words.
var (
	startMarker = guard(startMarkerRe)
	endMarker   = guard(endMarkerRe)
	detect      = guard(detectRe)
	recovery    = guard(recoveryRe)
	settled     = guard(settledRe)
	symptom     = guard(symptomRe)
)

// markers are what the expressions mark, in the order tried; markerWords
// reads a text once for all their words.
var (
	markers = []struct {
		re   guardedRe
		mark string
	}{{startMarker, FieldStart}, {endMarker, FieldEnd}, {detect, FieldDetect}, {recovery, "recovered"}}
	markerWords = func() guardSet {
		var sets []*keywords
		for _, m := range markers {
			sets = append(sets, m.re.words)
		}
		return newWordSets(append(sets, newKeywords("detection", "when", "first sign"))...)
	}()
)

// namingWords is the bit of markerWords, after the markers' own, that
// an entry naming itself the detection sets: "our detection", "that is
// when anyone knew".
const namingWords = 4

// eventMarker says what an entry of the timeline marks.
func eventMarker(text string) string { return eventMarkerWith(nil, text) }

// eventMarkerWith is eventMarker with the labels of fields (a map
// fieldLabels made; nil adds none) as tags of the fields they label.
func eventMarkerWith(fields map[string]string, text string) string {
	if tail := text[max(0, len(text)-80):]; hasTagsLabel(tail) {
		if m := tagMarker(fields, tail); m != "" {
			return m
		}
	}
	var first [namingWords + 1]int // by marker: where its words start first
	may := markerWords.mayMatchAt(text, first[:])
	if may&(1<<namingWords) != 0 && namedDetection(text) {
		return FieldDetect // "This is our detection — before the impact began."
	}
	for n, m := range markers {
		if may&(1<<n) != 0 && markerMatch(n, m.re, text, first[n]) {
			if m.mark == FieldDetect && unnoticed(text) {
				continue // an alert nobody saw is no detection
			}
			if (m.mark == "recovered" || m.mark == FieldEnd) && onlyUntil(m.re, text) {
				continue // "took payments by telephone from 13:15 until the all clear": the work began then
			}
			return m.mark
		}
	}
	return ""
}

// onlyUntil reports an entry that ends on a span running "until the"
// moment it names, in a few words, and names no recovery before it:
// "took payments by telephone from 13:15 until the all clear."
func onlyUntil(re guardedRe, text string) bool {
	i := lastIndex(text, " until the ")
	if i < 0 {
		i = lastIndex(text, " till the ")
	}
	return i >= 0 && len(strings.Fields(text[i:])) <= 6 && !re.MatchString(text[:i])
}

// lastIndex is strings.LastIndex by strings.Index, which finds a word
// that is not there much sooner: most texts hold it nowhere.
func lastIndex(text, w string) int {
	i := indexWord(text, w)
	for i >= 0 {
		j := indexWord(text[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return i
}

// indexWord is strings.Index(text, w), which for a w that opens with a
// space, as English holds every few bytes, soon compares the whole of w
// at every place: such a w is looked for from its second byte.
func indexWord(text, w string) int {
	if len(w) < 2 || w[0] != ' ' {
		return strings.Index(text, w)
	}
	return indexSpaced(text, w[1:], "")
}

// labelMarker is the moment an entry's last sentence names with the
// vocabulary's label of the start, the detection or the end, in any of
// its languages: "Първи откази … Начало на въздействието.", "El CAU
// obre la incidència urgent. Detecció.", or the last clause after a
// comma or a semicolon: "새 이중 승인 없음 확인, 장애 종료".
func labelMarker(text string) string {
	s := trimRightSet(text, " .*_", &labelEndMarks)
	tail := s[max(0, len(s)-64):] // a label's clause is no longer than 64 bytes
	i := lastClauseBreak(tail)
	if i < 0 {
		return "" // one sentence, or a last one longer than a label
	}
	i += len(s) - len(tail)
	switch k := synonymKey(strings.Trim(s[i+2:], " *_")); k {
	case FieldStart, FieldDetect, FieldEnd:
		return k
	}
	return ""
}

// labelEndMarks are what labelMarker trims from an entry's end.
var labelEndMarks = asciiCutSet(" .*_")

// lastClauseBreak is the last of ". ", ", " and "; " in s, as the largest
// of their strings.LastIndex, in one pass from the end; -1 for none.
func lastClauseBreak(s string) int {
	for i := len(s) - 2; i >= 0; i-- {
		if s[i+1] == ' ' && (s[i] == '.' || s[i] == ',' || s[i] == ';') {
			return i
		}
	}
	return -1
}

// emphasisMarker is the moment a label of the vocabulary set in bold or
// italics anywhere in an entry names, in any of its languages:
// "**początek awarii** — bilety …", "… BT'yi aradı (*tespit*)", or "".
func emphasisMarker(text string) string {
	if k := leadRunMarker(text); k != "" {
		return k
	}
	for _, mark := range [...]string{"**", "*", "_"} {
		rest := text
		for {
			i := strings.Index(rest, mark)
			if i < 0 {
				break
			}
			j := strings.Index(rest[i+len(mark):], mark)
			if j < 0 {
				break
			}
			run := rest[i+len(mark) : i+len(mark)+j]
			if len(run) <= 40 {
				switch k := synonymKey(strings.Trim(run, " *_")); k {
				case FieldStart, FieldDetect, FieldEnd:
					return k
				}
			}
			rest = rest[i+2*len(mark)+j:]
		}
	}
	return ""
}

// leadRunMarker is the moment a label of the vocabulary names where it
// opens an entry whose bold opened before the entry's text, with its
// time: "10:12 – **začátek dopadu**: …" is read as "začátek dopadu**:
// …"; "" otherwise.
func leadRunMarker(text string) string {
	i := strings.IndexByte(text[:min(len(text), 48)], '*')
	if i <= 0 || strings.ContainsAny(text[:i], "_`") {
		return ""
	}
	switch k := synonymKey(strings.TrimSpace(text[:i])); k {
	case FieldStart, FieldDetect, FieldEnd:
		return k
	}
	return ""
}

// hasTagsLabel is strings.Contains(text, "ags:"), looking for the colon
// first: an entry seldom holds one, and IndexByte skips the rest.
func hasTagsLabel(text string) bool {
	return atSomeColon(text, func(i int) bool { return i >= 3 && text[i-3:i] == "ags" })
}

// tagMarker reads the tags that end an entry, as an incident tool
// exports its timeline events ("· _Tags:_ `Start time`, `Impact
// detected`"), for one that names the start, the detection or the end,
// with the labels of fields (nil adds none) as the fields' own.
func tagMarker(fields map[string]string, text string) string {
	i := strings.Index(text, "ags:")
	if i < 1 || text[i-1]|0x20 != 't' {
		return ""
	}
	for _, tag := range strings.FieldsFunc(text[i+4:], func(r rune) bool { return strings.ContainsRune("`,;·_*", r) }) {
		if k := fieldKeyWith(fields, strings.TrimSpace(tag)); isTimelineKey(k) {
			return k
		}
	}
	return ""
}

// inferTimes fills Start, Detect and End from the timeline where no
// field gives them: the entry marked as each, the first entry as the
// start, the last entry that says the service recovered as the end.
func (p *parser) inferTimes() {
	ev := p.readable()
	if len(ev) == 0 || p.doc.unplaced {
		return
	}
	start := p.startEntry(ev)
	from := start
	if newestFirstLog(ev) {
		from = 0 // the start is the last entry, its moments above it
	}
	detect, end := firstMarked(ev, FieldDetect, from), firstMarked(ev, FieldEnd, from)
	if end < 0 {
		end = lastMarked(ev, "recovered", start)
	}
	if end < 0 {
		end = lastMarked(ev, "recovered", 0) // a status line above the timeline: "back online"
	}
	end = beforeWatchedClose(ev, start, end)
	if detect < 0 {
		detect = firstMarked(ev, FieldDetect, 0) // an alert that fired before the impact
	}
	if first := firstDated(ev); start > first && ev[start].Marker == "" && detect >= 0 && ev[detect].Time.Before(ev[start].Time) {
		start = first // the entry of harm came after the detection: the impact began before it
	}
	p.pickEntries(ev, start, detect, end)
}

// startEntry is the timeline's entry of the start: the one marked so,
// else the first (see firstDated), or the first that tells harm after
// it (see symptomAfter) where that is not after a detection the document
// states.
func (p *parser) startEntry(ev []Event) int {
	if start := firstMarked(ev, FieldStart, 0); start >= 0 {
		return start
	}
	if newestFirstLog(ev) {
		return len(ev) - 1 // a status page's updates, the first posted last
	}
	first := firstDated(ev)
	if p.timeRead(FieldStart) {
		return first // a field gives the start: the entry is only where the others are looked for
	}
	at := symptomAfter(ev, first)
	if at == first {
		return first
	}
	if d, ok := p.doc.Time(FieldDetect); ok && d.Err == nil && d.Time.Before(ev[at].Time) {
		return first // a detection stated before the entry of harm: the impact began before it
	}
	return at
}

// symptomAfter is the entry of the start where the timeline opens with
// what led to the incident, a change or its cause, and a later entry
// before any detection tells the first harm ("13:50 v2.3 deployed",
// "14:02 checkout requests start failing"): the impact began there. Where
// the first entry tells harm itself, or no entry before the detection
// does, it is first.
func symptomAfter(ev []Event, first int) int {
	if tellsHarm(ev[first].Text) {
		return first
	}
	for i := first + 1; i < len(ev) && i <= first+4; i++ {
		if ev[i].Marker != "" || ev[i].Group != ev[first].Group || detect.MatchString(ev[i].Text) {
			return first // the detection, or a moment the entry names: the start was before it
		}
		if tellsHarm(ev[i].Text) {
			return i
		}
	}
	return first
}

// harmStopsRe: a clause that ends with the harm stopping, "Maintenance
// ends; card declines stop.", "errors ceased".
var harmStopsRe = lazyRe(`(?i)\b(?:stop|stops|stopped|cease|ceases|ceased|subside|subsides|subsided)\s*(?:[.;,!)]|$)`)

// tellsHarm reports an entry that tells harm to the service or its
// users, not its stopping.
func tellsHarm(text string) bool {
	return symptom.MatchString(text) && !harmStopsRe.MatchString(text)
}

// newestFirstLog reports a timeline of three entries or more, each
// earlier than the one above it, all of one group and all dated: a
// status page's log of updates, newest first.
func newestFirstLog(ev []Event) bool {
	if len(ev) < 3 || ev[0].Group != ev[len(ev)-1].Group {
		return false
	}
	for i := 1; i < len(ev); i++ {
		if !ev[i].HasDate || !ev[i].Time.Before(ev[i-1].Time) {
			return false
		}
	}
	return true
}

// pickEntries records the entries at start, detect and end (-1 for
// none) as those moments, where nothing gave them.
func (p *parser) pickEntries(ev []Event, start, detect, end int) {
	picks := [...]struct {
		key string
		at  int
	}{{FieldStart, start}, {FieldDetect, detect}, {FieldEnd, end}}
	for _, pick := range picks {
		if pick.at < 0 || slices.Contains(p.unknown, pick.key) {
			continue
		}
		if p.dayOnlyField(pick.key, ev[pick.at]) {
			continue
		}
		if _, ok := p.doc.Time(pick.key); !ok {
			p.doc.Times = append(p.doc.Times, inferredEntry(pick.key, ev[pick.at]))
		}
	}
}

// dayOnlyField puts the entry marked as a moment in place of the field
// that gives the moment's day alone, as a tracker's task header does
// with its own "Started: 2026-11-25" beside the timeline's "22:40 —
// **Impact starts here.**", and reports whether it did.
func (p *parser) dayOnlyField(key string, e Event) bool {
	if e.Marker != key || !e.HasDate {
		return false
	}
	for i, t := range p.doc.Times {
		if t.Key != key || t.Inferred {
			continue
		}
		if !onlyDate(t.Raw) {
			return false
		}
		p.doc.Times[i] = inferredEntry(key, e)
		return true
	}
	return false
}

// readable returns the entries whose time was read: the timeline itself,
// not a copy, when every entry's was, as it mostly is (the caller only
// reads them).
func (p *parser) readable() []Event {
	ev := p.doc.Events
	for i := range ev { // by index: an Event is too large to copy at every turn
		if e := &ev[i]; e.Time.IsZero() || e.offDay {
			out := append(make([]Event, 0, len(ev)), ev[:i]...)
			for k := i + 1; k < len(ev); k++ {
				if e := &ev[k]; !e.Time.IsZero() && !e.offDay {
					out = append(out, *e)
				}
			}
			return out
		}
	}
	return ev[:len(ev):len(ev)]
}

// firstDated returns the first entry, or, where it names no day and a
// later one does, the first that does: an undated status line above a
// dated timeline ("Update 18:14 UTC: back online") is not the start.
func firstDated(ev []Event) int {
	if ev[0].HasDate {
		return 0
	}
	for i, e := range ev {
		if e.HasDate {
			return i
		}
	}
	return 0
}

func firstMarked(ev []Event, marker string, from int) int {
	for i := from; i < len(ev); i++ {
		if ev[i].Marker == marker {
			return i
		}
	}
	return -1
}

func lastMarked(ev []Event, marker string, from int) int {
	for i := len(ev) - 1; i >= from; i-- {
		if ev[i].Marker == marker {
			return i
		}
	}
	return -1
}

// inferredLabels name the entries read from the timeline in findings.
var inferredLabels = map[string]string{FieldStart: "Start (from the timeline)", FieldDetect: "Detect (from the timeline)", FieldEnd: "End (from the timeline)"}

func inferredEntry(key string, e Event) TimeEntry {
	t := TimeEntry{Key: key, Label: inferredLabels[key], Raw: e.Raw, Time: e.Time, HasDate: e.HasDate, HasZone: e.HasZone, Span: e.Span, Inferred: true}
	if !e.HasDate {
		t.Err = errNoDay
	}
	if at, ok := statedClock(e, key); ok {
		t.Time = at // "[10:09 AM] alexr: … started 9:48 per the error graph"
	}
	return t
}

// statedLeads are the words just before a clock by which an entry states
// its moment's own time, which a chat's message or a log's line writes
// after the time it was posted at: "started 9:48 per the error graph",
// "uploads all green since 11:37".
var statedLeads = map[string][]string{
	FieldStart:  {"started ", "began ", "starting at ", "started at ", "began at "},
	FieldDetect: {"noticed at ", "paged at ", "alerted at ", "first noticed "},
	FieldEnd:    {"since ", "back at ", "recovered at ", "resolved at ", "restored at ", "fixed at ", "ended at "},
}

// statedClock is the time an entry's text states for the moment key, on
// the entry's day and within six hours of its stamp.
func statedClock(e Event, key string) (time.Time, bool) {
	text := e.Text
	if e.Time.IsZero() || !strings.Contains(text, ":") {
		return time.Time{}, false
	}
	for off := 0; off < len(text); {
		c0, c1 := clockIn(text[off:])
		if c0 < 0 {
			break
		}
		c0, c1 = off+c0, off+c1
		before := strings.ToLower(text[max(0, c0-16):c0])
		for _, w := range statedLeads[key] {
			if strings.HasSuffix(before, w) {
				return clockNear(readClauseClock(text[c0:c1], ""), e.Time)
			}
		}
		off = c1
	}
	return pointedClock(e, key)
}

// pointedClock is the time of an entry's later clock that a sentence
// after it points back at as the moment key: "06:45、… 07:25には全拠点で
// 発注が通るようになった … 。これをもって復旧としています。" ended at
// 07:25, not at the entry's 06:45.
func pointedClock(e Event, key string) (time.Time, bool) {
	text := e.Text
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], "。")
		if k < 0 {
			break
		}
		i += k + len("。")
		if !pointsBack(text[i:]) {
			continue
		}
		end := strings.Index(text[i:], "。")
		if end < 0 {
			end = len(text) - i
		}
		if got, _ := nearestMoment(text[i:i+end], 0, 0); got != key {
			continue
		}
		last, lastEnd := -1, 0
		for off := 0; off < i; {
			c0, c1 := clockIn(text[off:i])
			if c0 < 0 {
				break
			}
			last, lastEnd, off = off+c0, off+c1, off+c1
		}
		if last >= 0 {
			return clockNear(readClauseClock(text[last:lastEnd], ""), e.Time)
		}
	}
	return time.Time{}, false
}

// clockNear is a clock on the day of stamp, the afternoon's where that
// is nearer ("3:10" beside "3:25 PM"), and whether it falls within six
// hours of stamp.
func clockNear(c clauseClock, stamp time.Time) (time.Time, bool) {
	if !c.ok {
		return time.Time{}, false
	}
	y, m, d := stamp.Date()
	t := time.Date(y, m, d, c.hour, c.minute, 0, 0, stamp.Location())
	if c.hour < 12 && stamp.Sub(t) > 6*time.Hour {
		t = t.Add(12 * time.Hour)
	}
	diff := t.Sub(stamp)
	return t, diff.Abs() <= 6*time.Hour
}
