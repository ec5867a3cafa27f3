package lint

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- a person as the subject of what went wrong ----
//
// The check of `structure: person-subject` reads a clause whose subject is
// a person (a name, pronoun, role, @mention, or a person's work such as
// "Ravi's script") and flags it when the clause or its continuation tells
// damage ("…and wiped the bucket", ", corrupting the snapshot"), when a
// duty is negated ("never updated the runbook"), or when the person was
// slow ("took 47 minutes to acknowledge"). A remedial or neutral verb
// ("restored", "paged"), a remedy before the damage ("which fixed the
// hanging requests") or a recovery after it ("and the errors stopped")
// clears the clause. Its words are the cause-* lists of language.yaml.

// langCauseSets are the word lists of the person-subject check.
type langCauseSets struct {
	outcome, remedy, recovery, stop, neg, lapse, unduty       langBits
	slow, downVerb, down, backVerb, tool                      langBits
	suffer, decline, care, intent, benign, fault, benign2     langBits
	operate, repair, begin, harmNoun, trigger, workTo, choose langBits
	spare, unable, human, humanBy, personAct                  langBits
	idiomVerb, idiomTail, symptom, act, rise, metric, none    langBits
	harm, harmOrGuard                                         langBits // "wiped"; "removed", which harms or protects as its object says
	repeat                                                    langBits // "billed", "posted": acts whose repeat is damage
	mind                                                      langBits // "believed", "read": reasons, not causes
	busy                                                      langBits // "boarding", "peak": work an operation should not interrupt
	loop                                                      langBits // "rebooting": what, done every few minutes, is a loop
	revive, retired                                           langBits // "re-enabled"; "old": bringing back what had been retired
	say                                                       langBits // "which said": what a document told
	ill, cure                                                 langBits // "deadlock"; "removed": a fix takes an ill away
	owned, fine                                               langBits // "laptop": a person's thing; "smoothly": an act gone well
	purpose                                                   langBits // "to protect": an act done to protect
	findDown                                                  langBits // "tracks down": finding, not a fall
	procedure                                                 langBits // "as per process": what a person follows
	reader, unlinked                                          langBits // "docs"; "unrelated": no link to the act before
	meeting                                                   langBits // "bridge", "call": where a person sits in, not on a task
	sent                                                      langBits // "notice", "deposits": what goes out when it is delivered
	public                                                    langBits // "public", "internet": out in the open
	again, deadline, refused                                  langBits // "refunded double"; "missed its deadline"; "was declined"
	served, servedLoss, harmTold                              langBits // "subscribers"; "full"; "no": the people served and what they lost
	serveVerb, servedHarmVerb                                 langBits // "sent", "paid"; "woke": acts done to the people served
	countWord, short                                          langBits // "forty"; "less": what a count was short or over by
	agreed, comparative                                       langBits // "quoted"; "later": a mismatch with what was agreed
	stuck                                                     langBits // "off", "shut": a state out of service that persisted
	stranger, priorOwner                                      langBits // "strangers", "else"; "previous": whose things others got
	money, account                                            langBits // "refunds", "account": one owner's money in another's account
	same, unique, many                                        langBits // "same"; "hall"; "two": one thing given to more than one
	submission, holds                                         langBits // "enrolment": what its maker withdraws; "holds": what a thing has room for
	sendAway                                                  langBits // "turned", "sent": acts that, with "away", wrong the people served
	lackFine                                                  langBits // "trouble", "delay": what is good to have none of
	help                                                      langBits // "timeline", "refunded": what a person's help is called
	linker                                                    langBits // "after", "by": words that tie a person's work to damage before it
	perceive, findOut, unseen                                 langBits // "did not see any errors", "never found out why": nothing to see, or a question left open
	arrive, reach                                             langBits // "files never arrive"; "no station could authenticate"
	servedDone                                                langBits // "paid": what none of those served getting is damage
	halt                                                      langBits // "matching halts": a stop with no object
	choiceWork                                                langBits // "decision": work told with a long infinitive
	rework                                                    langBits // "had to be redone"
	redress, redo                                             langBits // "and the families were refunded"; "re-imported"
	weightOff, weightUnit                                     langBits // "light"; "kg": a weight read off, "600 kg light"
	live, anyone, link                                        langBits // "on prod, not staging"; "anyone with the link could open"
	rate, charge, rateFine                                    langBits // "rate"; "charged"; "agreed": a price of another class charged
	wait                                                      langBits // "waited", "queued": a new subject kept waiting
	noteFine                                                  langBits // "back", "again": a timed note's result put right
	noteState                                                 langBits // "now", "missing": the state a timed note's act left
	scan                                                      langBits // the words damageAfter looks at
	without, no, by, twice, times, timing, timed, what, off   uint16
	zero, againID, far, instead, than, where, late, away      uint16
	too                                                       uint16
	early                                                     uint16
	// triggers are the non-zero words of trigger, for mayCause; opens
	// tells by word id the known words sentenceEnd must test: trigger
	// words, "no", "what", "timing", "timed" and "off". No other known word
	// makes its sentence a trigger's.
	triggers   []langBitsWord
	sames      []langBitsWord // the non-zero words of same, for mayCause
	noteStates []langBitsWord // the non-zero words of noteState, for mayNote
	roomy      []langBitsWord // the non-zero words of holds, for overCapacity
	opens      []bool
}

// langCauseLists names the list behind each set.
var langCauseLists = map[string]func(*langCauseSets) *langBits{
	"cause-outcome":     func(c *langCauseSets) *langBits { return &c.outcome },
	"cause-remedy":      func(c *langCauseSets) *langBits { return &c.remedy },
	"cause-recover":     func(c *langCauseSets) *langBits { return &c.recovery },
	"cause-stop":        func(c *langCauseSets) *langBits { return &c.stop },
	"cause-neg":         func(c *langCauseSets) *langBits { return &c.neg },
	"cause-lapse":       func(c *langCauseSets) *langBits { return &c.lapse },
	"cause-unduty":      func(c *langCauseSets) *langBits { return &c.unduty },
	"cause-slow":        func(c *langCauseSets) *langBits { return &c.slow },
	"cause-downer":      func(c *langCauseSets) *langBits { return &c.downVerb },
	"cause-sent":        func(c *langCauseSets) *langBits { return &c.sent },
	"cause-down":        func(c *langCauseSets) *langBits { return &c.down },
	"cause-operate":     func(c *langCauseSets) *langBits { return &c.operate },
	"cause-repair":      func(c *langCauseSets) *langBits { return &c.repair },
	"cause-work-to":     func(c *langCauseSets) *langBits { return &c.workTo },
	"cause-choose":      func(c *langCauseSets) *langBits { return &c.choose },
	"cause-begin":       func(c *langCauseSets) *langBits { return &c.begin },
	"cause-harm-noun":   func(c *langCauseSets) *langBits { return &c.harmNoun },
	"cause-back":        func(c *langCauseSets) *langBits { return &c.backVerb },
	"tool":              func(c *langCauseSets) *langBits { return &c.tool },
	"cause-suffer":      func(c *langCauseSets) *langBits { return &c.suffer },
	"cause-decline":     func(c *langCauseSets) *langBits { return &c.decline },
	"cause-care":        func(c *langCauseSets) *langBits { return &c.care },
	"intent":            func(c *langCauseSets) *langBits { return &c.intent },
	"benign":            func(c *langCauseSets) *langBits { return &c.benign },
	"cause-fault":       func(c *langCauseSets) *langBits { return &c.fault },
	"cause-benign":      func(c *langCauseSets) *langBits { return &c.benign2 },
	"cause-spare":       func(c *langCauseSets) *langBits { return &c.spare },
	"cause-unable":      func(c *langCauseSets) *langBits { return &c.unable },
	"cause-human":       func(c *langCauseSets) *langBits { return &c.human },
	"cause-human-by":    func(c *langCauseSets) *langBits { return &c.humanBy },
	"person-act":        func(c *langCauseSets) *langBits { return &c.personAct },
	"cause-idiom-verb":  func(c *langCauseSets) *langBits { return &c.idiomVerb },
	"cause-idiom-tail":  func(c *langCauseSets) *langBits { return &c.idiomTail },
	"cause-symptom":     func(c *langCauseSets) *langBits { return &c.symptom },
	"cause-act":         func(c *langCauseSets) *langBits { return &c.act },
	"cause-rise":        func(c *langCauseSets) *langBits { return &c.rise },
	"cause-metric":      func(c *langCauseSets) *langBits { return &c.metric },
	"cause-none":        func(c *langCauseSets) *langBits { return &c.none },
	"harm":              func(c *langCauseSets) *langBits { return &c.harm },
	"cause-repeat":      func(c *langCauseSets) *langBits { return &c.repeat },
	"cause-mind":        func(c *langCauseSets) *langBits { return &c.mind },
	"cause-busy":        func(c *langCauseSets) *langBits { return &c.busy },
	"cause-loop":        func(c *langCauseSets) *langBits { return &c.loop },
	"cause-revive":      func(c *langCauseSets) *langBits { return &c.revive },
	"cause-retired":     func(c *langCauseSets) *langBits { return &c.retired },
	"cause-say":         func(c *langCauseSets) *langBits { return &c.say },
	"remove":            func(c *langCauseSets) *langBits { return &c.harmOrGuard },
	"ill":               func(c *langCauseSets) *langBits { return &c.ill },
	"cure":              func(c *langCauseSets) *langBits { return &c.cure },
	"reader-artefact":   func(c *langCauseSets) *langBits { return &c.reader },
	"cause-unlinked":    func(c *langCauseSets) *langBits { return &c.unlinked },
	"cause-owned":       func(c *langCauseSets) *langBits { return &c.owned },
	"cause-fine":        func(c *langCauseSets) *langBits { return &c.fine },
	"cause-purpose":     func(c *langCauseSets) *langBits { return &c.purpose },
	"cause-find-down":   func(c *langCauseSets) *langBits { return &c.findDown },
	"cause-procedure":   func(c *langCauseSets) *langBits { return &c.procedure },
	"cause-meeting":     func(c *langCauseSets) *langBits { return &c.meeting },
	"public":            func(c *langCauseSets) *langBits { return &c.public },
	"cause-again":       func(c *langCauseSets) *langBits { return &c.again },
	"cause-deadline":    func(c *langCauseSets) *langBits { return &c.deadline },
	"cause-refused":     func(c *langCauseSets) *langBits { return &c.refused },
	"cause-served":      func(c *langCauseSets) *langBits { return &c.served },
	"cause-served-loss": func(c *langCauseSets) *langBits { return &c.servedLoss },
	"cause-stranger":    func(c *langCauseSets) *langBits { return &c.stranger },
	"cause-prior-owner": func(c *langCauseSets) *langBits { return &c.priorOwner },
	"cause-money":       func(c *langCauseSets) *langBits { return &c.money },
	"cause-account":     func(c *langCauseSets) *langBits { return &c.account },
	"cause-same":        func(c *langCauseSets) *langBits { return &c.same },
	"cause-unique":      func(c *langCauseSets) *langBits { return &c.unique },
	"cause-many":        func(c *langCauseSets) *langBits { return &c.many },
	"cause-submission":  func(c *langCauseSets) *langBits { return &c.submission },
	"cause-holds":       func(c *langCauseSets) *langBits { return &c.holds },
	"harm-told":         func(c *langCauseSets) *langBits { return &c.harmTold },
	"cause-serve-verb":  func(c *langCauseSets) *langBits { return &c.serveVerb },
	"cause-served-harm": func(c *langCauseSets) *langBits { return &c.servedHarmVerb },
	"cause-count-word":  func(c *langCauseSets) *langBits { return &c.countWord },
	"cause-short":       func(c *langCauseSets) *langBits { return &c.short },
	"cause-agreed":      func(c *langCauseSets) *langBits { return &c.agreed },
	"cause-stuck":       func(c *langCauseSets) *langBits { return &c.stuck },
	"cause-comparative": func(c *langCauseSets) *langBits { return &c.comparative },
	"cause-send-away":   func(c *langCauseSets) *langBits { return &c.sendAway },
	"cause-lack-fine":   func(c *langCauseSets) *langBits { return &c.lackFine },
	"cause-help":        func(c *langCauseSets) *langBits { return &c.help },
	"cause-linker":      func(c *langCauseSets) *langBits { return &c.linker },
	"perceive":          func(c *langCauseSets) *langBits { return &c.perceive },
	"find-out":          func(c *langCauseSets) *langBits { return &c.findOut },
	"unseen":            func(c *langCauseSets) *langBits { return &c.unseen },
	"cause-arrive":      func(c *langCauseSets) *langBits { return &c.arrive },
	"cause-served-done": func(c *langCauseSets) *langBits { return &c.servedDone },
	"cause-halt":        func(c *langCauseSets) *langBits { return &c.halt },
	"cause-choice-work": func(c *langCauseSets) *langBits { return &c.choiceWork },
	"cause-rework":      func(c *langCauseSets) *langBits { return &c.rework },
	"cause-redress":     func(c *langCauseSets) *langBits { return &c.redress },
	"redo":              func(c *langCauseSets) *langBits { return &c.redo },
	"cause-weight-off":  func(c *langCauseSets) *langBits { return &c.weightOff },
	"cause-weight-unit": func(c *langCauseSets) *langBits { return &c.weightUnit },
	"cause-live":        func(c *langCauseSets) *langBits { return &c.live },
	"cause-anyone":      func(c *langCauseSets) *langBits { return &c.anyone },
	"cause-link":        func(c *langCauseSets) *langBits { return &c.link },
	"reach":             func(c *langCauseSets) *langBits { return &c.reach },
	"cause-rate":        func(c *langCauseSets) *langBits { return &c.rate },
	"cause-charge":      func(c *langCauseSets) *langBits { return &c.charge },
	"cause-rate-fine":   func(c *langCauseSets) *langBits { return &c.rateFine },
	"cause-wait":        func(c *langCauseSets) *langBits { return &c.wait },
	"cause-note-fine":   func(c *langCauseSets) *langBits { return &c.noteFine },
	"cause-note-state":  func(c *langCauseSets) *langBits { return &c.noteState },
}

// newLangCauseSets reads the lists; an unknown list is an error. The verbs
// of the present, the units of time and the signals are the grammar's.
func newLangCauseSets(v *langVocab, g *langGrammar) (*langCauseSets, error) {
	cs := &langCauseSets{}
	for name, field := range langCauseLists {
		set, ok := v.lists[name]
		if !ok {
			return nil, errUnknownList(name)
		}
		*field(cs) = set
	}
	for _, set := range []langBits{cs.outcome, cs.fault, cs.neg, cs.lapse, g.timeUnit, cs.slow, cs.down, cs.care, cs.harmNoun} {
		cs.trigger.union(set)
	}
	for _, set := range []langBits{cs.stop, cs.repair, cs.recovery, cs.decline, cs.outcome, cs.fault, cs.down, cs.neg, cs.spare, cs.unable, cs.idiomVerb, cs.rise, cs.none} {
		cs.scan.union(set)
	}
	// the rarer word of an idiom or a lack opens the check: not "over" nor "way"
	for _, w := range []string{"away", "dark", "blank", "missing", "taken", "apart", "sideways", "silent", "halt", "pear-shaped", "fell", "tipped", "keeled", "toppled", "nowhere", "negative", "dry", "sour", "mouldy", "moldy", "rancid"} {
		cs.trigger.add(v.id(w))
	}
	cs.trigger.union(cs.rise)
	cs.trigger.union(cs.public) // "were published in a public gist by a contractor"
	for _, set := range []langBits{cs.again, cs.refused, cs.halt, cs.rework, cs.loop} {
		cs.scan.union(set)
	}
	for _, set := range []langBits{cs.refused, cs.halt, cs.rework, cs.anyone, cs.loop} { // not "second": "took under a second"
		cs.trigger.union(set)
	}
	cs.scan.union(cs.anyone)
	for _, w := range []string{"strangers", "stranger"} { // "went to strangers", not "else" nor "other", common words
		cs.trigger.add(v.id(w))
	}
	cs.scan.union(cs.served) // "and 3,000 subscribers got no warning"
	cs.trigger.union(cs.served)
	cs.servedLoss.union(cs.harmTold)
	cs.trigger.union(cs.short)          // "arrived two pesos short"
	cs.trigger.union(cs.servedHarmVerb) // "woke 11,000 donors at 3 a.m."
	cs.instead = v.id("instead")
	cs.scan.add(cs.instead)
	cs.than = v.id("than") // "paid more than agreed"; a trigger only before what was agreed
	cs.scan.add(cs.than)
	cs.late = v.id("late") // "went out forty minutes late"
	cs.scan.add(cs.late)
	cs.early = v.id("early") // "and 34 series went live three days early"
	cs.scan.add(cs.early)
	cs.trigger.add(cs.early)
	cs.away = v.id("away") // "and the school groups were turned away at the gate"
	cs.scan.add(cs.away)
	cs.scan.add(v.id("home")) // "and two schools sent pupils home"
	cs.where = v.id("where")  // "got carnations where roses had been ordered"; a trigger only then
	cs.scan.add(cs.where)
	for _, w := range []string{"stayed", "remained", "sat", "stood", "lay"} { // "and the chillers stayed off for an hour", "the room stood empty for three days"
		cs.scan.add(v.id(w))
	}
	cs.trigger.union(cs.holds)     // "fourteen students for a slot that holds four"
	cs.scan.union(cs.same)         // "gave the same car to two instructors"; a trigger only before a thing only one may hold
	cs.trigger.add(v.id("double")) // not "second": "took under a second"
	cs.scan.add(v.id("missed"))
	cs.no, cs.by, cs.twice, cs.times = v.id("no"), v.id("by"), v.id("twice"), v.id("times")
	cs.zero, cs.againID, cs.far = v.id("zero"), v.id("again"), v.id("far")
	if cs.far != 0 {
		cs.scan.add(cs.far) // "billed far too low"
		cs.trigger.add(cs.far)
	}
	if cs.too = v.id("too"); cs.too != 0 {
		cs.scan.add(cs.too) // "were struck 0.4% too high", "were cut too small"
		cs.trigger.add(cs.too)
	}
	if cs.zero != 0 {
		cs.scan.add(cs.zero) // "were reconciled as zero"
		cs.trigger.add(cs.zero)
	}
	cs.scan.union(cs.weightOff) // "read every truck 600 kg light"
	cs.trigger.union(cs.weightOff)
	cs.what = v.id("what")    // "is what tripped the breaker"
	cs.scan.add(cs.no)        // "had no effect"
	cs.scan.add(v.id("none")) // "and none of the gates accepted a pass"
	cs.off = v.id("off")
	cs.scan.add(cs.off) // "is off by one cent"
	cs.trigger.add(v.id("none"))
	cs.scan.union(g.nobody) // "and nobody turned it back on"
	cs.trigger.union(g.nobody)
	for _, id := range []uint16{cs.twice, cs.times} {
		cs.scan.add(id)
		cs.trigger.add(id)
	}
	cs.act.union(cs.personAct)
	cs.scan.union(cs.rate) // "charged campervans the lorry rate"
	cs.trigger.union(cs.rate)
	cs.scan.union(cs.wait) // "and the families sat on the quay for five hours"
	cs.trigger.union(cs.wait)
	cs.without = v.id("without")
	cs.scan.add(cs.without)
	cs.timing, cs.timed = v.id("timing"), v.id("timed") // "began timing out"
	for _, id := range []uint16{cs.timing, cs.timed} {
		if id != 0 {
			cs.scan.add(id)
		}
	}
	cs.trigger.add(v.id("sat"))
	cs.trigger.add(v.id("lapse")) // "…, let the certificate lapse"
	cs.trigger.add(v.id("expire"))
	cs.trigger.add(v.id("slept"))   // "Tobias, who held the pager, slept through the page"
	cs.trigger.add(v.id("stopped")) // "transfers stopped because …"
	cs.trigger.add(v.id("because")) // "… because Kenji renamed the alias"
	cs.trigger.add(v.id("only"))
	cs.trigger.add(v.id("without"))
	cs.trigger.add(v.id("instead")) // "ran the backfill against production instead of the copy"
	cs.trigger.add(v.id("vanished"))
	cs.scan.add(v.id("vanished"))
	cs.scan.add(v.id("disappeared"))
	cs.trigger.add(v.id("causing"))               // ", causing the robot to reject every delivery"
	for _, w := range []string{"stop", "stops"} { // "– cabinets stop receiving new admissions"
		cs.trigger.add(v.id(w))
		cs.scan.add(v.id(w))
	}
	cs.trigger.add(v.id("disappeared")) // "balances disappeared after Marta ran the merge"
	cs.tableTriggers(len(v.table.keys) + 1)
	return cs, nil
}

