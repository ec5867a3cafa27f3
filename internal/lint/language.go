package lint

import (
	"fmt"
	"math"
	"strings"
	"sync"
)

// langCustom is the rule of the team's own phrases.
const langCustom = "language/custom"

// langMatch is one piece of blameful wording found in a text.
type langMatch struct {
	Rule       string
	Start, End int // byte offsets into the checked text
	Message    string
	// Replace, when set, replaces text[Start:End] with a blameless rewrite.
	Replace *string
}

// langCheck is a compiled LanguageCheck.
type langCheck struct {
	LanguageCheck
	match, unless, before []*langPattern
	near                  langBits
	cause                 *langCauseSets // the lists of a person-subject check
}

// langTrigger is a pattern of a check, indexed by the words it starts with.
type langTrigger struct {
	check *langCheck
	pat   *langPattern
	// quick is one anchor of the pattern whose words share one word of a
	// langBits, if it has one: a text without any of them is passed over
	// without a call (langScan.mayTry).
	quick langBitsWord
}

// langPersonIndex files the patterns that start with one kind of person
// by the word that follows the person.
type langPersonIndex struct {
	next [][]langTrigger // by the id of the word after the person
	any  []langTrigger   // patterns where any word may follow
	// pending holds the patterns for next, with the words that may follow
	// the person, until fillNext files them all at once.
	pending []langPendingNext
}

// langPendingNext is a pattern waiting to be filed in a person index's
// next, under each of the words that may follow the person.
type langPendingNext struct {
	tr   langTrigger
	next langBits
}

// languageChecker finds blameful language. It is read-only after
// construction and safe for concurrent use.
type languageChecker struct {
	voc      *langVocab
	g        langGrammar
	byWord   [][]langTrigger // by the id of the first word
	byPerson [len(langKinds)]langPersonIndex
	byAny    []langTrigger  // patterns that may start with any word
	allow    []*langPattern // phrases never flagged
	// structural are the checks with a structure, run once per text
	structural []*langCheck
	// wordFlags holds, by word id, whether the word starts a pattern of
	// byWord (langStartsPattern) and whether a person may start with it
	// (langStartsPerson): the scan's first test at every word, in one byte.
	wordFlags []uint8
	// model, when set, reads the sentences the rules leave (language_model.go).
	model *langModel
	// lmClasses returns the model's signals of each word id
	// (modelClassTable), built the first time the model's features are
	// read: the rules alone never read them.
	lmClasses func() []uint16
}

// The bits of languageChecker.wordFlags.
const (
	langStartsPattern = 1 << iota
	langStartsPerson
	// langRoleOnly: a word that starts a person only as the first word
	// of a role ("the", "a", "one of"), in no list that reads a person
	// by itself (a name, a pronoun, "our"), so a text without a role
	// word has no person there (langScan.roleless).
	langRoleOnly
)

// flagWords fills wordFlags once the checks are indexed.
func (c *languageChecker) flagWords() {
	c.wordFlags = make([]uint8, len(c.byWord))
	roleOnly := c.g.roleOnlySet()
	for id := range c.wordFlags {
		if len(c.byWord[id]) > 0 {
			c.wordFlags[id] |= langStartsPattern
		}
		if c.g.personStart.has(uint16(id)) {
			c.wordFlags[id] |= langStartsPerson
		}
		if roleOnly.has(uint16(id)) && c.voc.table.keys[id-1] != "our" && c.voc.table.keys[id-1] != "their" {
			c.wordFlags[id] |= langRoleOnly // "our" and "their" open an owned occupation too
		}
	}
	c.quietWords()
}

// quietWords marks in the vocabulary's table the words that neither
// start a pattern nor may start a person (langSlot.quiet), which the
// lexer passes on to their tokens in lower case, for langScan.run to pass
// over at once. A checker with patterns that any word may start has
// none: run tries those at every word.
func (c *languageChecker) quietWords() {
	for k := range c.voc.table.slots {
		sl := &c.voc.table.slots[k]
		sl.quiet = sl.id != 0 && len(c.byAny) == 0 && c.wordFlags[sl.id]&(langStartsPattern|langStartsPerson) == 0
	}
}

// langDefault is the checker without a team's additions, built once.
var langDefault = sync.OnceValues(func() (*languageChecker, error) {
	if c := langGeneratedChecker(); c != nil {
		return c, nil
	}
	return compileLanguage(langBuiltinVocab(), langBuiltinData.Checks, nil)
})

// langDefaultModel is langDefault with the learned model, built once.
var langDefaultModel = sync.OnceValues(func() (*languageChecker, error) {
	c, err := langDefault()
	if err != nil {
		return nil, err
	}
	return c.withModel(), nil
})

