package setup

import (
	"cmp"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Paths of the setup pages.
const (
	PagePath      = "/setup"
	CallbackPath  = "/setup/callback"
	InstalledPath = "/setup/installed"
	StaticPath    = "/setup/static/"
)

// Defaults of GitHub.com.
const (
	githubWeb = "https://github.com"
	githubAPI = "https://api.github.com/"
)

// maxNameLength is the longest GitHub App name GitHub accepts.
const maxNameLength = 34

// login is a GitHub account name.
// It is compiled on first use, not at every start of the command line.
var login = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$`) })

// target is what the person setting up chose: where the app is created
// and where this server is reached. The page's settings form fills it in.
type target struct {
	Name       string // the app's name on GitHub
	Org        string // the organisation that owns the app; "" for a personal account
	Host       string // a GitHub Enterprise Server's web URL; "" for github.com
	PublicURL  string // where GitHub and browsers reach this server, no trailing slash
	WebhookURL string // where GitHub delivers webhooks when not PublicURL's (a proxy)
	Public     bool   // whether other accounts may install the app
}

// readTarget reads the settings form's fields from q, starting from def.
// Fields absent keep def's values; the first invalid field is an error.
func readTarget(q url.Values, def target) (target, error) {
	t := def
	if q.Has("name") {
		t.Name = strings.TrimSpace(q.Get("name"))
		t.Org = strings.TrimSpace(q.Get("org"))
		t.Public = q.Get("public") != ""
		t.Host = strings.TrimSpace(q.Get("host"))
		t.PublicURL = strings.TrimSpace(q.Get("public_url"))
		t.WebhookURL = strings.TrimSpace(q.Get("webhook_url"))
	}
	return t.check()
}

// check validates t and normalises its URLs.
func (t target) check() (target, error) {
	var err error
	switch {
	case t.Name == "" || len(t.Name) > maxNameLength:
		return t, fmt.Errorf("the app's name must be 1 to %d characters", maxNameLength)
	case t.Org != "" && !login().MatchString(t.Org):
		return t, fmt.Errorf("%q is not a GitHub organisation name", t.Org)
	}
	if t.Host, err = hostURL(t.Host); err != nil {
		return t, err
	}
	if t.PublicURL, err = absURL("public URL (PUBLIC_URL)", t.PublicURL); err != nil {
		return t, err
	}
	if t.WebhookURL != "" {
		t.WebhookURL, err = absURL("webhook proxy URL (WEBHOOK_PROXY_URL)", t.WebhookURL)
	}
	return t, err
}

// hostURL normalises a GitHub Enterprise Server address to its web root:
// "ghe.example.com" becomes "https://ghe.example.com"; github.com is "".
func hostURL(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := absURL("GitHub Enterprise Server URL", s)
	if err != nil {
		return "", err
	}
	if p, _ := url.Parse(u); p.Path != "" {
		return "", fmt.Errorf("GitHub Enterprise Server URL %q: want the host alone, as https://HOST", s)
	}
	if strings.EqualFold(u, githubWeb) {
		return "", nil
	}
	return u, nil
}

// absURL checks that s is an absolute http or https URL without
// credentials, query or fragment, and drops a trailing slash.
func absURL(what, s string) (string, error) {
	u, err := url.Parse(s)
	switch {
	case err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("%s %q: want an absolute http or https URL", what, s)
	case u.User != nil || u.RawQuery != "" || u.Fragment != "":
		return "", fmt.Errorf("%s %q: want no user, query or fragment", what, s)
	}
	return strings.TrimSuffix(u.String(), "/"), nil
}

// webBase is the GitHub web root the app is created on.
func (t target) webBase() string { return cmp.Or(t.Host, githubWeb) }

// newAppURL is where the form posts the manifest, with the CSRF state:
// the personal or the organisation "new GitHub App" page.
func (t target) newAppURL(state string) string {
	path := "/settings/apps/new"
	if t.Org != "" {
		path = "/organizations/" + t.Org + path
	}
	return t.webBase() + path + "?state=" + url.QueryEscape(state)
}

// apiURL is the REST API root that goes with the web root: explicit
// (GITHUB_API_URL) when set, else https://HOST/api/v3/ for GitHub
// Enterprise Server, else api.github.com.
func (t target) apiURL(explicit string) string {
	switch {
	case explicit != "":
		return explicit
	case t.Host != "":
		return t.Host + "/api/v3/"
	}
	return githubAPI
}

// hookURL is where GitHub will deliver webhooks.
func (t target) hookURL() string { return cmp.Or(t.WebhookURL, t.PublicURL+webhook.Path) }

// unreachableHook reports whether the webhook URL names this machine or
// a private network, which GitHub.com cannot deliver to.
func (t target) unreachableHook() bool {
	u, err := url.Parse(t.hookURL())
	if err != nil {
		return true
	}
	host := u.Hostname()
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && internalIP(ip)
}

// defaultHost derives the web root of GitHub Enterprise Server from an
// API root such as https://HOST/api/v3/; "" for github.com or any other.
func defaultHost(apiURL string) string {
	u, err := url.Parse(apiURL)
	if err != nil || u.Host == "" || !strings.HasPrefix(u.Path, "/api/v3") {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
