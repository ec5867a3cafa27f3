package cli_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// indexRepo copies the sample post-mortems into a repository in a
// temporary directory whose configuration names the index.
func indexRepo(t *testing.T, index string) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(repoRoot(t), "testdata", "postmortems", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("samples: %d, %v", len(files), err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, "postmortems/"+filepath.Base(f), src)
	}
	writeFile(t, dir, ".github/postmortem.yml", []byte("index: "+index+"\n"))
	return dir
}

// linkRe finds the relative links of an index's tables and lists.
var linkRe = regexp.MustCompile(`\]\(([^)#][^)]*)\)`)

// The index is written where the configuration says, its links lead to
// the post-mortems from there, a second run changes nothing, -check
// tells a stale index, and the index is never read as a post-mortem.
func TestIndexCommand(t *testing.T) {
	dir := indexRepo(t, "postmortems/INDEX.md")
	r := run(t, dir, "index")
	if r.code != 0 || r.stdout != "postmortems/INDEX.md: written (10 post-mortems)\n" {
		t.Fatalf("first run: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	file := filepath.Join(dir, "postmortems", "INDEX.md")
	first, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, file, first, 10)
	past := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(file, past, past); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, "index"); r.code != 0 || r.stdout != "postmortems/INDEX.md: up to date (10 post-mortems)\n" {
		t.Errorf("second run: exit %d, stdout %q, want up to date", r.code, r.stdout)
	}
	if info, err := os.Stat(file); err != nil || !info.ModTime().Equal(past) {
		t.Errorf("second run touched the file: %v %v", info.ModTime(), err)
	}
	if r := run(t, dir, "index", "-check"); r.code != 0 {
		t.Errorf("-check of a current index: exit %d, want 0 (%s)", r.code, r.stderr)
	}
	if r := run(t, dir, "lint"); strings.Contains(r.stdout, "INDEX.md") {
		t.Errorf("lint read the index as a post-mortem:\n%s", r.stdout)
	}
	writeFile(t, dir, "postmortems/2026-12-01-new.md", []byte("# New incident\n\n## Tags\n\nbrand-new\n"))
	if r := run(t, dir, "index", "-check"); r.code != 1 || !strings.Contains(r.stderr, "out of date") {
		t.Errorf("-check of a stale index: exit %d, stderr %q; want 1, out of date", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(file); string(after) != string(first) {
		t.Errorf("-check wrote the index")
	}
	if r := run(t, dir, "index"); r.code != 0 || !strings.Contains(r.stdout, "written (11 post-mortems)") {
		t.Errorf("after a new post-mortem: exit %d, stdout %q", r.code, r.stdout)
	}
}

// checkLinks resolves every relative link of the index from its
// directory: each leads to a file, and n post-mortems are linked.
func checkLinks(t *testing.T, file string, md []byte, n int) {
	t.Helper()
	linked := map[string]bool{}
	for _, m := range linkRe.FindAllStringSubmatch(string(md), -1) {
		target := filepath.Join(filepath.Dir(file), filepath.FromSlash(m[1]))
		if _, err := os.Stat(target); err != nil {
			t.Errorf("%s: link %s leads nowhere: %v", file, m[1], err)
		}
		linked[target] = true
	}
	if len(linked) != n {
		t.Errorf("%s: %d post-mortems linked, want %d", file, len(linked), n)
	}
}

// -out puts the index elsewhere, with links from there; -dir indexes
// one directory; with neither file nor configuration it prints.
func TestIndexOutAndDir(t *testing.T) {
	dir := indexRepo(t, "''")
	r := run(t, dir, "index", "-out", "docs/incidents.md")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	md, err := os.ReadFile(filepath.Join(dir, "docs", "incidents.md"))
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, filepath.Join(dir, "docs", "incidents.md"), md, 10)
	if !strings.Contains(string(md), "](../postmortems/") {
		t.Errorf("links do not start from docs/:\n%s", md)
	}
	printed := run(t, "", "index", "-dir", "testdata/layouts")
	if printed.code != 0 || !strings.HasPrefix(printed.stdout, "<!--") {
		t.Fatalf("-dir to standard output: exit %d, stderr %q", printed.code, printed.stderr)
	}
	layouts, _ := filepath.Glob(filepath.Join(repoRoot(t), "testdata", "layouts", "*.md"))
	checkLinks(t, filepath.Join(repoRoot(t), "INDEX.md"), []byte(printed.stdout), len(layouts)-1) // not the README
	if again := run(t, "", "index", "-dir", "testdata/layouts"); again.stdout != printed.stdout {
		t.Errorf("a second run printed other bytes")
	}
}

// A file that is not text is left out and said so, with exit 2, and the
// rest is indexed; bad arguments are usage errors.
func TestIndexErrors(t *testing.T) {
	dir := indexRepo(t, "INDEX.md")
	writeFile(t, dir, "postmortems/binary.md", []byte("\x00\x01"))
	r := run(t, dir, "index")
	if r.code != 2 || !strings.Contains(r.stderr, "binary.md") || !strings.Contains(r.stdout, "written (10 post-mortems)") {
		t.Errorf("a binary file: exit %d, stdout %q, stderr %q; want 2, it named, the rest written", r.code, r.stdout, r.stderr)
	}
	writeFile(t, dir, "postmortems/README.md", []byte("# Our post-mortems\n\nHow we write them.\n"))
	if r := run(t, dir, "index", "-out", "postmortems/README.md"); r.code != 2 || !strings.Contains(r.stderr, "not overwriting") {
		t.Errorf("over a file index did not write: exit %d, stderr %q; want 2, not overwriting", r.code, r.stderr)
	}
	if src, _ := os.ReadFile(filepath.Join(dir, "postmortems", "README.md")); !strings.HasPrefix(string(src), "# Our post-mortems") {
		t.Errorf("the README was overwritten")
	}
	for _, args := range [][]string{
		{"index", "postmortems"},
		{"index", "-dir", "nowhere"},
		{"index", "-check", "-out", "-"},
		{"index", "-config", "missing.yml"},
	} {
		if r := run(t, dir, args...); r.code != 2 || r.stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want 2 and a message", args, r.code, r.stderr)
		}
	}
	help := run(t, dir, "index", "-h")
	for _, f := range []string{"-dir", "-out", "-config", "-check"} {
		if !strings.Contains(help.stderr, "  "+f+" ") && !strings.Contains(help.stderr, "  "+f+"\n") {
			t.Errorf("help lacks %s:\n%s", f, help.stderr)
		}
	}
}
