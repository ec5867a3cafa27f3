package lint

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// langOp is the kind of a pattern element.
type langOp uint8

const (
	opAtom  langOp = iota // one word, or a person's words
	opGap                 // up to n words of the same clause (or sentence)
	opOpen                // "[": the finding starts here
	opClose               // "]": the finding ends here
)

// Built-in matchers of a pattern atom.
const (
	bPerson     = 1 << iota // a person: name, @mention, pronoun, role
	bPersons                // a person's: "Ravi's", "the intern's", "his"
	bAgent                  // a person or an unknown capitalised word
	bPast                   // a past-tense verb
	bParticiple             // a past participle
	bAdverb                 // an -ly adverb or a listed one
	bAny                    // any word
	bGerund                 // a word in -ing: "clicking", "running"
)

// bMulti are the matchers that may take more than one word.
const bMulti = bPerson | bPersons | bAgent

var langBuiltinNames = map[string]int{
	"person": bPerson, "persons": bPersons, "agent": bAgent, "past": bPast,
	"participle": bParticiple, "adverb": bAdverb, "any": bAny, "gerund": bGerund,
}

// langElem is one element of a compiled pattern.
type langElem struct {
	op        langOp
	set       langBits // the words it takes
	built     int      // built-in matchers it also takes
	opt, star bool
	neg       bool // one word that the atom does not take
	gap       int
	sentence  bool // the gap may cross commas: "~N"
	// count and sparse, of an atom of words only, once for each text of
	// one (compileElem): how many words set holds (langCount) and its
	// non-zero words, which findAnchors reads.
	count  int
	sparse []langBitsWord
}

// langPattern is a compiled pattern.
type langPattern struct {
	elems []langElem
	text  string
	// anchors are words a match needs beyond its first: each holds the
	// words one of its atoms takes, as the non-zero words of the set, so a
	// text without any of them is passed over at once.
	anchors [][]langBitsWord
}

// langBitsWord is one non-zero word of a langBits: its index and bits.
type langBitsWord struct {
	i    int
	bits uint64
}

// compilePattern reads a pattern as language.yaml describes.
func (v *langVocab) compilePattern(p string) (*langPattern, error) {
	fields := v.patternFields(p)
	out := &langPattern{text: p, elems: make([]langElem, 0, len(fields))}
	for _, f := range fields {
		e, err := v.compileElem(f)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", p, err)
		}
		out.elems = append(out.elems, e)
	}
	if len(out.elems) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	out.anchors = out.findAnchors()
	return out, nil
}

// findAnchors lists the words of atoms after the first that every match
// needs: first of up to four that take only a few words, then of up to two
// that take more.
func (p *langPattern) findAnchors() [][]langBitsWord {
	var few, many [][]langBitsWord
	first := true
	for _, e := range p.elems {
		if e.op != opAtom {
			continue
		}
		if first {
			first = false
			continue
		}
		if e.opt || e.star || e.neg || e.built != 0 {
			continue
		}
		switch n := e.count; {
		case n > 0 && n <= 12 && len(few) < 4:
			few = append(few, e.sparse)
		case n > 12 && len(many) < 2:
			many = append(many, e.sparse)
		}
	}
	out := append(few, many...)
	// the cheapest to test first: the scan asks whether the text holds
	// each (viable), and the first it does not ends the asking
	slices.SortStableFunc(out, func(a, b []langBitsWord) int { return len(a) - len(b) })
	return out
}

// quickAnchor returns the anchor held in a single word of bits with the
// fewest words, or nothing.
func (p *langPattern) quickAnchor() langBitsWord {
	var best langBitsWord
	for _, a := range p.anchors {
		if len(a) == 1 && (best.bits == 0 || bits.OnesCount64(a[0].bits) < bits.OnesCount64(best.bits)) {
			best = a[0]
		}
	}
	return best
}

// langCount returns how many words a set holds, up to 13: findAnchors
// tells only none, a few (up to 12) and more.
func langCount(set langBits) int {
	n := 0
	for _, w := range set {
		if w != 0 {
			if n += bits.OnesCount64(w); n > 12 {
				return n
			}
		}
	}
	return n
}

