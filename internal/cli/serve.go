package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	postmortembot "github.com/postmortem-bot/postmortem-bot"
	"github.com/postmortem-bot/postmortem-bot/internal/actions"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/handlers"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/review"
	"github.com/postmortem-bot/postmortem-bot/internal/setup"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Defaults of serve's environment.
const (
	defaultAPIURL = "https://api.github.com/"
	defaultAddr   = ":3000"
	// setupAddr is the default address of the setup page: this machine
	// alone, until the app exists. A tunnel or a container sets ADDR.
	setupAddr = "127.0.0.1:3000"
	// defaultCredentials is where the setup page saves the app's
	// credentials, relative to the working directory.
	defaultCredentials = ".postmortem-bot/credentials.json"
)

// shutdownTimeout bounds the drain after SIGTERM: Kubernetes kills a pod
// 30 s after it.
const shutdownTimeout = 25 * time.Second

// serveConfig is serve's configuration, read from the environment and
// the credentials file.
type serveConfig struct {
	appID       int64
	privateKey  []byte
	secret      []byte
	apiURL      string // in setup mode, GITHUB_API_URL as set: "" lets the page choose
	addr        string
	logLevel    slog.Level
	publicURL   string // PUBLIC_URL; "" is http://localhost:PORT
	proxyURL    string // WEBHOOK_PROXY_URL
	credentials string // the credentials file
	fromFile    bool   // the credentials file was read
	setup       bool   // no credentials anywhere: serve the setup page
	background  backgroundConfig
	queue       queueConfig
}

