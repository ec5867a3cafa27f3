package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	postmortembot "github.com/postmortem-bot/postmortem-bot"
	"github.com/postmortem-bot/postmortem-bot/internal/browsertest"
	"github.com/postmortem-bot/postmortem-bot/internal/githubtest"
	"github.com/postmortem-bot/postmortem-bot/internal/setup"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// newAppPage stands in for GitHub's web page that creates an app from a
// manifest: it keeps what the browser posted and sends the browser back
// to the manifest's redirect_url with code and the state, as GitHub does
// once the person confirms.
type newAppPage struct {
	*httptest.Server
	code string

	mu       sync.Mutex
	path     string         // where the form posted
	state    string         // the state it carried
	manifest map[string]any // the manifest field, decoded
}

// newNewAppPage starts the stand-in; it hands out code.
func newNewAppPage(t *testing.T, code string) *newAppPage {
	p := &newAppPage{code: code}
	p.Server = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.Close)
	return p
}

// serve answers the form's POST.
func (p *newAppPage) serve(w http.ResponseWriter, r *http.Request) {
	var m map[string]any
	if r.Method != http.MethodPost || json.Unmarshal([]byte(r.PostFormValue("manifest")), &m) != nil {
		http.Error(w, "want a POST with a JSON manifest field", http.StatusBadRequest)
		return
	}
	redirect, _ := m["redirect_url"].(string)
	if redirect == "" {
		http.Error(w, "the manifest has no redirect_url", http.StatusBadRequest)
		return
	}
	p.mu.Lock()
	p.path, p.state, p.manifest = r.URL.Path, r.URL.Query().Get("state"), m
	p.mu.Unlock()
	back := url.Values{"code": {p.code}, "state": {r.URL.Query().Get("state")}}
	http.Redirect(w, r, redirect+"?"+back.Encode(), http.StatusFound)
}

// posted returns what the form posted.
func (p *newAppPage) posted() (path, state string, manifest map[string]any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.path, p.state, p.manifest
}

// The whole first run, as a person does it in a browser: the setup page,
// the organisation and GitHub host filled in, the button, GitHub's page
// (a stand-in) sending the browser back, the credentials saved, and the
// same server then taking the app's webhooks.
func TestSetupInBrowser(t *testing.T) {
	browsertest.Need(t)
	start := time.Now()
	r := startSetup(t, nil)
	app := r.github.AddManifestCode("5d41402abc", githubtest.ManifestApp{Slug: "pmb-octo", Owner: "octo-org"})
	gh := newNewAppPage(t, "5d41402abc")
	link, base, token := r.link(t)
	ctx, quit := browsertest.New(t)
	shots, err := walkSetup(ctx, link, gh.URL)
	quit()
	if err != nil {
		t.Fatalf("browser: %v\nserve's logs:\n%s", err, r.logs)
	}
	t.Logf("screenshots: %s, %s", browsertest.SaveArtifact(t, "setup-page.png", shots.setup), browsertest.SaveArtifact(t, "setup-done.png", shots.done))
	if shots.installURL != app.HTMLURL()+"/installations/new" || shots.appID != strconv.FormatInt(app.ID, 10) {
		t.Errorf("done page: install link %q, app id %q; want %s/installations/new and %d", shots.installURL, shots.appID, app.HTMLURL(), app.ID)
	}
	checkPostedManifest(t, gh, base)
	checkSavedCredentials(t, r.creds, app, r.github.URL)
	checkServesApp(t, r, app.WebhookSecret)
	if got := r.stop(t); got != ExitOK {
		t.Fatalf("exit %d, want 0\n%s", got, r.logs)
	}
	_, state, _ := gh.posted()
	checkLogs(t, r.logs.String(), appSecrets(app, "5d41402abc", state, token)...)
	t.Logf("browser test: %v", time.Since(start).Round(time.Millisecond))
}

// walked is what the browser saw on its way through the setup.
type walked struct {
	setup, done       []byte // screenshots, PNG
	installURL, appID string // on the last page
}

// walkSetup does what a person does: opens the link serve printed, which
// leads to the setup page, enters an organisation and a GitHub Enterprise
// Server (host), updates the page, presses the button and lands on the
// page that says it is done.
func walkSetup(ctx context.Context, link, host string) (w walked, err error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(link), chromedp.WaitVisible(chromedp.ID("create-button"))); err != nil {
		return w, err
	}
	if w.setup, err = chromedp.Run(ctx, chromedp.FullScreenshot(100)); err != nil {
		return w, err
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("summary")),
		chromedp.SendKeys(chromedp.ID("org"), "octo-org"),
		chromedp.SendKeys(chromedp.ID("host"), host),
	)
	if err == nil {
		err = navigate(ctx, chromedp.Click(chromedp.ID("settings-button"))) // the page, updated
	}
	if err == nil {
		err = navigate(ctx, chromedp.Click(chromedp.ID("create-button"))) // GitHub's page, then back
	}
	if err != nil {
		return w, err
	}
	install, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.ID("install"), "href"))
	if err != nil {
		return w, err
	}
	w.installURL = install.Value
	if w.appID, err = chromedp.Run(ctx, chromedp.Text(chromedp.ID("app-id"))); err != nil {
		return w, err
	}
	w.done, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	return w, err
}

// navigate runs click and waits for the page it leads to, which must
// answer 200: a query right after a click could find the old page's
// elements.
func navigate(ctx context.Context, click chromedp.Action[chromedp.Void]) error {
	resp, err := chromedp.RunResponse(ctx, click)
	if err == nil && resp.Status != http.StatusOK {
		err = fmt.Errorf("%s: %d %s", resp.URL, resp.Status, resp.StatusText)
	}
	return err
}

// checkPostedManifest wants the manifest the browser posted to GitHub's
// page: app.yml's permissions and events, this server's URLs, a state.
func checkPostedManifest(t *testing.T, gh *newAppPage, base string) {
	t.Helper()
	path, state, m := gh.posted()
	if path != "/organizations/octo-org/settings/apps/new" || len(state) < 40 {
		t.Errorf("form posted to %s with state %q; want the organisation's new-app page and a state", path, state)
	}
	want, err := setup.ParseManifest(postmortembot.AppManifest)
	if err != nil {
		t.Fatal(err)
	}
	hook, _ := m["hook_attributes"].(map[string]any)
	if hook["url"] != base+webhook.Path || m["redirect_url"] != base+setup.CallbackPath || m["name"] != want.Name {
		t.Errorf("manifest: hook %v, redirect_url %v, name %v; want %s, %s, %s",
			hook["url"], m["redirect_url"], m["name"], base+webhook.Path, base+setup.CallbackPath, want.Name)
	}
	perms, _ := json.Marshal(m["default_permissions"])
	if wantPerms, _ := json.Marshal(want.DefaultPermissions); !bytes.Equal(perms, wantPerms) {
		t.Errorf("default_permissions: got %s, want %s", perms, wantPerms)
	}
	if got, want := len(m["default_events"].([]any)), len(want.DefaultEvents); got != want {
		t.Errorf("default_events: got %d, want %d", got, want)
	}
}
