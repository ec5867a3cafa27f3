package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/postmortem-bot/postmortem-bot/internal/actions"
)

const reconcileHelp = `Brings every merged post-mortem and its action issues into agreement: an
action without an issue gets one (or the one an interrupted merge opened),
each document shows its issues' numbers, states, owners and milestones, and
an open issue whose action is gone gets a comment. Without --repo, every
repository the app is installed on. The app's credentials come from the
environment, as for serve (the webhook secret is not needed).
`

// runReconcile reconciles one repository or all of them.
func runReconcile(env *Env, args []string) error {
	fs := newFlags("reconcile", "", env.Stderr)
	repoFlag := fs.String("repo", "", "reconcile only `OWNER/NAME`")
	usage := fs.Usage
	fs.Usage = func() { usage(); fmt.Fprint(env.Stderr, "\n"+reconcileHelp) }
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("reconcile takes no arguments; name a repository with --repo")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	return reconcile(ctx, env, *repoFlag)
}

// reconcile runs the reconciler and prints a line per repository.
func reconcile(ctx context.Context, env *Env, only string) error {
	cfg, err := loadAppConfig(env, env.getenv, false)
	if err != nil {
		return err
	}
	logger := newLogger(env.Stderr, cfg.logLevel)
	clients, err := newAppClients(env, cfg, logger, nil)
	if err != nil {
		return err
	}
	rc := &actions.Reconciler{Now: env.Now}
	if only == "" {
		results, err := rc.All(ctx, clients, logger)
		for _, res := range results {
			printReconciled(env.Stdout, res)
		}
		return err
	}
	ref, err := parseRepoRef(only)
	if err != nil {
		return err
	}
	gh, inst, err := repoClient(ctx, clients, ref)
	if err != nil {
		return err
	}
	if rc.Bot, err = clients.BotLogin(ctx); err != nil {
		return err
	}
	res, err := rc.Repo(ctx, gh, ref.Owner, ref.Name, inst.GetCreatedAt().Time)
	if err == nil {
		printReconciled(env.Stdout, res)
	}
	return err
}

// printReconciled prints what reconciling a repository did, in one line.
func printReconciled(w io.Writer, res *actions.ReconcileResult) {
	if res.Skipped != "" {
		fmt.Fprintf(w, "%s: skipped (%s)\n", res.Repo, res.Skipped)
		return
	}
	parts := []string{fmt.Sprintf("%d post-mortems", res.Documents),
		fmt.Sprintf("%d issues opened", res.Opened), fmt.Sprintf("%d found by their marker", res.Reused),
		fmt.Sprintf("%d commits", len(res.Commits))}
	if res.PullRequest != 0 {
		parts = append(parts, fmt.Sprintf("pull request #%d", res.PullRequest))
	}
	if len(res.Orphaned) > 0 {
		parts = append(parts, fmt.Sprintf("%d orphaned issues commented", len(res.Orphaned)))
	}
	if res.Unfollowed > 0 {
		parts = append(parts, fmt.Sprintf("%d older than the installation left alone", res.Unfollowed))
	}
	fmt.Fprintf(w, "%s: %s\n", res.Repo, strings.Join(parts, ", "))
}