// tableTriggers fills triggers and opens, for n word ids.
func (cs *langCauseSets) tableTriggers(n int) {
	cs.triggers = langSparse(cs.trigger)
	cs.sames = langSparse(cs.same)
	cs.noteStates = langSparse(cs.noteState)
	cs.roomy = langSparse(cs.holds)
	cs.opens = make([]bool, n)
	for id := 1; id < n; id++ {
		u := uint16(id)
		cs.opens[id] = cs.trigger.has(u) || cs.same.has(u) || u == cs.no || u == cs.what || u == cs.timing || u == cs.timed || u == cs.off || u == cs.than || u == cs.where
	}
}

// mayCause reports whether the text holds a word without which no clause
// can be flagged: damage, a negation, a time, or a server error code.
func (s *langScan) mayCause(cs *langCauseSets) bool {
	if s.present.has(cs.no) || s.present.has(cs.what) || s.present.has(cs.off) || s.present.has(cs.than) || s.present.has(cs.where) {
		return true // "had no effect", "is what tripped", "is off by one cent", "more than agreed"
	}
	if s.present.intersects(cs.triggers) {
		return true
	}
	if s.present.intersects(cs.sames) {
		for i := range s.toks {
			if cs.same.has(s.toks[i].id) && s.sameThing(cs, i) {
				return true // "the same hall"
			}
		}
	}
	for i := range s.toks {
		if t := &s.toks[i]; t.id == 0 && t.kind == langWord && s.unknownDamage(i) || t.poss && (s.misdirected(cs, i) || s.dashOwner(i)) {
			return true // a word no list holds that tells damage, or "someone else's statement"
		}
	}
	return s.mayNote(cs) && s.noteIn(cs, 0, len(s.toks)) // a timed note's arrow
}

type errUnknownList string

func (e errUnknownList) Error() string {
	return "structure person-subject: unknown word list @" + string(e)
}

// langCauseWindow is how many words after the verb the damage may come.
const langCauseWindow = 24

// personSubjects runs a person-subject check over the sentences of the
// text that hold a trigger word.
func (s *langScan) personSubjects(lc *langCheck) {
	if !s.mayCause(lc.cause) {
		return
	}
	a, b, hit, prev := 0, 0, false, false
	for a < len(s.toks) {
		c, next := s.sentenceEnd(lc.cause, b)
		// damage may be told in the next sentence, after an act, or in the
		// clause before a semicolon: "Payments failed; Rahul had set …"
		if hit || next && s.holdsAct(lc.cause, a, b) || prev && a > 0 && s.word(a-1) == ";" {
			s.sentenceSubjects(lc, a, b)
		}
		a, b, hit, prev = b, c, next, hit
	}
}

// sentenceEnd returns the end of the sentence from token a and whether it
// holds a trigger word.
func (s *langScan) sentenceEnd(cs *langCauseSets, a int) (int, bool) {
	hit := false
	for b := a; b < len(s.toks); b++ {
		t := &s.toks[b]
		if t.stop {
			return b + 1, hit || s.mayNote(cs) && s.noteIn(cs, a, b) // "14:02 kip reran the grading job → every box has two labels"
		}
		if !hit && t.kind == langWord && (t.id == 0 || cs.opens[t.id] || t.poss) {
			hit = cs.trigger.has(t.id) || t.poss && (s.misdirected(cs, b) || s.dashOwner(b)) || t.id == 0 && s.unknownDamage(b) || t.id == cs.no && (s.word(b-1) == "had" || s.word(b-1) == "got" || s.word(b-1) == "with" && s.lackEnd(cs, b) > 0 || s.noneCould(cs, b) || s.noneServed(cs, b) > 0) || t.id == cs.what && (s.word(b-1) == "is" || s.word(b-1) == "was") ||
				t.id != 0 && (t.id == cs.timing || t.id == cs.timed) && s.timedOut(b) || // not "the timing of the deploy"
				t.id != 0 && t.id == cs.off && s.word(b+1) == "by" || // "is off by one cent"
				t.id != 0 && t.id == cs.than && s.agreedThan(cs, b) || // "paid more than agreed"
				t.id != 0 && t.id == cs.where && s.orderedOther(cs, b) > 0 || // "got carnations where roses had been ordered"
				cs.same.has(t.id) && s.sameThing(cs, b) // "the same hall"
		}
	}
	return len(s.toks), hit || s.mayNote(cs) && s.noteIn(cs, a, len(s.toks))
}

// holdsAct reports an act that changes state among tokens a..b-1, or a
// person's work, which is one: "Kofi's import stacked …".
func (s *langScan) holdsAct(cs *langCauseSets, a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; cs.act.has(t.id) || k < a+6 && t.kind == langWord && s.text[t.end-1] == 's' && s.presentAct(cs, k) || t.poss && s.workWithin(k+1, b) { // "11:47 @omar approves …"
			return true
		}
	}
	return false
}

// workWithin reports a word of a person's work among the three tokens
// from k, before b: "Kofi's yard-plan import".
func (s *langScan) workWithin(k, b int) bool {
	for j := k; j < k+3 && j < b; j++ {
		if s.in(j, s.c.g.work) {
			return true
		}
	}
	return false
}

// sentenceSubjects reads the clauses of tokens a..b-1.
func (s *langScan) sentenceSubjects(lc *langCheck, a, b int) {
	for i := a; i < b; i++ {
		if t := &s.toks[i]; t.quiet && !t.sentStart {
			continue // personMay is false: no person starts here
		}
		if s.toks[i].sentStart {
			if last, ok := s.afterWork(lc.cause, i); ok && !s.intended(lc.cause, i, s.signedAt(i)) && !s.foundWithin(i, last) {
				s.add(lc, i, last, -1)
				continue
			}
			if last, ok := s.lateAct(lc.cause, i); ok && !s.intended(lc.cause, i, -1) && !s.foundWithin(i, last) {
				s.add(lc, i, last, -1)
				continue
			}
		}
		if !s.personMay(i) || s.roleless(i) {
			continue
		}
		if s.word(i-1) == "by" {
			s.passiveAgent(lc, i)
			continue
		}
		if !s.clauseStart(i) && !s.lowerName(i) || s.reported(lc.cause, i) {
			continue
		}
		subjEnd, verb, known, ok := s.causeSubject(lc.cause, i)
		if !ok {
			subjEnd, ok = s.ownedOccupation(i) // "Our systems librarian let the certificate lapse"
			verb, known = subjEnd, ok
		}
		if !ok || s.endedBy(lc.cause, i) || s.supplierFailed(subjEnd) {
			continue
		}
		last, ok := s.causeClaim(lc.cause, verb, known)
		poss := !ok && s.possessive(subjEnd-1)
		if poss {
			last, ok = s.workClaim(lc.cause, i, subjEnd)
		}
		if !ok && known && !poss && s.causedWhen(lc.cause, i, verb) { // not "because his certificate had expired"
			last, ok = verb+1, true
		}
		if !ok && known && s.faultAside(lc.cause, i, verb) {
			last, ok = verb+1, true
		}
		if ok && !s.intended(lc.cause, i, verb) && !s.foundWithin(i, last) && s.allowed(lc, i, i, last) {
			s.add(lc, i, last, subjEnd)
		}
	}
	s.linkedSubjects(lc, a, b) // last: a finding of the clauses covers its words
}

// humanMarked reports, in the sentence after token k, a sign that an
// unknown capitalised subject is a person: a pronoun that points back at
// it, or a manner only people act in ("by hand", "by mistake").
func (s *langScan) humanMarked(cs *langCauseSets, k int) bool {
	for j := k; j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, s.c.g.backRef) || s.in(j, cs.human) || s.word(j-1) == "by" && s.in(j, cs.humanBy) {
			return true
		}
	}
	return false
}

// reported reports a clause that is what someone found: "Noah spotted
// that every team's plan wanted to destroy …".
func (s *langScan) reported(cs *langCauseSets, i int) bool {
	return s.word(i-1) == "that" && (s.in(i-2, cs.remedy) || s.in(i-3, cs.remedy))
}

// passiveAgent reads a person as the agent of a passive whose clause goes
// on to damage: "The feature flag was flipped by Joe, which took checkout
// down". The finding is the agent, and the rewrite drops it.
func (s *langScan) passiveAgent(lc *langCheck, i int) {
	cs := lc.cause
	p, fault := s.agentVerb(cs, i)
	reduced := false
	if p < 0 {
		p, reduced = s.reducedPassive(cs, i), true // "The step, skipped by the evening shift, meant …"
	}
	if p < 0 || s.in(p, cs.remedy) && !(fault && s.in(p, cs.repeat)) { // not "were replayed twice … by"
		return
	}
	end, ok := s.personMatch(bPerson, i)
	if !ok {
		end, ok = s.personMatch(bAgent, i)
		ok = ok && (s.humanMarked(cs, end) || s.givenName(cs, i, end, p)) // "was wiped by Babatunde while he was …", "were set to UTC by Gabriel"
	}
	work := false
	if !ok {
		end, ok = s.agentWork(i)
		work = ok
	}
	tail := reduced && s.tailAgent(cs, p, end) // "The well boat sailed to the wrong farm, sent there by Marte's site list."
	if !ok || s.foundWithin(i-1, end) || reduced && !tail && !s.mainActs(cs, end) {
		return
	}
	damage := s.operationHarm // an operation becomes a cause by what nobody did after it ("was stopped by Lucas, and nobody turned it back on")
	if !s.in(p, cs.operate) {
		damage = s.damageAfter
	}
	if _, ok := damage(cs, end); !ok && !tail && !s.harmedBy(cs, p) && !fault && !s.passiveSequel(cs, p, end) || s.intended(cs, i, p) || !s.allowed(lc, i, i, end) {
		return
	}
	start, stop := int(s.toks[i-1].start), int(s.toks[end-1].end)
	c := langCand{langMatch: langMatch{Rule: lc.Rule, Start: start, End: stop, Message: lc.Message}, found: s.text[start:stop]}
	r := "" // drop "by Joe" and one space beside it, keeping what follows
	switch {
	case work:
		// "by Marta's rerun of the job": dropping the owner leaves no agent
	case s.word(end) == "who" || s.word(end) == "," && s.word(end+1) == "who" || s.pointsBack(end):
		// "by the captain, who never asked …", "by Yusuf from his phone": the clause needs its person
	case stop < len(s.text) && s.text[stop] == ' ':
		c.End, c.Replace = stop+1, &r
	case start > 0 && s.text[start-1] == ' ':
		c.Start, c.Replace = start-1, &r
	}
	s.out = append(s.out, c)
}

// passiveSequel reads damage told as what followed a passive act whose
// participle is at p and whose doer ends at token end, as the active's
// clause after the act would be read: "The deposit rule was changed by
// Priya, and every customer who booked after that paid twice", "The
// booking was amended by Chebet after cut-off; the pallets spent the
// night on the apron". An operation ("was restarted by") is left to
// operationHarm.
func (s *langScan) passiveSequel(cs *langCauseSets, p, end int) bool {
	if s.in(p, cs.operate) || end < 1 {
		return false
	}
	if _, ok := s.damageNext(cs, p); ok {
		return true
	}
	if !s.in(p, cs.act) && (s.in(p, s.c.g.noPassive) || !s.isParticiple(p)) || s.clearedAfter(cs, p) || !s.sequelHarm(cs, end) {
		return false
	}
	_, ok := s.soThat(cs, end-1)
	return ok
}

// sequelHarm reports, in the sentence from token k, a word that tells
// harm by itself: an outcome or a fault, a repeat ("twice", "double"),
// an amount short or over, people served woken or misled, or things gone
// to others ("someone else's", "the same hall" given twice). A passive's
// sequel is read only with one: "was set up by the contractor, and its
// certificate was the only one …" tells no harm.
func (s *langScan) sequelHarm(cs *langCauseSets, k int) bool {
	for j := k; j < len(s.toks) && !s.toks[j].stop; j++ {
		t := &s.toks[j]
		if t.kind != langWord {
			continue
		}
		if s.in(j, cs.outcome) || s.in(j, cs.fault) || t.id == cs.twice || t.id == cs.times || s.in(j, cs.again) || s.in(j, cs.short) || s.in(j, cs.servedHarmVerb) ||
			t.poss && s.misdirected(cs, j) || s.in(j, cs.same) && s.sameThing(cs, j) {
			return true
		}
	}
	return false
}

// agentWork reads a person's work as the agent at token i, within three
// words of the owner: "by Marta's rerun", "by Ola's release of the
// batch"; it returns where the work ends.
func (s *langScan) agentWork(i int) (int, bool) {
	end, ok := s.personMatch(bPersons, i)
	if !ok {
		return 0, false
	}
	for j := end; j < end+3 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, s.c.g.work) {
			return j + 1, true
		}
	}
	return 0, false
}

// agentVerb finds the participle of a passive whose agent follows "by"
// at token i-1: right before it ("was flipped by"), before a particle
// ("was pushed out by"), or before a short phrase of where or how ("were
// swapped in the run sheet by", "was opened remotely by"), and reports
// whether that phrase tells a fault ("on the wrong week of data",
// "twice", "in a public gist"). It returns -1 when there is none.
func (s *langScan) agentVerb(cs *langCauseSets, i int) (int, bool) {
	fault := false
	for p := i - 2; p >= 0 && p >= i-9 && !s.toks[p].brk; p-- {
		if s.isParticiple(p) && (s.in(p-1, s.c.g.modifierEnd) || s.in(p-2, s.c.g.modifierEnd) && s.in(p-1, s.c.g.adverbs)) {
			return p, fault
		}
		if s.in(p, cs.fault) || s.toks[p].id == cs.twice || s.in(p, cs.public) {
			fault = true
		}
		if p < i-2 && !s.in(p+1, s.c.g.particle) && (s.in(p, s.c.g.modifierEnd) || s.isPast(p) && !s.in(p-1, s.c.g.det)) {
			break // a verb of its own: "the file he edited was read by"
		}
	}
	return -1, false
}

// operationHarm reads what makes an operation told as a passive a cause,
// after the person it names at token end: a duty nobody did ("and nobody turned it
// back on"), a negation ("and nobody could log in") or work that had to be
// done again ("so three weeks of calls had to be redone").
func (s *langScan) operationHarm(cs *langCauseSets, end int) (int, bool) {
	if e, ok := s.nobodyAfter(cs, end); ok {
		return e, true
	}
	e, ok := s.damageAfter(cs, end)
	return e, ok && (s.leftUndone(cs, end, e) || s.reworked(cs, e-1))
}

// reducedPassive finds the participle of a passive without its "was", whose
// doer follows "by" at token i-1: an aside after a comma ("The step,
// skipped by the evening shift, meant …") or a participle right after its
// noun that is an act on a system ("A manual override entered by the
// shift supervisor kept the pumps at full speed"). It returns -1 when
// there is none.
func (s *langScan) reducedPassive(cs *langCauseSets, i int) int {
	p := i - 2
	if s.word(p) == "there" {
		p-- // "…, sent there by Marte's site list"
	}
	if p < 1 || !s.isParticiple(p) {
		return -1
	}
	if s.word(p-1) == "," {
		return p
	}
	if n := &s.toks[p-1]; n.kind == langWord && (s.in(p, cs.act) || s.in(p, cs.harm)) && !s.isPast(p-1) && !s.in(p-1, s.c.g.det) && !s.in(p-1, s.c.g.modifierEnd) && !s.in(p-1, s.c.g.aux) && !s.isAdverb(p-1) {
		return p
	}
	return -1
}

// tailAgent reports a reduced passive at p (after a comma, or its
// "there") whose doer ends the sentence at token end, after a clause
// that told damage and no recovery or remedy: "The well boat sailed to
// the wrong farm, sent there by Marte's site list", not "Checkout
// recovered at 14:10, helped by Ravi's rollback".
func (s *langScan) tailAgent(cs *langCauseSets, p, end int) bool {
	if end < len(s.toks) && !s.toks[end].stop || s.in(p, cs.repair) {
		return false
	}
	k := p - 2 // the last token of the clause before the comma
	for j := k; j >= 0 && j >= k-12 && !s.toks[j].stop; j-- {
		if s.in(j, cs.remedy) {
			return false // "The double-charged riders were refunded by noon, paid by …"
		}
	}
	return s.damageBefore(cs, k) && !s.recoveredBefore(cs, k)
}

// mainActs reports the verb of the main clause after a reduced passive's
// doer, who ends at token end, as one that does rather than reads or
// repairs: "… kept the pumps at full speed", not "… showed the errors".
func (s *langScan) mainActs(cs *langCauseSets, end int) bool {
	for j := end; j < end+6 && j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.isPast(j) && !s.in(j-1, s.c.g.det) {
			return !s.in(j, cs.remedy) && !s.in(j, cs.repair) && !s.in(j, cs.say)
		}
	}
	return false
}

// harmedBy reports a passive whose participle at p is itself damage and
// whose subject was not already bad: "the payroll batch was duplicated
// by Marta", not "the stale rows were deleted by Marta".
func (s *langScan) harmedBy(cs *langCauseSets, p int) bool {
	if !s.in(p, cs.harm) && !s.in(p, cs.outcome) && !(s.in(p, cs.downVerb) && s.in(p+1, cs.down)) { // "was taken offline … by"
		return false
	}
	for k := p - 1; k >= 0 && k > p-8 && !s.toks[k].stop; k-- {
		if s.in(k, cs.benign) || s.in(k, cs.benign2) || s.in(k, cs.fault) {
			return false
		}
	}
	return true
}

// adjectiveAt reports a participle that describes what follows a
// determiner or a number: "the degraded node", "4,000 orphaned volumes",
// or a word of a state before its noun: "the stuck workers", "the
// offline replica"; not "an outage", "the delete command".
func (s *langScan) adjectiveAt(cs *langCauseSets, j int) bool {
	after := s.in(j-1, s.c.g.det) || s.in(j-1, s.c.g.quantifier) || j > 0 && s.digitAt(j-1)
	n := j + 1
	nounNext := n < len(s.toks) && s.toks[n].kind == langWord && !s.in(n, s.c.g.npEnd) && !s.in(n, s.c.g.det)
	if s.word(j-1) == "that" && !nounNext && s.isPast(j) {
		return false // a relative clause: "a build that hammered the API"
	}
	if w := s.word(j); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en") {
		return after
	}
	if !after || s.in(j, cs.harmNoun) || !nounNext || s.word(j-1) == "that" {
		return false
	}
	return s.in(j, cs.benign) || !cs.outcome.has(s.c.voc.id(s.participleOf(s.word(j)))) // not a verb of damage: "the delete command"
}

// described reports an outcome that tells the state of the object:
// "the rule that was blocking the provider", "the credentials that had
// leaked".
func (s *langScan) described(j int) bool {
	w := s.word(j - 2)
	return (s.in(j-1, s.c.g.modifierEnd) || s.in(j-1, s.c.g.finite)) && (w == "that" || w == "which")
}

// foundWithin reports a finding of the patterns over tokens first..last-1:
// theirs is the more exact wording and rewrite.
func (s *langScan) foundWithin(first, last int) bool {
	start, end := int(s.toks[first].start), int(s.toks[last-1].end)
	for _, c := range s.out {
		if c.Start < end && start < c.End {
			return true
		}
	}
	return false
}

