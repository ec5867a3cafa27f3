package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/postmortem-bot/postmortem-bot/internal/weekly"
)

const summaryHelp = `Posts (or, with --dry-run, prints) the weekly summary of a repository's
post-mortem actions as the GitHub App: one issue per ISO week, updated when
run again that week, closing the earlier weeks' summaries. The repository's
.github/postmortem.yml (summary.timezone, summary.repository,
summary.skip_empty) applies.

Environment:
  GITHUB_APP_ID            the GitHub App's id (required)
  GITHUB_PRIVATE_KEY       the app's private key, PEM (this or the next is required)
  GITHUB_PRIVATE_KEY_PATH  a file holding the app's private key
  GITHUB_API_URL           REST API root (default https://api.github.com/)
  LOG_LEVEL                debug, info, warn or error (default info)
`

// runSummary posts the weekly summary of one repository, or prints it.
func runSummary(env *Env, args []string) error {
	fs := newFlags("summary", "", env.Stderr)
	repoFlag := fs.String("repo", "", "the repository to summarise, OWNER/NAME (required)")
	dry := fs.Bool("dry-run", false, "print the summary's Markdown and change nothing on GitHub")
	usage := fs.Usage
	fs.Usage = func() { usage(); fmt.Fprint(env.Stderr, "\n"+summaryHelp) }
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("summary takes no arguments: name the repository with --repo")
	}
	repo, err := parseRepoRef(*repoFlag)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	return summarise(ctx, env, repo, *dry)
}

// summarise runs the summary of repo as the app and reports the outcome:
// the Markdown on stdout in a dry run, else what was posted.
func summarise(ctx context.Context, env *Env, repo repoRef, dry bool) error {
	cfg, err := loadAppConfig(env, env.getenv, false)
	if err != nil {
		return err
	}
	clients, err := newAppClients(env, cfg, newLogger(env.Stderr, cfg.logLevel), nil)
	if err != nil {
		return err
	}
	gh, _, err := repoClient(ctx, clients, repo)
	if err != nil {
		return err
	}
	login, err := clients.BotLogin(ctx)
	if err != nil {
		return err
	}
	w := &weekly.Weekly{Now: env.Now, TargetClient: weekly.InstallationTarget(clients)}
	res, err := w.Run(ctx, gh, weekly.Request{Owner: repo.Owner, Repo: repo.Name, DryRun: dry, Bot: login})
	if err != nil {
		return err
	}
	return reportSummary(env, repo, res, dry)
}

// reportSummary prints what a summary run did.
func reportSummary(env *Env, repo repoRef, res *weekly.Result, dry bool) error {
	switch {
	case res.Markdown == "":
		fmt.Fprintf(env.Stderr, "%s: no summary: %s\n", repo, res.Skipped)
		return nil
	case dry:
		if res.Skipped != "" {
			fmt.Fprintf(env.Stderr, "%s: would post nothing: %s\n", repo, res.Skipped)
		}
		fmt.Fprint(env.Stdout, res.Markdown)
		return nil
	case res.Skipped != "":
		fmt.Fprintf(env.Stdout, "%s: week %s: nothing posted: %s\n", repo, res.Week, res.Skipped)
		return nil
	}
	what := "unchanged"
	if res.Created {
		what = "opened"
	} else if res.Updated {
		what = "updated"
	}
	fmt.Fprintf(env.Stdout, "%s: week %s: summary %s as %s#%d\n", repo, res.Week, what, res.Target, res.Issue)
	for _, n := range res.Closed {
		fmt.Fprintf(env.Stdout, "%s: closed the earlier summary %s#%d\n", repo, res.Target, n)
	}
	return nil
}
