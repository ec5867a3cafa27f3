package postmortem

import "strings"

// A tool may print a post-mortem's facts above its first section as a
// block of code: a form printed with dotted leaders ("Incident manager
// ........ Gary Pennock"), or a card of YAML with the team's own keys
// ("руководитель_инцидента: Ольга Крылова"); or as one line of
// key=value pairs ("severity=S2 lead=ngozi state=closed"). Their labels
// name fields as a table's do. Below the first section a block of code
// is configuration or a log, whose "severity: critical" rates no
// incident, and is not read so.

// fieldBlockMin is the fewest lines of fields a block must hold.
const fieldBlockMin = 3

// openingFieldBlock reads a block of code above the first section whose
// lines are mostly fields.
func (p *parser) openingFieldBlock(span Span) {
	if len(p.doc.Sections) > 0 {
		return
	}
	var pairs []fieldPair
	lines := 0
	for at := span.Start; at < span.End; {
		end := span.End
		if i := strings.IndexByte(p.doc.Text(Span{at, span.End}), '\n'); i >= 0 {
			end = at + i
		}
		line := p.doc.Text(Span{at, end})
		if t := strings.TrimSpace(line); t != "" && t[0] != '#' {
			lines++
			if l, v, ok := blockField(line); ok {
				pairs = append(pairs, fieldPair{Span{at + l[0], at + l[1]}, Span{at + v[0], at + v[1]}})
			}
		}
		at = end + 1
	}
	if len(pairs) >= fieldBlockMin && 2*len(pairs) >= lines {
		p.openingFields(pairs)
	}
}

// fieldPair is the label and the value of one field of a block.
type fieldPair struct{ label, value Span }

// openingFields adds the fields of a block above the first section, a
// label's underscores read as spaces ("дата_инцидента"), and takes the
// zone a label of the times gives ("Times given in ..... GMT",
// "часовой_пояс: MSK (UTC+3)").
func (p *parser) openingFields(pairs []fieldPair) {
	for _, f := range pairs {
		label, value := strings.ReplaceAll(p.doc.Text(f.label), "_", " "), p.doc.Text(f.value)
		p.addField(label, value, f.label, f.value)
		if p.doc.Zone == "" && timeWord.in(label) {
			p.doc.Zone = docZone(value)
		}
		p.localZoneNote(label + ": " + value)
	}
}

// blockField reads a line of a field block: "Label ..... value" or
// "label: value". l and v are the label's and the value's bounds.
func blockField(line string) (l, v [2]int, ok bool) {
	label, value := -1, -1
	if i := strings.Index(line, " ..."); i > 0 {
		j := i + 1
		for j < len(line) && line[j] == '.' {
			j++
		}
		label, value = i, j
	} else if i := strings.Index(line, ": "); i > 0 && i <= 64 {
		label, value = i, i+2
	}
	if label < 0 {
		return l, v, false
	}
	start := len(line) - len(strings.TrimLeft(line, " \t"))
	vs := value + len(line[value:]) - len(strings.TrimLeft(line[value:], " \t"))
	ve := len(strings.TrimRight(line, " \t\r"))
	if vs >= ve || start >= label {
		return l, v, false
	}
	return [2]int{start, label}, [2]int{vs, ve}, true
}

// keyValueLine reads a line of three or more key=value pairs above the
// first section: "severity=S2 lead=ngozi review=2026-12-04 tz=UTC".
func (p *parser) keyValueLine(span Span) {
	text := p.doc.Text(span)
	if len(p.doc.Sections) > 0 || strings.Count(text, "=") < fieldBlockMin || strings.IndexByte(text, '\n') >= 0 {
		return
	}
	var pairs []fieldPair
	for at := 0; at < len(text); {
		end := len(text)
		if i := strings.IndexByte(text[at:], ' '); i >= 0 {
			end = at + i
		}
		k, val, ok := strings.Cut(text[at:end], "=")
		if !ok || k == "" || val == "" || !isLetters(strings.ReplaceAll(k, "_", "")) {
			return // a sentence, an expression or a URL's query, not pairs
		}
		pairs = append(pairs, fieldPair{Span{span.Start + at, span.Start + at + len(k)}, Span{span.Start + at + len(k) + 1, span.Start + end}})
		at = end + 1
	}
	p.openingFields(pairs)
}
