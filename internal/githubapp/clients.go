package githubapp

import (
	"context"
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"

	"github.com/bradleyfalzon/ghinstallation/v2"
	"github.com/google/go-github/v62/github"
)

// Clients hands out GitHub clients for the app and its installations. It is
// safe for concurrent use.
type Clients struct {
	cfg     Config
	key     *rsa.PrivateKey
	baseURL *url.URL
	// tokenBase is what ghinstallation sends token and API requests
	// through: the base transport with our User-Agent.
	tokenBase http.RoundTripper
	app       *github.Client

	mu            sync.Mutex
	installations map[int64]*installation
	botLogin      string // see BotLogin; "" until known
}

// installation is one installation's client and its token source.
type installation struct {
	client *github.Client
	tokens *ghinstallation.Transport
	cache  *cacheTransport
}

// New checks cfg (the key must be a PEM encoded RSA key; the base URL an
// absolute http(s) URL) and returns the clients built from it.
func New(cfg Config) (*Clients, error) {
	cfg = cfg.withDefaults()
	if cfg.AppID <= 0 {
		return nil, errors.New("GitHub App ID must be a positive number")
	}
	key, err := parsePrivateKey(cfg.PrivateKey)
	if err != nil {
		return nil, err
	}
	base, err := parseBaseURL(cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	c := &Clients{
		cfg: cfg, key: key, baseURL: base,
		tokenBase:     &userAgentTransport{agent: cfg.UserAgent, next: cfg.Transport},
		installations: map[int64]*installation{},
	}
	c.app = c.newGitHubClient(c.chain(c.appsTransport()))
	return c, nil
}

// App returns the client authenticated as the app (a JWT), for the
// /app endpoints. It has no cache.
func (c *Clients) App() *github.Client {
	return c.app
}

// Installation returns the client for installation id, creating it on
// first use. Its token is fetched when first needed and refreshed before it
// expires; its cache is its own.
func (c *Clients) Installation(id int64) *github.Client {
	return c.installation(id).client
}

// InstallationToken returns a valid token for installation id (for git
// over HTTPS, say). Never log it.
func (c *Clients) InstallationToken(ctx context.Context, id int64) (string, error) {
	tok, err := c.installation(id).tokens.Token(ctx)
	if err != nil {
		return "", fmt.Errorf("getting token for installation %d: %w", id, err)
	}
	return tok, nil
}

// installation returns installation id's state, creating it once.
func (c *Clients) installation(id int64) *installation {
	c.mu.Lock()
	defer c.mu.Unlock()
	if inst, ok := c.installations[id]; ok {
		return inst
	}
	inst := c.newInstallation(id)
	c.installations[id] = inst
	return inst
}

// newInstallation builds installation id's transport chain. Each one gets
// its own AppsTransport: ghinstallation writes to the AppsTransport while
// refreshing a token, so sharing one between installations would race.
func (c *Clients) newInstallation(id int64) *installation {
	tokens := ghinstallation.NewFromAppsTransport(c.appsTransport(), id)
	cache := newCacheTransport(c.cfg.CacheBytes, tokens)
	return &installation{client: c.newGitHubClient(c.chain(cache)), tokens: tokens, cache: cache}
}

// appsTransport returns a new app-JWT transport aimed at the base URL.
func (c *Clients) appsTransport() *ghinstallation.AppsTransport {
	atr := ghinstallation.NewAppsTransportFromPrivateKey(c.tokenBase, c.cfg.AppID, c.key)
	atr.BaseURL = tokenBaseURL(c.baseURL)
	return atr
}

// chain puts the shared layers in front of inner: User-Agent, metrics (if
// configured) and retries.
func (c *Clients) chain(inner http.RoundTripper) http.RoundTripper {
	var rt http.RoundTripper = &retryTransport{
		next: inner, maxWait: c.cfg.MaxRetryWait, now: c.cfg.Now,
		sleep: c.cfg.Sleep, jitter: fullJitter, logger: c.cfg.Logger,
	}
	if c.cfg.Metrics != nil {
		rt = &metricsTransport{metrics: c.cfg.Metrics, now: c.cfg.Now, next: rt}
	}
	return &userAgentTransport{agent: c.cfg.UserAgent, next: rt}
}

// newGitHubClient returns a go-github client over rt aimed at the base URL.
func (c *Clients) newGitHubClient(rt http.RoundTripper) *github.Client {
	gh := github.NewClient(&http.Client{Transport: rt})
	base := *c.baseURL
	gh.BaseURL = &base
	gh.UploadURL = uploadURL(c.baseURL)
	gh.UserAgent = c.cfg.UserAgent
	return gh
}
