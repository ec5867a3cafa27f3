// Package cli is the postmortem-bot command line: it parses arguments,
// runs a command and maps its outcome to an exit code.
package cli

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook"
)

// Exit codes.
const (
	ExitOK       = 0 // nothing at error level
	ExitFindings = 1 // some finding at the failing severity
	ExitUsage    = 2 // bad arguments, or a file that could not be read
)

// Env is what a command may touch: streams, the clock, the working
// directory. Tests fill it in; Main uses the process's.
type Env struct {
	Stdout, Stderr io.Writer
	Now            func() time.Time
	Dir            string // working directory; "" is the process's
	Version        string
	// Handlers, when set, are serve's webhook handlers in place of the
	// review and the merge (the tracker is always added).
	Handlers func(clients *githubapp.Clients, logger *slog.Logger) []webhook.Handler
	// Getenv reads the environment; nil is the process's.
	Getenv func(string) string
	// Listen opens serve's listener; nil is net.Listen.
	Listen func(network, addr string) (net.Listener, error)
}

// getenv reads the variable k of the command's environment.
func (env *Env) getenv(k string) string {
	if env.Getenv != nil {
		return env.Getenv(k)
	}
	return os.Getenv(k)
}

// listen opens a listener as serve does.
func (env *Env) listen(network, addr string) (net.Listener, error) {
	if env.Listen != nil {
		return env.Listen(network, addr)
	}
	return net.Listen(network, addr)
}

// command is one subcommand: it parses its own flags.
type command struct {
	summary string
	run     func(env *Env, args []string) error
}

var commands = map[string]command{
	"lint":    {"check post-mortems and report findings", runLint},
	"action":  {"check the post-mortems a pull request changes, as a GitHub Actions step", runAction},
	"actions": {"list the action items of a post-mortem", runActions},
	"new":     {"write a new post-mortem from the template", runNew},
	"index":   {"write the Markdown index of the post-mortems, with charts", runIndex},
	"version": {"print the version", runVersion},

	"serve":       {"run the GitHub App's webhook server", runServe},
	"healthcheck": {"exit 0 if the local server's /healthz answers 200", runHealthcheck},
	"reconcile":   {"bring post-mortems and their action issues into agreement", runReconcile},
	"summary":     {"post the weekly summary issue of open post-mortem actions", runSummary},
	"jobs":        {"list the app's queued, retrying and failed jobs; retry or cancel one", runJobs},
}

// usageError is a mistake in the arguments: exit code 2 and a hint.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// errFindings makes the exit code 1, and errLintIO 2, without printing
// anything more: the report has said it all.
var (
	errFindings = errors.New("findings at the failing severity")
	errLintIO   = errors.New("some files could not be read")
)

// Main runs the command named by args[0] and returns the exit code.
func Main(env *Env, args []string) int {
	if env.Now == nil {
		env.Now = time.Now
	}
	if len(args) == 0 {
		usage(env.Stderr) // a mistake: usage goes with the errors
		return ExitUsage
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stdout) // asked for: usage is the output
		return ExitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "postmortem-bot: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return ExitUsage
	}
	return code(env, args[0], cmd.run(env, args[1:]))
}

// code maps a command's error to an exit code, printing it once.
func code(env *Env, name string, err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFindings):
		return ExitFindings
	case errors.Is(err, errLintIO):
		return ExitUsage
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "postmortem-bot %s: %v\nRun 'postmortem-bot %s -h' for usage.\n", name, err, name)
	default:
		fmt.Fprintf(env.Stderr, "postmortem-bot %s: %v\n", name, err)
	}
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "postmortem-bot reviews incident post-mortems and follows their action items through.")
	fmt.Fprintln(w, "\nUsage: postmortem-bot <command> [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'postmortem-bot <command> -h' for a command's flags.")
}

func runVersion(env *Env, args []string) error {
	fs := newFlags("version", "", env.Stderr)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("version takes no arguments")
	}
	fmt.Fprintln(env.Stdout, env.Version)
	return nil
}

// path resolves a command-line path against the working directory.
func (env *Env) path(p string) string {
	if env.Dir == "" || p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(env.Dir, p)
}
