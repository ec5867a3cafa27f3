package postmortem

import (
	"strings"
	"testing"
	"time"
)

// plainTime must read every time it takes as ParseTime's full reading
// does, to the zone's pointer, over generated times, random texts of
// the bytes times are written in, and the times the repository's
// documents write (their cells and every run of up to four words).
func TestPlainTimeReadsAsInFull(t *testing.T) {
	texts := append(generatedTimes(), timeWindows(repoDocLines(t))...)
	texts = append(texts, randomTexts(7, 50000, 24, "0123456789::-- TUCESPZAMGKx")...)
	bases := []time.Time{{}, time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 23, 30, 0, 0, time.FixedZone("", 9*3600))}
	read := 0
	for _, s := range texts {
		for _, base := range bases {
			pt, ok := plainTime(s, base)
			if !ok {
				continue
			}
			read++
			if want, err := parseTimeInFull(s, base); err != nil || pt != want {
				t.Fatalf("plainTime(%q, %v) = %+v, the full reading gives %+v, %v", s, base, pt, want, err)
			}
		}
	}
	if read < raceScaled(5000) {
		t.Fatalf("plainTime read only %d times", read)
	}
}

// TestPlainTimeTakesTheCommonForms: the forms a timeline writes most
// are read quickly, and those it cannot vouch for are left to the full
// reading.
func TestPlainTimeTakesTheCommonForms(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"2026-11-02 14:02 UTC", "14:02 UTC", "14:02", "9:05:30 CEST", "2024-02-29 00:00"} {
		if _, ok := plainTime(s, base); !ok {
			t.Errorf("plainTime(%q) declined", s)
		}
	}
	for _, s := range []string{"14:02 Z", "14:02 MST", "2:02 PM", "14:02 PT", "2026-02-30 14:02", "14:02 UTC ", "24:00", "14:02:30.5", "14:02 utc"} {
		if _, ok := plainTime(s, base); ok {
			t.Errorf("plainTime(%q) read it", s)
		}
	}
	if _, ok := plainTime("14:02 UTC", time.Time{}); ok {
		t.Error("plainTime read a clock alone without a date to read it against")
	}
}

// generatedTimes joins dates, clocks and zones, well and badly formed.
func generatedTimes() []string {
	dates := []string{"", "2026-11-02 ", "2024-02-29 ", "2100-02-29 ", "2000-02-29 ", "2026-02-30 ", "0000-01-01 ", "9999-12-31 ",
		"2026-13-01 ", "2026-00-10 ", "2026-11-00 ", "2026-11-31 ", "2026-1-02 ", "2026-11-02T", "2026-11-02  ", "2026/11/02 ", "2026-11-02"}
	clocks := []string{"14:02", "9:05", "09:05", "0:00", "23:59", "24:00", "23:60", "14:02:60", "14:02:61", "14:02:5", "1:2", "014:02",
		"14:02.5", "14:02:30.123", "14.02", "2", "14:0"}
	zones := []string{"", " UTC", " CEST", " Z", " PM", " pm", " AM", " MST", " HST", " utc", " PT", " ET", " EST", " XYZ", " UTC+2", "xUTC", "-CEST", "/GMT",
		"  UTC", " UTC ", " America/New_York", " on 2026-11-03", " hrs", " H", ", UTC", " (UTC)", "UTC"}
	for z := range abbreviations {
		zones = append(zones, " "+z, " "+strings.ToLower(z))
	}
	var texts []string
	for _, d := range dates {
		for _, c := range clocks {
			for _, z := range zones {
				texts = append(texts, d+c+z)
			}
		}
	}
	return texts
}

// timeWindows returns the cells of lines and every run of up to four
// words in them.
func timeWindows(lines []string) []string {
	var texts []string
	for _, line := range lines {
		for _, cell := range strings.Split(line, "|") {
			texts = append(texts, strings.TrimSpace(cell))
			words := strings.Fields(cell)
			for i := range words {
				for n := 1; n <= 4 && i+n <= len(words); n++ {
					texts = append(texts, strings.Join(words[i:i+n], " "))
				}
			}
		}
	}
	return texts
}

// Every zone read by its abbreviation in capitals is the one made for
// the abbreviation, as one written otherwise reads ("cest"), and readZone
// gives it.
func TestCapitalZonesAsReadZone(t *testing.T) {
	if len(capitalZones()) != len(abbreviations)-1 {
		t.Errorf("%d zones in capitals, want every abbreviation's but Z's", len(capitalZones()))
	}
	for name, loc := range capitalZones() {
		off, _ := abbreviationOffset(name)
		lower, _, _ := abbreviationZone(strings.ToLower(name))
		if want := namedZone(name, off); loc != want || lower != want {
			t.Errorf("zone %s: %v in capitals, %v in small letters, want %v", name, loc, lower, want)
		}
		if got, ok, err := readZone(name); err != nil || !ok || got != loc {
			t.Errorf("zone %s: readZone gives %v, %v, %v; plainTime %v", name, got, ok, err, loc)
		}
	}
}

// trimApprox with the test of the first byte drops what it drops without.
func TestTrimApproxQuickTest(t *testing.T) {
	texts := quickTexts(23, 20000, timeWindows(repoDocLines(t)), "~", "≈", "approximately ", "Approx. ", "APPROX ", "around ",
		"about ", "circa ", "ca. ", "At ", "at", "a", "c", "ſ", "K", " ", "14:02", "UTC", "2026-11-02", "x", "é")
	for _, s := range texts {
		if got, want := trimApprox(s), trimApproxLeads(s); got != want {
			t.Errorf("trimApprox(%q) = %q, without the quick test %q", s, got, want)
		}
	}
}

// readDay with plainDate's quick reading reads every date as without
// it, over generated dates, random texts and the repository's words.
func TestPlainDateReadsAsInFull(t *testing.T) {
	texts := append(timeWindows(repoDocLines(t)), randomTexts(29, 50000, 12, "0123456789--/ x")...)
	for _, d := range generatedTimes() {
		texts = append(texts, d, strings.TrimSpace(d[:min(len(d), 10)]))
	}
	read := 0
	for _, s := range texts {
		if _, _, _, ok := plainDate(s); !ok {
			continue
		}
		read++
		got, gotAmbiguous, gotOK := readDay(s)
		want, ambiguous, ok := readDayInFull(s)
		if got != want || gotAmbiguous != ambiguous || gotOK != ok {
			t.Fatalf("readDay(%q) = %v %v %v, without plainDate %v %v %v", s, got, gotAmbiguous, gotOK, want, ambiguous, ok)
		}
	}
	if read < raceScaled(500) {
		t.Fatalf("plainDate read only %d dates", read)
	}
}
