package lint

import (
	"strings"
)

// ---- phrases ----

// langPhrase is a fixed phrase: built in, the team's own, or allowed.
type langPhrase struct {
	words   []string // lower-cased tokens; "*" after the first is a gap
	rule    string
	message string  // empty: the rule's message
	replace *string // fixed replacement
	drop    bool    // the rewrite drops the phrase
}

// langPhraseSet indexes phrases by their first word.
type langPhraseSet map[string][]*langPhrase

// add indexes p by its first word.
func (ps langPhraseSet) add(p *langPhrase) {
	if len(p.words) > 0 {
		ps[p.words[0]] = append(ps[p.words[0]], p)
	}
}

// langPhraseWords tokenizes a phrase the way texts are tokenized.
func langPhraseWords(text string) []string {
	var lx langLexer
	var words []string
	for _, t := range lx.tokenize(text) {
		if t.kind != langOpaque {
			words = append(words, lx.low(&t))
		}
	}
	return words
}

// langBuiltin holds the fixed built-in phrases.
var langBuiltin = langBuildPhrases()

// langBuildPhrases indexes the built-in phrases.
func langBuildPhrases() langPhraseSet {
	ps := langPhraseSet{}
	for _, b := range langBuiltinPhrases {
		ps.add(&langPhrase{words: strings.Fields(b.text), rule: b.rule, drop: b.drop})
	}
	return ps
}

// phraseAt returns the last token of phrase p starting at token i.
func (s *langScan) phraseAt(p *langPhrase, i int) (int, bool) {
	rest, gap := p.words[1:], 0
	if len(rest) > 0 && rest[0] == "*" {
		rest, gap = rest[1:], 3
	}
	for g := 0; g <= gap; g++ {
		if s.seqAt(i+1+g, rest) {
			return i + g + len(rest), true
		}
		if s.boundary(i + 1 + g) {
			break
		}
	}
	return 0, false
}

// seqAt reports whether the tokens from k spell words.
func (s *langScan) seqAt(k int, words []string) bool {
	if k+len(words) > len(s.toks) {
		return false
	}
	for j, w := range words {
		if t := &s.toks[k+j]; t.kind == langOpaque || s.lx.low(t) != w {
			return false
		}
	}
	return true
}

// matchPhrases adds every phrase of ps that starts at token i.
func (s *langScan) matchPhrases(ps langPhraseSet, i int) {
	for _, p := range ps[s.word(i)] {
		last, ok := s.phraseAt(p, i)
		if !ok || s.phraseExempt(p, i, last) {
			continue
		}
		s.addPhrase(p, i, last)
	}
}

// phraseExempt reports the technical uses of built-in phrases.
func (s *langScan) phraseExempt(p *langPhrase, i, last int) bool {
	if p.rule == langCustom || p.rule == "" {
		return false
	}
	if p.words[0] == "bad" && p.words[1] == "call" {
		return s.technicalCall(last + 1)
	}
	return p.rule == langBlame && s.negatedWithin(i, 3)
}

// technicalCall reports "a bad call to the API" or "bad call signature":
// the word after "bad call" (token k) starts a technical noun phrase.
func (s *langScan) technicalCall(k int) bool {
	if s.boundary(k) || s.toks[k].kind != langWord {
		return false
	}
	if s.word(k) == "to" {
		return s.cls(k+1)&lcBaseVerb == 0
	}
	return !langCallNext[s.word(k)]
}

// addPhrase records a phrase match.
func (s *langScan) addPhrase(p *langPhrase, first, last int) {
	if p.drop {
		s.addDrop(p.rule, first, last)
		return
	}
	start, end := s.toks[first].start, s.toks[last].end
	var repl *string
	if p.replace != nil {
		r := s.caseFor(first, *p.replace)
		repl = &r
	}
	s.addSpan(p.rule, start, end, repl)
	s.out[len(s.out)-1].Message = p.message // empty: the rule's message
}
