package lint

import (
	"math/bits"
	"unicode"

	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
)

// ---- the features of the learned model ----

// langFeatures holds the features of one sentence, read into buffers a
// scan reuses: feature k is buf[ends[k-1]:ends[k]]. While score is set,
// each feature is instead hashed and its weight added to z.
type langFeatures struct {
	toks  []lmToken
	buf   []byte
	ends  []int32
	score *lmTable
	z     float64
	// outcome is whether the sentence tells damage: the model is asked
	// only about a person in a sentence that tells an outcome.
	outcome bool
	// acts is whether a person in it does something (personActs).
	acts bool
	// agent is whether a person in it does something who may be its
	// cause (personActs): not one of the people served, nor "we"
	// reporting or observing, nor a role at a remedy or a routine act.
	// The model is asked only about such a sentence.
	agent bool
}

// lmToken is one normalised token of a sentence.
type lmToken struct {
	word    string // lower-cased word, or PERSON, PERSONS, NAME?, NUM, QUOTE
	classes uint16 // the signals of the word, bits of lmClassNames and the marks below them
	who     uint8  // for a person, what kind of person: lmWho*
	part    lmPart // the word's hash, read by features when scoring
}

// lmPart is a part of a feature's name and its hash (langmodel.HashPart):
// a word is hashed once, however many features name it.
type lmPart struct {
	s         string
	hash, pow uint64
}

// newLMPart returns s with its hash.
func newLMPart(s string) lmPart {
	h, pow := langmodel.HashPart(s)
	return lmPart{s, h, pow}
}

// The parts of features that are not words of the sentence.
var (
	lmPartNone, lmPartSpace = newLMPart(""), newLMPart(" ")
	lmPartW, lmPartB        = newLMPart("w:"), newLMPart("b:")
	lmPartC, lmPartWC       = newLMPart("c:"), newLMPart("wc:")
	lmPartStart, lmPartEnd  = newLMPart("<s>"), newLMPart("</s>")
	lmPartClasses           = func() (ps [len(lmClassNames)]lmPart) {
		for i, n := range lmClassNames {
			ps[i] = newLMPart(n)
		}
		return ps
	}()
)

// The kinds of person lmToken.who tells.
const (
	lmWhoAny    = iota // a name, a mention, a pronoun other than "we"
	lmWhoServed        // one of the people served: "customers", "our subscribers"
	lmWhoWe            // "we", the writers
	lmWhoRole          // a role: "the on-call engineer"
)

// lmClassNames name the signals a word carries, read from the lists of
// the person-subject check.
var lmClassNames = [...]string{"DAMAGE", "REMEDY", "ACT", "NEG", "SLOW", "CARE", "INTENT", "BENIGN", "SYMPTOM", "TIME", "SIGNAL"}

const (
	lmDamage = 1 << 0
	lmAct    = 1 << 2
	// lmNamed are the bits of lmClassNames, which are features; the marks
	// above them are not.
	lmNamed = 1<<len(lmClassNames) - 1
	// lmRoutine marks a remedy or a routine act (@cause-remedy,
	// @cause-repair, @cause-operate); lmReport, reporting or observing
	// (@discover, @perceive); lmServed, one of the people served
	// (@cause-served).
	lmRoutine = 1 << len(lmClassNames)
	lmReport  = lmRoutine << 1
	lmServed  = lmRoutine << 2
)

// lmConnective reports the words and marks that join an act to its result.
func lmConnective(w string) bool {
	switch w {
	case "so", "which", "because", "after", ";", "and", "when", "then", "until", "before", "by", "since",
		"—", "→", ":", "while", "without", "but":
		return true
	}
	return false
}

// modelFeatures reads the features of tokens a..b-1 into s.lm
// (features).
func (s *langScan) modelFeatures(a, b int) {
	s.modelTokens(a, b)
	s.lm.features()
}

