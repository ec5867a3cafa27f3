package config

import (
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// fieldKeys are the canonical field and section keys a configuration may
// name in required_fields and sections.
var fieldKeys = []string{
	"date", "contact", "created_by", "facilitated_by", "start", "end",
	"detect", "severity", "title", "what_happened", "remediation",
	"short_summary", "additional_info", "bug_tickets", "tags", "description",
}

// ruleFamilies are the families rule ids begin with.
var ruleFamilies = []string{"language", "fields", "timeline", "actions", "content"}

var (
	languageModelModes = []string{LanguageModelOn, LanguageModelOff}
	writeBackModes     = []string{WriteBackCommit, WriteBackPullRequest, WriteBackOff}
	milestonePolicy    = []string{MilestoneDueDate, MilestoneNamed, MilestoneNone}
	reviewEvents       = []string{ReviewComment, ReviewRequestChanges}
	failSeverities     = []string{"notice", "warning", "error"}
	ruleSeverities     = []string{"off", "notice", "warning", "error"}
	maxLabelLength     = 50
	maxDueDays         = 3650
	scheduleExpected   = `a cron schedule like "0 9 * * 1"`
)

// ruleName and repositoryName are the forms of a rule's name and of a
// repository, compiled when a configuration first names one rather than
// at every start of the command.
var (
	ruleName       = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`) })
	repositoryName = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$`)
	})
)

func (d *decoder) config(n *yaml.Node, c *Config) {
	d.object(n, "", map[string]handler{
		"paths":           func(v *yaml.Node, k string) { d.globs(v, k, &c.Paths) },
		"exclude":         func(v *yaml.Node, k string) { d.globs(v, k, &c.Exclude) },
		"required_fields": func(v *yaml.Node, k string) { d.fieldList(v, k, &c.RequiredFields) },
		"sections":        func(v *yaml.Node, k string) { d.sections(v, k, c.Sections) },
		"fields":          func(v *yaml.Node, k string) { d.fieldLabels(v, k, c.Fields) },
		"language":        func(v *yaml.Node, k string) { d.language(v, k, &c.Language) },
		"rules":           func(v *yaml.Node, k string) { d.rules(v, k, c.Rules) },
		"fail_on":         func(v *yaml.Node, k string) { d.failOn(v, k, &c.FailOn) },
		"timeline":        func(v *yaml.Node, k string) { d.timeline(v, k, &c.Timeline) },
		"labels":          func(v *yaml.Node, k string) { d.labels(v, k, &c.Labels) },
		"milestones":      func(v *yaml.Node, k string) { d.milestones(v, k, &c.Milestones) },
		"due_days":        func(v *yaml.Node, k string) { d.dueDays(v, k, c.DueDays) },
		"write_back":      func(v *yaml.Node, k string) { d.enum(v, k, "mode", writeBackModes, &c.WriteBack) },
		"dry_run":         func(v *yaml.Node, k string) { d.boolean(v, k, &c.DryRun) },
		"review":          func(v *yaml.Node, k string) { d.review(v, k, &c.Review) },
		"summary":         func(v *yaml.Node, k string) { d.summary(v, k, &c.Summary) },
		"index":           func(v *yaml.Node, k string) { d.indexPath(v, k, &c.Index) },
	})
}

// globs decodes a list of doublestar globs. A leading "./" or "/" is
// dropped: globs are relative to the repository root.
func (d *decoder) globs(n *yaml.Node, key string, dst *[]string) {
	globs, ok := d.stringList(n, key, "a list of globs", func(s string, item *yaml.Node, ip string) (string, bool) {
		g := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "./"), "/")
		if g == "" || !doublestar.ValidatePattern(g) {
			d.errorf(item, ip, "invalid glob %q", s)
			return "", false
		}
		return g, true
	})
	if ok {
		*dst = globs
	}
}

