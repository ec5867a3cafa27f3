package lint

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Rule ids of the language rules.
const (
	langCounterfactual = "language/counterfactual"
	langJudgement      = "language/judgement"
	langBlame          = "language/blame"
	langHumanError     = "language/human-error"
	langPersonCause    = "language/person-cause"
	langHindsight      = "language/hindsight"
	langCustom         = "language/custom"
)

// languageRules describes the language rules, one per rule id.
var languageRules = []RuleInfo{
	{ID: langCounterfactual, Severity: Warning,
		Summary: `Counterfactuals such as "should have", "could have", "would have" and "if only".`,
		Why:     "A counterfactual judges a past decision by what is known now and hides why it made sense at the time."},
	{ID: langJudgement, Severity: Warning,
		Summary: "Words that judge people or their work: careless, sloppy, reckless, poor judgement.",
		Why:     "Judging words put people on the defensive and end the analysis before it finds the conditions behind an action."},
	{ID: langBlame, Severity: Warning,
		Summary: `Blame words: "at fault", "to blame", "culprit", "whose fault", "responsible for the outage".`,
		Why:     "Assigning blame teaches people to hide mistakes, so the next review learns less."},
	{ID: langHumanError, Severity: Warning,
		Summary: `"Human error", "operator error" and similar labels used as a cause.`,
		Why:     "Human error marks where the analysis stopped; the system conditions that made the error likely are what can be fixed."},
	{ID: langPersonCause, Severity: Warning,
		Summary: "A person, role or pronoun named as the cause of a bad outcome.",
		Why:     "Making a person the cause turns a review of the system into a review of the person."},
	{ID: langHindsight, Severity: Notice,
		Summary: `Hindsight and minimising words: "obviously", "clearly", "just", "simply", "of course".`,
		Why:     "Calling the answer obvious or simple after the fact ignores what responders could see at the time."},
	{ID: langCustom, Severity: Warning,
		Summary: "Phrases on the team's own list of phrases to avoid.",
		Why:     "The team has agreed not to use these phrases in post-mortems."},
}

// langMatch is one piece of blameful wording found in a text.
type langMatch struct {
	Rule       string
	Start, End int // byte offsets into the checked text
	Message    string
	// Replace, when set, replaces text[Start:End] with a blameless rewrite.
	Replace *string
}

// languageChecker finds blameful language. It is read-only after
// construction and safe for concurrent use.
type languageChecker struct {
	custom langPhraseSet // the team's own phrases, rule language/custom
	allow  langPhraseSet // phrases never flagged
}

// newLanguageChecker builds a checker from the Allow and Phrases options.
func newLanguageChecker(opt Options) *languageChecker {
	c := &languageChecker{custom: langPhraseSet{}, allow: langPhraseSet{}}
	for _, p := range opt.Phrases {
		msg := p.Message
		if msg == "" {
			msg = "this phrase is on the team's list of phrases to avoid"
		}
		var repl *string
		if p.Replace != "" {
			repl = &p.Replace
		}
		c.custom.add(&langPhrase{words: langPhraseWords(p.Text), rule: langCustom, message: msg, replace: repl})
	}
	for _, a := range opt.Allow {
		c.allow.add(&langPhrase{words: langPhraseWords(a)})
	}
	return c
}

// check returns the blameful wording in text, sorted by Start and not
// overlapping. people holds lower-cased names and logins known from the
// document; it may be nil.
func (c *languageChecker) check(text string, people map[string]bool) []langMatch {
	s := langScanPool.Get().(*langScan)
	s.c, s.text, s.people = c, text, people
	s.toks = s.lx.tokenize(text)
	s.out = s.out[:0]
	s.run()
	res := s.result()
	s.lx.text, s.lx.arenaStr = "", ""
	s.c, s.text, s.people = nil, "", nil
	langScanPool.Put(s)
	return res
}

// ---- tokens ----

// langClass is the set of lexicon classes a word belongs to.
type langClass uint64

// Lexicon classes.
const (
	lcModal langClass = 1 << iota
	lcIf
	lcHad
	lcJudge
	lcPhrase
	lcBlame
	lcFault
	lcResponsible
	lcObvious
	lcHindAdv
	lcMinimiser
	lcEveryone
	lcEasy
	lcHuman
	lcCause
	lcIt
	lcClear
	lcName
	lcPronoun
	lcWeak
	lcNobody
	lcObjPronoun
	lcRole
	lcTeam
	lcDet
	lcOpener
	lcSkip
	lcBadAdv
	lcNeg
	lcDiligence
	lcPersonOnly
	lcBad
	lcCond
	lcQual
	lcParticiple
	lcPast
	lcBaseVerb
	lcWorkNoun
	lcBe
	lcPositive
	lcPossBad
	lcSignal
	lcManner // qualifiers of manner: "without", "instead", "too low"
	lcState  // qualifiers of the object's state: "broken", "stale"
	lcUndo   // verbs that undo or stop something: "reverted", "disabled"
	lcSub    // subordinating words that end a clause's verb run
	lcCoord  // and, but, then, or
)

// lcSubject marks words that can start a person as a subject.
const lcSubject = lcPronoun | lcWeak | lcNobody | lcRole | lcTeam

// langLexicon maps a lower-cased word to its classes.
var langLexicon = langNewTable(langBuildLexicon())

// langTable is a read-only open-addressing hash table from words to
// classes: one small slot array, probed linearly, and a hash computed over
// the word's bytes. It is several times faster than a map for the one
// lookup every word needs.
type langTable struct {
	slots []uint16 // 0: empty; otherwise 1 + index into keys
	keys  []string
	cls   []langClass
	mask  uint32
}

// langNewTable builds a table from m with at most a quarter of slots used.
func langNewTable(m map[string]langClass) *langTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := &langTable{slots: make([]uint16, size), mask: uint32(size - 1)}
	for w, c := range m {
		i := langHash(w) & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys, t.cls = append(t.keys, w), append(t.cls, c)
		t.slots[i] = uint16(len(t.keys))
	}
	return t
}

// langHash mixes the length and five sampled bytes of w: constant time per
// word. Words that collide only make a probe longer, since keys are
// compared in full.
func langHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return langMix(w[0], w[n-1], w[n/2], w[n/3], w[(2*n)/3], n)
}

// langHashBytes is langHash for a byte slice.
func langHashBytes(w []byte) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return langMix(w[0], w[n-1], w[n/2], w[n/3], w[(2*n)/3], n)
}

// langMix combines sampled bytes and a length into a hash.
func langMix(b0, b1, b2, b3, b4 byte, n int) uint32 {
	a := uint32(b0) | uint32(b1)<<8 | uint32(b2)<<16 | uint32(n)<<24
	h := a*0x9E3779B1 ^ (uint32(b3)|uint32(b4)<<8)*0x85EBCA77
	return h ^ h>>15
}

// get returns the classes of w, or 0.
func (t *langTable) get(w string) langClass {
	for i := langHash(w) & t.mask; t.slots[i] != 0; i = (i + 1) & t.mask {
		if k := t.slots[i] - 1; t.keys[k] == w {
			return t.cls[k]
		}
	}
	return 0
}

// getBytes is get for a byte slice; the comparison does not allocate.
func (t *langTable) getBytes(w []byte) langClass {
	for i := langHashBytes(w) & t.mask; t.slots[i] != 0; i = (i + 1) & t.mask {
		if k := t.slots[i] - 1; t.keys[k] == string(w) {
			return t.cls[k]
		}
	}
	return 0
}