// newLanguageChecker builds a checker from the options: the built-in
// rules, the team's words and checks, its phrases and allowed phrases.
// Options that do not compile are reported by ValidateLanguage; here they
// fall back to the built-in rules.
func newLanguageChecker(opt Options) *languageChecker {
	if len(opt.LanguageWords) == 0 && len(opt.LanguageChecks) == 0 && len(opt.Phrases) == 0 && len(opt.Allow) == 0 {
		get := langDefaultModel
		if !opt.LanguageModel {
			get = langDefault
		}
		c, err := get()
		if err != nil {
			panic(err)
		}
		return c
	}
	c, err := compileOptions(opt)
	if err != nil {
		c, _ = langDefault()
	}
	if opt.LanguageModel {
		c = c.withModel()
	}
	return c
}

// ValidateLanguage reports the first problem with a team's language
// words, checks and phrases.
func ValidateLanguage(opt Options) error {
	_, err := compileOptions(opt)
	return err
}

// compileOptions builds a checker with the team's additions.
func compileOptions(opt Options) (*languageChecker, error) {
	checks := append([]LanguageCheck(nil), langBuiltinData.Checks...)
	for _, c := range opt.LanguageChecks {
		if _, ok := langRuleMessages[c.Rule]; !ok {
			return nil, fmt.Errorf("check %q: unknown rule %q (want one of %s)", strings.Join(c.Match, " | "), c.Rule, strings.Join(langRuleIDs(), ", "))
		}
		checks = append(checks, c)
	}
	for _, p := range opt.Phrases {
		checks = append(checks, phraseCheck(p))
	}
	allow := langLiteralPatterns(opt.Allow)
	v := newLangVocab(mergeWords(langBuiltinData.Words, opt.LanguageWords), append(checks, LanguageCheck{Match: allow}))
	return compileLanguage(v, checks, allow)
}

// langRuleIDs lists the language rule ids.
func langRuleIDs() []string {
	ids := make([]string, len(languageRules))
	for i, r := range languageRules {
		ids[i] = r.ID
	}
	return ids
}

// phraseCheck turns a team's phrase into a check of rule language/custom.
func phraseCheck(p Phrase) LanguageCheck {
	msg := p.Message
	if msg == "" {
		msg = "this phrase is on the team's list of phrases to avoid"
	}
	return LanguageCheck{Rule: langCustom, Match: []string{langLiteralPattern(p.Text)}, Message: msg, Replace: p.Replace}
}

// langLiteralPattern is a pattern that matches the words of text.
func langLiteralPattern(text string) string {
	var words []string
	lx := langLexer{voc: langNewTable(nil)}
	for _, t := range lx.tokenize(text) {
		if t.kind == langWord || t.kind == langPunct {
			w := lx.low(&t)
			if w != "[" && w != "]" && !strings.ContainsAny(w, "|@!?*") {
				words = append(words, w)
			}
		}
	}
	return strings.Join(words, " ")
}

// langLiteralPatterns are the patterns of allowed phrases.
func langLiteralPatterns(allow []string) []string {
	pats := make([]string, len(allow))
	for i, a := range allow {
		pats[i] = langLiteralPattern(a)
	}
	return pats
}

// compileLanguage builds a checker from a vocabulary (newLangVocab), the
// checks and the patterns of allowed phrases it numbers the words of.
func compileLanguage(v *langVocab, checks []LanguageCheck, allowPats []string) (*languageChecker, error) {
	c := &languageChecker{voc: v, byWord: make([][]langTrigger, len(v.table.keys)+1)}
	var err error
	if c.g, err = safeGrammar(v); err != nil {
		return nil, err
	}
	for i := range checks {
		if err := c.addCheck(&checks[i]); err != nil {
			return nil, err
		}
	}
	for _, a := range allowPats {
		p, err := v.compilePattern(a)
		if err != nil {
			return nil, fmt.Errorf("allowed phrase: %w", err)
		}
		c.allow = append(c.allow, p)
	}
	c.fillNext()
	c.flagWords()
	c.lmClasses = sync.OnceValue(c.modelClassTable)
	v.fields, v.elems = nil, nil // only compiling reads them
	return c, nil
}

// safeGrammar reads the lists the matchers need, which a team's words may
// extend but not remove.
func safeGrammar(v *langVocab) (g langGrammar, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return newLangGrammar(v), nil
}

// addCheck compiles a check and indexes its patterns.
func (c *languageChecker) addCheck(spec *LanguageCheck) error {
	lc := &langCheck{LanguageCheck: *spec}
	compile := func(ps []string) ([]*langPattern, error) {
		var out []*langPattern
		for _, p := range ps {
			cp, err := c.voc.compilePattern(p)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", spec.Rule, err)
			}
			out = append(out, cp)
		}
		return out, nil
	}
	var err error
	if lc.match, err = compile(spec.Match); err != nil {
		return err
	}
	if lc.unless, err = compile(spec.Unless); err != nil {
		return err
	}
	if lc.before, err = compile(spec.UnlessBefore); err != nil {
		return err
	}
	for _, w := range spec.UnlessNear {
		if name, ok := strings.CutPrefix(w, "@"); ok {
			set, known := c.voc.lists[name]
			if !known {
				return fmt.Errorf("%s: unless_near: unknown word list %q", spec.Rule, w)
			}
			lc.near.union(set)
			continue
		}
		lc.near.add(c.voc.id(strings.ToLower(w)))
	}
	switch spec.Rewrite {
	case "", "drop", "passive", "article", "gap", "counterfactual", "attributive", "agent":
	default:
		return fmt.Errorf("%s: unknown rewrite %q (want drop, passive, article, gap, counterfactual, attributive or agent)", spec.Rule, spec.Rewrite)
	}
	switch spec.Structure {
	case "":
	case "person-subject":
		if lc.cause, err = newLangCauseSets(c.voc, &c.g); err != nil {
			return err
		}
		c.structural = append(c.structural, lc)
		return nil
	default:
		return fmt.Errorf("%s: unknown structure %q (want person-subject)", spec.Rule, spec.Structure)
	}
	if len(lc.match) == 0 {
		return fmt.Errorf("%s: a check needs at least one pattern under match", spec.Rule)
	}
	for _, p := range lc.match {
		c.index(lc, p)
	}
	return nil
}

