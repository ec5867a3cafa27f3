package lint

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// ---- tokens ----

// langTable is a read-only open-addressing hash table from words to their
// ids. Each slot holds a word's first eight bytes as one number (its
// head), so a word of up to eight bytes, as most are, is found by
// comparing two numbers, and a longer one by comparing the rest of its
// bytes as well; the head is read from the text with one load.
type langTable struct {
	slots []langSlot
	keys  []string
	shift uint8       // 64 - log2(len(slots)): the hash is the top bits of a product
	marks [128]uint16 // ids of one-byte punctuation marks that patterns name
}

// langSlot is one slot of a langTable.
type langSlot struct {
	head uint64 // the word's first eight bytes, little-endian, zero past its end
	n    uint32 // the word's length
	id   uint16 // 0: empty; otherwise 1 + index into keys
	// word: the key may be found as a word. Words of one or two bytes are
	// known only when they are letters a-z, as they always have been
	// ("p1" is not); punctuation marks are found by mark.
	word bool
	// quiet: the word neither starts a pattern nor may start a person
	// (languageChecker.quietWords), so the scan passes over a token of it
	// in lower case (langToken.quiet).
	quiet bool
}

// langNewTable builds a table of words, whose ids are 1 + their index,
// with at most half of its slots used.
func langNewTable(words []string) *langTable {
	bits := uint8(1)
	for 1<<bits < 2*len(words) {
		bits++
	}
	t := &langTable{slots: make([]langSlot, 1<<bits), shift: 64 - bits, keys: words}
	mask := len(t.slots) - 1
	for k, w := range words {
		head := langHeadOf(w)
		i := t.slot(head, len(w))
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		word := len(w) > 2 || langShortLetters(w)
		t.slots[i] = langSlot{head: head, n: uint32(len(w)), id: uint16(k + 1), word: word}
		if len(w) == 1 && w[0] < 128 && !langIsWordByte(w[0]) {
			t.marks[w[0]] = uint16(k + 1)
		}
	}
	return t
}

// slot returns the first slot to probe for a word.
func (t *langTable) slot(head uint64, n int) int {
	// the shift is below 64: "& 63" spares the test of a larger one
	return int(((head ^ uint64(n)) * 0x9E3779B97F4A7C15) >> (t.shift & 63))
}

// lookup returns the id of the word text[i:j], or 0.
func (t *langTable) lookup(text string, i, j int) uint16 {
	if sl := t.find(text, i, j); sl != nil && sl.word {
		return sl.id
	}
	return 0
}

// find returns the slot of the key text[i:j], or nil. The head is read
// with one load of eight bytes where the text has them.
func (t *langTable) find(text string, i, j int) *langSlot {
	n := j - i
	var head uint64
	if i+8 <= len(text) {
		head = langLoad8(text[i:i+8]) & langHeadMask[min(n, 8)]
	} else {
		head = langHeadOf(text[i:j])
	}
	if n > 8 {
		return t.findLong(head, text[i:j])
	}
	return t.findShort(head, n)
}

// findShort is find for a key of up to eight bytes, which is its head:
// the loop calls nothing, so keeps its values in registers.
func (t *langTable) findShort(head uint64, n int) *langSlot {
	mask := len(t.slots) - 1
	for s := t.slot(head, n); ; s = (s + 1) & mask {
		sl := &t.slots[s]
		if sl.id == 0 {
			return nil
		}
		if sl.head == head && int(sl.n) == n {
			return sl
		}
	}
}

// findLong is find for a key of more than eight bytes, whose bytes after
// the head are compared too.
func (t *langTable) findLong(head uint64, w string) *langSlot {
	mask := len(t.slots) - 1
	for s := t.slot(head, len(w)); ; s = (s + 1) & mask {
		sl := &t.slots[s]
		if sl.id == 0 {
			return nil
		}
		if sl.head == head && int(sl.n) == len(w) && t.keys[sl.id-1][8:] == w[8:] {
			return sl
		}
	}
}

// langHeadMask keeps the first n bytes of a head.
var langHeadMask = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// mark returns the id of a punctuation mark: a one-byte mark by index,
// any other from the slots.
func (t *langTable) mark(p string) uint16 {
	if len(p) == 1 && p[0] < 128 {
		return t.marks[p[0]]
	}
	if sl := t.find(p, 0, len(p)); sl != nil {
		return sl.id
	}
	return 0
}

