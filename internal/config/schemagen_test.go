package config

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// The JSON Schema of .github/postmortem.yml, for editors, is generated
// here from the configuration code: the lists of words the decoder
// accepts, its limits and Default(); descriptions come from the
// deployment guide's table of keys. `go test ./internal/config -run
// SchemaFile -update` rewrites it.

// schemaFile is the published schema, relative to the module root, and
// schemaURL where editors fetch it.
const (
	schemaFile = "schema/postmortem.schema.json"
	schemaURL  = "https://raw.githubusercontent.com/postmortem-bot/postmortem-bot/main/schema/postmortem.schema.json"
	guideFile  = "docs/deployment.md"
)

type js = map[string]any

// schemaGen builds the schema; meaning holds the guide's description of
// each key by its dotted path.
type schemaGen struct {
	meaning  map[string]string
	defaults map[string]any
}

func newSchemaGen(t *testing.T) *schemaGen {
	d := Default()
	return &schemaGen{meaning: guideMeanings(t), defaults: map[string]any{
		"paths": d.Paths, "exclude": d.Exclude, "required_fields": d.RequiredFields,
		"fail_on": d.FailOn, "timeline.max_meeting_delay": d.Timeline.MaxMeetingDelay.String(),
		"labels.action": d.Labels.Action, "labels.severity_prefix": d.Labels.SeverityPrefix,
		"labels.priority_prefix": d.Labels.PriorityPrefix, "milestones.policy": d.Milestones.Policy,
		"milestones.create": d.Milestones.Create, "due_days": d.DueDays, "write_back": d.WriteBack,
		"dry_run": d.DryRun, "review.event": d.Review.Event, "review.drafts": d.Review.Drafts,
		"summary.schedule": d.Summary.Schedule, "summary.timezone": d.Summary.TimeZone,
		"summary.skip_empty": d.Summary.SkipEmpty, "index": d.Index,
		"language.model": d.Language.Model,
	}}
}

// guideMeanings reads the guide's table of keys: key to meaning, without
// Markdown.
func guideMeanings(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", guideFile))
	if err != nil {
		t.Fatal(err)
	}
	_, table, _ := strings.Cut(string(data), "\n## Repository configuration\n")
	out := map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		if len(cells) == 3 && strings.HasPrefix(cells[0], " `") {
			key := strings.Trim(cells[0], " `")
			out[key] = strings.TrimSpace(strings.ReplaceAll(cells[2], "`", ""))
		}
		if strings.HasPrefix(line, "## ") {
			break
		}
	}
	return out
}

// leaf finishes a setting's schema: its description from the guide, its
// default, and null allowed (a setting left empty keeps its default).
func (g *schemaGen) leaf(t *testing.T, key string, s js) js {
	t.Helper()
	desc, ok := g.meaning[key]
	if !ok {
		t.Fatalf("%s: the guide's table has no row for %s", guideFile, key)
	}
	s["description"] = desc
	if v, ok := g.defaults[key]; ok {
		s["default"] = v
	}
	return orNull(s)
}

// orNull lets a setting be null too.
func orNull(s js) js {
	if typ, ok := s["type"].(string); ok {
		s["type"] = []string{typ, "null"}
		return s
	}
	if any, ok := s["anyOf"].([]any); ok {
		s["anyOf"] = append(any, js{"type": "null"})
	}
	return s
}

// object is a mapping of known settings.
func object(desc string, props js) js {
	return js{"type": "object", "description": desc, "additionalProperties": false, "properties": props}
}

func str() js             { return js{"type": "string"} }
func boolean() js         { return js{"type": "boolean"} }
func listOf(items js) js  { return js{"type": "array", "items": items} }
func nonBlank() js        { return js{"type": "string", "pattern": `\S`} }
func pattern(p string) js { return js{"type": "string", "pattern": p} }
func mapOf(names, values js) js {
	return js{"type": "object", "propertyNames": names, "additionalProperties": values}
}

// words is one of a few words, which the decoder reads without regard to
// case or surrounding space: editors offer the words, and accept any case.
func words(values ...string) js {
	return js{"anyOf": []any{js{"enum": values}, pattern(caseless(values))}}
}