// features reads the features of the tokens of f: every word and word
// pair (people as one token), each word's signals alone and after the
// word before, the signals of the word after a person, and where the
// first person stands to the first damage, with the connectives between
// them.
func (f *langFeatures) features() {
	f.buf, f.ends = f.buf[:0], f.ends[:0]
	for i := range f.toks {
		if t := &f.toks[i]; f.score != nil {
			t.part = newLMPart(t.word)
		} else {
			t.part = lmPart{s: t.word}
		}
	}
	prev := &lmPartStart
	firstP, firstD := -1, -1
	for i := range f.toks {
		t := &f.toks[i]
		f.addParts(&lmPartW, &t.part, &lmPartNone, &lmPartNone)
		f.addParts(&lmPartB, prev, &lmPartSpace, &t.part)
		prev = &t.part
		for cs := t.classes & lmNamed; cs != 0; cs &= cs - 1 {
			name := &lmPartClasses[bits.TrailingZeros16(cs)]
			f.addParts(&lmPartC, name, &lmPartNone, &lmPartNone)
			if i > 0 {
				f.addParts(&lmPartWC, &f.toks[i-1].part, &lmPartSpace, name)
			}
		}
		if t.word == "PERSON" || t.word == "PERSONS" {
			if firstP < 0 {
				firstP = i
			}
			f.afterPerson(i)
		}
		if t.classes&lmDamage != 0 && firstD < 0 {
			firstD = i
		}
	}
	f.addParts(&lmPartB, prev, &lmPartSpace, &lmPartEnd)
	f.outcome = f.tellsOutcome()
	if f.outcome {
		f.add("d:told", "", "", "")
	}
	f.acts, f.agent = f.personActs()
	f.order(firstP, firstD)
}

// tellsOutcome reports a word of damage that is not a landmark: "prior
// to the outage" dates an act and "due to the errors" gives its reason;
// neither tells an outcome of it.
func (f *langFeatures) tellsOutcome() bool {
	for i, t := range f.toks {
		if t.classes&lmDamage != 0 && !f.landmark(i) {
			return true
		}
	}
	return false
}

// personActs reports a person doing something: a word of an act within
// three words after a person, or before "by" and a person; and whether
// one such person may be the cause (an agent): not one of the people
// served, nor "we" whose verb reports or observes, nor a role whose verb
// is a remedy or a routine act. A person's verb is the first word of an
// act, a remedy or a report in those words.
func (f *langFeatures) personActs() (acts, agent bool) {
	for i, t := range f.toks {
		v, ok := f.personVerb(i)
		if !ok {
			continue
		}
		acts = true
		f.add("a:", lmWhoNames[t.who], " ", lmVerbName(v))
		agent = agent || f.agentOf(t.who, v)
	}
	return acts, agent
}

// anyAgent is the agent of personActs, read without the features.
func (f *langFeatures) anyAgent() bool {
	for i, t := range f.toks {
		if v, ok := f.personVerb(i); ok && f.agentOf(t.who, v) {
			return true
		}
	}
	return false
}

// personVerb returns the signals of the verb of the person at token i
// (verbIn) when the person acts, as personActs reads it.
func (f *langFeatures) personVerb(i int) (uint16, bool) {
	if w := f.toks[i].word; w != "PERSON" && w != "PERSONS" {
		return 0, false
	}
	verb := f.actIn(i+1, i+4)
	if verb < 0 && i > 0 && f.toks[i-1].word == "by" {
		verb = f.actIn(i-4, i-1)
	}
	if verb < 0 {
		return 0, false
	}
	return f.verbIn(i, verb), true
}

// lmWhoNames name the kinds of person, for the features of a person who acts.
var lmWhoNames = [...]string{lmWhoAny: "any", lmWhoServed: "served", lmWhoWe: "we", lmWhoRole: "role"}

// lmVerbName names what a person's verb does: reports, remedies or acts.
func lmVerbName(v uint16) string {
	switch {
	case v&lmReport != 0:
		return "REPORT"
	case v&lmRoutine != 0:
		return "ROUTINE"
	}
	return "ACT"
}

// agentOf reports whether a person of the kind who, whose verb has the
// signals verb, may be the cause of what the sentence tells.
func (f *langFeatures) agentOf(who uint8, verb uint16) bool {
	switch who {
	case lmWhoServed:
		return false
	case lmWhoWe:
		return verb&lmReport == 0
	case lmWhoRole:
		return verb&lmRoutine == 0
	}
	return true
}

// verbIn returns the signals of a person's verb: of the first word
// after the person at i, up to its act at act, that reports, remedies or
// acts; of the act itself when it comes before the person ("by").
func (f *langFeatures) verbIn(i, act int) uint16 {
	for k := i + 1; k < act; k++ {
		if c := f.toks[k].classes; c&(lmAct|lmRoutine|lmReport) != 0 {
			return c
		}
	}
	return f.toks[act].classes
}

