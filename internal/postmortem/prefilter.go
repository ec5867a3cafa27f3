package postmortem

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// keywords is a quick test for regular expressions whose every match
// holds one of some words at a word boundary: texts without any of the
// words are spared the regular expression. It reads a text once, without
// allocating, looking only at word starts.
type keywords struct {
	byFirst [26][]string   // lower-case words, by their first letter
	heads   [26][]wordHead // their first eight bytes, by byFirst's index
	opens   [256]bool      // the first letters of the words, in either case
	// thirds holds, by a word start's first letter and the class of its
	// second byte (byteClasses), a bit for each class of third byte that
	// may go on one of the words: none where no word may start so.
	thirds [26][classWide + 1]uint32
}

// The classes of bytes that keywords.thirds tells apart: the letters a-z
// in either case (0-25), classOther for any other ASCII byte and for the
// end of the text, and classWide for a byte of a rune past ASCII, which
// foldPrefix may read as a letter (the Kelvin sign as a k).
const (
	classOther = 26
	classWide  = 27
)

// byteClasses are the classes of the bytes.
var byteClasses = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classWide
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			t[c] = uint8(c|0x20) - 'a'
		default:
			t[c] = classOther
		}
	}
	return t
}()

// classAt is the class of text[i], classOther past the end.
func classAt(text string, i int) uint8 {
	if i >= len(text) {
		return classOther
	}
	return byteClasses[text[i]]
}

// newKeywords makes a test for words (lower-case ASCII, starting with a
// letter; matched as prefixes, without regard to case; a word may end in
// a space to need one).
func newKeywords(words ...string) *keywords {
	k := &keywords{}
	for _, w := range words {
		k.add(w)
	}
	return k
}

// spaced returns word followed by each byte \s matches: the keywords of
// a short word an expression needs a space after, which as a prefix
// alone would pass every longer word it opens ("it" passes "item").
func spaced(word string) []string {
	var words []string
	for _, c := range "\t\n\f\r " {
		words = append(words, word+string(c))
	}
	return words
}

// add files a word, and the classes of the bytes that may follow its
// first letter in a text it opens: a wide byte may always.
func (k *keywords) add(w string) {
	first := w[0] - 'a'
	k.byFirst[first] = append(k.byFirst[first], w)
	k.heads[first] = append(k.heads[first], wordHead{head: headOf(w), mask: headMasks[min(len(w), 8)], long: len(w) > 8})
	k.opens[w[0]], k.opens[w[0]-'a'+'A'] = true, true
	const anyThird = 1<<(classWide+1) - 1
	k.thirds[first][classWide] = anyThird
	switch len(w) {
	case 1:
		for c2 := range k.thirds[first] {
			k.thirds[first][c2] = anyThird
		}
	case 2:
		k.thirds[first][byteClasses[w[1]]] = anyThird
	default:
		k.thirds[first][byteClasses[w[1]]] |= 1<<byteClasses[w[2]] | 1<<classWide
	}
}

// in reports whether a word of text starts with one of the words.
func (k *keywords) in(text string) bool { return k.index(text, 0) >= 0 }

// index returns the first place at or after from where a word of text
// starts with one of the words, or -1.
func (k *keywords) index(text string, from int) int {
	for i := k.nextStart(text, from); i >= 0; i = k.nextStart(text, i+1) {
		if k.wordAt(text, i) {
			return i
		}
	}
	return -1
}

// nextStart returns the first place at or after from where a word of
// text starts that may start with one of the words, by the classes of its
// first three bytes (mayStartAt), or -1: the places index asks wordAt
// of. It looks at the first byte of each word and steps over the rest.
func (k *keywords) nextStart(text string, from int) int {
	i := from
	if i > 0 && wordBytes[text[i-1]] {
		i = wordEnd(text, i)
	}
	for i < len(text) {
		c := text[i]
		if !wordBytes[c] {
			i++
			continue
		}
		// the quick test of the classes of the first three bytes, asked
		// here rather than in a call, rules out most word starts
		if k.opens[c] && k.mayStartAt(text, i) {
			return i
		}
		i = wordEnd(text, i+1)
	}
	return -1
}

// mayStartAt reports whether one of the words may start text[i:], where
// a word of text starts with a letter that opens one, by the classes of
// its first three bytes: a quick test before wordAt.
func (k *keywords) mayStartAt(text string, i int) bool {
	return k.thirds[byteClasses[text[i]]][classAt(text, i+1)]&(1<<classAt(text, i+2)) != 0
}

