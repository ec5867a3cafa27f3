package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/postmortem-bot/postmortem-bot/internal/schematest"
)

var update = flag.Bool("update", false, "rewrite "+schemaFile+" from the configuration code")

// The published schema is the one the configuration code generates.
func TestSchemaFileIsGenerated(t *testing.T) {
	got := generatedSchema(t)
	path := filepath.Join("..", "..", filepath.FromSlash(schemaFile))
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the configuration code generates: run go test ./internal/config -run SchemaFile -update", schemaFile)
	}
}

// loadSchema compiles the published schema and returns it with its
// decoded document.
func loadSchema(t *testing.T) (*jsonschema.Schema, js) {
	t.Helper()
	doc := schematest.Load(t, filepath.Join("..", "..", filepath.FromSlash(schemaFile)))
	m, ok := doc.(map[string]any)
	if !ok {
		t.Fatalf("%s: got %T, want an object", schemaFile, doc)
	}
	return schematest.Compile(t, doc), m
}

// objectSchemas calls fn with every object schema listing properties, by
// its path in the configuration ("" the root, "a.b", "a.list[]" for the
// items of a list).
func objectSchemas(s js, path string, fn func(path string, s js)) {
	if props, ok := s["properties"].(map[string]any); ok {
		fn(path, s)
		for name, p := range props {
			objectSchemas(p.(map[string]any), strings.TrimPrefix(path+"."+name, "."), fn)
		}
	}
	if items, ok := s["items"].(map[string]any); ok {
		objectSchemas(items, path+"[]", fn)
	}
	if alts, ok := s["anyOf"].([]any); ok {
		for _, a := range alts {
			objectSchemas(a.(map[string]any), path, fn)
		}
	}
}

// yamlAt writes YAML that puts value at a path as objectSchemas names it.
func yamlAt(path, value string) string {
	if path == "" {
		return value + "\n"
	}
	var b strings.Builder
	indent := ""
	for _, part := range strings.Split(path, ".") {
		name, list := strings.CutSuffix(part, "[]")
		b.WriteString(indent + name + ":\n")
		indent += "  "
		if list {
			b.WriteString(indent + "- ")
			indent += "  "
			value = strings.ReplaceAll(value, "\n", "\n"+indent)
			b.WriteString(value + "\n")
			return b.String()
		}
	}
	return b.String() + indent + strings.ReplaceAll(value, "\n", "\n"+indent) + "\n"
}

// knownKeys reads the keys the decoder knows at a place from its error
// for an unknown one: `unknown key "k" (want one of a, b)`.
var knownKeys = regexp.MustCompile(`^unknown key "zz_not_a_key" \(want one of (.*)\)$`)

// Every mapping of settings in the schema has exactly the keys the
// decoder knows there, as its errors for an unknown key list them.
func TestSchemaKeysAreTheDecoders(t *testing.T) {
	_, doc := loadSchema(t)
	seen := 0
	objectSchemas(doc, "", func(path string, s js) {
		seen++
		_, err := Parse([]byte(yamlAt(path, "zz_not_a_key: 1")))
		var known []string
		for _, e := range asErrors(err) {
			if m := knownKeys.FindStringSubmatch(e.Msg); m != nil {
				known = strings.Split(m[1], ", ")
			}
		}
		var props []string
		for name := range s["properties"].(map[string]any) {
			props = append(props, name)
		}
		slices.Sort(props)
		slices.Sort(known)
		if !slices.Equal(props, known) {
			t.Errorf("%q: the schema has %v, the decoder knows %v (%v)", path, props, known, err)
		}
	})
	if seen < 8 {
		t.Errorf("walked %d mappings of settings, want every one", seen)
	}
}

func asErrors(err error) Errors {
	var errs Errors
	errors.As(err, &errs)
	return errs
}

// Every default the schema states is the configuration's default: set to
// it, a setting leaves the configuration as Default() has it.
func TestSchemaDefaultsAreTheDefaults(t *testing.T) {
	_, doc := loadSchema(t)
	n := 0
	objectSchemas(doc, "", func(path string, s js) {
		for name, p := range s["properties"].(map[string]any) {
			def, ok := p.(map[string]any)["default"]
			if !ok {
				continue
			}
			n++
			value, _ := json.Marshal(def)
			src := yamlAt(path, name+": "+string(value))
			c, err := Parse([]byte(src))
			if err != nil || !reflect.DeepEqual(c, Default()) {
				t.Errorf("%s: got %+v, %v; want the defaults", strings.TrimSpace(src), c, err)
			}
		}
	})
	if n < 15 {
		t.Errorf("checked %d defaults, want every one", n)
	}
}

