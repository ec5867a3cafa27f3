package bot

import (
	"fmt"
	"strings"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
)

// isStatus reports whether resp answered status.
func isStatus(resp *github.Response, status int) bool {
	return resp != nil && resp.StatusCode == status
}

// configSource says where the configuration of id was read from.
func configSource(req ReviewRequest, id string) string {
	if strings.HasPrefix(id, repoconfig.OrgPrefix) {
		return fmt.Sprintf("the configuration of `%s/%s` (its default branch), which applies to repositories without their own", req.Owner, repoconfig.OrgRepo)
	}
	return fmt.Sprintf("the configuration on the default branch (%s)", req.DefaultBranch)
}
