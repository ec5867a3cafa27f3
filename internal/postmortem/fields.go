package postmortem

import (
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

// Section returns the first section with a canonical key.
func (d *Document) Section(key string) (Section, bool) {
	for _, s := range d.Sections {
		if s.Key == key {
			return s, true
		}
	}
	return Section{}, false
}

// addField records a field under its canonical key, if the label has one.
func (p *parser) addField(label, value string, labelSpan, valueSpan Span) bool {
	key := fieldKey(label)
	if key == "" {
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

// keyValueRe finds "Key: value" at the start of a line, with optional
// emphasis around the key: "**Severity:** SEV1", "Severity: SEV2".
var keyValueRe = regexp.MustCompile(`^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+)?(\*\*|__)?([A-Za-z][A-Za-z _-]{0,40}?)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*([^\n]*?)[ \t]*\r?$`)

// keyValueLines reads "Key: value" lines of a paragraph as fields.
func (p *parser) keyValueLines(n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		ls := p.doc.LineSpan(p.doc.Line(seg.Start))
		m := keyValueRe.FindSubmatchIndex(p.src[ls.Start:ls.End])
		if m == nil {
			continue
		}
		label := string(p.src[ls.Start+m[4] : ls.Start+m[5]])
		vs := Span{ls.Start + m[6], ls.Start + m[7]}
		p.addField(label, string(p.src[vs.Start:vs.End]), Span{ls.Start + m[4], ls.Start + m[5]}, vs)
	}
}

// readTimes turns timeline fields into time values.
func (p *parser) readTimes() {
	base := p.baseDate()
	for i, t := range p.doc.Times {
		p.doc.Times[i] = readEntry(t, base)
	}
	for _, f := range p.doc.Fields {
		if isTimelineKey(f.Key) {
			if _, ok := p.doc.Time(f.Key); !ok {
				p.doc.Times = append(p.doc.Times, readEntry(TimeEntry{Key: f.Key, Label: f.Label, Raw: f.Value, Span: f.Span}, base))
			}
		}
	}
}

func readEntry(t TimeEntry, base time.Time) TimeEntry {
	pt, err := ParseTime(t.Raw, base)
	t.Time, t.HasDate, t.HasZone, t.Err = pt.Time, pt.HasDate, pt.HasZone, err
	return t
}