const serveHelp = `Environment:
  GITHUB_APP_ID               the GitHub App's id
  GITHUB_PRIVATE_KEY          the app's private key, PEM (or the next)
  GITHUB_PRIVATE_KEY_PATH     a file holding the app's private key
  GITHUB_WEBHOOK_SECRET       the app's webhook secret
  GITHUB_API_URL              REST API root (default https://api.github.com/)
  ADDR                        listen address (default :3000; for the setup
                              page 127.0.0.1:3000)
  LOG_LEVEL                   debug, info, warn or error (default info)
  POSTMORTEM_BOT_CREDENTIALS  the credentials file (default .postmortem-bot/credentials.json)
  PUBLIC_URL                  where GitHub and browsers reach serve, for the
                              setup page (default http://localhost:PORT)
  WEBHOOK_PROXY_URL           for the setup page: a proxy (smee.io) that
                              GitHub delivers webhooks to instead
  RECONCILE_INTERVAL          pause between reconcile runs, one at start too
                              (default 6h; off for none)
  TRACK_WINDOW                how long changes to one post-mortem's issues
                              gather into one commit (default 30s)
  WEEKLY_SUMMARY              on (default) posts the weekly summaries from
                              serve; off when cron runs the summary command

The app's credentials come from the environment and from the credentials
file; a variable set in the environment wins over the file (a key in
GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH over the file's key). With
neither, serve starts a setup page that registers the app on GitHub, saves
its credentials to the file and goes on to serve its webhooks. It prints the
page's address with a setup token: only a browser that opened it may set up
the app. The page answers at localhost and PUBLIC_URL's host alone.

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

// serveContext runs the webhook server, or the setup page when there are
// no credentials, until ctx ends, then drains it.
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
	cfg, err := loadServeConfig(env, env.getenv)
	if err != nil {
		return err
	}
	if cfg.setup {
		return serveSetup(ctx, env, cfg, newLogger(env.Stderr, cfg.logLevel))
	}
	return serve(ctx, env, cfg, newLogger(env.Stderr, cfg.logLevel))
}

// newLogger logs JSON lines to w from level up.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level}))
}

// appVars are the variables that hold the app's credentials.
var appVars = []string{"GITHUB_APP_ID", "GITHUB_PRIVATE_KEY", "GITHUB_PRIVATE_KEY_PATH", "GITHUB_WEBHOOK_SECRET"}

// loadServeConfig reads serve's environment and credentials file. With
// no credentials in either, the config asks for the setup page; else
// every required variable that is missing is named at once.
func loadServeConfig(env *Env, getenv func(string) string) (serveConfig, error) {
	return readAppConfig(env, getenv, true, true)
}

// loadAppConfig reads the app's credentials from the environment and the
// credentials file, and the webhook secret when needSecret (serve;
// summary and reconcile call GitHub without receiving webhooks). Every
// required variable that is missing is named at once.
func loadAppConfig(env *Env, getenv func(string) string, needSecret bool) (serveConfig, error) {
	return readAppConfig(env, getenv, needSecret, false)
}

// readAppConfig reads the environment, then the credentials file under it.
// When allowSetup and neither holds a credential, cfg.setup is set.
func readAppConfig(env *Env, getenv func(string) string, needSecret, allowSetup bool) (serveConfig, error) {
	cfg, err := loadServerEnv(env, getenv)
	if err != nil {
		return cfg, err
	}
	layered, fromFile, err := withCredentialsFile(cfg.credentials, getenv)
	if err != nil {
		return cfg, err
	}
	if allowSetup && !fromFile && !slices.ContainsFunc(appVars, func(k string) bool { return getenv(k) != "" }) {
		cfg.setup, cfg.addr = true, or(getenv("ADDR"), setupAddr)
		return cfg, nil
	}
	cfg.fromFile = fromFile
	cfg.apiURL = or(layered("GITHUB_API_URL"), defaultAPIURL)
	cfg.secret = []byte(layered("GITHUB_WEBHOOK_SECRET"))
	if missing := missingAppVars(layered, needSecret); len(missing) > 0 {
		msg := "missing environment variables: " + strings.Join(missing, ", ")
		if fromFile {
			msg += " (and not in the credentials file " + cfg.credentials + ")"
		}
		return cfg, usagef("%s", msg)
	}
	if cfg.appID, err = strconv.ParseInt(layered("GITHUB_APP_ID"), 10, 64); err != nil || cfg.appID <= 0 {
		return cfg, usagef("GITHUB_APP_ID %q: want the app's numeric id", layered("GITHUB_APP_ID"))
	}
	cfg.privateKey, err = loadKey(env, layered)
	return cfg, err
}

// loadServerEnv reads what does not depend on the app: the listen
// address, the log level, the public URLs and the credentials file's path.
func loadServerEnv(env *Env, getenv func(string) string) (serveConfig, error) {
	cfg := serveConfig{
		apiURL:      getenv("GITHUB_API_URL"),
		addr:        or(getenv("ADDR"), defaultAddr),
		publicURL:   getenv("PUBLIC_URL"),
		proxyURL:    getenv("WEBHOOK_PROXY_URL"),
		credentials: env.path(or(getenv("POSTMORTEM_BOT_CREDENTIALS"), defaultCredentials)),
	}
	if abs, err := filepath.Abs(cfg.credentials); err == nil {
		cfg.credentials = abs // the logs and the page say where, wherever serve started
	}
	if err := cfg.logLevel.UnmarshalText([]byte(or(getenv("LOG_LEVEL"), "info"))); err != nil {
		return cfg, usagef("LOG_LEVEL %q: want debug, info, warn or error", getenv("LOG_LEVEL"))
	}
	var err error
	if cfg.background, err = loadBackgroundConfig(getenv); err != nil {
		return cfg, err
	}
	cfg.queue, err = loadQueueConfig(env, getenv, cfg.credentials)
	return cfg, err
}

// withCredentialsFile layers the credentials file at path under getenv:
// a variable set in the environment wins, and a key given by
// GITHUB_PRIVATE_KEY or GITHUB_PRIVATE_KEY_PATH replaces the file's. It
// reports whether the file exists; a file that exists but cannot be read
// is an error.
func withCredentialsFile(path string, getenv func(string) string) (func(string) string, bool, error) {
	c, err := setup.LoadCredentials(path)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		return getenv, false, nil // setup will say why it cannot save there
	}
	if err != nil {
		return nil, false, err
	}
	vars := credentialVars(c)
	keyInEnv := getenv("GITHUB_PRIVATE_KEY") != "" || getenv("GITHUB_PRIVATE_KEY_PATH") != ""
	return func(k string) string {
		if v := getenv(k); v != "" || keyInEnv && k == "GITHUB_PRIVATE_KEY" {
			return v
		}
		return vars[k]
	}, true, nil
}

// credentialVars are the credentials as the variables they stand for.
func credentialVars(c setup.Credentials) map[string]string {
	vars := map[string]string{
		"GITHUB_PRIVATE_KEY": c.PrivateKey, "GITHUB_WEBHOOK_SECRET": c.WebhookSecret, "GITHUB_API_URL": c.APIURL,
	}
	if c.AppID != 0 {
		vars["GITHUB_APP_ID"] = strconv.FormatInt(c.AppID, 10)
	}
	return vars
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
	a, err := newApp(env, cfg, logger)
	if err != nil {
		return err
	}
	ln, err := env.listen("tcp", cfg.addr)
	if err != nil {
		a.shutdown(context.Background())
		return fmt.Errorf("listening on %s: %w", cfg.addr, err)
	}
	logger.Info("serving", "addr", ln.Addr().String(), "api", cfg.apiURL, "app_id", cfg.appID, "version", env.Version)
	return run(ctx, newHTTPServer(serveHandler(a.wh), logger), ln, a.shutdown, logger)
}

// app is the configured app: the webhook server and the job queue that
// keeps and works its deliveries and the background work.
type app struct {
	wh *webhook.Server
	q  *jobs.Queue
}

// newApp builds the app's GitHub clients, the job queue whose workers
// run the bot's handlers and background work, and the webhook server
// that stores the deliveries they want (with their metrics in a new
// registry).
func newApp(env *Env, cfg serveConfig, logger *slog.Logger) (*app, error) {
	reg := newRegistry()
	metrics, err := githubapp.NewPrometheusMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("registering metrics: %w", err)
	}
	clients, err := newAppClients(env, cfg, logger, metrics)
	if err != nil {
		return nil, err
	}
	bg := newBackground(clients, cfg.background, logger)
	hs := env.webhookHandlers(clients, logger)
	q, err := openQueue(cfg.queue, hs, bg, cfg.background, reg, logger)
	if err != nil {
		return nil, err
	}
	wh, err := webhook.New(webhook.Config{
		Secret: cfg.secret, Handlers: append(hs, bg.tracker), Registerer: reg, Logger: logger, Store: q, Ready: pingQueue(q),
	})
	if err != nil {
		a := &app{q: q}
		a.stopWork(context.Background())
		return nil, err
	}
	return &app{wh: wh, q: q}, nil
}

// shutdown stops taking deliveries, lets running jobs finish within ctx
// (the rest wait in the database for the next process) and closes the
// database.
func (a *app) shutdown(ctx context.Context) error {
	return errors.Join(a.wh.Shutdown(ctx), a.stopWork(ctx))
}

// stopWork stops the queue's workers and closes the database.
func (a *app) stopWork(ctx context.Context) error {
	return errors.Join(a.q.Stop(ctx), a.q.Close())
}

// serveHandler is what serve answers once the app is configured: the
// webhook server's endpoints, and the page GitHub sends people to after
// they install the app.
func serveHandler(wh *webhook.Server) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/", wh.Handler())
	mux.Handle("GET "+setup.InstalledPath, setup.Installed())
	mux.Handle("GET "+setup.StaticPath, setup.Installed())
	return mux
}

// serveSetup serves the setup page until the GitHub App is registered,
// then the app's webhooks on the same listener, without a restart.
func serveSetup(ctx context.Context, env *Env, cfg serveConfig, logger *slog.Logger) error {
	if err := setup.CheckWritable(cfg.credentials); err != nil {
		return fmt.Errorf("no GitHub App is configured, and %w: set POSTMORTEM_BOT_CREDENTIALS to a writable path, or give the app's credentials in the environment", err)
	}
	ln, err := env.listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.addr, err)
	}
	sw, local := &handlerSwitch{}, localURL(ln.Addr())
	st, err := setup.New(setup.Config{
		Manifest: postmortembot.AppManifest, PublicURL: or(cfg.publicURL, local),
		WebhookURL: cfg.proxyURL, APIURL: cfg.apiURL, CredentialsPath: cfg.credentials,
		UserAgent: "postmortem-bot/" + or(env.Version, "dev"), Logger: logger,
		Complete: func(c setup.Credentials) error { return sw.activate(env, cfg.withCredentials(c), logger) },
	})
	if err != nil {
		ln.Close()
		return usagef("%v", err)
	}
	sw.set(st.Handler())
	logger.Info("no GitHub App is configured: serving the setup page", "addr", ln.Addr().String(),
		"url", local+setup.PagePath, "public_url", or(cfg.publicURL, local), "credentials", cfg.credentials, "version", env.Version)
	// The token goes to the terminal alone, never to the logs.
	fmt.Fprintf(env.Stdout, "No GitHub App is configured. Open %s to register one on GitHub.\n", st.StartURL())
	return run(ctx, newHTTPServer(sw, logger), ln, sw.shutdown, logger)
}

// withCredentials is cfg with the credentials the setup page saved.
// GITHUB_API_URL, when set, still wins, as it does over the file.
func (cfg serveConfig) withCredentials(c setup.Credentials) serveConfig {
	cfg.appID, cfg.privateKey, cfg.secret = c.AppID, []byte(c.PrivateKey), []byte(c.WebhookSecret)
	cfg.apiURL = or(cfg.apiURL, or(c.APIURL, defaultAPIURL))
	cfg.setup = false
	return cfg
}

// localURL is the http URL of a listener, by the name localhost when it
// listens on every interface or on loopback.
func localURL(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String()
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && (ip.IsUnspecified() || ip.IsLoopback()) {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// handlerSwitch is a handler whose target changes while serving: the
// setup page's until the app is registered, then the webhook server's.
type handlerSwitch struct {
	h      atomic.Pointer[http.Handler]
	mu     sync.Mutex // guards app and closed
	app    *app       // once activated
	closed bool       // shutting down: activate no more
}

// ServeHTTP hands r to the current handler.
func (s *handlerSwitch) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	(*s.h.Load()).ServeHTTP(w, r)
}

// set makes h the current handler.
func (s *handlerSwitch) set(h http.Handler) { s.h.Store(&h) }

// activate builds the webhook server from cfg, as serve does, and
// switches to it.
func (s *handlerSwitch) activate(env *Env, cfg serveConfig, logger *slog.Logger) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errors.New("serve is shutting down")
	}
	a, err := newApp(env, cfg, logger)
	if err != nil {
		return err
	}
	s.app = a
	s.set(serveHandler(a.wh))
	logger.Info("serving", "api", cfg.apiURL, "app_id", cfg.appID, "version", env.Version)
	return nil
}

// shutdown drains the webhook server's queue, if there is one yet.
func (s *handlerSwitch) shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closed = true
	a := s.app
	s.mu.Unlock()
	if a == nil {
		return nil
	}
	return a.shutdown(ctx)
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
// are answered 503 while drain empties the queue, and the server closes.
func run(ctx context.Context, srv *http.Server, ln net.Listener, drain func(context.Context) error, logger *slog.Logger) error {
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
	err := errors.Join(serveErr, drain(sctx), srv.Shutdown(sctx))
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
	url, err := healthURL(or(env.getenv("ADDR"), defaultAddr))
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

// webhookHandlers are the webhook handlers serve runs: Env.Handlers, or
// what the app does with events. Both handle pull_request: the review
// ignores closed pull requests, the merge everything but a merge into the
// default branch.
func (env *Env) webhookHandlers(clients *githubapp.Clients, logger *slog.Logger) []webhook.Handler {
	if env.Handlers != nil {
		return env.Handlers(clients, logger)
	}
	return []webhook.Handler{
		handlers.NewReviewHandler(clients, &review.Reviewer{}, logger),
		handlers.NewMergeHandler(clients, &actions.Merger{}, logger),
	}
}