// langLoad8 reads the eight bytes of b as a little-endian number, which
// the compiler does with one load.
func langLoad8(b string) uint64 {
	return uint64(b[7])<<56 | uint64(b[6])<<48 | uint64(b[5])<<40 | uint64(b[4])<<32 |
		uint64(b[3])<<24 | uint64(b[2])<<16 | uint64(b[1])<<8 | uint64(b[0])
}

// langHeadOf returns the head of w byte by byte.
func langHeadOf(w string) uint64 {
	var v uint64
	for k := min(len(w), 8) - 1; k >= 0; k-- {
		v = v<<8 | uint64(w[k])
	}
	return v
}

// langShortLetters reports whether w is letters a-z.
func langShortLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
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
	start, end int32  // the token's bytes in the text; int32 keeps a token in 28 bytes
	lo, hi     int32  // the lower-cased form, apostrophes as "'"
	id         uint16 // the vocabulary id of the lower-cased form, or of its base for "x's"
	kind       langKind
	inArena    bool // lo:hi is in the arena, not the text
	brk        bool // punctuation that ends a clause
	stop       bool // punctuation that ends a sentence (. ! ? ;)
	capital    bool // capitalised and not all capitals
	sentStart  bool // first word of a sentence
	poss       bool // ends in "'s"
	mayPerson  bool // the scan's: a person may start here (langScan.personMay)
	// quiet: a known word in lower case, not a possessive, that neither
	// starts a pattern nor may start a person: langScan.run passes over it
	quiet bool
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
	// spare is the unwritten rest of the block the arenas are written
	// to: a text's arena becomes its string without a copy (arenaStr),
	// so the bytes before spare are never written again.
	spare   []byte
	inArena []int32 // the tokens whose lower-cased form is in the arena
	// present holds the ids of the words and marks of the text, as the
	// scan's quick tests read them: not a mention's, not an "x's" base.
	present langBits
	// possIDs holds the ids of the words read as possessives ("x's",
	// "Chris'"), which present leaves out.
	possIDs langBits
	// mentions is set when the text holds a mention, whose word present
	// leaves out.
	mentions bool
	// lastStop is the number of tokens up to the last mark that ends a
	// sentence's clauses for the scan (langClauseRun).
	lastStop int
}

// langClauseRun is how many tokens a run of clauses may hold before a
// break between two of them (a comma, a semicolon) ends it for the scan.
// No sentence a person writes is so long; a paragraph of thousands of
// clauses with no full stop would cost the scan, which looks across a
// sentence from each match, the square of its length.
const langClauseRun = 240

// low returns the lower-cased form of a token.
func (lx *langLexer) low(t *langToken) string {
	if t.inArena {
		return lx.arenaStr[t.lo:t.hi]
	}
	return lx.text[t.lo:t.hi]
}

// tokenize splits text into tokens, reusing the lexer's buffers.
func (lx *langLexer) tokenize(text string) []langToken {
	lx.text, lx.toks, lx.sent, lx.mentions, lx.lastStop = text, lx.toks[:0], true, false, 0
	lx.arena, lx.arenaStr, lx.inArena = lx.freshArena(len(text)), "", lx.inArena[:0]
	n := (len(lx.voc.keys) + 1 + 63) / 64
	lx.present = slices.Grow(lx.present[:0], n)[:n]
	clear(lx.present)
	lx.possIDs = slices.Grow(lx.possIDs[:0], n)[:n]
	clear(lx.possIDs)
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == ' ':
			i++
		case c-'a' < 26 && (c != 'h' && c != 'w' || !lx.mayOpenURL(i)):
			i = lx.lowerWord(i) // the commonest case: a word in lower case
		case c-'A' < 26 && (c != 'H' && c != 'W' || !lx.mayOpenURL(i)):
			i = lx.capitalWord(i) // the next commonest: "The", "Priya"
		case c-'0' < 10:
			i = lx.digitWord(i) // "502", "14" of "14:02"
		case langASCII[c&0x7f]&langWordChar != 0 && c < utf8.RuneSelf && !lx.mayOpenURL(i):
			i = lx.word(i, i, langWord) // the common case, without step's checks
		case langMarkBytes[c]:
			i = lx.punct(i, 1) // a mark of one byte that opens nothing, as step reads it
		default:
			i = lx.step(i)
		}
	}
	if len(lx.arena) > 0 {
		lx.arenaStr, lx.spare = unsafe.String(unsafe.SliceData(lx.arena), len(lx.arena)), lx.arena[len(lx.arena):]
		lx.classifyArena()
	}
	return lx.toks
}

