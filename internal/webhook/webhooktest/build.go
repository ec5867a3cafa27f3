package webhooktest

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// MergedPullRequest is a pull_request "closed" payload of a merged pull
// request, which the examples lack: their closed example with merged,
// merged_at and merged_by filled in.
func MergedPullRequest(t testing.TB) []byte {
	t.Helper()
	return Edit(t, First(t, "pull_request", "closed").Body, func(p map[string]any) {
		pr := p["pull_request"].(map[string]any)
		pr["merged"] = true
		pr["merged_at"] = pr["closed_at"]
		pr["merged_by"] = p["sender"]
	})
}

// ClosedIssue is an issues "closed" payload, which the examples lack:
// their reopened example, closed as completed when it was last updated.
func ClosedIssue(t testing.TB) []byte {
	t.Helper()
	return Edit(t, First(t, "issues", "reopened").Body, func(p map[string]any) {
		p["action"] = "closed"
		issue := p["issue"].(map[string]any)
		issue["state"] = "closed"
		issue["state_reason"] = "completed"
		issue["closed_at"] = issue["updated_at"]
	})
}

// PullRequestOfSize is the first pull_request "opened" example with its
// description padded so that the payload is size bytes (or a little more
// if the example is already larger).
func PullRequestOfSize(t testing.TB, size int) []byte {
	t.Helper()
	body := First(t, "pull_request", "opened").Body
	pad := size - len(body)
	return Edit(t, body, func(p map[string]any) {
		pr := p["pull_request"].(map[string]any)
		text, _ := pr["body"].(string)
		pr["body"] = text + strings.Repeat("Lorem ipsum dolor sit amet. ", max(pad, 0)/28+1)[:max(pad, 0)]
	})
}

// First returns the first example of event with action.
func First(t testing.TB, event, action string) Example {
	t.Helper()
	for _, ex := range Examples(t, event) {
		if ex.Action == action {
			return ex
		}
	}
	t.Fatalf("no %s %q example in %s", event, action, ExamplesFile)
	return Example{}
}

// Edit decodes a JSON object, lets change edit it and encodes it again.
// Numbers keep their exact digits; keys come out sorted.
func Edit(t testing.TB, body []byte, change func(map[string]any)) []byte {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var p map[string]any
	if err := dec.Decode(&p); err != nil {
		t.Fatalf("decoding payload: %v", err)
	}
	change(p)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		t.Fatalf("encoding payload: %v", err)
	}
	return bytes.TrimSuffix(out.Bytes(), []byte("\n"))
}

// PointAt makes an example payload name owner/repo, with main as its
// default branch, and installation id.
func PointAt(p map[string]any, owner, repo string, installation int64) {
	r := p["repository"].(map[string]any)
	r["name"], r["full_name"], r["default_branch"] = repo, owner+"/"+repo, "main"
	r["owner"].(map[string]any)["login"] = owner
	p["installation"] = map[string]any{"id": json.Number(strconv.FormatInt(installation, 10))}
}
