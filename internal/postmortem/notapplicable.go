package postmortem

import "strings"

// A time the document says does not apply ("End: N/A" for a scare that
// never touched the service, "Time to recovery: N/A") is given: the
// field is there, with the value that it does not apply. It stays a
// placeholder for reading times, so no time is read from it.

// notApplicableWords are the values that say a field does not apply.
var notApplicableWords = map[string]bool{"n/a": true, "na": true, "not applicable": true, "none": true, "n.a.": true}

// NotApplicable reports a value that says its field does not apply.
func NotApplicable(s string) bool {
	s = strings.TrimSpace(trimBytes(strings.TrimSpace(s), &valueMarks))
	return len(s) <= len("not applicable") && notApplicableWords[strings.ToLower(s)]
}

// durationKeys are the labels of how long a step of the incident took,
// and the time each measures to: a duration that does not apply says
// the time it ends at does not either.
var durationKeys = map[string]string{
	"time to recovery": FieldEnd, "time to recover": FieldEnd, "time to resolution": FieldEnd, "time to resolve": FieldEnd,
	"time to restore": FieldEnd, "time to mitigate": FieldEnd, "time to mitigation": FieldEnd, "ttr": FieldEnd, "mttr": FieldEnd,
	"time to detection": FieldDetect, "time to detect": FieldDetect, "ttd": FieldDetect,
	"time to repair": FieldEnd, "time to fix": FieldEnd, "ttm": FieldEnd, "time to discover": FieldDetect, "time to notice": FieldDetect,
}

// mayBeDuration is a quick test for a label of durationKeys: three to
// twenty-four bytes, starting with t or m in any case.
func mayBeDuration(label string) bool {
	return len(label) >= 3 && len(label) <= 24 && (label[0]|0x20 == 't' || label[0]|0x20 == 'm') && durationKeys[strings.ToLower(label)] != ""
}

// notApplicableDuration records "Time to recovery: N/A" as the end
// given as not applicable, where no field gives the end.
func (p *parser) notApplicableDuration(label, value string, labelSpan, valueSpan Span) bool {
	if len(label) > 24 || !NotApplicable(value) {
		return false
	}
	key := durationKeys[strings.ToLower(strings.Trim(strings.TrimSpace(label), "*_:"))]
	if key == "" {
		return false
	}
	if _, ok := p.doc.Field(key); !ok {
		p.doc.Fields = append(p.doc.Fields, Field{Key: key, Label: strings.TrimSpace(label), Value: strings.TrimSpace(value), Span: valueSpan, LabelSpan: labelSpan})
	}
	return true
}