// langArenaBlock is the size of a block of arenas: the lower-cased words
// of several texts, where a string of each was one allocation a text.
const langArenaBlock = 4096

// freshArena returns an empty arena at the start of spare, after making
// a new block when spare may be too short for a text of n bytes.
func (lx *langLexer) freshArena(n int) []byte {
	if cap(lx.spare) < n {
		lx.spare = make([]byte, 0, max(langArenaBlock, n))
	}
	return lx.spare[:0]
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
		return lx.mentionTail(lx.word(i+1, i, langMention))
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
	for j < len(lx.text) && !langURLEnds[lx.text[j]] {
		j++
	}
	for j > i && langURLTrails[lx.text[j-1]] {
		j--
	}
	return lx.opaque(i, j)
}

// langURLEnds are the bytes a URL ends before, and langURLTrails the
// marks after it that are not its own.
var langURLEnds, langURLTrails = langByteSet(" \t\r\n<>\"`"), langByteSet(".,;:!?)]'")

// langByteSet is a table of the bytes of an ASCII string.
func langByteSet(s string) (t [256]bool) {
	for k := 0; k < len(s); k++ {
		t[s[k]] = true
	}
	return t
}

// mentionAt reports whether an @mention starts at i.
func (lx *langLexer) mentionAt(i int) bool {
	if i+1 >= len(lx.text) || !langIsWordByte(lx.text[i+1]) {
		return false
	}
	return i == 0 || !langIsWordByte(lx.text[i-1])
}

// mentionTail takes the dotted parts of a login that ends at j into its
// mention: "@fatima.z", not "@fatima" and then a full stop.
func (lx *langLexer) mentionTail(j int) int {
	end := j
	for end+1 < len(lx.text) && lx.text[end] == '.' && langIsWordByte(lx.text[end+1]) {
		end, _ = langWordEnd(lx.text, end+1)
	}
	lx.toks[len(lx.toks)-1].end, lx.mentions = int32(end), true
	return end
}

// opaque adds a protected token for text[i:j].
func (lx *langLexer) opaque(i, j int) int {
	lx.toks = append(lx.toks, langToken{start: int32(i), end: int32(j), kind: langOpaque})
	lx.sent = false
	return j
}

// punct adds a punctuation token of size bytes.
func (lx *langLexer) punct(i, size int) int {
	p := lx.text[i : i+size]
	t := langToken{start: int32(i), end: int32(i + size), lo: int32(i), hi: int32(i + size), kind: langPunct}
	cls := langPunctOf(p)
	if size == 1 && lx.text[i] == '.' && lx.innerPoint(i) {
		cls = 0 // dotted: a point that ends no sentence ends nothing
	}
	num := lx.inNumber(i, size)
	t.brk = cls&langPunctBreak != 0 && !num
	t.stop = cls&langPunctStop != 0 || t.brk && len(lx.toks)-lx.lastStop > langClauseRun
	if t.stop {
		lx.lastStop = len(lx.toks)
	}
	if !num { // a pattern may name a mark: "and|so|,"; not the comma of "4,000"
		t.id = lx.voc.mark(p)
	}
	if t.id != 0 {
		lx.present.add(t.id)
	}
	lx.toks = append(lx.toks, t)
	if cls&langPunctEnd != 0 {
		lx.sent = true
	}
	return i + size
}

// langMarkBytes are the ASCII bytes that step reads as a mark of their
// own: not a word's, a space, nor what opens a code span, a quotation or
// a mention.
var langMarkBytes = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = langASCII[c]&langWordChar == 0 && !strings.ContainsRune(" \t\n\r`\"@", rune(c))
	}
	return t
}()

// langBreaks are the marks that end a clause.
const langBreaks = ".,;:!?()[]—–-…"

// Classes of punctuation marks.
const (
	langPunctBreak = 1 << iota // ends a clause, unless between digits
	langPunctStop              // ends a sentence for the scan: . ! ? ;
	langPunctEnd               // the next word opens a sentence: . ! ?
)

// langPunctOf classifies a mark: a mark of one byte by langPunctBytes,
// which holds what the search of langBreaks would find.
func langPunctOf(p string) uint8 {
	if len(p) == 1 {
		return langPunctBytes[p[0]]
	}
	if strings.Contains(langBreaks, p) {
		return langPunctBreak
	}
	return 0
}

