package postmortem

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestMayTellZone: wherever zoneSaidRe matches from a place its words
// start, the quick test agrees; so zoneSaid finds what the expression
// finds, over every text of "time" and two bytes after it and random
// longer ones.
func TestMayTellZone(t *testing.T) {
	var texts []string
	for c := 0; c < 256; c++ {
		for _, tail := range []string{"", "s", "(UTC)", " in UTC", "stamp (IST)", "line (PT)", "\xbf (UTC)", ", CET"} {
			texts = append(texts, "time"+string(rune(c))+tail, "time"+string([]byte{byte(c)})+tail)
		}
	}
	texts = append(texts, "timeſ (UTC)", "TIMEſtamps are in UTC", "Times\fin UTC", "Time\v(UTC)", "timeline")
	rnd := rand.New(rand.NewSource(3))
	parts := []string{"time", "times", "Timeline", "stamp", " ", "(", ")", ",", "in ", "UTC", "PDT", "outs", "ſ", "\t", "all "}
	for range 5000 {
		var b strings.Builder
		for range 1 + rnd.Intn(8) {
			b.WriteString(parts[rnd.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := zoneSaying.findWhere(text, mayTellZone), zoneSaidRe.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
			t.Errorf("%q: with the quick test %v, the expression %v", text, got, want)
		}
	}
}

// TestLongZoneSaid: a zone written out is read as through the text in
// small letters, for ASCII text and for text whose other letters
// strings.ToLower reads as ASCII ones.
func TestLongZoneSaid(t *testing.T) {
	want := func(text string) string {
		lower := strings.ToLower(text)
		if !strings.Contains(lower, " time") || !strings.Contains(lower, "timeline") && !strings.Contains(lower, "times") {
			return ""
		}
		for _, z := range longZoneNames {
			if strings.Contains(lower, z[0]) {
				return z[1]
			}
		}
		return ""
	}
	for _, text := range []string{
		"Timeline (times in Central European Time)", "TIMELINE, ALL TIMES IN PACIFIC DAYLIGHT TIME", "Times: India Standard Time",
		"Timeline in Japan Standard Time", "The timeline in Japan standard time", "Timeline (Japan Standard TİME)",
		"TİMELINE in Japan Standard Time", "timeline in singapore time", "Central European Time timeline", "", "time",
		"Timestamps in Greenwich Mean Time", "Timeline — Central European Summer Time", "ﬁve times in Eastern Standard Time",
	} {
		if got := longZoneSaid(text); got != want(text) {
			t.Errorf("%q: %q, want %q", text, got, want(text))
		}
	}
}

// TestMayOpenZoneNote: zoneAfterRe finds nothing in a window the quick
// test turns away.
func TestMayOpenZoneNote(t *testing.T) {
	for _, w := range []string{" (UTC)", "(UTC)", " [CET] x", "[ GMT ]", " UTC x", "  (UTC)", "x(UTC)", " ", "(", " (", " Config (UTC)", "\t(UTC)"} {
		if !mayOpenZoneNote([]byte(w)) && zoneAfterRe.MatchString(w) {
			t.Errorf("%q: the expression matches, the quick test says no", w)
		}
	}
	if mayOpenZoneNote([]byte(" UTC Config pushed")) {
		t.Error("the quick test passes a stamp followed by words")
	}
}
