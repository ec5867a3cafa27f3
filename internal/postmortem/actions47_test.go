package postmortem

import "testing"

// A board's card lists its connected child cards in a table headed
// "Child card", with the people as "Assigned users" and the lane the
// child sits in as its "Stage": each row is a follow-up.
func TestChildCardTable(t *testing.T) {
	src := "# Basket totals wrong\n\n## Follow-ups (linked child cards)\n\n" +
		"| Child card | Assigned users | Planned finish | Stage |\n| --- | --- | --- | --- |\n" +
		"| Round the basket total once, at the end | Ola Berg | 2026-03-13 | In Progress |\n" +
		"| Show the discount line on receipts | Kai Lund | 2026-03-04 | Completed |\n" +
		"| Review rounding in the tax module | TBD | — | Not Started |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Round the basket total once, at the end|Ola Berg|2026-03-13||Open",
		"Show the discount line on receipts|Kai Lund|2026-03-04||Done",
		"Review rounding in the tax module||||Open",
	})
}