// actIn returns the first word of an act among tokens lo..hi-1, or -1.
func (f *langFeatures) actIn(lo, hi int) int {
	for k := max(lo, 0); k < min(hi, len(f.toks)); k++ {
		if f.toks[k].classes&lmAct != 0 {
			return k
		}
	}
	return -1
}

// landmark reports the damage word at i in a short noun phrase after a
// word that makes it a time or a reason: no person, signal or mark
// between.
func (f *langFeatures) landmark(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := f.toks[k]
		switch {
		case lmLandmarkLead(t.word, f.toks, k):
			return true
		case t.word == "PERSON" || t.word == "PERSONS" || t.word == "QUOTE" || lmPunct(t.word):
			return false
		case t.classes&^lmDamage != 0:
			return false
		}
	}
	return false
}

// lmLandmarkLead reports a word that makes the noun phrase after it a
// time or a reason: "before", "prior to", "due to", "because of".
func lmLandmarkLead(w string, toks []lmToken, k int) bool {
	switch w {
	case "before", "after", "during", "since", "until", "following", "amid", "despite", "prior", "due":
		return true
	case "of":
		return k > 0 && toks[k-1].word == "because"
	}
	return false
}

// lmPunct reports a mark rather than a word.
func lmPunct(w string) bool {
	return w != "" && !unicode.IsLetter(rune(w[0])) && !unicode.IsDigit(rune(w[0])) && w != "NUM"
}

// add appends the feature a+b+c+d, or adds its weight when scoring.
func (f *langFeatures) add(a, b, c, d string) {
	if f.score != nil {
		h := langmodel.HashAdd(langmodel.HashAdd(langmodel.HashAdd(langmodel.HashAdd(langmodel.HashStart, a), b), c), d)
		f.z += f.score.weight(h)
		return
	}
	f.addName(a, b, c, d)
}

// addParts is add over parts whose hashes are read: when scoring, the
// feature's hash joins theirs.
func (f *langFeatures) addParts(a, b, c, d *lmPart) {
	if f.score != nil {
		h := langmodel.HashJoin(langmodel.HashJoin(langmodel.HashJoin(langmodel.HashJoin(langmodel.HashStart, a.hash, a.pow), b.hash, b.pow), c.hash, c.pow), d.hash, d.pow)
		f.z += f.score.weight(h)
		return
	}
	f.addName(a.s, b.s, c.s, d.s)
}

// addName appends the feature a+b+c+d.
func (f *langFeatures) addName(a, b, c, d string) {
	f.buf = append(f.buf, a...)
	if b != "" {
		f.buf = append(f.buf, b...)
	}
	if c != "" || d != "" {
		f.buf = append(append(f.buf, c...), d...)
	}
	f.ends = append(f.ends, int32(len(f.buf)))
}

// afterPerson tells what follows the person at i: the signals of the
// next word, and whether the person opens the sentence.
func (f *langFeatures) afterPerson(i int) {
	if i == 0 {
		f.add("p:first", "", "", "")
	}
	if i+1 >= len(f.toks) {
		return
	}
	for cs := f.toks[i+1].classes & lmNamed; cs != 0; cs &= cs - 1 {
		f.add("pv:", lmClassNames[bits.TrailingZeros16(cs)], "", "")
	}
}

// order tells where the first person p stands to the first damage d and
// which connectives come between them.
func (f *langFeatures) order(p, d int) {
	switch {
	case p < 0 && d < 0:
		f.add("o:none", "", "", "")
		return
	case p < 0:
		f.add("o:damage-only", "", "", "")
		return
	case d < 0:
		f.add("o:person-only", "", "", "")
		return
	}
	head, lo, hi := "o:P<D", p, d
	if d < p {
		head, lo, hi = "o:D<P", d, p
	}
	f.add(head, "", "", "")
	f.add("o:gap", lmBucket(hi-lo), "", "")
	for k := lo + 1; k < hi; k++ {
		if w := f.toks[k].word; lmConnective(w) {
			f.add(head, " via ", w, "")
		}
	}
}

// lmBucket groups a distance in words.
func lmBucket(n int) string {
	switch {
	case n <= 2:
		return "1-2"
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	}
	return "11+"
}

