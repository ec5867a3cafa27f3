package lint

// otherRate reads a price of another class told as what the people
// served were charged, paid or billed after the act at token v, its noun
// at token j: "charged campervans the lorry rate", "paid the adult
// price", "were billed at the next day's higher rate", "charged the
// young-driver surcharge to renters in their fifties". A class word or a
// name comes between the article and the noun; a price told as the one
// that was due ("the right rate", "the agreed fee", "the new price"), a
// bare "the price", or a price refunded or corrected is none.
func (s *langScan) otherRate(cs *langCauseSets, v, j int) bool {
	det := -1
	for k := j - 1; k > v && k >= j-5; k-- {
		if s.toks[k].brk {
			return false
		}
		if s.in(k, cs.rateFine) {
			return false
		}
		if w := s.word(k); w == "the" || w == "a" || w == "full" {
			det = k
			break
		}
	}
	if det < 0 || det == j-1 && s.word(det) != "full" {
		return false // "the price": which one is not told
	}
	for k := det - 1; k > v && k >= det-8; k-- {
		switch {
		case s.in(k, cs.charge):
			return !s.in(k-1, cs.neg) && !s.negatedClause(cs, k)
		case s.in(k, cs.remedy) || s.in(k, cs.repair) || s.in(k, cs.help) || s.toks[k].stop:
			return false // "refunded every yacht charged the superyacht rate"
		}
	}
	return false
}
