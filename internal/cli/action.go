package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/ghaction"
	"github.com/postmortem-bot/postmortem-bot/internal/report"
)

// The inputs of action.yml, by id, as the action command reads them.
const (
	inputFormat = "format"
	inputOutput = "output"
	inputFailOn = "fail_on"
	inputConfig = "config"
	inputPaths  = "paths"
	inputFiles  = "files"
)

// ActionInputs are the ids of the inputs the action command reads; the
// action's metadata must declare exactly these.
var ActionInputs = []string{inputFormat, inputOutput, inputFailOn, inputConfig, inputPaths, inputFiles}

// summaryRows caps the findings listed in the job summary.
const summaryRows = 100

// actionRun is one run of the action command.
type actionRun struct {
	env    Env // Dir is the workspace
	rt     ghaction.Runtime
	format string
	output string
	never  bool // fail_on: never
	cfg    *config.Config
	pr     *ghaction.PullRequest // nil: not a pull request event
}

func runAction(env *Env, args []string) error {
	fs := newFlags("action", "", env.Stderr)
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("action takes no arguments: it reads the INPUT_* variables GitHub Actions sets")
	}
	run, err := newActionRun(env, ghaction.FromEnv(env.getenv))
	if err != nil {
		return err
	}
	files, missing, err := run.files(context.Background())
	if err != nil {
		return err
	}
	results, err := lintAll(&run.env, run.cfg, lintOrder(files, missing), nil)
	if err != nil {
		return err
	}
	if err := run.report(results); err != nil {
		return err
	}
	if run.never {
		results = onlyErrors(results)
	}
	return lintOutcome(run.cfg, results, false)
}

// newActionRun reads the inputs and the configuration.
func newActionRun(env *Env, rt ghaction.Runtime) (*actionRun, error) {
	run := &actionRun{env: *env, rt: rt, format: rt.Input(inputFormat), output: rt.Input(inputOutput)}
	if rt.Workspace != "" {
		run.env.Dir = rt.Workspace
	}
	if run.format == "" {
		run.format = "github"
	}
	if err := oneOf(inputFormat, run.format, lintFormats...); err != nil {
		return nil, err
	}
	cfg, err := loadConfig(&run.env, rt.Input(inputConfig))
	if err != nil {
		return nil, err
	}
	if paths := rt.InputList(inputPaths); len(paths) > 0 {
		cfg.Paths = paths
	}
	run.cfg = cfg
	return run, run.failOn(rt.Input(inputFailOn))
}

// failOn applies the fail_on input: a severity, or never.
func (run *actionRun) failOn(v string) error {
	switch v {
	case "":
		return nil
	case "never":
		run.never = true
		return nil
	}
	if err := oneOf(inputFailOn, v, "notice", "warning", "error", "never"); err != nil {
		return err
	}
	run.cfg.FailOn = v
	return nil
}

// files chooses what to lint: the files input, or the files a pull
// request adds or changes, or for any other event every post-mortem the
// configuration's paths match; always only files those paths match.
func (run *actionRun) files(ctx context.Context) (files []string, missing []report.File, err error) {
	given := run.rt.InputList(inputFiles)
	if len(given) == 0 {
		if run.pr, err = run.rt.PullRequest(); err != nil {
			return nil, nil, err
		}
		if run.pr == nil {
			files, missing = collect(&run.env, run.cfg, nil)
			return files, missing, nil
		}
		if given, err = ghaction.ChangedFiles(ctx, run.workspace(), run.pr.BaseSHA); err != nil {
			return nil, nil, err
		}
	}
	var keep []string
	for _, f := range given {
		if run.cfg.Match(filepath.ToSlash(f)) {
			keep = append(keep, filepath.ToSlash(f))
		}
	}
	if len(keep) == 0 {
		return nil, nil, nil
	}
	files, missing = collect(&run.env, run.cfg, keep)
	return files, missing, nil
}

// workspace is the directory the action works in.
func (run *actionRun) workspace() string {
	if run.env.Dir != "" {
		return run.env.Dir
	}
	return "."
}

// report writes the results in the chosen format (to the output file
// when one is named, with annotations on standard output besides), the
// step's outputs and the job summary.
func (run *actionRun) report(results []report.File) error {
	if err := run.writeFormat(results); err != nil {
		return err
	}
	errs, warns, notes := report.Counts(results)
	for name, n := range map[string]int{"files": len(results), "errors": errs, "warnings": warns, "notices": notes} {
		if err := run.rt.SetOutput(name, strconv.Itoa(n)); err != nil {
			return fmt.Errorf("writing the step's outputs: %w", err)
		}
	}
	return run.summary(results)
}

func (run *actionRun) writeFormat(results []report.File) error {
	if run.output == "" {
		return render(run.env.Stdout, run.env.Version, run.format, results)
	}
	f, err := os.Create(run.env.path(run.output))
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	err = render(f, run.env.Version, run.format, results)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", run.output, err)
	}
	return report.GitHub(run.env.Stdout, results)
}

// summary appends the job summary: the findings, or that the pull
// request changes no post-mortem.
func (run *actionRun) summary(results []report.File) error {
	var b strings.Builder
	if len(results) == 0 && run.pr != nil {
		b.WriteString("### Post-mortem review\n\nThis pull request changes no post-mortem.\n")
	} else if err := report.Markdown(&b, results, summaryRows); err != nil {
		return err
	}
	if err := run.rt.AppendSummary(b.String()); err != nil {
		return fmt.Errorf("writing the job summary: %w", err)
	}
	return nil
}

// onlyErrors keeps the files that could not be read, for the outcome of
// a run that never fails on findings.
func onlyErrors(results []report.File) []report.File {
	var out []report.File
	for _, f := range results {
		if f.Err != nil {
			out = append(out, report.File{Path: f.Path, Err: f.Err})
		}
	}
	return out
}
