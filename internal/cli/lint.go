package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
	"github.com/postmortem-bot/postmortem-bot/internal/report"
)

// lintFormats are the output formats of lint and of the action.
var lintFormats = []string{"text", "json", "github", "sarif", "rdjson"}

func runLint(env *Env, args []string) error {
	fs := newFlags("lint", "[PATH...]", env.Stderr)
	format := fs.String("format", "text", "output `format`: text, json, github, sarif or rdjson")
	cfgPath := fs.String("config", "", "configuration `file` (default .github/postmortem.yml when present)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if err := oneOf("format", *format, lintFormats...); err != nil {
		return err
	}
	cfg, err := loadConfig(env, *cfgPath)
	if err != nil {
		return err
	}
	files, missing := collect(env, cfg, fs.Args())
	results := lintAll(env, cfg, files)
	results = append(results, missing...)
	sort.SliceStable(results, func(i, j int) bool { return results[i].Path < results[j].Path })
	if err := render(env, *format, results); err != nil {
		return fmt.Errorf("writing results: %w", err)
	}
	return lintOutcome(cfg, results, len(missing) > 0)
}

// loadConfig reads the named configuration file, or the repository's own
// when present, or returns the defaults.
func loadConfig(env *Env, path string) (*config.Config, error) {
	if path == "" {
		path = config.Path
		if _, err := os.Stat(env.path(path)); err != nil {
			return config.Default(), nil
		}
	}
	cfg, err := config.Load(env.path(path))
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	return cfg, nil
}

// collect expands the arguments into files: a directory gives its
// Markdown files, no argument gives the files the configuration's paths
// match. Arguments that do not exist are returned as failed results.
// Directories that cannot be read are returned as failed results too;
// without arguments, only those where the configuration's paths could
// match a file.
func collect(env *Env, cfg *config.Config, args []string) (files []string, missing []report.File) {
	if len(args) == 0 {
		return walk(env, ".", cfg.Match, cfg.MayContain)
	}
	for _, a := range args {
		info, err := os.Stat(env.path(a))
		switch {
		case err != nil:
			missing = append(missing, report.File{Path: a, Err: fmt.Errorf("cannot read: %w", unwrapPathError(err))})
		case info.IsDir():
			// Excludes are written from the repository root, where lint runs.
			keep := func(rel string) bool { return isMarkdown(rel) && !cfg.Excluded(path.Join(filepath.ToSlash(a), rel)) }
			found, failed := walk(env, a, keep, nil)
			files, missing = append(files, found...), append(missing, failed...)
		default:
			files = append(files, a)
		}
	}
	return files, missing
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func isMarkdown(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".md" || ext == ".markdown"
}

// walk lists the files under root that keep accepts, by slash path
// relative to root; hidden directories other than root are skipped.
// Directories that cannot be read come back as failed results when
// reportErr, given their slash path relative to root, accepts them (nil:
// all of them).
func walk(env *Env, root string, keep, reportErr func(rel string) bool) (out []string, failed []report.File) {
	base := env.path(root)
	_ = filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			rel, _ := filepath.Rel(base, p)
			if reportErr == nil || reportErr(filepath.ToSlash(rel)) {
				failed = append(failed, report.File{Path: filepath.ToSlash(filepath.Join(root, rel)), Err: fmt.Errorf("cannot read: %w", unwrapPathError(err))})
			}
			return nil
		}
		if d.IsDir() && p != base && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(base, p)
		if !d.IsDir() && keep(filepath.ToSlash(rel)) {
			out = append(out, filepath.ToSlash(filepath.Join(root, rel)))
		}
		return nil
	})
	return out, failed
}

// lintAll reads and lints files on every core; results keep file order.
func lintAll(env *Env, cfg *config.Config, files []string) []report.File {
	linter, popt := lint.New(cfg.LintOptions()), cfg.ParseOptions()
	results := make([]report.File, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = lintFile(env, linter, popt, files[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func lintFile(env *Env, linter *lint.Linter, popt postmortem.Options, path string) report.File {
	src, err := readLimited(env.path(path), lint.MaxSize+1)
	if err != nil {
		return report.File{Path: path, Err: fmt.Errorf("cannot read: %w", unwrapPathError(err))}
	}
	findings, _ := linter.LintSource(src, popt)
	return report.File{Path: path, Findings: findings, Source: src}
}

// readLimited reads at most n bytes: enough to know a file is too large
// without holding all of it.
func readLimited(path string, n int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, n))
}

func render(env *Env, format string, files []report.File) error {
	switch format {
	case "json":
		return report.JSON(env.Stdout, files)
	case "github":
		return report.GitHub(env.Stdout, files)
	case "sarif":
		return report.SARIF(env.Stdout, files, lint.Rules(), env.Version)
	case "rdjson":
		return report.RDJSON(env.Stdout, files)
	}
	return report.Text(env.Stdout, files)
}

// lintOutcome: exit 2 when a file could not be read, 1 when a finding is
// at or above the failing severity.
func lintOutcome(cfg *config.Config, files []report.File, ioErr bool) error {
	for _, f := range files {
		if f.Err != nil {
			ioErr = true
		}
	}
	if ioErr {
		return errLintIO
	}
	fail := cfg.FailSeverity()
	for _, f := range files {
		for _, fd := range f.Findings {
			if fd.Severity >= fail {
				return errFindings
			}
		}
	}
	return nil
}