// modelTokens normalises tokens a..b-1 into s.lm.toks: people as PERSON
// (PERSONS for a possessive), unknown capitalised words as NAME?,
// numbers as NUM, protected spans as QUOTE.
func (s *langScan) modelTokens(a, b int) {
	f := &s.lm
	f.toks = f.toks[:0]
	classes := s.c.lmClasses()
	for i := a; i < b; i++ {
		t := &s.toks[i]
		switch {
		case t.kind == langOpaque:
			f.toks = append(f.toks, lmToken{word: "QUOTE"})
			continue
		case t.kind == langPunct:
			f.toks = append(f.toks, lmToken{word: s.word(i)})
			continue
		}
		if s.personMay(i) {
			if end, ok := s.personAt(i); ok && end > i {
				w := "PERSON"
				if s.possessive(end - 1) {
					w = "PERSONS"
				}
				f.toks = append(f.toks, lmToken{word: w, who: s.modelWho(i, end, w == "PERSONS", classes)})
				i = end - 1
				continue
			}
		}
		w := s.word(i)
		switch {
		case t.kind == langMention:
			w = "PERSON"
		case t.capital && t.id == 0 && !t.sentStart:
			w = "NAME?"
		case w != "" && langIsDigit(w[0]):
			w = "NUM"
		}
		f.toks = append(f.toks, lmToken{word: w, classes: s.modelClasses(i, classes)})
	}
}

// modelWho tells what kind of person tokens i..end-1 are (lmWho*): one
// of the people served where a word of the person, or the word after an
// owner ("our subscribers"), is one of them; "we"; a role where a word
// of it is a role and it opens with none of a name, a mention or a
// pronoun.
func (s *langScan) modelWho(i, end int, owner bool, classes []uint16) uint8 {
	if owner && end < len(s.toks) {
		end++
	}
	role := false
	for k := i; k < end; k++ {
		if t := &s.toks[k]; t.kind == langWord && int(t.id) < len(classes) && classes[t.id]&lmServed != 0 {
			return lmWhoServed
		}
		role = role || s.in(k, s.c.g.roleAny)
	}
	t := &s.toks[i]
	switch {
	case end == i+1 && s.word(i) == "we":
		return lmWhoWe
	case role && t.kind == langWord && !s.c.g.names.has(t.id) && !s.c.g.pronoun.has(t.id) && !s.c.g.possPronoun.has(t.id):
		return lmWhoRole
	}
	return lmWhoAny
}

// modelClasses returns the signals of word token k, from the table of
// lmClasses.
func (s *langScan) modelClasses(k int, classes []uint16) uint16 {
	t := &s.toks[k]
	if t.kind != langWord {
		return 0
	}
	if t.id == 0 {
		if s.unknownDamage(k) {
			return lmDamage
		}
		return 0
	}
	if int(t.id) < len(classes) {
		return classes[t.id]
	}
	return 0
}

// modelClassTable returns the signals of every word id, from the lists
// of the person-subject check: the table modelClasses reads.
func (c *languageChecker) modelClassTable() []uint16 {
	cs := c.causeSets()
	if cs == nil {
		return nil
	}
	sets := [len(lmClassNames)][]langBits{
		{cs.outcome, cs.fault, cs.down, cs.harm, cs.harmNoun},
		{cs.remedy, cs.repair, cs.recovery},
		{cs.act, cs.personAct},
		{cs.neg, cs.unduty},
		{cs.slow, cs.lapse},
		{cs.care},
		{cs.intent},
		{cs.benign, cs.benign2, cs.spare},
		{cs.symptom, cs.metric},
		{c.g.timeUnit},
		{c.g.signal},
	}
	marks := [...]struct {
		bit  uint16
		sets []langBits
	}{
		{lmRoutine, []langBits{cs.remedy, cs.repair, cs.operate}},
		{lmReport, []langBits{c.voc.set("discover"), cs.perceive}},
		{lmServed, []langBits{cs.served}},
	}
	out := make([]uint16, len(c.byWord))
	for n, group := range sets {
		lmMark(out, group, 1<<n)
	}
	for _, m := range marks {
		lmMark(out, m.sets, m.bit)
	}
	return out
}

// lmMark sets bit in the signals of every word id, but the empty one,
// that one of the sets holds: it visits the words of the sets, not every
// word of the checker.
func lmMark(out []uint16, sets []langBits, bit uint16) {
	for _, set := range sets {
		for i, w := range set {
			for ; w != 0; w &= w - 1 {
				if id := i<<6 + bits.TrailingZeros64(w); id > 0 && id < len(out) {
					out[id] |= bit
				}
			}
		}
	}
}
