// Package config reads a repository's .github/postmortem.yml: defaults,
// parsing and validation. Every key is optional; unknown keys, values of
// the wrong type and values out of range are errors that name the key and
// the line and column they are on.
package config

import (
	"path"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // validate and use IANA zones on hosts without a zone database

	"github.com/bmatcuk/doublestar/v4"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Path is where a repository keeps its configuration, relative to its
// root, on the default branch.
const Path = ".github/postmortem.yml"

// Write-back modes: how the app records issue numbers in a merged
// post-mortem.
const (
	WriteBackCommit      = "commit"       // commit to the default branch
	WriteBackPullRequest = "pull_request" // open a pull request
	WriteBackOff         = "off"          // leave the document alone
)

// Settings of language.model: whether the learned model of a person as
// the cause reads the sentences the language rules leave.
const (
	LanguageModelOn  = "on"
	LanguageModelOff = "off"
)

// Milestone policies: which milestone an action's issue goes into.
const (
	MilestoneDueDate = "due-date" // chosen by the action's due date
	MilestoneNamed   = "named"    // the milestone the action names
	MilestoneNone    = "none"     // no milestone
)

// Review events: how the app submits its review of a pull request.
const (
	ReviewComment        = "comment"
	ReviewRequestChanges = "request_changes"
)

// Config is a repository's configuration. Build one with Default or Parse.
type Config struct {
	// Paths are globs (doublestar syntax, relative to the repository
	// root) naming the post-mortem documents.
	Paths []string
	// Exclude are globs naming files under Paths that are not
	// post-mortems; they match without regard to case.
	Exclude []string
	// RequiredFields are canonical field and section keys that must be
	// present and filled in.
	RequiredFields []string
	// Sections maps a canonical section key to the heading names that
	// count as it; keys absent use the parser's defaults.
	Sections map[string][]string
	// Fields maps a field key to labels that count as it besides the
	// parser's own.
	Fields map[string][]string
	// Language tunes the language rules.
	Language Language
	// Rules maps a rule id ("language/custom") or a family ("language")
	// to "off", "notice", "warning" or "error".
	Rules map[string]string
	// FailOn is the least severity that fails the check: "notice",
	// "warning" or "error".
	FailOn string
	// Timeline tunes the timeline rules.
	Timeline Timeline
	// Labels names the labels put on action issues.
	Labels Labels
	// Milestones says which milestone action issues go into.
	Milestones Milestones
	// DueDays maps an incident severity, upper-cased ("SEV1"), to the
	// number of days after the merge of its post-mortem that an action
	// without a due date is due (the day its issue opens: an incident's
	// own date may be weeks earlier); 0 means no default due date.
	DueDays map[string]int
	// WriteBack is one of WriteBackCommit, WriteBackPullRequest and
	// WriteBackOff.
	WriteBack string
	// DryRun makes the app report what it would do on GitHub without
	// doing it.
	DryRun bool
	// Review tunes the review of pull requests.
	Review Review
	// Summary configures the periodic summary of open actions.
	Summary Summary
	// Index is the slash path, from the repository root, of the
	// Markdown index of the post-mortems that the app keeps current
	// (`postmortem-bot index` writes it too); empty means none. The file
	// is never read as a post-mortem.
	Index string
}

// Language tunes the language rules.
type Language struct {
	// Allow lists phrases the language rules never flag.
	Allow []string
	// Phrases are the team's own phrases to flag.
	Phrases []lint.Phrase
	// Words extend the word lists of the built-in rules, by list name,
	// or make new lists for the team's checks.
	Words map[string][]string
	// Checks are the team's own checks, in the form of the built-in
	// ones (internal/lint/language.yaml).
	Checks []lint.LanguageCheck
	// Model is "off" (the default) or "on": whether the learned model of
	// a person as the cause reads the sentences the rules leave.
	Model string
}

// Timeline tunes the timeline rules.
type Timeline struct {
	// MaxMeetingDelay is how long after the incident's end the review
	// meeting may be held.
	MaxMeetingDelay Duration
}

// Labels names the labels the app puts on issues.
type Labels struct {
	Action         string // on every action issue
	SeverityPrefix string // before the incident's severity, as in "severity:SEV1"
	PriorityPrefix string // before the action's priority, as in "priority:P1"
}

// Milestones says which milestone action issues go into.
type Milestones struct {
	// Policy is one of MilestoneDueDate, MilestoneNamed and MilestoneNone.
	Policy string
	// Create lets the app create a milestone that does not exist yet.
	Create bool
}

// Review tunes the review of pull requests that add or change
// post-mortems.
type Review struct {
	// Event is ReviewComment or ReviewRequestChanges: the event of the
	// reviews the app submits.
	Event string
	// Drafts makes the app review draft pull requests too.
	Drafts bool
}

// Summary configures the periodic summary of open actions.
type Summary struct {
	// Schedule is a five-field cron expression (see ParseSchedule).
	Schedule string
	// TimeZone is the IANA zone Schedule is read in.
	TimeZone string
	// Repository ("owner/name") receives the summary issue; empty means
	// the repository the configuration is in.
	Repository string
	// SkipEmpty skips the summary when no action is open.
	SkipEmpty bool
}

// DefaultPaths are the globs naming post-mortems without configuration.
var DefaultPaths = []string{
	"postmortems/**/*.md",
	"post-mortems/**/*.md",
	"docs/postmortems/**/*.md",
	"docs/post-mortems/**/*.md",
}

// Default returns the configuration used when a repository has none.
func Default() *Config {
	return &Config{
		Paths:          slices.Clone(DefaultPaths),
		Exclude:        []string{"**/README.md"},
		RequiredFields: slices.Clone(lint.DefaultRequiredFields),
		Sections:       map[string][]string{},
		Fields:         map[string][]string{},
		Rules:          map[string]string{},
		Language:       Language{Model: LanguageModelOff},
		FailOn:         lint.Error.String(),
		Timeline:       Timeline{MaxMeetingDelay: Duration(lint.DefaultOptions().MaxMeetingDelay)},
		Labels: Labels{
			Action:         "postmortem-action",
			SeverityPrefix: "severity:",
			PriorityPrefix: "priority:",
		},
		Milestones: Milestones{Policy: MilestoneDueDate, Create: true},
		// PagerDuty's guidance: SEV1 actions within 15 days, SEV2 within 30.
		DueDays:   map[string]int{"SEV1": 15, "SEV2": 30},
		WriteBack: WriteBackCommit,
		Review:    Review{Event: ReviewComment},
		Summary:   Summary{Schedule: "0 9 * * 1", TimeZone: "UTC"},
	}
}

// Match reports whether the file at p, a slash-separated path relative to
// the repository root, is a post-mortem: it matches one of Paths and none
// of Exclude, and is not the Index. Exclude globs match without regard to case, so the default
// **/README.md also excludes readme.md.
func (c *Config) Match(p string) bool {
	p = cleanPath(p)
	return p != "" && p != c.Index && matchAny(c.Paths, p) && !c.Excluded(p)
}

// Excluded reports whether a slash path relative to the repository root
// matches an Exclude glob (without regard to case).
func (c *Config) Excluded(p string) bool {
	return matchAny(lower(c.Exclude), strings.ToLower(cleanPath(p)))
}

func cleanPath(p string) string { return strings.TrimPrefix(path.Clean("/"+p), "/") }

// MayContain reports whether a file under dir, a slash path relative to
// the repository root, could match Paths: a walk need not enter, or
// report, a directory that cannot.
func (c *Config) MayContain(dir string) bool {
	if dir == "." || dir == "" {
		return true
	}
	names := strings.Split(dir, "/")
	for _, g := range c.Paths {
		if holds(strings.Split(strings.TrimPrefix(path.Clean("/"+g), "/"), "/"), names) {
			return true
		}
	}
	return false
}

// holds: each directory name matches the glob's part at its place, up
// to a "**" or the end of the names; the glob's last part names files.
func holds(parts, names []string) bool {
	for i, name := range names {
		if i >= len(parts)-1 {
			return false
		}
		if parts[i] == "**" {
			return true
		}
		if ok, _ := doublestar.Match(parts[i], name); !ok {
			return false
		}
	}
	return true
}

func matchAny(globs []string, p string) bool {
	for _, g := range globs {
		if ok, err := doublestar.Match(g, p); ok && err == nil {
			return true
		}
	}
	return false
}

func lower(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = strings.ToLower(v)
	}
	return out
}

