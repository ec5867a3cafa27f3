package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// padTo returns doc followed by filler lines up to exactly n bytes.
func padTo(doc []byte, n int) []byte {
	b := bytes.NewBuffer(append([]byte(nil), doc...))
	line := strings.Repeat("x", 79) + "\n"
	for b.Len()+len(line) <= n {
		b.WriteString(line)
	}
	if r := n - b.Len(); r > 0 {
		b.WriteString(strings.Repeat("y", r-1) + "\n")
	}
	return b.Bytes()
}

// Bad input in one run: every file gets its own clear result and the run
// goes on to the others.
func TestLintBadInput(t *testing.T) {
	clean := readSample(t, "clean-template.md")
	// Deeply nested blocks, a tenth as deep under the race detector: the
	// parser's walk through them is one file's work on one goroutine,
	// some thirty times slower under it, while the lint's workers still
	// take every file at once.
	deep := func(n int) int {
		if raceEnabled {
			return n / 10
		}
		return n
	}
	var indented strings.Builder
	for i := range deep(700) {
		indented.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	files := map[string][]byte{
		"non-utf8.md":        []byte("# Title\n\ncafé \xff ok\n"),
		"latin1.md":          []byte("# Caf\xe9 outage\n"),
		"binary.md":          []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
		"nul.md":             []byte("# Title\n\nsome text\x00more\n"),
		"empty.md":           {},
		"front-matter.md":    []byte("---\ntitle: Only front matter\ncontact: \"@ana\"\n---\n"),
		"over-1mib.md":       padTo(clean, lint.MaxSize+1),
		"exactly-1mib.md":    padTo(clean, lint.MaxSize),
		"ten-mb.md":          padTo(clean, 10_000_000),
		"deep-quote.md":      []byte(strings.Repeat("> ", deep(10_000)) + "deep\n"),
		"deep-list.md":       []byte(strings.Repeat("- ", deep(10_000)) + "deep\n"),
		"deep-mixed.md":      []byte(strings.Repeat("> - ", deep(5_000)) + "deep\n"),
		"deep-indented.md":   []byte(indented.String()),
		"clean.md":           clean,
		"broken-tables.md":   []byte("# Broken tables\n\n| Meeting | Value |\n| Date | 2026-11-05 |\n| Contact | @a |\n\n## Remediation\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add alert | @dana | 2026-12-01 | extra | cells |\n| Missing cells |\n| a | b\n|||\n"),
		"unclosed-fence.md":  append(append([]byte(nil), clean...), "\n```text\nnever closed\n"...),
		"crlf.md":            bytes.ReplaceAll(clean, []byte("\n"), []byte("\r\n")),
		"only-whitespace.md": []byte(" \n\t\n\n   \n"),
	}
	dir := t.TempDir()
	for name, data := range files {
		writeFile(t, dir, "in/"+name, data)
	}
	if err := os.Symlink("loop.md", filepath.Join(dir, "in", "loop.md")); err != nil {
		t.Fatal(err)
	}

	rep, r := lintJSON(t, dir, "in")
	if r.code != 2 {
		t.Errorf("exit code: got %d, want 2 (loop.md cannot be read)", r.code)
	}
	if got, want := len(rep.Files), len(files)+1; got != want {
		t.Errorf("files: got %d %v, want %d", got, rep.paths(), want)
	}

	notText := func(line, col int, msg string) func(*testing.T, lintFile) {
		return func(t *testing.T, f lintFile) {
			if f.Error != nil {
				t.Fatalf("got error %q, want a content/not-text finding", *f.Error)
			}
			if len(f.Findings) != 1 {
				t.Fatalf("got %d findings %+v, want only content/not-text", len(f.Findings), f.Findings)
			}
			fd := f.Findings[0]
			if fd.Rule != "content/not-text" || fd.Severity != "error" {
				t.Errorf("got %s %s, want content/not-text error", fd.Rule, fd.Severity)
			}
			if fd.Line != line || fd.Column != col {
				t.Errorf("position: got %d:%d, want %d:%d", fd.Line, fd.Column, line, col)
			}
			if !strings.Contains(fd.Message, msg) {
				t.Errorf("message: got %q, want it to contain %q", fd.Message, msg)
			}
		}
	}
	// linted: parsed as a document, whatever it holds.
	linted := func(wantRules ...string) func(*testing.T, lintFile) {
		return func(t *testing.T, f lintFile) {
			if f.Error != nil {
				t.Fatalf("got error %q, want the file linted", *f.Error)
			}
			if got := f.find("content/not-text", 0); len(got) > 0 {
				t.Errorf("got content/not-text %+v, want the file linted", got)
			}
			for _, rule := range wantRules {
				if len(f.find(rule, 0)) == 0 {
					t.Errorf("got no %s finding, want one; findings: %+v", rule, f.Findings)
				}
			}
		}
	}
	missingFields := func(f lintFile) []string {
		var out []string
		for _, fd := range f.find("fields/missing", 0) {
			name, _, _ := strings.Cut(fd.Message, " is missing")
			out = append(out, name)
		}
		return out
	}
	tests := []struct {
		file  string
		check func(*testing.T, lintFile)
	}{
		{"non-utf8.md", notText(3, 6, "not valid UTF-8 (first bad byte at line 3, column 6)")},
		{"latin1.md", notText(1, 6, "not valid UTF-8")},
		{"binary.md", notText(1, 1, "binary")},
		{"nul.md", notText(1, 1, "NUL")},
		{"over-1mib.md", notText(1, 1, "not reviewed")},
		// The message's size comes from the bytes read (at most
		// MaxSize+1), so it says 1.0 MB here; see the report.
		{"ten-mb.md", notText(1, 1, "not reviewed")},
		{"exactly-1mib.md", func(t *testing.T, f lintFile) {
			linted()(t, f)
			for _, fd := range f.Findings {
				if fd.Severity == "error" {
					t.Errorf("got error %s %q, want the clean template padded to 1 MiB to have none", fd.Rule, fd.Message)
				}
			}
		}},
		{"empty.md", func(t *testing.T, f lintFile) {
			linted("fields/missing", "actions/none")(t, f)
			if got := len(f.find("fields/missing", 0)); got != len(lint.DefaultRequiredFields) {
				t.Errorf("fields/missing: got %d %v, want one per required field (%d)", got, missingFields(f), len(lint.DefaultRequiredFields))
			}
			for _, fd := range f.Findings {
				if fd.Line != 1 || fd.Column != 1 {
					t.Errorf("%s: got %d:%d, want 1:1 in an empty file", fd.Rule, fd.Line, fd.Column)
				}
			}
		}},
		{"only-whitespace.md", linted("fields/missing")},
		{"front-matter.md", func(t *testing.T, f lintFile) {
			linted("fields/missing")(t, f)
			got := missingFields(f)
			if strings.Contains(strings.Join(got, ","), "Contact") {
				t.Errorf("fields/missing: got %v, want no Contact (front matter has it)", got)
			}
			if !strings.Contains(strings.Join(got, ","), "Date") {
				t.Errorf("fields/missing: got %v, want Date", got)
			}
		}},
		{"deep-quote.md", linted("fields/missing")},
		{"deep-list.md", linted("fields/missing")},
		{"deep-mixed.md", linted("fields/missing")},
		{"deep-indented.md", linted("fields/missing")},
		{"broken-tables.md", func(t *testing.T, f lintFile) {
			linted("fields/missing")(t, f)
			if got := f.find("actions/no-owner", 12); len(got) != 1 {
				t.Errorf("actions/no-owner on line 12 (row with one cell): got %+v, want one", got)
			}
			if got := f.find("actions/no-owner", 11); len(got) != 0 {
				t.Errorf("actions/no-owner on line 11 (row with extra cells, owner @dana): got %+v, want none", got)
			}
		}},
		{"unclosed-fence.md", linted()},
		{"crlf.md", func(t *testing.T, f lintFile) {
			linted()(t, f)
			if got := f.find("", 0); len(got) != len(rep.file(t, "in/clean.md").Findings) {
				t.Errorf("got findings %+v, want the same as with LF line endings", got)
			}
		}},
		{"clean.md", func(t *testing.T, f lintFile) {
			linted()(t, f)
			for _, fd := range f.Findings {
				if fd.Severity == "error" {
					t.Errorf("got error %s %q, want none", fd.Rule, fd.Message)
				}
			}
		}},
		{"loop.md", func(t *testing.T, f lintFile) {
			if f.Error == nil || !strings.Contains(*f.Error, "cannot read") || !strings.Contains(*f.Error, "symbolic links") {
				t.Errorf("error: got %v, want cannot read: too many levels of symbolic links", f.Error)
			}
			if f.Findings == nil || len(f.Findings) != 0 {
				t.Errorf("findings: got %#v, want []", f.Findings)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f := rep.file(t, "in/"+tt.file)
			tt.check(t, f)
			lines := strings.Split(string(files[tt.file]), "\n")
			for _, fd := range f.Findings {
				if fd.Line < 1 || fd.Column < 1 || fd.Line > len(lines) {
					t.Errorf("%s: got position %d:%d, want a 1-based position inside the file", fd.Rule, fd.Line, fd.Column)
				}
			}
		})
	}

	// The text report names the file that could not be read and counts it.
	r = run(t, dir, "lint", "in")
	for _, want := range []string{"in/loop.md: error: cannot read: too many levels of symbolic links\n", "in/non-utf8.md:3:6: error: The file is not valid UTF-8", ", 1 file not linted\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("text: got %q, want it to contain %q", r.stdout, want)
		}
	}
}

// Paths given on the command line that cannot be read: each is reported,
// and the others are still linted.
func TestLintUnreadablePaths(t *testing.T) {
	dir := t.TempDir()
	copySample(t, dir, "blameful.md")
	if err := os.Symlink("loop.md", filepath.Join(dir, "loop.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("b.md", filepath.Join(dir, "a.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.md", filepath.Join(dir, "b.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("gone.md", filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	rep, r := lintJSON(t, dir, "loop.md", "a.md", "dangling.md", "blameful.md")
	if r.code != 2 {
		t.Errorf("exit code: got %d, want 2", r.code)
	}
	tests := []struct{ path, wantErr string }{
		{"loop.md", "cannot read: too many levels of symbolic links"},
		{"a.md", "cannot read: too many levels of symbolic links"},
		{"dangling.md", "cannot read: no such file or directory"},
	}
	for _, tt := range tests {
		f := rep.file(t, tt.path)
		if f.Error == nil || *f.Error != tt.wantErr {
			t.Errorf("%s: got error %v, want %q", tt.path, f.Error, tt.wantErr)
		}
	}
	if b := rep.file(t, "blameful.md"); b.Error != nil || len(b.find("fields/empty", 6)) != 1 {
		t.Errorf("blameful.md: got %+v, want it linted with fields/empty on line 6", b)
	}
}

// A directory or file without read permission is reported by name; the
// run goes on. Root reads them anyway, so the test needs another user.
func TestLintPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reads")
	}
	dir := t.TempDir()
	writeFile(t, dir, "pm/blameful.md", readSample(t, "blameful.md"))
	writeFile(t, dir, "pm/locked/secret.md", readSample(t, "clean-template.md"))
	writeFile(t, dir, "pm/private.md", readSample(t, "clean-template.md"))
	writeFile(t, dir, "postmortems/locked/x.md", readSample(t, "clean-template.md"))
	writeFile(t, dir, "postmortems/ok.md", readSample(t, "clean-template.md"))
	writeFile(t, dir, "unrelated/locked/x.md", nil)
	for _, p := range []string{"pm/locked", "pm/private.md", "postmortems/locked", "unrelated/locked"} {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.Chmod(full, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(full, 0o755) })
	}

	rep, r := lintJSON(t, dir, "pm")
	if r.code != 2 {
		t.Errorf("exit code: got %d, want 2", r.code)
	}
	for _, p := range []string{"pm/locked", "pm/private.md"} {
		f := rep.file(t, p)
		if f.Error == nil || !strings.Contains(*f.Error, "permission denied") {
			t.Errorf("%s: got error %v, want permission denied", p, f.Error)
		}
	}
	if b := rep.file(t, "pm/blameful.md"); b.Error != nil || len(b.Findings) == 0 {
		t.Errorf("pm/blameful.md: got %+v, want it linted", b)
	}

	// Without a PATH: a locked directory where post-mortems could be is
	// reported; one elsewhere in the repository is not.
	rep, r = lintJSON(t, dir)
	if r.code != 2 {
		t.Errorf("no PATH: exit code: got %d, want 2", r.code)
	}
	want := []string{"postmortems/locked", "postmortems/ok.md"}
	if got := rep.paths(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("no PATH: files: got %v, want %v", got, want)
	}
}
