package postmortem

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stampHasZone searches only the run of zone bytes that ends the text;
// it must answer as the expression over the whole text does, on every
// line of the repository's documents, each line's every suffix, and
// random strings over the bytes zones and times are written in.
func TestStampHasZoneAsWholeText(t *testing.T) {
	var lines []string
	docs, _ := filepath.Glob("../../testdata/*/*.md")
	for _, p := range docs {
		if strings.Contains(p, "heldout") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	lines = append(lines, "14:02 UTC", "14:02 UTC+05:30", "2026-01-02T03:04Z", "09:00 Europe/Berlin", "9am Pacific", "fooUTC", "14:02 UTC ", "x America/Los_Angeles", "12:00 -0700")
	r := rand.New(rand.NewSource(1))
	const alphabet = "UTCGMZESPDTabcert0123456789+-:/_ .\t*(é"
	for range 20000 {
		b := make([]byte, r.Intn(24))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		lines = append(lines, string(b))
	}
	checked := 0
	for _, l := range lines {
		for i := 0; i <= len(l); i += max(1, len(l)/8) {
			s := l[i:]
			if got, want := stampHasZone(s), zoneAtEnd.MatchString(s); got != want {
				t.Fatalf("stampHasZone(%q) = %v, the expression over the whole text says %v", s, got, want)
			}
			checked++
		}
	}
	if checked < 20000 {
		t.Fatalf("only %d texts checked", checked)
	}
}
