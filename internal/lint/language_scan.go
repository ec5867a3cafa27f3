package lint

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// ---- the scan ----

// langScan holds the state of one check call.
type langScan struct {
	lx      langLexer // reused between calls
	c       *languageChecker
	text    string
	toks    []langToken
	people  langPeople
	out     []langCand
	present langBits // the words of the text
	// memo holds by token what personAt read there (memo[k][0]: 0 not
	// read, -1 no person, else 1 + the person's end) and the same for
	// each of langKinds (memo[k][1+n]), in one buffer cleared at once.
	memo []langPersonMemo
	// personAny holds, for each of langKinds, the triggers of its
	// byPerson index that any word may follow and whose anchors the text
	// holds, filtered once a text (the bit 1<<n of anyRead) rather than
	// at every person.
	personAny [len(langKinds)][]int32 // indexes into the index's any
	anyRead   uint8
	// byWord holds, for the words of the text that start patterns, which
	// of their triggers the text can match (mayTry and viable), as
	// indexes into languageChecker.byWord, filtered at a word's first
	// occurrence: wordSeen[id] is seen when filtered in this text,
	// wordSpan[id] its indexes in wordBuf.
	wordSeen []uint32
	wordSpan [][2]int32
	wordBuf  []int32
	seen     uint32 // this text's mark in wordSeen
	// roles is 1 when the text holds a role or crew word (as a word or a
	// possessive), which every role needs, -1 when not, 0 before asked.
	roles int8
	// noted is 1 when the text may hold a timed note's result (a clock,
	// and an arrow, a dash or a word of cause-note-state), -1 when not, 0
	// before asked (langScan.mayNote).
	noted int8
	// personsRead is set once run has kept mayStartPerson's answer in
	// every word and mention (personMay).
	personsRead bool
	lm          langFeatures // the learned model's features of a sentence
}

// langScanPool recycles scans, with their token and match buffers.
var langScanPool = sync.Pool{New: func() any { return new(langScan) }}

func trailingZeros(w uint64) int { return bits.TrailingZeros64(w) }

// start readies the scan for text: its words, and memos as long as they.
func (s *langScan) start(c *languageChecker, text string, people langPeople) {
	s.c, s.text, s.people = c, text, people
	s.lx.voc = c.voc.table
	s.toks = s.lx.tokenize(text)
	s.out = s.out[:0]
	s.present = s.lx.present // the lexer numbers words from the checker's own table
	s.memo = slices.Grow(s.memo[:0], len(s.toks))[:len(s.toks)]
	clear(s.memo)
	s.anyRead, s.roles, s.noted, s.personsRead = 0, 0, 0, false
	s.startWords()
}

// run tries, at every word, the patterns that can start there.
func (s *langScan) run() {
	for i, byAny := 0, s.c.byAny; i < len(s.toks); i++ { // byAny is empty in the built-in rules
		t := &s.toks[i]
		if t.quiet || t.kind >= langPunct { // a mark or a protected span
			continue // a quiet word starts nothing: no pattern, no person
		}
		if t.kind == langWord && !t.poss && s.c.wordFlags[t.id]&langStartsPattern != 0 {
			for _, k := range s.viableWord(t.id) {
				s.tryViable(&s.c.byWord[t.id][k], i)
			}
		}
		for k := range byAny {
			s.try(&byAny[k], i)
		}
		if t.mayPerson = s.mayStartPerson(i); t.mayPerson {
			s.tryPersons(i)
		}
	}
	s.personsRead = true
	for _, lc := range s.c.structural {
		s.personSubjects(lc)
	}
}

// startWords readies the filtered triggers by word for a new text.
func (s *langScan) startWords() {
	if n := len(s.c.byWord); len(s.wordSeen) != n {
		s.wordSeen, s.wordSpan = make([]uint32, n), make([][2]int32, n)
		s.seen = 0
	}
	s.wordBuf = s.wordBuf[:0]
	if s.seen++; s.seen == 0 { // wrapped: no mark may stay
		clear(s.wordSeen)
		s.seen = 1
	}
}

