package review

import (
	"fmt"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/repoconfig"
)

// configSource says where the configuration of id was read from.
func configSource(req Request, id string) string {
	if strings.HasPrefix(id, repoconfig.OrgPrefix) {
		return fmt.Sprintf("the configuration of `%s/%s` (its default branch), which applies to repositories without their own", req.Owner, repoconfig.OrgRepo)
	}
	return fmt.Sprintf("the configuration on the default branch (%s)", req.DefaultBranch)
}
