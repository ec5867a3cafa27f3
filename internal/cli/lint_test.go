package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// lintReport is the shape DESIGN.md gives `lint --format json`, with the
// "error" key of a file that could not be linted.
type lintReport struct {
	Files []lintFile `json:"files"`
}

type lintFile struct {
	Path     string        `json:"path"`
	Findings []lintFinding `json:"findings"`
	Error    *string       `json:"error"`
}

type lintFinding struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Line       int    `json:"line"`
	Column     int    `json:"column"`
	EndLine    int    `json:"end_line"`
	EndColumn  int    `json:"end_column"`
	Message    string `json:"message"`
	Suggestion string `json:"suggestion"`
}

var (
	fileKeys    = []string{"findings", "path"}
	findingKeys = []string{"column", "end_column", "end_line", "line", "message", "rule", "severity", "suggestion"}
	ruleIDRe    = regexp.MustCompile(`^(language|fields|timeline|actions|content)/[a-z0-9]+(-[a-z0-9]+)*$`)
)

// lintJSON runs lint --format json and decodes the report strictly: no
// unknown keys, and every file and finding has exactly the keys of
// DESIGN.md (a file may add "error").
func lintJSON(t *testing.T, dir string, args ...string) (lintReport, result) {
	t.Helper()
	r := run(t, dir, append([]string{"lint", "--format", "json"}, args...)...)
	var rep lintReport
	decodeStrict(t, r.stdout, &rep)
	var raw struct {
		Files []map[string]json.RawMessage `json:"files"`
	}
	decodeStrict(t, r.stdout, &raw)
	for _, f := range raw.Files {
		want := fileKeys
		if _, ok := f["error"]; ok {
			want = []string{"error", "findings", "path"}
		}
		if got := sortedKeys(f); !slices.Equal(got, want) {
			t.Errorf("file keys: got %v, want %v", got, want)
		}
		var findings []map[string]json.RawMessage
		if err := json.Unmarshal(f["findings"], &findings); err != nil {
			t.Fatalf("findings: %v", err)
		}
		for _, fd := range findings {
			if got := sortedKeys(fd); !slices.Equal(got, findingKeys) {
				t.Errorf("finding keys: got %v, want %v", got, findingKeys)
			}
		}
	}
	return rep, r
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// file returns the result for path, failing the test when it is absent.
func (rep lintReport) file(t *testing.T, path string) lintFile {
	t.Helper()
	for _, f := range rep.Files {
		if f.Path == path {
			return f
		}
	}
	t.Fatalf("report: got no file %q, want one (files: %v)", path, rep.paths())
	return lintFile{}
}

func (rep lintReport) paths() []string {
	var out []string
	for _, f := range rep.Files {
		out = append(out, f.Path)
	}
	return out
}

// find returns the findings of rule (all rules when "") on line (any
// line when 0).
func (f lintFile) find(rule string, line int) []lintFinding {
	var out []lintFinding
	for _, fd := range f.Findings {
		if (rule == "" || fd.Rule == rule) && (line == 0 || fd.Line == line) {
			out = append(out, fd)
		}
	}
	return out
}

func TestLintExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout []string // substrings
		wantStderr string   // substring
	}{
		{
			name:       "clean template",
			args:       []string{sample("clean-template.md")},
			wantCode:   0,
			wantStdout: []string{"1 file, 0 errors, 0 warnings, 0 notices\n"},
		},
		{
			name:       "blameful",
			args:       []string{sample("blameful.md")},
			wantCode:   1,
			wantStdout: []string{"testdata/postmortems/blameful.md:6:", "[fields/empty]", "[actions/no-owner]", "1 file, "},
		},
		{
			name:       "only notices",
			args:       []string{sample("mixed-forms.md")},
			wantCode:   0,
			wantStdout: []string{"notice:", " 0 errors, "},
		},
		{
			name:     "missing path, other files still reported",
			args:     []string{"testdata/postmortems/no-such-file.md", sample("blameful.md"), sample("clean-template.md")},
			wantCode: 2,
			wantStdout: []string{
				"testdata/postmortems/no-such-file.md: error: cannot read: no such file or directory\n",
				"testdata/postmortems/blameful.md:6:3: error: Contact is empty",
				"3 files, ", ", 1 file not linted\n",
			},
		},
		{
			name:       "missing path alone",
			args:       []string{"nope/"},
			wantCode:   2,
			wantStdout: []string{"nope/: error: cannot read: no such file or directory\n"},
		},
		{
			name:       "bad format",
			args:       []string{"--format", "yaml", sample("clean-template.md")},
			wantCode:   2,
			wantStderr: `postmortem-bot lint: -format "yaml": want one of text, json, github, sarif`,
		},
		{
			name:       "bad flag",
			args:       []string{"--fromat", "json", sample("clean-template.md")},
			wantCode:   2,
			wantStderr: "flag provided but not defined: -fromat",
		},
		{
			name:       "missing config file",
			args:       []string{"--config", "no-such.yml", sample("clean-template.md")},
			wantCode:   2,
			wantStderr: "postmortem-bot lint: configuration: ",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, "", append([]string{"lint"}, tt.args...)...)
			if r.code != tt.wantCode {
				t.Errorf("exit code: got %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.wantCode, r.stdout, r.stderr)
			}
			for _, s := range tt.wantStdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout: got %q, want it to contain %q", r.stdout, s)
				}
			}
			if !strings.Contains(r.stderr, tt.wantStderr) {
				t.Errorf("stderr: got %q, want it to contain %q", r.stderr, tt.wantStderr)
			}
			if tt.wantCode < 2 && r.stderr != "" {
				t.Errorf("stderr: got %q, want nothing", r.stderr)
			}
		})
	}
}