// viableWord returns the indexes of the triggers of byWord[id] that the
// text can match, in their order.
func (s *langScan) viableWord(id uint16) []int32 {
	if s.wordSeen[id] != s.seen {
		s.wordSeen[id] = s.seen
		from := len(s.wordBuf)
		for k, trs := 0, s.c.byWord[id]; k < len(trs); k++ {
			if tr := &trs[k]; s.mayTry(tr) && s.viable(tr.pat) {
				s.wordBuf = append(s.wordBuf, int32(k))
			}
		}
		s.wordSpan[id] = [2]int32{int32(from), int32(len(s.wordBuf))}
	}
	sp := s.wordSpan[id]
	return s.wordBuf[sp[0]:sp[1]]
}

// mayTry is a quick test before try: whether the text holds a word of
// the trigger's quick anchor, when it has one.
func (s *langScan) mayTry(tr *langTrigger) bool {
	q := tr.quick
	return q.bits == 0 || q.i < len(s.present) && s.present[q.i]&q.bits != 0
}

// viable reports whether the text holds a word of each of p's anchors.
func (s *langScan) viable(p *langPattern) bool {
	for _, a := range p.anchors {
		if !s.holdsAny(a) {
			return false
		}
	}
	return true
}

// holdsAny reports whether the text holds a word of a sparse set.
func (s *langScan) holdsAny(set []langBitsWord) bool {
	return s.present.intersects(set)
}

// mayRole is a quick test before roleAt: whether the text holds a role
// or crew word, without which no role can be read.
func (s *langScan) mayRole() bool {
	if s.roles == 0 {
		s.readRoles()
	}
	return s.roles > 0
}

// readRoles sets roles for mayRole.
func (s *langScan) readRoles() {
	s.roles = -1
	if s.holdsAnyForm(s.c.g.roleWord) {
		s.roles = 1
	}
}

// holdsAnyForm reports whether the text holds a word of a sparse set as
// a word or as the base of "x's", as any word token with its id does.
func (s *langScan) holdsAnyForm(set []langBitsWord) bool {
	// one pass over the set, for words and possessives at once: the lexer
	// sizes present and possIDs alike
	present, poss := s.present, s.lx.possIDs[:len(s.present)]
	for _, w := range set {
		if w.i < len(present) && (present[w.i]|poss[w.i])&w.bits != 0 {
			return true
		}
	}
	return false
}

// langPersonMemo is a token's memo of the persons read there
// (langScan.memo).
type langPersonMemo [1 + len(langKinds)]int32

// tryPersons tries the patterns that start with a person at token i,
// where the word after the person can continue them.
func (s *langScan) tryPersons(i int) {
	if s.roleless(i) {
		return
	}
	if _, ok := s.personAt(i); !ok && !s.unknownCapital(i) {
		return // no kind of person starts here
	}
	for n, kind := range langKinds {
		end, ok := s.personMatch(kind, i)
		if !ok {
			continue
		}
		for _, k := range s.viableAny(n) {
			s.tryViable(&s.c.byPerson[n].any[k], i)
		}
		if end >= len(s.toks) || s.toks[end].kind != langWord || s.c.byPerson[n].next == nil {
			continue
		}
		next := s.c.byPerson[n].next[s.toks[end].id]
		for k := range next {
			if tr := &next[k]; s.mayTry(tr) {
				s.try(tr, i)
			}
		}
	}
}

// unknownCapital reports a capitalised word that no list knows, the only
// token at which a kind of person starts where personAt reads none (as
// an unknown name, bAgent, or an unknown name's work, bPersons).
func (s *langScan) unknownCapital(i int) bool {
	t := &s.toks[i]
	return t.capital && t.id == 0
}

