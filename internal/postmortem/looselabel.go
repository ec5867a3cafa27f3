package postmortem

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// looseLabelSpan bounds where a loose separator is looked for: a label
// is a few words.
const looseLabelSpan = 48

// looseSeparator returns where a line without a colon or a spaced dash
// parts a label from its value in the ways people type one when they
// leave the colon out, and the separator's length; -1 when there is
// none:
//   - an emphasised label: "**Start** 14:02 UTC", "_Severity_ SEV-2";
//   - a tab, as a table pasted from a document reads: "Start\t14:02";
//   - a hyphen between spaces: "Incident lead - Dana Ruiz".
//
// What it parts is a field only when the label is a fact's and the
// value reads as that fact's (looseFact).
func looseSeparator(line []byte) (int, int) {
	lead := looseLead(line)
	rest := line[lead:]
	if at := emphasisEnd(rest); at > 0 {
		return lead + at, afterEmphasis(rest[at:])
	}
	head := rest[:min(len(rest), looseLabelSpan)]
	if tab := bytes.IndexByte(head, '\t'); tab > 0 {
		return lead + tab, spacesAt(rest[tab:])
	}
	if dash := bytes.Index(head, []byte(" - ")); dash > 0 {
		return lead + dash, len(" - ")
	}
	return -1, 0
}

// looseLead is how many bytes of a quote mark, a bullet and spaces open
// a line: "> ", "- ", "* ".
func looseLead(line []byte) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '>') {
		i++
	}
	if i+1 < len(line) && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i+1] == ' ' {
		i += 2
	}
	for i < len(line) && line[i] == ' ' {
		i++
	}
	return i
}

// emphasisEnd returns where the emphasis that opens rest closes, past its
// closing marks, when a space or a tab follows it and something follows
// that; 0 otherwise: "**Start** 14:02" gives 9.
func emphasisEnd(rest []byte) int {
	n := 0
	for n < len(rest) && n < 2 && (rest[n] == '*' || rest[n] == '_') && rest[n] == rest[0] {
		n++
	}
	if n == 0 || n >= len(rest) || rest[n] == ' ' {
		return 0
	}
	marks := rest[:n]
	end := bytes.Index(rest[n:min(len(rest), n+looseLabelSpan)], marks)
	if end <= 0 {
		return 0
	}
	at := n + end + n
	if at+1 >= len(rest) || rest[at] != ' ' && rest[at] != '\t' || rest[at-n-1] == ' ' {
		return 0
	}
	return at
}

// afterEmphasis is the length of what parts an emphasised label from
// its value: spaces, and a hyphen, an equals sign or a bar between them
// ("**Date** - 2026-11-03").
func afterEmphasis(b []byte) int {
	n := spacesAt(b)
	if n+1 < len(b) && (b[n] == '-' || b[n] == '=' || b[n] == '|') && (b[n+1] == ' ' || b[n+1] == '\t') {
		n += 1 + spacesAt(b[n+1:])
	}
	return n
}

// spacesAt counts the spaces and tabs that open b.
func spacesAt(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n
}

// looseFact reports whether a label and a value parted by a loose
// separator are a fact of the incident as a field gives it: the label
// names the date, a time, the severity or a person, and the value reads
// as one (a time or a date where the fact is one, a few words where it
// is a rating, less a note in parentheses, or a person). Sections are never parted so: "**Impact**
// Checkout was down" is a paragraph that opens with a bold word.
func (p *parser) looseFact(label, value string) bool {
	words := len(strings.Fields(value))
	switch p.fieldKey(label) {
	case FieldStart, FieldDetect, FieldEnd:
		return hasDigit(value) && readsAsTime(value)
	case FieldDate, FieldIncidentDate:
		return hasDigit(value) && (onlyDate(value) || readsAsTime(value))
	case FieldContact, FieldCreatedBy, FieldFacilitatedBy:
		first, _ := utf8.DecodeRuneInString(value)
		return words > 0 && words <= 5 && !unicode.IsLower(first) && !sentenceEnds(value) // "Dana Ruiz", "@dana", not "the team owns it"
	case FieldSeverity:
		n := len(strings.Fields(withoutNote(value))) // "2-ish (paying customers got broken invoices)"
		return n > 0 && n <= 4
	}
	return false
}

// sentenceEnds reports a value with a mark that ends a sentence: a full
// stop at its end or before a space, or "!", "?" or ";" anywhere. The
// dots of an address or a login are not such marks.
func sentenceEnds(value string) bool {
	return strings.HasSuffix(value, ".") || strings.Contains(value, ". ") || strings.ContainsAny(value, ";!?")
}

// clockColon reports a colon between two digits, a clock's: the colon of
// "Start 14:02" is not a label's.
func clockColon(line []byte, colon int) bool {
	return colon > 0 && colon+1 < len(line) && isDigit(line[colon-1]) && isDigit(line[colon+1])
}
