package postmortem

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// quickTexts returns the texts given and n random joins of the parts.
func quickTexts(seed int64, n int, texts []string, parts ...string) []string {
	rnd := rand.New(rand.NewSource(seed))
	for range raceScaled(n) {
		var b strings.Builder
		for range 1 + rnd.Intn(7) {
			b.WriteString(parts[rnd.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

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
	texts = quickTexts(3, 5000, append(texts, "timeſ (UTC)", "TIMEſtamps are in UTC", "Times\fin UTC", "Time\v(UTC)", "timeline",
		"Timeline", "Timeline ", "timelines (UTC)", "times\u00a0(UTC)", "Times ARE IN UTC", "times ſhown in UTC", "Timeline — UTC"),
		"time", "times", "Timeline", "stamp", " ", "(", ")", ",", "in ", "UTC", "PDT", "outs", "ſ", "\t", "all ",
		"are ", "shown in ", "given in ", "ſhown in ", "\u00a0", "IN ", "x")
	for _, text := range texts {
		para := &paragraphText{text: text} // searched from its first "time", as zoneNote does
		from := 0
		if para.has(wordsTime) {
			from = para.firstIn(text, wordsTime)
		}
		if got, want := zoneSaying.findWhere(text, from, mayTellZone), zoneSaidRe.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
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
	for _, text := range quickTexts(17, 5000, []string{
		"Timeline (times in Central European Time)", "TIMELINE, ALL TIMES IN PACIFIC DAYLIGHT TIME", "Times: India Standard Time",
		"Timeline in Japan Standard Time", "The timeline in Japan standard time", "Timeline (Japan Standard TİME)",
		"TİMELINE in Japan Standard Time", "timeline in singapore time", "Central European Time timeline", "", "time",
		"Timestamps in Greenwich Mean Time", "Timeline — Central European Summer Time", "ﬁve times in Eastern Standard Time",
	}, " ", "time", "TIME", "line", "s", "x", "Timeline", "Japan Standard Time", "İ", "-", "times") {
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

// TestParagraphTextHas: a paragraph read once for several sets of words
// answers for each set what reading the text for that set alone does,
// whether it is asked for one set or for all of them, in any order.
func TestParagraphTextHas(t *testing.T) {
	texts := quickTexts(5, 2000, []string{"", "All times are in UTC.", "Timeouts at 14:02", "the time was 14:02 UTC",
		"Between 14:02 and 15:40 UTC impact", "On 3 March the outage began; service restored", "ALL TIMES UTC", "alltimes", "small times",
		"Fully restored on Mar 3"}, "all ", "times ", "time", "between ", "on ", "mar ", "march ", "impact ", "restored ", "x", "1", " ", "ALL TIMES")
	for _, text := range texts {
		for _, shared := range []bool{false, true} {
			for first := range paragraphSets {
				para := &paragraphText{text: text, shared: shared}
				for k := range paragraphSets {
					set := (first + k) % len(paragraphSets)
					want := paragraphSets[set] == nil || paragraphSets[set].in(text)
					if got := para.has(set); got != want {
						t.Errorf("%q (shared %v): set %d %v, want %v", text, shared, set, got, want)
					}
				}
			}
		}
	}
}
