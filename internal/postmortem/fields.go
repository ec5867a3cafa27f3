package postmortem

import (
	"bytes"
	"regexp"
	"strings"
	"time"

	"github.com/yuin/goldmark/ast"
)

// Field returns the first field with a canonical key.
func (d *Document) Field(key string) (Field, bool) {
	for _, f := range d.Fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Time returns the timeline entry with a canonical key.
func (d *Document) Time(key string) (TimeEntry, bool) {
	for _, t := range d.Times {
		if t.Key == key {
			return t, true
		}
	}
	return TimeEntry{}, false
}

// TimeUTC is the timeline entry with a canonical key in UTC; zero when
// there is none or it cannot be read.
func (d *Document) TimeUTC(key string) time.Time {
	t, ok := d.Time(key)
	if !ok || t.Err != nil {
		return time.Time{}
	}
	return t.Time.UTC()
}

// Section returns the first section with a canonical key.
func (d *Document) Section(key string) (Section, bool) {
	for _, s := range d.Sections {
		if s.Key == key {
			return s, true
		}
	}
	for _, s := range d.MetaSections {
		if s.Key == key {
			return s, true
		}
	}
	return Section{}, false
}

// addField records a field under its canonical key, if the label has one.
func (p *parser) addField(label, value string, labelSpan, valueSpan Span) bool {
	key := fieldKey(label)
	if key == "" || isTimelineKey(key) && isProse(value) {
		return false
	}
	if key == FieldSeverity && p.doc.Severity == "" {
		p.doc.Severity, p.doc.SeveritySpan = NormalizeSeverity(value), valueSpan
	}
	p.doc.Fields = append(p.doc.Fields, Field{Key: key, Label: strings.TrimSpace(label), Value: strings.TrimSpace(value), Span: valueSpan, LabelSpan: labelSpan})
	return true
}

var sevRe = regexp.MustCompile(`(?i)^(?:sev(?:erity)?|s)[\s\-_]*([0-9])$`)

// NormalizeSeverity writes "sev 2", "Sev-2" and "S2" as "SEV2"; other
// values are upper-cased.
func NormalizeSeverity(s string) string {
	s = strings.TrimSpace(strings.Trim(s, "*_`"))
	if m := sevRe.FindStringSubmatch(s); m != nil {
		return "SEV" + m[1]
	}
	return strings.ToUpper(s)
}

// keyValueLines reads "Key: value" lines of a paragraph as fields, with
// optional emphasis around the key: "**Severity:** SEV1".
func (p *parser) keyValueLines(n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		ls := p.doc.LineSpan(p.doc.Line(lines.At(i).Start))
		if label, value, ok := p.keyValue(ls); ok {
			p.addField(p.doc.Text(label), p.doc.Text(value), label, value)
		}
	}
}

// keyValue splits a line into a known label and its value.
func (p *parser) keyValue(ls Span) (label, value Span, ok bool) {
	line := p.src[ls.Start:ls.End]
	colon := bytes.IndexByte(line, ':')
	if colon < 0 || colon > 60 {
		return label, value, false
	}
	label = trimMarks(p.src, Span{ls.Start, ls.Start + colon}, " \t>-*+_")
	if fieldKey(p.doc.Text(label)) == "" {
		return label, value, false
	}
	return label, trimMarks(p.src, Span{ls.Start + colon + 1, ls.End}, " \t\r*_"), true
}

// trimMarks narrows a span past the given bytes on both ends.
func trimMarks(src []byte, s Span, marks string) Span {
	for s.Start < s.End && strings.IndexByte(marks, src[s.Start]) >= 0 {
		s.Start++
	}
	for s.End > s.Start && strings.IndexByte(marks, src[s.End-1]) >= 0 {
		s.End--
	}
	return s
}

// readTimes turns timeline fields into time values.
func (p *parser) readTimes() {
	base := p.baseDate()
	for i, t := range p.doc.Times {
		p.doc.Times[i] = p.readEntry(t, base)
	}
	for _, f := range p.doc.Fields {
		if isTimelineKey(f.Key) {
			if _, ok := p.doc.Time(f.Key); !ok {
				p.doc.Times = append(p.doc.Times, p.readEntry(TimeEntry{Key: f.Key, Label: f.Label, Raw: f.Value, Span: f.Span, Inferred: f.Inferred}, base))
			}
		}
	}
	p.readEvents(base)
	p.inferTimes()
}

func (p *parser) readEntry(t TimeEntry, base time.Time) TimeEntry {
	raw := t.Raw
	if p.doc.Zone != "" && !stampHasZone(raw) && !IsPlaceholder(raw) {
		raw += " " + p.doc.Zone
	}
	pt, err := ParseTime(raw, base)
	t.Time, t.HasDate, t.HasZone, t.Err = pt.Time, pt.HasDate, pt.HasZone, err
	return t
}
