// Package browsertest starts the headless Chromium that browser tests
// drive, and keeps their screenshots where CI collects them.
package browsertest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// Chromium is the browser the tests drive (Debian's package, installed
// by scripts/setup).
const Chromium = "/usr/bin/chromium"

// ArtifactsEnv names a directory to keep screenshots in (CI sets it);
// without it they go to a temporary directory.
const ArtifactsEnv = "POSTMORTEM_BOT_ARTIFACTS"

// Need skips the test without Chromium, or fails it when
// POSTMORTEM_BOT_REQUIRE_FIXTURES=1.
func Need(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(Chromium); err == nil {
		return
	}
	if os.Getenv(webhooktest.RequireEnv) == "1" {
		t.Fatalf("%s missing (required by %s=1): run scripts/setup", Chromium, webhooktest.RequireEnv)
	}
	t.Skipf("%s missing: scripts/setup installs it (apt-get install chromium chromium-driver)", Chromium)
}

// New starts a headless Chromium with a fresh profile, with flags that
// keep it off the network but for the pages it is sent to. The function
// returned shuts it down (its connections too); it runs at cleanup
// anyway, before the profile is removed.
func New(t testing.TB) (context.Context, func()) {
	t.Helper()
	Need(t)
	profile := t.TempDir()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(Chromium), chromedp.UserDataDir(profile), chromedp.WindowSize(1280, 1024),
		chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	ctx, cancelBrowser := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	quit := func() { cancelTimeout(); cancelBrowser(); cancelAlloc() }
	t.Cleanup(quit)
	return ctx, quit
}

// SaveArtifact writes a screenshot where CI keeps it, or to a temporary
// directory, and returns its path.
func SaveArtifact(t testing.TB, name string, png []byte) string {
	t.Helper()
	dir := os.Getenv(ArtifactsEnv)
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("%s: not a PNG (%d bytes)", name, len(png))
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
