// Package schematest compiles JSON Schemas and validates documents
// against them, for tests of the formats the program writes and reads.
package schematest

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Load reads a JSON document (a schema) from a file.
func Load(t testing.TB, path string) any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Decode(t, data)
}

// Decode reads a JSON document as the validator wants it.
func Decode(t testing.TB, data []byte) any {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decoding JSON: %v", err)
	}
	return doc
}

// FromValue converts a Go value (as yaml.v3 or encoding/json decode
// into) to a document for Validate, by way of its JSON.
func FromValue(t testing.TB, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding JSON: %v", err)
	}
	return Decode(t, data)
}

// Compile compiles schema, a decoded document; the draft is the one its
// $schema names.
func Compile(t testing.TB, schema any) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	const url = "mem:///schema.json"
	if err := c.AddResource(url, schema); err != nil {
		t.Fatalf("adding the schema: %v", err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compiling the schema: %v", err)
	}
	return s
}

// Closed returns a copy of a decoded schema in which every object schema
// that lists properties allows no others: a key the schema does not
// define is then an error, as a misspelt key should be.
func Closed(schema any) any {
	switch v := schema.(type) {
	case map[string]any:
		out := make(map[string]any, len(v)+1)
		for k, e := range v {
			out[k] = Closed(e)
		}
		if _, ok := v["properties"].(map[string]any); ok {
			out["additionalProperties"] = false
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = Closed(e)
		}
		return out
	}
	return schema
}
