package lint

// A person told by the work they do, without an article before it:
// "someone on payments", "somebody in logistics", "a colleague in
// finance", before the person's verb.

// bareGroupAfter returns the token after a bare group of one or two lower
// case words that starts at token j, after "on", "in" or "from", when a
// verb in the past or present tense follows it ("someone on payments
// turned off …"), or 0.
func (s *langScan) bareGroupAfter(j int) int {
	for n := j; n < j+2 && n+1 < len(s.toks); n++ {
		t := &s.toks[n]
		if t.kind != langWord || t.capital || t.poss || s.in(n, s.c.g.det) || s.in(n, s.c.g.npEnd) || s.in(n, s.c.g.modifierEnd) || s.in(n, s.c.g.finite) || s.isPast(n) || s.in(n, s.c.g.timeUnit) {
			return 0
		}
		if v := n + 1; s.isPast(v) || s.in(v, s.c.g.presentTense) {
			return v
		}
	}
	return 0
}
