package postmortem

import "strings"

// A short note names the zone of every time in words that no other note
// reader takes: "Everything below is in Perth time (AWST, UTC+8).",
// "Clocks below are Pacific.", "(Hours are CEST.)", "All times Perth.",
// "We use Auckland time throughout.", "(Perth time)", "Times are local
// (CET).", "All times US Central.", a heading "Timeline — AWST" or
// "Timeline [UTC+8]", a zone alone on its line or in a column's header
// ("| CET | Event |").

// zoneCueToken is what such a note names as the zone: an offset
// ("UTC+8"), a zone of the database ("Europe/Berlin"), an abbreviation or
// a place with or without the word for its time ("AWST", "Perth time",
// "New York"); cueZone then reads it or finds it is none.
const zoneCueToken = `(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?|[A-Z][A-Za-z]+/[A-Za-z_]+|\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]+)?(?:\s+(?i:time))?`

// zoneCueRe reads the opening of such a note up to its zone, which is
// its last group; which of the first four groups matched says what must
// follow it (see zoneCue): a cue word and a verb ("Clocks below are"),
// "We use", an opening parenthesis, or a heading's "Timeline —".
var zoneCueRe = lazyRe(`^[\s*_>(]*(?:(?i:note):\s*)?(?:` +
	`((?i:everything|all\s+of\s+(?:this|it)|(?:all\s+)?(?:clock\s+)?(?:clocks?|hours|times?|timestamps?)|local\s+time)` +
	`(?:\s+(?i:below|above|here|shown|given|throughout|on\s+this\s+page|in\s+this\s+(?:document|report|post-?mortem|page|write-?up)))?` +
	`\s+(?:(?i:are|is)\s+)?(?:(?i:in|shown\s+in|given\s+in)\s+)?(?:(?i:local)\s+)?\(?)` +
	`|((?i:we\s+use|using|in)\s+)|(\(\s*)|((?i:timeline|timestamps?|times)\s*(?:[—–:-]|\[)\s*))(` + zoneCueToken + `)`)

// zoneCue returns the zone a short note names in the words above, or "".
func zoneCue(text string) string {
	if len(text) > 160 {
		return "" // a note is a line; a paragraph of prose is not one
	}
	if z := zoneAlone(text); z != "" {
		return z
	}
	if !mayCueZone(text) {
		return ""
	}
	t := strings.TrimSpace(text)
	m := zoneCueRe.FindStringSubmatchIndex(t)
	if m == nil {
		return ""
	}
	tail := strings.TrimLeft(t[m[11]:], " \t")
	switch {
	case m[4] >= 0 && !foldPrefix(tail, "throughout"): // "We use Auckland time throughout"
		return ""
	case m[6] >= 0 && (!strings.HasPrefix(tail, ")") || strings.Trim(tail[1:], " \t*_.") != ""): // "(Perth time)"
		return ""
	case m[8] >= 0 && strings.Trim(tail, " \t*_.]") != "": // "## Timeline — AWST"
		return ""
	}
	return cueZone(t[m[10]:m[11]])
}

// cueWords are the first words of zoneCueRe's notes, lower case.
var cueWords = [...]string{"everything", "all", "clock", "clocks", "hours", "times", "time", "timestamps", "timestamp", "local", "note", "we", "using", "in", "timeline"}

// cueLeadMarks are what mayCueZone passes over before a cue's word, and
// cueWordEnds what ends the word.
var cueLeadMarks, cueWordEnds = byteSet(" \t\r\n*_>"), byteSet(" \t:,")

// mayCueZone is the quick test of zoneCueRe: after its opening marks,
// the text opens with one of cueWords or a parenthesis, and "we" only
// before "use" ("We should have ..." opens many a paragraph).
func mayCueZone(text string) bool {
	t := trimLeftBytes(text, &cueLeadMarks)
	if t == "" {
		return false
	}
	if t[0] == '(' {
		return true
	}
	end := indexBytes(t, &cueWordEnds)
	if end < 0 || end > len("timestamps") {
		return false
	}
	for _, w := range cueWords {
		if len(w) == end && strings.EqualFold(t[:end], w) {
			return w != "we" || foldPrefix(strings.TrimLeft(t[end:], " \t\r\n\f\v"), "use")
		}
	}
	return false
}

// aloneMarks are what zoneAlone trims from a zone alone.
var aloneMarks = byteSet(" \t\r\n*_.")

// zoneAlone returns the zone a text that is a zone's abbreviation or
// offset alone names ("CET", "**UTC+8**"), or "".
func zoneAlone(text string) string {
	t := trimBytes(text, &aloneMarks)
	if len(t) < 2 || len(t) > 9 || t[0] < 'A' || t[0] > 'Z' {
		return ""
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '+' && c != '-' && c != ':' {
			return ""
		}
	}
	return docZone(t)
}

// cueZone reads what a note names as a zone: an abbreviation or offset,
// a place ("Perth time"), or a zone of the United States said in words
// ("Pacific").
func cueZone(s string) string {
	if z := docZone(s); z != "" && s != "Z" {
		return z
	}
	if z := placeZone(s); z != "" {
		return z
	}
	place, _ := spokenPlace(strings.TrimPrefix(strings.TrimPrefix(s, "US "), "U.S. "))
	if m := usZone(place); m != nil && len(m[0]) == len(place) {
		return usZones[strings.ToLower(m[1][:1])]
	}
	return ""
}