// wordAt reports whether one of the words starts text[i:].
func (k *keywords) wordAt(text string, i int) bool {
	c := text[i] | 0x20 - 'a'
	lx, ascii := lowerAt(text, i)
	for j, h := range k.heads[c] {
		if ascii && !h.long && lx&h.mask == h.head || (!ascii || h.long) && k.startsLong(text, i, lx, ascii, c, j) {
			return true
		}
	}
	return false
}

// wordHead is a word's first eight bytes, as load64 reads them (zeros
// past its end), and the mask that keeps as many of eight as it has.
type wordHead struct {
	head, mask uint64
	long       bool // the word is longer than eight bytes
}

// lowerAt returns the eight bytes of text from i lower-cased (A-Z), and
// whether there are eight and all are ASCII, so that a word is compared
// with them at once (startsLong and its callers).
func lowerAt(text string, i int) (uint64, bool) {
	if i+8 > len(text) {
		return 0, false
	}
	x := load64(text, i)
	return lowerASCII8(x), x&highBits == 0
}

// startsLong reports whether text[i:] starts with the word byFirst[c][j],
// as foldPrefix reads it, where lx and ascii are lowerAt(text, i), for a
// word longer than eight bytes or where the eight bytes are not all
// ASCII: its head at once and the rest by foldPrefix, or all by
// foldPrefix. A word of up to eight bytes its callers compare with the
// eight ASCII bytes themselves (lx&h.mask == h.head), as a call costs
// more than the test.
func (k *keywords) startsLong(text string, i int, lx uint64, ascii bool, c uint8, j int) bool {
	w, h := k.byFirst[c][j], k.heads[c][j]
	if !ascii {
		return secondAgrees(text, i, w) && foldPrefix(text[i:], w)
	}
	return lx&h.mask == h.head && foldPrefix(text[i+8:], w[8:])
}

// headOf returns the first eight bytes of w as load64 reads them, zeros
// past its end.
func headOf(w string) uint64 {
	var h uint64
	for n := min(len(w), 8) - 1; n >= 0; n-- {
		h = h<<8 | uint64(w[n])
	}
	return h
}

// headMasks keep the first n bytes of eight, as load64 reads them.
var headMasks = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// lowerASCII8 lower-cases the letters A-Z of eight ASCII bytes: each
// byte is below 0x80, so adding to it carries into no other.
func lowerASCII8(x uint64) uint64 {
	const ones = 0x0101010101010101
	upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highBits
	return x | upper>>2
}

// wordEnd returns where the run of word bytes from i (which continues
// the word before it) ends.
func wordEnd(text string, i int) int {
	for i < len(text) && wordBytes[text[i]] {
		i++
	}
	return i
}

// indexSpaced is strings.Index(s, " "+word+after), searching for word,
// as a search for a needle that opens with a space stops at every word
// of prose. after is "" or " ".
func indexSpaced(s, word, after string) int {
	for i := 1; i < len(s); {
		j := strings.Index(s[i:], word)
		if j < 0 {
			return -1
		}
		j += i
		if s[j-1] == ' ' && strings.HasPrefix(s[j+len(word):], after) {
			return j - 1
		}
		i = j + 1
	}
	return -1
}

// isDateLine reports whether dateLineRe matches line, testing first what
// it ends with: the date's last digit or a closing parenthesis, before
// any marks.
func isDateLine(line []byte) bool {
	t := bytes.TrimRight(line, " \t\n\f\r*_:.")
	if len(t) == 0 || t[len(t)-1] != ')' && (t[len(t)-1] < '0' || t[len(t)-1] > '9') {
		return false
	}
	return dateLineRe.Match(line)
}

// mayEndDateLine is the quick test of isDateLine for a string: the last
// byte before the closing marks is a digit, a closing parenthesis or a
// capital (a zone after the day: "14 Nov 2026, CET").
func mayEndDateLine(text string) bool {
	t := strings.TrimRight(text, " \t\n\f\r*_:.")
	return t != "" && (t[len(t)-1] == ')' || t[len(t)-1] >= '0' && t[len(t)-1] <= '9' || t[len(t)-1] >= 'A' && t[len(t)-1] <= 'Z')
}

// mayOpenNumericDate is a quick test for dateRe and usDateRe: one to
// four digits, then a hyphen or a slash.
func mayOpenNumericDate(s string) bool {
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < len(s) && (s[i] == '-' || s[i] == '/')
}

