package lint

import (
	_ "embed"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// languageYAML holds the built-in language rules: word lists and checks.
//
//go:embed language.yaml
var languageYAML []byte

// LanguageCheck is one language check: patterns over words, exceptions,
// and a rewrite. language.yaml describes the pattern language; teams add
// checks of their own in the configuration.
type LanguageCheck struct {
	Rule              string   `yaml:"rule"`                // a language/… rule id
	Match             []string `yaml:"match"`               // patterns, any of which flags
	Unless            []string `yaml:"unless"`              // patterns that cancel a match where it starts
	UnlessBefore      []string `yaml:"unless_before"`       // patterns that cancel a match when they end where it starts
	UnlessNear        []string `yaml:"unless_near"`         // words that cancel a match in the same clause
	AtClauseStart     bool     `yaml:"at_clause_start"`     // the match must open a clause
	AtSentenceStart   bool     `yaml:"at_sentence_start"`   // the match must open a sentence
	NeedsPersonBefore bool     `yaml:"needs_person_before"` // a person must come earlier in the sentence
	Message           string   `yaml:"message"`             // the whole message; empty: the rule's
	Rewrite           string   `yaml:"rewrite"`             // drop, passive, article or gap
	Replace           string   `yaml:"replace"`             // fixed replacement text
	Structure         string   `yaml:"structure"`           // person-subject: a generic clause check instead of match
}

// langRuleSpec describes one rule id.
type langRuleSpec struct {
	ID       string `yaml:"id"`
	Severity string `yaml:"severity"`
	Summary  string `yaml:"summary"`
	Why      string `yaml:"why"`
	Message  string `yaml:"message"`
	Example  string `yaml:"example"` // shown at {example} when a match has no rewrite
}

// langData is language.yaml.
type langData struct {
	Rules  []langRuleSpec      `yaml:"rules"`
	Words  map[string][]string `yaml:"words"`
	Checks []LanguageCheck     `yaml:"checks"`
	// Forms are past participles the regular rules do not give.
	Forms map[string]string `yaml:"forms"`
	// Passive are the system-centred phrases for verbs of a lapse:
	// "ignored the alert" → "the alert went unanswered".
	Passive map[string]string `yaml:"passive"`
}

// langBuiltinData is language.yaml, as go generate last wrote it in Go
// (language_data_gen.go), which costs nothing to read; when the YAML has
// changed since, it is read from the YAML, with the same result, only
// slower to start.
var langBuiltinData = func() *langData {
	if langDataGenerated {
		return langGenerated()
	}
	var d langData
	if err := yaml.Unmarshal(languageYAML, &d); err != nil {
		panic(fmt.Sprintf("language.yaml: %v", err))
	}
	return &d
}()

// langDataGenerated is set when language_data_gen.go was written from
// this language.yaml, so that what it holds is current.
var langDataGenerated = langYAMLSum(languageYAML) == langGeneratedSum

//go:generate go test -run ^TestLanguageDataGenerated$ -args -update-language-data
//go:generate go test -tags langregen -run ^TestLanguageCheckerGenerated$ -args -update-language-checker

// langYAMLSum identifies a version of language.yaml. It only has to tell
// an edited YAML from the one go generate read, not resist forgery, so
// the length and a CRC-32C (a few hundred thousand instructions cheaper
// at every start than SHA-256) do.
func langYAMLSum(src []byte) string {
	return fmt.Sprintf("%d-%08x", len(src), crc32.Checksum(src, crc32.MakeTable(crc32.Castagnoli)))
}

// languageRules describes the language rules, one per rule id.
var languageRules = func() []RuleInfo {
	var out []RuleInfo
	for _, r := range langBuiltinData.Rules {
		sev, err := ParseSeverity(r.Severity)
		if err != nil {
			panic(fmt.Sprintf("language.yaml: rule %s: %v", r.ID, err))
		}
		out = append(out, RuleInfo{ID: r.ID, Severity: sev, Summary: r.Summary, Why: r.Why})
	}
	return out
}()

// langRuleMessages maps a rule id to the end of its messages.
var langRuleMessages = func() map[string]string {
	m := map[string]string{}
	for _, r := range langBuiltinData.Rules {
		m[r.ID] = " " + r.Message
	}
	return m
}()

// langRuleExamples maps a rule id to the example its message shows.
var langRuleExamples = func() map[string]string {
	m := map[string]string{}
	for _, r := range langBuiltinData.Rules {
		m[r.ID] = r.Example
	}
	return m
}()

// langVocab numbers every word the rules know and holds the named lists
// as sets of those numbers.
type langVocab struct {
	table          *langTable // every word, by its number (id)
	lists          map[string]langBits
	forms, passive map[string]string
	// fields holds the elements newLangVocab split each pattern into
	// (langPatternFields), which compilePattern reads again; elems the
	// elements compiled so far, by their text: most patterns share
	// "@persons", "@aux*" or "@any?", and a compiled element is read only.
	fields map[string][]string
	elems  map[string]langElem
}

// langBits is a set of word ids.
type langBits []uint64

func (b langBits) has(id uint16) bool {
	i := int(id >> 6)
	return i < len(b) && b[i]&(1<<(id&63)) != 0
}

// intersects reports whether b holds a word of a sparse set.
func (b langBits) intersects(set []langBitsWord) bool {
	for _, w := range set {
		if w.i < len(b) && b[w.i]&w.bits != 0 {
			return true
		}
	}
	return false
}

func (b *langBits) add(id uint16) {
	b.grow(int(id>>6) + 1)
	(*b)[id>>6] |= 1 << (id & 63)
}

func (b *langBits) union(o langBits) {
	b.grow(len(o))
	for i, w := range o {
		(*b)[i] |= w
	}
}

// grow lengthens the set to n words, in one allocation: a set of one
// word with a high id was grown a word at a time, as many times over.
func (b *langBits) grow(n int) {
	if n > len(*b) {
		*b = append(*b, make([]uint64, n-len(*b))...)
	}
}

// newLangVocab numbers the words of the lists and of the patterns.
func newLangVocab(words map[string][]string, checks []LanguageCheck) *langVocab {
	// Sized for the words of the lists, so the map does not grow while it
	// is filled.
	n := 0
	for _, ws := range words {
		n += len(ws)
	}
	v := newLangVocabOf(len(words))
	ids, keys := make(map[string]uint16, n), make([]string, 0, n)
	add := func(w string) uint16 {
		if id, ok := ids[w]; ok {
			return id
		}
		keys = append(keys, w)
		ids[w] = uint16(len(keys))
		return uint16(len(keys))
	}
	names := make([]string, 0, len(words))
	for n := range words {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		var set langBits
		for _, w := range words[n] {
			set.add(add(langLower(w)))
		}
		v.lists[n] = set
	}
	for _, c := range checks {
		for _, p := range slices.Concat(c.Match, c.Unless, c.UnlessBefore, c.UnlessNear) {
			for _, w := range langPatternWords(v.patternFields(p)) {
				add(w)
			}
		}
	}
	v.table = langNewTable(keys)
	return v
}

// newLangVocabOf returns a vocabulary without words, for lists lists.
func newLangVocabOf(lists int) *langVocab {
	return &langVocab{lists: make(map[string]langBits, lists),
		forms: langBuiltinData.Forms, passive: langBuiltinData.Passive,
		fields: map[string][]string{}, elems: map[string]langElem{}}
}

// langListIDs is a list of words by their ids.
type langListIDs struct {
	name string
	ids  []uint16
}

// langBuiltinVocab is newLangVocab for the built-in rules. Where go
// generate wrote it from this language.yaml (langGeneratedVocab), it is
// read from there, which spares every start the splitting of every
// pattern and the numbering of every word.
func langBuiltinVocab() *langVocab {
	if !langDataGenerated {
		return newLangVocab(langBuiltinData.Words, langBuiltinData.Checks)
	}
	v := newLangVocabOf(len(langGeneratedLists))
	// no pattern was split to number its words, and compiling splits
	// each once: a memo of the splits would only be filled
	v.fields = nil
	for _, l := range langGeneratedLists {
		var set langBits
		for _, id := range l.ids {
			set.add(id)
		}
		v.lists[l.name] = set
	}
	v.table = langNewTable(langGeneratedVocab)
	return v
}

// patternFields returns the elements of a pattern, split once.
func (v *langVocab) patternFields(p string) []string {
	if f, ok := v.fields[p]; ok {
		return f
	}
	f := langPatternFields(p)
	if v.fields != nil {
		v.fields[p] = f
	}
	return f
}

// langPatternWords lists the literal words of a pattern of the given
// elements.
func langPatternWords(fields []string) []string {
	out := make([]string, 0, 2*len(fields)) // a word or two an element, mostly
	for _, f := range fields {
		f = langTrimMarks(f)
		for alt := range strings.SplitSeq(f, "|") {
			if alt != "" && alt[0] != '@' && alt != "[" && alt != "]" && !strings.HasPrefix(alt, "...") && !strings.HasPrefix(alt, "~") {
				out = append(out, langLower(alt))
			}
		}
	}
	return out
}

// langTrimMarks trims the marks of an element around its words: "?" and
// "*" after them, "!" before them.
func langTrimMarks(f string) string {
	for len(f) > 0 && (f[len(f)-1] == '?' || f[len(f)-1] == '*') {
		f = f[:len(f)-1]
	}
	for len(f) > 0 && f[0] == '!' {
		f = f[1:]
	}
	return f
}

// langLower is strings.ToLower, without its call for a word of ASCII
// without capitals, as nearly every word of the rules is.
func langLower(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf || c-'A' < 26 {
			return strings.ToLower(w)
		}
	}
	return w
}

// id returns the id of a word, or 0, from the vocabulary's table, which
// holds every word of ids.
func (v *langVocab) id(w string) uint16 {
	if sl := v.table.find(w, 0, len(w)); sl != nil {
		return sl.id
	}
	return 0
}

// set returns the ids of a named list; it panics on an unknown name,
// which only the built-in data can cause (configurations are validated).
func (v *langVocab) set(name string) langBits {
	s, ok := v.lists[name]
	if !ok {
		panic("language rules: unknown word list @" + name)
	}
	return s
}

// mergeWords adds a team's lists to the built-in ones: a list of the same
// name is extended.
func mergeWords(base, extra map[string][]string) map[string][]string {
	out := make(map[string][]string, len(base)+len(extra))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range extra {
		out[k] = slices.Concat(out[k], v)
	}
	return out
}
