package postmortem

// A marker's expression costs some five thousand instructions a try,
// most of it spent making ready its state. markerMatch decides the
// commonest words of a timeline without it: a literal alternative of the
// expression standing whole where one of its words starts matches, and
// a noun of startMarkerRe with no space and "begins" or "starts" after
// it does not. Whatever else stands there is left to the expression.

// verdict is what markerVerdict says of a place.
type verdict int8

const (
	undecided verdict = iota
	matches
	fails
)

// markerSure are, by marker as markers orders them, literal
// alternatives of its expression: standing whole at a word start, each
// is a match.
var markerSure = [...][]string{
	nil, // startMarker
	nil, // endMarker
	{"alert", "alerted", "alerts", "detect", "detected", "detects", "paged", "notified", "noticed", "observed", "reported", "spotted", "discovered", "warning", "acknowledged", "acked", "alarm", "alarms", "alarmed"},
	{"recovered", "resolved", "restored", "resumed", "mitigated", "returned to normal", "back online", "back to normal", "fully operational", "all clear"},
}

// startNouns are the nouns of startMarkerRe that a space and a verb
// ("began", "starts") must follow.
var startNouns = []string{"degradation", "disruption", "downtime", "error", "errors", "failure", "failures", "impact", "incident", "outage"}

// markerMatch is markers[n].re.matchFrom(text, i), where markerVerdict
// decides what it can; the expression is tried only where it cannot.
func markerMatch(n int, g guardedRe, text string, i int) bool {
	if g.words == nil || g.at == nil {
		return g.matchFrom(text, i)
	}
	var left [8]int // the places left to the expression
	k := 0
	for ; i >= 0; i = g.words.index(text, i+1) {
		switch markerVerdict(n, text, i) {
		case matches:
			return true
		case undecided:
			if k == len(left) {
				return g.matchFrom(text, left[0])
			}
			left[k], k = i, k+1
		}
	}
	for _, i := range left[:k] {
		if g.at.MatchString(text[i:]) {
			return true
		}
	}
	return false
}

// markerVerdict says whether marker n's expression, anchored, matches
// text[i:], where i starts a word, or leaves it undecided.
func markerVerdict(n int, text string, i int) verdict {
	if i > 0 && wordBytes[text[i-1]] {
		return undecided
	}
	for _, w := range markerSure[n] {
		if wholeAt(text, i, w) {
			return matches
		}
	}
	if n == 0 {
		return startVerdict(text, i)
	}
	return undecided
}

// startVerdict: a noun of startMarkerRe matches only with a space after
// it and then a verb opening with b or s (or a long s, which is not
// ASCII).
func startVerdict(text string, i int) verdict {
	for _, w := range startNouns {
		if !wholeAt(text, i, w) {
			continue
		}
		j := i + len(w)
		if j < len(text) && text[j] >= 0x80 {
			return undecided // "errorſ"
		}
		k := j
		for k < len(text) && isSpaceByte(text[k]) {
			k++
		}
		if k == j || k == len(text) {
			return fails
		}
		if c := lowerBytes[text[k]]; c < 0x80 && c != 'b' && c != 's' {
			return fails
		}
		return undecided
	}
	return undecided
}

// wholeAt reports whether text holds w (lower-case ASCII) at i, in any
// case, with no word byte after it.
func wholeAt(text string, i int, w string) bool {
	j := i + len(w)
	if j > len(text) || j < len(text) && wordBytes[text[j]] {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerBytes[text[i+k]] != w[k] {
			return false
		}
	}
	return true
}

// isSpaceByte reports a byte of \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