// usZone returns what usZoneRe finds in z, testing first its first letter:
// the zones' names start with e, c, m or p.
func usZone(z string) []string {
	if z == "" {
		return nil
	}
	if c := z[0] | 0x20; c != 'e' && c != 'c' && c != 'm' && c != 'p' {
		return nil
	}
	if i := strings.IndexByte(z, '/'); i > 0 && i < len("Pacific/") {
		return nil // a zone of the database: "Pacific/Auckland"
	}
	return usZoneRe.FindStringSubmatch(z)
}

// secondAgrees is a quick test before foldPrefix(text[i:], word), where
// the first letters agree: a second byte of plain ASCII must be the
// word's second, in either case.
func secondAgrees(text string, i int, word string) bool {
	if len(word) < 2 || i+1 >= len(text) {
		return true // foldPrefix decides
	}
	c := text[i+1]
	return c >= utf8.RuneSelf || lowerBytes[c] == word[1]
}

// lowerBytes maps ASCII capitals to small letters and other bytes to
// themselves.
var lowerBytes = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// foldPrefix reports whether text starts with word (lower-case ASCII)
// without regard to case, as (?i) reads it: the Kelvin sign is a k there,
// and the long s an s.
func foldPrefix(text, word string) bool {
	i := 0
	for j := 0; j < len(word); j++ {
		if i >= len(text) {
			return false
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[j] {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(r == '\u212A' && word[j] == 'k' || r == '\u017F' && word[j] == 's') {
			return false
		}
		i += n
	}
	return true
}

// wordBytes are the bytes of \w: letters, digits and the underscore.
var wordBytes = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		t[c] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
	}
	return t
}()

// isWordByte reports a byte of \w: a letter, a digit or an underscore.
func isWordByte(b byte) bool { return wordBytes[b] }

// onlyBytes reports whether every byte of s is in set (see byteSet).
func onlyBytes(s string, set *[256]bool) bool {
	for i := 0; i < len(s); i++ {
		if !set[s[i]] {
			return false
		}
	}
	return true
}

// asciiCutSet is a table of the ASCII bytes of a cut set, for
// trimLeftSet and trimRightSet; its other characters are left out.
func asciiCutSet(cutset string) (t [256]bool) {
	for i := 0; i < len(cutset); i++ {
		if cutset[i] < utf8.RuneSelf {
			t[cutset[i]] = true
		}
	}
	return t
}

// trimLeftSet is strings.TrimLeft(s, cutset), where ascii is
// asciiCutSet(cutset): the cut set's ASCII bytes are stepped over by
// table, and strings.TrimLeft reads on only from a byte past ASCII.
func trimLeftSet(s, cutset string, ascii *[256]bool) string {
	i := 0
	for i < len(s) && ascii[s[i]] {
		i++
	}
	if i == len(s) || s[i] < utf8.RuneSelf {
		return s[i:]
	}
	return strings.TrimLeft(s[i:], cutset)
}

// trimRightSet is strings.TrimRight(s, cutset), read as trimLeftSet
// reads the left.
func trimRightSet(s, cutset string, ascii *[256]bool) string {
	j := len(s)
	for j > 0 && ascii[s[j-1]] {
		j--
	}
	if j == 0 || s[j-1] < utf8.RuneSelf {
		return s[:j]
	}
	return strings.TrimRight(s[:j], cutset)
}

// trimRightBytes is bytes.TrimRight(b, cutset) for a cut set of ASCII
// bytes only, given as byteSet(cutset).
func trimRightBytes(b []byte, set *[256]bool) []byte {
	j := len(b)
	for j > 0 && set[b[j-1]] {
		j--
	}
	return b[:j]
}

// trimLeftBytes is strings.TrimLeft(s, cutset) for a cut set of ASCII
// bytes only, given as byteSet(cutset): the set is not built at each call.
func trimLeftBytes(s string, set *[256]bool) string {
	i := 0
	for i < len(s) && set[s[i]] {
		i++
	}
	return s[i:]
}

// indexBytes is strings.IndexAny(s, chars) for chars of ASCII only,
// given as byteSet(chars).
func indexBytes(s string, set *[256]bool) int {
	for i := 0; i < len(s); i++ {
		if set[s[i]] {
			return i
		}
	}
	return -1
}

// spaceBytes are the ASCII bytes unicode.IsSpace reports.
var spaceBytes = byteSet(" \t\n\v\f\r")

