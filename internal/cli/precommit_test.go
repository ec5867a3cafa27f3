package cli_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/postmortem-bot/postmortem-bot/internal/cli"
	"github.com/postmortem-bot/postmortem-bot/internal/config"
)

// preCommitHook is an entry of .pre-commit-hooks.yaml: the keys
// pre-commit's manifest defines that this repository uses.
type preCommitHook struct {
	ID          string   `yaml:"id"`
	Name        string   `yaml:"name"`
	Description string   `yaml:"description"`
	Entry       string   `yaml:"entry"`
	Language    string   `yaml:"language"`
	Files       string   `yaml:"files"`
	Exclude     string   `yaml:"exclude"`
	Types       []string `yaml:"types"`
}

func readPreCommitHooks(t *testing.T) []preCommitHook {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot(t), ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var hooks []preCommitHook
	dec := yaml.NewDecoder(f)
	dec.KnownFields(true)
	if err := dec.Decode(&hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 || hooks[0].ID != "postmortem-lint" || hooks[0].Name == "" {
		t.Fatalf(".pre-commit-hooks.yaml: got %+v, want the postmortem-lint hook", hooks)
	}
	return hooks
}

// The hook runs the linter: pre-commit installs a golang hook with `go
// install ./...`, which makes one binary per main package, named by its
// directory; the entry is that binary and a command of it, to which
// pre-commit appends the staged files that the filters pass.
func TestPreCommitHookRunsTheLinter(t *testing.T) {
	h := readPreCommitHooks(t)[0]
	if h.Language != "golang" {
		t.Fatalf("language: got %q, want golang", h.Language)
	}
	bin, args, _ := strings.Cut(h.Entry, " ")
	if _, err := os.Stat(filepath.Join(repoRoot(t), "cmd", bin, "main.go")); err != nil {
		t.Errorf("entry %q: no main package cmd/%s builds the binary %s", h.Entry, bin, bin)
	}
	if args != "lint" {
		t.Errorf("entry %q: want the lint command", h.Entry)
	}
	dir := t.TempDir()
	writeFile(t, dir, "postmortems/clean.md", readSample(t, "clean-template.md"))
	writeFile(t, dir, "postmortems/blameful.md", readSample(t, "blameful.md"))
	if r := run(t, dir, append(strings.Fields(args), "postmortems/clean.md")...); r.code != cli.ExitOK {
		t.Errorf("hook on a clean post-mortem: exit %d, want 0\n%s%s", r.code, r.stdout, r.stderr)
	}
	r := run(t, dir, append(strings.Fields(args), "postmortems/clean.md", "postmortems/blameful.md")...)
	if r.code != cli.ExitFindings || !strings.Contains(r.stdout, "postmortems/blameful.md:") {
		t.Errorf("hook on a blameful post-mortem: exit %d, want 1 and its findings\n%s", r.code, r.stdout)
	}
}

// The hook's files and exclude patterns pass exactly the files the
// default configuration takes for post-mortems.
func TestPreCommitHookFilesFollowTheDefaultPaths(t *testing.T) {
	h := readPreCommitHooks(t)[0]
	files, exclude := regexp.MustCompile(h.Files), regexp.MustCompile(h.Exclude)
	paths := []string{
		"postmortems/2026-11-03-replica.md", "postmortems/2026/q4/db.md", "post-mortems/a.md",
		"docs/postmortems/a.md", "docs/post-mortems/x/y/z.md", "postmortems/README.md",
		"postmortems/sub/readme.md", "docs/post-mortems/ReadMe.md", "docs/other/a.md",
		"postmortems/a.txt", "postmortems/a.markdown", "src/postmortems/a.md", "postmortems.md",
		"postmortems/notes.md.bak", "docs/postmortems.md", "postmortemsx/a.md",
	}
	paths = append(paths, repositoryFiles(t)...)
	cfg := config.Default()
	for _, p := range paths {
		hook := files.MatchString(p) && !exclude.MatchString(p)
		if want := cfg.Match(p); hook != want {
			t.Errorf("%s: the hook takes it: %v; the default paths: %v", p, hook, want)
		}
	}
}

// repositoryFiles lists this repository's files as slash paths, with
// each Markdown file also as if it were under postmortems/.
func repositoryFiles(t *testing.T) []string {
	t.Helper()
	root := repoRoot(t)
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || (d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != root) {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if !d.IsDir() {
			out = append(out, rel)
			if strings.HasSuffix(rel, ".md") {
				out = append(out, "postmortems/"+rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
