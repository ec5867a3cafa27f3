package postmortem

import "bytes"

// inlineTags are the HTML tags of emphasis that a wiki's or an editor's
// export writes around a field's label: "<b>Owner:</b> Dana Ruiz",
// "<strong>Severity</strong>: SEV-2".
var inlineTags = [...]string{"b", "strong", "em", "i", "u"}

// untag moves a label's span past the opening tag before it and the
// closing tag after it, and a value's past the closing tag it opens
// with, when the label was written inside the tags.
func untag(src []byte, label, value Span) (Span, Span) {
	for _, tag := range inlineTags {
		open, closing := "<"+tag+">", "</"+tag+">"
		if !foldPrefix(string(src[label.Start:label.End]), open) {
			continue
		}
		label.Start += len(open)
		if label.End < value.Start && src[label.End] == '>' {
			label.End++ // the closing tag's end, which the label's marks lost
		}
		if n := label.Len() - len(closing); n >= 0 && foldPrefix(string(src[label.Start+n:label.End]), closing) {
			label.End -= len(closing) // "<b>Severity</b>: SEV-2"
		}
		v := bytes.TrimLeft(src[value.Start:value.End], " \t")
		if foldPrefix(string(v), closing) {
			value.Start = value.End - len(v) + len(closing) // "<b>Owner:</b> Dana Ruiz"
		}
		return trimSpan(src, label), value
	}
	return label, value
}
