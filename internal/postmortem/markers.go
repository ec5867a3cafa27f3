package postmortem

import "strings"

// The words of the timeline markers, read without regular expressions
// for texts in ASCII (eventMarker falls back to the expressions for
// others, whose case folding is Unicode's).
var (
	startUpper  = []string{"OUTAGE", "INCIDENT", "IMPACT", "DEGRADATION"}
	startUpperV = []string{"BEGINS", "BEGAN", "STARTS", "STARTED"}
	startNoun   = []string{"outage", "impact", "degradation", "disruption", "error", "errors", "failure", "failures", "downtime"}
	startVerb   = []string{"begins", "began", "starts", "started"}
	endUpper    = []string{"OUTAGE", "INCIDENT", "IMPACT"}
	endUpperV   = []string{"ENDS", "ENDED", "RESOLVED", "OVER"}
	detectOne   = []string{"detect", "detected", "detects", "paged", "pages", "pager", "alert", "alerted", "alerts",
		"alarm", "alarmed", "alarms", "warning", "warned", "notified", "noticed", "witnessed", "observed", "spotted",
		"reported", "discovered"}
	declareWord  = []string{"declare", "declared", "declares", "declareds"}
	recoveryOne  = []string{"resolved", "restored", "recovered"}
	incidentDone = []string{"closed", "ended", "ends"}
	outageDone   = []string{"ends", "ended"}
)

// markerWords are the words of one text: maximal runs of [A-Za-z0-9_],
// as \b sees them.
type markerWords struct {
	text  string
	spans [][2]int
}

// readMarkerWords splits text; ok is false for text that is not ASCII.
func readMarkerWords(text string, buf [][2]int) (markerWords, bool) {
	w := markerWords{text: text, spans: buf[:0]}
	for i := 0; i < len(text); {
		if text[i] >= 0x80 {
			return w, false
		}
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		w.spans = append(w.spans, [2]int{i, j})
		i = j
	}
	return w, true
}

func (w markerWords) word(k int) string { return w.text[w.spans[k][0]:w.spans[k][1]] }

// is reports whether word k is one of words, with case (fold) or exactly.
func (w markerWords) is(k int, fold bool, words []string) bool {
	if k < 0 || k >= len(w.spans) {
		return false
	}
	s := w.word(k)
	for _, x := range words {
		if fold && strings.EqualFold(s, x) || !fold && s == x {
			return true
		}
	}
	return false
}

// gap reports what separates word k from word k+1: "space" for exactly
// one space, "white" for other white space, "" otherwise.
func (w markerWords) gap(k int) string {
	if k+1 >= len(w.spans) {
		return ""
	}
	g := w.text[w.spans[k][1]:w.spans[k+1][0]]
	switch {
	case g == " ":
		return "space"
	case g != "" && strings.Trim(g, " \t\n\f\r") == "":
		return "white"
	}
	return ""
}

// pair reports word k in first and word k+1 in second, separated as sep
// asks: "space" for one space, "white" for \s+.
func (w markerWords) pair(k int, fold bool, first, second []string, sep string) bool {
	g := w.gap(k)
	if g == "" || sep == "space" && g != "space" {
		return false
	}
	return w.is(k, fold, first) && w.is(k+1, fold, second)
}

// marker says what a timeline text marks, as startMarkerRe, endMarkerRe,
// detectRe and recoveryRe would, in that order.
func (w markerWords) marker() string {
	switch {
	case w.any(w.isStart):
		return FieldStart
	case w.any(func(k int) bool { return w.pair(k, false, endUpper, endUpperV, "white") }):
		return FieldEnd
	case w.any(w.isDetect):
		return FieldDetect
	case w.any(w.isRecovery):
		return "recovered"
	}
	return ""
}

func (w markerWords) any(f func(k int) bool) bool {
	for k := range w.spans {
		if f(k) {
			return true
		}
	}
	return false
}

func (w markerWords) isStart(k int) bool {
	return w.pair(k, false, startUpper, startUpperV, "white") || w.pair(k, true, startNoun, startVerb, "white")
}

func (w markerWords) isDetect(k int) bool {
	switch {
	case w.is(k, true, detectOne),
		w.pair(k, true, []string{"report", "reports"}, []string{"of", "from"}, "space"),
		w.pair(k, true, []string{"became", "made"}, []string{"aware"}, "space"),
		w.pair(k, true, []string{"incident"}, []string{"declared"}, "space"),
		w.pair(k, true, declareWord, []string{"incident"}, "white"):
		return true
	}
	return w.is(k, true, declareWord) && w.gap(k) != "" && w.pair(k+1, true, []string{"an"}, []string{"incident"}, "white")
}

func (w markerWords) isRecovery(k int) bool {
	switch {
	case w.is(k, true, recoveryOne),
		w.pair(k, true, []string{"fully", "verified"}, []string{"operational"}, "space"),
		w.pair(k, true, []string{"back"}, []string{"online"}, "space"),
		w.pair(k, true, []string{"all"}, []string{"clear"}, "space"),
		w.pair(k, true, []string{"incident"}, incidentDone, "space"),
		w.pair(k, true, []string{"outage"}, outageDone, "space"):
		return true
	case w.pair(k, true, []string{"back"}, []string{"to"}, "space") && w.pair(k+1, true, []string{"to"}, []string{"normal"}, "space"):
		return true
	}
	if !w.is(k, true, []string{"system", "systems"}) || w.gap(k) == "" {
		return false
	}
	return w.is(k+1, true, []string{"operational"}) || w.gap(k+1) != "" && w.is(k+2, true, []string{"operational"})
}