// langSparse lists the non-zero words of a set.
func langSparse(set langBits) []langBitsWord {
	var out []langBitsWord
	for i, w := range set {
		if w != 0 {
			out = append(out, langBitsWord{i, w})
		}
	}
	return out
}

// langPatternFields splits a pattern into elements; "[" and "]" may
// touch the words they mark ("[@person forgot]"). A pattern of ASCII, as
// the rules' are, is split at ASCII spaces without reading runes, as
// strings.Fields splits it.
func langPatternFields(p string) []string {
	out := make([]string, 0, strings.Count(p, " ")+3) // room for a bracket or two
	for k := 0; k < len(p); k++ {
		if p[k] >= utf8.RuneSelf {
			for _, f := range strings.Fields(p) {
				out = langAppendField(out, f)
			}
			return out
		}
	}
	for i := 0; i < len(p); {
		for i < len(p) && langSpaceBytes[p[i]] {
			i++
		}
		j := i
		for j < len(p) && !langSpaceBytes[p[j]] {
			j++
		}
		if j > i {
			out = langAppendField(out, p[i:j])
		}
		i = j
	}
	return out
}

// langSpaceBytes are the ASCII bytes that strings.Fields splits at.
var langSpaceBytes = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// langAppendField appends a field of a pattern, with the brackets that
// touch it as elements of their own.
func langAppendField(out []string, f string) []string {
	for len(f) > 1 && f[0] == '[' {
		out, f = append(out, "["), f[1:]
	}
	closes := 0
	for len(f) > 1 && f[len(f)-1] == ']' {
		f, closes = f[:len(f)-1], closes+1
	}
	out = append(out, f)
	for ; closes > 0; closes-- {
		out = append(out, "]")
	}
	return out
}

// compileElem reads one element, once for each text of one.
func (v *langVocab) compileElem(f string) (langElem, error) {
	if e, ok := v.elems[f]; ok {
		return e, nil
	}
	e, err := v.readElem(f)
	if err != nil {
		return e, err
	}
	if e.op == opAtom && !e.opt && !e.star && !e.neg && e.built == 0 {
		e.count, e.sparse = langCount(e.set), langSparse(e.set)
	}
	if v.elems != nil {
		v.elems[f] = e
	}
	return e, nil
}

// readElem is compileElem without its memo.
func (v *langVocab) readElem(f string) (langElem, error) {
	switch {
	case f == "[":
		return langElem{op: opOpen}, nil
	case f == "]":
		return langElem{op: opClose}, nil
	case strings.HasPrefix(f, "~"):
		n, err := strconv.Atoi(f[1:])
		if err != nil || n < 1 || n > 24 {
			return langElem{}, fmt.Errorf("gap %q: want ~N with N from 1 to 24", f)
		}
		return langElem{op: opGap, gap: n, sentence: true}, nil
	case strings.HasPrefix(f, "..."):
		n := 4
		if f != "..." {
			var err error
			if n, err = strconv.Atoi(f[3:]); err != nil || n < 1 || n > 12 {
				return langElem{}, fmt.Errorf("gap %q: want ... or ...N with N from 1 to 12", f)
			}
		}
		return langElem{op: opGap, gap: n}, nil
	}
	e := langElem{op: opAtom}
	e.neg = strings.HasPrefix(f, "!")
	f = strings.TrimPrefix(f, "!")
	if strings.HasSuffix(f, "?") {
		e.opt, f = true, f[:len(f)-1]
	} else if strings.HasSuffix(f, "*") {
		e.star, f = true, f[:len(f)-1]
	}
	for alt := range strings.SplitSeq(f, "|") {
		if err := v.addAlt(&e, alt); err != nil {
			return e, err
		}
	}
	if e.neg && e.built&bMulti != 0 {
		return e, fmt.Errorf("%q: a person cannot be negated", f)
	}
	return e, nil
}

// addAlt adds one alternative of an atom: a word, a list or a matcher.
func (v *langVocab) addAlt(e *langElem, alt string) error {
	if alt == "" {
		return fmt.Errorf("empty alternative")
	}
	if alt[0] != '@' {
		e.set.add(v.id(langLower(alt)))
		return nil
	}
	name := alt[1:]
	if b, ok := langBuiltinNames[name]; ok {
		e.built |= b
		return nil
	}
	set, ok := v.lists[name]
	if !ok {
		return fmt.Errorf("unknown word list %q", alt)
	}
	e.set.union(set)
	return nil
}