// langPunctBytes classifies the marks of one byte.
var langPunctBytes = func() (t [256]uint8) {
	for k := 0; k < len(langBreaks); k++ {
		t[langBreaks[k]] |= langPunctBreak
	}
	for _, c := range ".!?;" {
		t[c] |= langPunctStop
	}
	for _, c := range ".!?" {
		t[c] |= langPunctEnd
	}
	return t
}()

// innerPoint reports a point that ends no sentence: inside a name, after
// a title, or after a dotted abbreviation the sentence goes on after.
func (lx *langLexer) innerPoint(i int) bool {
	if i+1 >= len(lx.text) || i == 0 {
		return false
	}
	if lx.text[i+1] != ' ' {
		return lx.inName(i)
	}
	return i+2 < len(lx.text) && (lx.afterTitle(i) || lx.inAbbrev(i))
}

// afterTitle reports the point of a title before a name, as in "Dr.
// Halvorsen" or "Mr. Obi", which ends no sentence.
func (lx *langLexer) afterTitle(i int) bool {
	if lx.text[i+2] < 'A' || lx.text[i+2] > 'Z' || len(lx.toks) == 0 {
		return false
	}
	t := &lx.toks[len(lx.toks)-1]
	if n := t.end - t.start; n < 2 || n > 4 || int(t.end) != i || lx.text[t.start] < 'A' || lx.text[t.start] > 'Z' {
		return false
	}
	switch lx.text[t.start:t.end] {
	case "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof":
		return true
	}
	return false
}

// inAbbrev reports the last point of a dotted abbreviation that the
// sentence goes on after, in lower case: "at 2 a.m. without review",
// "e.g. the cache".
func (lx *langLexer) inAbbrev(i int) bool {
	n := len(lx.toks)
	if n < 2 || lx.text[i+2] < 'a' || lx.text[i+2] > 'z' {
		return false
	}
	t, p := &lx.toks[n-1], &lx.toks[n-2]
	return int(t.end) == i && t.end-t.start == 1 && p.end == t.start && lx.text[p.start:p.end] == "."
}

// inName reports a point inside a host or file name, as in
// "api.example.com" or "nginx.conf": between letters or digits, without
// a space, so it ends no sentence.
func (lx *langLexer) inName(i int) bool {
	return i > 0 && i+1 < len(lx.text) && langIsWordByte(lx.text[i-1]) && langIsWordByte(lx.text[i+1])
}

// inNumber reports a comma or point between digits, as in "4,000" or
// "2.5", which ends no clause.
func (lx *langLexer) inNumber(i, size int) bool {
	p := lx.text[i]
	return (p == ',' || p == '.') && i > 0 && i+size < len(lx.text) &&
		langIsDigit(lx.text[i-1]) && langIsDigit(lx.text[i+size])
}

// word adds the word that starts at i; start is where the token starts
// (before "@" for a mention). A word with capitals or non-ASCII letters
// is looked up once the arena is a string (classifyArena).
func (lx *langLexer) word(i, start int, kind langKind) int {
	j, plain := langWordEnd(lx.text, i)
	end := j // the token's end: after an apostrophe that makes a possessive
	if kind == langWord && j < len(lx.text) && lx.text[j-1] == 's' && j-i > 2 && !langQuoteOpens(lx.text, i) {
		end += langBareApostrophe(lx.text, j) // "Chris' deploy", "the SREs' script"
	}
	t := lx.newToken(start, end, kind)
	t.poss = end > j // its word is "chris", as for "Chris's"
	if !plain {
		from := len(lx.arena)
		lx.arena = langAppendLower(lx.arena, lx.text[i:j])
		t.capital = kind == langWord && langIsCapital(lx.text[i:j])
		t.lo, t.hi, t.inArena = int32(from), int32(len(lx.arena)), true
		lx.inArena = append(lx.inArena, int32(len(lx.toks)-1))
		return end
	}
	t.lo, t.hi = int32(i), int32(j)
	if !langIsDigit(lx.text[i]) { // numbers are in no word list
		lx.classify(t, lx.text)
	}
	return end
}

