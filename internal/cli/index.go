package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/postmortem-bot/postmortem-bot/internal/catalog"
	"github.com/postmortem-bot/postmortem-bot/internal/config"
)

// indexOptions are the flags of `index`.
type indexOptions struct {
	dir, out, config string
	check            bool
}

func runIndex(env *Env, args []string) error {
	fs := newFlags("index", "", env.Stderr)
	var o indexOptions
	fs.StringVar(&o.dir, "dir", "", "`directory` of post-mortems to index (default: what the configuration's paths match)")
	fs.StringVar(&o.out, "out", "", "index `file` to write, - for standard output (default: the configuration's index, else -)")
	fs.StringVar(&o.config, "config", "", "configuration `file` (default .github/postmortem.yml when present)")
	fs.BoolVar(&o.check, "check", false, "write nothing; exit 1 when the index file is not up to date")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q: give the directory with -dir", fs.Args())
	}
	cfg, err := loadConfig(env, o.config)
	if err != nil {
		return err
	}
	return index(env, cfg, o)
}

// index builds the index of the post-mortems and writes or checks it.
func index(env *Env, cfg *config.Config, o indexOptions) error {
	out := cmpOr(o.out, cfg.Index, "-")
	if o.check && out == "-" {
		return usagef("-check needs an index file: give -out or set index in the configuration")
	}
	recs, failed, err := indexRecords(env, cfg, o.dir, out)
	if err != nil {
		return err
	}
	md, err := catalog.Build(recs, catalog.Options{IndexPath: absSlash(env, indexFile(out))})
	if err != nil {
		return err
	}
	if err := emitIndex(env, out, md, len(recs), o.check); err != nil {
		return err
	}
	if failed {
		return errLintIO
	}
	return nil
}

// cmpOr returns the first of values that is not empty.
func cmpOr(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// indexFile is where links in the index start from: the file, or for
// standard output a file in the working directory.
func indexFile(out string) string {
	if out == "-" {
		return "INDEX.md"
	}
	return out
}

// absSlash is a path as an absolute slash path.
func absSlash(env *Env, p string) string {
	abs, err := filepath.Abs(env.path(p))
	if err != nil {
		abs = env.path(p)
	}
	return filepath.ToSlash(abs)
}

// indexRecords reads the post-mortems under dir, or what the
// configuration's paths match, but the index file itself. Files that
// cannot be read or parsed are reported and left out (failed); a dir
// that does not exist is an error.
func indexRecords(env *Env, cfg *config.Config, dir, out string) (recs []catalog.Record, failed bool, err error) {
	var args []string
	if dir != "" {
		if _, err := os.Stat(env.path(dir)); err != nil {
			return nil, false, fmt.Errorf("cannot read %s: %w", dir, unwrapPathError(err))
		}
		args = []string{dir}
	}
	files, missing := collect(env, cfg, args)
	for _, m := range missing {
		fmt.Fprintf(env.Stderr, "postmortem-bot index: %s: %v\n", m.Path, m.Err)
	}
	self := absSlash(env, indexFile(out))
	for _, f := range files {
		if absSlash(env, f) == self {
			continue
		}
		doc, err := readDocument(env, f, cfg.ParseOptions())
		if err != nil {
			fmt.Fprintf(env.Stderr, "postmortem-bot index: %v (left out)\n", err)
			failed = true
			continue
		}
		recs = append(recs, catalog.Read(absSlash(env, f), doc))
	}
	return recs, failed || len(missing) > 0, nil
}

// emitIndex prints the index, or writes the file when its bytes differ,
// or with check only says whether they do.
func emitIndex(env *Env, out string, md []byte, n int, check bool) error {
	if out == "-" {
		_, err := env.Stdout.Write(md)
		return err
	}
	old, err := os.ReadFile(env.path(out))
	switch {
	case err == nil && bytes.Equal(old, md):
		fmt.Fprintf(env.Stdout, "%s: up to date (%d post-mortems)\n", out, n)
		return nil
	case err == nil && !bytes.HasPrefix(old, []byte(catalog.Header)):
		return fmt.Errorf("%s was not written by index: not overwriting it (move it, or give another -out)", out)
	}
	if check {
		fmt.Fprintf(env.Stderr, "%s: out of date; run postmortem-bot index\n", out)
		return errFindings
	}
	if err := os.MkdirAll(filepath.Dir(env.path(out)), 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", filepath.Dir(out), err)
	}
	if err := os.WriteFile(env.path(out), md, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(env.Stdout, "%s: written (%d post-mortems)\n", out, n)
	return nil
}