func (d *decoder) fieldList(n *yaml.Node, key string, dst *[]string) {
	if keys, ok := d.stringList(n, key, "a list of field names", d.fieldKey); ok {
		*dst = keys
	}
}

// fieldKey checks a canonical field or section key.
func (d *decoder) fieldKey(s string, n *yaml.Node, key string) (string, bool) {
	return d.keyIn(fieldKeys, s, n, key)
}

// keyIn checks that s, in any case, is one of known.
func (d *decoder) keyIn(known []string, s string, n *yaml.Node, key string) (string, bool) {
	k := strings.ToLower(strings.TrimSpace(s))
	if !slices.Contains(known, k) {
		d.errorf(n, key, "unknown field %q%s", s, hint(k, known))
		return "", false
	}
	return k, true
}

func (d *decoder) sections(n *yaml.Node, key string, dst map[string][]string) {
	d.namesByKey(n, key, "section", "heading name", d.fieldKey, dst)
}

// fieldLabels decodes the labels a team adds to the parser's for each field.
func (d *decoder) fieldLabels(n *yaml.Node, key string, dst map[string][]string) {
	d.namesByKey(n, key, "field", "label", d.labelledField, dst)
}

// namesByKey decodes a mapping of keys, each checked by keyCheck, to
// non-empty lists of names.
func (d *decoder) namesByKey(n *yaml.Node, key, keys, name string, keyCheck check, dst map[string][]string) {
	d.entries(n, key, "a mapping of "+keys+" keys to "+name+"s", func(k, v *yaml.Node, kp string) {
		sec, okKey := keyCheck(k.Value, k, kp)
		names, ok := d.stringList(v, kp, "a list of "+name+"s", d.nonEmpty(name))
		if ok && len(names) == 0 {
			d.errorf(v, kp, "want at least one %s", name)
			ok = false
		}
		if ok && okKey {
			dst[sec] = names
		}
	})
}

// labelledField checks a key of fields:, a field the parser reads labels as.
func (d *decoder) labelledField(s string, n *yaml.Node, key string) (string, bool) {
	return d.keyIn(postmortem.FieldKeys, s, n, key)
}

// nonEmpty returns a check that trims a string and rejects it when empty.
func (d *decoder) nonEmpty(what string) check {
	return func(s string, n *yaml.Node, key string) (string, bool) {
		if s = strings.TrimSpace(s); s == "" {
			d.errorf(n, key, "empty %s", what)
			return "", false
		}
		return s, true
	}
}

func (d *decoder) language(n *yaml.Node, key string, dst *Language) {
	before := len(d.errs)
	d.object(n, key, map[string]handler{
		"allow": func(v *yaml.Node, k string) {
			if allow, ok := d.stringList(v, k, "a list of phrases", d.nonEmpty("phrase")); ok {
				dst.Allow = allow
			}
		},
		"phrases": func(v *yaml.Node, k string) { d.phrases(v, k, &dst.Phrases) },
		"words":   func(v *yaml.Node, k string) { d.words(v, k, dst) },
		"checks":  func(v *yaml.Node, k string) { d.checks(v, k, dst) },
		"model":   func(v *yaml.Node, k string) { d.enum(v, k, "setting", languageModelModes, &dst.Model) },
	})
	// The team's words and checks compile with the built-in rules.
	if len(dst.Words)+len(dst.Checks) > 0 && before == len(d.errs) {
		if err := lint.ValidateLanguage(lint.Options{LanguageWords: dst.Words, LanguageChecks: dst.Checks}); err != nil {
			d.errorf(n, key, "%v", err)
		}
	}
}

// words decodes named word lists: `name: [word, …]`.
func (d *decoder) words(n *yaml.Node, key string, dst *Language) {
	out := map[string][]string{}
	d.entries(n, key, "a mapping of list names to lists of words", func(k, v *yaml.Node, kp string) {
		if ws, ok := d.stringList(v, kp, "a list of words", d.nonEmpty("word")); ok {
			out[k.Value] = ws
		}
	})
	dst.Words = out
}

