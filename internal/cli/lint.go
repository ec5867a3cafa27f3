package cli

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

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
	lessGC()
	files, missing := collect(env, cfg, fs.Args())
	jobs := lintOrder(files, missing)
	markFound(jobs, fs.Args())
	results, err := lintAndRender(env, cfg, *format, jobs)
	if err != nil {
		return fmt.Errorf("writing results: %w", err)
	}
	return lintOutcome(cfg, results, len(missing) > 0)
}

// lintAndRender lints the jobs and writes the report: JSON file by file as
// the results come in, other formats once all are in.
func lintAndRender(env *Env, cfg *config.Config, format string, jobs []lintJob) ([]report.File, error) {
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	var stream *report.JSONStream
	var emit func(report.File) error
	if format == "json" {
		stream = report.NewJSONStream(out)
		emit = stream.Write
	}
	results, err := lintAll(env, cfg, jobs, emit)
	switch {
	case err != nil:
	case stream != nil:
		err = stream.Close()
	default:
		err = render(out, env.Version, format, results)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return results, err
}

// lintJob is a file to lint, or one that could not be read.
type lintJob struct {
	path   string
	found  bool // found under a directory named on the command line
	failed *report.File
}

// markFound marks the jobs of files found under a directory among args,
// not named there themselves.
func markFound(jobs []lintJob, args []string) {
	for i := range jobs {
		jobs[i].found = len(args) > 0 && !slices.Contains(args, jobs[i].path)
	}
}

// lintOrder puts the files and the failures in the order of the report:
// by path.
func lintOrder(files []string, missing []report.File) []lintJob {
	jobs := make([]lintJob, 0, len(files)+len(missing))
	for _, f := range files {
		jobs = append(jobs, lintJob{path: f})
	}
	for i := range missing {
		jobs = append(jobs, lintJob{path: missing[i].Path, failed: &missing[i]})
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].path < jobs[j].path })
	return jobs
}

// lessGC makes the garbage collector wait for a heap 33 times the live
// data, and at least 128 MB (GOGC=3200), unless GOGC set something other
// than the default: lint is a short batch whose live data are small (the
// files in flight, about 2 MB), and a collection costs about the same
// whatever the garbage, some 23 million instructions over the globals
// and spans (and the memory it frees is cleared again when reused).
// Over 1,000 documents of 6.7 KB (about 92 MB allocated) none runs: 117
// MB resident, for 2.6% fewer instructions than at GOGC=800, which
// collected twice (60-66 MB); over 3,000, 174-177 MB (70-85 MB). At
// GOGC=2400 the 1,000 documents come within a few MB of the first
// collection. GOMEMLIMIT caps it where memory is short.
func lessGC() {
	if old := debug.SetGCPercent(3200); old != 100 {
		debug.SetGCPercent(old)
	}
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

// lintAll reads and lints files on every core and hands each result, in
// order, to emit (when not nil) as soon as it and those before it are in,
// so the report is written while later files are linted.
func lintAll(env *Env, cfg *config.Config, jobs []lintJob, emit func(report.File) error) ([]report.File, error) {
	linter, popt := lint.New(cfg.LintOptions()), cfg.ParseOptions()
	results := make([]report.File, len(jobs))
	ready := make([]chan struct{}, len(jobs))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	next := make(chan int)
	go func() {
		for i := range jobs {
			next <- i
		}
		close(next)
	}()
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		go func() {
			for i := range next {
				if jobs[i].failed != nil {
					results[i] = *jobs[i].failed
				} else {
					results[i] = lintFile(env, linter, popt, jobs[i])
				}
				close(ready[i])
			}
		}()
	}
	var err error
	for i := range jobs {
		<-ready[i]
		if emit != nil && err == nil {
			err = emit(results[i])
		}
		if emit != nil {
			results[i] = emitted(results[i])
		}
	}
	return results, err
}

// emitted keeps of a result written out what the exit status needs: its
// error and its most severe finding. The source and the other findings
// are let go, so that a long run holds no more than the files in flight.
func emitted(f report.File) report.File {
	out := report.File{Path: f.Path, Err: f.Err}
	for _, fd := range f.Findings {
		if len(out.Findings) == 0 {
			out.Findings = make([]lint.Finding, 1)
		}
		if fd.Severity >= out.Findings[0].Severity {
			out.Findings[0] = lint.Finding{Rule: fd.Rule, Severity: fd.Severity}
		}
	}
	return out
}

// lintFile lints a file; one found under a directory that holds nothing
// of a post-mortem gets a notice instead of a review.
func lintFile(env *Env, linter *lint.Linter, popt postmortem.Options, job lintJob) report.File {
	src, err := readLimited(env.path(job.path), lint.MaxSize+1)
	if err != nil {
		return report.File{Path: job.path, Err: fmt.Errorf("cannot read: %w", unwrapPathError(err))}
	}
	var findings []lint.Finding
	if job.found {
		findings = linter.LintFound(src, popt)
	} else {
		findings, _ = linter.LintSource(src, popt)
	}
	return report.File{Path: job.path, Findings: findings, Source: src}
}

// readLimited reads at most n bytes: enough to know a file is too large
// without holding all of it.
func readLimited(path string, n int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(512)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = min(info.Size(), n) + 1 // one more byte to see the end
	}
	return readAllInto(io.LimitReader(f, n), make([]byte, 0, size))
}

// readAllInto reads r to its end into buf, growing it only when the file
// is larger than buf's capacity: a file read at the size it had when
// looked at is read in one go, without the copies of io.ReadAll.
func readAllInto(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

func render(w io.Writer, version, format string, files []report.File) error {
	switch format {
	case "json":
		return report.JSON(w, files)
	case "github":
		return report.GitHub(w, files)
	case "sarif":
		return report.SARIF(w, files, lint.Rules(), version)
	case "rdjson":
		return report.RDJSON(w, files)
	}
	return report.Text(w, files)
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
