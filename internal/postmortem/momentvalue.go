package postmortem

import "strings"

// A moment's field whose value tells how before the time ("Detected by:
// monitoring at 14:09 UTC", "How detected: PagerDuty alert, 14:09 UTC",
// "Resolved: rollback at 15:10 UTC") gives the time it holds.

// howLabels name how the incident was found or answered, with its time
// in the value; "Page sent" and "On-call paged" name the page.
var howLabels = map[string]string{
	"detected by": FieldDetect, "how detected": FieldDetect, "detection method": FieldDetect, "detection source": FieldDetect,
	"how it was detected": FieldDetect, "how we found out": FieldDetect, "detected via": FieldDetect, "discovered by": FieldDetect,
	"detection mechanism": FieldDetect, "page sent": FieldDetect, "on-call paged": FieldDetect, "on call paged": FieldDetect, "oncall paged": FieldDetect,
}

// howKey is the key of a label of howLabels, after a quick test of its
// first letter, or "".
func howKey(label string) string {
	t := strings.TrimSpace(label)
	if len(t) < 9 || len(t) > 24 {
		return ""
	}
	switch t[0] | 0x20 {
	case 'd', 'h', 'p', 'o':
		return howLabels[normalize(t)]
	}
	return ""
}

// clockField records the time a moment's value holds after words, as the
// field of key where no field gives it yet, and reports whether it did.
func (p *parser) clockField(key, label, value string, labelSpan, valueSpan Span) bool {
	t, ok := clockAfterWords(value)
	return ok && p.timeInValue(key, label, t, labelSpan, valueSpan)
}

// timeInValue records t, a time that stands in the value of valueSpan,
// as the field of key where no field gives it yet, and reports whether
// t stands there.
func (p *parser) timeInValue(key, label, t string, labelSpan, valueSpan Span) bool {
	i := strings.Index(p.doc.Text(valueSpan), t)
	if i < 0 {
		return false
	}
	if _, given := p.doc.Field(key); !given {
		s := Span{valueSpan.Start + i, valueSpan.Start + i + len(t)}
		p.doc.Fields = append(p.doc.Fields, Field{Key: key, Label: strings.TrimSpace(label), Value: t, Span: s, LabelSpan: labelSpan})
	}
	return true
}

// clockAfterWords returns the time a value holds after words and " at ",
// a comma, a dash or an opening parenthesis, with its zone: "monitoring
// at 14:09 UTC" is "14:09 UTC". A value that is a time is not one, nor
// one with two times ("14:02 to 15:10").
func clockAfterWords(value string) (string, bool) {
	k0, k1 := clockIn(value)
	if k0 <= 0 {
		return "", false
	}
	if a, _ := clockIn(value[k1:]); a >= 0 {
		return "", false
	}
	before := value[:k0]
	if !strings.HasSuffix(before, " at ") && !strings.HasSuffix(before, ", ") && !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "— ") && !strings.HasSuffix(before, " - ") {
		return "", false
	}
	t := value[k0:]
	if i := strings.IndexAny(t, "),;("); i > 0 {
		t = t[:i]
	}
	if t = strings.TrimSpace(t); readsAsTime(t) {
		return t, true
	}
	if t = value[k0:k1]; readsAsTime(t) {
		return t, true
	}
	return "", false
}

// statusLabels name the incident's state, whose value may say it is over
// and when: "Status: Resolved (2026-11-03 15:10 UTC)", "State: Closed
// 15:10".
var statusLabels = map[string]bool{"status": true, "state": true, "incident status": true, "current status": true, "incident state": true}

// statusLabel reports a label of statusLabels, after a quick test of
// its length and first letter.
func statusLabel(label string) bool {
	t := strings.TrimSpace(label)
	if len(t) < 5 || len(t) > 16 || t[0]|0x20 != 's' && t[0]|0x20 != 'i' && t[0]|0x20 != 'c' {
		return false // a quick answer for nearly every label
	}
	return statusLabels[normalize(t)]
}

// overWords open a state's value that says the incident is over.
var overWords = [...]string{"resolved", "closed", "recovered", "restored", "mitigated", "fixed"}

// statusEnd records the end a state's value gives with its time, where no
// field gives the end yet, and reports whether it did.
func (p *parser) statusEnd(label, value string, labelSpan, valueSpan Span) bool {
	if !statusLabel(label) {
		return false
	}
	v := strings.TrimLeft(value, " *_")
	word := ""
	for _, w := range overWords {
		if foldPrefix(v, w) {
			word = w
			break
		}
	}
	if word == "" {
		return false
	}
	rest := strings.TrimLeft(v[len(word):], " *_")
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "at "), "on ")
	rest = strings.TrimSpace(strings.Trim(strings.TrimSpace(rest), "()—–-:,"))
	if rest == "" || !hasDigit(rest) || !readsAsTime(rest) {
		return false
	}
	return p.timeInValue(FieldEnd, label, rest, labelSpan, valueSpan)
}
