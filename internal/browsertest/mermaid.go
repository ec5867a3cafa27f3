package browsertest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// mermaidBlockRe finds the Mermaid blocks of a Markdown body.
var mermaidBlockRe = regexp.MustCompile("(?s)```mermaid\n(.*?)```")

// CheckMermaid runs the Mermaid that GitHub uses (fetched by
// scripts/setup) on every Mermaid block of each body, named by its key,
// as GitHub renders the blocks it finds. A body without a block, a block
// Mermaid refuses, and a broken chart that renders (the check could not
// fail) fail the test. The page is kept as the screenshot shot.
func CheckMermaid(t testing.TB, shot string, bodies map[string]string) {
	t.Helper()
	page := mermaidPage(t)
	ctx, quit := New(t)
	defer quit()
	if err := chromedp.Do(ctx, chromedp.Navigate(page), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	n := 0
	for name, body := range bodies {
		blocks := mermaidBlockRe.FindAllStringSubmatch(body, -1)
		if len(blocks) == 0 {
			t.Errorf("%s: no Mermaid block", name)
		}
		for _, b := range blocks {
			n++
			if msg, err := renderMermaid(ctx, fmt.Sprintf("chart%d", n), b[1]); err != nil || msg != "" {
				t.Errorf("%s: Mermaid refuses the chart (%v %s):\n%s", name, err, msg, b[1])
			}
		}
	}
	if msg, err := renderMermaid(ctx, "broken", "xychart-beta\n    x-axis [a, b\n    bar [1, 2]\n"); err != nil || msg == "" {
		t.Errorf("a broken chart rendered (%v): the check cannot fail", err)
	}
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		SaveArtifact(t, shot, png)
	}
}

// mermaidPage serves an empty page with Mermaid loaded.
func mermaidPage(t testing.TB) string {
	t.Helper()
	js := webhooktest.Fixture(t, ".cache/mermaid/mermaid.min.js")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /mermaid.min.js", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, js) })
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><meta charset="utf-8"><body><script src="/mermaid.min.js"></script>`+
			`<script>mermaid.initialize({startOnLoad: false});</script>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// renderMermaid has Mermaid parse and render src into the page, and
// returns "" or the error Mermaid gives.
func renderMermaid(ctx context.Context, id, src string) (string, error) {
	expr := fmt.Sprintf(`mermaid.render(%q, %q).then(r => { document.body.insertAdjacentHTML("beforeend", r.svg); return ""; }, e => String(e && e.message || e))`, id, src)
	return chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
}