// LintOptions returns the lint options the configuration asks for. A rule
// or family set to "off" goes into Disabled; one set to a severity goes
// into Severity under the same key, so a family key ("language") there
// means every rule of the family. Both maps are never nil.
func (c *Config) LintOptions() lint.Options {
	o := lint.DefaultOptions()
	o.Severity = map[string]lint.Severity{}
	o.Disabled = map[string]bool{}
	for id, v := range c.Rules {
		if strings.EqualFold(v, "off") {
			o.Disabled[id] = true
		} else if sev, err := lint.ParseSeverity(v); err == nil {
			o.Severity[id] = sev
		}
	}
	o.RequiredFields = slices.Clone(c.RequiredFields)
	o.Allow = slices.Clone(c.Language.Allow)
	o.Phrases = slices.Clone(c.Language.Phrases)
	o.LanguageWords = c.Language.Words
	o.LanguageChecks = slices.Clone(c.Language.Checks)
	o.LanguageModel = c.Language.Model == LanguageModelOn
	if c.Timeline.MaxMeetingDelay > 0 {
		o.MaxMeetingDelay = time.Duration(c.Timeline.MaxMeetingDelay)
	}
	return o
}

// ParseOptions returns the parser options the configuration asks for.
func (c *Config) ParseOptions() postmortem.Options {
	return postmortem.Options{Sections: cloneLists(c.Sections), Fields: cloneLists(c.Fields)}
}

// cloneLists copies a map of lists, nil when it is empty.
func cloneLists(m map[string][]string) map[string][]string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string][]string, len(m))
	for k, v := range m {
		out[k] = slices.Clone(v)
	}
	return out
}

// FailSeverity returns the least severity that fails the check; Error when
// FailOn is empty or unknown.
func (c *Config) FailSeverity() lint.Severity {
	if sev, err := lint.ParseSeverity(c.FailOn); err == nil {
		return sev
	}
	return lint.Error
}

// DueIn returns the number of days after the incident an action without a
// due date is due, for an incident of the given severity, and whether the
// configuration sets one.
func (c *Config) DueIn(severity string) (int, bool) {
	days, ok := c.DueDays[strings.ToUpper(strings.TrimSpace(severity))]
	return days, ok && days > 0
}

// Next returns the first time after t that the summary is due, following
// Schedule on the wall clock of TimeZone.
func (s Summary) Next(t time.Time) (time.Time, error) {
	sched, err := ParseSchedule(s.Schedule)
	if err != nil {
		return time.Time{}, err
	}
	loc, err := time.LoadLocation(s.TimeZone)
	if err != nil {
		return time.Time{}, err
	}
	return sched.Next(t.In(loc)), nil
}