// firstSet returns the words a match can start with, and the built-in
// matchers it can start with.
func (p *langPattern) firstSet() (langBits, int) {
	var set langBits
	built := 0
	for _, e := range p.elems {
		switch e.op {
		case opOpen, opClose:
			continue
		case opGap:
			return set, built | bAny
		}
		if e.neg {
			return set, built | bAny
		}
		set.union(e.set)
		built |= e.built
		if !e.opt && !e.star {
			return set, built
		}
	}
	return set, built | bAny
}

// afterPerson returns the words that can follow the person a pattern
// starts with, and whether any word can (a built-in matcher follows).
func (p *langPattern) afterPerson() (langBits, bool) {
	var set langBits
	seen := false
	for _, e := range p.elems {
		if e.op == opOpen || e.op == opClose {
			continue
		}
		if !seen {
			seen = true
			continue
		}
		if e.op == opGap || e.neg || e.built != 0 {
			return nil, true
		}
		set.union(e.set)
		if !e.opt && !e.star {
			return set, false
		}
	}
	return nil, true
}

// ---- matching ----

// langMatchState is what a match records as it goes.
type langMatchState struct {
	open, close int // token indexes of "[" and "]", or -1
	target      int // when >= 0, the match must end at this token
	subjEnd     int // the end of the first person matched, or -1
}

// matchAt matches p at token k and returns where the match ends.
func (s *langScan) matchAt(p *langPattern, k int, st *langMatchState) (int, bool) {
	st.open, st.close, st.subjEnd = -1, -1, -1
	return s.match(p.elems, 0, k, st)
}

func (s *langScan) match(es []langElem, ei, k int, st *langMatchState) (int, bool) {
	if ei == len(es) {
		return k, st.target < 0 || k == st.target
	}
	e := &es[ei]
	switch e.op {
	case opOpen:
		st.open = k
		return s.match(es, ei+1, k, st)
	case opClose:
		st.close = k
		return s.match(es, ei+1, k, st)
	case opGap:
		return s.matchGap(es, ei, k, st)
	}
	if e.star {
		return s.matchStar(es, ei, k, st)
	}
	end, ok := s.atom(e, k, st)
	if ok {
		if r, ok := s.match(es, ei+1, end, st); ok {
			return r, true
		}
	}
	if e.opt {
		return s.match(es, ei+1, k, st)
	}
	return 0, false
}

// matchGap skips up to e.gap words, fewest first, within the clause (or
// the sentence).
// An atom of words only after the gap is tested at each place first
// (wordAt), which is what matching it there would test.
func (s *langScan) matchGap(es []langElem, ei, k int, st *langMatchState) (int, bool) {
	var words *langElem
	if ei+1 < len(es) && es[ei+1].wordsOnly() {
		words = &es[ei+1]
	}
	for g := 0; g <= es[ei].gap; g++ {
		if g > 0 && (k+g-1 >= len(s.toks) || s.toks[k+g-1].brk && (!es[ei].sentence || s.toks[k+g-1].stop)) {
			break
		}
		if words != nil && !s.wordAt(words, k+g) {
			continue
		}
		if r, ok := s.match(es, ei+1, k+g, st); ok {
			return r, true
		}
	}
	return 0, false
}

// wordsOnly reports an atom of words that must come: no built-in
// matcher, not negated, optional or repeated.
func (e *langElem) wordsOnly() bool {
	return e.op == opAtom && e.built == 0 && !e.neg && !e.opt && !e.star
}

// wordAt reports whether the atom e, of words only, takes token k: as
// atom does.
func (s *langScan) wordAt(e *langElem, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	switch t := &s.toks[k]; t.kind {
	case langPunct:
		return t.id != 0 && e.set.has(t.id)
	case langWord:
		return !t.poss && e.set.has(t.id)
	}
	return false
}

// matchStar takes up to three of an atom, most first.
func (s *langScan) matchStar(es []langElem, ei, k int, st *langMatchState) (int, bool) {
	var ends [4]int
	ends[0] = k
	n := 0
	for n < 3 {
		end, ok := s.atom(&es[ei], ends[n], st)
		if !ok {
			break
		}
		n++
		ends[n] = end
	}
	for ; n >= 0; n-- {
		if r, ok := s.match(es, ei+1, ends[n], st); ok {
			return r, true
		}
	}
	return 0, false
}

