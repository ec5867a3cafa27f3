package handlers

// checkActions are the check_suite and check_run actions that ask for a
// review.
var checkActions = map[string]map[string]bool{
	"check_suite": {"requested": true, "rerequested": true},
	"check_run":   {"rerequested": true},
}

// Wants implements webhook.ActionFilter: the actions that ask for a
// review. Others are answered without being stored.
func (h *ReviewHandler) Wants(event, action string) bool {
	if event == "pull_request" {
		return reviewActions[action]
	}
	return checkActions[event][action]
}

// Wants implements webhook.ActionFilter: a pull request closed, which
// may be a merge.
func (h *MergeHandler) Wants(event, action string) bool {
	return event == "pull_request" && action == "closed"
}