// checks decodes the team's checks and compiles them with the built-in
// rules, so a bad pattern is reported with the configuration.
func (d *decoder) checks(n *yaml.Node, key string, dst *Language) {
	var out []lint.LanguageCheck
	ok := d.list(n, key, "a list of checks", func(item *yaml.Node, ip string) {
		if c, good := d.check(item, ip); good {
			out = append(out, c)
		}
	})
	if ok {
		dst.Checks = out
	}
}

// check decodes one check.
func (d *decoder) check(n *yaml.Node, key string) (lint.LanguageCheck, bool) {
	var c lint.LanguageCheck
	before := len(d.errs)
	patterns := func(dst *[]string) handler {
		return func(v *yaml.Node, k string) {
			if v.Kind == yaml.ScalarNode {
				v = &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{v}, Line: v.Line, Column: v.Column}
			}
			if ps, ok := d.stringList(v, k, "a pattern or a list of patterns", d.nonEmpty("pattern")); ok {
				*dst = ps
			}
		}
	}
	d.object(n, key, map[string]handler{
		"rule":                func(v *yaml.Node, k string) { d.text(v, k, &c.Rule) },
		"match":               patterns(&c.Match),
		"unless":              patterns(&c.Unless),
		"unless_before":       patterns(&c.UnlessBefore),
		"unless_near":         patterns(&c.UnlessNear),
		"at_clause_start":     func(v *yaml.Node, k string) { d.boolean(v, k, &c.AtClauseStart) },
		"at_sentence_start":   func(v *yaml.Node, k string) { d.boolean(v, k, &c.AtSentenceStart) },
		"needs_person_before": func(v *yaml.Node, k string) { d.boolean(v, k, &c.NeedsPersonBefore) },
		"message":             func(v *yaml.Node, k string) { d.text(v, k, &c.Message) },
		"rewrite":             func(v *yaml.Node, k string) { d.text(v, k, &c.Rewrite) },
		"replace":             func(v *yaml.Node, k string) { d.text(v, k, &c.Replace) },
		"structure":           func(v *yaml.Node, k string) { d.text(v, k, &c.Structure) },
	})
	if len(d.errs) == before && c.Rule == "" {
		c.Rule = "language/custom"
	}
	if len(d.errs) == before && len(c.Match) == 0 && c.Structure == "" {
		d.errorf(n, key, "missing match")
	}
	return c, len(d.errs) == before
}

// phrases decodes a list whose items are a phrase or a mapping with
// phrase, message and replace.
func (d *decoder) phrases(n *yaml.Node, key string, dst *[]lint.Phrase) {
	out := []lint.Phrase{}
	ok := d.list(n, key, "a list of phrases", func(item *yaml.Node, ip string) {
		if p, good := d.phrase(item, ip); good {
			out = append(out, p)
		}
	})
	if ok {
		*dst = out
	}
}

func (d *decoder) phrase(n *yaml.Node, key string) (lint.Phrase, bool) {
	var p lint.Phrase
	if n.Kind != yaml.MappingNode {
		s, ok := d.str(n, key, "a phrase or a mapping with phrase, message and replace")
		if !ok {
			return p, false
		}
		p.Text, ok = d.nonEmpty("phrase")(s, n, key)
		return p, ok
	}
	before := len(d.errs)
	d.object(n, key, map[string]handler{
		"phrase":  func(v *yaml.Node, k string) { d.text(v, k, &p.Text) },
		"message": func(v *yaml.Node, k string) { d.text(v, k, &p.Message) },
		"replace": func(v *yaml.Node, k string) { d.text(v, k, &p.Replace) },
	})
	p.Text = strings.TrimSpace(p.Text)
	if p.Text == "" && len(d.errs) == before {
		d.errorf(n, key, "missing phrase")
	}
	return p, len(d.errs) == before
}