// causedWhen reports a clause that a sentence names as the start of its
// damage: "The outage started when the SRE on duty applied …", "The store
// network went dark when …", an act told in the past perfect after the
// damage: "Card payments failed for an hour; Rahul had set …", and any
// act that a sentence gives as the reason for what it tells ("because"),
// or after a colon that opens the reason for the damage before it.
func (s *langScan) causedWhen(cs *langCauseSets, i, verb int) bool {
	if s.recoveredBefore(cs, i-2) {
		return false // "The errors stopped because Ana disabled the flag": the act ended the damage
	}
	if s.in(verb, cs.operate) && !s.in(verb, cs.remedy) {
		switch s.word(i - 1) {
		case "because", "when", "after", "once":
			return s.damageBefore(cs, i-2) // "The run was lost because Dr. Halvorsen restarted the node mid-flight"
		case ";", "—", "–":
			return s.word(verb-1) == "had" && (s.damageBefore(cs, i-2) || s.toldNoGood(cs, i-1)) // "Impressions went uncounted for six hours; Ji-ho had paused the consumer"
		case ":":
			return s.damageBefore(cs, i-2) // "Every stall lost its pitch: Ravi restarted the booking node mid-sync"
		}
		return false
	}
	if s.in(verb, cs.remedy) || s.in(verb, s.c.g.modifierEnd) {
		return false
	}
	switch w := s.word(i - 1); {
	case w == "because" && (s.in(verb, cs.act) || s.isPast(verb) && !s.in(verb, cs.mind) && !s.in(verb, cs.suffer) && !s.in(verb, s.c.g.noPassive)):
		return i >= 3 // what a sentence says happened "because" a person acted: "Alerts stopped reaching the analysts because Oksana re-pointed the webhook"
	case w == "when" || w == "because" || w == "after" || w == "once":
		return s.damageBefore(cs, i-2)
	case (w == ";" || w == "—" || w == "–") && s.word(verb-1) == "had":
		// "Booking confirmations stopped reaching customers at 02:10 — the on-call
		// had rotated …"; the past perfect after the mark explains what the clause
		// before it told, which is trouble unless it tells help or that all went
		// well: "The Hull cinema sold out a film it was not showing; Obi had copied …"
		return s.damageBefore(cs, i-2) || s.toldNoGood(cs, i-1)
	case w == ":" && (s.in(verb, cs.act) || s.isPast(verb)) && !s.in(verb, cs.mind) && !s.in(verb, cs.suffer) && !s.in(verb, s.c.g.noPassive) && !s.backWithin(verb) && !s.repairedAfter(cs, verb):
		return s.damageBefore(cs, i-2) // a colon gives the reason for the damage before it: "Forty parcels went to the wrong depot: Odile swapped the two bay numbers"
	}
	return false
}

// workWhen reads a person's work that a sentence names as the start of
// the damage it told first: "Swiping froze for every Android user after
// Ayesha's flag change reached the config service", "Driver locations
// froze once Ana's change went live".
func (s *langScan) workWhen(cs *langCauseSets, i, end, k int) (int, bool) {
	if !s.workWithin(end, k) || s.isWhat(cs, k) || !s.causedWhen(cs, i, k) {
		return 0, false // not "because her password had expired": what she has, not her work
	}
	return k + 1, true
}

// endedBy reports a clause at token i that tells what ended the trouble
// the clause before it tells: "The timeouts stopped once Tariq deleted
// the cached route", "Checkout recovered after Ana dropped the index"
// (not "recovered only after": a delay).
func (s *langScan) endedBy(cs *langCauseSets, i int) bool {
	switch s.word(i - 1) {
	case "once", "after", "when", "because", "as", "since":
		return s.word(i-2) != "only" && s.recoveryBefore(cs, i-2, false)
	}
	return false
}

// recoveredBefore reports a recovery or a repair told in the clause that
// ends at token k: "The errors stopped", "Checkout recovered".
func (s *langScan) recoveredBefore(cs *langCauseSets, k int) bool {
	return s.recoveryBefore(cs, k, true)
}

// recoveryBefore reports a recovery told in the clause that ends at token
// k, and with repair a repair too ("could not restore the backup").
func (s *langScan) recoveryBefore(cs *langCauseSets, k int, repair bool) bool {
	for j := k; j >= 0 && j >= k-12 && !s.toks[j].stop; j-- {
		if repair && s.in(j, cs.repair) {
			return true
		}
		if !s.in(j, cs.recovery) {
			continue
		}
		switch s.word(j) {
		case "stopped", "away", "vanished", "disappeared":
			if (s.symptomAt(cs, j-1) || s.symptomAt(cs, j-2) && s.word(j-1) == "went") && !strings.HasSuffix(s.word(j+1), "ing") {
				return true // "the errors stopped", not "transfers stopped"
			}
		default:
			return true
		}
	}
	return false
}

// damageBefore reads damage told in the clause that ends at token k,
// before its cause: "The outage started", "Customers lost access",
// "the labels printed wrong", "the network went dark", "the backlog
// grew", "transfers stopped", "nobody could board".
func (s *langScan) damageBefore(cs *langCauseSets, k int) bool {
	begun := false
	for j := k; j >= 0 && j >= k-12 && !s.toks[j].stop; j-- {
		if s.in(j, cs.begin) {
			begun = true
		}
		switch {
		case begun && s.in(j, cs.harmNoun), s.in(j, cs.outcome) && !s.in(j, cs.decline) && !s.in(j-1, cs.neg):
			return true
		case s.in(j, cs.fault), s.misdirectedHere(cs, j), s.risen(cs, j), s.in(j, cs.unable) && (s.word(j+1) == "not" || s.in(j-1, s.c.g.nobody)), s.repeated(cs, j):
			return true
		case s.in(j, cs.idiomVerb):
			if _, ok := s.idiomDamage(cs, j); ok {
				return true
			}
		case s.word(j) == "stopped" && !s.symptomAt(cs, j-1) && (j+1 >= len(s.toks) || s.toks[j+1].kind == langPunct || s.in(j+1, s.c.g.npEnd) || strings.HasSuffix(s.word(j+1), "ing") && s.word(j+1) != "timing" && !s.in(j+1, cs.rise)):
			return true // "transfers stopped because …", "dispatch stopped matching riders after …", not "the errors stopped" nor "stopped the job"
		case s.timedOut(j), s.toks[j].id == 0 && s.unknownDamage(j), s.gone(cs, j), s.persisted(cs, j), s.word(j) == "no" && s.word(j-1) == "with" && s.word(j-2) == "left", s.lateBy(cs, j), s.turnedAway(cs, -1, j):
			return true // "went 404", "room blocks vanished", "was left with no berth schedule"
		}
	}
	return false
}

// gone reports what vanished at token j that was not a symptom: "the room
// blocks vanished", not "the errors vanished".
func (s *langScan) gone(cs *langCauseSets, j int) bool {
	switch s.word(j) {
	case "vanished", "disappeared":
		return !s.symptomAt(cs, j-1) && !s.symptomAt(cs, j-2)
	}
	return false
}

// vanished reports what vanished at token j that was not a symptom, an
// ill or something unwanted, told after a person's act: "and the French
// bulletins vanished from the app", not "and the duplicate charges
// vanished" nor "the stale baskets disappeared".
func (s *langScan) vanished(cs *langCauseSets, j int) bool {
	if !s.gone(cs, j) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3 && !s.toks[k].brk; k-- {
		if s.in(k, cs.ill) || s.in(k, cs.benign) || s.in(k, cs.benign2) || s.in(k, cs.symptom) || s.in(k, cs.outcome) {
			return false
		}
	}
	return true
}

// symptomAt reports a symptom at token k, a word of the list or an error
// code: "the errors", "the 404s", "5xx".
func (s *langScan) symptomAt(cs *langCauseSets, k int) bool {
	return s.in(k, cs.symptom) || k >= 0 && k < len(s.toks) && s.toks[k].id == 0 && s.digitAt(k) && !langDigits(s.word(k))
}

// intended reports a word of intent in the sentence of token i: "as
// planned", "as the policy allows", "after confirming it was synthetic".
// The person's own verb at token v, and a second one joined to it by
// "and", are what they did, not a mark of intent: "approved a change he
// had not read", "approved and merged".
func (s *langScan) intended(cs *langCauseSets, i, v int) bool {
	own := func(j int) bool { return j == v || j == v+2 && s.word(v+1) == "and" }
	for j := i; j >= 0 && (j == i || !s.toks[j].stop); j-- {
		if s.in(j, cs.intent) && !own(j) && s.followed(j) && !s.comparedTo(cs, j) || s.in(j, cs.procedure) && s.perProcedure(j) {
			return true // "as planned", "as per process, …"
		}
	}
	for j := i; j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, cs.intent) && !own(j) && s.followed(j) && !s.comparedTo(cs, j) || j > v && s.in(j, cs.purpose) && s.word(j-1) == "to" || s.in(j, cs.procedure) && s.perProcedure(j) {
			return true // "as planned", "to protect the database"
		}
	}
	return false
}

// comparedTo reports a word of intent at token j that is what a
// mismatch is told against, "paid less than agreed" (agreedEnd): the
// agreement broken, not the act meant.
func (s *langScan) comparedTo(cs *langCauseSets, j int) bool {
	for k := j - 1; k >= 0 && k >= j-5 && !s.toks[k].brk; k-- {
		if s.toks[k].id == cs.than && cs.than != 0 {
			return s.agreedEnd(cs, k) == j+1
		}
	}
	return false
}

// followed reports a word of intent that tells what was followed at token
// j: "runbook" in "as the runbook says", "per the runbook", "because the
// runbook said to wait", not in
// "skipped the rollback step in the runbook" nor "never updated the
// runbook".
func (s *langScan) followed(j int) bool {
	if s.word(j) != "runbook" {
		return true
	}
	if w := s.word(j - 2); (w == "because" || w == "since") && s.in(j-1, s.c.g.det) {
		switch s.word(j + 1) {
		case "said", "says", "required", "requires", "asked", "told", "called", "recommended", "recommends":
			return true // "because the runbook said to wait", not "although the runbook said …"
		}
	}
	for k := j - 1; k >= j-3 && k >= 0; k-- {
		switch s.word(k) {
		case "as", "per", "following", "followed", "from", "by":
			return true
		}
	}
	return false
}

// perProcedure reports a procedure at token j told as what was followed:
// "as per process", "per the runbook", "following the playbook".
func (s *langScan) perProcedure(j int) bool {
	for k := j - 1; k >= j-3 && k >= 0 && s.toks[k].kind == langWord; k-- {
		if w := s.word(k); w == "per" || w == "following" {
			return true
		}
	}
	return false
}

// afterWork reads a sentence that opens with a person's work and tells
// its damage after a comma: "After Rosa's deploy, checkout threw 500s".
func (s *langScan) afterWork(cs *langCauseSets, i int) (int, bool) {
	if !s.toks[i].sentStart {
		return 0, false
	}
	k := i + 1
	switch w := s.word(i); {
	case w == "after" || w == "following" || w == "through":
	case (w == "due" || w == "thanks") && s.word(k) == "to", (w == "because" || w == "courtesy") && s.word(k) == "of":
		k++
	case w == "since" || w == "with":
		return s.sinceWork(cs, k) // "Since Lukáš's hotfix, …", "With Megan's deferral rule, …"
	case w == "approved" || w == "signed":
		return s.signedOff(cs, k)
	case w == "within" && s.wordWithin(k, 4, "of"): // "Within a minute of Gabriel's apply, …"
		for s.word(k) != "of" {
			k++
		}
		k++
	default:
		return 0, false
	}
	end, ok := s.personMatch(bPersons, k)
	if !ok {
		return s.afterAct(cs, k)
	}
	for j := end; j < end+5 && j < len(s.toks); j++ {
		if s.in(j, cs.remedy) || s.toks[j].stop {
			return 0, false
		}
		if s.word(j) == "," || s.in(j, cs.fault) || j > end && s.in(j, s.c.g.det) {
			return s.openerDamage(cs, j) // "After lena's deploy the login service …"
		}
	}
	return 0, false
}

// sinceWork reads an opener of "since" or "with" at token k-1 whose
// person's work, and nothing more, comes before the comma: "Since Lukáš's
// hotfix, pickers have been walking to the wrong shelf"; not "Since
// Lukáš's hotfix went out on Monday, …", a time, nor "With Ana on leave".
func (s *langScan) sinceWork(cs *langCauseSets, k int) (int, bool) {
	end, ok := s.personMatch(bPersons, k)
	if !ok {
		return 0, false
	}
	for j := end; j < end+4 && j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, cs.remedy) || s.isPast(j) || s.in(j, s.c.g.npEnd) {
			return 0, false
		}
		if s.word(j) == "," {
			return s.openerDamage(cs, j)
		}
	}
	return 0, false
}

// signedAt returns token i where it opens a sentence with an approval
// ("Approved by", "Signed off by"): the person's own act, not a mark of
// intent (intended); or -1.
func (s *langScan) signedAt(i int) int {
	if w := s.word(i); w == "approved" || w == "signed" {
		return i
	}
	return -1
}

// signedOff reads a sentence that opens with a person's approval, at
// token k after "Approved" or "Signed", of the work whose damage the
// clause after the comma tells: "Approved by Sandeep, the new layout file
// went out and 212 berths were sold as seats", "Signed off by Connor, the
// new allergy field wiped the peanut flags". Help near the work ("the
// corrected table", "the rollback moved them back") is the approval of a
// repair.
func (s *langScan) signedOff(cs *langCauseSets, k int) (int, bool) {
	if s.word(k) == "off" {
		k++
	}
	if k >= len(s.toks) || s.toks[k].id != cs.by {
		return 0, false
	}
	end, ok := s.personMatch(bPerson, k+1)
	if !ok || s.word(end) != "," {
		return 0, false
	}
	last, ok := s.openerDamage(cs, end)
	for j := end + 1; ok && j < last; j++ {
		ok = !s.helpAt(cs, j)
	}
	return last, ok
}

// afterAct reads a sentence that opens with a person's act and tells its
// damage after the comma: "After Dmitri edited the valve schedule by hand,
// two districts got no water pressure". A remedy or a reading as the act
// clears it.
func (s *langScan) afterAct(cs *langCauseSets, k int) (int, bool) {
	end, ok := s.personMatch(bPerson, k)
	if !ok {
		end, ok = s.personMatch(bAgent, k)
		ok = ok && s.givenName(cs, k, end, end) // "After Obinna changed …"
	}
	if !ok || s.word(k-1) != "after" || !s.isPast(end) || s.in(end, cs.remedy) || s.in(end, cs.repair) || s.in(end, cs.mind) || s.in(end, cs.suffer) {
		return 0, false
	}
	for j := end + 1; j < end+14 && j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, cs.remedy) || s.in(j, cs.repair) {
			return 0, false
		}
		if s.word(j) == "," {
			return s.openerDamage(cs, j)
		}
	}
	return 0, false
}

// lateAct reads damage grown before a person acted: "By the time Hannah
// escalated, the backlog had grown to four million messages". "We" is
// left out: "by the time we noticed" tells when the team learnt of it.
func (s *langScan) lateAct(cs *langCauseSets, i int) (int, bool) {
	if s.toks[i].id != cs.by || s.word(i+1) != "the" || s.word(i+2) != "time" || s.word(i+3) == "we" {
		return 0, false
	}
	end, ok := s.personMatch(bPerson, i+3)
	if !ok || !s.isPast(end) {
		return 0, false
	}
	for j := end + 1; j < end+6 && j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.word(j) == "," {
			if _, ok := s.damageAfter(cs, j); ok {
				return j, true
			}
			return 0, false
		}
	}
	return 0, false
}

// causeSubject reads a person or a person's work as the subject at token
// i and returns where the subject ends, where its verb is, and whether
// it is surely a person (not only an unknown capitalised word).
func (s *langScan) causeSubject(cs *langCauseSets, i int) (subjEnd, verb int, known, ok bool) {
	if end, ok := s.personMatch(bPersons, i); ok {
		if k, ok := s.workVerb(cs, end); ok {
			if s.isWhat(cs, k) {
				return end, k, true, true // "Ravi's sysctl change is what tripped …"
			}
			return end, end, true, true // the damage may be in the work: "Ravi's untested patch"
		}
		return 0, 0, false, false
	}
	if w := s.word(i - 1); w == "if" || w == "unless" || w == "whether" {
		return 0, 0, false, false // a condition, not what happened
	}
	end, ok := s.personMatch(bPerson, i)
	known = ok
	if !ok {
		if end, ok = s.personMatch(bAgent, i); !ok || s.pluralNoun(i) {
			return 0, 0, false, false // "Publishers blocked on the broker": a plural noun
		}
		known = s.humanMarked(cs, end) // "Bartek overwrote the file with his local copy"
	}
	name := end
	end = s.skipPersonTail(end)
	v := end
	for n := 0; n < 3 && (s.in(v, s.c.g.aux) || s.in(v, s.c.g.adverbs) && !s.in(v, cs.neg) && s.word(v) != "only"); n++ {
		v++
	}
	if v >= len(s.toks) || s.toks[v].kind != langWord {
		return 0, 0, false, false
	}
	if s.isPast(v) && s.isPast(v+1) {
		v++ // "the teams still affected experienced …": the first is an adjective
	}
	if k := s.gerundWhat(cs, v); k > 0 {
		return end, k, known, true // "Ravi running the cleanup with the wrong flag is what deleted …"
	}
	if !(s.isPast(v) || s.in(v, s.c.g.presentTense) || s.perfect(v) || known && (s.presentVerb(v) || s.bareDone(cs, v) || s.presentAct(cs, v) || s.verbInS(v) && (s.noteName(i) || s.clockBefore(i))) || s.in(v, cs.neg) || s.in(v, cs.lapse) || s.sleptThrough(v) || s.in(v, s.c.g.modifierEnd) || s.word(v) == "only") {
		return 0, 0, false, false
	}
	if !known {
		known = s.givenName(cs, i, name, v) // "Marit ran the retention job"
	}
	return end, v, known, true
}

// workVerb finds the verb after a person's work that starts at token end:
// up to three words of the work ("Ravi's migration script dropped …"),
// and a short phrase of what it was done to ("Priya's restart of the
// controller killed …", "Ahmed's failover was done in the wrong order").
// Benign work ("Ravi's cleanup job") and a person's tools ("the team's
// pipeline") have none, nor what the work underwent ("the contractor's
// laptop lost VPN access").
func (s *langScan) workVerb(cs *langCauseSets, end int) (int, bool) {
	phrase, long := 0, 0 // the token that opens "of the controller", or 0; the end of a choice's infinitive
	for j := end; j < end+9+long && j < len(s.toks); j++ {
		if j > end && s.word(j) == "," && s.isParticiple(j+1) {
			k := s.asideEnd(j + 1) // "Yemi's hotfix, deployed at 2 a.m. without review, broke …"
			if k < 0 || !s.isPast(k) {
				return 0, false
			}
			return k, !s.in(k, cs.suffer) && !s.in(k, cs.remedy)
		}
		if s.toks[j].kind != langWord {
			return 0, false
		}
		if j > end && (s.isPast(j) || s.in(j, s.c.g.presentTense) || s.in(j, cs.operate) || s.in(j, s.c.g.modifierEnd) && s.isParticiple(j+1)) {
			return j, !s.in(j, cs.suffer) && (!s.in(j, cs.remedy) || s.revivedOld(cs, j)) // "Anton's edit orphaned …", "… re-enabled the old fee engine"
		}
		if j > end && s.isWhat(cs, j) {
			return j, true // "Ravi's sysctl change is what tripped …"
		}
		switch w := s.word(j); {
		case phrase > 0 && long > 0:
			if s.in(j, s.c.g.det) && s.isPast(j-1) || j > phrase+long {
				return 0, false // "decision to stop it cost …" reads no further than a verb of the infinitive's
			}
		case phrase > 0:
			if s.in(j, s.c.g.npEnd) || j > phrase+5 {
				return 0, false
			}
		case j > end && w == "to" && s.in(j-1, cs.choiceWork):
			phrase, long = j, 10 // "Their decision to pin the aligner to an untested version produced"
		case j > end && (w == "of" || w == "on" || w == "to" || w == "for" || w == "against"):
			phrase = j
		case j == end+4, s.in(j, s.c.g.npEnd), s.in(j, cs.tool), s.in(j, cs.benign) && (j == end || !s.in(j, cs.outcome)):
			return 0, false // "Ravi's cleanup job", "Ravi's script replaced": benign work
		case s.in(j, cs.owned), s.in(j, cs.harmNoun):
			return 0, false // "the engineer's laptop", "the vendor's outage": what they have or suffered, not their work
		}
	}
	return 0, false
}

// workClaim reads a person's work whose subject ends at token end as the
// cause: by the verb of the work (workHarm), what followed it
// (workAfter), or the damage told before it (workWhen).
func (s *langScan) workClaim(cs *langCauseSets, i, end int) (int, bool) {
	k, ok := s.workVerb(cs, end)
	if !ok {
		return 0, false
	}
	if last, ok := s.workHarm(cs, k); ok {
		return last, true
	}
	if last, ok := s.workAfter(cs, end, k); ok {
		return last, true
	}
	return s.workWhen(cs, i, end, k)
}

