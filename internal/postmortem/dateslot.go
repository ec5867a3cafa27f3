package postmortem

// dateSlotRe is a template's slot for a date written inside other text:
// "DATE", "DATE RANGE", "<date>", "{{date}}", "[date]", "YYYY-MM-DD".
// The bare word is a slot only in capitals; "the date" is prose.
var dateSlotRe = lazyRe(`\bDATE(?:\s+RANGE)?\b|(?i:<\s*(?:incident\s+)?date[^>]{0,20}>|\{\{\s*(?:incident_)?date\s*\}\}|\[(?:incident\s+)?date\]|\b(?:yyyy[-/.]mm[-/.]dd|dd[-/.]mm[-/.]yyyy|mm[-/.]dd[-/.]yyyy)\b)`)

// TimelineDateSlot reports a template whose timeline holds the date as
// a slot, in its heading ("Timeline (all times UTC) DATE RANGE") or its
// entries ("12:45 DATE: Thing happened"): the date is asked for there.
func (d *Document) TimelineDateSlot() bool {
	if s, ok := d.Section("timeline"); ok && hasDateSlot(d.Text(s.HeadingSpan)) {
		return true
	}
	for _, e := range d.Events {
		if hasDateSlot(e.Raw) || hasDateSlot(e.Text) {
			return true
		}
	}
	return false
}

func hasDateSlot(s string) bool {
	return (containsFold(s, "date") || containsFold(s, "yyyy")) && dateSlotRe.MatchString(s)
}
