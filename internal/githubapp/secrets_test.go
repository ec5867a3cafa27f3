package githubapp

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// lockedBuffer is a bytes.Buffer safe for concurrent writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestKeyAndTokensNeverInErrorsOrLogs(t *testing.T) {
	_, pemKey := testKey(t)
	logs := &lockedBuffer{}
	logger := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var texts []string
	collect := func(err error) {
		if err != nil {
			texts = append(texts, err.Error())
		}
	}

	// Bad keys built from the real one.
	for _, bad := range [][]byte{pemKey[:len(pemKey)-40], bytes.ReplaceAll(pemKey, []byte("\n"), []byte(`\n`)),
		bytes.Replace(pemKey, []byte("RSA PRIVATE KEY"), []byte("EC PRIVATE KEY"), 2)} {
		_, err := New(Config{AppID: testAppID, PrivateKey: bad, Logger: logger})
		collect(err)
	}

	// Retries that log, then give up; and a refused token.
	f := newFakeGitHub(t, "")
	s := &script{replies: []reply{{status: 403, headers: map[string]string{"Retry-After": "100"}, body: `{}`}}}
	f.setAPI(s.handle)
	c, _ := newTestClients(t, f, func(cfg *Config) { cfg.Logger = logger })
	_, _, err := getJSON(context.Background(), c, 1, "repos/o/r")
	collect(err)
	tok, err := c.InstallationToken(context.Background(), 1)
	if err != nil || tok == "" {
		t.Fatalf("InstallationToken: %v", err)
	}
	f.tokenStatus = http.StatusUnauthorized
	_, err = c.InstallationToken(context.Background(), 2)
	collect(err)

	if len(texts) != 5 || !strings.Contains(logs.String(), "retrying GitHub request") {
		t.Fatalf("setup: got %d errors and logs %q, want 5 errors and a retry logged", len(texts), logs.String())
	}
	for _, text := range append(texts, logs.String()) {
		assertNoKeyMaterial(t, text, pemKey)
		if strings.Contains(text, tok) || strings.Contains(text, "ghs_") {
			t.Errorf("a token appears in %q", text)
		}
	}
}