// workAfter reads what a person's work did after its verb: damage in the
// next clause ("Kofi's import stacked the reefers in an unpowered block;
// 38 reefers lost temperature"), after "so", "which" or an arrow
// ("@hkaur's cherry-pick re-enabled the old fee engine → 9,000 trades
// charged the wrong fee"), or an act on more than was meant ("Kwame's
// script sent the command to the whole fleet instead of one craft"). A
// remedy told as the work ("Yuki's hotfix") counts only with damage after
// its verb, and a verb that ends trouble ("ended", "restored") with none.
func (s *langScan) workAfter(cs *langCauseSets, end, k int) (int, bool) {
	if s.revivedOld(cs, k) {
		return s.damageThen(cs, k) // "re-enabled the old fee engine → 9,000 trades charged the wrong fee"
	}
	if s.in(k, cs.remedy) || s.in(k, cs.repair) || s.in(k, cs.cure) || s.in(k, cs.recovery) || s.in(k, cs.operate) || s.isWhat(cs, k) {
		return 0, false
	}
	for j := end; j < k; j++ {
		if s.in(j, cs.remedy) {
			return s.damageThen(cs, k) // "Yuki's hotfix reordered the queue, so makers lost priority"
		}
	}
	if e, ok := s.nextDamage(cs, k); ok {
		return e, true
	}
	if e, ok := s.wrongedObject(cs, k); ok {
		return e, true // "Dale's rounding fix paid every driver one cent less per trip"
	}
	if e, ok := s.agreedWithin(cs, k); ok {
		return e, true // "Keiko's booking sync held the rooms two hours longer than the client had asked for"
	}
	if s.clearedAfter(cs, k) || !s.isPast(k) || s.in(k, s.c.g.noPassive) {
		return 0, false
	}
	if e, ok := s.insteadOf(cs, k); ok {
		return e, true
	}
	if !s.in(k, cs.act) {
		return 0, false // "Her export finished in an hour, so the analysts had the figures by noon"
	}
	return s.soThat(cs, k)
}

// orderedOther returns the end of what was ordered in the place of what
// came, after "where" at token j: "received carnations where roses had
// been ordered", "got fish where lamb was booked"; or 0. What was ordered
// must be named, not pointed back at ("where they had been ordered" is
// the place they were meant for).
func (s *langScan) orderedOther(cs *langCauseSets, j int) int {
	k := j + 1
	for ; k <= j+4 && k < len(s.toks) && s.toks[k].kind == langWord && !s.in(k, s.c.g.modifierEnd) && !s.in(k, s.c.g.finite); k++ {
		if s.in(k, s.c.g.pronoun) || s.in(k, s.c.g.vague) || s.in(k, s.c.g.objPronoun) {
			return 0
		}
	}
	if k == j+1 || k > j+4 || k >= len(s.toks) {
		return 0
	}
	if s.word(k) == "had" || s.word(k) == "has" || s.word(k) == "have" {
		k++
	}
	if !s.in(k, s.c.g.modifierEnd) || !s.in(k+1, cs.agreed) {
		return 0
	}
	return k + 2
}

// agreedWithin reads a mismatch with what was agreed (agreedThan) in the
// clause of the verb at token v: a person's work that "held the rooms two
// hours longer than the client had asked for".
func (s *langScan) agreedWithin(cs *langCauseSets, v int) (int, bool) {
	if (cs.than == 0 || !s.present.has(cs.than)) && (cs.where == 0 || !s.present.has(cs.where)) {
		return 0, false
	}
	for j := v + 1; j < v+14 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if id := s.toks[j].id; id == cs.than || id == cs.where && cs.where != 0 {
			e := s.agreedEnd(cs, j)
			if id == cs.where {
				e = s.orderedOther(cs, j)
			}
			return e, e > 0 && !s.negatedClause(cs, j) && !s.clearedAfter(cs, e-1)
		}
	}
	return 0, false
}

// damageThen reads damage after the verb at token v that a new clause
// tells, after "so", "and", a comma or an arrow ("reordered the queue, so
// makers lost priority"), not in the verb's own phrase ("went out at
// 14:00").
func (s *langScan) damageThen(cs *langCauseSets, v int) (int, bool) {
	end, ok := s.damageAfter(cs, v)
	if !ok {
		return 0, false
	}
	for j := v + 1; j < end-1; j++ {
		if w := s.word(j); w == "so" || w == "and" || w == "," || w == "→" {
			return end, true
		}
	}
	return 0, false
}

// faultAside reports an aside of the person's own act between the person
// at token i and the verb at v that tells a fault ("Our network engineer,
// applying an ACL to the wrong VLAN, cut off every handheld"), before a
// verb that neither repairs nor undergoes.
func (s *langScan) faultAside(cs *langCauseSets, i, v int) bool {
	aside := false
	for k := i; k < v; k++ {
		if s.toks[k].kind == langPunct && s.word(k) == "," && strings.HasSuffix(s.word(k+1), "ing") {
			aside = true
		}
		if aside && s.in(k, cs.fault) {
			return s.isPast(v) && !s.in(v, cs.remedy) && !s.in(v, cs.repair) && !s.in(v, cs.suffer) && !s.in(v, s.c.g.modifierEnd)
		}
	}
	return false
}

// asideEnd returns the token after the comma that closes an aside opened
// at token k, within twelve tokens of the sentence, or -1.
func (s *langScan) asideEnd(k int) int {
	for j := k; j < k+12 && j+1 < len(s.toks) && !s.toks[j].stop; j++ {
		if s.word(j) == "," {
			return j + 1
		}
	}
	return -1
}

// workHarm reads a person's work whose verb harms or removes what it acts
// on: "Priya's restart of the controller killed 312 running jobs", not
// "Ravi's patch removed the deadlock" nor "… removed the stale zone".
func (s *langScan) workHarm(cs *langCauseSets, v int) (int, bool) {
	if !s.in(v, cs.harm) && !s.in(v, cs.harmOrGuard) || s.clearedAfter(cs, v) || s.cured(cs, v) {
		return 0, false
	}
	for k := v + 1; k < v+5 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, cs.outcome) || s.in(k, s.c.g.signal) && s.in(v, cs.harmOrGuard) && !s.in(v, cs.harm) {
			return 0, false // what it removed was the trouble
		}
	}
	return v + 1, true
}

// bareDone reports the bare form of an act after "has", "did" or
// "already" at token v, as writers whose first language is another tell
// what they did: "Sindre has change the feed rate", "Agus already
// restart the workers", "Dwayne did change the mapping". The act is one
// whose participle people do to systems (@cause-act).
func (s *langScan) bareDone(cs *langCauseSets, v int) bool {
	switch s.word(v - 1) {
	case "has", "have", "had", "did", "already":
	default:
		return false
	}
	w := s.word(v)
	return len(w) > 2 && !s.toks[v].capital && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && cs.act.has(s.c.voc.id(s.participleOf(w)))
}

// perfect reports a participle after "has", "have" or "had": "has run".
func (s *langScan) perfect(v int) bool {
	w := s.word(v - 1)
	return (w == "has" || w == "have" || w == "had") && s.isParticiple(v)
}

// skipPersonTail skips what follows a person before its verb: "(Arjun)",
// "of the feature flag".
func (s *langScan) skipPersonTail(end int) int {
	if n := s.noteAct(end); n > end {
		return n // "19:42 bilal: pushed …", "06:50 nahuel → runs …"
	}
	switch w := s.word(end); {
	case w == "he" || w == "she" || w == "they":
		return end + 1 // "the contractor he has run the script"
	case w == "," && (s.word(end+1) == "who" || s.word(end+1) == "whose"):
		for j := end + 2; j < end+16 && j < len(s.toks) && !s.toks[j].stop; j++ {
			if s.word(j) == "," {
				return j + 1 // "Oskar, who had pasted the credentials, set off …"
			}
		}
	case w == ",":
		if r, ok := s.personAt(end + 1); ok && s.word(r) == "," && !s.possessive(r-1) {
			return r + 1 // "Ravi, our DBA, dropped …", "Our DBA, Ravi, dropped …"
		}
		if k := s.asideEnd(end + 1); k > 0 && strings.HasSuffix(s.word(end+1), "ing") {
			return k // "Our network engineer, applying an ACL to the wrong VLAN, cut off …"
		}
		if k := s.roleAside(end + 1); k > 0 {
			return k // "Achieng, quality supervisor at the pack house, released …"
		}
	}
	if s.word(end) == "(" {
		for j := end + 1; j < end+5 && j < len(s.toks); j++ {
			if s.word(j) == ")" {
				return j + 1
			}
		}
	}
	if r := s.relativeVerb(end); r > 0 {
		// "the engineer who owned the migration did not …": the main verb
		for j := r + 1; j < r+7 && j < len(s.toks) && !s.toks[j].brk; j++ {
			if s.in(j, s.c.g.aux) || s.in(j, s.c.g.neg) || s.isPast(j) && !s.in(j-1, s.c.g.det) {
				return j
			}
		}
	}
	if s.word(end) == "of" {
		for j := end + 1; j < end+6 && j < len(s.toks) && !s.toks[j].brk; j++ {
			if s.isPast(j) && !s.in(j-1, s.c.g.det) {
				return j
			}
		}
	}
	return end
}

// roleAside returns the token after the comma that closes an aside from
// token k naming a role, with or without an article and with what or where
// the role is of ("quality supervisor at the Naivasha pack house", "the
// venue coordinator for Sintra"), or 0: the role comes within its first
// four words, and no verb or relative word stands in the aside.
func (s *langScan) roleAside(k int) int {
	role := false
	for j := k; j < k+10 && j < len(s.toks) && !s.toks[j].stop; j++ {
		switch {
		case s.word(j) == ",":
			if role {
				return j + 1
			}
			return 0
		case s.toks[j].kind != langWord || s.isPast(j) || s.word(j) == "who" || s.word(j) == "which" || s.word(j) == "and":
			return 0
		case j < k+4 && s.in(j, s.c.g.role):
			role = true
		}
	}
	return 0
}

// relativeVerb returns the verb of a relative clause that opens at token
// end, after "who" or "that" and up to two words of time or manner ("who
// owned", "who had pushed", "who usually handles", "that runs"), or 0.
func (s *langScan) relativeVerb(end int) int {
	if w := s.word(end); w != "who" && w != "that" {
		return 0
	}
	r := end + 1
	for n := 0; n < 2 && (s.in(r, s.c.g.aux) || s.isAdverb(r)) && !s.in(r, s.c.g.neg); n++ {
		r++
	}
	switch {
	case s.isPast(r) || r > end+1 && s.isParticiple(r) || s.verbInS(r) || s.in(r, s.c.g.presentTense):
		return r // "who had written": a participle after "had"
	case s.isPast(end + 1):
		return end + 1 // "who did the migration"
	}
	return 0
}

// causeClaim reports whether the clause whose verb is at token v makes
// its subject a cause, and where the finding ends.
func (s *langScan) causeClaim(cs *langCauseSets, v int, known bool) (int, bool) {
	if s.in(v, cs.choose) && s.word(v+1) == "to" {
		v += 2 // "decided to fail over": the act chosen
	}
	switch {
	case s.isWhat(cs, v):
		return v + 3, true // "Ravi's sysctl change is what tripped the breaker"
	case s.in(v, cs.repair) && s.wrongTarget(v):
		return v + 4, true // "reverted the wrong commit", "restored the wrong snapshot"
	case s.in(v, cs.remedy) || s.in(v, s.c.g.aux) && s.in(v+1, cs.remedy):
		return s.dutyAfter(cs, v) // "acknowledged the page and then did nothing"
	case s.in(v, cs.backVerb) && s.backWithin(v+1), s.in(v, cs.suffer),
		strings.HasPrefix(s.word(v), "fail") && (s.wordWithin(v+1, 4, "over") || s.wordWithin(v+1, 4, "back")): // "failed the writer over to the replica"
		return 0, false
	case s.in(v, cs.neg):
		if w := s.word(v - 1); w == "have" || w == "has" {
			return 0, false // "We have not yet found why": where the work stands
		}
		return s.negatedDuty(cs, v)
	case s.in(v, cs.lapse):
		return v + 1, true
	case s.letDrifted(v):
		return v + 1, true // "Desmond, who owns the inventory, let the certificate lapse"
	case s.sleptThrough(v):
		return v + 2, true // "Tobias, who held the pager that week, slept through the page"
	case s.word(v) == "failed" && s.word(v+1) == "to":
		return 0, false // left to the patterns, which know "we failed to consider"
	}
	if end, ok := s.slowness(cs, v); ok {
		return end, true
	}
	if !known {
		return 0, false // "Karpenter deleted the empty nodes": a system may do damage
	}
	if end, ok := s.causeClaimed(cs, v); ok {
		return end, true
	}
	return s.noteLed(cs, v) // "14:02 kip reran the grading job → every box has two labels"
}

// backWithin reports "back" among the eight words of the clause from
// token k, after a verb that with it undoes: "put the 500 g barcode back
// on the label", "changed the colour code for Andheri East back".
func (s *langScan) backWithin(k int) bool {
	return s.wordWithin(k, 8, "back")
}

// causeClaimed reports damage told after the act of a known person at
// token v, as causeClaim reads it, and where the finding ends.
func (s *langScan) causeClaimed(cs *langCauseSets, v int) (int, bool) {
	if s.in(v, s.c.g.modifierEnd) && strings.HasSuffix(s.word(v+1), "ing") {
		v++ // "was running queries against the primary and saturated its CPU"
	} else if s.in(v, s.c.g.modifierEnd) {
		return s.dutyAfter(cs, v) // "was on the bridge but did nothing"
	} else if s.word(v) == "only" {
		return 0, false
	}
	if s.in(v, cs.remedy) {
		return 0, false
	}
	end, ok := s.damageAfter(cs, v)
	ok = ok && !s.saidBetween(cs, v, end-1)
	if !ok {
		end, ok = s.damageNext(cs, v)
	}
	if !ok && s.in(v, cs.act) && s.mayReadInstead(cs) && !s.clearedAfter(cs, v) {
		end, ok = s.insteadOf(cs, v)
	}
	if !ok && s.isPast(v) && (s.mayReadInstead(cs) || s.holdsAnyForm(cs.roomy)) && !s.clearedAfter(cs, v) {
		if !s.in(v, cs.act) { // an act's "instead of" was read just above
			end, ok = s.countInstead(cs, v) // "ordered forty litres instead of four hundred"
		}
		if !ok {
			end, ok = s.overCapacity(cs, v) // "scheduled fourteen students for a slot that holds four"
		}
	}
	if !ok && (s.in(v, cs.act) || s.isPast(v) && !s.in(v, cs.operate) && !s.in(v, s.c.g.noPassive)) && !s.clearedAfter(cs, v) {
		end, ok = s.soThat(cs, v)
	}
	if !ok {
		end, ok = s.wrongedObject(cs, v) // "sent 900 customers someone else's rental agreement"
	}
	if ok && s.in(v, cs.operate) && !s.atOnce(cs, v, end) && !strings.HasSuffix(s.word(end-1), "ing") && !s.in(end-1, cs.idiomTail) && !s.persisted(cs, end-2) && !s.leftUndone(cs, v, end) && !s.wrongAmount(cs, end-1) && !s.lateBy(cs, end-1) && (!s.in(end-1, cs.fault) && !langFaultWord(s.word(end-1)) || s.in(v, cs.benign)) {
		return 0, false // "restarted the pods and the errors …": an operation, not a cause
	}
	return end, ok && !s.curesOwnLack(v, end) && !s.forThoseWho(v, end-1) && !s.redressed(cs, v)
}

// curesOwnLack reports damage that is the lack of the very act at token
// v, told by its "un-" form at the damage's end (token end-1): "processed
// the swabs that had gone unprocessed", "sent the invoices left unsent",
// a remedy of the trouble rather than its cause; not the undoing never
// done ("muted the alert and never unmuted it").
func (s *langScan) curesOwnLack(v, end int) bool {
	w, u := s.word(v), s.word(end-1)
	return len(u) == len(w)+2 && strings.HasPrefix(u, "un") && u[2:] == w && !s.in(end-2, s.c.g.neg)
}

// leftUndone reports damage ending at token end, after the operation at
// v, told by a negation: what the person never did after it ("paused the
// wallet and never unpaused it") or what could not be done since
// ("restarted the cabinet server and 14 wards could not dispense").
func (s *langScan) leftUndone(cs *langCauseSets, v, end int) bool {
	for k := end - 1; k > v && k >= end-4; k-- {
		if s.in(k, cs.neg) || s.toks[k].id == cs.no {
			return true
		}
	}
	return false
}

// isWhat reports a cleft at the verb v that names the subject as what
// started or did damage: "is what tripped the breaker", "was what deleted
// the sites"; not what ended or brought something ("was what brought the
// problem to an engineer", "is what ended the overrun").
func (s *langScan) isWhat(cs *langCauseSets, v int) bool {
	if w := s.word(v); w != "is" && w != "was" || s.word(v+1) != "what" {
		return false
	}
	p := v + 2
	return s.in(p, cs.outcome) || s.in(p, cs.harm) || s.in(p, cs.begin) || s.word(p) == "tripped"
}

// gerundWhat returns the verb of a cleft that follows a person's act told
// as a gerund at token v, within fourteen tokens of one clause ("Ravi
// running the cleanup … is what deleted"), or 0.
func (s *langScan) gerundWhat(cs *langCauseSets, v int) int {
	if !strings.HasSuffix(s.word(v), "ing") {
		return 0
	}
	for k := v + 1; k < v+14 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.isWhat(cs, k) {
			return k
		}
	}
	return 0
}

// atOnce reports an operation done to everything together, or in the
// middle of the work it serves, between the verb at v and the damage that
// ends at end: "restarts kafka-0..2 together → jobs stall", "rebooted all
// three members at once", "restarted the gateway during boarding",
// "reset the PLC mid-shift".
func (s *langScan) atOnce(cs *langCauseSets, v, end int) bool {
	for j := v + 1; j < end && j < v+8; j++ {
		switch w := s.word(j); {
		case w == "together", w == "simultaneously":
			return true
		case w == "once":
			return s.word(j-1) == "at"
		case w == "during":
			return s.in(j+1, cs.busy) || s.in(j+1, s.c.g.det) && s.in(j+2, cs.busy)
		case strings.HasPrefix(w, "mid-") && !s.in(j, s.c.g.timeUnit):
			return true
		}
	}
	return false
}

// insteadOf reads an act that changes state done in place of the one
// meant, in the clause of the verb at token v: "drained all forty nodes
// instead of the one he was looking at", "rolled the change out to every
// shard instead of one at a time".
func (s *langScan) insteadOf(cs *langCauseSets, v int) (int, bool) {
	for j := v + 1; j < v+16 && j+1 < len(s.toks) && !s.toks[j].brk; j++ {
		if s.word(j) == "instead" && s.word(j+1) == "of" {
			return j + 2, !s.saferWay(cs, j) && !s.narrowerWay(v, j) && !s.repairedAfter(cs, j+2)
		}
	}
	return 0, false
}

// mayReadInstead reports whether a token of the text may read "instead",
// as insteadOf asks of every act and past verb: a word with its id (any
// case, as present holds it) or a mention ("@instead"), which present
// leaves out.
func (s *langScan) mayReadInstead(cs *langCauseSets) bool {
	return cs.instead == 0 || s.present.has(cs.instead) || s.lx.mentions
}

// countInstead reads "instead of" and a count after any act at token v:
// an amount other than the one needed ("ordered forty litres instead of
// four hundred", "sent 50 kilos instead of 15"), whatever the verb.
func (s *langScan) countInstead(cs *langCauseSets, v int) (int, bool) {
	end, ok := s.insteadOf(cs, v)
	if !ok {
		return 0, false
	}
	_, n := s.countValue(end)
	return end + 1, n
}

