package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// SARIF constants.
const (
	sarifSchema     = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion    = "2.1.0"
	toolName        = "postmortem-bot"
	toolURI         = "https://github.com/postmortem-bot/postmortem-bot"
	srcRoot         = "%SRCROOT%"
	fingerprintKey  = "postmortemBot/v1"
	columnKindRunes = "unicodeCodePoints"
)

// The SARIF subset written; field order is the key order.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		Results     []sarifResult     `json:"results"`
		ColumnKind  string            `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		Name                 string       `json:"name,omitempty"`
		ShortDescription     *sarifText   `json:"shortDescription,omitempty"`
		FullDescription      *sarifText   `json:"fullDescription,omitempty"`
		DefaultConfiguration *sarifConfig `json:"defaultConfiguration,omitempty"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

// SARIF writes files to w as a SARIF 2.1.0 log with one run, keeping to
// the subset GitHub code scanning documents. The driver lists rules in the
// order given, then any rule a finding names that rules lacks (with just
// its id), so every result's ruleIndex is valid. Levels are error, warning
// and note. A suggestion is added to the result's message as
// "\nSuggested: <text>". Artifact URIs are slash paths relative to
// %SRCROOT%, percent-escaped as URI references (absolute paths become file
// URIs). Regions count columns in code points (run.columnKind
// "unicodeCodePoints"); endColumn is exclusive, one past
// Finding.EndColumn. partialFingerprints["postmortemBot/v1"] hashes the
// rule, the URI and the message, then ":n" for the nth such result, so it
// survives lines moving. Files that could not be linted become error
// notifications in invocations[0], whose executionSuccessful is then false.
// toolVersion is left out when empty.
func SARIF(w io.Writer, files []File, rules []lint.RuleInfo, toolVersion string) error {
	descs, index := sarifRules(files, rules)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: toolName, InformationURI: toolURI, Version: toolVersion, Rules: descs,
		}},
		Invocations: []sarifInvocation{sarifInvocationFor(files)},
		Results:     sarifResults(files, index),
		ColumnKind:  columnKindRunes,
	}
	return encodeJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// sarifRules returns the rule descriptors and each rule id's index among
// them: rules first, then ids only findings name, in order of appearance.
func sarifRules(files []File, rules []lint.RuleInfo) ([]sarifRule, map[string]int) {
	descs := make([]sarifRule, 0, len(rules))
	index := make(map[string]int)
	for _, r := range rules {
		if _, dup := index[r.ID]; !dup {
			index[r.ID] = len(descs)
			descs = append(descs, sarifRuleFor(r))
		}
	}
	for _, f := range files {
		for _, fd := range f.Findings {
			if _, ok := index[fd.Rule]; !ok {
				index[fd.Rule] = len(descs)
				descs = append(descs, sarifRule{ID: fd.Rule})
			}
		}
	}
	return descs, index
}

// sarifRuleFor describes a known rule.
func sarifRuleFor(r lint.RuleInfo) sarifRule {
	d := sarifRule{
		ID:                   r.ID,
		Name:                 camelCase(r.ID),
		DefaultConfiguration: &sarifConfig{Level: sarifLevel(r.Severity)},
	}
	if r.Summary != "" {
		d.ShortDescription = &sarifText{Text: r.Summary}
	}
	if r.Why != "" {
		d.FullDescription = &sarifText{Text: r.Why}
	}
	return d
}

// camelCase turns "language/blame-word" into "LanguageBlameWord".
func camelCase(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		rs := []rune(part)
		b.WriteRune(unicode.ToUpper(rs[0]))
		b.WriteString(string(rs[1:]))
	}
	return b.String()
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// sarifInvocationFor reports the files that could not be linted.
func sarifInvocationFor(files []File) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, f := range files {
		if f.Err == nil {
			continue
		}
		inv.ExecutionSuccessful = false
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:     "error",
			Message:   sarifText{Text: f.Err.Error()},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifactFor(f.Path)}}},
		})
	}
	return inv
}

// sarifResults converts every finding, in order.
func sarifResults(files []File, index map[string]int) []sarifResult {
	results := []sarifResult{}
	seen := make(map[string]int) // fingerprint hash -> occurrences so far
	for _, f := range files {
		art := artifactFor(f.Path)
		for _, fd := range f.Findings {
			h := fingerprintHash(fd.Rule, art.URI, fd.Message)
			seen[h]++
			results = append(results, sarifResultFor(fd, art, index[fd.Rule], fmt.Sprintf("%s:%d", h, seen[h])))
		}
	}
	return results
}

// sarifResultFor converts one finding.
func sarifResultFor(fd lint.Finding, art sarifArtifact, ruleIndex int, fingerprint string) sarifResult {
	msg := fd.Message
	if fd.Suggestion != "" {
		msg += "\nSuggested: " + trimNewline(fd.Suggestion)
	}
	return sarifResult{
		RuleID:    fd.Rule,
		RuleIndex: ruleIndex,
		Level:     sarifLevel(fd.Severity),
		Message:   sarifText{Text: msg},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
			ArtifactLocation: art,
			Region:           regionFor(fd),
		}}},
		PartialFingerprints: map[string]string{fingerprintKey: fingerprint},
	}
}

// regionFor returns the finding's region with an exclusive end column, or
// nil when its line is not known.
func regionFor(fd lint.Finding) *sarifRegion {
	if fd.Line <= 0 {
		return nil
	}
	r := &sarifRegion{StartLine: fd.Line}
	if fd.Column > 0 {
		r.StartColumn = fd.Column
	}
	if fd.EndLine >= fd.Line {
		r.EndLine = fd.EndLine
		if fd.EndColumn > 0 {
			r.EndColumn = fd.EndColumn + 1
		}
	}
	return r
}

// fingerprintHash hashes what identifies a result regardless of where in
// the file it sits.
func fingerprintHash(rule, uri, message string) string {
	sum := sha256.Sum256([]byte(rule + "\x00" + uri + "\x00" + message))
	return hex.EncodeToString(sum[:16])
}

// artifactFor returns the artifact location of a path: relative to
// %SRCROOT% when relative, a file URI when absolute.
func artifactFor(p string) sarifArtifact {
	s := filepath.ToSlash(p)
	if filepath.IsAbs(p) {
		return sarifArtifact{URI: fileURI(s)}
	}
	return sarifArtifact{URI: escapeURIPath(path.Clean(s), false), URIBaseID: srcRoot}
}

// fileURI turns an absolute slash path ("/a/b", "C:/a", "//host/share")
// into a file URI.
func fileURI(s string) string {
	switch {
	case strings.HasPrefix(s, "//"):
		return "file:" + escapeURIPath(s, true)
	case strings.HasPrefix(s, "/"):
		return "file://" + escapeURIPath(s, true)
	}
	return "file:///" + escapeURIPath(s, true)
}

// escapeURIPath percent-escapes every byte of s that may not stand for
// itself in a URI path: all but unreserved characters, sub-delims, "@", "/"
// and, when colon is true, ":". A colon is escaped in relative references
// so that a first segment such as "a:b" is not read as a scheme.
func escapeURIPath(s string, colon bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if keepInPath(c) || (colon && c == ':') {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// keepInPath reports whether c stands for itself in a URI path segment.
func keepInPath(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&'()*+,;=@/", c) >= 0
}
