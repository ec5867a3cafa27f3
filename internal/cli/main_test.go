package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postmortem-bot/postmortem-bot/internal/cli"
)

// fixedNow is the clock of every test run.
var fixedNow = time.Date(2026, 11, 5, 9, 30, 0, 0, time.UTC)

// result is what one cli.Main call did.
type result struct {
	code           int
	stdout, stderr string
}

// run calls cli.Main with args in dir ("" is the repository root).
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	if dir == "" {
		dir = repoRoot(t)
	}
	var out, errOut bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &errOut, Now: func() time.Time { return fixedNow }, Dir: dir, Version: "test"}
	code := cli.Main(env, args)
	return result{code, out.String(), errOut.String()}
}

// repoRoot is the module root, where testdata/postmortems lives.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// sample is the path of a sample post-mortem relative to the repository root.
func sample(name string) string { return "testdata/postmortems/" + name }

// writeFile writes data to dir/rel, making directories as needed.
func writeFile(t *testing.T, dir, rel string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// decodeStrict decodes JSON into v, refusing unknown keys and trailing data.
func decodeStrict(t *testing.T, data string, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decoding %T: %v\n%s", v, err, data)
	}
	if dec.More() {
		t.Fatalf("trailing data after the JSON document:\n%s", data)
	}
}

// allCommands are the commands usage must list.
var allCommands = []string{"actions", "lint", "new", "version"}

func TestUsageAndExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantUsage  bool   // the command list is printed
		wantStdout string // exact, when wantUsage is false
		wantStderr string // substring
	}{
		{name: "no arguments", args: nil, wantCode: 2, wantUsage: true},
		{name: "help", args: []string{"help"}, wantCode: 0, wantUsage: true},
		{name: "-h", args: []string{"-h"}, wantCode: 0, wantUsage: true},
		{name: "--help", args: []string{"--help"}, wantCode: 0, wantUsage: true},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: 2, wantUsage: true, wantStderr: `unknown command "frobnicate"`},
		{name: "flag as command", args: []string{"--format", "json"}, wantCode: 2, wantUsage: true, wantStderr: `unknown command "--format"`},
		{name: "version", args: []string{"version"}, wantCode: 0, wantStdout: "test\n"},
		{name: "version with argument", args: []string{"version", "extra"}, wantCode: 2, wantStderr: "version takes no arguments"},
		{name: "version -h", args: []string{"version", "-h"}, wantCode: 0, wantStderr: "Usage: postmortem-bot version"},
		{name: "lint -h", args: []string{"lint", "-h"}, wantCode: 0, wantStderr: "-format"},
		{name: "lint --help lists config", args: []string{"lint", "--help"}, wantCode: 0, wantStderr: "-config"},
		{name: "actions -h", args: []string{"actions", "-h"}, wantCode: 0, wantStderr: "Usage: postmortem-bot actions [flags] FILE"},
		{name: "new -h", args: []string{"new", "-h"}, wantCode: 0, wantStderr: "-title"},
		{name: "lint unknown flag", args: []string{"lint", "--bogus", sample("blameful.md")}, wantCode: 2, wantStderr: "flag provided but not defined: -bogus"},
		{name: "lint bad format", args: []string{"lint", "--format", "xml", sample("blameful.md")}, wantCode: 2, wantStderr: `-format "xml": want one of text, json, github, sarif`},
		{name: "lint flag without value", args: []string{"lint", "--format"}, wantCode: 2, wantStderr: "flag needs an argument"},
		{name: "actions bad format", args: []string{"actions", "--format", "sarif", sample("blameful.md")}, wantCode: 2, wantStderr: `want one of text, json`},
		{name: "new unknown flag", args: []string{"new", "--sev", "1"}, wantCode: 2, wantStderr: "flag provided but not defined: -sev"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, t.TempDir(), tt.args...)
			if r.code != tt.wantCode {
				t.Errorf("exit code: got %d, want %d\nstderr: %s", r.code, tt.wantCode, r.stderr)
			}
			both := r.stdout + r.stderr
			if tt.wantUsage {
				for _, c := range allCommands {
					if !strings.Contains(both, "\n  "+c+" ") {
						t.Errorf("usage: got no line for command %q, want one\n%s", c, both)
					}
				}
			} else if r.stdout != tt.wantStdout {
				t.Errorf("stdout: got %q, want %q", r.stdout, tt.wantStdout)
			}
			if !strings.Contains(r.stderr, tt.wantStderr) {
				t.Errorf("stderr: got %q, want it to contain %q", r.stderr, tt.wantStderr)
			}
		})
	}
}

// A bad flag gets the error and a hint, not a flag list that is cut off.
func TestBadFlagMessage(t *testing.T) {
	for _, cmd := range []string{"lint", "actions", "new", "version"} {
		t.Run(cmd, func(t *testing.T) {
			r := run(t, t.TempDir(), cmd, "--no-such-flag")
			if r.code != 2 {
				t.Errorf("exit code: got %d, want 2", r.code)
			}
			want := "postmortem-bot " + cmd + ": flag provided but not defined: -no-such-flag\nRun 'postmortem-bot " + cmd + " -h' for usage.\n"
			if r.stderr != want {
				t.Errorf("stderr: got %q, want %q", r.stderr, want)
			}
			if r.stdout != "" {
				t.Errorf("stdout: got %q, want nothing", r.stdout)
			}
		})
	}
}

// -h prints every flag of the command, to Stderr, and nothing to Stdout.
func TestCommandHelpListsFlags(t *testing.T) {
	tests := []struct {
		cmd   string
		flags []string
	}{
		{"lint", []string{"-format", "-config"}},
		{"actions", []string{"-format", "-config"}},
		{"new", []string{"-title", "-severity", "-dir"}},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			r := run(t, t.TempDir(), tt.cmd, "-h")
			if r.code != 0 {
				t.Errorf("exit code: got %d, want 0", r.code)
			}
			if r.stdout != "" {
				t.Errorf("stdout: got %q, want nothing", r.stdout)
			}
			for _, f := range tt.flags {
				if !strings.Contains(r.stderr, "  "+f+" ") {
					t.Errorf("help: got %q, want flag %s listed", r.stderr, f)
				}
			}
		})
	}
}