// validate checks a YAML configuration against the schema.
func validate(t *testing.T, schema *jsonschema.Schema, src string) error {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(src), &v); err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return schema.Validate(schematest.FromValue(t, v))
}

// configBlocks returns the YAML code blocks of a Markdown file whose
// top-level keys are all settings of the configuration.
func configBlocks(t *testing.T, rel string, keys map[string]any) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", rel))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	parts := strings.Split(string(data), "```yaml\n")
	for _, p := range parts[1:] {
		block, _, _ := strings.Cut(p, "```")
		var m map[string]any
		if yaml.Unmarshal([]byte(block), &m) != nil || len(m) == 0 {
			continue
		}
		all := true
		for k := range m {
			_, ok := keys[k]
			all = all && ok
		}
		if all {
			out = append(out, block)
		}
	}
	return out
}

// Every example configuration in the repository and its tests is one the
// decoder takes and the schema accepts: the README's and the guide's, the
// test configurations, every key of the guide's table left empty, and
// words in the cases the decoder reads.
func TestSchemaAcceptsEveryExample(t *testing.T) {
	schema, doc := loadSchema(t)
	keys := doc["properties"].(map[string]any)
	examples := []string{fullConfig, "", "# nothing\n", "labels:\n  action: pm-action\nsummary:\n  timezone: America/New_York\nlanguage:\n",
		"fail_on: WARNING\nwrite_back: ' Pull_Request '\nrules: {actions: Warn, language/blame: OFF}\nrequired_fields: [Title]\n",
		"summary:\n  repository: ''\ntimeline:\n  max_meeting_delay: 1d12h30m\n", "due_days: {SEV3: 0, P1: 3650}\n"}
	readme := configBlocks(t, "README.md", keys)
	guide := configBlocks(t, guideFile, keys)
	if len(readme) == 0 {
		t.Errorf("README.md: found no example configuration")
	}
	examples = append(append(examples, readme...), guide...)
	for key := range guideMeanings(t) {
		parent, name := "", key
		if i := strings.LastIndex(key, "."); i >= 0 {
			parent, name = key[:i], key[i+1:]
		}
		examples = append(examples, yamlAt(parent, name+": null"))
	}
	for _, src := range examples {
		if _, err := Parse([]byte(src)); err != nil {
			t.Errorf("Parse(%q): %v", src, err)
		}
		if err := validate(t, schema, src); err != nil {
			t.Errorf("schema on %q: %v", src, err)
		}
	}
}

// What the decoder refuses, the schema refuses where a schema can tell.
func TestSchemaRefusesWhatParseRefuses(t *testing.T) {
	schema, _ := loadSchema(t)
	for _, src := range []string{
		"pahts: [a.md]\n",
		"labels:\n  colour: red\n",
		"paths: postmortems/*.md\n",
		"paths: ['  ']\n",
		"dry_run: yes please\n",
		"due_days: {SEV1: -1}\n",
		"due_days: {SEV1: 3651}\n",
		"due_days: {SEV1: soon}\n",
		"write_back: push\n",
		"fail_on: fatal\n",
		"rules: {bogus/x: error}\n",
		"rules: {language/Blame: error}\n",
		"rules: {language: loud}\n",
		"required_fields: [nonsense]\n",
		"sections: {nonsense: [X]}\n",
		"sections: {remediation: []}\n",
		"fields: {commander: [Incident Commander]}\n",
		"fields: {end: []}\n",
		"language:\n  phrases:\n    - message: no phrase\n",
		"language:\n  phrases:\n    - phrase: x\n      colour: red\n",
		"labels:\n  action: " + strings.Repeat("x", maxLabelLength+1) + "\n",
		"timeline:\n  max_meeting_delay: soon\n",
		"milestones:\n  policy: whenever\n",
		"review:\n  event: approve\n",
		"summary:\n  repository: not a repository\n",
		"[a, b]\n",
	} {
		if _, err := Parse([]byte(src)); err == nil {
			t.Errorf("Parse(%q): got no error, want one", src)
		}
		if err := validate(t, schema, src); err == nil {
			t.Errorf("schema on %q: got valid, want refused", src)
		}
	}
}

// The README names the schema for editors, with the YAML language
// server's comment, at the address the schema gives as its own.
func TestREADMENamesTheSchema(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, doc := loadSchema(t)
	want := "# yaml-language-server: $schema=" + doc["$id"].(string) + "\n"
	if !strings.Contains(string(data), want) || !strings.HasSuffix(doc["$id"].(string), "/"+schemaFile) {
		t.Errorf("README.md: want the line %q naming %s", want, schemaFile)
	}
}
