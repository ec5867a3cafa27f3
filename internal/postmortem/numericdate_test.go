package postmortem

import (
	"math/rand"
	"regexp"
	"testing"
)

// The patterns yearFirstDate and monthFirstDate replaced.
var (
	dateRe   = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})`)
	usDateRe = regexp.MustCompile(`^(\d{1,2})[-/](\d{1,2})[-/](\d{4}|\d{2})\b`)
)

func TestNumericDatesAgreeWithPatterns(t *testing.T) {
	cases := []string{"2026-12-15", "2026/1/2x", "2026-12-155", "20261-2-3", "12/15/2026", "5-26-21", "5-26-21a",
		"5-26-210", "5-26-2100", "5-26-21000", "03/04/2026 14:00", "1-2-3", "", "2026-", "12/15/2026_"}
	rnd := rand.New(rand.NewSource(3))
	const alphabet = "0123456789-/ a_"
	for range raceScaled(30000) {
		b := make([]byte, 3+rnd.Intn(10))
		for k := range b {
			b[k] = alphabet[rnd.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		y, mo, d, n, ok := yearFirstDate(s)
		if m := dateRe.FindStringSubmatch(s); (m != nil) != ok || ok && (m[0] != s[:n] || atoi(m[1]) != y || atoi(m[2]) != mo || atoi(m[3]) != d) {
			t.Errorf("yearFirstDate(%q) = %d %d %d %d %v, pattern %q", s, y, mo, d, n, ok, m)
		}
		a, b, y, n, ok := monthFirstDate(s)
		m := usDateRe.FindStringSubmatch(s)
		if (m != nil) != ok {
			t.Errorf("monthFirstDate(%q) = %v, pattern %q", s, ok, m)
			continue
		}
		if ok && (m[0] != s[:n] || atoi(m[1]) != a || atoi(m[2]) != b || atoi(m[3])+2000*btoi(len(m[3]) == 2) != y) {
			t.Errorf("monthFirstDate(%q) = %d %d %d %d, pattern %q", s, a, b, y, n, m)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
