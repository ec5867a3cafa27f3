package postmortem

import (
	mathbits "math/bits"
	"regexp/syntax"
	"slices"
	"strings"
)

// guardedRe is a regular expression with a quick test read from its own
// syntax: when every match starts, at a word start, with one of a few
// words, the expression is tried only where those words start, and texts
// without them are spared it. As the words come from the expression, the
// two cannot drift apart.
type guardedRe struct {
	re    *lazyRegexp
	words *keywords // nil when the expression gives no such words
	// at is re anchored at its start, tried where a word starts; nil
	// when re tests for the start of the text or of a line, which such
	// a place is not.
	at *lazyRegexp
}

func guard(re *lazyRegexp) guardedRe {
	guardedExprs = append(guardedExprs, re)
	g := guardedRe{re: re}
	lead, ok := guardLeads[exprKey(re.String())]
	if !ok {
		lead = readGuardLead(re.String())
	}
	if lead.words != nil {
		g.words = newKeywords(lead.words...)
	}
	if g.words != nil && !lead.lineStart {
		g.at = &lazyRegexp{expr: `^(?:` + re.String() + `)`}
	}
	return g
}

// guardLead is what guard reads from an expression's syntax: the words
// of its quick test (nil when it has none) and whether it tests for the
// start of the text or of a line. go generate writes guardLeads, what
// it reads from every guarded expression, so that the program's start
// does not parse them; an expression edited since is read at the start,
// with the same result, only slower (and a test says to run go generate).
type guardLead struct {
	words     []string
	lineStart bool
}

//go:generate go test -run ^TestGuardLeadsGenerated$ -args -update-guard-leads

// guardedExprs are the expressions guard was given, for that test.
var guardedExprs []*lazyRegexp

// readGuardLead reads an expression's guardLead from its syntax.
func readGuardLead(expr string) guardLead {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return guardLead{}
	}
	tree = tree.Simplify()
	return guardLead{words: leadWords(tree), lineStart: looksAtLineStart(tree)}
}

// exprKey identifies an expression in guardLeads: its length and its
// 64-bit FNV-1a hash.
func exprKey(expr string) [2]uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(expr); i++ {
		h = (h ^ uint64(expr[i])) * 1099511628211
	}
	return [2]uint64{uint64(len(expr)), h}
}

// MatchString reports whether the expression matches text.
func (g guardedRe) MatchString(text string) bool {
	switch {
	case g.words == nil:
		return g.re.MatchString(text)
	case g.at == nil:
		return g.words.in(text) && g.re.MatchString(text)
	}
	return g.matchFrom(text, g.words.index(text, 0))
}

// matchFrom is MatchString where i is known to be the first place one of
// the words starts (or -1): a guardSet that read the text found it, and
// the text is not read again up to there.
func (g guardedRe) matchFrom(text string, i int) bool {
	if g.words == nil || g.at == nil {
		return g.MatchString(text)
	}
	for ; i >= 0; i = g.words.index(text, i+1) {
		if g.at.MatchString(text[i:]) {
			return true
		}
	}
	return false
}

// FindStringSubmatchIndex returns what the expression's own method does:
// the leftmost match starts where the first of the places tried matches.
func (g guardedRe) FindStringSubmatchIndex(text string) []int {
	return g.findWhere(text, 0, nil)
}