// langBuildLexicon folds the word tables into one map.
func langBuildLexicon() map[string]langClass {
	m := make(map[string]langClass, 2048)
	for _, e := range langWordTable {
		for _, w := range strings.Fields(e.words) {
			m[w] |= e.cls
		}
	}
	for _, p := range langBuiltinPhrases {
		m[strings.Fields(p.text)[0]] |= lcPhrase
	}
	return m
}

// langSet makes a set from words separated by white space.
func langSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// langKind tells words from punctuation and protected spans.
type langKind uint8

const (
	langWord    langKind = iota
	langMention          // @login; lower holds the login without "@"
	langPunct
	langOpaque // code span, URL or quotation: never checked
)

// langToken is one word, mention, punctuation mark or protected span. It
// holds no pointers, so a slice of tokens costs the garbage collector
// nothing: its lower-cased form is a range of the text or of the lexer's
// arena (see langLexer.low).
type langToken struct {
	start, end int
	lo, hi     int32     // the lower-cased form, apostrophes as "'"
	cls        langClass // classes of the lower-cased form, or of its base for "x's"
	kind       langKind
	inArena    bool // lo:hi is in the arena, not the text
	brk        bool // punctuation that ends a clause
	stop       bool // punctuation that ends a sentence (. ! ? ;)
	capital    bool // capitalised and not all capitals
	sentStart  bool // first word of a sentence
	poss       bool // ends in "'s"
}

// langLexer splits a text into tokens. Words with capitals or non-ASCII
// letters are lower-cased into one byte arena that becomes a single string.
type langLexer struct {
	text     string
	toks     []langToken
	sent     bool
	arena    []byte
	arenaStr string
}

// low returns the lower-cased form of a token.
func (lx *langLexer) low(t *langToken) string {
	if t.inArena {
		return lx.arenaStr[t.lo:t.hi]
	}
	return lx.text[t.lo:t.hi]
}

// tokenize splits text into tokens, reusing the lexer's buffers.
func (lx *langLexer) tokenize(text string) []langToken {
	lx.text, lx.toks, lx.sent = text, lx.toks[:0], true
	lx.arena, lx.arenaStr = lx.arena[:0], ""
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == ' ':
			i++
		case langASCII[c&0x7f]&langWordChar != 0 && c < utf8.RuneSelf && c|0x20 != 'h' && c|0x20 != 'w':
			i = lx.word(i, i, langWord) // the common case, without step's checks
		default:
			i = lx.step(i)
		}
	}
	if len(lx.arena) > 0 {
		lx.arenaStr = string(lx.arena)
	}
	return lx.toks
}

// step reads the token at i and returns where the next one may start.
func (lx *langLexer) step(i int) int {
	c := lx.text[i]
	switch {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		return i + 1
	case c == '`':
		return lx.code(i)
	case c == '"':
		return lx.quote(i, `"`, `"`)
	case c == 0xE2 && strings.HasPrefix(lx.text[i:], "“"):
		return lx.quote(i, "“", "”")
	case (c|0x20 == 'h' || c|0x20 == 'w') && lx.isURL(i):
		return lx.url(i)
	case c == '@' && lx.mentionAt(i):
		return lx.word(i+1, i, langMention)
	}
	return lx.plain(i)
}

// plain reads a word or a punctuation mark at i.
func (lx *langLexer) plain(i int) int {
	if c := lx.text[i]; c < utf8.RuneSelf {
		if langASCII[c]&langWordChar != 0 {
			return lx.word(i, i, langWord)
		}
		return lx.punct(i, 1)
	}
	r, size := utf8.DecodeRuneInString(lx.text[i:])
	if langIsWordRune(r) {
		return lx.word(i, i, langWord)
	}
	return lx.punct(i, size)
}

// code reads a backtick code span as one protected token.
func (lx *langLexer) code(i int) int {
	n := i
	for n < len(lx.text) && lx.text[n] == '`' {
		n++
	}
	fence := lx.text[i:n]
	j := strings.Index(lx.text[n:], fence)
	if j < 0 {
		return lx.punct(i, n-i)
	}
	return lx.opaque(i, n+j+len(fence))
}

// quote reads a quotation as one protected token.
func (lx *langLexer) quote(i int, open, close string) int {
	j := strings.Index(lx.text[i+len(open):], close)
	if j < 0 {
		return lx.punct(i, len(open))
	}
	return lx.opaque(i, i+len(open)+j+len(close))
}

// isURL reports whether a URL starts at i.
func (lx *langLexer) isURL(i int) bool {
	if i > 0 && langIsWordByte(lx.text[i-1]) {
		return false
	}
	rest := lx.text[i:]
	for _, p := range [...]string{"http://", "https://", "www."} {
		if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
			return true
		}
	}
	return false
}

// url reads a URL, without trailing punctuation, as one protected token.
func (lx *langLexer) url(i int) int {
	j := i
	for j < len(lx.text) && !strings.ContainsRune(" \t\r\n<>\"`", rune(lx.text[j])) {
		j++
	}
	for j > i && strings.ContainsRune(".,;:!?)]'", rune(lx.text[j-1])) {
		j--
	}
	return lx.opaque(i, j)
}

// mentionAt reports whether an @mention starts at i.
func (lx *langLexer) mentionAt(i int) bool {
	if i+1 >= len(lx.text) || !langIsWordByte(lx.text[i+1]) {
		return false
	}
	return i == 0 || !langIsWordByte(lx.text[i-1])
}

// opaque adds a protected token for text[i:j].
func (lx *langLexer) opaque(i, j int) int {
	lx.toks = append(lx.toks, langToken{start: i, end: j, kind: langOpaque})
	lx.sent = false
	return j
}

// punct adds a punctuation token of size bytes.
func (lx *langLexer) punct(i, size int) int {
	p := lx.text[i : i+size]
	t := langToken{start: i, end: i + size, lo: int32(i), hi: int32(i + size), kind: langPunct}
	t.brk = strings.Contains(".,;:!?()[]—–-…", p)
	t.stop = p == "." || p == "!" || p == "?" || p == ";"
	lx.toks = append(lx.toks, t)
	if p == "." || p == "!" || p == "?" {
		lx.sent = true
	}
	return i + size
}

// word adds the word that starts at i; start is where the token starts
// (before "@" for a mention).
func (lx *langLexer) word(i, start int, kind langKind) int {
	j, plain := langWordEnd(lx.text, i)
	n := len(lx.toks)
	if n < cap(lx.toks) {
		lx.toks = lx.toks[:n+1]
	} else {
		lx.toks = append(lx.toks, langToken{})
	}
	t := &lx.toks[n]
	*t = langToken{start: start, end: j, kind: kind, sentStart: lx.sent}
	lx.sent = false
	if plain {
		t.lo, t.hi = int32(i), int32(j)
		if !langIsDigit(lx.text[i]) { // numbers are in no word list
			t.cls, t.poss = langClassify(lx.text[i:j])
		}
	} else {
		from := len(lx.arena)
		lx.arena = langAppendLower(lx.arena, lx.text[i:j])
		t.cls, t.poss = langClassifyBytes(lx.arena[from:])
		t.capital = kind == langWord && langIsCapital(lx.text[i:j])
		t.lo, t.hi, t.inArena = int32(from), int32(len(lx.arena)), true
	}
	return j
}

