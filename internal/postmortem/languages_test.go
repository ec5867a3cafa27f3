package postmortem

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// languageLayouts are the samples of testdata/layouts-languages: the
// incident of testdata/layouts, written by a team in each language the
// vocabulary holds, half with tables and half with bullets.
func languageLayouts(t testing.TB) map[string][]byte {
	return markdownFiles(t, "../../testdata/layouts-languages", 15)
}

// Every field of the default template, the timeline's times, and an open
// and a done action with owner and due date are read in each language.
func TestLanguageLayouts(t *testing.T) {
	for name, src := range languageLayouts(t) {
		t.Run(name, func(t *testing.T) {
			d := mustParse(t, src)
			for _, msg := range languageMisreadings(d) {
				t.Error(msg)
			}
		})
	}
}

func languageMisreadings(d *Document) []string {
	var out []string
	if d.Title == "" {
		out = append(out, "no title")
	}
	for key, want := range map[string]string{FieldContact: "mara-l", FieldCreatedBy: "tobi-k", FieldFacilitatedBy: "ines-v", FieldSeverity: "SEV2"} {
		if f, ok := d.Field(key); !ok || !strings.Contains(f.Value, want) {
			out = append(out, fmt.Sprintf("%s: got %q (found %v), want %q", key, f.Value, ok, want))
		}
	}
	if f, ok := d.Field(FieldDate); !ok {
		out = append(out, "no date")
	} else if day, ok := ParseDate(f.Value); !ok || !day.Equal(time.Date(2026, 9, 16, 0, 0, 0, 0, time.UTC)) {
		out = append(out, fmt.Sprintf("date %q: read %v (%v), want 2026-09-16", f.Value, day, ok))
	}
	for key, want := range incidentTimes {
		if got, ok := d.Time(key); !ok || got.Err != nil || !got.Time.Equal(want) || !got.HasZone {
			out = append(out, fmt.Sprintf("%s: got %v (%v, zone %v), want %v", key, got.Time, got.Err, got.HasZone, want))
		}
	}
	if _, ok := d.Section("what_happened"); !ok && len(d.Events) < 3 {
		out = append(out, fmt.Sprintf("what happened: no section and %d timeline entries", len(d.Events)))
	}
	for _, key := range []string{"short_summary", "impact", "root_cause", "remediation"} {
		if s, ok := d.Section(key); !ok || s.Empty {
			out = append(out, fmt.Sprintf("section %s: found %v, empty %v", key, ok, s.Empty))
		}
	}
	var times []string
	for _, e := range d.Events {
		if e.HasZone && e.Time.Year() == 2026 {
			times = append(times, e.Time.UTC().Format("15:04"))
		}
	}
	if got := strings.Join(times, " "); !strings.Contains(got, "09:12 09:20 10:05") {
		out = append(out, fmt.Sprintf("timeline entries at %q, want 09:12 09:20 10:05", got))
	}
	if len(d.Actions) != 2 || len(d.Steps) != 0 {
		return append(out, fmt.Sprintf("got %d actions and %d steps, want two actions", len(d.Actions), len(d.Steps)))
	}
	for i, want := range []struct {
		owner, due string
		status     Status
	}{{"tobi-k", "2026-10-15", Open}, {"mara-l", "2026-09-30", Done}} {
		a := d.Actions[i]
		if a.Owner != want.owner || a.Due.Format(time.DateOnly) != want.due || a.Status != want.status || a.Title == "" || strings.Contains(a.Title, "@") {
			out = append(out, fmt.Sprintf("action %d: got %+v, want owner %s, due %s, %v", i+1, actionFacts(a), want.owner, want.due, want.status))
		}
	}
	if a := d.Actions[0]; a.Priority != "P1" {
		out = append(out, fmt.Sprintf("action 1: priority %q, want P1", a.Priority))
	}
	return out
}

// The plain reading of the vocabulary files is a YAML library's.
func TestVocabularyFilesAreYAML(t *testing.T) {
	entries, err := vocabularyFiles.ReadDir("vocabulary")
	if err != nil || len(entries) < 15 {
		t.Fatalf("%d files, %v", len(entries), err)
	}
	for _, e := range entries {
		b, _ := vocabularyFiles.ReadFile("vocabulary/" + e.Name())
		var want map[string]map[string][]string
		if err := yaml.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		got := parseVocabulary(string(b))
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: read\n%v\nwant\n%v", e.Name(), got, want)
		}
		for class, keys := range got {
			for key := range keys {
				if !knownVocabularyKey(class, key) {
					t.Errorf("%s: %s: unknown key %q", e.Name(), class, key)
				}
			}
		}
	}
}

func knownVocabularyKey(class, key string) bool {
	switch class {
	case "sections":
		_, ok := localPhraseRank[key]
		return ok
	case "fields":
		return fieldSynonymKeys[key]
	case "columns":
		return key == colAction || key == colOwner || key == colDue || key == colStatus || key == colPriority
	case "states":
		return key == "done" || key == "open" || key == "not_planned" || key == "none"
	case "months":
		return atoi(key) >= 1 && atoi(key) <= 12
	case "periods":
		return key == "month_end" || key == "quarter_end"
	case "clock":
		return clockWordKeys[key]
	case "lengths":
		return key == "span" || key == "minutes" || key == "hours"
	case "zones":
		_, err := time.LoadLocation(key)
		return err == nil
	}
	return false
}