func (d *decoder) rules(n *yaml.Node, key string, dst map[string]string) {
	d.entries(n, key, "a mapping of rule ids to severities", func(k, v *yaml.Node, kp string) {
		id, okID := d.ruleID(k, kp)
		sev, ok := d.ruleSeverity(v, kp)
		if okID && ok {
			dst[id] = sev
		}
	})
}

// ruleID checks a rule id ("family/name") or a family.
func (d *decoder) ruleID(k *yaml.Node, key string) (string, bool) {
	family, name, hasName := strings.Cut(k.Value, "/")
	if !slices.Contains(ruleFamilies, family) {
		d.errorf(k, key, "unknown rule family %q%s", family, hint(family, ruleFamilies))
		return "", false
	}
	if hasName && !ruleName().MatchString(name) {
		d.errorf(k, key, "invalid rule id %q (want a family or family/name, as in timeline/late-review)", k.Value)
		return "", false
	}
	return k.Value, true
}

// ruleSeverity decodes "off" or a severity, returned as
// lint.Severity.String writes it.
func (d *decoder) ruleSeverity(n *yaml.Node, key string) (string, bool) {
	s, ok := d.str(n, key, oneOf(ruleSeverities))
	if !ok {
		return "", false
	}
	if strings.EqualFold(strings.TrimSpace(s), "off") {
		return "off", true
	}
	sev, err := lint.ParseSeverity(s)
	if err != nil {
		d.errorf(n, key, "unknown severity %q (want %s)", s, oneOf(ruleSeverities))
		return "", false
	}
	return sev.String(), true
}

func (d *decoder) failOn(n *yaml.Node, key string, dst *string) {
	s, ok := d.str(n, key, oneOf(failSeverities))
	if !ok {
		return
	}
	sev, err := lint.ParseSeverity(s)
	if err != nil {
		d.errorf(n, key, "unknown severity %q (want %s)", s, oneOf(failSeverities))
		return
	}
	*dst = sev.String()
}

func (d *decoder) timeline(n *yaml.Node, key string, dst *Timeline) {
	d.object(n, key, map[string]handler{
		"max_meeting_delay": func(v *yaml.Node, k string) { d.duration(v, k, &dst.MaxMeetingDelay) },
	})
}

func (d *decoder) duration(n *yaml.Node, key string, dst *Duration) {
	s, ok := d.str(n, key, "a duration like 5d or 36h")
	if !ok {
		return
	}
	v, err := ParseDuration(s)
	switch {
	case err != nil:
		d.errorf(n, key, "%v", err)
	case v <= 0:
		d.errorf(n, key, "want a positive duration, got %q", s)
	default:
		*dst = v
	}
}

func (d *decoder) labels(n *yaml.Node, key string, dst *Labels) {
	d.object(n, key, map[string]handler{
		"action":          func(v *yaml.Node, k string) { d.label(v, k, &dst.Action) },
		"severity_prefix": func(v *yaml.Node, k string) { d.text(v, k, &dst.SeverityPrefix) },
		"priority_prefix": func(v *yaml.Node, k string) { d.text(v, k, &dst.PriorityPrefix) },
	})
}

// label decodes a GitHub label name: not empty, at most 50 characters.
func (d *decoder) label(n *yaml.Node, key string, dst *string) {
	s, ok := d.str(n, key, "a label name")
	if !ok {
		return
	}
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		d.errorf(n, key, "empty label name")
	case len([]rune(s)) > maxLabelLength:
		d.errorf(n, key, "label name longer than %d characters", maxLabelLength)
	default:
		*dst = s
	}
}

func (d *decoder) milestones(n *yaml.Node, key string, dst *Milestones) {
	d.object(n, key, map[string]handler{
		"policy": func(v *yaml.Node, k string) { d.enum(v, k, "policy", milestonePolicy, &dst.Policy) },
		"create": func(v *yaml.Node, k string) { d.boolean(v, k, &dst.Create) },
	})
}

