package postmortem

import (
	"strings"
	"time"
)

// yearWordDate reads a date written year first with a word joined to or
// after the year, the month's name, then the day: Lithuanian "2026 m.
// lapkričio 24 d.", Basque "2026ko abenduaren 1a" (the "ko" of the year,
// the month in the genitive, the day with its case ending). The year's
// digits run from start to j; n is 0 where s goes on otherwise.
func yearWordDate(s string, start, j int) (y int, mo time.Month, d, n int) {
	y = atoi(s[start:j])
	i := j
	switch {
	case strings.HasPrefix(s[i:], "ko "):
		i += len("ko ")
	case strings.HasPrefix(s[i:], " m. "):
		i += len(" m. ")
	default:
		return 0, 0, 0, 0
	}
	mo, k := monthWordAt(s, i)
	if mo == 0 || k >= len(s) || s[k] != ' ' {
		return 0, 0, 0, 0
	}
	k++
	e := digitRunEnd(s, k)
	if e == k || e-k > 2 {
		return 0, 0, 0, 0
	}
	d, n = atoi(s[k:e]), e
	if !validDate(y, mo, d) {
		return 0, 0, 0, 0
	}
	if strings.HasPrefix(s[n:], " d.") {
		n += len(" d.") // Lithuanian "diena", the day
	} else {
		n = letterEnd(s, n) // Basque "1a", "24an"
	}
	return y, mo, d, n
}