// The clean template is the documented example of a good post-mortem: no
// finding at error level, whatever rules are added.
func TestLintCleanTemplateHasNoErrors(t *testing.T) {
	rep, r := lintJSON(t, "", sample("clean-template.md"))
	if r.code != 0 {
		t.Errorf("exit code: got %d, want 0", r.code)
	}
	for _, fd := range rep.file(t, sample("clean-template.md")).Findings {
		if fd.Severity == "error" {
			t.Errorf("clean-template.md: got error %s at %d:%d %q, want none", fd.Rule, fd.Line, fd.Column, fd.Message)
		}
	}
}

func TestLintConfig(t *testing.T) {
	tests := []struct {
		name       string
		config     string // written to .github/postmortem.yml
		file       string // sample copied into the temporary repository
		wantCode   int
		wantStderr []string
	}{
		{name: "unknown key", config: "fail_on: error\nlabels:\n  action: x\nbogus: true\n", file: "clean-template.md", wantCode: 2,
			wantStderr: []string{"postmortem-bot lint: configuration: ", ".github/postmortem.yml:4:1:", `unknown key "bogus"`}},
		{name: "YAML syntax error", config: "fail_on: error\npaths:\n  - [\n", file: "clean-template.md", wantCode: 2,
			wantStderr: []string{".github/postmortem.yml:3"}},
		{name: "wrong type", config: "paths: postmortems\n", file: "clean-template.md", wantCode: 2,
			wantStderr: []string{".github/postmortem.yml:1:8:", "paths"}},
		{name: "fail on notice", config: "fail_on: notice\n", file: "mixed-forms.md", wantCode: 1},
		{name: "rule turned off", config: "rules:\n  actions/no-owner: \"off\"\n", file: "table-actions.md", wantCode: 0},
		{name: "empty file is the defaults", config: "", file: "table-actions.md", wantCode: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, ".github/postmortem.yml", []byte(tt.config))
			copySample(t, dir, tt.file)
			r := run(t, dir, "lint", tt.file)
			if r.code != tt.wantCode {
				t.Errorf("exit code: got %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.wantCode, r.stdout, r.stderr)
			}
			for _, s := range tt.wantStderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr: got %q, want it to contain %q", r.stderr, s)
				}
			}
			if tt.wantCode == 2 && r.stdout != "" {
				t.Errorf("stdout: got %q, want nothing when the configuration is broken", r.stdout)
			}
		})
	}
}

