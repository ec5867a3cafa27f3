package postmortem

import "testing"

// A list of entries whose stamps are set in bold with the word for "at"
// before a dotted clock ("**kl. 14.05** – …") is a timeline, its moments
// marked in italics at the entries' ends.
func TestBoldClockAfterAtWordOpensEntry(t *testing.T) {
	const src = "# Driftsforstyrrelse\n\n**Dato:** 2026-05-12\n**Tidszone:** UTC\n\n## Forløb\n\n" +
		"- **kl. 06.10** – betalingen fejler for alle kort *(start)*\n- **kl. 06.34** – kundeservice ringer til vagten *(opdaget)*\n" +
		"- **kl. 07.02** – ny version rulles tilbage\n- **kl. 07.15** – betalingen virker igen *(slut)*\n"
	checkUTC(t, mustParse(t, []byte(src)), map[string]string{FieldStart: "2026-05-12T06:10Z", FieldDetect: "2026-05-12T06:34Z", FieldEnd: "2026-05-12T07:15Z"})
}

// Without the bold, "kl. 14.05" opening an item is left to prose.
func TestItemClockSpanNeedsEmphasis(t *testing.T) {
	src := []byte("kl. 06.10 ringte kunden")
	if itemClockSpan(src, Span{0, len(src)}).Valid() {
		t.Fatal("a bare at-word and clock read as a stamp")
	}
	src = []byte("**kl. 06.10** – kunden ringer")
	if st := itemClockSpan(src, Span{0, len(src)}); !st.Valid() || string(src[st.Start:st.End]) != "06.10" {
		t.Fatalf("stamp %v", st)
	}
}
