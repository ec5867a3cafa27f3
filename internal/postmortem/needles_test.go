package postmortem

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLeadWords(t *testing.T) {
	for _, tt := range []struct {
		expr string
		want []string // nil: no quick test
	}{
		{`(?i)\b(?:resolved|restored|mitigated)\b`, []string{"mitigated", "resolved", "restored"}},
		{`\bOUTAGE\s+(?:ENDS|OVER)\b`, []string{"outage"}},
		{`(?i)\b(?:hot ?)?fix(?:es)?\b`, []string{"fix", "hot fix", "hotfix"}},
		{`(?i)^(?:at|on)\s+\d`, []string{"at", "on"}},
		{`(?i)\bsystems?\s+up\b`, []string{"system"}},
		{`(?i)\b(?:was|is) down\b`, []string{"is down", "was down"}},
		{`\b(?:ab)*c`, []string{"ab", "c"}},
		{`\b(?:ab)+c`, []string{"ab"}},
		{`fix(?:ed)?`, nil},                   // may start inside a word
		{`(?i)\b(?:fix|\d+ fixes)\b`, nil},    // a digit class leads one way
		{`(?i)\b(?:errors?)?\s*began\b`, nil}, // may start with a space
		{`\bé\w+`, nil},                       // not ASCII
	} {
		k := guard(&lazyRegexp{expr: tt.expr}).words
		var got []string
		if k != nil {
			for _, ws := range k.byFirst {
				got = append(got, ws...)
			}
			slices.Sort(got)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// sampleTexts are the lines and paragraphs of the sample post-mortems.
func sampleTexts(t *testing.T) []string {
	var texts []string
	for _, src := range sampleDocs(t) {
		texts = append(texts, strings.Split(src, "\n")...)
		texts = append(texts, strings.Split(src, "\n\n")...)
	}
	return texts
}

// sampleLines are the lines of the sample post-mortems.
func sampleLines(t *testing.T) []string {
	var lines []string
	for _, src := range sampleDocs(t) {
		lines = append(lines, strings.Split(src, "\n")...)
	}
	return lines
}

// sampleDocs are the layout samples and the sample post-mortems.
func sampleDocs(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "layouts", "*.md"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "postmortems", "*.md"))
	var docs []string
	for _, path := range append(paths, more...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(src))
	}
	return docs
}

// TestGuardedFind holds the guarded search to the expression's, offsets
// and groups.
func TestGuardedFind(t *testing.T) {
	texts := append(sampleTexts(t),
		"On 28th February, from 15:30 to 18:10 UTC", "on call from 9 to 5, then on 3 March 2025 from 1:00 - 2:00 pm",
		"FROM 10:00 UNTIL 11:00 utc", "Ron from Ops, on Tuesday, 4 March 2025", "on  May 5",
	)
	for _, g := range []guardedRe{proseSpan, proseDate} {
		if g.at == nil {
			t.Errorf("%s: no quick test", g.re)
		}
		for _, text := range texts {
			if got, want := g.FindStringSubmatchIndex(text), g.re.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
				t.Errorf("%s on %q: got %v, want %v", g.re, text, got, want)
			}
		}
	}
}

// TestZoneAndDateTests holds the quick tests of zones and numeric dates
// to their expressions.
func TestZoneAndDateTests(t *testing.T) {
	texts := append(sampleTexts(t), "ET", "pacific time", "Mountain", "UTC", "CET", "", "12/5/2026", "2026-1-2", "1-2-26", "12:00")
	for _, text := range texts {
		for _, s := range []string{text, strings.TrimLeft(text, "-*| ")} {
			if got, want := usZone(s), usZoneRe.FindStringSubmatch(s); !slices.Equal(got, want) {
				t.Errorf("usZone(%q) = %q, want %q", s, got, want)
			}
			if !mayOpenNumericDate(s) && (dateRe.MatchString(s) || usDateRe.MatchString(s)) {
				t.Errorf("%q: the quick test misses a date", s)
			}
		}
	}
}

// TestGuardedMatches holds each guarded expression to its regular
// expression on the lines of the sample post-mortems and on made-up
// texts, the folded letters (?i) reads as k and s among them.
func TestGuardedMatches(t *testing.T) {
	texts := []string{
		"ki\u017Fs", "KI\u017FS", "wor\u212A", "INCIDENT re\u017Folved", "RE\u017FOLVED", "re\u017Folved", "alerted", "_alerted", "xalerted",
		"the hotfix was deployed", "hot fix live", "hot water, then the hotfix was deployed", "errors: then errors began", "fixes rolled out", "SYSTEMS  X OPERATIONAL", "", "page",
	}
	texts = append(texts, sampleLines(t)...)
	guards := []guardedRe{startMarker, endMarker, detect, recovery, guard(&lazyRegexp{expr: `(?i)\b(?:kiss|work)`})}
	for _, g := range guards {
		if g.words == nil || g.at == nil {
			t.Errorf("%s: no quick test", g.re)
		}
		for _, text := range texts {
			if got, want := g.MatchString(text), g.re.MatchString(text); got != want {
				t.Errorf("%s on %q: got %v, want %v", g.re, text, got, want)
			}
		}
	}
}

// TestDateLineEnd holds the quick test of date lines to dateLineRe.
func TestDateLineEnd(t *testing.T) {
	lines := []string{
		"2015-10-21 *(all times UTC)*", "### January 31, 2017", "**Monday, 3 March 2025**:", "21st October 2015 .",
		"2015-10-21 (UTC) x", "2015-10-21 x", "10/21/2015_", "", "(", "October 2015",
	}
	lines = append(lines, sampleLines(t)...)
	for _, l := range lines {
		if got, want := isDateLine([]byte(l)), dateLineRe.MatchString(l); got != want {
			t.Errorf("%q: got %v, want %v", l, got, want)
		}
	}
}

// TestKeywordsFrom finds word starts from any place: one inside a word
// is not a start, one after a space is.
func TestKeywordsFrom(t *testing.T) {
	k := newKeywords("page")
	for _, tt := range []struct {
		text string
		from int
		want int
	}{
		{"page page", 0, 0}, {"page page", 1, 5}, {"page page", 4, 5}, {"page page", 5, 5}, {"page page", 6, -1},
		{"xpage page", 1, 6}, {"x page", 1, 2}, {"", 0, -1},
	} {
		if got := k.index(tt.text, tt.from); got != tt.want {
			t.Errorf("index(%q, %d) = %d, want %d", tt.text, tt.from, got, tt.want)
		}
	}
}

// TestEventMarkerSamples holds the one reading of the marker words to
// the marker expressions, on the sample post-mortems.
func TestEventMarkerSamples(t *testing.T) {
	for _, text := range sampleTexts(t) {
		want := ""
		for _, m := range []struct {
			re   *lazyRegexp
			mark string
		}{{startMarkerRe, FieldStart}, {endMarkerRe, FieldEnd}, {detectRe, FieldDetect}, {recoveryRe, "recovered"}} {
			if m.re.MatchString(text) && (m.mark != FieldDetect || !unnoticed(text)) {
				want = m.mark // a sign nobody saw is no detection (unnoticed)
				break
			}
		}
		if got := eventMarker(text); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