// overCapacity reads more put into a thing than it has room for, in the
// clause of the act at token v: a count, then "that|which" and a verb of
// room (@cause-holds) with a smaller count ("scheduled fourteen students
// for an exam slot that holds four", "booked 40 guests into a room which
// seats 25"); not the count within the room ("ten guests into a room that
// seats twelve").
func (s *langScan) overCapacity(cs *langCauseSets, v int) (int, bool) {
	if !s.holdsAnyForm(cs.roomy) {
		return 0, false // no verb of room: asked of every past verb, most texts have none
	}
	first := -1
	for k := v + 1; k < v+16 && k < len(s.toks) && !s.toks[k].stop; k++ {
		if first < 0 {
			if n, ok := s.countValue(k); ok && n > 1 {
				first = n
			}
			continue
		}
		if w := s.word(k); (w == "that" || w == "which") && s.in(k+1, cs.holds) {
			n, ok := s.countValue(k + 2)
			return k + 3, ok && n < first
		}
	}
	return 0, false
}

// countValue reads a count at token k, in digits ("14") or in words
// ("fourteen", "four hundred", "forty"), and returns it.
func (s *langScan) countValue(k int) (int, bool) {
	if k >= len(s.toks) || s.toks[k].kind != langWord && !s.digitAt(k) {
		return 0, false
	}
	w := s.word(k)
	// Atoi only on what may be a number (a digit or a sign first): on a
	// word its error is an allocation
	if w != "" && (langIsDigit(w[0]) || w[0] == '+' || w[0] == '-') {
		if n, err := strconv.Atoi(w); err == nil {
			return n, !s.clockAt(k) && !s.clockAt(k+1)
		}
	}
	n, ok := langCountWords[w]
	if !ok {
		return 0, false
	}
	switch s.word(k + 1) {
	case "hundred":
		n *= 100
	case "thousand":
		n *= 1000
	}
	return n, true
}

// langCountWords are the counts told in words that countValue reads.
var langCountWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}

// narrowerWay reports "instead of" at token j after an act at v on one
// thing in place of all: "drained one node instead of all forty", "sent
// the notice to one region instead of every customer", the safer way.
func (s *langScan) narrowerWay(v, j int) bool {
	one := false
	for k := v + 1; k < j; k++ {
		switch s.word(k) {
		case "one", "single", "only", "just":
			one = true
		}
	}
	if !one {
		return false
	}
	for k := j + 2; k < j+5 && k < len(s.toks) && !s.toks[k].brk; k++ {
		switch s.word(k) {
		case "all", "every", "each", "both", "whole", "entire":
			return true
		}
	}
	return false
}

// revivedOld reports a verb of bringing back at token k whose object is
// what had been retired: "re-enabled the old fee engine", "reinstated the
// legacy tariff". It is a remedy only when what it brings back was good.
func (s *langScan) revivedOld(cs *langCauseSets, k int) bool {
	if !s.in(k, cs.revive) {
		return false
	}
	for j := k + 1; j <= k+3 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, cs.retired) {
			return true
		}
	}
	return false
}

// carriedOn reports, after a verb that is itself the damage, a new clause
// of its sentence from token k that tells what went on or stopped
// instead: "dropped the NOT NULL constraint, and the payout run carried
// on", "killed the query and the errors stopped".
func (s *langScan) carriedOn(cs *langCauseSets, k int) bool {
	for ; k < len(s.toks) && !s.toks[k].stop; k++ {
		if w := s.word(k); w == "so" || w == "and" && s.word(k-1) == "," {
			for j := k + 1; j < k+7 && j < len(s.toks) && !s.toks[j].brk; j++ {
				if s.in(j, cs.recovery) {
					return true
				}
			}
		}
	}
	return false
}

// oneOnly reports a verb at token v that harms or protects as its object
// says, done to one thing only: "purged one path", "removed a single
// key".
func (s *langScan) oneOnly(cs *langCauseSets, v int) bool {
	if !s.in(v, cs.harmOrGuard) || s.in(v, cs.harm) {
		return false
	}
	return s.word(v+1) == "one" || s.word(v+2) == "single" && (s.word(v+1) == "a" || s.word(v+1) == "one")
}

// repairedAfter reports a repair or a recovery told from token k to the
// end of the sentence: "…, and the rows are restored".
func (s *langScan) repairedAfter(cs *langCauseSets, k int) bool {
	for ; k < len(s.toks) && !s.toks[k].stop; k++ {
		if s.in(k, cs.repair) || s.in(k, cs.recovery) || s.in(k, cs.remedy) && s.word(k) != "found" {
			return true
		}
	}
	return false
}

// soThat reads a consequence told after an act that changes state, with
// "so", ", which", "and" or an arrow before a new subject: "changed the
// floor to zero overnight, so the morning spike found no encoders". An act
// on a remedy ("pushed the rollback"), or a consequence that tells a
// recovery, a repair, a fall, intent or a reading, is none.
func (s *langScan) soThat(cs *langCauseSets, v int) (int, bool) {
	j := v + 1
	for ; j < v+14 && j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, cs.remedy) || s.in(j, cs.repair) {
			return 0, false // "pushed the rollback and …"
		}
		w := s.word(j) // read once: most words are none of these
		if w == "so" && s.word(j+1) != "that" && s.word(j+1) != "as" {
			break
		}
		if w == "," && (s.word(j+1) == "which" || s.word(j+1) == "causing" || s.word(j+1) == "forcing" || s.word(j+1) == "and" && s.newSubject(j+2)) || w == "and" && s.in(j+1, s.c.g.det) && !s.in(j-1, s.c.g.det) || w == "→" {
			break
		}
		if s.in(j, cs.stop) {
			return 0, false
		}
	}
	if j >= v+14 || j+1 >= len(s.toks) || s.toks[j].stop || s.word(j) == "," && s.word(j+1) == "and" && s.personActs(j+2) {
		return 0, false // not ", and Mia reviewed the code": another person's act is no result of the first; nor "so" ending the text, with no consequence after it
	}
	if s.saidAt(cs, j+1) {
		return 0, false // ", which said …": what was read, not a result
	}
	if s.toks[j+1].id == cs.no || s.in(j+1, s.c.g.nobody) || s.word(j+1) == "none" || s.word(j+1) == "nothing" {
		return 0, false // "so no invoice was sent twice": what did not happen (damage a negation tells, "so nobody could log in", is damageAfter's)
	}
	if s.noLonger(cs, j+1) {
		return 0, false // "so listeners no longer heard the same ad four times": trouble that stopped
	}
	for k := j + 1; k < len(s.toks) && !s.toks[k].stop; k++ {
		if s.in(k, cs.neg) && !s.lackTold(cs, k+1) && !s.unableAt(cs, k-1) && !s.relativeWithin(j+1, k) {
			return 0, false // "so the ICU never ran on reserve": trouble that did not come
		}
		if s.toks[k].id == cs.againID && cs.againID != 0 && (s.normalBefore(k) || s.workedAgain(cs, k)) {
			return 0, false // "and the tills charged normal prices again", "so later bookings got berths again": back to how things should be
		}
		if s.in(k, cs.recovery) || s.in(k, cs.repair) || s.in(k, cs.remedy) && s.word(k) != "found" || s.in(k, cs.intent) || s.in(k, cs.fine) || s.in(k, cs.benign) && !s.servedState(k) || s.in(k, cs.decline) || s.word(k) == "showed" || s.word(k) == "shows" || s.word(k) == "now" || s.in(k, cs.unable) && s.wordWithin(k+1, 5, "again") || s.withoutHarm(cs, k) {
			return 0, false // a recovery, a repair, a fall, what a reading showed, how things stand now, what could not happen again, damage that did not come
		}
	}
	return j + 1, true
}

// markedAs reports the state at token j that a record-keeping act at
// token v gave its object, in the same clause: "marked the King Air
// unavailable while its engine was open", "flagged the feeder as
// offline" keep a record; they do not make the state.
func (s *langScan) markedAs(v, j int) bool {
	switch s.word(v) {
	case "marked", "flagged", "listed", "declared", "logged", "recorded":
	default:
		return false
	}
	for k := v + 1; k < j; k++ {
		if s.toks[k].brk || s.toks[k].kind == langPunct || s.isPast(k) {
			return false
		}
	}
	return j-v <= 8
}

// lackTold reports at token k, after a negation, what the people or
// things served did not get, which is damage: "so the clinic never
// received its order", "and the orders were not shipped", "the bulletin
// did not arrive".
func (s *langScan) lackTold(cs *langCauseSets, k int) bool {
	switch s.word(k) {
	case "got", "get", "received", "receive", "heard", "hear":
		return true // "did not get its oxygen", "did not get paid"
	case "be", "been":
		k++ // "could not be shipped"
	}
	return s.in(k, cs.arrive) || s.in(k, cs.servedDone)
}

// unableAt reports a modal of ability at token k, before a negation:
// "would not start", "could not place their orders" tell damage.
func (s *langScan) unableAt(cs *langCauseSets, k int) bool {
	w := s.word(k)
	return s.in(k, cs.unable) || w == "would" || w == "will" || w == "wouldn't" || w == "won't" || w == "couldn't" || w == "can't" || w == "cannot"
}

// relativeWithin reports a relative word or a pronoun that opens a
// clause of its own among tokens first..last-1: a negation after it
// ("accounts that do not exist", "coasters it did not have") tells of a
// thing, not of the consequence.
func (s *langScan) relativeWithin(first, last int) bool {
	for k := first; k < last; k++ {
		switch s.word(k) {
		case "that", "which", "who", "whom", "whose", "where", "it", "they", "we":
			return true
		}
	}
	return false
}

// saidAt reports "which said", "which still said" at token k: a relative
// clause that tells what a document or a screen said.
func (s *langScan) saidAt(cs *langCauseSets, k int) bool {
	if s.word(k) != "which" {
		return false
	}
	if w := s.word(k + 1); w == "still" || w == "then" || w == "only" || s.isAdverb(k+1) {
		k++
	}
	return s.in(k+1, cs.say)
}

// forThoseWho reports, among the tokens after the act at v and before
// the damage at j (or the twelfth word, where a duty not done ends at
// its object), the people the act was done to or for, with a relative
// clause that tells what they had suffered: "sent a retraction to the
// 3,000 families who got a debt notice they did not owe", "extended the
// trial for the sign-ups who had been locked out".
func (s *langScan) forThoseWho(v, j int) bool {
	for k := min(max(j, v+12), len(s.toks)) - 1; k > v+1; k-- {
		if w := s.word(k); w != "who" && w != "that" || !strings.HasSuffix(s.word(k-1), "s") {
			continue
		}
		for p, n := k-2, 0; p > v && n < 4; p-- {
			if w := s.word(p); w == "to" || w == "for" {
				return true
			}
			if s.countPart(p) {
				continue // a count ("the 3,000 families who") is no word between
			}
			if s.word(p) == "," || s.word(p) == "so" || s.word(p) == "and" {
				break // "set the window to 0 hours, so passengers who …": another clause's people
			}
			n++
		}
	}
	return false
}

// countPart reports a digit or the comma of a count at token p: "3,000".
func (s *langScan) countPart(p int) bool {
	return s.digitAt(p) || s.word(p) == "," && s.digitAt(p-1) && s.digitAt(p+1)
}

// saidBetween reports such a clause among the tokens after the act at v
// and before the damage at j: "worked from the ticket, which said that
// the mapping was corrupt" tells what the ticket said.
func (s *langScan) saidBetween(cs *langCauseSets, v, j int) bool {
	for k := j - 1; k > v; k-- {
		if s.saidAt(cs, k) {
			return true
		}
	}
	return false
}

// servedState reports a word of a bad state at token k that people were
// shown or served: "kept seeing stale order status", "were served old
// prices". Work on such things ("so the stale rows were removed") is a
// remedy; being shown them is the damage.
func (s *langScan) servedState(k int) bool {
	for j := k - 1; j >= k-2 && j >= 0; j-- {
		switch s.word(j) {
		case "seeing", "saw", "see", "sees", "served", "serving", "shown", "getting", "got", "receiving", "received":
			return true
		}
	}
	return false
}

// personActs reports a person at token k who is the subject of a verb
// other than one of undergoing: "Mia reviewed", "I paged", not "we lost".
func (s *langScan) personActs(k int) bool {
	end, ok := s.personAt(k)
	return ok && end > k && end < len(s.toks) && s.isPast(end)
}

// saferWay reports "instead of" at token j before damage not done, which
// was the worse way ("moved the jobs instead of killing them"), unless it
// was narrower ("hit purge-all instead of purging one path").
func (s *langScan) saferWay(cs *langCauseSets, j int) bool {
	if s.word(j) != "instead" || !s.in(j+2, cs.outcome) {
		return false
	}
	w := s.word(j + 3)
	return w != "one" && w != "a" && w != "just" && w != "only"
}

// wrongTarget reports a remedy done to the wrong thing: "reverted the
// wrong commit", not "replaced the wrong record with the right one".
func (s *langScan) wrongTarget(v int) bool {
	if s.word(v+1) != "the" || s.word(v+2) != "wrong" || v+3 >= len(s.toks) || s.toks[v+3].kind != langWord {
		return false
	}
	return !s.wordWithin(v+4, 6, "with") && !s.wordWithin(v+4, 6, "correct") && !s.wordWithin(v+4, 6, "right")
}

// negatedDuty reads "did not update", "never tested": a duty not done,
// unless the verb is one of experience ("did not see any errors").
func (s *langScan) negatedDuty(cs *langCauseSets, v int) (int, bool) {
	if s.word(v) == "nothing" {
		return v + 1, s.word(v-1) == "did" // "then did nothing for 35 minutes"
	}
	j := v + 1
	for n := 0; n < 2 && s.in(j, s.c.g.adverbs) && !s.in(j, cs.neg); n++ {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != langWord || s.in(j, cs.unduty) || s.in(j, s.c.g.modifierEnd) || s.in(j, s.c.g.det) || s.in(j, s.c.g.nounSlot) || s.unknownLeft(cs, j) || s.letDrifted(j) {
		return 0, false
	}
	return j + 1, true
}

// letDrifted reports "let" at token j before a thing left to itself (the
// let-drift list): negated, "never let the certificate lapse" tells a
// lapse prevented, not a duty left undone.
func (s *langScan) letDrifted(j int) bool {
	if s.word(j) != "let" {
		return false
	}
	drift := s.c.voc.lists["let-drift"]
	for k := j + 2; k < j+7 && k < len(s.toks) && s.toks[k].kind == langWord; k++ {
		if s.in(k, drift) {
			return true
		}
	}
	return false
}

// sleptThrough reports "slept through" at token v before a signal within
// six tokens ("slept through the 02:52 page"), as the patterns read it
// when "slept" follows the person, so an aside between them hides it no
// longer; not "slept through the night".
func (s *langScan) sleptThrough(v int) bool {
	if s.word(v) != "slept" || s.word(v+1) != "through" {
		return false
	}
	for k := v + 2; k < v+8 && k < len(s.toks) && !s.toks[k].stop; k++ {
		if s.in(k, s.c.g.signal) {
			return true
		}
	}
	return false
}

// ownedOccupation reads "our" or "their" and up to three words whose
// last names an occupation by its ending ("-ian", "-ist"), before "let"
// and a thing left to itself: "Our systems librarian let the kiosk
// certificate lapse". It returns where the person ends.
func (s *langScan) ownedOccupation(i int) (int, bool) {
	if w := s.word(i); w != "our" && w != "their" {
		return 0, false
	}
	for j := i + 1; j < i+4 && j < len(s.toks) && s.toks[j].kind == langWord; j++ {
		if s.word(j+1) != "let" {
			continue
		}
		w := s.word(j)
		return j + 1, (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ist") && !strings.HasSuffix(w, "list")) && s.letDrifted(j+1)
	}
	return 0, false
}

// unknownLeft reports a negated perception or finding at token j whose
// object says there was nothing to see or what stays unknown: "did not
// see any errors", "never found out why"; not "never noticed the alert".
func (s *langScan) unknownLeft(cs *langCauseSets, j int) bool {
	if !s.in(j+1, cs.unseen) {
		return false
	}
	switch s.word(j + 1) {
	case "any", "anything", "no", "nothing":
		return s.in(j, cs.perceive) || s.in(j, cs.findOut)
	}
	return s.in(j, cs.findOut)
}

// slowness reads "took 40 minutes to respond", "was slow to escalate",
// "only reacted after", "waited until the morning to look", "sat on".
func (s *langScan) slowness(cs *langCauseSets, v int) (int, bool) {
	switch w := s.word(v); {
	case w == "took" || w == "waited" || w == "spent":
		for j := v + 1; j < v+7 && j < len(s.toks) && !s.toks[j].brk; j++ {
			if s.in(j, s.c.g.timeUnit) {
				for k := j + 1; k < j+3 && k < len(s.toks); k++ {
					if w := s.word(k); w == "to" && !s.in(k+1, cs.workTo) || w == "before" || w == "until" {
						return k + 1, true
					}
				}
			}
		}
	case s.in(v, s.c.g.modifierEnd):
		// "was slow to", "was twenty minutes late to"
		for j := v + 1; j < v+5 && j < len(s.toks) && !s.toks[j].brk; j++ {
			if s.in(j, cs.slow) && s.word(j+1) == "to" {
				return j + 2, true
			}
		}
	case w == "only":
		if s.isPast(v+1) && !s.in(v+1, cs.remedy) && s.wordWithin(v+2, 6, "after") {
			return v + 2, true
		}
	case w == "sat" && s.word(v+1) == "on":
		if s.in(v+2, s.c.g.det) && s.in(v+3, cs.meeting) {
			return 0, false // "sat on the bridge for an hour": present, not slow
		}
		return v + 2, true
	}
	return 0, false
}

// damageAfter looks for damage from the verb at token v to the end of its
// continuation; a remedy before it, a spare copy as its place ("went to the
// secondary and wiped the data directory"), or a recovery right after it,
// clears.
func (s *langScan) damageAfter(cs *langCauseSets, v int) (int, bool) {
	spare := false
	limit := v + langCauseWindow
	for j := v; j < len(s.toks) && j <= limit; j++ {
		t := &s.toks[j]
		if t.stop {
			return 0, false
		}
		if t.kind == langPunct && s.clockAt(j) {
			limit += 2 // "at 21:40" is three tokens but one word of the window
		}
		if j > v && s.in(j, cs.stop) && !(s.word(j) == "by" && s.in(j+1, cs.humanBy)) && !s.fromThen(j) && !(s.word(j) == "once" && s.word(j-1) == "at") && !s.stateIs(cs, j) && !s.clockAfter(j) && !s.afterWhich(j) && !s.asZero(cs, j) {
			if k := s.butNot(cs, j); k > 0 {
				return s.negatedDuty(cs, k) // "but never opened the new folder"
			}
			if j = s.resume(j); j < 0 {
				return 0, false
			}
			continue
		}
		if t.id == cs.no && j > v && s.noLonger(cs, j) {
			return 0, false // "so listeners no longer heard the same ad four times": the trouble stopped
		}
		if j > v && (t.poss || cs.stranger.has(t.id)) && s.misdirectedHere(cs, j) {
			return j + 1, !s.clearedAfter(cs, j) // "and the payslips went to strangers' inboxes"
		}
		if t.kind != langWord || t.id != 0 && !cs.scan.has(t.id) {
			continue // most words: one look-up
		}
		if j > v && s.word(j-1) == "with" {
			if end, ok := s.lackState(cs, v, j); ok {
				return end, !s.clearedAfter(cs, end-1) // "and the night shift started with no saline on the trolley"
			}
		}
		if j > v && t.id == cs.than && !s.negatedClause(cs, j) {
			if e := s.agreedEnd(cs, j); e > 0 {
				return e, !s.clearedAfter(cs, e-1) // "and the sailing left twenty minutes earlier than passengers had booked"
			}
		}
		if j > v && t.id == cs.where && !s.negatedClause(cs, j) {
			if e := s.orderedOther(cs, j); e > 0 {
				return e, !s.clearedAfter(cs, e-1) // "and the buyer received carnations where roses had been ordered"
			}
		}
		if j > v && s.in(j, cs.rate) && s.otherRate(cs, v, j) {
			return j + 1, !s.clearedAfter(cs, j) // "and campervans were charged the lorry rate"
		}
		if j > v && s.persisted(cs, j) {
			return j + 2, !s.clearedAfter(cs, j+1) // "and the compressors stayed off for forty minutes"
		}
		if j > v && s.in(j, cs.wait) && s.keptWaiting(cs, v, j) {
			return j + 1, !s.clearedAfter(cs, j) // "and two school groups stood in the sun for an hour"
		}
		if j > v && s.in(j, cs.same) && s.sharedOne(cs, v, j) {
			return j + 2, !s.clearedAfter(cs, j) // "and two weddings are now booked into the same hall"
		}
		if j > v && (s.liveNotMeant(cs, j) || s.openToAnyone(cs, j) || s.stopsDoing(cs, j)) {
			return j + 1, true // "on prod, not staging", "a sheet that anyone with the link could open"
		}
		if t.id == 0 {
			if s.unknownDamage(j) && !s.adjectiveAt(cs, j) || j > v && s.timedOut(j) {
				return j + 1, !s.clearedAfter(cs, j)
			}
			continue
		}
		if j > v && s.vanished(cs, j) {
			return j + 1, !s.clearedAfter(cs, j) // "and Le Havre vanished from the route search"
		}
		if j > v && s.turnedAway(cs, v, j) {
			return j + 1, !s.clearedAfter(cs, j) // "and four coachloads of pupils were turned away at the gate"
		}
		if j > v && s.earlyBy(cs, j) && !s.negatedClause(cs, j) {
			return j + 1, !s.clearedAfter(cs, j) // "and 34 series went live three days early", "sent the timetable a week too early"
		}
		if j > v && s.lateBy(cs, j) && s.otherClause(v, j) {
			return j + 1, !s.clearedAfter(cs, j) // "so the results went out forty minutes late"
		}
		if j > v && s.in(j, cs.idiomVerb) {
			if end, ok := s.idiomDamage(cs, j); ok {
				return end, !s.clearedAfter(cs, end-1) // "and the control plane went away"
			}
		}
		if j > v && (s.risen(cs, j) || s.leftWithout(cs, j) || s.timedOut(j)) {
			return min(j+2, len(s.toks)), true // "and replication lag climbed to forty minutes", "had no effect"
		}
		if j > v && s.word(j) == "stopped" && strings.HasSuffix(s.word(j+1), "ing") && s.word(j+1) != "timing" && !s.in(j+1, cs.rise) && !s.in(j-1, cs.symptom) && !s.described(j) {
			return j + 2, !s.clearedAfter(cs, j+1) // "and the mobile app stopped syncing"
		}
		if j > v && (s.in(j, cs.repair) || s.in(j, cs.recovery)) && !s.nounStop(j) {
			return 0, false
		}
		if s.in(j, cs.spare) {
			spare = true
			continue
		}
		if j == v && s.in(j, cs.refused) {
			continue // a person who rejects or declines keeps something out: "rejected the SDK upgrade after it crashed"
		}
		if s.in(j, cs.decline) && s.declineTail(j+1) {
			return 0, false // "latency dropped back to 40 ms"
		}
		if s.in(j, cs.outcome) && (s.adjectiveAt(cs, j) || s.in(j-1, cs.neg) || s.word(j-1) == "no" || s.withoutBefore(cs, v, j) || s.noneOf(v, j) || s.noneAfter(cs, j) || s.described(j) || s.saferWay(cs, j-2) || s.failsOver(j) || s.cured(cs, j) || s.topic(j) || s.markedAs(v, j)) {
			continue // "took the degraded node out", "had not gone", "instead of killing them", "the primary fails over", "removed the memory leak", "told customers about the outage", "marked the aircraft unavailable"
		}
		if j > v && s.haltedAlone(cs, j) {
			return j + 1, !s.clearedAfter(cs, j) // "; 03:04 matching halts"
		}
		if s.word(j) == "down" && s.noteState(cs, j) {
			return j + 1, !s.clearedAfter(cs, j) // "pushes the ACL; 22:04 mobile data down in three cells"
		}
		if s.in(j, cs.decline) && !s.in(j+1, s.c.g.det) {
			continue // "latency dropped", not "dropped the index"
		}
		if s.word(j) == "behind" && s.in(j-1, s.c.g.timeUnit) && s.in(j-3, s.c.g.modifierEnd) && !s.described(j-2) {
			return j + 1, !s.clearedAfter(cs, j) // "the replicas were two hours behind"
		}
		if j == v && s.retracted(cs, j) {
			continue // "withdrew the price file": work taken back, not damage done
		}
		if s.testData(cs, j) {
			continue // "ran against the staging copy with 10,000 fake orders"
		}
		if s.in(j, cs.outcome) || s.in(j, cs.fault) || s.in(j, cs.down) && (s.word(j+1) != "of" || s.word(j-1) == "ran") && s.downed(cs, j) {
			return j + 1, !spare && !s.clearedAfter(cs, j) && !(j == v && (s.carriedOn(cs, j+1) || s.oneOnly(cs, j)))
		}
		if end, ok, told := s.damageTold(cs, v, j); told {
			return end, ok
		}
		if j > v && s.in(j, cs.served) {
			if end := s.servedHarm(cs, j); end > 0 {
				return end, !s.clearedAfter(cs, end-1) // "and 3,000 subscribers got no warning"
			}
		}
	}
	return 0, false
}

// lackState reads a lack told as the state that a new clause after the
// act at token v finds something in, "with no" or "with nobody" at token
// j: no one at all ("the hall sat ready with nobody at the lectern",
// "the shop opened with no one on the tills"), none of the people who do
// the work or are served ("sailed with no second engineer aboard"), or an
// empty place ("began its round with no vans in it"). What is good to
// have none of ("with no delay") is no lack, nor the manner of the
// person's own act ("restarted it with no downtime", "moved the jobs
// with no spare node"): the clause must be another subject's.
func (s *langScan) lackState(cs *langCauseSets, v, j int) (int, bool) {
	end := s.lackEnd(cs, j)
	return end, end > 0 && s.otherClause(v, j-1)
}

// lackEnd returns the end of a lack after "with" at token j ("nobody",
// "no one", "no second engineer", "no vans in it"), or 0.
func (s *langScan) lackEnd(cs *langCauseSets, j int) int {
	switch {
	case s.in(j, s.c.g.nobody):
		return j + 1
	case s.toks[j].id != cs.no || s.harmlessLack(cs, j):
		return 0
	case s.word(j+1) == "one":
		return j + 2
	}
	for k := j + 1; k <= j+4 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, s.c.g.role) || s.in(k, cs.served) || s.word(k) == "aboard" || (s.word(k) == "in" || s.word(k) == "inside") && (s.word(k+1) == "it" || s.word(k+1) == "them") {
			return k + 1
		}
		if s.in(k, s.c.g.npEnd) {
			return 0
		}
	}
	return 0
}

