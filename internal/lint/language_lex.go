package lint

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- tokens ----

// langTable is a read-only open-addressing hash table from words to their
// ids: one small slot array, probed linearly, and a hash computed over the
// word's bytes. It is several times faster than a map for the one lookup
// every word needs.
type langTable struct {
	slots []uint16 // 0: empty; otherwise the word's id, 1 + index into keys
	keys  []string
	mask  uint32
	short [27 * 27]uint16 // ids of one- and two-letter words, without hashing
	marks [128]uint16     // ids of one-byte punctuation marks that patterns name
}

// langNewTable builds a table of words, whose ids are 1 + their index,
// with at most a quarter of slots used.
func langNewTable(words []string) *langTable {
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	t := &langTable{slots: make([]uint16, size), mask: uint32(size - 1), keys: words}
	for k, w := range words {
		i := langHash(w) & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = uint16(k + 1)
		if len(w) <= 2 {
			t.short[langShortIndex(w)] = uint16(k + 1)
		}
		if len(w) == 1 && w[0] < 128 && !langIsWordByte(w[0]) {
			t.marks[w[0]] = uint16(k + 1)
		}
	}
	t.short[0] = 0
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

// get returns the id of w, or 0.
func (t *langTable) get(w string) uint16 {
	if len(w) <= 2 {
		return t.short[langShortIndex(w)]
	}
	return t.probe(w)
}

// mark returns the id of a punctuation mark, which the table of short
// words leaves out: a one-byte mark by index, any other by hashing.
func (t *langTable) mark(p string) uint16 {
	if len(p) == 1 && p[0] < 128 {
		return t.marks[p[0]]
	}
	return t.probe(p)
}

// probe returns the id of w from the hashed slots.
func (t *langTable) probe(w string) uint16 {
	for i := langHash(w) & t.mask; t.slots[i] != 0; i = (i + 1) & t.mask {
		if k := t.slots[i]; t.keys[k-1] == w {
			return k
		}
	}
	return 0
}

// getBytes is get for a byte slice; the comparison does not allocate.
func (t *langTable) getBytes(w []byte) uint16 {
	for i := langHashBytes(w) & t.mask; t.slots[i] != 0; i = (i + 1) & t.mask {
		if k := t.slots[i]; t.keys[k-1] == string(w) {
			return k
		}
	}
	return 0
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
	lo, hi     int32  // the lower-cased form, apostrophes as "'"
	id         uint16 // the vocabulary id of the lower-cased form, or of its base for "x's"
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
	voc      *langTable
	text     string
	toks     []langToken
	sent     bool
	arena    []byte
	arenaStr string
	// present holds the ids of the words and marks of the text, as the
	// scan's quick tests read them: not a mention's, not an "x's" base.
	present langBits
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
	n := (len(lx.voc.keys) + 1 + 63) / 64
	lx.present = slices.Grow(lx.present[:0], n)[:n]
	clear(lx.present)
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == ' ':
			i++
		case langASCII[c&0x7f]&langWordChar != 0 && c < utf8.RuneSelf && !lx.mayOpenURL(i):
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

// mayOpenURL is a quick test for isURL: "ht" or "ww" in any case.
func (lx *langLexer) mayOpenURL(i int) bool {
	c := lx.text[i] | 0x20
	if c != 'h' && c != 'w' || i+1 >= len(lx.text) {
		return false
	}
	next := lx.text[i+1] | 0x20
	return c == 'h' && next == 't' || c == 'w' && next == 'w'
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
	t.brk = strings.Contains(".,;:!?()[]—–-…", p) && !lx.inNumber(i, size)
	t.stop = p == "." || p == "!" || p == "?" || p == ";"
	t.id = lx.voc.mark(p) // a pattern may name a mark: "and|so|,"
	if t.id != 0 {
		lx.present.add(t.id)
	}
	lx.toks = append(lx.toks, t)
	if p == "." || p == "!" || p == "?" {
		lx.sent = true
	}
	return i + size
}

// inNumber reports a comma or point between digits, as in "4,000" or
// "2.5", which ends no clause.
func (lx *langLexer) inNumber(i, size int) bool {
	p := lx.text[i]
	return (p == ',' || p == '.') && i > 0 && i+size < len(lx.text) &&
		langIsDigit(lx.text[i-1]) && langIsDigit(lx.text[i+size])
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
			t.id, t.poss = lx.classify(lx.text[i:j])
		}
	} else {
		from := len(lx.arena)
		lx.arena = langAppendLower(lx.arena, lx.text[i:j])
		t.id, t.poss = lx.classifyBytes(lx.arena[from:])
		t.capital = kind == langWord && langIsCapital(lx.text[i:j])
		t.lo, t.hi, t.inArena = int32(from), int32(len(lx.arena)), true
	}
	if kind == langWord && !t.poss && t.id != 0 {
		lx.present.add(t.id)
	}
	return j
}

// classify looks up a lower-case word, or the base of "x's".
func (lx *langLexer) classify(w string) (uint16, bool) {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		return lx.voc.get(w[:n-2]), true
	}
	return lx.voc.get(w), false
}

// langShortIndex maps a word of one or two letters a-z to its slot in
// a table of short words, and anything else to slot 0, which no word uses.
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

// classifyBytes is classify for an arena slice; the lookups do not
// allocate.
func (lx *langLexer) classifyBytes(w []byte) (uint16, bool) {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		return lx.voc.getBytes(w[:n-2]), true
	}
	if len(w) <= 2 {
		return lx.voc.get(string(w)), false
	}
	return lx.voc.getBytes(w), false
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

// langMayJoin marks the bytes that may continue a word other than ASCII
// word bytes: apostrophes, hyphens, dots and the bytes of non-ASCII runes.
const langMayJoin = langUpperChar << 1

// langBytes classifies all bytes: langASCII, and langMayJoin.
var langBytes = func() (t [256]uint8) {
	copy(t[:], langASCII[:])
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = langMayJoin
	}
	t['\''], t['-'], t['.'] = langMayJoin, langMayJoin, langMayJoin
	return t
}()

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
		cls := langBytes[c]
		if cls&langWordChar != 0 {
			seen |= cls
			i++
			continue
		}
		if cls&langMayJoin == 0 {
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
