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
	lx     langLexer // reused between calls
	c      *languageChecker
	text   string
	toks   []langToken
	people map[string]bool
	out    []langCand
}

// langScanPool recycles scans, with their token and match buffers.
var langScanPool = sync.Pool{New: func() any { return new(langScan) }}

// langHandlers run for words of the given classes. Entry k handles class
// 1<<k, so run finds a word's handlers from its class bits.
var langHandlers = [...]struct {
	cls langClass
	fn  func(*langScan, int)
}{
	{lcModal, (*langScan).matchModal},
	{lcIf, (*langScan).matchIfOnly},
	{lcHad, (*langScan).matchHadInversion},
	{lcJudge, (*langScan).matchJudge},
	{lcPhrase, func(s *langScan, i int) { s.matchPhrases(langBuiltin, i) }},
	{lcBlame, (*langScan).matchBlame},
	{lcFault, (*langScan).matchFault},
	{lcResponsible, (*langScan).matchResponsible},
	{lcObvious, (*langScan).matchObvious},
	{lcHindAdv, (*langScan).matchHindsightAdverb},
	{lcMinimiser, (*langScan).matchMinimiser},
	{lcEveryone, (*langScan).matchEveryone},
	{lcEasy, (*langScan).matchEasy},
	{lcHuman, (*langScan).matchHumanError},
	{lcCause, (*langScan).matchCausedBy},
	{lcIt, (*langScan).matchCleft},
	{lcClear, (*langScan).matchClearThat},
}

// lcDispatch is every class that has a handler.
const lcDispatch = lcModal | lcIf | lcHad | lcJudge | lcPhrase | lcBlame | lcFault |
	lcResponsible | lcObvious | lcHindAdv | lcMinimiser | lcEveryone | lcEasy | lcHuman |
	lcCause | lcIt | lcClear

// run looks at every word once.
func (s *langScan) run() {
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind == langPunct || t.kind == langOpaque {
			continue
		}
		for c := t.cls & lcDispatch; c != 0; c &= c - 1 {
			langHandlers[bits.TrailingZeros64(uint64(c))].fn(s, i)
		}
		if t.kind == langMention || t.capital || t.cls&lcSubject != 0 {
			s.personCause(i)
		}
		if len(s.c.custom) > 0 {
			s.matchPhrases(s.c.custom, i)
		}
	}
}

// word returns the lower-cased token k, or "" past either end or for a
// protected span.
func (s *langScan) word(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.lx.low(&s.toks[k])
}

// cls returns the classes of token k, or 0.
func (s *langScan) cls(k int) langClass {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != langWord {
		return 0
	}
	return s.toks[k].cls
}

// boundary reports whether token k ends a clause (or lies outside the text).
func (s *langScan) boundary(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return true
	}
	return s.toks[k].brk
}

// sentenceEnd reports whether token k ends a sentence.
func (s *langScan) sentenceEnd(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return true
	}
	return s.toks[k].stop
}

// negated reports whether the word before token i negates it.
func (s *langScan) negated(i int) bool {
	p := s.word(i - 1)
	return p == "not" || p == "never" || p == "no" || strings.HasSuffix(p, "n't")
}

// negatedWithin reports a negation among the n words before token i, in the
// same clause.
func (s *langScan) negatedWithin(i, n int) bool {
	for k := i - 1; k >= i-n && !s.boundary(k); k-- {
		if w := s.word(k); langNegators[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// langCand is a match under consideration. Its message, unless set, is
// written only if the match is kept.
type langCand struct {
	langMatch
	found string // the words the message quotes
}

// add records a match over tokens first..last.
func (s *langScan) add(rule string, first, last int, repl *string) {
	s.addSpan(rule, s.toks[first].start, s.toks[last].end, repl)
}

// addSpan records a match over bytes start..end.
func (s *langScan) addSpan(rule string, start, end int, repl *string) {
	m := langMatch{Rule: rule, Start: start, End: end, Replace: repl}
	s.out = append(s.out, langCand{langMatch: m, found: s.text[start:end]})
}

// addDrop records a match whose rewrite drops tokens first..last.
func (s *langScan) addDrop(rule string, first, last int) {
	start, end := s.toks[first].start, s.toks[last].end
	c := langCand{langMatch: langMatch{Rule: rule, Start: start, End: end}, found: s.text[start:end]}
	if a, b, r, ok := langDropEdit(s.text, start, end); ok {
		c.Start, c.End, c.Replace = a, b, &r
	}
	s.out = append(s.out, c)
}

// result drops allowed and overlapping matches, sorts the rest by Start
// and writes their messages.
func (s *langScan) result() []langMatch {
	if len(s.out) == 0 {
		return nil
	}
	s.dropAllowed()
	slices.SortFunc(s.out, langPriority)
	keep := make([]langMatch, 0, len(s.out))
	for _, c := range s.out {
		if langOverlapsAny(keep, c.Start, c.End) {
			continue
		}
		if c.Message == "" {
			c.Message = langMessage(c.Rule, c.found)
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
		for _, p := range s.c.allow[s.word(i)] {
			if last, ok := s.phraseAt(p, i); ok && s.toks[i].kind != langOpaque {
				spans = append(spans, [2]int{s.toks[i].start, s.toks[last].end})
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

// langRank ranks rules by how specific their wording is.
func langRank(rule string) int {
	switch rule {
	case langCustom:
		return 7
	case langHindsight:
		return 6
	case langCounterfactual:
		return 5
	case langJudgement:
		return 4
	case langBlame:
		return 3
	case langHumanError:
		return 2
	}
	return 1
}