// otherClause reports a clause of another subject between the act at
// token v and token w: after "and", "so", a comma, a semicolon or an
// arrow, a subject that is no person and then a verb of its own ("…, and
// the night shift started"), or a consequence after a comma ("…,
// leaving the family in Halifax").
func (s *langScan) otherClause(v, w int) bool {
	for k := w - 1; k > v; k-- {
		switch s.word(k) {
		case "leaving":
			return s.word(k-1) == ","
		case ",", "and", "so", ";", "→":
		default:
			continue
		}
		n := k + 1
		if x := s.word(n); x == "and" || x == "so" {
			n++
		}
		if n >= w || s.isPast(n) || s.in(n, s.c.g.aux) || s.in(n, s.c.g.adverbs) {
			return false // "and then deployed it with no …": the same subject goes on
		}
		if _, ok := s.personAt(n); ok {
			return false // "and Mia restarted it with no …": a person's own act
		}
		for p := n + 1; p < w; p++ {
			if s.isPast(p) {
				return true
			}
		}
		return false
	}
	return false
}

// testData reports a word at token j that is a fault and a benign word
// at once, told of the data an act was given ("with 10,000 fake orders",
// "with synthetic users"): test data, not a fault.
func (s *langScan) testData(cs *langCauseSets, j int) bool {
	if !s.in(j, cs.fault) || !s.in(j, cs.benign2) {
		return false
	}
	p := j - 1
	for s.digitAt(p) || s.word(p) == "," && s.digitAt(p-1) {
		p-- // "10,000" is three tokens
	}
	if s.in(p, s.c.g.quantifier) {
		p--
	}
	return s.word(p) == "with"
}

// misdirected reports, at token k, whose things went where they did not
// belong: strangers ("went to strangers' inboxes", "merged into
// strangers' records"), someone else ("sent 900 customers someone else's
// agreement", "had each other's phone numbers") or one who came before
// ("went to the previous renter's card", "another family's balance").
func (s *langScan) misdirected(cs *langCauseSets, k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != langWord {
		return false
	}
	if t := &s.toks[k]; t.poss && (s.in(k-1, cs.priorOwner) || s.othersAccount(cs, k)) {
		return true
	}
	if !s.in(k, cs.stranger) {
		return false
	}
	switch s.word(k) {
	case "else":
		return s.toks[k].poss && s.in(k-1, cs.anyone) || s.toks[k].poss && s.in(k-1, s.c.g.pronoun)
	case "other":
		return s.toks[k].poss && s.word(k-1) == "each"
	}
	return true
}

// othersAccount reports an owner at token k whose account, within two
// words, received what the clause names as another owner's money before
// it: "put the growers' payouts into the haulier's account", "the
// parents' refunds went into the centre's own account"; not the same
// owner's ("the parents' refunds into the parents' accounts").
func (s *langScan) othersAccount(cs *langCauseSets, k int) bool {
	if !s.in(k+1, cs.account) && !s.in(k+2, cs.account) && !s.in(k+3, cs.account) {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-10 && !s.toks[m].stop; m-- {
		if t := &s.toks[m]; t.poss && t.kind == langWord && (s.in(m+1, cs.money) || s.in(m+2, cs.money)) {
			return s.word(m) != s.word(k)
		}
	}
	return false
}

// sharedOne reports "the same" at token j before a thing only one may
// have at a time (@cause-unique: a hall, a car, a code, a slot), given
// to more than one in the clause of the act at v (@cause-many, or a
// count above one): "gave the same car to two instructors", "printed the
// same code on six hundred shirts", "confirmed a second wedding for the
// same Saturday"; not "sent every customer the same apology".
func (s *langScan) sharedOne(cs *langCauseSets, v, j int) bool {
	if !s.sameThing(cs, j) {
		return false
	}
	for k := max(v+1, j-12); k < j+12 && k < len(s.toks) && !s.toks[k].stop; k++ {
		if s.in(k, cs.many) || s.digitAt(k) && s.word(k) != "1" && !s.clockAt(k) && !s.clockAt(k+1) && s.word(k-1) != ":" && s.word(k-1) != "at" {
			return true
		}
	}
	return false
}

// sameThing reports "the same" at token j before a thing only one may
// hold at a time, right after it or after one word: "the same hall", "the
// same RFID code".
func (s *langScan) sameThing(cs *langCauseSets, j int) bool {
	return s.word(j-1) == "the" && (s.in(j+1, cs.unique) || s.in(j+2, cs.unique) && s.toks[j+1].kind == langWord)
}

// misdirectedHere reports things gone where they did not belong at token
// j (misdirected) told as what happened, not denied ("nobody saw someone
// else's balance") nor what describes people ("the users who received
// someone else's statement", whom a remedy reaches).
func (s *langScan) misdirectedHere(cs *langCauseSets, j int) bool {
	if !s.misdirected(cs, j) || s.negatedClause(cs, j) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6 && !s.toks[k].brk; k-- {
		if s.word(k) == "who" {
			return false
		}
	}
	return true
}

// servedSubject reports the people served at token j as the subject of
// a new clause: after "and", "so", a comma, a semicolon, a dash, an arrow
// or a colon, with at most a count and a modifier between ("and 3,000
// subscribers"), not the object of a verb ("told customers").
func (s *langScan) servedSubject(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch w := s.word(k); {
		case w == "and" || w == "so" || w == "," && !s.countPart(k) || w == ";" || w == "—" || w == "–" || w == "→" || w == "->" || w == ":":
			return true
		case s.isPast(k) || s.in(k, s.c.g.presentTense) || s.in(k, s.c.g.modifierEnd) || s.toks[k].stop:
			return false
		}
	}
	return j == 0
}

// servedHarm reads the clause of the people a service serves, at token j,
// that tells what they lost in the four words after them: "and senders paid
// full fare", "so recipients never got their codes", "and 600 applicants
// missed the deadline". It returns the end of the damage word, or 0 where
// the clause is denied ("no customers were charged") or tells a repair
// ("and the subscribers were refunded").
func (s *langScan) servedHarm(cs *langCauseSets, j int) int {
	if s.word(j+1) == "who" || !s.servedActs(cs, j) {
		return 0
	}
	for k := j + 1; k < j+8 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, cs.remedy) || s.in(k, cs.repair) || s.in(k, cs.recovery) || s.in(k, s.c.g.subord) {
			return 0
		}
		if s.harmlessLack(cs, k) {
			return 0 // "and customers saw no errors": the trouble denied
		}
		if k < j+6 && s.in(k, cs.servedLoss) || s.servedWrong(cs, j, k) {
			return k + 1
		}
	}
	return 0
}

// servedActs reports the people served at token j as the subject of a
// new clause that is not denied ("no customers were charged") nor tells
// trouble that stopped ("so listeners no longer heard the ad").
func (s *langScan) servedActs(cs *langCauseSets, j int) bool {
	p := j - 1
	return !s.in(p, cs.neg) && !(p >= 0 && s.toks[p].id == cs.no) && !s.in(p, s.c.g.nobody) && s.servedSubject(j) && !s.noLonger(cs, j+1)
}

// harmlessLack reports a lack at token k whose object is itself trouble:
// "saw no errors", "had no trouble checking out", "got nothing wrong",
// not "saw no free slots".
func (s *langScan) harmlessLack(cs *langCauseSets, k int) bool {
	if w := s.word(k); w != "no" && w != "nothing" && w != "none" && w != "never" && w != "zero" {
		return false
	}
	for j := k + 1; j <= k+3 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, cs.harmTold) || s.in(j, cs.harmNoun) || s.in(j, cs.outcome) || s.in(j, cs.symptom) || s.in(j, cs.ill) || s.in(j, cs.fault) || s.in(j, cs.lackFine) {
			return true
		}
	}
	return false
}

// servedWrong reports at token k, in the clause of the people served at
// token j, what they got that was not theirs or not what was due: a wrong
// class ("were sold as regular seats", "were listed as sixth graders"),
// someone else's ("received another family's balance", "got someone
// else's invoice") or an amount short or over ("got $0.40 a kilo less").
func (s *langScan) servedWrong(cs *langCauseSets, j, k int) bool {
	switch w := s.word(k); {
	case w == "as":
		return s.isPast(k-1) && s.beforeWord(k-1, "were", "was", "got", "been") && !s.asPlanned(k+1)
	case s.toks[k].poss:
		return s.misdirected(cs, k) // "another family's", "someone else's", "each other's"
	case s.in(k, cs.short):
		return s.countedBy(cs, j, k)
	case w == "zero":
		return s.word(k-1) == "a" && !s.harmlessLack(cs, k) // "saw a zero balance", not "a zero error rate"
	case s.toks[k].id == cs.than && cs.than != 0:
		return s.agreedThan(cs, k) && !s.negatedClause(cs, k) // "were paid less than agreed"
	}
	return false
}

// agreedThan reads a mismatch with what the people served were told or
// sold at "than", token k: a comparative among the three words before
// it ("two hundred more", "forty fewer lunches", "an hour later") and,
// after it, what was agreed, booked, ordered or quoted, with its subject
// of up to three words and "had" or "was" ("than agreed", "than
// passengers had booked", "than their contracts promised", "than the
// client had asked for"). Not what was planned or expected: a team's own
// estimate, not a promise to someone.
func (s *langScan) agreedThan(cs *langCauseSets, k int) bool {
	return s.agreedEnd(cs, k) > 0
}

// agreedEnd returns the end of what was agreed after "than" at token k
// (agreedThan), or 0.
func (s *langScan) agreedEnd(cs *langCauseSets, k int) int {
	if !s.in(k-1, cs.comparative) && !s.in(k-2, cs.comparative) && !s.in(k-3, cs.comparative) {
		return 0
	}
	for j := k + 1; j <= k+5 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.word(j) == "asked" && s.word(j+1) == "for" {
			return j + 2
		}
		if s.in(j, cs.agreed) {
			return j + 1
		}
		if s.in(j, cs.intent) || s.isPast(j) {
			return 0 // "than planned", "than expected", "than it needed"
		}
	}
	return 0
}

// countedBy reports, after token j, the count of what the word at k
// ("less", "short", "extra") was short or over by: a number in digits
// right before it ("got 40 more"), or in digits or words before a unit
// that is not a time ("forty dollars less", "99 cents a month extra",
// not "forty minutes less", a gain), and no noun after it ("at 40 more
// agents" tells more of something).
func (s *langScan) countedBy(cs *langCauseSets, j, k int) bool {
	if n := k + 1; n < len(s.toks) && s.toks[n].kind == langWord && !s.in(n, s.c.g.npEnd) && !s.in(n, s.c.g.det) && s.word(n) != "per" {
		return false // "at 40 more agents": more of something, not a sum short or over
	}
	if s.digitAt(k - 1) {
		return k-1 > j
	}
	for p := k - 2; p > j && p >= k-5; p-- {
		if s.in(p+1, s.c.g.timeUnit) || s.toks[p].brk && !s.countPart(p) || s.isPast(p) || s.in(p, s.c.g.presentTense) {
			return false // a time, another clause, or the verb: "three clients took home less" counts the clients
		}
		if s.digitAt(p) || s.in(p, cs.countWord) {
			return true
		}
	}
	return false
}

// beforeWord reports one of words at token k-1.
func (s *langScan) beforeWord(k int, words ...string) bool {
	return slices.Contains(words, s.word(k-1))
}

// asPlanned reports the words after "as" at token k that tell things went
// as they should: "as usual", "as planned", "as soon as".
func (s *langScan) asPlanned(k int) bool {
	switch s.word(k) {
	case "usual", "normal", "normally", "expected", "planned", "before", "promised", "agreed", "intended", "scheduled", "soon", "well", "such", "always", "required", "due":
		return true
	}
	return false
}

// nounStop reports "stop" at token j as a noun ("the new stop IDs",
// "each bus stop"): not after "to", a modal, an auxiliary or a negation,
// where it would be the verb of a remedy.
func (s *langScan) nounStop(j int) bool {
	if s.word(j) != "stop" {
		return false
	}
	switch s.word(j - 1) {
	case "to", "not", "n't", "did", "would", "could", "will", "can", "should", "must", "might", "and", "or":
		return false
	}
	return true
}

// clockAt reports the colon of a time of day at token j: "21:40".
func (s *langScan) clockAt(j int) bool {
	return s.word(j) == ":" && langDigits(s.word(j-1)) && langDigits(s.word(j+1))
}

// langDigits reports a word of one or more ASCII digits.
func langDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// damageTold reports damage at token j that the clause from the act at v
// tells with a duty, a repeat, a refusal or a miss: its end and whether
// it counts, and told when token j is such damage at all.
func (s *langScan) damageTold(cs *langCauseSets, v, j int) (end int, ok, told bool) {
	if s.toks[j].id == cs.without && s.careWithin(cs, j+1) {
		return j + 1, true, true
	}
	if j > v && s.in(j, cs.unable) && (s.word(j+1) == "not" && s.word(j+2) != "be" || s.word(j+1) == "no" && s.word(j+2) == "longer") {
		return j + 2, !s.clearedAfter(cs, j+1) && !s.wordWithin(j+2, 4, "again"), true // "and the failover could not propagate", not "so the job could not run again"
	}
	if s.word(j) == "missed" && (j == v || s.continues(j-1)) {
		return j + 1, s.signalWithin(cs, j+1), true // "and missed every page"; not "missed our SLO"
	}
	if j > v && s.in(j, cs.neg) && s.continues(j-1) {
		end, ok = s.negatedDuty(cs, j)
		return end, ok, true
	}
	if j > v && (s.in(j, cs.neg) && s.in(j+1, cs.arrive) || s.in(j, cs.unable) && s.in(j+1, cs.reach) && s.noneBefore(cs, j)) {
		return j + 2, !s.clearedAfter(cs, j+1) && !s.troubleBefore(cs, j), true // "; BAPLIE files never arrive", "— no ground station could authenticate"
	}
	if j > v && s.in(j, s.c.g.nobody) {
		end, ok = s.nobodyDid(cs, j) // "and nobody turned it back on", "a change that nobody had read"
		return end, ok, true
	}
	if j > v {
		if k := s.noneServed(cs, j); k > 0 {
			return k + 1, !s.clearedAfter(cs, k), true // "and none of the turnstiles accepted a pass", "— no reminder reached anyone"
		}
	}
	if j > v && s.wrongAmount(cs, j) && !s.negatedClause(cs, j) {
		return j + 1, !s.clearedAfter(cs, j+1), true // "so the invoices came out ten times too high", "were booked as zero"
	}
	if (s.repeated(cs, j) || s.againAfter(cs, j)) && !s.negatedClause(cs, j) {
		return j + 1, !s.clearedAfter(cs, j), true // "and billed some customers twice", "were refunded double"
	}
	if j > v && s.word(j) == "off" && s.word(j+1) == "by" && s.in(j-1, s.c.g.modifierEnd) && !s.negatedClause(cs, j) {
		return j + 2, !s.clearedAfter(cs, j+1), true // "and every pension since January is off by one cent"
	}
	if j > v && s.in(j, cs.loop) && s.wordWithin(j+1, 3, "every") && !s.negatedClause(cs, j) {
		return j + 1, !s.clearedAfter(cs, j), true // "half the readers were rebooting every four minutes"
	}
	if j > v && s.reworked(cs, j) {
		return j + 1, true, true // "so three weeks of variant calls had to be redone"
	}
	if j > v && s.in(j, cs.refused) && s.in(j-1, s.c.g.modifierEnd) || j > v && s.missedDeadline(cs, j) {
		return j + 1, true, true // "and every card was declined", "and the run missed its deadline"
	}
	return 0, false, false
}