// viableAny returns the indexes of the triggers of the person index n
// that any word may follow and whose anchors the text holds, in their
// order.
func (s *langScan) viableAny(n int) []int32 {
	if s.anyRead&(1<<n) != 0 {
		return s.personAny[n]
	}
	s.anyRead |= 1 << n
	out := s.personAny[n][:0]
	for k, trs := 0, s.c.byPerson[n].any; k < len(trs); k++ {
		if tr := &trs[k]; s.mayTry(tr) && s.viable(tr.pat) {
			out = append(out, int32(k))
		}
	}
	s.personAny[n] = out
	return out
}

// mayStartPerson is a quick test before the person matchers run.
func (s *langScan) mayStartPerson(i int) bool {
	t := &s.toks[i]
	switch {
	case t.kind == langMention || t.capital || t.poss:
		return true
	case t.id != 0: // a known word is no name the document alone knows
		return s.c.wordFlags[t.id]&langStartsPerson != 0
	}
	return s.mayOpenNote(i) && (s.knownNote(i) || s.noteName(i))
}

// mayOpenNote is the quick test of knownNote and noteName, asked of
// every unknown word in lower case: a note's name opens a sentence or
// follows its time, so a digit starts the token before it, or the one
// before a bracket or a dash after the time.
func (s *langScan) mayOpenNote(i int) bool {
	if i == 0 || s.toks[i].sentStart {
		return true
	}
	p := s.text[s.toks[i-1].start]
	return langIsDigit(p) || (p == ']' || p == 0xE2 || p == '-') && i > 1 && langIsDigit(s.text[s.toks[i-2].start]) // "[07:41] jj", "22:10 – vikram"
}

// personMay is mayStartPerson, whose answer run keeps in every word and
// mention it visits (langToken.mayPerson): the person-subject check and
// the model ask it again.
func (s *langScan) personMay(i int) bool {
	if s.personsRead && s.toks[i].kind <= langMention { // a word or a mention
		return s.toks[i].mayPerson
	}
	return s.mayStartPerson(i)
}

// try matches one pattern at token i and records it unless an exception
// holds.
func (s *langScan) try(tr *langTrigger, i int) {
	if s.viable(tr.pat) {
		s.tryViable(tr, i)
	}
}

// tryViable is try for a pattern whose anchors the text is known to hold.
func (s *langScan) tryViable(tr *langTrigger, i int) {
	st := langMatchState{target: -1}
	end, ok := s.matchAt(tr.pat, i, &st)
	if !ok {
		return
	}
	first, last := i, end
	if st.open >= 0 {
		first = st.open
	}
	if st.close >= 0 {
		last = st.close
	}
	if last <= first || !s.allowed(tr.check, i, first, last) {
		return
	}
	s.add(tr.check, first, last, st.subjEnd)
}

// allowed applies a check's conditions and exceptions to a match of
// tokens first..last-1 that started matching at token i.
func (s *langScan) allowed(lc *langCheck, i, first, last int) bool {
	switch {
	case lc.AtClauseStart && !s.clauseStart(first),
		lc.AtSentenceStart && !s.toks[first].sentStart,
		lc.NeedsPersonBefore && !s.personBefore(first):
		return false
	}
	for _, p := range lc.unless {
		st := langMatchState{target: -1}
		if _, ok := s.matchAt(p, i, &st); ok {
			return false
		}
	}
	if s.matchedBefore(lc.before, first) {
		return false
	}
	return len(lc.near) == 0 || !s.near(lc.near, first, last)
}

// matchedBefore reports a pattern that ends at token first and starts at
// most twenty words before it, in the sentence.
func (s *langScan) matchedBefore(ps []*langPattern, first int) bool {
	for _, p := range ps {
		for j := first - 1; j >= 0 && j >= first-20 && !s.toks[j].stop; j-- {
			st := langMatchState{target: first}
			if _, ok := s.matchAt(p, j, &st); ok {
				return true
			}
		}
	}
	return false
}