// clockWordKeys are the keys of the vocabulary's clock class.
var clockWordKeys = map[string]bool{"at": true, "hour": true, "minute": true, "am": true, "pm": true, "am_before": true, "pm_before": true, "noon": true, "midnight": true}

var fieldSynonymKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range FieldKeys {
		m[k] = true
	}
	return m
}()

// A word given to two meanings in one class would read by chance; and
// the words of other languages must not make English labels and prose
// read otherwise.
func TestVocabularyHasNoCollisions(t *testing.T) {
	months := map[string]string{}
	for k, words := range languageWords["months"] {
		for _, w := range words {
			w = strings.ToLower(w)
			if other, ok := months[w]; ok && other != k {
				t.Errorf("month %q is %s and %s", w, other, k)
			}
			months[w] = k
		}
	}
	for _, class := range []string{"fields", "states"} {
		seen := map[string]string{}
		for k, words := range languageWords[class] {
			for _, w := range words {
				n := normalize(w)
				if other, ok := seen[n]; ok && other != k {
					t.Errorf("%s: %q is %s and %s", class, w, other, k)
				}
				seen[n] = k
			}
		}
	}
	for _, label := range []string{"Data", "Fine", "Context", "Note", "Action", "Description", "Background", "Summary of data", "Moderation", "Handling"} {
		if k := fieldKey(label); k != "" {
			t.Errorf("English label %q reads as the field %s", label, k)
		}
	}
	for _, heading := range []string{"Data", "Context", "Background reading", "Fine print", "About this note", "Release notes", "Ways to lessen outages"} {
		p := &parser{sections: sectionKeys(Options{})}
		if k := p.headingKey(heading); k != "" && k != "description" {
			t.Errorf("English heading %q reads as %s", heading, k)
		}
	}
}

// Headings in other languages: a phrase of one as whole words, or
// anywhere in a heading written without spaces; the longer phrase
// decides, so a record of what was done is no action list.
func TestLocalHeadingKeys(t *testing.T) {
	p := &parser{sections: sectionKeys(Options{})}
	for heading, want := range map[string]string{
		"Zusammenfassung":                 "short_summary",
		"3. Maßnahmen":                    "remediation",
		"MASSNAHMEN":                      "remediation",
		"Durchgeführte Maßnahmen":         SectionRecord,
		"Sofortmaßnahmen (erledigt)":      SectionRecord,
		"Acciones realizadas":             SectionRecord,
		"Lecciones aprendidas":            SectionLessons,
		"障害の概要":                           "short_summary",
		"実施済みの対策":                         SectionRecord,
		"今後の再発防止策":                        "remediation",
		"影響範囲：":                           "impact",
		"根本原因分析":                          "root_cause",
		"장애 요약":                           "short_summary",
		"Eylem planı":                     "remediation",
		"EYLEM PLANI":                     "remediation",
		"Que s'est-il passé ?":            "what_happened",
		"Tidslinje":                       "timeline",
		"Przyczyna źródłowa":              "root_cause",
		"Cause racine":                    "root_cause",
		"Causa raiz":                      "root_cause",
		"Ac\u0327o\u0303es corretivas":    "remediation", // decomposed, as macOS saves it
		"Lessons learned":                 SectionLessons,
		"Actions taken during the outage": SectionRecord,
	} {
		if got := p.headingKey(heading); got != want {
			t.Errorf("%q: got %q, want %q", heading, got, want)
		}
	}
	// A team's own names for a section replace the defaults, foreign ones too.
	p = &parser{opt: Options{Sections: map[string][]string{"remediation": {"Aufgaben"}}}}
	p.sections = sectionKeys(p.opt)
	if got := p.headingKey("Maßnahmen"); got != "" {
		t.Errorf("configured remediation: Maßnahmen read as %q", got)
	}
	if got := p.headingKey("Aufgaben"); got != "remediation" {
		t.Errorf("configured remediation: Aufgaben read as %q", got)
	}
}

