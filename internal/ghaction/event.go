package ghaction

import (
	"encoding/json"
	"fmt"
	"os"
)

// PullRequest is what an action needs of a pull request event's payload.
type PullRequest struct {
	Number  int
	BaseSHA string // the base branch's commit when the event happened
	HeadSHA string
}

// PullRequest reads the pull request from the event payload; nil when the
// event is not about one (a push, a schedule, a manual run).
func (r Runtime) PullRequest() (*PullRequest, error) {
	if r.EventPath == "" {
		return nil, nil
	}
	data, err := os.ReadFile(r.EventPath)
	if err != nil {
		return nil, fmt.Errorf("reading the event payload: %w", err)
	}
	var ev struct {
		PullRequest *struct {
			Number int `json:"number"`
			Base   struct {
				SHA string `json:"sha"`
			} `json:"base"`
			Head struct {
				SHA string `json:"sha"`
			} `json:"head"`
		} `json:"pull_request"`
	}
	if err := json.Unmarshal(data, &ev); err != nil {
		return nil, fmt.Errorf("reading the event payload %s: %w", r.EventPath, err)
	}
	if ev.PullRequest == nil {
		return nil, nil
	}
	if ev.PullRequest.Base.SHA == "" {
		return nil, fmt.Errorf("the event payload %s has a pull request without a base commit", r.EventPath)
	}
	p := ev.PullRequest
	return &PullRequest{Number: p.Number, BaseSHA: p.Base.SHA, HeadSHA: p.Head.SHA}, nil
}
