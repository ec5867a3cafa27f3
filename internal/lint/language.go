package lint

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
