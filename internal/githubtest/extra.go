package githubtest

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// extraChecks holds the checks GitHub makes that its description does not
// express, by operation id.
var extraChecks = func(operationID string, body []byte) error {
	if f := extraByOperation[operationID]; f != nil && len(body) > 0 {
		return f(body)
	}
	return nil
}

var extraByOperation = map[string]func([]byte) error{
	"issues/create":                        checkMilestoneNumber,
	"issues/update":                        checkMilestoneNumber,
	"repos/create-or-update-file-contents": checkBase64Content,
	"pulls/create-review":                  checkReviewSides,
}

// checkMilestoneNumber rejects a milestone that is not an integer or null:
// the description allows a string, GitHub does not.
func checkMilestoneNumber(body []byte) error {
	var req struct {
		Milestone json.RawMessage `json:"milestone"`
	}
	if err := json.Unmarshal(body, &req); err != nil || req.Milestone == nil {
		return nil
	}
	var n *int
	if err := json.Unmarshal(req.Milestone, &n); err != nil {
		return fmt.Errorf("milestone must be an integer (the milestone number) or null, got %s", req.Milestone)
	}
	return nil
}

// checkBase64Content rejects contents that are not valid base64.
func checkBase64Content(body []byte) error {
	var req struct {
		Content string `json:"content"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return nil
	}
	if _, err := decodeContent(req.Content); err != nil {
		return fmt.Errorf("content is not valid base64: %w", err)
	}
	return nil
}

// decodeContent decodes base64 content, ignoring line breaks as GitHub does.
func decodeContent(s string) ([]byte, error) {
	s = strings.NewReplacer("\n", "", "\r", "").Replace(s)
	return base64.StdEncoding.DecodeString(s)
}

// checkReviewSides rejects a review comment side other than LEFT or RIGHT.
func checkReviewSides(body []byte) error {
	var req struct {
		Comments []struct {
			Side      *string `json:"side"`
			StartSide *string `json:"start_side"`
		} `json:"comments"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return nil
	}
	var errs []error
	for i, c := range req.Comments {
		for name, v := range map[string]*string{"side": c.Side, "start_side": c.StartSide} {
			if v != nil && *v != "LEFT" && *v != "RIGHT" {
				errs = append(errs, fmt.Errorf("comments[%d].%s must be LEFT or RIGHT, got %q", i, name, *v))
			}
		}
	}
	return errors.Join(errs...)
}
