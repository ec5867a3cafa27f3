package postmortem

import (
	"bytes"
	"strings"
)

// Teams label the start, the detection and the end in words of their
// own, put together from a few: what was hit ("impact", "outage",
// "customer impact", "service"), a word for the moment ("started",
// "began", "detected", "noticed", "restored", "resolved") and words
// that say it is a time ("time", "at", "time of", "when"): "Outage start
// time", "Customer impact began at", "Time of first alert", "Service
// restored at", "When did it start?". Such a label names the field its
// moment word gives; one with any other word ("Time to detect", a
// duration; "Reported by", a person; "Deploy started", an event) names
// none. A field so labelled is one only where its value reads as a
// time: "Alert: CPU above 90%" is no detection.

// momentWords give the field of a moment word. A mitigation is the end
// only in a tool's table of milestones (see toolMilestones).
var momentWords = map[string]string{
	"start": FieldStart, "started": FieldStart, "starts": FieldStart, "began": FieldStart, "begin": FieldStart,
	"beginning": FieldStart, "onset": FieldStart,
	"detect": FieldDetect, "detected": FieldDetect, "detection": FieldDetect, "discovered": FieldDetect,
	"noticed": FieldDetect, "alerted": FieldDetect, "paged": FieldDetect, "alert": FieldDetect,
	"fired": FieldDetect, "triggered": FieldDetect, "acknowledged": FieldDetect, "acked": FieldDetect, "accepted": FieldDetect,
	"end": FieldEnd, "ended": FieldEnd, "ends": FieldEnd, "resolved": FieldEnd, "resolution": FieldEnd,
	"restored": FieldEnd, "recovered": FieldEnd, "recovery": FieldEnd, "stopped": FieldEnd, "cleared": FieldEnd,
	"broke": FieldStart, "fixed": FieldEnd,
	"occurred": FieldStart, "commenced": FieldStart, "reported": FieldDetect, "spotted": FieldDetect, "found": FieldDetect, "caught": FieldDetect,
	"stabilized": FieldEnd, "stabilised": FieldEnd, "resumed": FieldEnd, "remediated": FieldEnd,
}

// momentFillers are the other words such a label may hold: what was
// hit, and the words that make it a time.
var momentFillers = wordSet("impact incident outage customer customers user users service services issue problem " +
	"degradation disruption downtime error errors failure failures first fully initial " +
	"time date timestamp at of on the when did was it we")

// momentKey returns the field a label of moment words names, or "".
func momentKey(label string) string {
	var buf [64]byte
	return momentKeyOf(appendNormal(buf[:0], label))
}

// momentKeyOf is momentKey of a label's normal form, a note in
// parentheses after it aside: "outage start time (utc)".
func momentKeyOf(words []byte) string {
	if i := bytes.Index(words, []byte(" (")); i > 0 && words[len(words)-1] == ')' {
		words = words[:i]
	}
	if len(words) == 0 || len(words) > 48 {
		return ""
	}
	if identifiedLabel(words) {
		return FieldDetect
	}
	key := ""
	for len(words) > 0 {
		i := 0
		for i < len(words) && words[i] != ' ' {
			i++
		}
		switch k := momentWords[string(words[:i])]; { // a map read by a converted slice makes no string
		case k != "" && (key == "" || key == k):
			key = k
		case k == "" && key == "" && nextIsAlert(words[min(i+1, len(words)):]):
			// what alerted, opening the label: "GPS alert accepted", "Disk alert fired"
		case k != "" || !momentFillers[string(words[:i])]:
			return ""
		}
		words = words[min(i+1, len(words)):]
	}
	return key
}

// identifiedLabel reports a form's label of the time the incident was
// identified: "Date/time identified", "Time identified". "Identified"
// alone, as a status page writes it, is the cause found, no detection.
func identifiedLabel(words []byte) bool {
	rest, ok := bytes.CutSuffix(words, []byte(" identified"))
	if !ok {
		return false
	}
	for _, w := range bytes.Fields(rest) {
		if !identifiedTimeWords[string(w)] {
			return false
		}
	}
	return true
}

// identifiedTimeWords are the words that say a label is a time.
var identifiedTimeWords = wordSet("date time date/time and of")

// nextIsAlert reports words opening with "alert" or "alerts", the
// word after which names what alerted.
func nextIsAlert(words []byte) bool {
	for _, w := range [...]string{"alert", "alerts"} {
		if bytes.HasPrefix(words, []byte(w)) && (len(words) == len(w) || words[len(w)] == ' ') {
			return true
		}
	}
	return false
}

// endKind says how an end's label places it among the ends (see
// timeFieldsInOrder): "closing" for when the incident's record was
// closed ("Resolved", "Incident resolved"), "mitigation" for when its
// impact was stopped ("Mitigated", in a table of milestones), "" for
// the end of the impact.
func endKind(label string) string {
	switch n := normalize(label); {
	case closingLabels[n], strings.HasSuffix(n, " resolved") && momentKey(label) == FieldEnd:
		return "closing"
	case mitigationLabels[n]:
		return "mitigation"
	}
	return ""
}
