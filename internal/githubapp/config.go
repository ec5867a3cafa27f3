package githubapp

import (
	"context"
	"log/slog"
	"net/http"
	"time"
)

// Defaults used when a Config field is left at its zero value.
const (
	DefaultBaseURL      = "https://api.github.com/"
	DefaultUserAgent    = "postmortem-bot/dev"
	DefaultCacheBytes   = 8 << 20
	DefaultMaxRetryWait = 2 * time.Minute
)

// Config describes the GitHub App and how to reach GitHub.
type Config struct {
	// AppID is the GitHub App's numeric id.
	AppID int64
	// PrivateKey is the app's PEM encoded RSA key. It is never logged and
	// never quoted in errors.
	PrivateKey []byte
	// BaseURL is the REST API root: DefaultBaseURL, a GitHub Enterprise
	// Server URL ending in /api/v3/, or a test server's URL.
	BaseURL string
	// UserAgent is sent with every request; default DefaultUserAgent.
	UserAgent string
	// Transport is the base transport; default a tuned *http.Transport.
	Transport http.RoundTripper
	// CacheBytes bounds each installation's HTTP cache; default 8 MiB.
	CacheBytes int
	// MaxRetryWait bounds the total time one request may spend waiting
	// between retries; default 2 minutes.
	MaxRetryWait time.Duration
	// Metrics, when set, receives request outcomes and rate-limit figures.
	Metrics Metrics
	// Logger receives retry notices; default discards.
	Logger *slog.Logger
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Sleep waits between retries; default a timer that stops when ctx is
	// done. Tests replace it so that they never sleep.
	Sleep func(ctx context.Context, d time.Duration) error
}

// withDefaults returns cfg with every unset optional field filled in.
func (cfg Config) withDefaults() Config {
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	if cfg.Transport == nil {
		cfg.Transport = NewDefaultTransport()
	}
	if cfg.CacheBytes <= 0 {
		cfg.CacheBytes = DefaultCacheBytes
	}
	if cfg.MaxRetryWait <= 0 {
		cfg.MaxRetryWait = DefaultMaxRetryWait
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleepContext
	}
	return cfg
}

// sleepContext waits for d or until ctx is done, whichever comes first.
func sleepContext(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
