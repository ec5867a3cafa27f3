package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// contract mirrors the `lint --format json` output in DESIGN.md.
type contract struct {
	Files []struct {
		Path     string `json:"path"`
		Findings []struct {
			Rule       string `json:"rule"`
			Severity   string `json:"severity"`
			Line       int    `json:"line"`
			Column     int    `json:"column"`
			EndLine    int    `json:"end_line"`
			EndColumn  int    `json:"end_column"`
			Message    string `json:"message"`
			Suggestion string `json:"suggestion"`
		} `json:"findings"`
		Error *string `json:"error"`
	} `json:"files"`
}

func renderJSON(t *testing.T, files []File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := JSON(&buf, files); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestJSONRoundTrip(t *testing.T) {
	files := sampleFiles()
	dec := json.NewDecoder(bytes.NewReader(renderJSON(t, files)))
	dec.DisallowUnknownFields()
	var got contract
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Files) != len(files) {
		t.Fatalf("got %d files, want %d", len(got.Files), len(files))
	}
	for i, f := range files {
		g := got.Files[i]
		if g.Path != f.Path {
			t.Errorf("file %d: path %q, want %q", i, g.Path, f.Path)
		}
		if (g.Error != nil) != (f.Err != nil) || (f.Err != nil && *g.Error != f.Err.Error()) {
			t.Errorf("file %d: error %v, want %v", i, g.Error, f.Err)
		}
		if g.Findings == nil || len(g.Findings) != len(f.Findings) {
			t.Fatalf("file %d: findings %v, want %d", i, g.Findings, len(f.Findings))
		}
		for j, fd := range f.Findings {
			want := []any{fd.Rule, fd.Severity.String(), fd.Line, fd.Column, fd.EndLine, fd.EndColumn, fd.Message, fd.Suggestion}
			gf := g.Findings[j]
			have := []any{gf.Rule, gf.Severity, gf.Line, gf.Column, gf.EndLine, gf.EndColumn, gf.Message, gf.Suggestion}
			if !reflect.DeepEqual(have, want) {
				t.Errorf("file %d finding %d: got %v, want %v", i, j, have, want)
			}
		}
	}
}

// objectKeys returns the keys of every JSON object in data, one slice per
// object, objects in the order they open.
func objectKeys(t *testing.T, data []byte) [][]string {
	t.Helper()
	var all [][]string
	if err := collectKeys(json.NewDecoder(bytes.NewReader(data)), &all); err != nil {
		t.Fatal(err)
	}
	return all
}

// collectKeys reads one JSON value from dec, appending its objects' keys.
func collectKeys(dec *json.Decoder, all *[][]string) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	i := len(*all)
	if d == '{' {
		*all = append(*all, nil)
	}
	for dec.More() {
		if d == '{' {
			key, err := dec.Token()
			if err != nil {
				return err
			}
			(*all)[i] = append((*all)[i], key.(string))
		}
		if err := collectKeys(dec, all); err != nil {
			return err
		}
	}
	_, err = dec.Token() // the closing delimiter
	return err
}

func TestJSONKeyOrder(t *testing.T) {
	keys := objectKeys(t, renderJSON(t, sampleFiles()))
	finding := []string{"rule", "severity", "line", "column", "end_line", "end_column", "message", "suggestion"}
	want := [][]string{
		{"files"},
		{"path", "findings"}, finding, finding, finding,
		{"path", "findings"}, finding,
		{"path", "findings", "error"},
		{"path", "findings"},
	}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys\n%v\nwant\n%v", keys, want)
	}
}

func TestJSONEmpty(t *testing.T) {
	tests := []struct {
		name  string
		files []File
		want  string
	}{
		{"no files", nil, "{\n  \"files\": []\n}\n"},
		{"clean file", []File{{Path: "a.md"}}, "{\n  \"files\": [\n    {\n      \"path\": \"a.md\",\n      \"findings\": []\n    }\n  ]\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(renderJSON(t, tt.files)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestJSONMatchesEncoder: the report written a file at a time is what
// encoding/json writes for the whole document at once.
func TestJSONMatchesEncoder(t *testing.T) {
	for _, files := range [][]File{nil, sampleFiles()} {
		whole := struct {
			Files []jsonFile `json:"files"`
		}{Files: []jsonFile{}}
		for _, f := range files {
			whole.Files = append(whole.Files, toJSONFile(f))
		}
		var want bytes.Buffer
		if err := encodeJSON(&want, whole); err != nil {
			t.Fatal(err)
		}
		if got := renderJSON(t, files); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("got\n%s\nwant\n%s", got, want.Bytes())
		}
	}
}