// troubleBefore reports trouble named just before the negation at token
// j, as what did not arrive: "the rounding bug never reached customers"
// tells what was spared, not what was lost.
func (s *langScan) troubleBefore(cs *langCauseSets, j int) bool {
	for k := j - 1; k >= j-2 && k >= 0 && s.toks[k].kind == langWord; k-- {
		if s.in(k, cs.ill) || s.in(k, cs.harmNoun) {
			return true
		}
	}
	return false
}

// stopsDoing reports a new subject's present "stop" or "stops" before
// what it no longer does at token j: "– cabinets stop receiving new
// admissions"; not "to stop", "did not stop", a symptom that stops ("the
// errors stop"), nor damage that stops ("stop failing").
func (s *langScan) stopsDoing(cs *langCauseSets, j int) bool {
	if w := s.word(j); w != "stop" && w != "stops" || !strings.HasSuffix(s.word(j+1), "ing") {
		return false
	}
	if p := s.word(j - 1); p == "to" || p == "not" || p == "n't" || s.in(j-1, s.c.g.finite) || s.continues(j-1) || s.symptomAt(cs, j-1) || s.isPast(j-1) || s.in(j-1, s.c.g.det) {
		return false // not "a corrected stop mapping"
	}
	if s.in(j+1, cs.outcome) || s.word(j+1) == "timing" {
		return false // "stop failing", "stop timing out"
	}
	for k := j - 2; k >= 0 && k >= j-4; k-- {
		if w := s.word(k); w == "–" || w == "—" || w == "-" || w == ";" || w == "→" || w == "so" || w == "and" {
			return true // a new subject after a separator: "– cabinets stop receiving"
		}
	}
	return false
}

// liveNotMeant reports "not" or "instead" at token j after the live
// system and a comma: "restarts the scheduler on prod, not staging".
func (s *langScan) liveNotMeant(cs *langCauseSets, j int) bool {
	w := s.word(j)
	return (w == "not" || w == "instead") && s.word(j-1) == "," && s.in(j-2, cs.live)
}

// openToAnyone reports "anyone" at token j in a relative clause that
// opens what was shared to whoever holds its link: "a shared sheet that
// anyone with the link could open".
func (s *langScan) openToAnyone(cs *langCauseSets, j int) bool {
	if !s.in(j, cs.anyone) || s.word(j+1) != "with" {
		return false
	}
	if w := s.word(j - 1); w != "that" && w != "which" {
		return false
	}
	for k := j + 2; k < j+5 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, cs.link) {
			return s.in(k+1, cs.unable)
		}
	}
	return false
}

// reworked reports work that had to be done again or thrown away at
// token j: "had to be redone", "needed to be voided".
func (s *langScan) reworked(cs *langCauseSets, j int) bool {
	if !s.in(j, cs.rework) || s.word(j-1) != "be" || s.word(j-2) != "to" || s.negatedClause(cs, j-3) {
		return false
	}
	switch s.word(j - 3) {
	case "had", "has", "have", "needed", "needs":
		return true
	}
	return false
}

// haltedAlone reports a stop told with no object at token j, of a new
// subject: "; 03:04 matching halts", "and sales halted for 12 minutes";
// not "halted the nightly sync" nor the person's own "and paused".
func (s *langScan) haltedAlone(cs *langCauseSets, j int) bool {
	if !s.in(j, cs.halt) || s.continues(j-1) {
		return false
	}
	n := j + 1
	return n >= len(s.toks) || s.toks[n].kind == langPunct || s.in(n, s.c.g.npEnd)
}

// clockAfter reports a word of time before a number at token j: "placed
// after 22:16", "until 09:00", a time rather than a clause of its own.
func (s *langScan) clockAfter(j int) bool {
	switch s.word(j) {
	case "after", "before", "until", "since", "by", "from":
		return s.digitAt(j + 1)
	}
	return false
}

// stateIs reports "is" at token j before the damage it states, in a
// note's present: "; every appeal submitted till 15:00 is lost", "checkout
// is down"; not a stop of the clause.
func (s *langScan) stateIs(cs *langCauseSets, j int) bool {
	return s.word(j) == "is" && (s.in(j+1, cs.outcome) || s.word(j+1) == "down")
}

// noneAfter reports damage at token j done to nothing: "deleted nothing
// more", "lost no data", "broke none of the jobs".
func (s *langScan) noneAfter(cs *langCauseSets, j int) bool {
	switch s.word(j + 1) {
	case "nothing", "none", "nobody":
		return true
	}
	return j+1 < len(s.toks) && s.toks[j+1].id == cs.no
}

// negatedClause reports a negation or "no" in the clause before token j,
// within eight words: "so no customer was billed twice".
func (s *langScan) negatedClause(cs *langCauseSets, j int) bool {
	for k := j - 1; k >= 0 && k >= j-8 && !s.toks[k].brk; k-- {
		if s.in(k, cs.neg) || s.toks[k].id == cs.no || s.in(k, s.c.g.nobody) {
			return true
		}
	}
	return false
}

// noneCould reports "no" at token k before "could" or "can" and a verb
// of reaching within four words: "no ground station could authenticate".
func (s *langScan) noneCould(cs *langCauseSets, k int) bool {
	for j := k + 1; j < k+5 && j+1 < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, cs.unable) {
			return s.in(j+1, cs.reach)
		}
	}
	return false
}

// noneServed returns the verb of what none of them did, after "none of"
// or "no" at token j opens a new subject: "none of the turnstiles at the
// base station accepted a pass", "no Thursday reminder reached anyone";
// or 0. A verb of its own in between ends the subject.
func (s *langScan) noneServed(cs *langCauseSets, j int) int {
	if !(s.word(j) == "none" && s.word(j+1) == "of") && (s.toks[j].id != cs.no || s.isPast(j-1) || s.in(j-1, s.c.g.finite) || s.in(j-1, s.c.g.modifierEnd)) {
		return 0 // not "had no effect", "was no longer"
	}
	for k := j + 1; k <= j+8 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, cs.arrive) && !s.in(k-1, s.c.g.det) {
			return k
		}
		if s.isPast(k) && !s.in(k-1, s.c.g.det) || s.in(k, s.c.g.finite) || s.in(k, s.c.g.modifierEnd) {
			return s.noneDone(cs, k)
		}
	}
	return 0
}

// noneDone returns the participle of what none of those served got done
// to them (@cause-served-done), told as a passive from the verb at token
// k: "no seller was paid on Friday", "no payslip could be opened"; or 0.
// What the rest of the clause tells as amiss makes it a harm spared: "no
// order was shipped to the wrong depot".
func (s *langScan) noneDone(cs *langCauseSets, k int) int {
	p := k + 1
	if s.in(k, s.c.g.finite) && s.word(p) == "be" {
		p++ // "could be opened"
	}
	if !s.in(k, s.c.g.modifierEnd) && p == k+1 || !s.in(p, cs.servedDone) {
		return 0
	}
	for m := p + 1; m < p+8 && m < len(s.toks) && !s.toks[m].brk; m++ {
		if s.in(m, cs.harmTold) || s.toks[m].id == cs.instead && cs.instead != 0 {
			return 0
		}
	}
	return p
}

// noneOf reports "none of" opening the subject of the damage at token j,
// within six tokens of its clause after the verb at v: "and none of the
// scanners rejected a badge".
func (s *langScan) noneOf(v, j int) bool {
	for k := j - 2; k > v && k >= j-7 && !s.toks[k].brk; k-- {
		if s.word(k) == "none" && s.word(k+1) == "of" {
			return true
		}
	}
	return false
}

// noneBefore reports "no" among the three words before token j, in its
// clause: "no ground station could", "no one in the yard could".
func (s *langScan) noneBefore(cs *langCauseSets, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && !s.toks[k].brk; k-- {
		if s.toks[k].id == cs.no {
			return true
		}
	}
	return false
}

// cured reports an ill at token j that a verb of the clause takes away,
// or such a verb before its ill: "removed the memory leak", "broke the
// deadlock".
func (s *langScan) cured(cs *langCauseSets, j int) bool {
	if s.in(j, cs.cure) {
		for k := j + 1; k < len(s.toks) && k <= j+3 && !s.toks[k].brk; k++ {
			if s.in(k, cs.ill) {
				return true
			}
		}
		return false
	}
	if !s.in(j, cs.ill) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3 && !s.toks[k].brk; k-- {
		if s.in(k, cs.cure) {
			return true
		}
	}
	return false
}

// topic reports damage at token j that is what something was about:
// "told customers about the outage", "a note on the data loss".
func (s *langScan) topic(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && !s.toks[k].brk; k-- {
		switch s.word(k) {
		case "about", "regarding", "concerning", "re":
			return true
		}
	}
	return false
}

// failsOver reports "fail over", "fails back", "to fail closed" at
// token j: a procedure or a design, not damage.
func (s *langScan) failsOver(j int) bool {
	if w := s.word(j); w != "fail" && w != "fails" {
		return false
	}
	switch s.word(j + 1) {
	case "over", "back", "closed", "open", "safe", "fast", "gracefully", "safely":
		return true
	}
	return s.word(j-1) == "to" || s.in(j-1, s.c.g.finite) // "to fail closed", "will fail"
}

// noteState reports "down" at token j as the state a note tells without a
// verb after a separator ("; 22:04 mobile data down", "— checkout down"),
// not a fall ("down to 40 ms") nor what a symptom did ("errors down").
func (s *langScan) noteState(cs *langCauseSets, j int) bool {
	if n := s.word(j + 1); n == "to" || n == "by" || n == "from" || s.in(j-1, cs.symptom) || s.in(j-1, cs.metric) || s.in(j-1, cs.findDown) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		switch t := &s.toks[k]; {
		case s.digitAt(k) && s.word(k-1) == ":":
			return true // a note's time: "22:04 mobile data down"
		case t.kind == langPunct:
			w := s.word(k)
			return w == ";" || w == "—" || w == "–" || w == "-" || w == "→"
		case s.isPast(k) || s.in(k, s.c.g.modifierEnd) || s.in(k, s.c.g.det) && k < j-1 && s.isPast(k-1):
			return false // "took the site down" is the downer's; "was down" a state going on
		}
	}
	return false
}

// timedOut reports "timing out", "timed out" at token j: requests that
// fail by their deadline.
func (s *langScan) timedOut(j int) bool {
	w, p := s.word(j), s.word(j-1)
	return (w == "timing" || w == "timed") && s.word(j+1) == "out" && p != "stopped" && p != "stop" && p != "longer"
}

// butNot returns the negation after "but" at token j, past an adverb or
// an auxiliary at most ("updated the path but never opened the folder",
// "but did not run the check"), or 0: what follows is the same person's
// duty left undone, not a clause of its own.
func (s *langScan) butNot(cs *langCauseSets, j int) int {
	if s.word(j) != "but" {
		return 0
	}
	k := j + 1
	for n := 0; n < 2 && !s.in(k, cs.neg) && (s.in(k, s.c.g.aux) || s.in(k, s.c.g.adverbs)); n++ {
		k++
	}
	if !s.in(k, cs.neg) {
		return 0
	}
	return k
}

// fromThen reports "since then", "from then on", "from that moment" at
// token j: a time that goes on, not a clause of its own.
func (s *langScan) fromThen(j int) bool {
	w, n := s.word(j), s.word(j+1)
	return (w == "since" || w == "from") && (n == "then" || n == "that" && s.word(j+2) == "moment")
}

// nobodyDid reads what nobody did after "nobody" at token j: a duty ("and
// nobody resumed it", "that nobody else had reviewed"), or a loss ("and
// nobody could log in"); not what nobody saw or found.
func (s *langScan) nobodyDid(cs *langCauseSets, j int) (int, bool) {
	k := j + 1
	for n := 0; n < 3 && (s.word(k) == "else" || s.in(k, s.c.g.aux)); n++ {
		k++
	}
	if s.in(k, cs.unable) {
		return k + 1, true
	}
	if !s.isPast(k) && !(k > j+1 && s.isParticiple(k)) || s.in(k, cs.unduty) || s.in(k, cs.remedy) || s.in(k, cs.suffer) {
		return 0, false
	}
	return k + 1, true
}

// nobodyAfter reads a duty nobody did, in the sentence after token k.
func (s *langScan) nobodyAfter(cs *langCauseSets, k int) (int, bool) {
	for j := k; j < len(s.toks) && !s.toks[j].stop; j++ {
		if s.in(j, s.c.g.nobody) {
			return s.nobodyDid(cs, j)
		}
	}
	return 0, false
}

// repeated reports an act done again where once was meant, at token j:
// "billed some customers twice", "was posted three times".
func (s *langScan) repeated(cs *langCauseSets, j int) bool {
	switch id := s.toks[j].id; {
	case id == cs.twice:
	case id == cs.times && (s.in(j-1, s.c.g.quantifier) || s.digitAt(j-1)):
	case id == cs.times && langCountWord(s.word(j-1)):
		return s.sameSuffered(cs, j) // "heard the same ad four times"
	default:
		return false
	}
	return s.repeatBefore(cs, j, 6) || s.sameSuffered(cs, j)
}

// repeatBefore reports an act whose repeat is damage among the n words
// of the clause before token j.
func (s *langScan) repeatBefore(cs *langCauseSets, j, n int) bool {
	for k := j - 1; k >= 0 && k >= j-n && !s.toks[k].brk; k-- {
		if s.in(k, cs.repeat) {
			return true
		}
	}
	return false
}

// againAfter reports an act of money or messages done again, told by
// "double" or "a second time" at token j: "were refunded double",
// "posted every merchant credit a second time".
func (s *langScan) againAfter(cs *langCauseSets, j int) bool {
	switch {
	case !s.in(j, cs.again):
		return false
	case s.word(j) == "second" && (s.word(j-1) != "a" || s.word(j+1) != "time"):
		return false
	}
	return s.repeatBefore(cs, j, 8)
}

// missedDeadline reports a system that missed its deadline at token j:
// "and the run missed its clinical deadline".
func (s *langScan) missedDeadline(cs *langCauseSets, j int) bool {
	if s.word(j) != "missed" || s.continues(j-1) {
		return false // "and missed the page" is the person's own
	}
	for k := j + 1; k < j+4 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, cs.deadline) {
			return true
		}
	}
	return false
}

// damageNext reads damage told in the next clause, after a semicolon or a
// full stop of the same text, as the consequence of an act that changes
// state (@cause-act): "Marit ran the retention job against the prod bucket;
// a third of the exports were gone by 09:12". A next clause with a person
// in it is an act of its own, and one that tells a state going on ("was
// failing", "still", "already", "had been") is context, as after a
// communication or a remedy ("Kenji opened the incident channel; checkout
// was failing"). The finding ends with the act's clause.
func (s *langScan) damageNext(cs *langCauseSets, v int) (int, bool) {
	if !s.in(v, cs.act) && !s.presentAct(cs, v) {
		return 0, false
	}
	return s.nextDamage(cs, v)
}

// nextDamage is damageNext after any act at token v: a person's work
// changes state whatever its verb ("Kofi's import stacked …; 38 reefers
// lost temperature").
func (s *langScan) nextDamage(cs *langCauseSets, v int) (int, bool) {
	stop := v + 1
	for ; stop < len(s.toks) && !s.toks[stop].stop; stop++ {
		if s.in(stop, cs.remedy) || s.in(stop, cs.repair) || s.in(stop, cs.intent) {
			return 0, false // "Kenji deployed the fix; …": a remedy, whatever came next
		}
	}
	if stop+1 >= len(s.toks) || s.word(stop) != ";" && s.word(stop) != "." {
		return 0, false
	}
	if s.unlinkedNext(cs, v, stop) {
		return 0, false
	}
	if s.personIn(stop + 1) {
		return 0, false
	}
	for j := stop + 1; j < len(s.toks) && !s.toks[j].stop; j++ {
		if w := s.word(j); w == "still" || w == "already" || w == "had" || s.in(j, cs.intent) || s.in(j, s.c.g.modifierEnd) && strings.HasSuffix(s.word(j+1), "ing") {
			return 0, false
		}
	}
	if _, ok := s.damageAfter(cs, stop+1); !ok {
		return 0, false
	}
	return stop, true
}

// unlinkedNext reports an act at token v whose next clause, after token
// stop, tells a failure with no link to it: an act on what people read
// ("merged the docs change"), a failure called unrelated, or one given a
// cause of its own that shares no word with the act ("the outage began
// when the upstream provider failed").
func (s *langScan) unlinkedNext(cs *langCauseSets, v, stop int) bool {
	for k := v + 1; k < stop; k++ {
		if s.in(k, cs.reader) {
			return true
		}
	}
	end := stop + 1
	for ; end < len(s.toks) && !s.toks[end].stop; end++ {
		if s.in(end, cs.unlinked) {
			return true
		}
	}
	for j := stop + 1; j < end; j++ {
		if w := s.word(j); (w == "when" || w == "because" || w == "after" || w == "due" || w == "as") && !s.clockAfter(j) {
			_, own := s.damageAfter(cs, j+1)
			return own && !s.sharesWord(v+1, stop, j+1, end)
		}
	}
	return false
}

// sharesWord reports a word of tokens a..b-1 that is neither a
// determiner nor a word that ends a phrase, again in c..d-1, or a word
// that points back at the act ("it", "this", "the change").
func (s *langScan) sharesWord(a, b, c, d int) bool {
	for k := c; k < d; k++ {
		t := &s.toks[k]
		if t.kind != langWord || s.in(k, s.c.g.det) || s.in(k, s.c.g.npEnd) || s.in(k, s.c.g.modifierEnd) {
			continue
		}
		if s.in(k, s.c.g.vague) {
			return true
		}
		for j := a; j < b; j++ {
			if s.toks[j].kind == langWord && s.toks[j].id == t.id && (t.id != 0 || s.word(j) == s.word(k)) {
				return true
			}
		}
	}
	return false
}

// risen reports a measure that is bad when it rises, rising at token j:
// "replication lag climbed to forty minutes", "the backlog grew", not
// "latency climbed back to normal".
func (s *langScan) risen(cs *langCauseSets, j int) bool {
	if !s.in(j, cs.rise) || s.word(j+1) == "back" || s.wordWithin(j+1, 3, "normal") {
		return false
	}
	p := j - 1
	if s.in(p, s.c.g.aux) {
		p-- // "the backlog had grown"
	}
	return s.in(p, cs.metric)
}

