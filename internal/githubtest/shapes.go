package githubtest

import (
	"hash/fnv"
	"slices"
	"strings"
	"time"
)

// obj is a JSON object answer.
type obj = map[string]any

// htmlBase is the web URL GitHub objects link to.
const htmlBase = "https://github.com/"

// userJSON is GitHub's simple-user for login.
func userJSON(login string) obj {
	if login == "" {
		return nil
	}
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(login)))
	typ := "User"
	if strings.HasSuffix(login, "[bot]") {
		typ = "Bot"
	}
	return obj{
		"login": login, "id": int64(h.Sum32()), "node_id": "U_" + login, "type": typ,
		"html_url": htmlBase + login, "url": "https://api.github.com/users/" + login,
		"site_admin": false,
	}
}

// usersJSON maps logins to simple-users.
func usersJSON(logins []string) []obj {
	out := []obj{}
	for _, l := range logins {
		out = append(out, userJSON(l))
	}
	return out
}

// timeJSON formats t as GitHub does, or nil for the zero time.
func timeJSON(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

// apiURL is the API URL of the repository, with suffix appended.
func (r *Repo) apiURL(suffix string) string {
	return strings.TrimSuffix(r.s.URL, "/") + "/repos/" + r.FullName() + suffix
}

// htmlURL is the repository's web URL.
func (r *Repo) htmlURL() string { return htmlBase + r.FullName() }

// json is the repository as GitHub answers it.
func (r *Repo) json() obj {
	return obj{
		"id": r.ID, "node_id": "R_" + r.FullName(), "name": r.Name, "full_name": r.FullName(),
		"owner": userJSON(r.Owner), "private": false, "html_url": r.htmlURL(),
		"url": r.apiURL(""), "default_branch": r.defaultBranch, "fork": false,
		"created_at": timeJSON(r.created), "updated_at": timeJSON(r.created),
		"visibility": "public", "archived": false, "disabled": false,
		"permissions": obj{"admin": false, "push": true, "pull": true},
	}
}

// commitJSON is a short commit object for sha.
func (r *Repo) commitJSON(sha string) obj {
	return obj{"sha": sha, "url": r.apiURL("/commits/" + sha), "html_url": r.htmlURL() + "/commit/" + sha}
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
