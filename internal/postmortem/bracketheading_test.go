package postmortem

import "testing"

func TestBracketHeadingSections(t *testing.T) {
	src := "Outage of the night ferry tickets\n\n[** Summary]\n Tickets failed for an hour.\n\n[** Action items]\n ☐ Add a check on the ticket queue\n ☐ Write down the retry limit\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Actions) != 2 || doc.Actions[0].Title != "Add a check on the ticket queue" {
		t.Fatalf("actions = %+v", doc.Actions)
	}
	for _, line := range []string{"[* bold words]", "[** a [link] inside]", "[**no space]"} {
		if level, _, _ := bracketHeading([]byte(line)); level != 0 {
			t.Errorf("%q read as a heading of level %d", line, level)
		}
	}
}