// leftWithout reports "had no effect", "had nowhere to schedule", "went
// nowhere" at token j: what a person's act left a system without, told
// with a new subject (not "and he had no access": his own lack).
func (s *langScan) leftWithout(cs *langCauseSets, j int) bool {
	switch w := s.word(j); {
	case w == "nowhere":
		return s.word(j-1) == "had" || s.word(j-1) == "went"
	case w == "no" && s.word(j-1) == "got":
		return !s.in(j-2, s.c.g.backRef) && !s.in(j-2, s.c.g.pronoun) // "two districts got no water pressure"
	case w == "no" && s.word(j-1) == "had":
		c := s.word(j - 2)
		return s.in(j+1, cs.none) && c != "and" && c != "but" && c != "then" && !s.in(j-2, s.c.g.backRef)
	}
	return false
}

// persisted reports, at token j, a new subject's state out of service
// that lasted, after the act or before its cause: "stayed", "remained",
// "sat", "stood" or "lay" before such a state (@cause-stuck) and a time
// it lasted ("the compressors stayed off for forty minutes", "the boards
// remained dark all morning", "the koji room stood empty for three
// days"); not a state that went on working ("stayed up", "remained
// open") nor a measure or a symptom that stayed low ("the queue stayed
// empty").
func (s *langScan) persisted(cs *langCauseSets, j int) bool {
	switch s.word(j) {
	case "stayed", "remained", "sat", "stood", "lay":
	default:
		return false
	}
	if !s.in(j+1, cs.stuck) || s.in(j-1, cs.metric) || s.in(j-1, cs.symptom) {
		return false // "the queue stayed empty for an hour" is no damage
	}
	for k := j + 2; k < j+7 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, s.c.g.timeUnit) || s.word(k) == "overnight" {
			return true
		}
	}
	return false
}

// turnedAway reports people sent off at token j ("away" or "home") in a
// clause after the act at token v: a passive of a verb of sending away
// ("and 3,000 fans were turned away", "parents getting turned away at
// 6:05"), or the people served as its object ("twelve branches turned
// parents away", "two schools sent pupils home"). Not of those a relative
// clause names for a remedy ("the groups that had been turned away were
// let in"), nor negated ("and no fan was turned away").
func (s *langScan) turnedAway(cs *langCauseSets, v, j int) bool {
	w := s.word(j)
	if w != "away" && w != "home" {
		return false
	}
	k := j - 1
	if !s.in(k, cs.sendAway) {
		if k-1 <= v || !s.servedNoun(cs, k) || !s.in(k-1, cs.sendAway) {
			return false // not "sent the report home"
		}
		k-- // "turned parents away", "sent pupils home"
	} else if w == "home" {
		return false
	} else {
		switch s.word(k - 1) {
		case "was", "were", "been", "being", "got", "getting", "get":
		default:
			return false
		}
	}
	for m := k - 1; m > v && m >= k-6 && !s.toks[m].brk; m-- {
		if s.in(m, s.c.g.neg) || s.in(m, s.c.g.nobody) || s.toks[m].id == cs.no && cs.no != 0 {
			return false // "and no fan was turned away"
		}
		if x := s.word(m); x == "who" || x == "that" || x == "which" {
			return false // "the groups that had been turned away"
		}
	}
	return true
}

// earlyBy reports "early" at token j told as a fault: "too early", or
// after the time it was early by in a clause of what went live, went on
// sale or was charged ("went live three days early", "got charged the new
// rent three months early"); not "renewed the certificate two weeks
// early", which is care.
func (s *langScan) earlyBy(cs *langCauseSets, j int) bool {
	if j < 2 || cs.early == 0 || s.toks[j].id != cs.early {
		return false
	}
	if s.word(j-1) == "too" {
		return true
	}
	if !s.spanBefore(j) {
		return false
	}
	for m := j - 2; m >= 0 && m >= j-9 && !s.toks[m].brk; m-- {
		if w := s.word(m); w == "live" || w == "sale" || s.in(m, cs.charge) {
			return true
		}
	}
	return false
}

// spanBefore reports a unit of time right before token j: "three days",
// "a week", "a month".
func (s *langScan) spanBefore(j int) bool {
	switch s.word(j - 1) {
	case "week", "month", "months", "fortnight", "year", "years":
		return true
	}
	return s.in(j-1, s.c.g.timeUnit) && s.word(j-1) != "while"
}

// lateBy reports "late" at token j after the time it was late by, told
// of what a clause says came or ran: "went out forty minutes late",
// "reached readers six hours late", "a month late"; not "late on Friday"
// nor "the late shift".
func (s *langScan) lateBy(cs *langCauseSets, j int) bool {
	return j >= 1 && cs.late != 0 && s.toks[j].id == cs.late && s.spanBefore(j)
}

// idiomDamage reads damage told by an idiom at token j: "went away", "fell
// irrecoverably behind", "ground to a halt", unless what went away was a
// symptom ("the errors went away") or an object follows ("went over the
// runbook").
func (s *langScan) idiomDamage(cs *langCauseSets, j int) (int, bool) {
	p := j - 1
	if s.isAdverb(p) {
		p--
	}
	if w := s.word(p); s.in(p, cs.symptom) || w == "that" || w == "which" || s.in(j-1, cs.neg) {
		return 0, false // "the broker that fell over": the state of what was acted on; "never ran dry"
	}
	if s.word(j) == "taken" && !s.in(p, s.c.g.modifierEnd) {
		return 0, false // "the account was taken over", not "Ravi had taken over"
	}
	for k := j + 1; k < j+4 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.in(k, cs.idiomTail) {
			if s.in(k+1, s.c.g.det) || s.in(k+1, s.c.g.possPronoun) {
				return 0, false
			}
			if w := s.word(k); strings.HasPrefix(s.word(j), "turn") && (w == "away" || w == "over") {
				return 0, false // "turned sour", "turned dark", not "turned over to the night shift"
			}
			return k + 1, true
		}
		if !s.isAdverb(k) && s.word(k) != "to" && s.word(k) != "a" {
			return 0, false
		}
	}
	return 0, false
}

// clearedAfter reports a recovery or a benign object right after the
// damage at token j: "and the errors stopped", "deleted the stale zone".
func (s *langScan) clearedAfter(cs *langCauseSets, j int) bool {
	if s.word(j+1) == "back" && (s.word(j+2) == "to" || s.word(j+2) == "under") {
		return true // "5xx back to zero"
	}
	end := j + 4
	for k := j + 1; k < end && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.word(k) == "of" && end < j+7 {
			end = k + 3 // a quantity of what: "purged 3 TB of expired logs"
		}
		if s.toks[k-1].id == cs.no && s.toks[k-1].kind == langWord {
			continue // "saw no free slots": what was missing, not how it went
		}
		if s.in(k, cs.recovery) || s.in(k, cs.benign) || s.in(k, cs.benign2) || s.in(k, cs.fine) || s.in(k, cs.spare) && s.in(k-1, s.c.g.det) {
			return true // "truncated the scratch table", "went out smoothly"
		}
		if s.toks[k].id == cs.againID && cs.againID != 0 && s.workedAgain(cs, k) {
			return true // "and the 11,000 blocked tags worked again"
		}
		if s.withoutHarm(cs, k) {
			return true // "went out without errors"
		}
	}
	return false
}

// withoutHarm reports "without" at token k before the damage it says did
// not come: "without errors", "without a single 403", "without any
// failed payment".
func (s *langScan) withoutHarm(cs *langCauseSets, k int) bool {
	if s.toks[k].id != cs.without {
		return false
	}
	if w := s.word(k + 1); w == "issues" || w == "impact" {
		return true
	}
	for j := k + 1; j <= k+4 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, cs.harmNoun) || langErrorCode(s.word(j)) {
			return true
		}
	}
	return false
}

// withoutBefore reports "without" among the three tokens before the
// damage at token j, after the verb at v: "without any errors", "without
// a single failed payment".
func (s *langScan) withoutBefore(cs *langCauseSets, v, j int) bool {
	for k := j - 1; k > v && k >= j-3 && !s.toks[k].brk; k-- {
		if s.toks[k].id == cs.without {
			return true
		}
	}
	return false
}

// langErrorCode reports an HTTP status of error: "403", "503", "5xx".
func langErrorCode(w string) bool {
	if langHTTPErrors(w) || langClientErrors(w) {
		return true
	}
	return len(w) == 3 && (w[0] == '4' || w[0] == '5') && langDigits(w)
}

// dutyAfter reads a duty negated in a second verb after a state: "was on
// the bridge but did nothing", "was paged and never acknowledged".
func (s *langScan) dutyAfter(cs *langCauseSets, v int) (int, bool) {
	for j := v + 1; j < len(s.toks) && j <= v+12 && !s.toks[j].stop && (!s.in(j, cs.stop) || s.word(j) == "but"); j++ {
		if s.in(j, cs.neg) && s.continues(j-1) {
			return s.negatedDuty(cs, j)
		}
		if s.word(j) == "missed" && s.continues(j-1) && s.signalWithin(cs, j+1) {
			return j + 1, true // "was asleep and missed every page"
		}
	}
	return 0, false
}

// retracted reports a person's verb at token v that takes back a piece of
// work named within four words after it ("withdrew the Christmas price
// file"), not what is withdrawn from others ("withdrew our prefixes").
func (s *langScan) retracted(cs *langCauseSets, v int) bool {
	if w := s.word(v); w != "withdrew" && w != "withdrawn" {
		return false
	}
	for k := v + 1; k <= v+6 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if k <= v+4 && s.in(k, s.c.g.work) || s.in(k, cs.submission) {
			return true // "withdrew the twins' second enrolment": what was put in, taken back
		}
	}
	return false
}

// noLonger reports "no longer" within three words of token k, followed in
// its clause by trouble told as a repeat or an ill ("no longer heard the
// same ad four times", "no longer saw duplicate charges"): what stopped
// was the trouble. "No longer received invoices" is not this.
func (s *langScan) noLonger(cs *langCauseSets, k int) bool {
	for j := k; j < k+3 && j+1 < len(s.toks) && !s.toks[j].brk; j++ {
		if s.toks[j].id != cs.no || s.word(j+1) != "longer" {
			continue
		}
		for m := j + 2; m < j+10 && m < len(s.toks) && !s.toks[m].brk; m++ {
			if w := s.word(m); w == "same" || w == "twice" || w == "times" || w == "duplicate" || s.in(m, cs.ill) || s.in(m, cs.again) {
				return true
			}
		}
		return false
	}
	return false
}

// wrongAmount reports an amount told as wrong at token j: a multiple or
// a share too high or low ("ten times too high", "struck 0.4% too
// high"), what was made or priced the wrong size ("were cut too small"),
// a weight read off by an amount ("read every truck 600 kg light"),
// an amount far off ("billed the
// summer programme far too low", not of those "who were billed far too
// low", whom the clause names for a remedy), or zero as what a thing was taken
// for ("were reconciled as zero", "a balance of zero"), not a level set or
// reached ("set the cap to zero", "fell to zero").
func (s *langScan) wrongAmount(cs *langCauseSets, j int) bool {
	switch id := s.toks[j].id; {
	case id == cs.times || id == cs.far && id != 0 && !s.wordWithin(max(j-4, 0), min(j, 4), "who"):
		return s.word(j+1) == "too" && langTooMuch(s.word(j+2))
	case id == cs.too && id != 0 && j > 0:
		w := s.word(j + 1)
		if w == "many" || w == "much" || !langTooMuch(w) || !strings.HasSuffix(s.word(j-1), "%") && !s.isParticiple(j-1) {
			return false
		}
		for k := max(j-5, 0); k < j; k++ {
			if w := s.word(k); w == "that" || w == "which" || w == "who" || w == "had" {
				return false // "the curtains that were cut too small were remade", "which had been set 40% too low": what was put right
			}
		}
		return true
	case s.in(j, cs.weightOff):
		return s.in(j-1, cs.weightUnit) // "left every truckload 40 kilos light", not "a light load"
	case id == cs.zero && id != 0:
		p := s.word(j - 1)
		return p == "as" || p == "of" && s.word(j-2) == "balance" || s.word(j+1) == "balance" || s.word(j+1) == "balances" // "saw a zero balance"
	}
	return false
}

// langTooMuch reports a word of size or amount after "too": "too high",
// "too small".
func langTooMuch(w string) bool {
	return w == "high" || w == "low" || w == "large" || w == "small" || w == "big" || w == "many" || w == "much"
}

// workedAgain reports "again" at token j after a verb of working or
// getting among the three words before it, or a verb in its progressive
// form, with no word of damage or of a repeated charge between: "the
// blocked tags worked again", "later bookings got berths again", "the
// railway was carrying visitors again" (not "got charged again" nor
// "was crashing again").
func (s *langScan) workedAgain(cs *langCauseSets, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && !s.toks[k].brk; k-- {
		if s.in(k, cs.repeat) || s.in(k, cs.harmTold) || s.in(k, cs.outcome) {
			return false
		}
		switch w := s.word(k); w {
		case "worked", "works", "work", "got", "get", "gets", "functioned":
			return true
		default:
			if p := s.word(k - 1); strings.HasSuffix(w, "ing") && (p == "was" || p == "were") {
				return true
			}
		}
	}
	return false
}

// normalBefore reports a word of the usual state among the four words of
// its clause before token j: "charged normal prices again", "ran at the
// usual speed again".
func (s *langScan) normalBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4 && !s.toks[k].brk; k-- {
		switch s.word(k) {
		case "normal", "normally", "usual", "correct", "correctly", "properly", "expected":
			return true
		}
	}
	return false
}

// asZero reports "as zero" at token j: an amount told as wrong ("were
// reconciled as zero"), not the start of a clause.
func (s *langScan) asZero(cs *langCauseSets, j int) bool {
	return j+1 < len(s.toks) && cs.zero != 0 && s.toks[j+1].id == cs.zero
}

// supplierFailed reports a subject that ends at token end with a word a
// company or software bears, as a possessive, whose work then fails by
// itself: "when the vendor's firmware update failed halfway", "the grid
// operator's transformer failed" (a supplier's product that failed, not
// a person's act).
func (s *langScan) supplierFailed(end int) bool {
	if !s.toks[end-1].poss || !s.in(end-1, s.c.g.orgRole) && !s.in(end-1, s.c.g.machineRole) {
		return false
	}
	for k := end; k < end+4 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if s.ownFailure(k) {
			return true
		}
	}
	return false
}

// ownFailure reports a verb at token k that tells a thing failing by
// itself, with no object: "failed halfway", "crashed on boot".
func (s *langScan) ownFailure(k int) bool {
	switch s.word(k) {
	case "failed", "crashed", "hung", "stalled", "aborted", "errored", "died":
		return !s.in(k+1, s.c.g.det)
	}
	return false
}

// sameSuffered reports the same thing undergone over and over before the
// count at token j: "listeners heard the same ad four times", "got the
// same reminder twice".
func (s *langScan) sameSuffered(cs *langCauseSets, j int) bool {
	for k := j - 1; k >= 0 && k >= j-6 && !s.toks[k].brk; k-- {
		if s.word(k) == "same" {
			return s.in(k-2, cs.suffer) || s.in(k-3, cs.suffer)
		}
	}
	return false
}

// langCountWord reports a count in words from four to twelve, which the
// quantifiers (one, two, three) leave out.
func langCountWord(w string) bool {
	switch w {
	case "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}

// afterWhich reports ", after which" at token j: what the act was followed
// by, told as a clause that goes on ("restarted the pump, after which the
// pressure fell"), not the start of a clause of its own.
func (s *langScan) afterWhich(j int) bool {
	return s.word(j+1) == "which" && s.word(j) == "after" && s.word(j-1) == ","
}

// resume skips a subordinate clause opened at token j ("before the sale
// began") and returns the comma after it when the main clause goes on
// there (", which starved the API"), or -1.
func (s *langScan) resume(j int) int {
	prep := s.word(j) == "from" || s.word(j) == "by"
	for ; j < len(s.toks) && !s.toks[j].stop; j++ {
		if prep && s.word(j) == "and" {
			return j - 1 // "from the admin console and made the herd worse": a phrase, not a clause
		}
		if s.toks[j].brk {
			if w := s.word(j + 1); w == "which" || w == "so" || w == "and" || strings.HasSuffix(w, "ing") {
				return j
			}
			return -1
		}
	}
	return -1
}

// signalWithin reports an alert, a page or a warning among the three
// words from k.
func (s *langScan) signalWithin(cs *langCauseSets, k int) bool {
	for j := k; j < k+3 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, s.c.g.signal) {
			return true
		}
	}
	return false
}

// careWithin reports the care skipped after "without": "without any review".
func (s *langScan) careWithin(cs *langCauseSets, k int) bool {
	for j := k; j < k+3 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.in(j, cs.care) {
			return true
		}
	}
	return false
}

// continues reports a word that carries the subject into a second verb:
// "and never switched it back on", "but did not".
func (s *langScan) continues(k int) bool {
	if s.in(k, s.c.g.aux) {
		k--
	}
	w := s.word(k)
	return w == "and" || w == "but" || w == "then" || s.in(k, s.c.g.pronoun)
}

// unknownDamage reports, at token k that no list holds, server errors by
// their codes ("5xx", "500s") or a participle whose prefix tells a fault
// ("misrouted", "double-charged", "half-applied").
func (s *langScan) unknownDamage(k int) bool {
	switch s.text[s.toks[k].start] {
	case '5':
		return langHTTPErrors(s.word(k)) && !s.amountAt(k)
	case 'm', 'M', 'd', 'D', 'h', 'H':
		return langFaultWord(s.word(k))
	case '4':
		return langClientErrors(s.word(k)) && s.wentTo(k) // "the results page went 404"
	case '0':
		return s.zeroMoney(k) // "218 cars at £0.00"
	}
	return false
}

// zeroMoney reports an amount of money that is nothing at token k, a
// zero right after a currency sign: "£0.00", "€0", "GH₵ 0", "R$ 0,00";
// not an amount compared with ("over £0.00"), which tells no state.
func (s *langScan) zeroMoney(k int) bool {
	if k == 0 || s.toks[k-1].kind != langPunct {
		return false // most zeros: "09" of "14:09"
	}
	p := &s.toks[k-1]
	if c := s.text[p.start]; c != '$' && c < utf8.RuneSelf {
		return false // a currency sign is "$" or beyond ASCII
	}
	for _, c := range []byte(s.word(k)) {
		if c != '0' && c != '.' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s.text[p.start:p.end])
	return unicode.Is(unicode.Sc, r) && !s.amountAt(k-1)
}

// langClientErrors reports a client error told as a state: "404", "4xx".
func langClientErrors(w string) bool {
	return w == "404" || w == "4xx" || w == "410"
}

// wentTo reports "went", "goes" or "go" before token k: "went 404".
func (s *langScan) wentTo(k int) bool {
	switch s.word(k - 1) {
	case "went", "goes", "go":
		return true
	}
	return false
}

// langFaultWord reports a participle with a prefix of fault: "mis-" (not
// "missed"), "double-", "half-".
func langFaultWord(w string) bool {
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	return strings.HasPrefix(w, "mis") && len(w) >= 8 || strings.HasPrefix(w, "double-") || strings.HasPrefix(w, "half-")
}

// amountAt reports a number at token k that a word of comparison leads,
// an amount rather than a status code: "orders over 500 MAD", "fewer than
// 500 rows".
func (s *langScan) amountAt(k int) bool {
	switch s.word(k - 1) {
	case "over", "under", "above", "below", "than", "about", "around", "nearly", "almost", "least", "most":
		return true
	}
	return false
}

// langHTTPErrors reports server errors by their codes: "5xx", "500s".
func langHTTPErrors(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) != 3 || w[0] != '5' {
		return false
	}
	return w[1:] == "xx" || langIsDigit(w[1]) && langIsDigit(w[2])
}

// declineTail reports a measure after a fall: "to 40 ms", "back".
func (s *langScan) declineTail(k int) bool {
	switch s.word(k) {
	case "to", "back", "from", "below", "under", "by":
		return true
	}
	return false
}

// downed reports "took the site down", "knocked them offline": a word of
// @down after a verb that brings things down.
func (s *langScan) downed(cs *langCauseSets, j int) bool {
	for k := j - 1; k >= 0 && k >= j-5 && !s.toks[k].brk; k-- {
		if s.in(k, cs.downVerb) {
			return k != j-1 || s.word(j) != "out" || !s.in(k-1, cs.sent) // not "the notice went out"
		}
	}
	return false
}

// wordWithin reports word w among the n tokens from k, in the clause.
func (s *langScan) wordWithin(k, n int, w string) bool {
	for j := k; j < k+n && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.word(j) == w {
			return true
		}
	}
	return false
}
