package lint

// The people a service serves, wronged by a person's act: told in the
// clause after an opener that names the act ("After Tomás's deploy, 412
// donors saw no free slots"), or as the object of the act ("sent 900
// customers someone else's statement").

// openerDamage reads the damage told after token j, the comma that
// closes an opener naming a person's act or work: the damage damageAfter
// reads, or, since the opener ties the clause to the act, what the
// clause tells the people served got that was not theirs or not what was
// due ("2,140 employees took home forty dollars less", "3,000 donors had
// each other's phone numbers", "the rows were sold as regular seats"),
// or found missing where they went ("nineteen families flew in to find
// no car waiting").
func (s *langScan) openerDamage(cs *langCauseSets, j int) (int, bool) {
	if end, ok := s.damageAfter(cs, j); ok || end > 0 {
		return end, ok
	}
	return s.wrongedAfter(cs, j, -1)
}

// wrongedAfter reads what was wrong for the people served in the tokens
// after j up to the end of the sentence, or of the clause when limit is
// not -1 and the clause ends before it; the people served are already
// known to be those wronged when limit is not -1. A remedy clears it.
func (s *langScan) wrongedAfter(cs *langCauseSets, j, limit int) (int, bool) {
	served := limit >= 0
	for k := j + 1; k < len(s.toks) && !s.toks[k].stop && (limit < 0 || k < limit && !s.toks[k].brk || s.countPart(k)); k++ {
		if s.in(k, cs.remedy) || s.in(k, cs.repair) || s.in(k, cs.recovery) {
			return 0, false
		}
		if s.servedWrong(cs, j, k) {
			return k + 1, true
		}
		if limit >= 0 {
			continue
		}
		if end, ok := s.wrongedObject(cs, k); ok {
			return end, true // "the keypads turned away 61 tenants"
		}
		if !served && s.in(k, cs.served) && s.servedActs(cs, k) {
			served = true
			continue
		}
		if served && s.harmlessLack(cs, k) {
			return 0, false // "donors saw no errors"
		}
		if served && (s.lackAt(cs, k) || s.in(k, cs.servedLoss)) {
			return k + 1, true
		}
	}
	return 0, false
}

// lackAt reports at token k what the people served found missing:
// "saw no free slots", "walked to an agent who had no cash", "found
// nobody there"; not "saw no errors" nor "no longer heard".
func (s *langScan) lackAt(cs *langCauseSets, k int) bool {
	t := &s.toks[k]
	if t.id != cs.no && !s.in(k, s.c.g.nobody) && s.word(k) != "nothing" {
		return false
	}
	return !s.harmlessLack(cs, k) && !s.noLonger(cs, k)
}

// wrongedObject reads the people served as the object of the act at
// token v that hands them something, and what they got that was not
// theirs or not what was due ("sent 900 customers someone else's rental
// agreement", "paid every driver one cent less per trip"), not what
// helps ("sent 900 customers a corrected copy"); or as the object of an
// act that wrongs them by itself ("woke 11,000 donors at 3 a.m.", "turned
// away 61 tenants").
func (s *langScan) wrongedObject(cs *langCauseSets, v int) (int, bool) {
	harm := s.in(v, cs.servedHarmVerb)
	if s.word(v+1) == "away" && s.in(v, cs.sendAway) {
		harm, v = true, v+1 // "turned away 61 tenants"
	}
	if !harm && !s.in(v, cs.serveVerb) {
		return 0, false
	}
	for m := v + 1; m <= v+6 && m < len(s.toks); m++ {
		if s.toks[m].brk && !s.countPart(m) || s.in(m, s.c.g.npEnd) {
			return 0, false // "sent the report to customers": not the people as the object
		}
		if !s.servedNoun(cs, m) {
			continue
		}
		if harm {
			return m + 1, true
		}
		return s.wrongedAfter(cs, m, m+12)
	}
	return 0, false
}

// servedNoun reports the people served at token m, or one of them after
// "every" or "each": "every employee", "each tenant".
func (s *langScan) servedNoun(cs *langCauseSets, m int) bool {
	if s.in(m, cs.served) {
		return true
	}
	if w := s.word(m - 1); w != "every" && w != "each" {
		return false
	}
	id := s.c.voc.id(s.word(m) + "s")
	return id != 0 && cs.served.has(id)
}