// atom matches one atom at token k.
func (s *langScan) atom(e *langElem, k int, st *langMatchState) (int, bool) {
	if k >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[k]
	if t.kind == langPunct {
		// a mark matches only where the pattern names it: "and|so|,"
		if !e.neg && t.id != 0 && e.set.has(t.id) {
			return k + 1, true
		}
		return 0, false
	}
	if t.kind == langOpaque {
		return 0, false
	}
	if e.neg {
		if t.kind != langWord {
			return 0, false
		}
		_, ok := s.atomPos(e, k, st)
		return k + 1, !ok
	}
	return s.atomPos(e, k, st)
}

func (s *langScan) atomPos(e *langElem, k int, st *langMatchState) (int, bool) {
	t := &s.toks[k]
	if t.kind == langWord && !t.poss && e.set.has(t.id) {
		return k + 1, true
	}
	if e.built == 0 {
		return 0, false
	}
	if e.built&bMulti != 0 {
		if end, ok := s.personMatch(e.built, k); ok {
			if st.subjEnd < 0 {
				st.subjEnd = end
			}
			return end, true
		}
	}
	if t.kind != langWord {
		return 0, false
	}
	switch {
	case e.built&bAny != 0,
		e.built&bPast != 0 && s.isPast(k),
		e.built&bParticiple != 0 && s.isParticiple(k),
		e.built&bAdverb != 0 && s.isAdverb(k),
		e.built&bGerund != 0 && t.end-t.start > 4 && strings.HasSuffix(s.word(k), "ing"):
		return k + 1, true
	}
	return 0, false
}

// langKinds are the person matchers, in the order an atom tries them.
var langKinds = [...]int{bPersons, bPerson, bAgent}

// personMatch tries the person matchers of built at token k.
func (s *langScan) personMatch(built, k int) (int, bool) {
	if k < 0 || k >= len(s.toks) {
		return 0, false
	}
	for n, kind := range langKinds {
		if built&kind == 0 {
			continue
		}
		m := &s.memo[k][1+n]
		if *m == 0 {
			*m = -1
			if end, ok := s.readKind(kind, k); ok {
				*m = int32(end + 1)
			}
		}
		if *m > 0 {
			return int(*m - 1), true
		}
	}
	return 0, false
}

// readKind reads a person of one kind at token k.
func (s *langScan) readKind(kind, k int) (int, bool) {
	switch kind {
	case bPersons:
		if end, ok := s.personAt(k); ok && s.possessive(end-1) {
			if r, ok := s.personAt(end + 1); ok && s.word(end) == "and" && s.possessive(r-1) {
				return r, true // "Ravi's and Mei's scripts"
			}
			return end, true
		}
		if t := &s.toks[k]; t.kind == langWord && t.capital && t.poss && t.id == 0 && !s.pluralOwner(k) {
			return k + 1, true // "Joon-ho's": an unknown name's work
		}
		return 0, false
	}
	if end, ok := s.personAt(k); ok && !s.possessive(end-1) {
		return s.extendPerson(end), true
	}
	if kind == bAgent {
		return s.unknownName(k)
	}
	return 0, false
}

// isPast reports a past-tense verb: listed, or ending in -ed.
func (s *langScan) isPast(k int) bool {
	return s.in(k, s.c.g.past) || s.endsED(k)
}

// isParticiple reports a past participle: listed, or ending in -ed.
func (s *langScan) isParticiple(k int) bool {
	return s.in(k, s.c.g.participle) || s.endsED(k)
}

func (s *langScan) endsED(k int) bool {
	w := s.word(k)
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// isAdverb reports an -ly adverb that is not a verb ("apply"), or a listed
// adverb.
func (s *langScan) isAdverb(k int) bool {
	if s.in(k, s.c.g.adverbs) {
		return true
	}
	w := s.word(k)
	return strings.HasSuffix(w, "ly") && len(w) > 3 && !s.in(k, s.c.g.lyVerbs)
}

// in reports whether word token k is in set.
func (s *langScan) in(k int, set langBits) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.kind == langWord && set.has(t.id)
}
