package lint

// keptWaiting reads, at token j after a person's act at token v, a new
// clause whose subject waited, queued, stood or sat for a time: "and
// two school groups stood in the sun for an hour", "; customers in Cali
// waited eight days", "so families sat on the quay for five hours", "and
// 1,800 nurses waited until Tuesday". The subject opens after "and",
// "so", a comma, a semicolon, a dash or an arrow and is no person; the
// time comes within eight words. Not the waiting a relative clause tells
// of those a remedy served ("the orders that had waited for an hour"),
// nor a clause without a time ("and we waited").
func (s *langScan) keptWaiting(cs *langCauseSets, v, j int) bool {
	switch s.word(j - 1) {
	case "that", "who", "which", "had", "have", "has", "already", "still":
		return false
	}
	sep := -1
	for k := j - 1; k > v && k >= j-8; k-- {
		w := s.word(k)
		if w == "and" || w == "so" || w == "," || w == ";" || w == "—" || w == "–" || w == "→" {
			sep = k
			break
		}
		if s.isPast(k) || s.in(k, s.c.g.aux) {
			return false
		}
	}
	if sep < 0 || sep+1 >= j {
		return false
	}
	n := sep + 1
	if w := s.word(n); w == "and" || w == "so" {
		n++
	}
	for k := n; k < j; k++ {
		if s.toks[k].id == cs.no || s.in(k, cs.neg) || s.in(k, s.c.g.nobody) || s.word(k) == "none" {
			return false // "and no order waited longer than 90 seconds"
		}
	}
	if n >= j || s.in(n, s.c.g.pronoun) && s.word(n) != "they" {
		return false // "and we waited for the ack": the writers' own wait
	}
	if _, ok := s.personAt(n); ok && s.word(n) != "they" {
		return false
	}
	for k := j + 1; k < j+9 && k < len(s.toks) && !s.toks[k].stop; k++ {
		if s.in(k, s.c.g.timeUnit) || s.word(k) == "until" || s.word(k) == "all" && s.in(k+1, s.c.g.timeUnit) {
			return true
		}
	}
	return false
}
