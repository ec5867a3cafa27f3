package catalog_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/postmortem-bot/postmortem-bot/internal/browsertest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// pageStyle is enough of GitHub's look for a person to judge the page:
// its font and bordered tables.
const pageStyle = `body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:1012px;margin:24px auto;color:#1f2328}` +
	`table{border-collapse:collapse}th,td{border:1px solid #d1d9e0;padding:6px 13px}h2{border-bottom:1px solid #d1d9e0}` +
	`a{color:#0969da;text-decoration:none}`

// indexPage serves the index rendered as GitHub renders Markdown, with
// Mermaid (fetched by scripts/setup) to draw its charts.
func indexPage(t *testing.T, md []byte) string {
	t.Helper()
	js := webhooktest.Fixture(t, ".cache/mermaid/mermaid.min.js")
	var html bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(md, &html); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /mermaid.min.js", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, js) })
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><meta charset="utf-8"><style>%s</style><body>%s<script src="/mermaid.min.js"></script>`+
			`<script>mermaid.initialize({startOnLoad: false});</script>`, pageStyle, html.Bytes())
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// drawCharts has Mermaid draw every ```mermaid block of the page in its
// place, as GitHub does, and returns how many it drew and the errors of
// those it refused.
const drawCharts = `(async () => {
	const out = {drawn: 0, errors: [], bars: []};
	let i = 0;
	for (const code of Array.from(document.querySelectorAll("code.language-mermaid"))) {
		try {
			const r = await mermaid.render("chart" + i++, code.textContent);
			const div = document.createElement("div");
			div.innerHTML = r.svg;
			code.parentElement.replaceWith(div);
			out.drawn++;
			out.bars.push(div.querySelectorAll("g.plot rect").length);
		} catch (e) {
			out.errors.push(String(e && e.message || e));
		}
	}
	return JSON.stringify(out);
})()`

// screenshots keeps the whole page, and its top (the charts) and its
// first table alone at a size a person can read.
func screenshots(ctx context.Context, t *testing.T) {
	t.Helper()
	full, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	table, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("table")))
	if err != nil {
		t.Fatal(err)
	}
	var top []byte
	err = chromedp.Do(ctx, chromedp.EmulateViewport(1280, 1700))
	if err == nil {
		top, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots: %s, %s, %s", browsertest.SaveArtifact(t, "catalog-index.png", full),
		browsertest.SaveArtifact(t, "catalog-charts.png", top), browsertest.SaveArtifact(t, "catalog-table.png", table))
}

type drawn struct {
	Drawn  int
	Errors []string
	Bars   []int
}

func draw(ctx context.Context) (drawn, error) {
	var d drawn
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](drawCharts, chromedp.EvalAwaitPromise))
	if err == nil {
		err = json.Unmarshal([]byte(s), &d)
	}
	return d, err
}

// The index of the samples, rendered in a browser with the Mermaid
// GitHub uses: every chart is drawn, with a bar for each month and
// series, and a screenshot is kept for a person to look at. A broken
// chart must fail, or the check proves nothing.
func TestIndexChartsRenderInABrowser(t *testing.T) {
	recs := append(samples(t), incidents()...)
	md := build(t, recs, "INDEX.md")
	page := indexPage(t, md)
	ctx, quit := browsertest.New(t)
	defer quit()
	if err := chromedp.Do(ctx, chromedp.Navigate(page), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	got, err := draw(ctx)
	if err != nil {
		t.Fatal(err)
	}
	blocks := mermaidBlocks(md)
	if got.Drawn != len(blocks) || len(got.Errors) > 0 || len(blocks) != 3 {
		t.Fatalf("drew %d of %d charts (want 3); Mermaid refused: %q", got.Drawn, len(blocks), got.Errors)
	}
	for i, b := range blocks {
		want := 0
		for _, s := range series(t, b) {
			want += len(s)
		}
		if got.Bars[i] != want {
			t.Errorf("chart %d: %d bars drawn, want %d (a bar a month and series)", i+1, got.Bars[i], want)
		}
	}
	screenshots(ctx, t)
	if err := chromedp.Do(ctx, chromedp.Navigate(indexPage(t, []byte("```mermaid\nxychart-beta\n    x-axis [a, b\n    bar [1, 2]\n```\n")))); err != nil {
		t.Fatal(err)
	}
	if broken, err := draw(ctx); err != nil || len(broken.Errors) != 1 {
		t.Errorf("a broken chart: %+v, %v; want it refused", broken, err)
	}
}