// findWhere is FindStringSubmatchIndex that tries the expression only at
// the places where a word starts, from from on (no match starts before
// it), and may, a quick test of the text there that must hold wherever
// the expression matches, agrees; nil tries all.
func (g guardedRe) findWhere(text string, from int, may func(text string, i int) bool) []int {
	switch {
	case g.words == nil:
		return g.re.FindStringSubmatchIndex(text)
	case g.at == nil:
		if !g.words.in(text) {
			return nil
		}
		return g.re.FindStringSubmatchIndex(text)
	}
	for i := g.words.index(text, from); i >= 0; i = g.words.index(text, i+1) {
		if may != nil && !may(text, i) {
			continue
		}
		if m := g.at.FindStringSubmatchIndex(text[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

// guardSet reads a text once for the lead words of several guarded
// expressions, and says which of them may match it.
type guardSet struct {
	words *keywords
	// heads holds, by first letter, as words.heads, each word's head
	// with the guards it leads: one slice read where two were
	heads  [26][]ownedHead
	always uint32 // the guards without lead words
	all    uint32 // every guard: a reading that has found all may stop
}

// ownedHead is a word's head and the guards the word leads.
type ownedHead struct {
	wordHead
	own uint32
}

// newWordSets reads a text once for several sets of words; a nil set
// always matches.
func newWordSets(sets ...*keywords) guardSet {
	s := guardSet{words: &keywords{}}
	for n, set := range sets {
		s.all |= 1 << n
		if set == nil {
			s.always |= 1 << n
			continue
		}
		for c, words := range set.byFirst {
			for _, w := range words {
				s.words.add(w)
				s.heads[c] = append(s.heads[c], ownedHead{s.words.heads[c][len(s.words.heads[c])-1], 1 << n})
			}
		}
	}
	return s
}

// mayMatch returns a bit for each guard, in the order given, whose
// expression may match text.
func (s guardSet) mayMatch(text string) uint32 { return s.mayMatchAt(text, nil) }

// mayMatchAt is mayMatch that also fills first, where given, with the
// place the first of each guard's words starts (for the guards whose bit
// is set): what guardedRe.matchFrom starts from.
func (s guardSet) mayMatchAt(text string, first []int) uint32 {
	bits := s.always
	// every place one of the words may start is asked of them all at
	// once: index would ask them up to the first that starts there first;
	// once every guard has a word, the rest of the text can add nothing
	for i := s.words.nextStart(text, 0); i >= 0 && bits != s.all; i = s.words.nextStart(text, i+1) {
		c := text[i] | 0x20 - 'a'
		lx, ascii := lowerAt(text, i)
		for j := range s.heads[c] {
			h := &s.heads[c][j]
			if bits&h.own == 0 && (ascii && !h.long && lx&h.mask == h.head || (!ascii || h.long) && s.words.startsLong(text, i, lx, ascii, c, j)) {
				bits |= h.own
				if first != nil {
					first[mathbits.TrailingZeros32(h.own)] = i
				}
			}
		}
	}
	return bits
}

// looksAtLineStart reports whether re tests for the start of the text or
// of a line anywhere.
func looksAtLineStart(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginText || re.Op == syntax.OpBeginLine {
		return true
	}
	return slices.ContainsFunc(re.Sub, looksAtLineStart)
}

// maxLeads bounds the words of a quick test: more would cost about as
// much as the expression. A word is lengthened by what follows it only
// while it is short and the ways to go on are few.
const (
	maxLeads  = 64
	shortLead = 4
	maxTails  = 8
)

// leadWords returns the words, sorted and without repeats, that every
// match of re starts with at a word start, or nil when re has no such
// words.
func leadWords(re *syntax.Regexp) []string {
	words, ok := leads([]*syntax.Regexp{re}, false)
	if !ok {
		return nil
	}
	for _, w := range words {
		if !wordBytes[w[0]] || w[0] < 'a' || w[0] > 'z' {
			return nil
		}
	}
	if words == nil {
		words = []string{} // a test that passes nothing, not none
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// leads returns words, lower-cased, one of which starts every match of
// the sequence seq; each stands where a word starts (ws says the text
// before seq ends a word or the text: \b or ^ came before). ok is false
// when there are no such words.
func leads(seq []*syntax.Regexp, ws bool) (words []string, ok bool) {
	if len(seq) == 0 {
		return nil, false
	}
	re, rest := seq[0], seq[1:]
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
		return leads(rest, true)
	case syntax.OpEmptyMatch:
		return leads(rest, ws)
	case syntax.OpLiteral:
		return literalLeads(re, rest, ws)
	case syntax.OpCapture:
		return leads(prepend(re.Sub, rest), ws)
	case syntax.OpConcat:
		return leads(prepend(re.Sub, rest), ws)
	case syntax.OpAlternate:
		return alternateLeads(re.Sub, rest, ws)
	case syntax.OpQuest:
		return unionLeads(leads(prepend(re.Sub, rest), ws))(leads(rest, ws))
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		// What follows one time round may be another time round.
		if re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			return unionLeads(leads(re.Sub, ws))(leads(rest, ws))
		}
		return leads(re.Sub, ws)
	}
	return nil, false
}

// literalLeads: a literal after a word start is a lead, lengthened by
// what must follow it when the literal is short.
func literalLeads(re *syntax.Regexp, rest []*syntax.Regexp, ws bool) ([]string, bool) {
	word := strings.ToLower(string(re.Rune))
	if !ws || !isASCII(word) {
		return nil, false
	}
	if len(word) >= shortLead {
		return []string{word}, true
	}
	tails, ok := leads(rest, true)
	if !ok || len(tails) > maxTails {
		return []string{word}, true
	}
	words := make([]string, len(tails))
	for i, t := range tails {
		words[i] = word + t
	}
	return words, true
}

// isASCII reports whether every byte of s is ASCII, reading eight or
// thirty-two at a time (asciiEnd).
func isASCII(s string) bool { return asciiEnd(s, 0) == len(s) }

func alternateLeads(alts, rest []*syntax.Regexp, ws bool) ([]string, bool) {
	var words []string
	for _, alt := range alts {
		w, ok := leads(prepend([]*syntax.Regexp{alt}, rest), ws)
		if !ok || len(words)+len(w) > maxLeads {
			return nil, false
		}
		words = append(words, w...)
	}
	return words, true
}

// unionLeads joins the leads of two ways a match may start; curried so
// that both results can be passed as they come.
func unionLeads(a []string, okA bool) func([]string, bool) ([]string, bool) {
	return func(b []string, okB bool) ([]string, bool) {
		if !okA || !okB || len(a)+len(b) > maxLeads {
			return nil, false
		}
		return append(append([]string(nil), a...), b...), true
	}
}

func prepend(first, rest []*syntax.Regexp) []*syntax.Regexp {
	return append(append([]*syntax.Regexp(nil), first...), rest...)
}
