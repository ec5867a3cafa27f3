package lint

import "testing"

// roleNearSentences hold roles at every reach roleAt reads them ("one of
// the" and three words before the role word), roles that are no people,
// and role words just past the reach.
var roleNearSentences = []string{
	"One of the on-call engineers restarted the primary during the window.",
	"One of our new night shift leads paused the queue.",
	"The platform team's lead approved the change, and our DBA ran it.",
	"Our very tired first-line support agent closed the ticket.",
	"The Kubernetes operator rescheduled the pods onto the spare nodes.",
	"A supplier changed its file names, and the import stopped.",
	"The lab's new hire deleted the bucket.",
	"Someone from the helpdesk agent rota and the store-ops rota were paged.",
	"Engineers on the payments desk rolled back the release.",
	"The graph of queue depth and error rate by engineer showed a spike.",
	"We saw the disk fill, then the replica lag, then one engineer noticed.",
	"Ops paged Siobhan's team, and his manager joined the bridge.",
	"One of our heads of retail analytics paused the export; the head of the queue stayed.",
}

// TestRoleNearKeepsRoles checks roleAt, which reads no role where no role
// or crew word lies within langRoleReach tokens, against readRole, which
// reads every token: at every token of the sentences, both read the same.
func TestRoleNearKeepsRoles(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	found := 0
	for _, text := range roleNearSentences {
		s := new(langScan)
		s.start(c, text, langPeople{})
		if !s.mayRole() {
			t.Fatalf("%q: no role word in the text", text)
		}
		for k := range s.toks {
			end, ok := s.roleAt(k)
			wantEnd, wantOK := s.readRole(k)
			if ok != wantOK || ok && end != wantEnd {
				t.Errorf("%q at %q: roleAt = %d, %v; readRole = %d, %v", text, s.word(k), end, ok, wantEnd, wantOK)
			}
			if wantOK {
				found++
			}
		}
	}
	if found < len(roleNearSentences) {
		t.Errorf("readRole read %d roles in %d sentences: the sentences test too little", found, len(roleNearSentences))
	}
}
