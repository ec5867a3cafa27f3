package lint

import "strings"

// A person's work told as the heading of a tally of what it cost, with no
// verb of damage: "Kofi's import: 2,870 duplicate records, 1.2 million
// counted twice", "After Ana's setpoint change: 3 trips, 41 minutes",
// "Courtesy of Ana's price edit, 218 cars at 0.00". The numbers are the
// damage; a remedy, a plan or a finding named as the work, or a word of
// help or intent in the tally, is a report of work done, not a cause.

// langTallyItems is how many counts a tally holds at least.
const langTallyItems = 2

// workTallies reads each sentence that opens with a person's work, or an
// opener of it ("after", "following", "courtesy of"), and a colon, a dash
// or, after an opener, a comma, then a tally.
func (s *langScan) workTallies(lc *langCheck) {
	if !s.present.has(lc.cause.told.colon) && !s.present.has(lc.cause.told.dash) && !s.present.has(lc.cause.told.enDash) && !s.present.has(lc.cause.told.comma) {
		return
	}
	for i := range s.toks {
		if !s.toks[i].sentStart {
			continue
		}
		if last, ok := s.workTally(lc.cause, i); ok && !s.intended(lc.cause, i, -1) && !s.foundWithin(i, last) {
			s.add(lc, i, last, -1)
		}
	}
}

// workTally reads the heading of a tally at token i and returns the end
// of the finding: the person's work.
func (s *langScan) workTally(cs *langCauseSets, i int) (int, bool) {
	k, opener := i, false
	switch s.word(i) {
	case "after", "following":
		k, opener = i+1, true
	case "courtesy", "because":
		if s.word(i+1) != "of" {
			return 0, false
		}
		k, opener = i+2, true
	}
	if k >= len(s.toks) || !s.toks[k].poss && !s.toks[k].mayPerson {
		return 0, false
	}
	end, ok := s.personMatch(bPersons, k)
	if !ok {
		return 0, false
	}
	j := end
	for ; j < end+3 && j < len(s.toks) && s.toks[j].kind == langWord; j++ {
		if s.in(j, s.c.g.npEnd) || s.in(j, s.c.g.det) || s.in(j, cs.remedy) || s.in(j, cs.repair) || s.in(j, cs.help) || s.in(j, cs.benign) || s.in(j, cs.told.report) || s.isPast(j) || s.in(j, s.c.g.modifierEnd) {
			return 0, false
		}
	}
	if j == end || j >= len(s.toks) {
		return 0, false
	}
	switch s.word(j) {
	case ":", "—", "–":
	case ",":
		if !opener {
			return 0, false
		}
	default:
		return 0, false
	}
	if !s.tally(cs, j+1) {
		return 0, false
	}
	return j, true
}

// tally reports a tally from token k to the end of the sentence: at
// least langTallyItems counts (a clock time is none), one of them a cost
// (tallyCost), no finite verb, and no word of help, repair, recovery,
// intent or things gone well.
func (s *langScan) tally(cs *langCauseSets, k int) bool {
	n, cost := 0, false
	for ; k < len(s.toks) && !s.toks[k].stop; k++ {
		if s.in(k, cs.remedy) || s.in(k, cs.repair) || s.in(k, cs.recovery) || s.in(k, cs.intent) || s.in(k, cs.fine) || s.in(k, cs.help) || s.in(k, s.c.g.finite) || s.in(k, s.c.g.modifierEnd) || s.in(k, cs.told.report) {
			return false
		}
		if s.digitAt(k) && !(s.word(k-1) == "," && s.digitAt(k-2)) && !s.clockAt(k-1) && !s.clockAt(k+1) {
			n++
		}
		cost = cost || s.tallyCost(cs, k)
	}
	return n >= langTallyItems && cost
}

// tallyCost reports a cost at token k of a tally: a word of damage, a
// fault or a cost ("duplicate", "lost", "twice", "refunds", "wait") not
// counted as none ("0 errors", "no complaints"), or a count of none of
// what should have come ("0 pesos collected", "£0.00").
func (s *langScan) tallyCost(cs *langCauseSets, k int) bool {
	if langTallyNone(s.word(k)) && !s.digitAt(k) {
		return false // "no demurrage": a count of none, of whatever follows
	}
	if s.in(k, cs.told.unwanted) && s.wantedGone(cs, k) {
		return false // "2,870 duplicate records removed": what was unwanted, taken away
	}
	if s.in(k, cs.outcome) || s.in(k, cs.harmTold) || s.in(k, cs.fault) || s.in(k, cs.told.cost) {
		return !langTallyNone(s.word(k-1)) && !langTallyNone(s.word(k-2))
	}
	return langTallyNone(s.word(k)) && s.digitAt(k) && !s.in(k+1, cs.outcome) && !s.in(k+1, cs.harmTold) && !s.in(k+1, cs.told.cost)
}

// wantedGone reports an undoing among the four tokens after the unwanted
// thing at token k: "duplicate records removed".
func (s *langScan) wantedGone(cs *langCauseSets, k int) bool {
	for j := k + 1; j <= k+4 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, cs.harmOrGuard) || s.in(j, cs.told.undo) {
			return true
		}
	}
	return false
}

// langTallyNone reports a count of none: "0", "0.00", "no", "zero".
func langTallyNone(w string) bool {
	if w == "no" || w == "zero" {
		return true
	}
	return w != "" && strings.Trim(w, "0.") == "" && w[0] == '0'
}

// langToldSets are the word lists and words the tally reads.
type langToldSets struct {
	report                     langBits // "estimate", "summary": work that reports or plans, not work that acts
	cost                       langBits // "refunds", "wait": what a tally counts as a cost
	unwanted, undo             langBits // "duplicate"; "voided": what is unwanted, and verbs that undo it
	colon, dash, enDash, comma uint16
}

func init() {
	langCauseLists["cause-report"] = func(c *langCauseSets) *langBits { return &c.told.report }
	langCauseLists["cause-tally-cost"] = func(c *langCauseSets) *langBits { return &c.told.cost }
	langCauseLists["cause-unwanted"] = func(c *langCauseSets) *langBits { return &c.told.unwanted }
	langCauseLists["undo"] = func(c *langCauseSets) *langBits { return &c.told.undo }
}

// setTold fills the words of the tally.
func (cs *langCauseSets) setTold(v *langVocab) {
	cs.told.colon, cs.told.dash, cs.told.enDash, cs.told.comma = v.id(":"), v.id("—"), v.id("–"), v.id(",")
}
