// Package webhooktest gives tests GitHub's example webhook payloads
// (npm package @octokit/webhooks-examples, fetched by scripts/setup into
// .cache/github) and signed deliveries of them.
package webhooktest

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
)

// ExamplesFile is the examples' path relative to the module root.
const ExamplesFile = ".cache/github/webhooks-examples.json"

// RequireEnv, set to 1, turns a missing fixture into a test failure
// instead of a skip (CI sets it).
const RequireEnv = "POSTMORTEM_BOT_REQUIRE_FIXTURES"

// Example is one example payload of an event.
type Example struct {
	Event  string // the X-GitHub-Event value, e.g. "pull_request"
	Action string // the payload's action, "" if it has none
	Name   string // event/index-action, unique within the file
	Body   []byte // the JSON payload, fixed to parse with go-github v62
}

// entry is one event of the examples file.
type entry struct {
	Name     string            `json:"name"`
	Actions  []string          `json:"actions"`
	Examples []json.RawMessage `json:"examples"`
}

var (
	loadOnce sync.Once
	loaded   []entry
	loadErr  error
)

// Root is the module root: the nearest directory above the working
// directory holding go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Fixture returns the path of a file fetched by scripts/setup, relative
// to the module root. A missing file skips the test, or fails it when
// POSTMORTEM_BOT_REQUIRE_FIXTURES=1.
func Fixture(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Root(t), filepath.FromSlash(rel))
	_, err := os.Stat(p)
	switch {
	case err == nil:
		return p
	case !errors.Is(err, fs.ErrNotExist):
		t.Fatal(err)
	case os.Getenv(RequireEnv) == "1":
		t.Fatalf("%s missing (required by %s=1): run scripts/setup", rel, RequireEnv)
	default:
		t.Skipf("%s missing: run scripts/setup", rel)
	}
	return ""
}

// entries loads the examples file once per test binary.
func entries(t testing.TB) []entry {
	t.Helper()
	path := Fixture(t, ExamplesFile)
	loadOnce.Do(func() {
		data, err := os.ReadFile(path)
		if err == nil {
			err = json.Unmarshal(data, &loaded)
		}
		if err != nil {
			loadErr = fmt.Errorf("loading %s: %w", path, err)
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// Events lists the event names the examples file has examples of.
func Events(t testing.TB) []string {
	t.Helper()
	var names []string
	for _, e := range entries(t) {
		names = append(names, e.Name)
	}
	return names
}

// Examples returns every example of event; the test fails if there are none.
func Examples(t testing.TB, event string) []Example {
	t.Helper()
	for _, e := range entries(t) {
		if e.Name == event && len(e.Examples) > 0 {
			return examples(t, e)
		}
	}
	t.Fatalf("no examples of %q in %s", event, ExamplesFile)
	return nil
}

// examples turns an entry's payloads into Examples.
func examples(t testing.TB, e entry) []Example {
	t.Helper()
	out := make([]Example, 0, len(e.Examples))
	for i, raw := range e.Examples {
		var head struct {
			Action string `json:"action"`
		}
		if err := json.Unmarshal(raw, &head); err != nil {
			t.Fatalf("%s example %d: %v", e.Name, i, err)
		}
		name := fmt.Sprintf("%s/%d-%s", e.Name, i, head.Action)
		out = append(out, Example{Event: e.Name, Action: head.Action, Name: name, Body: fix(raw)})
	}
	return out
}

// bareTime is a timestamp without zone (check_run rerequested examples
// have "2018-04-25 20:42:10"), which go-github v62 cannot decode.
var bareTime = regexp.MustCompile(`"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})"`)

// fix rewrites what go-github cannot decode: bare timestamps become
// RFC 3339 in UTC.
func fix(raw []byte) []byte {
	return bareTime.ReplaceAll(bytes.Clone(raw), []byte(`"${1}T${2}Z"`))
}

// Sign is the X-Hub-Signature-256 value of body under secret.
func Sign(secret, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// NewDeliveryID returns a random delivery id in GitHub's UUID form.
func NewDeliveryID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// Request builds a signed delivery of body as GitHub sends it, with a new
// delivery id.
func Request(t testing.TB, url string, secret []byte, event string, body []byte) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "GitHub-Hookshot/webhooktest")
	req.Header.Set("X-GitHub-Event", event)
	req.Header.Set("X-GitHub-Delivery", NewDeliveryID())
	req.Header.Set("X-Hub-Signature-256", Sign(secret, body))
	return req
}

// Delivery posts a signed delivery of body to url and returns the
// response; its body is closed when the test ends.
func Delivery(t testing.TB, url string, secret []byte, event string, body []byte) *http.Response {
	t.Helper()
	resp, err := http.DefaultClient.Do(Request(t, url, secret, event, body))
	if err != nil {
		t.Fatalf("delivering %s to %s: %v", event, url, err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}
