package postmortem

import (
	"math/rand"
	"testing"
)

// quickKeyedValue must give the span the keyed patterns would, whenever
// it answers.
func TestQuickKeyedValueAgreesWithPatterns(t *testing.T) {
	cases := []string{
		"owner: @dana", "Owner = bob-l", "owners:alice", "assignee :  @x_y.z", "who: Kenji", "dri: @a",
		"assigned to: @dana", "owner: @dana Smith", "owner: dana,", "owner: @", "owner:", "owner: ñandu",
		"due: 2026-12-10", "Due: 2026/1/2", "due date: 2026-12-10", "eta=2026-12-100", "by: 2026-12", "deadline: tbd",
		"priority: P1", "prio: p4", "pri = P5", "priority: high", "target: 2026-12-1", "due : \t2026-12-10",
	}
	rnd := rand.New(rand.NewSource(2))
	keys := []string{"owner", "Owners", "who", "due", "ETA", "by", "priority", "pri", "target", "assigned"}
	vals := []string{"@dana", "dana", "2026-12-10", "2026/1/2", "P3", "p9", "<tbd>", "x y", "@a-b.c_d", "12-2026-1", "@ab[bot]"}
	seps := []string{":", " : ", "=", " ", ":\t", ": \n"}
	for range 3000 {
		cases = append(cases, keys[rnd.Intn(len(keys))]+seps[rnd.Intn(len(seps))]+vals[rnd.Intn(len(vals))])
	}
	answered := 0
	for _, s := range cases {
		at, ok := quickKeyedValue(s)
		if !ok {
			continue
		}
		answered++
		f, found := candidate(s)
		if !found {
			t.Fatalf("quickKeyedValue(%q) answered for a part with no candidate", s)
		}
		m := f.re.FindStringSubmatchIndex(s)
		if m == nil || m[2] != at || m[3] != len(s) {
			t.Errorf("quickKeyedValue(%q) = %d, pattern gives %v", s, at, m)
		}
	}
	if answered < 100 {
		t.Errorf("quickKeyedValue answered only %d times", answered)
	}
}
