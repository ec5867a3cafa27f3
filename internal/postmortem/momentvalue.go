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
	if !ok {
		return false
	}
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
