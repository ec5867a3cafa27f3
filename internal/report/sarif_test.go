package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// sarifDoc is the part of a SARIF log the tests read.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string           `json:"name"`
				InformationURI string           `json:"informationUri"`
				Version        string           `json:"version"`
				Rules          []map[string]any `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful *bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []sarifLocation `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations           []sarifLocation   `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
		} `json:"results"`
		ColumnKind string `json:"columnKind"`
	} `json:"runs"`
}

func renderSARIF(t *testing.T, files []File, rules []lint.RuleInfo) (sarifDoc, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, files, rules, "1.2.3"); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(buf.Bytes()) {
		t.Fatalf("not valid JSON:\n%s", buf.Bytes())
	}
	var doc sarifDoc
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(doc.Runs))
	}
	return doc, buf.Bytes()
}

func TestSARIFLog(t *testing.T) {
	doc, _ := renderSARIF(t, sampleFiles(), sampleRules())
	if doc.Schema != "https://json.schemastore.org/sarif-2.1.0.json" || doc.Version != "2.1.0" {
		t.Errorf("$schema %q, version %q", doc.Schema, doc.Version)
	}
	run := doc.Runs[0]
	d := run.Tool.Driver
	if d.Name != "postmortem-bot" || d.InformationURI != "https://github.com/postmortem-bot/postmortem-bot" || d.Version != "1.2.3" {
		t.Errorf("driver = %q %q %q", d.Name, d.InformationURI, d.Version)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
}

func TestSARIFRules(t *testing.T) {
	doc, _ := renderSARIF(t, sampleFiles(), sampleRules())
	rules := doc.Runs[0].Tool.Driver.Rules
	want := []map[string]any{
		{"id": "fields/missing", "name": "FieldsMissing",
			"shortDescription":     map[string]any{"text": "A required field is missing or empty."},
			"fullDescription":      map[string]any{"text": "Readers need the basics."},
			"defaultConfiguration": map[string]any{"level": "warning"}},
		{"id": "content/secret", "name": "ContentSecret",
			"shortDescription":     map[string]any{"text": "A secret was pasted."},
			"fullDescription":      map[string]any{"text": "Post-mortems are widely read."},
			"defaultConfiguration": map[string]any{"level": "error"}},
		{"id": "language/blame", "name": "LanguageBlame",
			"shortDescription":     map[string]any{"text": "Blaming language."},
			"fullDescription":      map[string]any{"text": "Blame stops people telling what happened."},
			"defaultConfiguration": map[string]any{"level": "error"}},
		{"id": "timeline/out-of-order", "name": "TimelineOutOfOrder",
			"shortDescription":     map[string]any{"text": "Timeline out of order."},
			"fullDescription":      map[string]any{"text": "A timeline is read top to bottom."},
			"defaultConfiguration": map[string]any{"level": "note"}},
		{"id": "language/custom"}, // named by a finding only
	}
	if !reflect.DeepEqual(rules, want) {
		t.Errorf("rules\n%v\nwant\n%v", rules, want)
	}
}

func TestSARIFResults(t *testing.T) {
	files := sampleFiles()
	doc, _ := renderSARIF(t, files, sampleRules())
	run := doc.Runs[0]
	var fds []lint.Finding
	var uris []string
	for _, f := range files {
		for _, fd := range f.Findings {
			fds = append(fds, fd)
			uris = append(uris, artifactFor(f.Path).URI)
		}
	}
	if len(run.Results) != len(fds) {
		t.Fatalf("got %d results, want %d", len(run.Results), len(fds))
	}
	levels := map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Notice: "note"}
	for i, r := range run.Results {
		fd := fds[i]
		if r.RuleIndex == nil || *r.RuleIndex < 0 || *r.RuleIndex >= len(run.Tool.Driver.Rules) {
			t.Fatalf("result %d: ruleIndex %v out of range", i, r.RuleIndex)
		}
		if id := run.Tool.Driver.Rules[*r.RuleIndex]["id"]; r.RuleID != fd.Rule || id != fd.Rule {
			t.Errorf("result %d: ruleId %q, rules[ruleIndex].id %q, want %q", i, r.RuleID, id, fd.Rule)
		}
		if r.Level != levels[fd.Severity] {
			t.Errorf("result %d: level %q, want %q", i, r.Level, levels[fd.Severity])
		}
		if len(r.Locations) != 1 {
			t.Fatalf("result %d: %d locations", i, len(r.Locations))
		}
		pl := r.Locations[0].PhysicalLocation
		if pl.ArtifactLocation != (sarifArtifact{URI: uris[i], URIBaseID: "%SRCROOT%"}) {
			t.Errorf("result %d: artifactLocation %+v", i, pl.ArtifactLocation)
		}
		wantRegion := sarifRegion{StartLine: fd.Line, StartColumn: fd.Column, EndLine: fd.EndLine, EndColumn: fd.EndColumn + 1}
		if pl.Region == nil || *pl.Region != wantRegion {
			t.Errorf("result %d: region %+v, want %+v (endColumn exclusive)", i, pl.Region, wantRegion)
		}
		wantMsg := fd.Message
		if fd.Suggestion != "" {
			wantMsg += "\nSuggested: " + strings.TrimRight(fd.Suggestion, "\n")
		}
		if r.Message.Text != wantMsg {
			t.Errorf("result %d: message %q, want %q", i, r.Message.Text, wantMsg)
		}
	}
}

func TestSARIFURIs(t *testing.T) {
	tests := []struct {
		path string
		want sarifArtifact
	}{
		{"a.md", sarifArtifact{"a.md", "%SRCROOT%"}},
		{"./docs//a.md", sarifArtifact{"docs/a.md", "%SRCROOT%"}},
		{"weird dir/50%, a:b/café.md", sarifArtifact{"weird%20dir/50%25,%20a%3Ab/caf%C3%A9.md", "%SRCROOT%"}},
		{"a:b.md", sarifArtifact{"a%3Ab.md", "%SRCROOT%"}},
		{"q?#[x].md", sarifArtifact{"q%3F%23%5Bx%5D.md", "%SRCROOT%"}},
		{"new\nline.md", sarifArtifact{"new%0Aline.md", "%SRCROOT%"}},
		{"/abs/dir/a b.md", sarifArtifact{URI: "file:///abs/dir/a%20b.md"}},
	}
	for _, tt := range tests {
		if runtime.GOOS == "windows" && strings.HasPrefix(tt.path, "/") {
			continue // not absolute there
		}
		if got := artifactFor(tt.path); got != tt.want {
			t.Errorf("artifactFor(%q) = %+v, want %+v", tt.path, got, tt.want)
		}
	}
}

func TestCamelCase(t *testing.T) {
	tests := map[string]string{
		"language/blame":        "LanguageBlame",
		"timeline/out-of-order": "TimelineOutOfOrder",
		"content/secret_key":    "ContentSecretKey",
		"actions/no-owner2":     "ActionsNoOwner2",
		"x":                     "X",
		"":                      "",
	}
	for in, want := range tests {
		if got := camelCase(in); got != want {
			t.Errorf("camelCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSARIFRegion(t *testing.T) {
	tests := []struct {
		name string
		fd   lint.Finding
		want *sarifRegion
	}{
		{"one character", lint.Finding{Line: 2, Column: 4, EndLine: 2, EndColumn: 4}, &sarifRegion{2, 4, 2, 5}},
		{"spans lines", lint.Finding{Line: 2, Column: 4, EndLine: 5, EndColumn: 1}, &sarifRegion{2, 4, 5, 2}},
		{"line only", lint.Finding{Line: 7}, &sarifRegion{StartLine: 7}},
		{"unknown line", lint.Finding{}, nil},
	}
	for _, tt := range tests {
		if got := regionFor(tt.fd); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: regionFor = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestSARIFFingerprints(t *testing.T) {
	at := func(line int) lint.Finding {
		return lint.Finding{Rule: "language/blame", Severity: lint.Error, Line: line, Column: 1, EndLine: line, EndColumn: 3, Message: "blame"}
	}
	fingerprints := func(fds ...lint.Finding) []string {
		doc, _ := renderSARIF(t, []File{{Path: "a.md", Findings: fds}}, nil)
		var out []string
		for _, r := range doc.Runs[0].Results {
			out = append(out, r.PartialFingerprints["postmortemBot/v1"])
		}
		return out
	}
	before := fingerprints(at(3), at(9))
	after := fingerprints(at(5), at(12)) // lines moved
	if !reflect.DeepEqual(before, after) {
		t.Errorf("fingerprints changed when lines moved: %v then %v", before, after)
	}
	if before[0] == before[1] || before[0] == "" {
		t.Errorf("fingerprints of two results should differ: %v", before)
	}
	other := fingerprints(lint.Finding{Rule: "language/blame", Line: 3, Message: "other"})
	if other[0] == before[0] {
		t.Errorf("a different message gave the same fingerprint %q", other[0])
	}
}

func TestSARIFInvocation(t *testing.T) {
	doc, _ := renderSARIF(t, sampleFiles(), sampleRules())
	inv := doc.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful == nil || *inv[0].ExecutionSuccessful {
		t.Fatalf("invocations = %+v, want one with executionSuccessful false", inv)
	}
	n := inv[0].Notifications
	if len(n) != 1 || n[0].Level != "error" || n[0].Message.Text != "open missing.md: no such file or directory" ||
		len(n[0].Locations) != 1 || n[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "missing.md" {
		t.Errorf("notifications = %+v", n)
	}

	doc, raw := renderSARIF(t, []File{{Path: "ok.md"}}, nil)
	inv = doc.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful == nil || !*inv[0].ExecutionSuccessful || inv[0].Notifications != nil {
		t.Errorf("invocations = %+v, want one successful, without notifications", inv)
	}
	for _, want := range []string{`"results": []`, `"rules": []`} {
		if !bytes.Contains(raw, []byte(want)) {
			t.Errorf("output lacks %s:\n%s", want, raw)
		}
	}
}
