package postmortem

import (
	"slices"
	"testing"
)

// TestLeadQuickTests: the quick tests of an item's id, TODO and bold
// lead turn away no text their expression matches.
func TestLeadQuickTests(t *testing.T) {
	texts := quickTexts(7, 20000, []string{
		"AI-1: x", "A3. x", "Action 2 — x", "#4) x", "PAY-2211 — x", "action item - 12: x", "taſK # 3: x", "TAſK-9. x",
		"follow up 7) x", "Item 1 - x", "TODO(@ops): x", "fixme (dana) x", "**Bold**: x", "__Bold__ - x", "Add a lag alert 0",
	}, "A", "a", "I", "R", "action", " item", "task", "taſK", "follow", "-", " ", "up", "#", "1", "23", ":", ".", ")", " — ",
		"PAY", "X9", "todo", "FIXME", "(", "@ops", "**", "__", "x", "\t", "é")
	for _, text := range texts {
		b := []byte(text)
		if idLeadRe.Match(b) && !mayOpenID(b) {
			t.Errorf("%q: idLeadRe matches, its quick test says no", text)
		}
		if todoOwnerRe.Match(b) && !mayOpenTodo(b) {
			t.Errorf("%q: todoOwnerRe matches, its quick test says no", text)
		}
		if got, want := boldLead(b), boldLeadRe.FindSubmatchIndex(b); !slices.Equal(got, want) {
			t.Errorf("%q: boldLead %v, the expression %v", text, got, want)
		}
	}
}

// TestMayTellDate: the prose date read with the quick test is the one
// the expression finds.
func TestMayTellDate(t *testing.T) {
	var words []string
	if proseDate.words != nil {
		for _, w := range proseDate.words.byFirst {
			words = append(words, w...)
		}
	}
	if !slices.Equal(words, []string{"on"}) {
		t.Fatal(`proseDateRe's words are no longer "on" alone: mayTellDate reads what follows them`)
	}
	texts := quickTexts(9, 20000, []string{
		"On 28th February", "On September 29, 2025", "on Tuesday, 3 March", "on the API tier", "on\tſep 3", "ON MAR 3",
		"on", "on ", "on 3", "on ma", "upon 3 March", "on-call on 3 March", "on ſunday, March 1",
	}, "on", "On ", " ", "\t", "the ", "3", "28th ", "March", "mar ", "sep", "ſep", "Tuesday", "tues", "day", ", ", "2025",
		"x", "é", "jan", "dec", "\n")
	for _, text := range texts {
		para := &paragraphText{text: text, shared: true} // a summary's, searched from its first word of the set, as readSummaryProse does
		from := 0
		if para.has(wordsProseDate) {
			from = para.firstIn(text, wordsProseDate)
		}
		if got, want := proseDate.findWhere(text, from, mayTellDate), proseDateRe.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
			t.Errorf("%q: with the quick test %v, the expression %v", text, got, want)
		}
	}
}

// TestMayEndDateLine: dateLineRe matches no text its quick test turns
// away.
func TestMayEndDateLine(t *testing.T) {
	texts := quickTexts(11, 20000, []string{"2015-10-21 *(all times UTC)*", "### January 31, 2017", "3 March 2026:", "2026-03-03 x"},
		"2026-03-03", "3 ", "March ", "2026", " ", "*", "_", "(", ")", "UTC", ":", ".", "#", "x", "\t", "\n", "Mon, ")
	for _, text := range texts {
		if dateLineRe.MatchString(text) && !mayEndDateLine(text) {
			t.Errorf("%q: dateLineRe matches, its quick test says no", text)
		}
	}
}