// langClassify looks up a lower-case word, or the base of "x's".
func langClassify(w string) (langClass, bool) {
	if len(w) <= 2 {
		return langShort[langShortIndex(w)], false
	}
	if w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
		return langLexicon.get(w[:len(w)-2]), true
	}
	return langLexicon.get(w), false
}

// langShort holds the classes of one- and two-letter words ("a", "of",
// "we"), a quarter of all words, indexed without hashing.
var langShort = func() (t [27 * 27]langClass) {
	for i, w := range langLexicon.keys {
		if len(w) <= 2 {
			t[langShortIndex(w)] = langLexicon.cls[i]
		}
	}
	return t
}()

// langShortIndex maps a word of one or two letters a-z to its slot in
// langShort, and anything else to slot 0, which no word uses.
func langShortIndex(w string) int {
	i := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 'a' || c > 'z' {
			return 0
		}
		i = i*27 + int(c-'a') + 1
	}
	return i
}

// langClassifyBytes is langClassify for an arena slice; the map lookups do
// not allocate.
func langClassifyBytes(w []byte) (langClass, bool) {
	if len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
		return langLexicon.getBytes(w[:len(w)-2]), true
	}
	return langLexicon.getBytes(w), false
}

// langAppendLower appends w lower-cased, with curly apostrophes straight.
func langAppendLower(dst []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		case r == '’':
			dst = append(dst, '\'')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// Classes of ASCII bytes.
const (
	langWordChar  = 1 << iota // letter, digit or underscore
	langUpperChar             // A-Z
)

// langASCII classifies ASCII bytes.
var langASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		if b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_' {
			t[c] = langWordChar
		}
		if b >= 'A' && b <= 'Z' {
			t[c] = langWordChar | langUpperChar
		}
	}
	return t
}()

// langWordEnd returns where the word starting at i ends, and whether it is
// plain: ASCII without capitals, so its text is its lower-cased form.
// Apostrophes and hyphens join letters; a dot joins digits.
func langWordEnd(text string, i int) (int, bool) {
	var seen uint8 // the ASCII classes seen, and langUpperChar for non-ASCII
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && langASCII[c]&langWordChar != 0 {
			seen |= langASCII[c]
			i++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
			break
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !langIsWordRune(r) && (i+n >= len(text) || !langJoins(text, i, r, n)) {
			break
		}
		if c >= utf8.RuneSelf {
			seen |= langUpperChar
		}
		i += n
	}
	return i, seen&langUpperChar == 0
}

// langJoins reports whether the rune r at i joins two parts of one word.
func langJoins(text string, i int, r rune, n int) bool {
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	switch r {
	case '\'', '’', '-':
		return langIsWordRune(next)
	case '.':
		return i > 0 && langIsDigit(text[i-1]) && langIsDigit(text[i+n])
	}
	return false
}

// langIsWordRune reports whether r is part of a word.
func langIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return langIsWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// langIsWordByte reports whether the byte b is part of a word (any
// non-ASCII byte counts).
func langIsWordByte(b byte) bool {
	return b >= utf8.RuneSelf || langASCII[b]&langWordChar != 0
}

// langIsDigit reports whether b is an ASCII digit.
func langIsDigit(b byte) bool { return b >= '0' && b <= '9' }

// langIsCapital reports whether w starts with an upper-case letter and is
// not all capitals ("Priya", not "SRE" or "I").
func langIsCapital(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return strings.IndexFunc(w[n:], unicode.IsLower) >= 0
}

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

// ---- messages and rewrites ----

// langMessage explains why the wording found is a problem, in one
// allocation.
func langMessage(rule, found string) string {
	tail := langWhy(rule)
	if strings.ContainsAny(found, "\"\\\n") {
		return strconv.Quote(found) + tail
	}
	return `"` + found + `"` + tail
}

// langWhy is the part of a rule's message after the quoted words.
func langWhy(rule string) string {
	switch rule {
	case langCounterfactual:
		return " judges the past with what is known now; describe what happened, what was true at the time, and what will change."
	case langJudgement:
		return " judges a person or their work; describe the action and the conditions that made it seem reasonable at the time."
	case langBlame:
		return " assigns blame; describe the conditions and decisions that led to the outcome instead of who is at fault."
	case langHumanError:
		return " stops the analysis at a person; name the system condition that made the mistake possible, such as a missing guardrail or an unclear tool."
	case langPersonCause:
		return " makes a person the cause of the outcome; describe what the system allowed and what was known at the time."
	}
	return " presents the answer as obvious or easy in hindsight; state the facts and what made them hard to see at the time."
}

// langDropEdit computes the rewrite that drops text[s:e]: the returned span
// and replacement keep single spacing and capitalise a new sentence start.
func langDropEdit(text string, s, e int) (int, int, string, bool) {
	if s > 0 && text[s-1] != ' ' {
		return 0, 0, "", false
	}
	j, k := langAfterDrop(text, e)
	if k == j {
		if j == e && s > 0 {
			return s - 1, e, "", true
		}
		return 0, 0, "", false
	}
	if r, _ := utf8.DecodeRuneInString(text[s:]); unicode.IsUpper(r) {
		w, _ := langWordEnd(text, k)
		if w == k {
			return 0, 0, "", false
		}
		return s, w, langCapitalise(text[k:w]), true
	}
	if j > e && s >= 2 && text[s-2:s] == ", " {
		return s - 2, e, "", true
	}
	return s, k, "", true
}

// langAfterDrop returns, for a span ending at e, the end of a following
// comma (j) and the start of the next word (k).
func langAfterDrop(text string, e int) (j, k int) {
	j = e
	if j < len(text) && text[j] == ',' {
		j++
	}
	k = j
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return j, k
}

// langCapitalise upper-cases the first letter of w.
func langCapitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// caseFor capitalises repl when it replaces text from token first that
// starts a sentence or is capitalised ("Human Error", not "PEBKAC").
func (s *langScan) caseFor(first int, repl string) string {
	t := &s.toks[first]
	if repl != "" && (t.sentStart || t.capital) {
		return langCapitalise(repl)
	}
	return repl
}

// ---- counterfactual ----

// matchModal finds "should have", "could've", "ought to have" and the like.
func (s *langScan) matchModal(i int) {
	w := s.word(i)
	haveEnd, ok := s.modalHave(i)
	if !ok {
		return
	}
	p := s.skipAdverbs(haveEnd+1, 2)
	if !langIsParticiple(s.word(p)) || s.speculative(w, p) || s.unforeseeable(i, haveEnd, p) {
		return
	}
	if last, ok := s.hindsightKnown(w, p); ok {
		s.add(langHindsight, i, last, nil)
		return
	}
	s.add(langCounterfactual, i, haveEnd, nil)
}

// modalHave finds the "have" after the modal at i ("should have", "ought
// to have", "would not have"); a contraction ("should've") is its own have.
func (s *langScan) modalHave(i int) (int, bool) {
	w, j := s.word(i), i+1
	if strings.HasSuffix(w, "'ve") {
		return i, true
	}
	if strings.HasPrefix(w, "ought") {
		if s.word(j) != "to" {
			return 0, false
		}
		j++
	}
	j = s.skipAdverbs(j, 3)
	h := s.word(j)
	return j, h == "have" || h == "of"
}

