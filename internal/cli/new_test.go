package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/cli"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		wantPath  string // printed, relative to Env.Dir
		wantTitle string
		wantSev   string
	}{
		{name: "title and severity", args: []string{"--title", "Replica lag on orders-db", "--severity", "sev2"},
			wantPath: "postmortems/2026-11-05-replica-lag-on-orders-db.md", wantTitle: "Replica lag on orders-db", wantSev: "SEV2"},
		{name: "no title", args: nil,
			wantPath: "postmortems/2026-11-05-incident.md", wantTitle: "<Title>", wantSev: "<SEV1-SEV4>"},
		{name: "unicode title", args: []string{"-title", "Zoë's café: 李伟 outage ✓"},
			wantPath: "postmortems/2026-11-05-zoë-s-café-李伟-outage.md", wantTitle: "Zoë's café: 李伟 outage ✓", wantSev: "<SEV1-SEV4>"},
		{name: "dir flag", args: []string{"--dir", "docs/incidents", "--title", "DNS"},
			wantPath: "docs/incidents/2026-11-05-dns.md", wantTitle: "DNS", wantSev: "<SEV1-SEV4>"},
		{name: "long title", args: []string{"--title", strings.Repeat("word ", 30)},
			wantPath: "postmortems/2026-11-05-" + strings.TrimSuffix(strings.Repeat("word-", 12), "-") + ".md", wantTitle: strings.Repeat("word ", 30), wantSev: "<SEV1-SEV4>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			r := run(t, dir, append([]string{"new"}, tt.args...)...)
			if r.code != 0 {
				t.Fatalf("exit code: got %d, want 0\nstderr: %s", r.code, r.stderr)
			}
			if r.stdout != tt.wantPath+"\n" {
				t.Errorf("stdout: got %q, want %q", r.stdout, tt.wantPath+"\n")
			}
			if r.stderr != "" {
				t.Errorf("stderr: got %q, want nothing", r.stderr)
			}
			full := filepath.Join(dir, filepath.FromSlash(tt.wantPath))
			src, err := os.ReadFile(full)
			if err != nil {
				t.Fatalf("reading the new file: %v", err)
			}
			if want := postmortem.Template(tt.wantTitle, tt.wantSev); !bytes.Equal(src, want) {
				t.Errorf("content:\ngot  %q\nwant the template %q", src, want)
			}
			if !strings.HasPrefix(string(src), "# "+tt.wantTitle+"\n") {
				t.Errorf("first line: got %q, want %q", strings.SplitN(string(src), "\n", 2)[0], "# "+tt.wantTitle)
			}
			if !strings.Contains(string(src), "> Severity: "+tt.wantSev+"\n") {
				t.Errorf("content: got no %q line", "> Severity: "+tt.wantSev)
			}
			doc, err := postmortem.Parse(src, postmortem.Options{})
			if err != nil {
				t.Fatalf("parsing the new file: %v", err)
			}
			if len(doc.Actions) != 1 {
				t.Errorf("actions: got %d, want the template's one placeholder", len(doc.Actions))
			}

			// Linting it reports the placeholders and fails.
			rep, lr := lintJSON(t, dir, tt.wantPath)
			if lr.code != 1 {
				t.Errorf("lint exit code: got %d, want 1", lr.code)
			}
			f := rep.file(t, tt.wantPath)
			if f.Error != nil {
				t.Fatalf("lint: got error %q, want findings", *f.Error)
			}
			if len(f.find("fields/placeholder", 0)) == 0 {
				t.Errorf("lint: got %+v, want fields/placeholder findings", f.Findings)
			}
			if got := f.find("content/not-text", 0); len(got) > 0 {
				t.Errorf("lint: got %+v, want the new file readable", got)
			}
		})
	}
}

func TestNewRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	args := []string{"new", "--title", "Replica lag"}
	if r := run(t, dir, args...); r.code != 0 {
		t.Fatalf("first run: got exit %d, want 0\n%s", r.code, r.stderr)
	}
	full := filepath.Join(dir, "postmortems", "2026-11-05-replica-lag.md")
	edited := []byte("# Replica lag\n\nEdited by hand.\n")
	if err := os.WriteFile(full, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{args, {"new", "--title", "replica  LAG!", "--severity", "SEV1"}} {
		r := run(t, dir, args...)
		if r.code != 2 {
			t.Errorf("%v: exit code: got %d, want 2", args, r.code)
		}
		if !strings.Contains(r.stderr, "already exists") || !strings.Contains(r.stderr, "2026-11-05-replica-lag.md") {
			t.Errorf("%v: stderr: got %q, want it to name the file and say it already exists", args, r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("%v: stdout: got %q, want nothing", args, r.stdout)
		}
		got, err := os.ReadFile(full)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, edited) {
			t.Errorf("%v: content: got %q, want it unchanged %q", args, got, edited)
		}
	}
	// Another day is another file.
	var out bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &out, Dir: dir, Now: func() time.Time { return fixedNow.AddDate(0, 0, 1) }}
	if code := cli.Main(env, args); code != 0 || out.String() != "postmortems/2026-11-06-replica-lag.md\n" {
		t.Errorf("next day: got exit %d and %q, want 0 and postmortems/2026-11-06-replica-lag.md", code, out.String())
	}
}

func TestNewErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "file", []byte("x"))
	tests := []struct {
		name       string
		args       []string
		wantStderr string
	}{
		{"positional title", []string{"new", "My", "title"}, `unexpected arguments ["My" "title"]: give the title with -title`},
		{"dir is a file", []string{"new", "--dir", "file/sub"}, "postmortem-bot new: creating "},
		{"unknown flag", []string{"new", "--owner", "x"}, "flag provided but not defined: -owner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, dir, tt.args...)
			if r.code != 2 {
				t.Errorf("exit code: got %d, want 2", r.code)
			}
			if !strings.Contains(r.stderr, tt.wantStderr) {
				t.Errorf("stderr: got %q, want it to contain %q", r.stderr, tt.wantStderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout: got %q, want nothing", r.stdout)
			}
		})
	}
}

// The date in the file name is the clock's own date, in its zone.
func TestNewUsesClockDate(t *testing.T) {
	dir := t.TempDir()
	tokyo := time.FixedZone("JST", 9*60*60)
	var out bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &out, Dir: dir, Now: func() time.Time { return time.Date(2026, 12, 31, 23, 59, 0, 0, tokyo) }}
	if code := cli.Main(env, []string{"new", "--title", "Year end"}); code != 0 {
		t.Fatalf("exit code: got %d, want 0\n%s", code, out.String())
	}
	if got, want := out.String(), "postmortems/2026-12-31-year-end.md\n"; got != want {
		t.Errorf("stdout: got %q, want %q", got, want)
	}
}
