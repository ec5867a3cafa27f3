package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

func runNew(env *Env, args []string) error {
	fset := newFlags("new", "", env.Stderr)
	title := fset.String("title", "", "incident `title`")
	severity := fset.String("severity", "", "`severity`, e.g. SEV2")
	dir := fset.String("dir", "postmortems", "`directory` to write into")
	if help, err := parseFlags(fset, args); help || err != nil {
		return err
	}
	if fset.NArg() > 0 {
		return usagef("unexpected arguments %q: give the title with -title", fset.Args())
	}
	name := fmt.Sprintf("%s-%s.md", env.Now().Format("2006-01-02"), postmortem.Slug(*title))
	path := filepath.Join(*dir, name)
	if err := writeNew(env.path(path), postmortem.Template(*title, *severity)); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, filepath.ToSlash(path))
	return nil
}

// writeNew creates the file and its directory; it never overwrites.
func writeNew(path string, content []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", filepath.Dir(path), err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists: not overwriting it (pick another -title)", path)
	}
	if err != nil {
		return fmt.Errorf("creating %s: %w", path, err)
	}
	if _, err := f.Write(content); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