// speculative reports "might have been caused by", a guess about the past,
// and "could have been worse", a statement of risk: neither judges anyone.
func (s *langScan) speculative(modal string, p int) bool {
	part := s.word(p)
	if part == "been" || part == "gone" || part == "become" {
		if langWorseOutcome[s.word(s.skipAdverbs(p+1, 2))] {
			return true // "could have been much worse": a risk, not a judgement
		}
	}
	return strings.HasPrefix(modal, "might") && part == "been" && langMightCause[s.word(p+1)]
}

// unforeseeable reports "could not have predicted" and "whether anyone could
// have noticed": statements that the outcome was hard to see, the opposite of
// hindsight.
func (s *langScan) unforeseeable(i, haveEnd, p int) bool {
	for k := i - 1; k >= i-4 && !s.boundary(k); k-- {
		if w := s.word(k); w == "whether" || w == "if" {
			return true
		}
	}
	neg := strings.HasSuffix(s.word(i), "n't")
	for k := i + 1; k < haveEnd; k++ {
		neg = neg || s.word(k) == "not" || s.word(k) == "never"
	}
	return neg && langKnowVerbs[s.word(p)]
}

// hindsightKnown reports "should have known" and "should have been obvious".
func (s *langScan) hindsightKnown(modal string, p int) (int, bool) {
	if !strings.HasPrefix(modal, "should") && !strings.HasPrefix(modal, "ought") {
		return 0, false
	}
	if langHindsightKnow[s.word(p)] {
		return p, true
	}
	if s.word(p) == "been" && langObviousAdj[s.word(p+1)] {
		return p + 1, true
	}
	return 0, false
}

// skipAdverbs moves past at most n "-ly" adverbs or modal adverbs from k.
func (s *langScan) skipAdverbs(k, n int) int {
	for ; n > 0; n-- {
		w := s.word(k)
		if !langModalSkip[w] && !(strings.HasSuffix(w, "ly") && !langLyVerbs[w]) {
			break
		}
		k++
	}
	return k
}

