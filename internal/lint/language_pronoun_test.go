package lint

import (
	"slices"
	"testing"
)

// The first word of a sentence followed by "He …" or "She …" is taken
// for the person the pronoun names, unless it is an article, a
// demonstrative or a pronoun: "The page escalates. He woke …" names
// nobody called "The", who would otherwise be a person in every
// sentence of the document.
func TestPronounPeopleSkipsOpeners(t *testing.T) {
	var got []string
	add := func(w string) { got = append(got, w) }
	pronounPeople("Sipho was paged at 02:10. He woke at 02:35. The page escalates. He acknowledged it. This alert repeats. She muted it.", add)
	if !slices.Equal(got, []string{"Sipho"}) {
		t.Errorf("people %q, want only Sipho", got)
	}
}

// In a document, the on-call's slowness told with "The SRE on call …"
// before "He …" is read as it is alone.
func TestOpenerBeforePronounKeepsTheFinding(t *testing.T) {
	src := "# Halt\n\n## What happened\n\nThe SRE on call took 25 minutes to acknowledge the halt page, which is most of why the four markets stayed down as long as they did. He was asleep.\n"
	if fs := lintText(t, DefaultOptions(), src); !has(fs, "language/person-cause", 5) {
		t.Errorf("want the person-cause finding on line 5: %s", describe(fs))
	}
}
