package postmortem

import "testing"

func TestKeywords(t *testing.T) {
	k := newKeywords("page", "back online", "jan")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The on-call engineer was Paged at 14:02", true},
		{"service BACK ONLINE", true},
		{"On 3 January the disk filled", true},
		{"the homepage failed", false}, // not at a word start
		{"back offline", false},
		{"", false},
		{"_page", false}, // an underscore joins words, as \b has it
	} {
		if got := k.in(tt.text); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