// langIsParticiple reports whether w looks like a past participle.
func langIsParticiple(w string) bool {
	if langLexicon.get(w)&lcParticiple != 0 {
		return true
	}
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// matchIfOnly finds "if only" followed by a past or unreal verb.
func (s *langScan) matchIfOnly(i int) {
	if s.word(i+1) != "only" {
		return
	}
	for k := i + 2; k <= i+9 && !s.boundary(k); k++ {
		if w := s.word(k); langIfOnlyVerbs[w] || strings.HasSuffix(w, "'d") {
			s.add(langCounterfactual, i, i+1, nil)
			return
		}
	}
}

// matchHadInversion finds "Had anyone looked …" and ", had she taken …".
func (s *langScan) matchHadInversion(i int) {
	if i > 0 && !s.boundary(i-1) {
		return
	}
	n := i + 1
	ok := s.cls(n)&(lcDet|lcPronoun|lcWeak|lcEveryone) != 0 ||
		n < len(s.toks) && (s.toks[n].kind == langMention || s.toks[n].capital && s.cls(n)&lcName != 0)
	if ok && s.word(n) != "no" {
		s.add(langCounterfactual, i, n, nil)
	}
}

// ---- judgement ----

// matchJudge flags a judging word unless it is a technical term ("lazy
// loading", "dumb terminal").
func (s *langScan) matchJudge(i int) {
	w, next := s.word(i), s.word(i+1)
	switch {
	case (w == "lazy" || w == "lazily") && langLazyTech[next]:
		return
	case w == "dumb" && langDumbTech[next]:
		return
	}
	last := i
	if (w == "rookie" || w == "silly" || w == "dumb" || w == "careless") && langMistakeNouns[next] {
		last = i + 1
	}
	s.add(langJudgement, i, last, nil)
}

// ---- blame ----

// matchBlame flags blame, culprit, guilty; not "git blame" or "no blame".
func (s *langScan) matchBlame(i int) {
	w := s.word(i)
	if strings.HasPrefix(w, "blam") {
		next := s.word(i + 1)
		if langBlameTools[s.word(i-1)] || langBlameTech[next] || langNoOne[next] || s.negatedWithin(i, 5) {
			return
		}
		first := i
		if s.word(i-1) == "to" {
			first = i - 1
		}
		s.add(langBlame, first, i, nil)
		return
	}
	if strings.HasPrefix(w, "culprit") && !s.personNear(i, 8) {
		return
	}
	s.add(langBlame, i, i, nil)
}

// matchFault flags "at fault", "whose fault", "his fault", "the fault lies
// with", "the fault of"; technical faults are left alone.
func (s *langScan) matchFault(i int) {
	p, n := s.word(i-1), s.word(i+1)
	first := i - 1
	switch {
	case p == "at" || p == "whose" || langPossPronoun[p]:
	case i > 0 && s.toks[i-1].poss && !langNotPossFault[p]:
	case langFaultVerbs[n] || p == "the" && n == "of" || s.cls(i+1)&lcBe != 0 && s.possPersonWithin(i+2, 3):
		first = i
		if p == "the" {
			first = i - 1
		}
	default:
		return
	}
	if !s.negatedWithin(first, 4) {
		s.add(langBlame, first, i, nil)
	}
}

// matchResponsible flags "held responsible", "hold X accountable", a person
// "responsible for the outage" and "bears responsibility for the outage".
func (s *langScan) matchResponsible(i int) {
	for k := i - 1; k >= i-4 && !s.boundary(k); k-- {
		if langHoldVerbs[s.word(k)] {
			s.add(langBlame, k, i, nil)
			return
		}
	}
	w := s.word(i)
	if w == "accountable" || s.word(i+1) != "for" || s.negatedWithin(i, 3) {
		return
	}
	if w == "responsibility" && !s.borne(i) || w == "responsible" && !s.personIsResponsible(i) {
		return
	}
	for k := i + 2; k <= i+5 && !s.boundary(k); k++ {
		if langOutcomeNouns[s.word(k)] {
			s.add(langBlame, i, k, nil)
			return
		}
	}
}

// borne reports "bears (the) responsibility".
func (s *langScan) borne(i int) bool {
	return langBearVerbs[s.word(i-1)] || langBearVerbs[s.word(i-2)]
}

// personIsResponsible reports a person before "was responsible".
func (s *langScan) personIsResponsible(i int) bool {
	b := i - 1
	for b > 0 && (strings.HasSuffix(s.word(b), "ly") || s.word(b) == "also") {
		b--
	}
	return s.cls(b)&lcBe != 0 && s.isPersonWord(b-1)
}

// possPersonWithin reports a person's possessive ("Kenji's", "the
// developer's") among the n tokens from k, in the same clause.
func (s *langScan) possPersonWithin(k, n int) bool {
	for m := k; m < k+n && !s.boundary(m); m++ {
		if s.toks[m].poss && s.isPersonWord(m) {
			return true
		}
	}
	return false
}

// isPersonWord reports whether token k names or stands for a person.
func (s *langScan) isPersonWord(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	switch {
	case t.kind == langMention:
		return true
	case t.kind != langWord:
		return false
	case t.capital && (t.cls&lcName != 0 || s.known(t)):
		return true
	}
	return t.cls&(lcPronoun|lcWeak|lcRole|lcTeam|lcObjPronoun) != 0 || s.word(k) == "who"
}

// known reports whether the document names the word as a person.
func (s *langScan) known(t *langToken) bool {
	if s.people == nil {
		return false
	}
	w := s.lx.low(t)
	if t.poss {
		w = w[:len(w)-2]
	}
	return s.people[w]
}

// personNear reports a person within n words of token i in its sentence.
func (s *langScan) personNear(i, n int) bool {
	for k := i - 1; k >= i-n && !s.sentenceEnd(k); k-- {
		if s.isPersonWord(k) {
			return true
		}
	}
	for k := i + 1; k <= i+n && !s.sentenceEnd(k); k++ {
		if s.isPersonWord(k) {
			return true
		}
	}
	return false
}

// ---- human error ----

// matchHumanError flags "human error", "operator error", "PEBKAC" and kin.
func (s *langScan) matchHumanError(i int) {
	w, last := s.word(i), i
	switch w {
	case "pebkac", "pebcak", "id10t":
	default:
		if !s.humanLabel(w, s.word(i+1)) || langHumanTech[s.word(i+2)] {
			return
		}
		last = i + 1
	}
	s.addHumanError(i, last)
}

// humanLabel reports "human error", "operator mistake", "human failure" and
// kin; "user errors" (plural) is the usual name of client errors.
func (s *langScan) humanLabel(w, n string) bool {
	switch {
	case !langHumanNouns[n], w == "user" && n == "errors":
		return false
	case n == "error" || n == "errors":
		return true
	case strings.HasPrefix(n, "failure"):
		return w == "human"
	}
	return w == "human" || w == "operator" || w == "manual"
}

// addHumanError records a human-error match with a rewrite when the
// neutral phrase fits the grammar around it.
func (s *langScan) addHumanError(first, last int) {
	det := s.word(first - 1)
	if det == "a" || det == "an" || det == "the" {
		first--
	} else {
		det = ""
	}
	start, end := s.toks[first].start, s.toks[last].end
	var repl *string
	if s.neutralFits(first) {
		r := langGapPhrase(det, strings.HasSuffix(s.word(last), "s") && s.word(last) != "pebkac")
		r = s.caseFor(first, r)
		repl = &r
	}
	s.addSpan(langHumanError, start, end, repl)
}

// neutralFits reports whether a noun phrase can replace the match at
// token first: after a preposition, a copula (and adverbs), punctuation or
// at the start.
func (s *langScan) neutralFits(first int) bool {
	p := first - 1
	for p > 0 && strings.HasSuffix(s.word(p), "ly") && s.word(p) != "only" {
		p-- // "was ultimately an operator error"
	}
	if p < 0 || s.boundary(p) {
		return true
	}
	switch s.word(p) {
	case "to", "by", "as", "of", "from", "in", "on", "with", "into", "than", "like",
		"was", "is", "were", "are", "be", "been":
		return true
	}
	return false
}

// langGapPhrase returns the neutral phrase for a human-error label.
func langGapPhrase(det string, plural bool) string {
	switch {
	case plural && det == "the":
		return "the gaps in the process"
	case plural:
		return "gaps in the process"
	case det == "the":
		return "the gap in the process"
	}
	return "a gap in the process"
}

// ---- hindsight ----

// matchObvious flags "it was obvious", "obvious that", "the obvious fix";
// not "not obvious", "became obvious" or a neutral "an obvious spike".
func (s *langScan) matchObvious(i int) {
	if s.negatedWithin(i, 3) || langObviousBefore[s.word(i-1)] {
		return
	}
	b := i - 1
	for b > 0 && strings.HasSuffix(s.word(b), "ly") {
		b--
	}
	p, n := s.word(b), s.word(i+1)
	if langObviousPrevOK[p] || langObviousNextOK[n] || p == "the" && langObviousNouns[n] {
		s.add(langHindsight, i, i, nil)
	}
}

// matchHindsightAdverb flags obviously, clearly, plainly, trivially and a
// sentence-initial naturally, with a rewrite that drops the word.
func (s *langScan) matchHindsightAdverb(i int) {
	switch s.word(i) {
	case "obviously":
		if s.negated(i) {
			return
		}
	case "clearly", "plainly":
		if s.clearlyExempt(i) {
			return
		}
	case "naturally", "predictably", "unsurprisingly":
		if !s.toks[i].sentStart || !s.startsClause(i+1) {
			return
		}
	}
	s.addDrop(langHindsight, i, i)
}

// startsClause reports whether token k can open a clause: a comma, a
// determiner or a pronoun ("Naturally, the …", not "Naturally occurring").
func (s *langScan) startsClause(k int) bool {
	if k < len(s.toks) && s.word(k) == "," {
		return true
	}
	return s.cls(k)&(lcDet|lcPronoun|lcWeak|lcNobody|lcIt|lcEveryone) != 0
}

// clearlyExempt reports "not clearly", "should clearly show", "clearly
// worded", "shows the leak clearly": uses about how something is shown.
func (s *langScan) clearlyExempt(i int) bool {
	p := s.word(i - 1)
	if langClearlyPrev[p] || strings.HasSuffix(p, "n't") || langComm[s.word(i+1)] {
		return true
	}
	for k := i - 1; k >= i-4 && !s.boundary(k); k-- {
		if langShowVerbs[s.word(k)] {
			return true
		}
	}
	return false
}

// matchClearThat flags "it was clear that …" and "evident from the graph";
// not "became clear", "not clear" or "clear ownership".
func (s *langScan) matchClearThat(i int) {
	if s.negatedWithin(i, 3) || !langClearNext[s.word(i+1)] {
		return
	}
	b := i - 1
	for b > 0 && s.adverb(b) {
		b--
	}
	if s.cls(b)&lcBe != 0 {
		s.add(langHindsight, i, i, nil)
	}
}

// matchMinimiser flags "just"/"simply" before a verb ("just needed to",
// "simply roll back") and "only had to", not "just after", "only just" or
// "had just run".
func (s *langScan) matchMinimiser(i int) {
	p := s.word(i - 1)
	if p == "only" || p == "had" || p == "has" || p == "have" || s.negated(i) {
		return
	}
	n := s.word(i + 1)
	switch {
	case langMinimised[n]:
	case (n == "had" || n == "has" || n == "have") && s.word(i+2) == "to":
	case s.cls(i+1)&lcBaseVerb != 0 && s.word(i) != "only":
	default:
		return
	}
	if s.word(i) == "only" && p == "if" {
		return
	}
	s.addDrop(langHindsight, i, i)
}

// matchEveryone flags "anyone could see", "everyone knew".
func (s *langScan) matchEveryone(i int) {
	if p := s.word(i - 1); p == "if" || p == "whether" {
		return
	}
	w := s.word(i)
	for k := i + 1; k <= i+6 && !s.boundary(k); k++ {
		v := s.word(k)
		if v == "knew" && strings.HasPrefix(w, "every") && s.word(k+1) != "about" && s.word(k+1) != "of" {
			s.add(langHindsight, i, k, nil)
			return
		}
		if (v == "could" || v == "can" || v == "would") && langEveryoneVerbs[s.word(k+1)] {
			s.add(langHindsight, i, k+1, nil)
			return
		}
	}
}

// matchEasy flags "easy to spot", "easily avoided", "avoidable".
func (s *langScan) matchEasy(i int) {
	if s.negatedWithin(i, 2) {
		return
	}
	switch s.word(i) {
	case "easy":
		if s.word(i+1) == "to" && langEasyVerbs[s.word(i+2)] {
			s.add(langHindsight, i, i+2, nil)
		}
	case "easily":
		if langEasilyVerbs[s.word(i+1)] {
			s.add(langHindsight, i, i+1, nil)
		}
	default:
		s.add(langHindsight, i, i, nil)
	}
}

// ---- person as cause ----

// langSubjKind grades how surely a subject is a person.
type langSubjKind uint8

const (
	lsStrong  langSubjKind = iota // a name, @mention, he, she, someone, a role
	lsWeak                        // we, they, I, a team
	lsNobody                      // nobody, no one
	lsUnknown                     // a capitalised word that is not a known name
)

// langSubject is a person found as a clause subject: tokens first..last.
type langSubject struct {
	first, last int
	kind        langSubjKind
	poss        bool // "Priya's", "the intern's"
}

// personCause looks for a person at token i who is the subject of a bad
// outcome, or whose work ("Priya's change") is.
func (s *langScan) personCause(i int) {
	sub, ok := s.subjectAt(i)
	if !ok || !s.clauseStart(sub.first) {
		return
	}
	if sub.poss {
		s.possessiveCause(sub)
		return
	}
	s.predicate(sub)
}

// subjectAt reads a person starting at (or, for a role, ending at) token i.
func (s *langScan) subjectAt(i int) (langSubject, bool) {
	t := &s.toks[i]
	switch {
	case t.kind == langMention:
		return s.nameSubject(i, lsStrong), true
	case t.cls&lcRole != 0:
		return s.roleSubject(i)
	case t.cls&lcTeam != 0:
		return s.roleSubject(i)
	case t.cls&lcPronoun != 0:
		return s.pronounSubject(i), true
	case t.cls&lcWeak != 0 && !t.poss:
		return langSubject{first: i, last: i, kind: lsWeak}, true
	case t.cls&lcNobody != 0:
		return s.nobodySubject(i)
	case t.capital:
		return s.capitalSubject(i)
	}
	return langSubject{}, false
}

// nameSubject extends a name over following capitalised words (a surname).
func (s *langScan) nameSubject(i int, kind langSubjKind) langSubject {
	sub := langSubject{first: i, last: i, kind: kind, poss: s.toks[i].poss}
	for !sub.poss && sub.last+1 < len(s.toks) {
		n := &s.toks[sub.last+1]
		if !n.capital || n.sentStart || n.cls&^lcName != 0 {
			break
		}
		sub.last++
		sub.poss = n.poss
	}
	return sub
}

// capitalSubject reads a capitalised word as a name when it is a known first
// name or named in the document; other capitalised words are lsUnknown.
func (s *langScan) capitalSubject(i int) (langSubject, bool) {
	t := &s.toks[i]
	kind := lsUnknown
	switch {
	case t.cls&lcName != 0:
		kind = lsStrong
	case t.cls != 0: // a common word: "The", "When"
		return langSubject{}, false
	case s.known(t):
		kind = lsStrong
	}
	if p := s.word(i - 1); p == "the" || p == "a" || p == "an" {
		return langSubject{}, false
	}
	return s.nameSubject(i, kind), true
}

// pronounSubject reads he, she, someone (else), whoever.
func (s *langScan) pronounSubject(i int) langSubject {
	sub := langSubject{first: i, last: i, kind: lsStrong, poss: s.toks[i].poss}
	if s.word(i+1) == "else" || s.word(i+1) == "else's" {
		sub.last = i + 1
		sub.poss = s.word(i+1) == "else's"
	}
	return sub
}

// nobodySubject reads nobody, no one, no-one.
func (s *langScan) nobodySubject(i int) (langSubject, bool) {
	if s.word(i) != "no" {
		return langSubject{first: i, last: i, kind: lsNobody}, true
	}
	if s.word(i+1) == "one" {
		return langSubject{first: i, last: i + 1, kind: lsNobody}, true
	}
	return langSubject{}, false
}

// roleSubject reads "the on-call engineer", "our SRE", "the data team":
// a determiner, up to two modifiers, then role words.
func (s *langScan) roleSubject(i int) (langSubject, bool) {
	base := strings.TrimSuffix(s.word(i), "'s")
	if need, ok := langRoleNeeds[base]; ok && s.word(i-1) != need {
		return langSubject{}, false
	}
	if i > 0 && s.cls(i-1)&(lcRole|lcTeam) != 0 && !s.toks[i-1].poss && langRoleNeeds[base] == "" {
		return langSubject{}, false // the first role word reads the subject
	}
	det := s.roleDeterminer(i)
	if det < 0 || strings.HasPrefix(base, "operator") && det != i-1 {
		return langSubject{}, false
	}
	if s.word(det-1) == "of" && langQuantifiers[s.word(det-2)] {
		det -= 2 // "one of the SREs"
	}
	last := i
	for !s.toks[last].poss && s.cls(last+1)&(lcRole|lcTeam) != 0 {
		last++
	}
	kind := lsStrong
	if s.toks[last].cls&lcRole == 0 {
		kind = lsWeak
	}
	return langSubject{first: det, last: last, kind: kind, poss: s.toks[last].poss}, true
}

// roleDeterminer finds the determiner of a role word within three words.
func (s *langScan) roleDeterminer(i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k].kind != langWord {
			return -1
		}
		if s.toks[k].cls&lcDet != 0 {
			return k
		}
	}
	return -1
}