// lowerWord reads the word at i, which starts with a letter a-z. The
// commonest word, letters a-z and then a byte that neither continues nor
// joins a word, it reads and looks up here, its first eight bytes read as
// one number once, to measure the word and to look it up; any other it
// leaves to word.
func (lx *langLexer) lowerWord(i int) int {
	var x uint64 // the first eight bytes, zeros past the end: read here, as a call costs more than the work
	if i+8 <= len(lx.text) {
		x = langLoad8(lx.text[i : i+8])
	} else {
		x = langHeadOf(lx.text[i:])
	}
	n, ok := lx.letterRun(i, x)
	if !ok {
		return lx.word(i, i, langWord)
	}
	j := i + n
	var id uint16 // letterSlot written out for a word of up to eight letters, as most are
	quiet := false
	var sl *langSlot
	if n > 8 {
		sl = lx.letterSlot(x, i, n)
	} else {
		sl = lx.voc.findShort(x&langHeadMask[n], n)
	}
	if sl != nil {
		id, quiet = sl.id, sl.quiet
	}
	t := lx.newToken(i, j, langWord) // written in place: an append of a whole token copies it
	t.lo, t.hi, t.id, t.quiet = int32(i), int32(j), id, quiet
	if id != 0 {
		lx.present[id>>6] |= 1 << (id & 63) // present has a bit for every id
	}
	return j
}

// capitalWord reads the word at i, which starts with a letter A-Z: as
// lowerWord, when the letters after the first are a-z, with its
// lower-cased form written to the arena; any other it leaves to word.
func (lx *langLexer) capitalWord(i int) int {
	var x uint64 // the first eight bytes, as lowerWord reads them
	if i+8 <= len(lx.text) {
		x = langLoad8(lx.text[i : i+8])
	} else {
		x = langHeadOf(lx.text[i:])
	}
	x |= 0x20 // the first letter in lower case
	n, ok := lx.letterRun(i, x)
	if !ok {
		return lx.word(i, i, langWord)
	}
	j := i + n
	var id uint16
	quiet := false
	if sl := lx.letterSlot(x, i, n); sl != nil {
		id, quiet = sl.id, sl.quiet && n == 1 // "A", "I": in capitals, not capitalised
	}
	from := len(lx.arena)
	lx.arena = append(append(lx.arena, byte(x)), lx.text[i+1:j]...)
	// capitalised, not all capitals, when a letter in lower case follows
	lx.toks = append(lx.toks, langToken{start: int32(i), end: int32(j), lo: int32(from), hi: int32(from + n), id: id, kind: langWord,
		inArena: true, capital: n > 1, sentStart: lx.sent, quiet: quiet})
	lx.sent = false
	if id != 0 {
		lx.present[id>>6] |= 1 << (id & 63)
	}
	return j
}

// digitWord reads the word at i, which starts with a digit: digits that
// neither a word's byte nor a joining mark follows it reads here, as word
// would, without a look-up (numbers are in no word list); any other it
// leaves to word.
func (lx *langLexer) digitWord(i int) int {
	text := lx.text
	j := i + 1
	for j < len(text) && text[j]-'0' < 10 {
		j++
	}
	if j < len(text) && langBytes[text[j]]&(langWordChar|langMayJoin) != 0 {
		return lx.word(i, i, langWord)
	}
	lx.toks = append(lx.toks, langToken{start: int32(i), end: int32(j), lo: int32(i), hi: int32(j), kind: langWord, sentStart: lx.sent})
	lx.sent = false
	return j
}

// letterRun measures the letters a-z at i, whose first eight bytes (the
// first lower-cased) are x, and reports whether they make a whole word:
// a byte that neither continues nor joins a word follows them.
func (lx *langLexer) letterRun(i int, x uint64) (int, bool) {
	text := lx.text
	n := langLowerRun(x)
	if n == 8 { // a longer word: its other letters one by one
		for i+n < len(text) && text[i+n]-'a' < 26 {
			n++
		}
	}
	return n, i+n >= len(text) || langBytes[text[i+n]]&langGoesOn == 0
}

// letterSlot returns the slot of the n letters a-z at i, whose first
// eight bytes are x (the first lower-cased), or nil: a word even of one or
// two bytes.
func (lx *langLexer) letterSlot(x uint64, i, n int) *langSlot {
	if n <= 8 {
		return lx.voc.findShort(x&langHeadMask[n], n)
	}
	return lx.voc.findLong(x, lx.text[i:i+n])
}

// newToken appends the token of a word from start to end and returns it.
func (lx *langLexer) newToken(start, end int, kind langKind) *langToken {
	n := len(lx.toks)
	if n < cap(lx.toks) {
		lx.toks = lx.toks[:n+1]
	} else {
		lx.toks = append(lx.toks, langToken{})
	}
	t := &lx.toks[n]
	*t = langToken{start: int32(start), end: int32(end), kind: kind, sentStart: lx.sent}
	lx.sent = false
	return t
}

