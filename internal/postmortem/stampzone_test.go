package postmortem

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stampHasZone searches only the run of zone bytes that ends the text;
// it must answer as the expression over the whole text does (or a
// city's zone ends it), on every
// line of the repository's documents, each line's every suffix, and
// random strings over the bytes zones and times are written in.
func TestStampHasZoneAsWholeText(t *testing.T) {
	lines := repoDocLines(t)
	lines = append(lines, "14:02 UTC", "14:02 UTC+05:30", "2026-01-02T03:04Z", "09:00 Europe/Berlin", "9am Pacific", "fooUTC", "14:02 UTC ", "x America/Los_Angeles", "12:00 -0700")
	lines = append(lines, randomTexts(1, 20000, 24, "UTCGMZESPDTabcert0123456789+-:/_ .\t*(é")...)
	checked := 0
	for _, l := range lines {
		for i := 0; i <= len(l); i += max(1, len(l)/8) {
			s := l[i:]
			if _, ok := epoch(s); ok {
				continue // epoch seconds are UTC (TestEpochTimesTakeNoZone)
			}
			if got, want := stampHasZone(s), zoneAtEnd.MatchString(s) || placeEnds(s); got != want {
				t.Fatalf("stampHasZone(%q) = %v, the expression over the whole text says %v", s, got, want)
			}
			checked++
		}
	}
	if checked < raceScaled(20000) {
		t.Fatalf("only %d texts checked", checked)
	}
}

// Epoch seconds are UTC: a document's zone, said once or read from its
// stated times, is not added to them, and they stay readable.
func TestEpochTimesTakeNoZone(t *testing.T) {
	src := "# Readings dropped\n\nAll times are CET.\n\n## Timeline\n\n- 1809302400 Schema 12 published.\n- 1809306000 Schema 11 restored.\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 2 || doc.Events[0].Time.Unix() != 1809302400 || doc.Events[1].Time.Unix() != 1809306000 {
		t.Errorf("events %+v, want the two epoch times", doc.Events)
	}
}

// repoDocLines returns every line of the repository's documents, outside
// the held-out sets, for differential tests of quick tests.
func repoDocLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, doc := range repoDocs(t) {
		lines = append(lines, strings.Split(doc, "\n")...)
	}
	return lines
}

// repoDocs returns the repository's documents, outside the held-out
// sets (a tenth of them under the race detector).
func repoDocs(t *testing.T) []string {
	t.Helper()
	var texts []string
	docs, _ := filepath.Glob("../../testdata/*/*.md")
	for i, p := range docs {
		if strings.Contains(p, "heldout") || raceEnabled && i%10 != 0 {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// zoneInText, which searches only the run of zone bytes that ends the
// text, finds what the expression over the whole text finds.
func TestZoneInTextAsWholeText(t *testing.T) {
	lines := append(repoDocLines(t), "14:02 UTC", "09:00 Europe/Berlin ", "fooUTC+05:30", "12:00 -0700", "until 16:20 CEST")
	for _, l := range lines {
		if got, want := zoneInText(l), zoneAtEnd.FindString(strings.TrimSpace(l)); got != want {
			t.Fatalf("zoneInText(%q) = %q, the expression over the whole text finds %q", l, got, want)
		}
	}
}

// randomTexts returns n texts (fewer under the race detector) of up to
// maxLen-1 bytes of alphabet, from seed.
func randomTexts(seed int64, n, maxLen int, alphabet string) []string {
	r := rand.New(rand.NewSource(seed))
	texts := make([]string, raceScaled(n))
	for k := range texts {
		b := make([]byte, r.Intn(maxLen))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		texts[k] = string(b)
	}
	return texts
}

// raceScaled is n, or a tenth of it under the race detector: the
// differential tests run in full without it, and under it only often
// enough to show a race, so CI runs both within its time.
func raceScaled(n int) int {
	if raceEnabled {
		return max(1, n/10)
	}
	return n
}