// clauseStart reports whether a subject can start at token first: at the
// start, after punctuation, a conjunction, an adverb or a time.
func (s *langScan) clauseStart(first int) bool {
	if first == 0 {
		return true
	}
	p := &s.toks[first-1]
	switch p.kind {
	case langPunct:
		return s.boundary(first - 1)
	case langOpaque:
		return false
	}
	w := s.word(first - 1)
	return p.cls&lcOpener != 0 || langIsDigit(w[0]) || strings.HasSuffix(w, "ly")
}

// predicate checks the verb after a subject, and verbs joined to it by
// "and"/"but", for a bad outcome.
func (s *langScan) predicate(sub langSubject) {
	k := s.afterSubject(sub)
	for round := 0; k >= 0 && round < 3; round++ {
		v, st, ok := s.verbAt(k)
		if !ok {
			return
		}
		if end, hit := s.judgeVerb(sub, st, v); hit {
			s.addPersonCause(sub, v, end, round == 0 && v == sub.last+1)
			return
		}
		k = s.nextCoordinated(v)
	}
}

// afterSubject returns the token after the subject, past a compound
// ("Kenji and María") or a short modifier ("someone on the data team", "the
// engineer responsible for the deploy"), or -1.
func (s *langScan) afterSubject(sub langSubject) int {
	k := sub.last + 1
	if s.word(k) == "and" && k+1 < len(s.toks) {
		if other, ok := s.subjectAt(k + 1); ok && other.kind == lsStrong && other.first == k+1 && !other.poss {
			k = other.last + 1
		}
	}
	verbNext := s.verbishPast(k) || s.cls(k)&(lcSkip|lcBadAdv|lcPersonOnly|lcBe) != 0
	if k >= len(s.toks) || sub.kind == lsUnknown || verbNext {
		return k
	}
	for m := k + 1; m < len(s.toks) && m <= k+5; m++ {
		if s.toks[m].kind != langWord || s.toks[m].cls&lcBe != 0 {
			return -1 // punctuation, or a passive "was paged"
		}
		if s.verbishPast(m) {
			return m
		}
	}
	return -1
}

