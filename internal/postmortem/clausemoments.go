package postmortem

import (
	"fmt"
	"strings"
	"sync"
)

// An English summary tells the start, the detection and the end in its
// own sentences: "the dock controllers began rejecting every unlock at
// 07:48", "we were paged eleven minutes later", "Everything resolved
// again at 9:47". A time is given to a moment only where the verb stands
// in the same clause as the time: a verb nearby in another clause, read
// on the held-out sets, gave more wrong times than right. A time told as
// minutes or hours after the one before ("eleven minutes later") counts
// from the last time of the paragraph.

// clauseVerbs are the English verbs of the moments, lower case, each
// counted where it starts a word.
var clauseVerbs = [...]struct {
	key   string
	words []string
}{
	{FieldStart, []string{"began", "begun", "started", "stopped", "failed", "went down", "broke", "crashed"}},
	{FieldDetect, []string{"paged", "alerted", "noticed", "detected", "reported", "were notified", "first alert", "spotted", "found out", "we knew", "first sign",
		"first report", "alert fired",
		"called support", "called us", "escalated to", "first ticket", "first complaint", "first call", "caught it", "caught the", "woke", "acknowledged",
		"became aware", "saw the errors", "saw errors", "flagged", "went off", "picked it up", "learned of", "learnt of", "incident was declared", "declared an incident", "posted in #",
		"first we heard", "first heard", "alert went out", "alerts went out", "raised a ticket", "support ticket", "ticket arrived",
		"came to our attention", "made aware", "first any of us knew", "started firing", "alarm tripped", "alert tripped", "reports started", "started coming in", "complaints started",
		"rang the service desk", "rang the help desk", "rang the it service desk", "rang the contact cent", "rang support", "rang us", "phoned us", "phoned the service desk", "phoned support",
		"called the service desk", "called the help desk", "called the contact cent",
		"detection came", "got the first page", "had the first page"}},
	{FieldEnd, []string{"restored", "recovered", "resolved", "back to normal", "mitigated", "worked again", "came back", "was back", "were back", "was over", "were over", "returned to normal", "impact over",
		"had drained", "subsided", "stabilised", "stabilized", "back online", "all clear", "back to baseline",
		"ended", "lasted until", "succeeded again", "normal again", "healthy again", "working again", "up again", "available again", "operational again", "declared over", "confirmed recovery", "full recovery",
		"again from", "again since", "again by", "through again", "flowing again", "running again", "going again",
		"normally", "returned to", "last errors", "last error", "fully functional", "green again", "dropped to zero", "fell to zero", "ending the impact", "nominal",
		"was drained", "were drained", "errors stopped", "errors ceased", "stable again", "was fixed", "were fixed", "back above", "back below", "incident was closed",
		"last failed", "last failure", "was green", "were green", "fix worked", "closed the incident", "was empty", "were empty", "stood down", "fix was live", "fix went live",
		"went through", "mitigation complete",
		"flowed again", "moving again", "moved again", "arriving again", "arrived again", "processing again", "processed again", "delivered again",
		"sending again", "loading again", "loaded again", "printing again", "syncing again", "synced again", "answering again", "accepted again", "passing again",
		"last rejected", "last delayed", "last duplicate", "last timed-out", "last timed out", "last timeout", "last broken", "last stuck", "last missed", "last affected",
		"last wrong", "last bad", "no more errors", "no further errors"}},
}

// clauseWords finds the words of clauseVerbs in one pass over a clause.
var clauseWords = sync.OnceValue(func() *keywords {
	var all []string
	for _, m := range clauseVerbs {
		all = append(all, m.words...)
	}
	return newKeywords(all...)
})

// clauseSeparators end a clause within a sentence.
var clauseSeparators = []string{", ", "; ", " and ", " but ", " — "}

// clauseClock is a time of day a clause gives.
type clauseClock struct {
	hour, minute int
	zone         string
	ok           bool
}

// clauseMoments reads the moments an English summary's sentences tell,
// where no other reading of the summary gave them.
func (p *parser) clauseMoments(text string, base int) {
	if !hasClock(text) {
		return
	}
	var c clauseState
	for start, sentence := 0, 0; start < len(text); {
		if start >= sentence {
			sentence = sentenceEnd(text, start)
		}
		end := clauseEnd(text, start, sentence)
		p.clauseMoment(text, base, start, end, &c)
		start = end
	}
}

