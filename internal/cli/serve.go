package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/postmortem-bot/postmortem-bot/internal/bot"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Defaults of serve's environment.
const (
	defaultAPIURL = "https://api.github.com/"
	defaultAddr   = ":3000"
)

// Seams that tests replace.
var (
	// serveGetenv reads serve's and healthcheck's environment.
	serveGetenv = os.Getenv
	// serveListen opens serve's listener.
	serveListen = net.Listen
	// shutdownTimeout bounds the drain after SIGTERM: Kubernetes kills
	// a pod 30 s after it.
	shutdownTimeout = 25 * time.Second
	// botHandlers are the webhook handlers: what the app does with events.
	// Both handle pull_request: the review ignores closed pull requests,
	// the merge everything but a merge into the default branch.
	botHandlers = func(clients *githubapp.Clients, logger *slog.Logger) []webhook.Handler {
		return []webhook.Handler{
			bot.NewReviewHandler(clients, &bot.Reviewer{}, logger),
			bot.NewMergeHandler(clients, &bot.Merger{}, logger),
		}
	}
)

// serveConfig is serve's configuration, read from the environment.
type serveConfig struct {
	appID      int64
	privateKey []byte
	secret     []byte
	apiURL     string
	addr       string
	logLevel   slog.Level
}

const serveHelp = `Environment:
  GITHUB_APP_ID            the GitHub App's id (required)
  GITHUB_PRIVATE_KEY       the app's private key, PEM (this or the next is required)
  GITHUB_PRIVATE_KEY_PATH  a file holding the app's private key
  GITHUB_WEBHOOK_SECRET    the app's webhook secret (required)
  GITHUB_API_URL           REST API root (default https://api.github.com/)
  ADDR                     listen address (default :3000)
  LOG_LEVEL                debug, info, warn or error (default info)

Webhooks arrive at POST /api/github/webhooks; GET /healthz, /readyz and
/metrics serve health, readiness and Prometheus metrics. SIGTERM or SIGINT
stops accepting deliveries, drains the queue and exits.
`

// runServe runs the webhook server until SIGTERM or SIGINT.
func runServe(env *Env, args []string) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	return serveContext(ctx, env, args)
}

// serveContext runs the webhook server until ctx ends, then drains it.
func serveContext(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("serve", "", env.Stderr)
	usage := fs.Usage
	fs.Usage = func() { usage(); fmt.Fprint(env.Stderr, "\n"+serveHelp) }
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments: it is configured by the environment")
	}
	cfg, err := loadServeConfig(env, serveGetenv)
	if err != nil {
		return err
	}
	return serve(ctx, env, cfg, newLogger(env.Stderr, cfg.logLevel))
}

// newLogger logs JSON lines to w from level up.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level}))
}

// loadServeConfig reads serve's environment. Every required variable
// that is missing is named at once.
func loadServeConfig(env *Env, getenv func(string) string) (serveConfig, error) {
	return loadAppConfig(env, getenv, true)
}

// loadAppConfig reads the app's credentials from the environment, and the
// webhook secret when needSecret (serve; summary and reconcile call GitHub
// without receiving webhooks). Every required variable that is missing is
// named at once.
func loadAppConfig(env *Env, getenv func(string) string, needSecret bool) (serveConfig, error) {
	cfg := serveConfig{
		secret: []byte(getenv("GITHUB_WEBHOOK_SECRET")),
		apiURL: or(getenv("GITHUB_API_URL"), defaultAPIURL),
		addr:   or(getenv("ADDR"), defaultAddr),
	}
	if missing := missingAppVars(getenv, needSecret); len(missing) > 0 {
		return cfg, usagef("missing environment variables: %s", strings.Join(missing, ", "))
	}
	var err error
	if cfg.appID, err = strconv.ParseInt(getenv("GITHUB_APP_ID"), 10, 64); err != nil || cfg.appID <= 0 {
		return cfg, usagef("GITHUB_APP_ID %q: want the app's numeric id", getenv("GITHUB_APP_ID"))
	}
	if err := cfg.logLevel.UnmarshalText([]byte(or(getenv("LOG_LEVEL"), "info"))); err != nil {
		return cfg, usagef("LOG_LEVEL %q: want debug, info, warn or error", getenv("LOG_LEVEL"))
	}
	cfg.privateKey, err = loadKey(env, getenv)
	return cfg, err
}

