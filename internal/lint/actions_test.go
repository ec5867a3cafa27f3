package lint

import "testing"

// TestWordBloomFollowsWordKey: titles wordKey reads as the same words have
// the same bloom, so checkDuplicates may pass over a title whose bloom no
// other title has.
func TestWordBloomFollowsWordKey(t *testing.T) {
	same := [][2]string{
		{"Add a queue-depth alert at 10,000 messages", "add a queue-depth ALERT at 10,000 messages"},
		{"Alert on lag; page on-call", "page on-call: alert on lag, on lag"},
		{"", "--- !"},
	}
	for _, p := range same {
		if wordKey(p[0]) != wordKey(p[1]) {
			t.Fatalf("%q and %q: want the same key", p[0], p[1])
		}
		a, okA := wordBloom(p[0])
		b, okB := wordBloom(p[1])
		if !okA || !okB || a != b {
			t.Errorf("%q and %q: blooms %x and %x, want the same", p[0], p[1], a, b)
		}
	}
	for _, w := range []string{"Add an alert for group 0", "Add an alert for group 1"} {
		if b, _ := wordBloom(w); b == 0 {
			t.Errorf("%q: empty bloom", w)
		}
	}
	if _, ok := wordBloom("Fix the Kelvin sign \u212A"); ok {
		t.Error("a title with non-ASCII bytes: want ok false")
	}
}

// TestMayLeadVague: the quick test reads enough bytes for every lead and
// the space after it, and agrees with vagueness's own reading.
func TestMayLeadVague(t *testing.T) {
	for _, l := range vagueLeads {
		if len(l)+1 > 24 {
			t.Errorf("lead %q: longer than the bytes mayLeadVague reads", l)
		}
	}
	for title, want := range map[string]bool{
		"Improve monitoring": true, "  LOOK INTO the alerts": true, "Add a lag alert": false,
		"Reviewed": false, "review": true, "Évaluer": true,
	} {
		if got := mayLeadVague(title); got != want {
			t.Errorf("mayLeadVague(%q) = %v, want %v", title, got, want)
		}
	}
}