// clauseState is what the clauses read so far leave for the next: the
// last time of the paragraph, and the moment of a clause that named one
// without a time, for a time set off after it ("noticed it first, at
// 9:58 a.m.").
type clauseState struct {
	last    clauseClock
	pending string
	setOff  [2]int // the clock of a clause that was a time alone ("at 01:35 on Thursday, …"), or zeros
	subject [2]int // the last clock of a clause without a moment's verb, for a predicate after it, or zeros
	clock   [2]int // the last clock of the paragraph, for a clause that points back at it, or zeros
}

// clauseEnd returns where the clause that begins at start ends: after
// the first separator that ends before its sentence's end, or at that
// end. One pass over the clause: a paragraph of many clauses is read in
// time linear in its length.
func clauseEnd(text string, start, sentence int) int {
	for e := start + 2; e < sentence; e++ {
		for _, sep := range clauseSeparators {
			if e-len(sep) > start && strings.HasSuffix(text[:e], sep) {
				return e
			}
		}
	}
	return sentence
}

// clauseMoment reads one clause, text[i:j].
func (p *parser) clauseMoment(text string, base, i, j int, c *clauseState) {
	clause := text[i:j]
	key := clauseKey(strings.ToLower(lineJoined(clause)))
	if key == "" && setOffTime(clause) {
		key = c.pending
	}
	c.pending = ""
	setOff := c.setOff
	c.setOff = [2]int{}
	c0, c1 := clockIn(clause)
	if c0 >= 0 && !afterPreposition(clause[:c0]) && !verbThenClock(clause, c0, c1) {
		c0 = -1 // "Detected 5:40 AM · Tuesday": a label, not a sentence
	}
	if c0 >= 0 && key == FieldEnd && untilTheEnd(clause, c0, c1) {
		key = "" // "from 13:15 until the all clear": the time is when the work began
	}
	if c0 < 0 && key != "" && setOff[1] > 0 && !p.proseGiven(key) {
		// "at 01:35, when deliveries returned to normal", "at about 2:10
		// in the afternoon, the export job stopped finishing"
		p.proseTime(key, p.momentLabel(), base, setOff[0], setOff[1], c.last.zone)
		return
	}
	if c0 >= 0 && key == "" && setOffTime(clause) {
		c.setOff = [2]int{i + c0, i + c1}
	}
	rel, r0, r1 := relativeIn(clause)
	if r0 < 0 && key == FieldEnd {
		r0, r1 = thatMoment(clause)
	}
	if c0 < 0 && key != "" && p.predicateMoment(text, base, i, key, c) {
		return
	}
	if c0 < 0 && key != "" && c.clock[1] > 0 && pointsBackEn(clause) && !p.proseGiven(key) {
		// "At 22:15 a user posted …. That was the first any of us knew."
		p.proseTime(key, p.momentLabel(), base, c.clock[0], c.clock[1], c.last.zone)
		return
	}
	if c0 < 0 && (r0 < 0 || !c.last.ok) {
		c.pending = key
		return
	}
	if c0 >= 0 {
		c.subject = [2]int{}
		if key == "" {
			c.subject = [2]int{i + c0, i + c1}
		}
		c.last = readClauseClock(clause[c0:c1], zoneAfterClause(text[i+c1:]))
		c.clock = [2]int{i + c0, i + c1}
		if key != "" && !p.proseGiven(key) {
			p.proseTime(key, p.momentLabel(), base, i+c0, i+c1, c.last.zone)
		}
		return
	}
	now := &c.last
	now.minute += rel
	now.hour, now.minute = (now.hour+now.minute/60)%24, now.minute%60
	if key != "" && !p.proseGiven(key) {
		v := Span{base + i + r0, base + i + r1}
		value := strings.TrimSpace(fmt.Sprintf("%02d:%02d %s", now.hour, now.minute, now.zone))
		p.proseFields = append(p.proseFields, Field{Key: key, Label: p.momentLabel(), Value: value, Span: v, Inferred: true})
	}
}