func (d *decoder) dueDays(n *yaml.Node, key string, dst map[string]int) {
	d.entries(n, key, "a mapping of severities to days", func(k, v *yaml.Node, kp string) {
		sev := strings.ToUpper(strings.TrimSpace(k.Value))
		if sev == "" {
			d.errorf(k, kp, "empty severity")
		}
		days, ok := d.integer(v, kp, "a number of days")
		if ok && (days < 0 || days > maxDueDays) {
			d.errorf(v, kp, "want 0 to %d days, got %d", maxDueDays, days)
			ok = false
		}
		if ok && sev != "" {
			dst[sev] = days
		}
	})
}

func (d *decoder) review(n *yaml.Node, key string, dst *Review) {
	d.object(n, key, map[string]handler{
		"event":  func(v *yaml.Node, k string) { d.enum(v, k, "event", reviewEvents, &dst.Event) },
		"drafts": func(v *yaml.Node, k string) { d.boolean(v, k, &dst.Drafts) },
	})
}

func (d *decoder) summary(n *yaml.Node, key string, dst *Summary) {
	d.object(n, key, map[string]handler{
		"schedule":   func(v *yaml.Node, k string) { d.schedule(v, k, &dst.Schedule) },
		"timezone":   func(v *yaml.Node, k string) { d.timeZone(v, k, &dst.TimeZone) },
		"repository": func(v *yaml.Node, k string) { d.repository(v, k, &dst.Repository) },
		"skip_empty": func(v *yaml.Node, k string) { d.boolean(v, k, &dst.SkipEmpty) },
	})
}

func (d *decoder) schedule(n *yaml.Node, key string, dst *string) {
	s, ok := d.str(n, key, scheduleExpected)
	if !ok {
		return
	}
	if _, err := ParseSchedule(s); err != nil {
		d.errorf(n, key, "%v", err)
		return
	}
	*dst = strings.TrimSpace(s)
}

func (d *decoder) timeZone(n *yaml.Node, key string, dst *string) {
	s, ok := d.str(n, key, "a time zone name")
	if !ok {
		return
	}
	name := strings.TrimSpace(s)
	if name == "" || name == "Local" {
		d.errorf(n, key, `want a time zone name like "Europe/Berlin", got %q`, s)
		return
	}
	if _, err := time.LoadLocation(name); err != nil {
		d.errorf(n, key, `unknown time zone %q (want a name like "Europe/Berlin" or "UTC")`, s)
		return
	}
	*dst = name
}

func (d *decoder) repository(n *yaml.Node, key string, dst *string) {
	s, ok := d.str(n, key, `"owner/name"`)
	if !ok {
		return
	}
	s = strings.TrimSpace(s)
	_, name, _ := strings.Cut(s, "/")
	if s != "" && (!repositoryName().MatchString(s) || name == "." || name == "..") {
		d.errorf(n, key, `want "owner/name", got %q`, s)
		return
	}
	*dst = s
}

// indexPath decodes the path of the index file: a Markdown file inside
// the repository, written from its root ("./" or "/" first is dropped);
// empty turns the index off.
func (d *decoder) indexPath(n *yaml.Node, key string, dst *string) {
	s, ok := d.str(n, key, "a file path like postmortems/README.md")
	if !ok {
		return
	}
	p := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "./"), "/")
	clean := path.Clean(p)
	ext := strings.ToLower(path.Ext(clean))
	switch {
	case p == "":
		*dst = ""
	case strings.ContainsAny(p, "\\*?[{") || strings.HasSuffix(p, "/"):
		d.errorf(n, key, "want the path of one file, like postmortems/README.md, got %q", s)
	case clean == ".." || strings.HasPrefix(clean, "../") || strings.HasPrefix(clean, ".git/"):
		d.errorf(n, key, "want a path inside the repository, got %q", s)
	case ext != ".md" && ext != ".markdown":
		d.errorf(n, key, "want a Markdown file (.md), got %q", s)
	default:
		*dst = clean
	}
}
