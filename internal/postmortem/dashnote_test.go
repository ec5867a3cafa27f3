package postmortem

import "testing"

// A short note after an entry's last dash names its moment in everyday
// words, up to four or five of them; a negated note, or a tracker's
// change of state, names none.
func TestDashNoteEverydayWords(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Kiosk reads a listener's text aloud — first we hear of it", FieldDetect},
		{"Checkout loads on every network we try — **back**", FieldEnd},
		{"Release tagged and pushed — **not** the start", ""},
		{"dana — Status — assigned => resolved", ""},
		{"Payments rolled back — rolled back", ""},
	}
	for _, c := range cases {
		if got := apartMarker(c.text); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