// near reports a word of set around tokens first..last-1: four words
// before in the clause, fourteen after in the clause or in a sequel
// (", as planned").
func (s *langScan) near(set langBits, first, last int) bool {
	for j := first - 1; j >= 0 && j >= first-4 && !s.toks[j].brk; j-- {
		if s.in(j, set) {
			return true
		}
	}
	for j := first; j < len(s.toks) && j < last+14; j++ {
		if j >= last && s.toks[j].brk && !(s.word(j) == "," && s.in(j+1, s.c.g.sequel)) {
			break
		}
		if s.in(j, set) {
			return true
		}
	}
	return false
}

// digitAt reports a token k that opens with a digit.
func (s *langScan) digitAt(k int) bool {
	w := s.word(k)
	return w != "" && langIsDigit(w[0])
}

// word returns the lower-cased token k, or "" past either end or for a
// protected span.
func (s *langScan) word(k int) string {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind == langOpaque {
		return ""
	}
	return s.lx.low(&s.toks[k])
}

// langCand is a match under consideration. Its message, unless set, is
// written only if the match is kept.
type langCand struct {
	langMatch
	found string // the words the message quotes
	own   [2]int // the match's own span, before a rewrite widened it
}

// add records a match over tokens first..last-1; subjEnd is where the
// person it names ends, for rewrites.
func (s *langScan) add(lc *langCheck, first, last, subjEnd int) {
	start, end := int(s.toks[first].start), int(s.toks[last-1].end)
	c := langCand{langMatch: langMatch{Rule: lc.Rule, Start: start, End: end, Message: lc.Message}, found: s.text[start:end]}
	s.rewrite(&c, lc, first, last, subjEnd)
	s.out = append(s.out, c)
}

// result drops overlapping matches, sorts the rest by Start
// and writes their messages.
func (s *langScan) result() []langMatch {
	if len(s.out) == 0 {
		return nil
	}
	slices.SortFunc(s.out, langPriority)
	keep := make([]langMatch, 0, len(s.out))
	for _, c := range s.out {
		if langOverlapsAny(keep, c.Start, c.End) && !c.narrow(keep) {
			continue
		}
		if c.Message == "" {
			c.Message = langMessage(c.Rule, c.found, s.example(&c.langMatch))
		}
		keep = append(keep, c.langMatch)
	}
	if len(keep) == 0 {
		return nil
	}
	slices.SortFunc(keep, func(a, b langMatch) int { return a.Start - b.Start })
	return keep
}

// dropAllowed removes matches that overlap an allowed phrase.
func (s *langScan) dropAllowed() {
	if len(s.c.allow) == 0 {
		return
	}
	var spans [][2]int
	for i := range s.toks {
		for _, p := range s.c.allow {
			st := langMatchState{target: -1}
			if end, ok := s.matchAt(p, i, &st); ok && end > i {
				spans = append(spans, [2]int{int(s.toks[i].start), int(s.toks[end-1].end)})
			}
		}
	}
	s.out = slices.DeleteFunc(s.out, func(m langCand) bool {
		return slices.ContainsFunc(spans, func(sp [2]int) bool { return m.Start < sp[1] && sp[0] < m.End })
	})
}

// langOverlapsAny reports whether start..end overlaps a kept match.
func langOverlapsAny(kept []langMatch, start, end int) bool {
	for _, k := range kept {
		if start < k.End && k.Start < end {
			return true
		}
	}
	return false
}

// langPriority orders matches: more specific rule first, then longer.
func langPriority(a, b langCand) int {
	if d := langRank(b.Rule) - langRank(a.Rule); d != 0 {
		return d
	}
	if d := (b.End - b.Start) - (a.End - a.Start); d != 0 {
		return d
	}
	return a.Start - b.Start
}

// langRank ranks rules by how specific their wording is; a team's own
// rules rank first.
func langRank(rule string) int {
	switch rule {
	case langCustom:
		return 7
	case "language/hindsight":
		return 6
	case "language/counterfactual":
		return 5
	case "language/judgement":
		return 4
	case "language/blame":
		return 3
	case "language/human-error":
		return 2
	case "language/person-cause":
		return 1
	}
	if strings.HasPrefix(rule, "language/") {
		return 7
	}
	return 0
}