// missingAppVars names the required variables that are empty.
func missingAppVars(getenv func(string) string, needSecret bool) []string {
	var missing []string
	if getenv("GITHUB_APP_ID") == "" {
		missing = append(missing, "GITHUB_APP_ID")
	}
	if getenv("GITHUB_PRIVATE_KEY") == "" && getenv("GITHUB_PRIVATE_KEY_PATH") == "" {
		missing = append(missing, "GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH")
	}
	if needSecret && getenv("GITHUB_WEBHOOK_SECRET") == "" {
		missing = append(missing, "GITHUB_WEBHOOK_SECRET")
	}
	return missing
}

// loadKey returns the private key from GITHUB_PRIVATE_KEY or the file
// GITHUB_PRIVATE_KEY_PATH names. A key pasted into one line with literal
// \n sequences (as some platforms store it) gets its line breaks back.
func loadKey(env *Env, getenv func(string) string) ([]byte, error) {
	key, path := getenv("GITHUB_PRIVATE_KEY"), getenv("GITHUB_PRIVATE_KEY_PATH")
	switch {
	case key != "" && path != "":
		return nil, usagef("set GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH, not both")
	case path != "":
		data, err := os.ReadFile(env.path(path))
		if err != nil {
			return nil, fmt.Errorf("reading GITHUB_PRIVATE_KEY_PATH: %w", err)
		}
		return data, nil
	case !strings.Contains(key, "\n"):
		key = strings.ReplaceAll(key, `\n`, "\n")
	}
	return []byte(key), nil
}

// or is s, or def if s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// serve wires the GitHub clients and the webhook server, serves until ctx
// ends and then shuts down.
func serve(ctx context.Context, env *Env, cfg serveConfig, logger *slog.Logger) error {
	reg := newRegistry()
	metrics, err := githubapp.NewPrometheusMetrics(reg)
	if err != nil {
		return fmt.Errorf("registering metrics: %w", err)
	}
	clients, err := newAppClients(env, cfg, logger, metrics)
	if err != nil {
		return err
	}
	wh, err := webhook.New(webhook.Config{
		Secret: cfg.secret, Handlers: botHandlers(clients, logger), Registerer: reg, Logger: logger,
	})
	if err != nil {
		return err
	}
	ln, err := serveListen("tcp", cfg.addr)
	if err != nil {
		wh.Shutdown(context.Background())
		return fmt.Errorf("listening on %s: %w", cfg.addr, err)
	}
	logger.Info("serving", "addr", ln.Addr().String(), "api", cfg.apiURL, "app_id", cfg.appID, "version", env.Version)
	return run(ctx, newHTTPServer(wh.Handler(), logger), ln, wh, logger)
}

// newHTTPServer is an http.Server with timeouts fit for the internet:
// slow or idle clients cannot hold connections for ever.
func newHTTPServer(h http.Handler, logger *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second, // 25 MiB at under 1 MB/s
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// run serves on ln until ctx ends or serving fails. Then new deliveries
// are answered 503 while the queue drains, and the server closes.
func run(ctx context.Context, srv *http.Server, ln net.Listener, wh *webhook.Server, logger *slog.Logger) error {
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	var serveErr error
	select {
	case serveErr = <-served:
		serveErr = fmt.Errorf("serving on %s: %w", ln.Addr(), serveErr)
	case <-ctx.Done():
		logger.Info("shutting down: draining the webhook queue", "timeout", shutdownTimeout.String())
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := errors.Join(serveErr, wh.Shutdown(sctx), srv.Shutdown(sctx))
	if err != nil {
		return err
	}
	logger.Info("stopped")
	return nil
}

// newRegistry is a Prometheus registry with the Go runtime's and the
// process's metrics.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// errUnhealthy makes healthcheck exit 1 once it has said why.
var errUnhealthy = fmt.Errorf("unhealthy: %w", errFindings)

// runHealthcheck asks the local server's /healthz, for a container
// HEALTHCHECK in an image without curl: exit 0 if it answers 200, else 1.
func runHealthcheck(env *Env, args []string) error {
	fs := newFlags("healthcheck", "", env.Stderr)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("healthcheck takes no arguments: it reads ADDR")
	}
	url, err := healthURL(or(serveGetenv("ADDR"), defaultAddr))
	if err != nil {
		return err
	}
	if err := getHealth(url); err != nil {
		fmt.Fprintf(env.Stderr, "postmortem-bot healthcheck: %v\n", err)
		return errUnhealthy
	}
	fmt.Fprintln(env.Stdout, "ok")
	return nil
}

// healthURL is the /healthz URL of a server listening on addr, reached
// over loopback when it listens on every interface.
func healthURL(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", usagef("ADDR %q: %v", addr, err)
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}

// getHealth GETs url and wants 200 within three seconds.
func getHealth(url string) error {
	client := &http.Client{Timeout: 3 * time.Second}
	resp, err := client.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return nil
}
