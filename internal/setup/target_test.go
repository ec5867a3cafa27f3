package setup

import (
	"net/url"
	"strings"
	"testing"
)

// defTarget is what the page proposes in these tests.
var defTarget = target{Name: "postmortem-bot", PublicURL: "http://localhost:3000"}

func TestReadTarget(t *testing.T) {
	cases := []struct {
		name  string
		query string
		want  target
	}{
		{"defaults", "", defTarget},
		{"organisation", "name=pmb&org=octo-org&public_url=https://pmb.example.com/",
			target{Name: "pmb", Org: "octo-org", PublicURL: "https://pmb.example.com"}},
		{"enterprise host", "name=pmb&host=ghe.example.com&public_url=http://localhost:3000&public=on",
			target{Name: "pmb", Host: "https://ghe.example.com", PublicURL: "http://localhost:3000", Public: true}},
		{"github.com is no enterprise", "name=pmb&host=https://github.com/&public_url=http://localhost:3000",
			target{Name: "pmb", PublicURL: "http://localhost:3000"}},
		{"proxy", "name=pmb&public_url=http://localhost:3000&webhook_url=https://smee.io/x1",
			target{Name: "pmb", PublicURL: "http://localhost:3000", WebhookURL: "https://smee.io/x1"}},
	}
	for _, c := range cases {
		q, _ := url.ParseQuery(c.query)
		got, err := readTarget(q, defTarget)
		if err != nil || got != c.want {
			t.Errorf("%s: got %+v, %v; want %+v", c.name, got, err, c.want)
		}
	}
}

func TestReadTargetRejects(t *testing.T) {
	cases := map[string]string{
		"no name":             "name=&public_url=http://localhost:3000",
		"long name":           "name=" + strings.Repeat("x", 35) + "&public_url=http://localhost:3000",
		"bad organisation":    "name=pmb&org=octo/org&public_url=http://localhost:3000",
		"host with a path":    "name=pmb&host=https://ghe.example.com/api/v3&public_url=http://localhost:3000",
		"host not http":       "name=pmb&host=ftp://ghe.example.com&public_url=http://localhost:3000",
		"relative public URL": "name=pmb&public_url=/setup",
		"public URL query":    "name=pmb&public_url=https://pmb.example.com/?x=1",
		"proxy with user":     "name=pmb&public_url=http://localhost:3000&webhook_url=https://u:p@smee.io/x",
	}
	for name, query := range cases {
		q, _ := url.ParseQuery(query)
		if _, err := readTarget(q, defTarget); err == nil {
			t.Errorf("%s: got no error", name)
		}
	}
}

func TestTargetURLs(t *testing.T) {
	personal := target{PublicURL: "http://localhost:3000"}
	org := target{Org: "octo-org", Host: "https://ghe.example.com", PublicURL: "https://pmb.example.com"}
	cases := []struct{ got, want string }{
		{personal.newAppURL("s/1"), "https://github.com/settings/apps/new?state=s%2F1"},
		{org.newAppURL("s1"), "https://ghe.example.com/organizations/octo-org/settings/apps/new?state=s1"},
		{personal.apiURL(""), "https://api.github.com/"},
		{org.apiURL(""), "https://ghe.example.com/api/v3/"},
		{org.apiURL("http://127.0.0.1:9/"), "http://127.0.0.1:9/"},
		{personal.hookURL(), "http://localhost:3000/api/github/webhooks"},
		{defaultHost("https://ghe.example.com/api/v3/"), "https://ghe.example.com"},
		{defaultHost("https://api.github.com/"), ""},
		{defaultHost(""), ""},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("%d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestUnreachableHook(t *testing.T) {
	for hook, want := range map[string]bool{
		"http://localhost:3000": true, "http://127.0.0.1:3000": true, "http://10.1.2.3": true,
		"http://[::1]:3000": true, "http://app.localhost": true,
		"https://pmb.example.com": false, "https://203.0.113.9": false,
	} {
		if got := (target{PublicURL: hook}).unreachableHook(); got != want {
			t.Errorf("%s: got %v, want %v", hook, got, want)
		}
	}
	if (target{PublicURL: "http://localhost:3000", WebhookURL: "https://smee.io/x"}).unreachableHook() {
		t.Error("a proxy URL is reachable")
	}
}
