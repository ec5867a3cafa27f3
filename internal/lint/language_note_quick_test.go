package lint

import "testing"

// TestNoteNameQuickTest holds mayOpenNote, the quick test mayStartPerson
// asks before knownNote and noteName, to them: at every token of every
// text, with and without people the document knows, where it says no
// neither of them reads a note's name.
func TestNoteNameQuickTest(t *testing.T) {
	people := map[string]bool{"zorvan": true, "ravi": true, "dana": true}
	texts := append(quickTexts(t), "10:02 zorvan drops the index. 10:05 ravi restarts it", "ingrid pushes danger-level config 06:10",
		"14:20 tomasz reruns the allocation job", "at 14:20 tomasz reruns it; 9 ravi restarts", "then zorvan drops the index at 10:02")
	checked := 0
	scanTexts(t, texts, []map[string]bool{nil, people}, func(s *langScan, text string) {
		for i := range s.toks {
			if s.mayOpenNote(i) {
				continue
			}
			checked++
			if s.knownNote(i) || s.noteName(i) {
				t.Fatalf("%q at token %d: the quick test says no note's name, knownNote %v, noteName %v", text, i, s.knownNote(i), s.noteName(i))
			}
		}
	})
	if checked == 0 {
		t.Fatal("the quick test turned no token away")
	}
}