// trimBytes is strings.Trim(s, cutset) for a cut set of ASCII bytes
// only, given as byteSet(cutset).
func trimBytes(s string, set *[256]bool) string {
	i, j := 0, len(s)
	for i < j && set[s[i]] {
		i++
	}
	for j > i && set[s[j-1]] {
		j--
	}
	return s[i:j]
}

// valueMarks are the marks of emphasis and code around a value,
// which strings.Trim(s, "*_`") drops.
var valueMarks = byteSet("*_`")

// anyByte reports whether a byte of s is in set: strings.ContainsAny for
// characters that are all ASCII, given as byteSet(chars).
func anyByte(s string, set *[256]bool) bool { return indexBytes(s, set) >= 0 }

// isLetters reports whether s is ASCII letters only.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// hasDigit reports whether text holds an ASCII digit, reading eight
// bytes at a time where it can.
func hasDigit(text string) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		if digitLanes(load64(text, i)) != 0 {
			return true
		}
	}
	for ; i < len(text); i++ {
		if text[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// load64 returns the eight bytes of text from i, the first the lowest.
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// digitLanes returns, of eight bytes, the high bit of each that is an
// ASCII digit. Each byte is read below its high bit, where adding to it
// carries into no other.
func digitLanes(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs
	return (low + (0x80-'0')*ones) &^ (low + (0x80-'9'-1)*ones) & highs &^ x
}

// paragraphText is a paragraph's text and the quick tests of its words
// that the date and zone notes and a summary's prose ask. Where several
// are asked (shared), one reading answers all of paragraphWords; else
// each set is read alone, which costs less for one.
type paragraphText struct {
	text   string
	shared bool
	read   bool
	sets   uint32
	digits int8 // 0 not read, 1 the text holds a digit, -1 not
	// first holds, by set, where the reading found its first word (see
	// firstIn).
	first [wordSets]int
}

// hasDigit is hasDigit(t.text), read once.
func (t *paragraphText) hasDigit() bool {
	if t.digits == 0 {
		t.digits = -1
		if hasDigit(t.text) {
			t.digits = 1
		}
	}
	return t.digits > 0
}

// The sets of paragraphWords, by bit.
const (
	wordsTime = iota
	wordsAllTimes
	wordsMonth
	wordsProseSpan
	wordsProseDate
	wordsProseStart
	wordsProseEnd
	wordsProseBetween
	wordsProseDetect
	wordsLasted
	wordSets // how many there are
)

// paragraphSets are the sets of paragraphWords, by bit.
var paragraphSets = []*keywords{timeWord, allTimesWords, monthWords, proseSpan.words, proseDate.words, proseStartWords, proseEndWords,
	proseBetweenWord, proseDetect.words, lastedWords}

// paragraphWords reads a paragraph once for all of paragraphSets.
var paragraphWords = newWordSets(paragraphSets...)

// zoneNoteWords reads a paragraph once for the words of the zone notes,
// which every paragraph is asked for: wordsTime and wordsAllTimes, the
// first two bits of paragraphWords.
var zoneNoteWords = newWordSets(paragraphSets[wordsTime], paragraphSets[wordsAllTimes])

// zoneNoteAnchors reads a paragraph for zoneNoteWords from its l's and
// m's: "time" and "timestamps" hold an m, every other word an l.
var zoneNoteAnchors = newAnchoredWords(&zoneNoteWords, "lm")

// has reports whether the paragraph holds a word of the set.
func (t *paragraphText) has(set int) bool {
	zoneNote := set == wordsTime || set == wordsAllTimes
	if !t.shared && !zoneNote {
		return paragraphSets[set] == nil || paragraphSets[set].in(t.text)
	}
	if !t.read && t.shared {
		t.sets, t.read = paragraphWords.mayMatchAt(t.text, t.first[:]), true
	} else if !t.read {
		t.sets, t.read = zoneNoteAnchors.mayMatchAt(t.text, t.first[:]), true
	}
	return t.sets&(1<<set) != 0
}

// firstIn returns where in text, the paragraph's, the first word of a
// set that has answered true starts, when one reading of the paragraph
// found it; else 0. A guarded expression whose words are, or start with,
// the set's is searched for from there: no word of it starts before.
func (t *paragraphText) firstIn(text string, set int) int {
	if !t.read || t.sets&(1<<set) == 0 || text != t.text {
		return 0
	}
	return t.first[set]
}
