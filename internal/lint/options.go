package lint

import "time"

// Options tune the rules. The zero value is not useful: start from
// DefaultOptions.
type Options struct {
	// Severity overrides a rule's default severity, by rule id.
	Severity map[string]Severity
	// Disabled turns rules off, by rule id or by family ("language").
	Disabled map[string]bool
	// RequiredFields are canonical field and section keys that must be
	// present and filled in (see postmortem.FieldKeys and SectionKeys).
	RequiredFields []string
	// Allow lists phrases the language rules never flag, matched without
	// regard to case.
	Allow []string
	// Phrases are extra phrases to flag, reported as language/custom.
	Phrases []Phrase
	// LanguageWords extend the word lists of the language rules, by list
	// name (language.yaml); a new name makes a new list.
	LanguageWords map[string][]string
	// LanguageChecks are the team's own checks, added to the built-in
	// ones (see language.yaml for their form).
	LanguageChecks []LanguageCheck
	// LanguageModel adds the learned model of a person as the cause
	// (language_model.go) to the rules. It is off by default: on published
	// post-mortems it flags many sentences that only tell what a person did.
	LanguageModel bool
	// MaxMeetingDelay is how long after the incident's end the review
	// meeting may be held before timeline/late-review fires.
	MaxMeetingDelay time.Duration
}

// Phrase is a team's own phrase to flag.
type Phrase struct {
	Text    string // matched without regard to case, on word boundaries
	Message string // why; a default is used when empty
	Replace string // suggested replacement, if any
}

// DefaultRequiredFields are the fields and sections the default template
// asks for.
var DefaultRequiredFields = []string{
	"date", "contact", "start", "end", "detect", "severity",
	"what_happened", "remediation", "short_summary",
}

// DefaultOptions returns the options used without configuration.
func DefaultOptions() Options {
	return Options{
		RequiredFields:  append([]string(nil), DefaultRequiredFields...),
		MaxMeetingDelay: 5 * 24 * time.Hour,
	}
}

// RuleInfo describes a rule for documentation and SARIF output.
type RuleInfo struct {
	ID       string
	Severity Severity // default severity
	Summary  string   // one line: what the rule flags
	Why      string   // one sentence: why it matters
}