// --config names a file relative to Env.Dir; a broken one is reported as
// file:line.
func TestLintConfigFlag(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "conf/pm.yml", []byte("fail_on: warning\nrequired_fields: [contact]\nbogus_key: 1\n"))
	copySample(t, dir, "clean-template.md")
	r := run(t, dir, "lint", "--config", "conf/pm.yml", "clean-template.md")
	if r.code != 2 {
		t.Errorf("exit code: got %d, want 2", r.code)
	}
	if !regexp.MustCompile(`conf/pm\.yml:3:1: bogus_key: unknown key`).MatchString(r.stderr) {
		t.Errorf("stderr: got %q, want it to name conf/pm.yml:3:1 and the key", r.stderr)
	}

	writeFile(t, dir, "conf/ok.yml", []byte("fail_on: notice\n"))
	copySample(t, dir, "mixed-forms.md")
	if r := run(t, dir, "lint", "--config", "conf/ok.yml", "mixed-forms.md"); r.code != 1 {
		t.Errorf("fail_on notice via --config: got exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// Env.Dir may be relative to the process's directory; the repository's
// configuration is still found.
func TestLintRelativeDir(t *testing.T) {
	abs := t.TempDir()
	writeFile(t, abs, ".github/postmortem.yml", []byte("paths: [\"incidents/*.md\"]\nfail_on: notice\n"))
	writeFile(t, abs, "incidents/a.md", readSample(t, "mixed-forms.md"))
	writeFile(t, abs, "postmortems/b.md", readSample(t, "mixed-forms.md"))
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil {
		t.Skipf("no relative path from %s to %s: %v", wd, abs, err)
	}
	r := run(t, rel, "lint")
	if r.code != 1 {
		t.Errorf("exit code: got %d, want 1 (fail_on: notice from the configuration)\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "incidents/a.md:") || !strings.Contains(r.stdout, "1 file, ") {
		t.Errorf("stdout: got %q, want findings of incidents/a.md only", r.stdout)
	}
}

func TestLintJSON(t *testing.T) {
	names := []string{"blameful.md", "clean-template.md", "front-matter.md", "table-actions.md", "mixed-forms.md",
		"bare-times.md", "placeholders.md", "pasted-logs.md", "no-actions.md", "unicode.md"}
	var args []string
	for _, n := range names {
		args = append(args, sample(n))
	}
	rep, r := lintJSON(t, "", args...)
	if r.code != 1 {
		t.Errorf("exit code: got %d, want 1", r.code)
	}
	if got := len(rep.Files); got != len(names) {
		t.Fatalf("files: got %d, want %d", got, len(names))
	}
	if !slices.IsSorted(rep.paths()) {
		t.Errorf("files: got order %v, want sorted by path", rep.paths())
	}
	for _, f := range rep.Files {
		if f.Error != nil {
			t.Errorf("%s: got error %q, want none", f.Path, *f.Error)
		}
		lines := sampleLines(t, filepath.Base(f.Path))
		for _, fd := range f.Findings {
			checkFinding(t, f.Path, lines, fd)
		}
	}

	// Findings that point at known text.
	tests := []struct {
		file, rule string
		line       int
		wantText   string // the text from column to end_column; "" to only check the line
		lineHas    string // the finding's line holds this
		severity   string
	}{
		{file: "blameful.md", rule: "fields/empty", line: 6, lineHas: "| Contact        |                |", severity: "error"},
		{file: "blameful.md", rule: "actions/no-owner", line: 63, wantText: "Move the `edge-gw` certificate under cert-manager with the ACME issuer", severity: "error"},
		{file: "blameful.md", rule: "actions/no-due-date", line: 64, wantText: "Write a runbook for replacing the `edge-gw` certificate by hand", severity: "warning"},
		{file: "blameful.md", rule: "actions/vague", line: 65, wantText: "Improve monitoring", severity: "warning"},
		{file: "blameful.md", rule: "actions/duplicate", line: 66, lineHas: "Add an alert 14 days before", severity: "warning"},
		{file: "blameful.md", rule: "fields/untimed-event", line: 49, lineHas: "Somebody in #partners-support", severity: "warning"},
		{file: "table-actions.md", rule: "actions/no-owner", line: 67, lineHas: "| Add a load test at peak US traffic", severity: "error"},
		{file: "mixed-forms.md", rule: "actions/no-priority", line: 76, wantText: "Document failover", severity: "notice"},
	}
	for _, tt := range tests {
		f := rep.file(t, sample(tt.file))
		got := f.find(tt.rule, 0)
		if len(got) != 1 {
			t.Errorf("%s %s: got %d findings %+v, want 1 on line %d", tt.file, tt.rule, len(got), got, tt.line)
			continue
		}
		fd, lines := got[0], sampleLines(t, tt.file)
		if fd.Line != tt.line {
			t.Errorf("%s %s: got line %d, want %d", tt.file, tt.rule, fd.Line, tt.line)
			continue
		}
		if fd.Severity != tt.severity {
			t.Errorf("%s %s: got severity %q, want %q", tt.file, tt.rule, fd.Severity, tt.severity)
		}
		if tt.wantText != "" {
			if text := spanText(lines, fd); text != tt.wantText {
				t.Errorf("%s %s: got text %q at %d:%d-%d:%d, want %q", tt.file, tt.rule, text, fd.Line, fd.Column, fd.EndLine, fd.EndColumn, tt.wantText)
			}
		}
		if !strings.Contains(lines[fd.Line-1], tt.lineHas) {
			t.Errorf("%s %s: got line %q, want one holding %q", tt.file, tt.rule, lines[fd.Line-1], tt.lineHas)
		}
	}

	// The language rules, once there are any, flag blameful.md's blaming
	// paragraph and honour its ignore directive.
	if hasFamily("language") {
		b := rep.file(t, sample("blameful.md"))
		n := 0
		for _, fd := range b.Findings {
			if strings.HasPrefix(fd.Rule, "language/") && fd.Line >= 32 && fd.Line <= 38 {
				n++
			}
		}
		if n == 0 {
			t.Errorf("blameful.md: got no language finding on lines 32-38, want some")
		}
		if got := b.find("language/hindsight", 41); len(got) > 0 {
			t.Errorf("blameful.md: got language/hindsight on line 41 %+v, want it suppressed by the directive", got)
		}
	}
}

// checkFinding checks what every finding must satisfy: a rule of a known
// family, a severity, and a 1-based range inside the file.
func checkFinding(t *testing.T, path string, lines []string, fd lintFinding) {
	t.Helper()
	if !ruleIDRe.MatchString(fd.Rule) {
		t.Errorf("%s: got rule id %q, want family/name in language|fields|timeline|actions|content", path, fd.Rule)
	}
	if fd.Severity != "error" && fd.Severity != "warning" && fd.Severity != "notice" {
		t.Errorf("%s %s: got severity %q, want error, warning or notice", path, fd.Rule, fd.Severity)
	}
	if fd.Message == "" {
		t.Errorf("%s %s: got an empty message", path, fd.Rule)
	}
	if fd.Line < 1 || fd.Line > len(lines) || fd.EndLine < fd.Line || fd.EndLine > len(lines) {
		t.Errorf("%s %s: got lines %d-%d, want 1 <= line <= end_line <= %d", path, fd.Rule, fd.Line, fd.EndLine, len(lines))
		return
	}
	if n := utf8.RuneCountInString(lines[fd.Line-1]); fd.Column < 1 || fd.Column > n+1 {
		t.Errorf("%s %s: got column %d on line %d, want 1..%d", path, fd.Rule, fd.Column, fd.Line, n+1)
	}
	if n := utf8.RuneCountInString(lines[fd.EndLine-1]); fd.EndColumn < 1 || fd.EndColumn > n+1 {
		t.Errorf("%s %s: got end column %d on line %d, want 1..%d", path, fd.Rule, fd.EndColumn, fd.EndLine, n+1)
	}
	if fd.EndLine == fd.Line && fd.EndColumn < fd.Column {
		t.Errorf("%s %s: got end column %d before column %d", path, fd.Rule, fd.EndColumn, fd.Column)
	}
}

// spanText is the text of a one-line finding, columns counted in runes,
// end column inclusive.
func spanText(lines []string, fd lintFinding) string {
	if fd.EndLine != fd.Line {
		return "<spans lines>"
	}
	r := []rune(lines[fd.Line-1])
	if fd.Column < 1 || fd.EndColumn > len(r) || fd.EndColumn < fd.Column {
		return "<out of range>"
	}
	return string(r[fd.Column-1 : fd.EndColumn])
}

func hasFamily(fam string) bool {
	for _, r := range lint.Rules() {
		if strings.HasPrefix(r.ID, fam+"/") {
			return true
		}
	}
	return false
}

func readSample(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "postmortems", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func sampleLines(t *testing.T, name string) []string {
	t.Helper()
	return strings.Split(strings.TrimSuffix(string(readSample(t, name)), "\n"), "\n")
}

// copySample copies a sample post-mortem to dir/name.
func copySample(t *testing.T, dir, name string) {
	t.Helper()
	writeFile(t, dir, name, readSample(t, name))
}

func TestLintGitHubFormat(t *testing.T) {
	r := run(t, "", "lint", "--format", "github", sample("blameful.md"), sample("clean-template.md"), "testdata/postmortems/missing.md")
	if r.code != 2 {
		t.Errorf("exit code: got %d, want 2", r.code)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) < 2 {
		t.Fatalf("output: got %q, want a command per finding", r.stdout)
	}
	cmdRe := regexp.MustCompile(`^::(error|warning|notice) file=[^,:]+(,[a-zA-Z]+=[^,:]*)*::.+$`)
	for _, l := range lines {
		if !cmdRe.MatchString(l) {
			t.Errorf("line: got %q, want a ::error/::warning/::notice workflow command", l)
		}
	}
	for _, want := range []string{
		"::error file=testdata/postmortems/blameful.md,line=6,col=3,",
		",title=fields/empty::Contact is empty",
		"::error file=testdata/postmortems/missing.md::cannot read: no such file or directory",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output: got %q, want it to contain %q", r.stdout, want)
		}
	}
	if strings.Contains(r.stdout, "clean-template.md") {
		t.Errorf("output: got a command for clean-template.md, want none")
	}
}

func TestLintSARIF(t *testing.T) {
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name    string `json:"name"`
					Version string `json:"version"`
					Rules   []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region region `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	r := run(t, "", "lint", "--format", "sarif", sample("blameful.md"), sample("table-actions.md"), sample("clean-template.md"))
	if r.code != 1 {
		t.Errorf("exit code: got %d, want 1", r.code)
	}
	if !json.Valid([]byte(r.stdout)) {
		t.Fatalf("output: got invalid JSON:\n%s", r.stdout)
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" {
		t.Errorf("version: got %q, want 2.1.0", log.Version)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("runs: got %d, want 1", len(log.Runs))
	}
	run0 := log.Runs[0]
	if run0.Tool.Driver.Name != "postmortem-bot" || run0.Tool.Driver.Version != "test" {
		t.Errorf("driver: got %q %q, want postmortem-bot test", run0.Tool.Driver.Name, run0.Tool.Driver.Version)
	}
	if len(run0.Results) == 0 {
		t.Fatalf("results: got none, want blameful.md's findings")
	}
	rules := run0.Tool.Driver.Rules
	for i, res := range run0.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(rules) {
			t.Errorf("result %d: got ruleIndex %d, want 0..%d", i, res.RuleIndex, len(rules)-1)
			continue
		}
		if id := rules[res.RuleIndex].ID; id != res.RuleID {
			t.Errorf("result %d: got rules[%d].id %q, want ruleId %q", i, res.RuleIndex, id, res.RuleID)
		}
		if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.Region.StartLine < 1 || res.Locations[0].PhysicalLocation.Region.StartColumn < 1 {
			t.Errorf("result %d (%s): got locations %+v, want one with a 1-based start", i, res.RuleID, res.Locations)
		}
	}
	found := false
	for _, res := range run0.Results {
		loc := res.Locations[0].PhysicalLocation
		if res.RuleID == "fields/empty" && strings.HasSuffix(loc.ArtifactLocation.URI, "blameful.md") && loc.Region.StartLine == 6 {
			found = true
		}
	}
	if !found {
		t.Errorf("results: got no fields/empty on blameful.md line 6, want one")
	}
}

func TestLintDirectory(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(repoRoot(t), "testdata", "postmortems"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") && e.Name() != "README.md" {
			want = append(want, sample(e.Name()))
		}
	}
	for _, arg := range []string{"testdata/postmortems/", "testdata/postmortems", "./testdata/postmortems"} {
		t.Run(arg, func(t *testing.T) {
			rep, r := lintJSON(t, "", arg)
			if r.code != 1 {
				t.Errorf("exit code: got %d, want 1", r.code)
			}
			got := rep.paths()
			if !slices.Equal(got, want) {
				t.Errorf("files: got %v, want %v", got, want)
			}
			if slices.Contains(got, sample("README.md")) {
				t.Errorf("files: got README.md, want it excluded")
			}
			if !slices.Contains(got, sample("blameful.md")) || len(got) < 10 {
				t.Errorf("files: got %v, want the ten samples", got)
			}
		})
	}
}

// Without a PATH, lint checks what the configuration's paths match under
// Env.Dir.
func TestLintNoPathUsesConfigPaths(t *testing.T) {
	doc := readSample(t, "clean-template.md")
	tests := []struct {
		name   string
		config string // "" for none
		want   []string
	}{
		{name: "default paths", want: []string{"docs/postmortems/2025/z.md", "post-mortems/y.md", "postmortems/2026/x.md"}},
		{name: "configured paths", config: "paths: [\"incidents/**/*.md\"]\n", want: []string{"incidents/a.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, p := range []string{
				"postmortems/2026/x.md", "postmortems/README.md", "postmortems/2026/readme.md",
				"post-mortems/y.md", "docs/postmortems/2025/z.md", "docs/README.md",
				"docs/guide.md", "notes/n.md", "incidents/a.md", "x.md", ".hidden/postmortems/h.md",
			} {
				writeFile(t, dir, p, doc)
			}
			writeFile(t, dir, "postmortems/2026/notes.txt", []byte("not markdown"))
			if tt.config != "" {
				writeFile(t, dir, ".github/postmortem.yml", []byte(tt.config))
			}
			rep, r := lintJSON(t, dir)
			if r.code != 0 {
				t.Errorf("exit code: got %d, want 0\nstderr: %s", r.code, r.stderr)
			}
			if got := rep.paths(); !slices.Equal(got, tt.want) {
				t.Errorf("files: got %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("nothing to lint", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "docs/README.md", doc)
		r := run(t, dir, "lint")
		if r.code != 0 || r.stdout != "0 files, 0 errors, 0 warnings, 0 notices\n" {
			t.Errorf("got exit %d and %q, want 0 and an all-zero summary", r.code, r.stdout)
		}
	})
}

// A Markdown file found under a directory that holds nothing of a
// post-mortem (a list of sources, a contributing guide) gets one notice
// instead of every field reported missing, so it does not fail the run;
// named on the command line, it is reviewed as any other file.
func TestLintDirectorySkipsOtherMarkdown(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "pms/clean-template.md", readSample(t, "clean-template.md"))
	writeFile(t, dir, "pms/SOURCES.md", []byte("# Sources\n\nWhere each document came from.\n\n## Licences\n\n| file | licence |\n| --- | --- |\n| a.md | MIT |\n"))
	writeFile(t, dir, "pms/CONTRIBUTING.md", []byte("# Contributing\n\nOpen a pull request.\n\n## Style\n\n- Wrap at 80 columns.\n"))
	rep, r := lintJSON(t, dir, "pms")
	if r.code != 0 {
		t.Errorf("exit code: got %d, want 0\nstdout: %s", r.code, r.stdout)
	}
	for _, name := range []string{"pms/SOURCES.md", "pms/CONTRIBUTING.md"} {
		f := rep.file(t, name)
		if len(f.Findings) != 1 || f.Findings[0].Rule != "content/not-postmortem" || f.Findings[0].Severity != "notice" {
			t.Errorf("%s: got %+v, want one content/not-postmortem notice", name, f.Findings)
		}
	}
	if f := rep.file(t, "pms/clean-template.md"); len(f.find("content/not-postmortem", 0)) > 0 {
		t.Errorf("clean-template.md: read as not a post-mortem")
	}
	named, r := lintJSON(t, dir, "pms/SOURCES.md")
	if f := named.file(t, "pms/SOURCES.md"); r.code != 1 || len(f.find("fields/missing", 0)) == 0 {
		t.Errorf("named: exit %d, findings %+v; want it reviewed, with fields missing", r.code, f.Findings)
	}
}

// fields: in the file --config names adds labels the document's fields
// are read under: with it, no field is missing.
func TestLintConfigFieldLabels(t *testing.T) {
	dir := t.TempDir()
	doc := "# Queue stall\n\n**Duty pilot:** Rosa Petrov\n\n**Lights flickered:** 2026-04-07 09:12 UTC\n\n" +
		"The export queue stopped taking jobs after a schema change.\n"
	writeFile(t, dir, "stall.md", []byte(doc))
	writeFile(t, dir, "plain.yml", []byte("required_fields: [contact, start]\n"))
	writeFile(t, dir, "team.yml", []byte("required_fields: [contact, start]\nfields:\n  contact: [Duty pilot]\n  start: [Lights flickered]\n"))
	missing := regexp.MustCompile(`fields/missing`)
	if r := run(t, dir, "lint", "--config", "plain.yml", "stall.md"); !missing.MatchString(r.stdout) {
		t.Errorf("without fields: got %q, want fields/missing", r.stdout)
	}
	if r := run(t, dir, "lint", "--config", "team.yml", "stall.md"); missing.MatchString(r.stdout) || r.code == 2 {
		t.Errorf("with fields: got exit %d and %q%s, want no field missing", r.code, r.stdout, r.stderr)
	}
}
