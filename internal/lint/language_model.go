package lint

import (
	_ "embed"
	"math"
	"strings"
	"sync"

	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
)

// ---- the learned model of a person as the cause ----
//
// Beside the rules, a logistic regression reads the sentences the rules
// leave in which a person acts who may be the cause, and flags those it
// reads as telling the person as the cause of the outcome
// (language/person-cause). A sentence whose only people acting are
// people served, "we" reporting or observing, or a role at a remedy or
// a routine act is narrative, and is not asked about; nor is one in which
// no person acts (a person the damage reached). Its features are read here, once, for the checker, for training and for
// the experiment that measured it; internal/train fits it on the
// development corpus and writes language_model.tsv.

//go:generate go run ./internal/train -data ../../testdata/language -out language_model.tsv -go language_model_gen.go

// languageModelTSV is the trained model, as internal/train wrote it:
// the file to review. The checker reads the same model from
// language_model_gen.go, which go generate writes from it, so that
// nothing is parsed at start-up (TestLanguageModelGoAgrees).
//
//go:embed language_model.tsv
var languageModelTSV string

// langModel is the model as the checker uses it.
type langModel struct {
	table lmTable
	bias  float64
	logit float64 // the threshold as log-odds: a sentence at or above it is flagged
}

// langModelBuiltin builds the model's table once, when a checker first
// needs it.
var langModelBuiltin = sync.OnceValue(func() *langModel {
	logit := math.Inf(1)
	if lmGenThreshold < 1 {
		logit = math.Log(lmGenThreshold / (1 - lmGenThreshold))
	}
	return &langModel{table: newLMTable(lmGenFeatures[:]), bias: lmGenBias, logit: logit}
})

// withModel returns c with the built-in model, or c itself when there is
// no person-subject check whose lists the features read.
func (c *languageChecker) withModel() *languageChecker {
	if c.causeSets() == nil {
		return c
	}
	cm := *c
	cm.model = langModelBuiltin()
	return &cm
}

// causeSets returns the lists of the first person-subject check.
func (c *languageChecker) causeSets() *langCauseSets {
	for _, lc := range c.structural {
		if lc.cause != nil {
			return lc.cause
		}
	}
	return nil
}

// langModelCheck is the check a model finding reports as.
var langModelCheck = &langCheck{LanguageCheck: LanguageCheck{Rule: "language/person-cause", Rewrite: "passive"}}

// langModelMessage is the message of a model finding; {example} as in
// the rules' messages.
const langModelMessage = "this sentence reads as a person being the cause of the outcome; make the system the subject, as in {example}, and say what made the outcome likely"

// applyModel flags, in each sentence that no match covers and that names
// a person, what the model reads as a person being the cause, where the
// sentence tells damage (modelFlags).
func (s *langScan) applyModel() {
	if s.c.model == nil {
		return
	}
	classes := s.c.lmClasses()
	for a := 0; a < len(s.toks); {
		b, asked := s.modelSentence(a, classes)
		if asked {
			if p := s.firstPerson(a, b); p >= 0 && !s.foundWithin(a, b) && s.modelFlags(a, b) {
				s.addModel(a, b, p)
			}
		}
		a = b
	}
}

// langModelMaxTokens is the longest sentence the model is asked about,
// in tokens: longer text is a list, a table or a pasted log read as one
// sentence, unlike any it was trained on.
const langModelMaxTokens = 80

// modelSentence returns the end of the sentence from token a: after a
// mark that ends a sentence, a semicolon excepted; and whether the model
// may be asked about it: no longer than langModelMaxTokens, with a word
// that may start a person (langToken.mayPerson, which run keeps) and a
// word of an act (lmAct in classes), without which no person in it acts
// (personActs) and the model flags nothing.
func (s *langScan) modelSentence(a int, classes []uint16) (int, bool) {
	may, act := false, false
	b := a
	for ; b < len(s.toks); b++ {
		t := &s.toks[b]
		if t.kind <= langMention { // a word or a mention
			may = may || t.mayPerson
			act = act || int(t.id) < len(classes) && classes[t.id]&lmAct != 0
		}
		if t.stop && s.word(b) != ";" {
			b++
			break
		}
	}
	return b, may && act && b-a <= langModelMaxTokens
}

// firstPerson returns where the first person of tokens a..b-1 starts, or -1.
func (s *langScan) firstPerson(a, b int) int {
	for i := a; i < b; i++ {
		if s.modelPerson(i) > i {
			return i
		}
	}
	return -1
}

// modelPerson returns the end of a person starting at token i, or i: an
// @mention, or a person the checker's reader finds.
func (s *langScan) modelPerson(i int) int {
	t := &s.toks[i]
	if t.kind == langPunct || t.kind == langOpaque || !s.personMay(i) {
		return i
	}
	if end, ok := s.personAt(i); ok && end > i {
		return end
	}
	if t.kind == langMention {
		return i + 1
	}
	return i
}

// modelFlags scores tokens a..b-1: the features are hashed as they are
// read, and their weights summed in the order they come, never written.
// A sentence in which no person acts who may be its cause (the people
// served, "we" reporting, a role at a remedy or a routine act) is never
// flagged, and is not scored.
func (s *langScan) modelFlags(a, b int) bool {
	s.modelTokens(a, b)
	return s.lm.anyAgent() && s.modelScore() >= s.c.model.logit
}

// modelScore returns the model's log-odds over the tokens modelTokens
// read last.
func (s *langScan) modelScore() float64 {
	m := s.c.model
	s.lm.score, s.lm.z = &m.table, m.bias
	s.lm.features()
	s.lm.score = nil
	return s.lm.z
}

// addModel records a model finding over the sentence a..b-1, whose
// first person starts at p; the passive rewrite is offered where the
// person opens the sentence and it applies.
func (s *langScan) addModel(a, b, p int) {
	last := b
	if last-1 > a && s.toks[last-1].kind == langPunct {
		last--
	}
	start, end := int(s.toks[a].start), int(s.toks[last-1].end)
	c := langCand{langMatch: langMatch{Rule: langModelCheck.Rule, Start: start, End: end}, found: s.text[start:end]}
	if p == a {
		s.rewrite(&c, langModelCheck, a, last, s.modelPerson(p))
	}
	ex := langRuleExamples[langModelCheck.Rule]
	if r := s.example(&c.langMatch); r != nil {
		ex = *r
	}
	c.Message = strings.Replace(langModelMessage, "{example}", `"`+ex+`"`, 1)
	s.out = append(s.out, c)
}

// LanguageModelInput reads a sentence as the model's trainer needs it:
// its features, whether the built-in rules flag it, and whether it names
// a person.
func LanguageModelInput(sentence string) langmodel.Input {
	c, err := langDefault()
	if err != nil {
		panic(err)
	}
	return c.modelInput(sentence)
}

// modelInput is LanguageModelInput with the rules of c.
func (c *languageChecker) modelInput(sentence string) langmodel.Input {
	in := langmodel.Input{Flagged: len(c.check(sentence, nil)) > 0}
	s := new(langScan)
	s.start(c, sentence, langPeople{})
	in.Person = s.firstPerson(0, len(s.toks)) >= 0
	s.modelFeatures(0, len(s.toks))
	in.Outcome, in.Acts, in.Agent = s.lm.outcome, s.lm.acts, s.lm.agent
	from := 0
	for _, to := range s.lm.ends {
		in.Features = append(in.Features, string(s.lm.buf[from:to]))
		from = int(to)
	}
	return in
}