// index files a pattern under the words it can start with.
func (c *languageChecker) index(lc *langCheck, p *langPattern) {
	set, built := p.firstSet()
	tr := langTrigger{check: lc, pat: p, quick: p.quickAnchor()}
	if built&^bMulti != 0 {
		c.byAny = append(c.byAny, tr)
		return
	}
	if built != 0 {
		c.indexPerson(tr, built)
	}
	forEachID(set, len(c.byWord), func(id int) { c.byWord[id] = append(c.byWord[id], tr) })
}

// indexPerson files a pattern that starts with a person under each kind
// of person it takes and the words that may follow.
func (c *languageChecker) indexPerson(tr langTrigger, built int) {
	next, anyWord := tr.pat.afterPerson()
	for n, kind := range langKinds {
		if built&kind == 0 {
			continue
		}
		ix := &c.byPerson[n]
		if anyWord {
			ix.any = append(ix.any, tr)
			continue
		}
		ix.pending = append(ix.pending, langPendingNext{tr, next})
	}
}

// fillNext files the patterns that wait in the person indexes: each
// index's lists of patterns by word in one array, rather than a few
// thousand lists grown a pattern at a time.
func (c *languageChecker) fillNext() {
	n := len(c.byWord)
	for k := range c.byPerson {
		ix := &c.byPerson[k]
		if len(ix.pending) == 0 {
			continue
		}
		counts, total := make([]int, n), 0
		for _, p := range ix.pending {
			forEachID(p.next, n, func(id int) { counts[id]++; total++ })
		}
		all := make([]langTrigger, total)
		ix.next = make([][]langTrigger, n)
		for id, m := range counts {
			if m > 0 {
				ix.next[id], all = all[:0:m], all[m:]
			}
		}
		for _, p := range ix.pending {
			forEachID(p.next, n, func(id int) { ix.next[id] = append(ix.next[id], p.tr) })
		}
		ix.pending = nil
	}
}

// forEachID calls f with every id below n in set.
func forEachID(set langBits, n int, f func(id int)) {
	for i, w := range set {
		for ; w != 0; w &= w - 1 {
			if id := i*64 + trailingZeros(w); id < n {
				f(id)
			}
		}
	}
}

// check returns the blameful wording in text, sorted by Start and not
// overlapping. people holds lower-cased names and logins known from the
// document; it may be nil.
func (c *languageChecker) check(text string, people map[string]bool) []langMatch {
	return c.checkText(text, newLangPeople(people), true)
}

// langPeople holds the people a document names (peopleOf), with a quick
// test before the map: most capitalised words ("The", "Customers") are
// asked about, and few are anyone's name.
type langPeople struct {
	names map[string]bool
	// shape has the bit langShapeBit of every name: a word whose bit is
	// clear is no name, without a look-up.
	shape uint64
}

// newLangPeople readies a map of lower-cased names for look-ups.
func newLangPeople(names map[string]bool) langPeople {
	p := langPeople{names: names}
	for w := range names {
		p.shape |= langShapeBit(w)
	}
	return p
}

// langShapeBit returns one of 64 bits for a word, by its length and its
// first and last bytes.
func langShapeBit(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*7 + uint(w[0]) + uint(w[len(w)-1])*3) & 63)
}

// has reports whether w is a name of the document.
func (p *langPeople) has(w string) bool {
	return p.shape&langShapeBit(w) != 0 && p.names[w]
}

// checkText is check, with the learned model asked only when model is
// set (and the checker has one).
func (c *languageChecker) checkText(text string, people langPeople, model bool) []langMatch {
	if len(text) > math.MaxInt32 {
		return nil // a token holds its offsets in 32 bits
	}
	s := langScanPool.Get().(*langScan)
	s.start(c, text, people)
	s.run()
	if model {
		s.applyModel() // before the allowed are dropped: an allowed rule finding leaves its sentence to no one
	}
	if len(s.out) > 0 {
		s.dropAllowed() // the model's findings too: an allowed phrase covers its sentence
	}
	res := s.result()
	s.lx.text, s.lx.arenaStr = "", ""
	clear(s.lm.toks)
	s.c, s.text, s.people = nil, "", langPeople{}
	langScanPool.Put(s)
	return res
}
