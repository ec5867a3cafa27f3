package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Duration is a length of time written either as a Go duration ("36h",
// "90m") or as a number of days, optionally followed by a Go duration
// ("5d", "1d12h").
type Duration time.Duration

const day = 24 * time.Hour

// maxDays keeps day counts far from overflowing a time.Duration.
const maxDays = 36500

// ParseDuration reads a Duration.
func ParseDuration(s string) (Duration, error) {
	text := strings.TrimSpace(s)
	days, rest, hasDays := strings.Cut(text, "d")
	var total time.Duration
	if hasDays {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 || n > maxDays || !digits(days) {
			return 0, durationError(s)
		}
		total = time.Duration(n) * day
		text = rest
	}
	if text != "" || !hasDays {
		d, err := time.ParseDuration(text)
		if err != nil || (hasDays && d < 0) {
			return 0, durationError(s)
		}
		total += d
	}
	return Duration(total), nil
}

func durationError(s string) error {
	return fmt.Errorf("invalid duration %q (want days like 5d or a Go duration like 36h)", s)
}

func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// String returns whole days as "5d" and other lengths as time.Duration
// does.
func (d Duration) String() string {
	if d > 0 && time.Duration(d)%day == 0 {
		return strconv.FormatInt(int64(time.Duration(d)/day), 10) + "d"
	}
	return time.Duration(d).String()
}