// Dates and times in other languages' forms.
func TestLocalDates(t *testing.T) {
	for s, want := range map[string]string{
		"5. März 2026":             "2026-03-05",
		"5 de marzo de 2026":       "2026-03-05",
		"5 de março de 2026":       "2026-03-05",
		"le 5 mars 2026":           "2026-03-05",
		"1er mars 2026":            "2026-03-01",
		"Donnerstag, 5. März 2026": "2026-03-05",
		"5 marca 2026":             "2026-03-05",
		"5 Mart 2026":              "2026-03-05",
		"5 maart 2026":             "2026-03-05",
		"5 marzo 2026":             "2026-03-05",
		"5. maaliskuuta 2026":      "2026-03-05",
		"den 5 mars 2026":          "2026-03-05",
		"5. marts 2026":            "2026-03-05",
		"2026年3月5日":                "2026-03-05",
		"2026年3月5日（木）":             "2026-03-05",
		"2026년 3월 5일":              "2026-03-05",
		"5 Ağustos 2026":           "2026-08-05",
		"30. februar 2026":         "",
		"5 Marzipan 2026":          "",
		"2026年13月5日":               "",
	} {
		got, ok := ParseDate(s)
		if want == "" {
			if ok {
				t.Errorf("%q: read %v, want no date", s, got)
			}
			continue
		}
		if !ok || got.Format(time.DateOnly) != want {
			t.Errorf("%q: got %v (%v), want %s", s, got, ok, want)
		}
	}
	for s, want := range map[string]string{
		"5. März 2026, 14:02 UTC":      "2026-03-05 14:02",
		"5 de marzo de 2026 14:02 UTC": "2026-03-05 14:02",
		"2026年3月5日 14:02 UTC":          "2026-03-05 14:02",
		"2026년 3월 5일 14:02 UTC":        "2026-03-05 14:02",
	} {
		pt, err := ParseTime(s, time.Time{})
		if err != nil || !pt.HasZone || pt.Time.UTC().Format("2006-01-02 15:04") != want {
			t.Errorf("%q: got %v (%v), want %s UTC", s, pt.Time, err, want)
		}
	}
}

// Labels compare as the same words however they are typed: capitals,
// accents composed or not, a full-width colon, Turkish dotless i.
func TestLocalLabelsNormalised(t *testing.T) {
	for label, want := range map[string]string{
		"SCHWEREGRAD":            FieldSeverity,
		"**Gravité :**":          FieldSeverity,
		"Gravite\u0301":          FieldSeverity,
		"担当者：":                   FieldContact,
		"重大度":                    FieldSeverity,
		"ÖNEM DERECESİ":          FieldSeverity,
		"Başlangıç":              FieldStart,
		"BAŞLANGIÇ":              FieldStart,
		"Erkannt":                FieldDetect,
		"Ende":                   FieldEnd,
		"Schweregrad / Severity": FieldSeverity,
	} {
		if got := fieldKey(label); got != want {
			t.Errorf("%q: got %q, want %q", label, got, want)
		}
	}
	for state, want := range map[string]Status{"Erledigt": Done, "対応済み": Done, "wird nicht umgesetzt": NotPlanned, "en cours": Open, "Tamamlandı": Done, "TAMAMLANDI": Done, "완료": Done} {
		if got := parseStatus(state); got != want {
			t.Errorf("status %q: got %v, want %v", state, got, want)
		}
	}
}

// The states trackers in other languages show for finished work, and
// the headings teams give a record of what they already did.
func TestLocalDoneWordsOfTrackers(t *testing.T) {
	for state, want := range map[string]Status{
		"Afgehandeld": Done, "Geïmplementeerd": Done, "Wdrożone": Done, "Zakończony": Done,
		"Uygulandı": Done, "対応完了": Done, "修正済み": Done, "Implementato": Done,
		"Desplegado": Done, "Implantado": Done, "Déployé": Done, "Ausgerollt": Done,
		"完了（11/20）": Done, "済【PR #12】": Done, "対応中（来週）": Open,
	} {
		if got := parseStatus(state); got != want {
			t.Errorf("status %q: got %v, want %v", state, got, want)
		}
	}
	p := &parser{sections: sectionKeys(Options{})}
	for _, heading := range []string{"Genomen acties", "Działania doraźne", "Yapılanlar", "対応内容", "Interventi effettuati", "Acciones ejecutadas", "Getroffene Maßnahmen"} {
		if got := p.headingKey(heading); got != SectionRecord {
			t.Errorf("%q: got %q, want a record", heading, got)
		}
	}
}

// TestYearWordDate: a date written year first with a word joined to or
// after the year, then the month's name and the day, as Lithuanian and
// Basque write it.
func TestYearWordDate(t *testing.T) {
	for _, s := range []string{"2026 m. lapkričio 24 d.", "2026ko azaroaren 24a"} {
		y, mo, d, n := localDate(s)
		if y != 2026 || mo != time.November || d != 24 || n != len(s) {
			t.Errorf("%q: %d-%d-%d (%d bytes)", s, y, mo, d, n)
		}
	}
	if _, _, _, n := localDate("2026 lapkričio 24"); n != 0 {
		t.Errorf("a year with no word after it read as this date")
	}
}

// TestNobodyInNewLanguages: the owner's word for nobody yet in the
// languages added with this vocabulary leaves the action unowned.
func TestNobodyInNewLanguages(t *testing.T) {
	for _, s := range []string{"niekas nepaskirtas", "enginn", "neb eto", "hakuna", "niko nije dodeljen", "wala pa", "inor ez", "nav piešķirts", "niemand nie"} {
		if !nobodyOwner(s) {
			t.Errorf("%q is not read as nobody", s)
		}
	}
}