// classify looks up a token's lower-cased form, held in text, or the base
// of "x's", and notes a word's id as present.
func (lx *langLexer) classify(t *langToken, text string) {
	lo, hi := int(t.lo), int(t.hi)
	if hi-lo > 2 && text[hi-2] == '\'' && text[hi-1] == 's' {
		t.id, t.poss = lx.voc.lookup(text, lo, hi-2), true
	} else if sl := lx.voc.find(text, lo, hi); sl != nil && sl.word {
		t.id = sl.id
		t.quiet = sl.quiet && t.kind == langWord && !t.poss && !t.capital
	} else {
		t.id = 0
	}
	switch {
	case t.kind != langWord || t.id == 0:
	case t.poss:
		lx.possIDs.add(t.id)
	default:
		lx.present.add(t.id)
	}
}

// classifyArena looks up the words lower-cased into the arena, now that
// it is a string.
func (lx *langLexer) classifyArena() {
	for _, k := range lx.inArena {
		lx.classify(&lx.toks[k], lx.arenaStr)
	}
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

// langJoinsLetters marks the bytes that may continue a word of letters
// other than ASCII word bytes: a point joins only digits ("2.5").
const langJoinsLetters = langMayJoin << 1

// langGoesOn are the classes of the bytes that may continue a word of
// letters.
const langGoesOn = langWordChar | langJoinsLetters

// langBytes classifies all bytes: langASCII, langMayJoin and
// langJoinsLetters.
var langBytes = func() (t [256]uint8) {
	copy(t[:], langASCII[:])
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = langMayJoin | langJoinsLetters
	}
	t['\''], t['-'] = langMayJoin|langJoinsLetters, langMayJoin|langJoinsLetters
	t['.'] = langMayJoin
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
	for {
		i += langWordRun(text[i:], &seen)
		if i >= len(text) || langBytes[text[i]]&langMayJoin == 0 {
			return i, seen&langUpperChar == 0
		}
		n := langJoinAt(text, i)
		if n == 0 {
			return i, seen&langUpperChar == 0
		}
		if text[i] >= utf8.RuneSelf {
			seen |= langUpperChar
		}
		i += n
	}
}

// langLowerRun returns how many of the eight bytes of x (as langLoad8
// reads them), from the first, are letters a-z.
func langLowerRun(x uint64) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	// the high bit of each byte that is at least 'a', not above 'z' and
	// ASCII; a carry out of a byte of 0x80 or more reaches only bytes
	// after one that is not in the range, which are not counted
	in := (x + ones*(0x80-'a')) &^ (x + ones*(0x80-'z'-1)) &^ x
	return bits.TrailingZeros64(^in&high) / 8
}

// langWordRun returns how many bytes of ASCII word characters rest starts
// with, adding their classes to seen: the common bytes, in a loop of their
// own that indexes from zero, so without bounds checks.
func langWordRun(rest string, seen *uint8) int {
	tab, acc := &langBytes, *seen
	for k := 0; k < len(rest); k++ {
		cls := tab[rest[k]]
		if cls&langWordChar == 0 {
			*seen = acc
			return k
		}
		acc |= cls
	}
	*seen = acc
	return len(rest)
}

// langJoinAt returns the size of the rune at i when it continues the
// word before it (a letter, or a mark that joins two parts), else 0.
func langJoinAt(text string, i int) int {
	c := text[i]
	r, n := rune(c), 1
	if c >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(text[i:])
	}
	if !langIsWordRune(r) && (i+n >= len(text) || !langJoins(text, i, r, n)) {
		return 0
	}
	return n
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

// langBareApostrophe returns the length of an apostrophe at j that
// closes a word and is followed by a space, as a possessive after a final
// s is written ("Chris' deploy"), or 0.
func langBareApostrophe(text string, j int) int {
	n := 0
	switch {
	case text[j] == '\'':
		n = 1
	case strings.HasPrefix(text[j:], "’"):
		n = len("’")
	}
	if n == 0 || j+n >= len(text) || text[j+n] != ' ' {
		return 0
	}
	return n
}

// langQuoteOpens reports a single quotation mark just before i: the
// apostrophe after the word closes it ("set it to 'yes' here").
func langQuoteOpens(text string, i int) bool {
	return i > 0 && text[i-1] == '\'' || strings.HasSuffix(text[:i], "‘")
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
