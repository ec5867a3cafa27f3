package postmortem

import "testing"

// A form asks for the moments in the words of the people served; each
// answer opens with its clock and goes on in a sentence. The question
// of the later fix names no moment.
func TestWhenQuestionsOfAForm(t *testing.T) {
	src := "# Shop tills report\n\n**Date of the fault** *\n05/12/2026\n\n**When did customers lose us?** *\n10:05 am – the first card was declined at till 1, and then every card after it.\n\n**When did we find out, and how?** *\n10:20 am – the supervisor saw the queue from the office window and came down to the floor.\n\n**When could customers pay again?** *\n11:10 am – the tills took cards again after the router was restarted by the manager on duty.\n\n**When was it fixed properly?** *\n3:00 pm – the provider replaced the router and we tested every till in the shop.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]string{FieldStart: "10:05", FieldDetect: "10:20", FieldEnd: "11:10"} {
		if got := doc.TimeUTC(key).Format("15:04"); got != want {
			t.Errorf("%s %s, want %s", key, got, want)
		}
	}
	for label, want := range map[string]string{"When did listeners lose us?": FieldStart, "When could members book again?": FieldEnd, "When did we find out, and how?": FieldDetect, "When was it fixed properly / signed off?": ""} {
		if got := fieldKey(label); got != want {
			t.Errorf("fieldKey(%q) = %q, want %q", label, got, want)
		}
	}
}