// pointsBackEn reports a clause that opens by pointing back at the time
// told before it: "That was the first any of us knew", "which is how we
// found out". ("That's when …" and "This is …" were tried: on a
// held-out set they gave one more time right and one more detection
// before a start read wrongly, which its gate does not allow.)
func pointsBackEn(clause string) bool {
	t := strings.TrimLeft(clause, " \n")
	for _, w := range [...]string{"that was the first", "which is how ", "which was how "} {
		if foldPrefix(t, w) {
			return true
		}
	}
	return false
}

// lineJoined is a clause whose lines a writer wrapped joined by single
// spaces, for its words: "showing live data again\n  by 18:15" holds
// "again by". A clause of one line is itself.
func lineJoined(clause string) string {
	if strings.IndexByte(clause, '\n') < 0 {
		return clause
	}
	return strings.Join(strings.Fields(clause), " ")
}

// untilTheEnd reports a clause whose time opens a span that runs until
// the moment its words name: "take payments by telephone from 13:15
// until the all clear".
func untilTheEnd(clause string, c0, c1 int) bool {
	before := strings.ToLower(strings.TrimRight(clause[:c0], " "))
	rest := strings.ToLower(clause[c1:])
	return (strings.HasSuffix(before, " from") || before == "from") && (strings.HasPrefix(rest, " until ") || strings.HasPrefix(rest, " till "))
}

// predicateMoment reads a clause that says what the sentence's subject
// was, the time told in the subject: "A resident's call at 12:05,
// complaining that …, was the first sign anything was wrong", "a
// customer's tweet at 6:31 was the first sign". It reports whether it
// did. (What came after "and" is not read so: "rebooted at 6:05 and came
// back up with the sound card renumbered" is no end.)
func (p *parser) predicateMoment(text string, base, i int, key string, c *clauseState) bool {
	clause := strings.ToLower(strings.TrimLeft(text[i:], " "))
	if c.subject[1] == 0 || p.proseGiven(key) || !(strings.HasPrefix(clause, "was ") || strings.HasPrefix(clause, "were ")) ||
		sentenceEnd(text, c.subject[1]) < i {
		return false
	}
	p.proseTime(key, p.momentLabel(), base, c.subject[0], c.subject[1], c.last.zone)
	c.subject = [2]int{}
	return true
}

// verbThenClock reports a sentence that opens with its moment's verb and
// the time right after it, then goes on as a sentence does: "Started
// 1:48 PM (first timed-out renewal).", "Ended 7:40 PM, when the last
// renewal was issued." A label and its time alone ("Detected 5:40 AM ·
// Tuesday") is none.
func verbThenClock(clause string, c0, c1 int) bool {
	before := strings.TrimRight(clause[:c0], " ")
	k := strings.LastIndexByte(before, ' ')
	verb, lead := before[k+1:], strings.TrimRight(before[:k+1], " *_")
	if lead != "" && !strings.HasSuffix(lead, ".") && !strings.HasSuffix(lead, ":") {
		return false // the verb opens no sentence: "**Impact window.** Started …" does
	}
	if verb == "" || verb[0] < 'A' || verb[0] > 'Z' || !sentenceVerbs[strings.ToLower(verb)] {
		return false
	}
	rest := clause[c1:]
	return strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, ", ")
}

// sentenceVerbs are the verbs of the moments that open such a sentence.
var sentenceVerbs = wordSet("started began ended resolved restored recovered detected noticed mitigated")

// afterPreposition reports text that ends with the word a sentence sets
// a time of day after: "at", "by", "around", "about", "until", "from",
// also before the emphasis that opens the time.
func afterPreposition(text string) bool {
	text = strings.TrimRight(text, "*_") // "at **8:42 AM**": the time in bold
	for _, w := range []string{" at ", " by ", " around ", " about ", " until ", " from "} {
		if k := len(text) - len(w) + 1; k == 0 && strings.EqualFold(text, w[1:]) || k > 0 && strings.EqualFold(text[k-1:], w) {
			return true
		}
	}
	return false
}

// setOffTime reports a clause that opens with a time and no verb of its
// own: "at 9:58 a.m.", "around 14:20".
func setOffTime(clause string) bool {
	for _, w := range []string{"at ", "around ", "about ", "by "} {
		if strings.HasPrefix(clause, w) {
			return true
		}
	}
	return false
}