// caseless is a pattern matching any of values in any case, with space
// around.
func caseless(values []string) string {
	alts := make([]string, len(values))
	for i, v := range values {
		var b strings.Builder
		for _, r := range v {
			if lo, up := unicode.ToLower(r), unicode.ToUpper(r); lo != up {
				b.WriteString("[" + string(lo) + string(up) + "]")
			} else {
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
		}
		alts[i] = b.String()
	}
	return `^\s*(?:` + strings.Join(alts, "|") + `)\s*$`
}

// severityWords are the spellings lint.ParseSeverity reads.
var severityWords = []string{"notice", "warning", "error", "info", "warn"}

// durationPattern is what ParseDuration reads: days, a Go duration, or
// days then a Go duration.
const durationPattern = `^\s*(?:\d+d(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))*|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)\s*$`

func (g *schemaGen) schema(t *testing.T) js {
	leaf := func(key string, s js) js { return g.leaf(t, key, s) }
	field := words(fieldKeys...)
	phrase := js{"anyOf": []any{nonBlank(), object("a phrase with its own message and rewrite", js{
		"phrase":  js{"type": "string", "pattern": `\S`, "description": "the phrase to flag"},
		"message": js{"type": "string", "description": "why it is flagged"},
		"replace": js{"type": "string", "description": "the suggested rewrite"},
	})}}
	phrase["anyOf"].([]any)[1].(js)["required"] = []string{"phrase"}
	patterns := js{"anyOf": []any{nonBlank(), js{"type": "array", "minItems": 1, "items": nonBlank()}}}
	check := object("a check in the form of the built-in ones", js{
		"rule": str(), "match": patterns, "unless": patterns, "unless_before": patterns, "unless_near": patterns,
		"at_clause_start": boolean(), "at_sentence_start": boolean(), "needs_person_before": boolean(),
		"message": str(), "rewrite": str(), "replace": str(),
		"structure": js{"type": "string", "enum": []string{"person-subject"}},
	})
	check["anyOf"] = []any{js{"required": []string{"match"}}, js{"required": []string{"structure"}}}
	rule := `^(?:` + strings.Join(ruleFamilies, "|") + `)(?:/` + strings.Trim(ruleName().String(), "^$") + `)?$`
	repo := `^\s*(?:` + strings.Trim(repositoryName().String(), "^$") + `)?\s*$`
	return js{
		"$schema":              "http://json-schema.org/draft-07/schema#",
		"$id":                  schemaURL,
		"title":                "postmortem-bot configuration",
		"description":          "A repository's .github/postmortem.yml: which files are post-mortems, how they are reviewed, and what the app does with their actions. Every key is optional.",
		"type":                 []string{"object", "null"},
		"additionalProperties": false,
		"properties": js{
			"paths":           leaf("paths", listOf(nonBlank())),
			"exclude":         leaf("exclude", listOf(nonBlank())),
			"required_fields": leaf("required_fields", listOf(field)),
			"sections":        leaf("sections", mapOf(field, js{"type": "array", "minItems": 1, "items": nonBlank()})),
			"fields":          leaf("fields", mapOf(words(postmortem.FieldKeys...), js{"type": "array", "minItems": 1, "items": nonBlank()})),
			"language": orNull(object("tunes the language rules", js{
				"allow":   leaf("language.allow", listOf(nonBlank())),
				"phrases": leaf("language.phrases", listOf(phrase)),
				"words":   leaf("language.words", mapOf(pattern(`^[a-z][a-z0-9-]*$`), listOf(nonBlank()))),
				"checks":  leaf("language.checks", listOf(check)),
				"model":   leaf("language.model", words(languageModelModes...)),
			})),
			"rules":    leaf("rules", mapOf(pattern(rule), words(append([]string{"off"}, severityWords...)...))),
			"fail_on":  leaf("fail_on", words(severityWords...)),
			"timeline": orNull(object("tunes the timeline rules", js{"max_meeting_delay": leaf("timeline.max_meeting_delay", pattern(durationPattern))})),
			"labels": orNull(object("the labels put on action issues", js{
				"action":          leaf("labels.action", js{"type": "string", "pattern": `\S`, "maxLength": maxLabelLength}),
				"severity_prefix": leaf("labels.severity_prefix", str()),
				"priority_prefix": leaf("labels.priority_prefix", str()),
			})),
			"milestones": orNull(object("which milestone action issues go into", js{
				"policy": leaf("milestones.policy", words(milestonePolicy...)),
				"create": leaf("milestones.create", boolean()),
			})),
			"due_days":   leaf("due_days", mapOf(pattern(`\S`), js{"type": "integer", "minimum": 0, "maximum": maxDueDays})),
			"write_back": leaf("write_back", words(writeBackModes...)),
			"dry_run":    leaf("dry_run", boolean()),
			"index":      leaf("index", pattern(`^\s*$|^[^\\*?\[{]*[^/\\*?\[{]\.(?:[mM][dD]|[mM][aA][rR][kK][dD][oO][wW][nN])\s*$`)),
			"review": orNull(object("the review of pull requests that add or change post-mortems", js{
				"event":  leaf("review.event", words(reviewEvents...)),
				"drafts": leaf("review.drafts", boolean()),
			})),
			"summary": orNull(object("the weekly summary of open actions", js{
				"schedule":   leaf("summary.schedule", nonBlank()),
				"timezone":   leaf("summary.timezone", nonBlank()),
				"repository": leaf("summary.repository", pattern(repo)),
				"skip_empty": leaf("summary.skip_empty", boolean()),
			})),
		},
	}
}

// generatedSchema is the schema as the file holds it: indented by two
// spaces, keys sorted, a final newline.
func generatedSchema(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(newSchemaGen(t).schema(t)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