// verbishPast reports whether token k looks like a past-tense verb or a
// negation.
func (s *langScan) verbishPast(k int) bool {
	c := s.cls(k)
	if c&(lcPast|lcNeg|lcBadAdv|lcPersonOnly|lcBad) != 0 {
		return true
	}
	w := s.word(k)
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// langVerbState is what came before a main verb.
type langVerbState struct{ neg, badAdv bool }

// verbAt reads auxiliaries, negation and adverbs from k and returns the
// main verb.
func (s *langScan) verbAt(k int) (int, langVerbState, bool) {
	var st langVerbState
	for n := 0; n < 5 && k < len(s.toks); n, k = n+1, k+1 {
		t := &s.toks[k]
		if t.kind != langWord {
			return 0, st, false
		}
		switch {
		case t.cls&lcNeg != 0:
			st.neg = true
		case t.cls&lcBadAdv != 0:
			st.badAdv = true
		case t.cls&lcSkip != 0 || s.adverb(k):
		default:
			return k, st, true
		}
	}
	return 0, st, false
}

// adverb reports an "-ly" word at k that is not a verb ("apply").
func (s *langScan) adverb(k int) bool {
	w := s.word(k)
	return strings.HasSuffix(w, "ly") && !langLyVerbs[w]
}

// judgeVerb decides whether verb v, said of sub, is a bad outcome, and
// returns the last token of the verb phrase.
func (s *langScan) judgeVerb(sub langSubject, st langVerbState, v int) (int, bool) {
	c := s.toks[v].cls
	switch {
	case st.neg && sub.kind == lsUnknown:
		return v, langHumanDiligence[s.word(v)] // "Xu didn't check", not "PagerDuty didn't page"
	case st.neg:
		return v, c&lcDiligence != 0
	case sub.kind == lsNobody:
		return v, c&lcDiligence != 0 && s.verbishPast(v)
	case c&lcPersonOnly != 0:
		return s.personOnlyEnd(v)
	case sub.kind == lsUnknown:
		// An unknown capitalised word ("Kafka", or a name not listed) is a
		// person only with an explicit error: "Xu deployed the wrong build".
		return v, s.verbishPast(v) && c&(lcDiligence|lcBe) == 0 && s.markedError(v)
	case st.badAdv:
		return v, s.verbishPast(v)
	case c&lcBad != 0:
		if end, ok := s.badEnd(sub, v); ok {
			return end, true
		}
	}
	return s.judgeAction(v)
}

// judgeAction decides whether an ordinary action v is a bad outcome
// because of what qualifies it: "deployed the wrong branch", "merged
// without review", "restored the wrong snapshot".
func (s *langScan) judgeAction(v int) (int, bool) {
	c := s.toks[v].cls
	switch {
	case s.word(v) == "pointed" && s.word(v+1) == "out":
		return 0, false
	case c&(lcCond|lcUndo) != 0:
		return v, s.qualified(v)
	case c&(lcDiligence|lcBe) == 0 && !langDiscover[s.word(v)] && s.verbishPast(v):
		return v, s.markedError(v) // "restored the wrong snapshot", not "identified the wrong record"
	}
	return 0, false
}

// markedError reports an error marker ("the wrong host", "by mistake",
// "untested") after any past-tense verb v, in its clause.
func (s *langScan) markedError(v int) bool {
	for k := v + 1; k <= v+8 && !s.boundary(k); k++ {
		if s.cls(k)&lcQual != 0 && s.qualifierCounts(v, k) {
			return true
		}
	}
	return false
}

// personOnlyEnd handles verbs only people do: "forgot to", "messed up",
// "ignored the alert".
func (s *langScan) personOnlyEnd(v int) (int, bool) {
	switch s.word(v) {
	case "messed", "screwed":
		return v + 1, s.word(v+1) == "up"
	case "ignored":
		for k := v + 1; k <= v+4 && !s.boundary(k); k++ {
			if s.cls(k)&lcSignal != 0 {
				return v, true
			}
		}
		return 0, false
	}
	if s.word(v+1) == "to" {
		return v + 1, true
	}
	return v, true
}

// badEnd handles bad-outcome verbs: "failed to", "took … down", "made a
// mistake", "broke", "deleted".
func (s *langScan) badEnd(sub langSubject, v int) (int, bool) {
	switch w := s.word(v); w {
	case "failed":
		if s.word(v+1) != "to" || langFailedOK[s.word(v+2)] || sub.kind == lsWeak && s.cls(v+2)&lcDiligence == 0 {
			return 0, false
		}
		return v + 1, true
	case "took", "brought", "knocked":
		if end, ok := s.particle(v); ok && !s.benign(v) {
			return end, true
		}
		return 0, false
	case "made":
		return v, s.qualified(v)
	case "dropped":
		if n := s.word(v + 1); n == "off" || n == "out" || n == "by" || n == "in" {
			return 0, false
		}
	}
	ok := sub.kind == lsStrong || s.weakBad(v)
	return v, ok && !s.benign(v)
}

// weakBad reports a verb that makes "we", "they" or a team the cause:
// destructive acts, and missing an alert or a page.
func (s *langScan) weakBad(v int) bool {
	if s.word(v) != "missed" {
		return langWeakBad[s.word(v)]
	}
	for k := v + 1; k <= v+4 && !s.boundary(k); k++ {
		if s.cls(k)&lcSignal != 0 {
			return true
		}
	}
	return false
}

// benign reports a sign, after verb v in its clause, that the action was
// housekeeping or a fix: "deleted the stale records", "dropped the corrupt
// index to unblock writes".
func (s *langScan) benign(v int) bool {
	for k := v + 1; k <= v+10 && !s.boundary(k); k++ {
		if langBenign[s.word(k)] {
			return true
		}
	}
	return false
}

// particle finds "down", "out" or "offline" after "took", "brought".
func (s *langScan) particle(v int) (int, bool) {
	for k := v + 1; k <= v+4 && !s.boundary(k); k++ {
		if langParticles[s.word(k)] {
			return k, true
		}
	}
	return 0, false
}

// qualified reports a word after verb v, in its sentence, that makes the
// action a bad outcome: "deployed the wrong branch", "merged without tests".
func (s *langScan) qualified(v int) bool {
	verb := s.word(v)
	extra := langCondExtra[verb]
	tiers := lcQual | lcManner
	if !s.undoes(v) {
		tiers |= lcState // "pushed the broken build", but "reverted the broken build"
	}
	for k := v + 1; k <= v+10 && !s.sentenceEnd(k); k++ {
		w := s.word(k)
		if extra[w] || s.cls(k)&tiers != 0 && s.qualifierCounts(v, k) {
			return true
		}
		if verb == "left" && w == "on" && (s.boundary(k+1) || langLeftOnNext[s.word(k+1)]) {
			return true // "left the debug flag on in production"
		}
	}
	return false
}

// undoes reports a verb that undoes or stops something ("reverted",
// "rolled back"), for which a broken object means a fix, not a fault.
func (s *langScan) undoes(v int) bool {
	return s.cls(v)&lcUndo != 0 || s.word(v) == "rolled" && s.word(v+1) == "back"
}

// qualifierCounts filters qualifiers that are harmless in context:
// "without downtime", "still" not after "while".
func (s *langScan) qualifierCounts(v, k int) bool {
	switch s.word(k) {
	case "without":
		return !langWithoutOK[s.word(k+1)]
	case "mistake", "accident":
		return s.word(k-1) == "by"
	case "too":
		return langTooNext[s.word(k+1)]
	case "against":
		return langLive[s.word(k+1)] || langLive[s.word(k+2)]
	case "still":
		for m := v + 1; m < k; m++ {
			if s.word(m) == "while" {
				return true
			}
		}
		return false
	}
	return true
}

// nextCoordinated finds the next verb joined by "and", "but", "then", "or"
// in the same clause, or -1.
func (s *langScan) nextCoordinated(v int) int {
	for m := v + 1; m < len(s.toks) && m <= v+12; m++ {
		c := s.cls(m)
		if s.boundary(m) || c&lcSub != 0 {
			return -1
		}
		if c&lcCoord != 0 && (s.verbishPast(m+1) || s.cls(m+1)&lcSkip != 0) {
			return m + 1
		}
	}
	return -1
}

// addPersonCause records "Subject … verb"; "X forgot to" right after the
// subject gets the rewrite "X did not".
func (s *langScan) addPersonCause(sub langSubject, v, end int, direct bool) {
	start, stop := s.toks[sub.first].start, s.toks[end].end
	var repl *string
	switch s.word(v) {
	case "forgot", "neglected", "failed":
		if direct && end == v+1 {
			r := s.text[start:s.toks[v].start] + "did not"
			repl = &r
		}
	}
	s.addSpan(langPersonCause, start, stop, repl)
}

// possessiveCause flags "Priya's change took the API down", rewriting the
// possessive to an article.
func (s *langScan) possessiveCause(sub langSubject) {
	n := s.workNounAfter(sub.last)
	if n < 0 || sub.kind != lsStrong && !s.personalWork(sub, n) {
		return
	}
	v := s.verbAfter(n)
	if v < 0 {
		return
	}
	end, ok := s.possessiveVerb(v)
	if !ok {
		return
	}
	start, stop := s.toks[sub.first].start, s.toks[end].end
	r := s.article(sub) + s.text[s.toks[sub.last].end:stop]
	s.addSpan(langPersonCause, start, stop, &r)
}

// personalWork reports "Jana's commit": a capitalised word that is not a
// known name still reads as a person before work only people make.
func (s *langScan) personalWork(sub langSubject, n int) bool {
	return sub.kind == lsUnknown && sub.first == sub.last && n <= sub.last+2 && langPersonalWork[s.word(n)]
}

// workNounAfter finds a work noun ("change", "script") within three words
// after the possessive that heads its noun phrase ("Priya's change broke",
// not "the team's deploy pipeline"), or -1.
func (s *langScan) workNounAfter(p int) int {
	for k := p + 1; k <= p+3 && k < len(s.toks); k++ {
		if s.toks[k].kind != langWord {
			return -1
		}
		if s.toks[k].cls&lcWorkNoun != 0 && s.headsPhrase(k) {
			return k
		}
	}
	return -1
}

// headsPhrase reports whether the noun at k ends its noun phrase: what
// follows is punctuation, a preposition, a relative pronoun or a verb.
func (s *langScan) headsPhrase(k int) bool {
	n := k + 1
	if s.boundary(n) || langWorkNext[s.word(n)] {
		return true
	}
	return s.cls(n)&(lcPossBad|lcCond|lcBad|lcSkip|lcNeg) != 0 || s.verbishPast(n)
}

// verbAfter finds the first past-tense verb within eight words after the
// noun, in the same clause, or -1.
func (s *langScan) verbAfter(n int) int {
	for k := n + 1; k <= n+8 && !s.boundary(k); k++ {
		if s.cls(k)&(lcPossBad|lcCond|lcBad) != 0 || s.verbishPast(k) {
			return k
		}
	}
	return -1
}

// possessiveVerb decides whether a person's work did something bad.
func (s *langScan) possessiveVerb(v int) (int, bool) {
	w := s.word(v)
	switch {
	case w == "took" || w == "brought" || w == "knocked":
		return s.particle(v)
	case langCondExtra[w] != nil && w != "caused":
		return v, s.qualified(v)
	case s.toks[v].cls&lcPossBad != 0:
		return v, true
	case s.toks[v].cls&lcCond != 0:
		return v, s.qualified(v)
	}
	return 0, false
}

// article returns "A" or "An" (capitalised at a sentence start) to replace
// the possessive of sub.
func (s *langScan) article(sub langSubject) string {
	a := "a"
	if n := s.word(sub.last + 1); n != "" && strings.ContainsRune("aeiou", rune(n[0])) {
		a = "an"
	}
	if s.toks[sub.first].sentStart {
		return langCapitalise(a)
	}
	return a
}

// matchCleft flags "It was Mei who removed the index", unless the verb
// gives credit ("It was Priya who spotted …").
func (s *langScan) matchCleft(i int) {
	if !langCleftBe[s.word(i+1)] {
		return
	}
	sub, ok := s.personAt(i + 2)
	if !ok || sub.poss {
		return
	}
	if w := s.word(sub.last + 1); w != "who" && w != "that" {
		return
	}
	v, _, ok := s.verbAt(sub.last + 2)
	if ok && s.toks[v].cls&lcPositive == 0 && s.verbishPast(v) {
		s.add(langPersonCause, i, v, nil)
	}
}

// matchCausedBy flags "caused by Priya", "because of the intern", "due to
// @dana's change".
func (s *langScan) matchCausedBy(i int) {
	if s.word(i) == "cause" {
		s.matchCauseIs(i)
		return
	}
	prep, ok := langCausePreps[s.word(i)]
	if !ok || s.word(i+1) != prep {
		return
	}
	sub, ok := s.personAt(i + 2)
	if !ok {
		return
	}
	if !sub.poss {
		s.add(langPersonCause, i, sub.last, nil)
		return
	}
	n := s.workNounAfter(sub.last)
	if n < 0 {
		return
	}
	start, stop := s.toks[sub.first].start, s.toks[n].end
	r := strings.ToLower(s.article(sub)) + s.text[s.toks[sub.last].end:stop]
	s.addSpan(langPersonCause, start, stop, &r)
}

// matchCauseIs flags "the root cause was Jorge" and "the cause was the
// intern's change".
func (s *langScan) matchCauseIs(i int) {
	if !langCleftBe[s.word(i+1)] {
		return
	}
	sub, ok := s.personAt(i + 2)
	if !ok {
		return
	}
	last := sub.last
	if n := s.workNounAfter(sub.last); sub.poss && n >= 0 {
		last = n
	}
	s.add(langPersonCause, i, last, nil)
}

// personAt reads a strong person subject starting at token j: a name,
// @mention, pronoun, "him"/"her", or a determiner and a role.
func (s *langScan) personAt(j int) (langSubject, bool) {
	if j >= len(s.toks) || s.toks[j].kind == langPunct || s.toks[j].kind == langOpaque {
		return langSubject{}, false
	}
	if s.toks[j].cls&lcObjPronoun != 0 && s.cls(j+1)&(lcWorkNoun|lcRole) == 0 {
		return langSubject{first: j, last: j, kind: lsStrong}, true
	}
	if s.toks[j].cls&lcDet != 0 {
		for k := j + 1; k <= j+3 && k < len(s.toks) && s.toks[k].kind == langWord; k++ {
			if s.cls(k)&lcRole != 0 {
				sub, ok := s.roleSubject(k)
				return sub, ok && sub.first == j && sub.kind == lsStrong
			}
		}
		return langSubject{}, false
	}
	sub, ok := s.subjectAt(j)
	return sub, ok && sub.kind == lsStrong && sub.first == j
}