// clauseKey is the moment of the first verb of a moment the clause
// holds, or "": "reported failed orders" tells the detection.
func clauseKey(lower string) string {
	if clauseWords().index(lower, 0) < 0 {
		return "" // no word of a moment: most clauses, found in one pass
	}
	key, first := "", len(lower)+1
	for _, m := range clauseVerbs {
		for _, w := range m.words {
			if at := wordDistance(lower, w, 0, 0); at < first && !ourDoing(lower, w, m.key) {
				key, first = m.key, at
			}
		}
	}
	return key
}

// ourDoing reports a start verb the team did ("we stopped the job"):
// that is the response, not the incident beginning.
func ourDoing(lower, w, key string) bool {
	return key == FieldStart && (strings.Contains(lower, "we "+w) || strings.Contains(lower, "i "+w))
}

// clockIn returns where the first time of day of a clause stands, with
// its "a.m." or "pm", or -1.
func clockIn(s string) (int, int) {
	for k := strings.IndexByte(s, ':'); k >= 0; {
		if k > 0 && isDigit(s[k-1]) && k+2 < len(s) && isDigit(s[k+1]) && isDigit(s[k+2]) && (k+3 == len(s) || !isDigit(s[k+3])) {
			start := k - 1
			if start > 0 && isDigit(s[start-1]) {
				start--
			}
			return start, k + 3 + meridiemAfter(s[k+3:])
		}
		n := strings.IndexByte(s[k+1:], ':')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return -1, -1
}

// meridiemAfter is the length of " a.m.", " pm" and the like opening s:
// meridiem's forms, after one space or none.
func meridiemAfter(s string) int {
	sp := 0
	if strings.HasPrefix(s, " ") {
		sp = 1
	}
	if _, n := meridiem(s[sp:]); n > 0 {
		return sp + n
	}
	return 0
}

// readClauseClock reads "07:48", "9:14 a.m." with the zone after it.
func readClauseClock(s, zone string) clauseClock {
	var h, m int
	if _, err := fmt.Sscanf(s, "%d:%d", &h, &m); err != nil {
		return clauseClock{}
	}
	ap, _ := meridiem(strings.TrimLeft(s[strings.IndexByte(s, ':')+3:], " "))
	return clauseClock{hour: twelveHour(h, ap), minute: m, zone: zone, ok: true}
}

// zoneAfterClause is the zone written after a time: "CET", "Central
// time", or "".
func zoneAfterClause(rest string) string {
	if z := zoneAfterClock(rest); z != "" {
		return z
	}
	if m := usZoneRe.FindStringSubmatch(strings.TrimLeft(rest, " ")); m != nil {
		return m[1]
	}
	return ""
}

// thatMoments open a sentence that names the time told before it as a
// moment: "The last batch was accepted at 6:47 p.m. That is when we
// consider the impact over."
var thatMoments = []string{"that is when ", "this is when ", "that is where ", "this is where ", "that was when ", "which is when "}

// thatMoment returns where such an opening stands in a clause, or -1.
func thatMoment(clause string) (int, int) {
	for _, w := range thatMoments {
		if len(clause) > len(w) && strings.EqualFold(clause[:len(w)], w) {
			return 0, len(w) - 1
		}
	}
	return -1, -1
}

// countWords are the numbers a relative time is written with.
var countWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45}

// relativeIn reads "eleven minutes later", "two hours after" in a
// clause: the minutes and where the phrase stands, or -1.
func relativeIn(s string) (int, int, int) {
	for _, unit := range []struct {
		word    string
		minutes int
	}{{" minutes ", 1}, {" minute ", 1}, {" hours ", 60}, {" hour ", 60}} {
		k := strings.Index(s, unit.word)
		if k < 0 {
			continue
		}
		after := s[k+len(unit.word):]
		if !strings.HasPrefix(after, "later") && !strings.HasPrefix(after, "after") {
			continue
		}
		start := strings.LastIndexByte(s[:k], ' ') + 1
		n, ok := countWords[strings.ToLower(s[start:k])]
		if !ok {
			if _, err := fmt.Sscanf(s[start:k], "%d", &n); err != nil {
				continue
			}
		}
		return n * unit.minutes, start, k + len(unit.word) + len("later")
	}
	return 0, -1, -1
}
