package cli

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
)

// The deployment guide, its manifests and the README, relative to the
// module root.
const (
	guidePath              = "docs/deployment.md"
	kubernetesPath         = "deploy/kubernetes.yaml"
	kubernetesPostgresPath = "deploy/kubernetes-postgres.yaml"
	summaryCronPath        = "deploy/summary-cronjob.yaml"
)

// moduleRoot is the directory holding go.mod, two levels up.
func moduleRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// readRoot reads a file relative to the module root.
func readRoot(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(moduleRoot(t), filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

var (
	// getenvCall is a literal variable read: getenv("X"), os.Getenv("X").
	getenvCall = regexp.MustCompile(`[gG]etenv\("([A-Z][A-Z0-9_]*)"\)`)
	// envName is a string literal shaped like a variable's name, as in a
	// table of variables that a loop reads.
	envName = regexp.MustCompile(`"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"`)
)

// codeVars collects the environment variables the program reads: every
// literal getenv call in the module's Go files that are not tests, and
// every name shaped like a variable in those of the command line
// (internal/cli, cmd), where the environment is read.
func codeVars(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	root := moduleRoot(t)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata"):
			return filepath.SkipDir
		case d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go"):
			return nil
		}
		src, err := os.ReadFile(p)
		matches := getenvCall.FindAllSubmatch(src, -1)
		if rel, _ := filepath.Rel(root, p); strings.HasPrefix(rel, "internal/cli/") || strings.HasPrefix(rel, "cmd/") {
			matches = append(matches, envName.FindAllSubmatch(src, -1)...)
		}
		for _, m := range matches {
			seen[string(m[1])] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return sortedSet(seen)
}

// sortedSet is the keys of set, sorted.
func sortedSet(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// table returns the rows of the first Markdown table after the heading,
// as cells, without the header and the rule.
func table(t *testing.T, doc, heading string) [][]string {
	t.Helper()
	i := strings.Index(doc, "\n"+heading+"\n")
	if i < 0 {
		t.Fatalf("%s: no heading %q", guidePath, heading)
	}
	var rows [][]string
	for _, line := range strings.Split(doc[i+len(heading)+2:], "\n") {
		if !strings.HasPrefix(line, "|") {
			if len(rows) > 0 {
				break
			}
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	if len(rows) < 3 {
		t.Fatalf("%s: no table under %q", guidePath, heading)
	}
	return rows[2:]
}

// codeSpan is a Markdown code span.
var codeSpan = regexp.MustCompile("`([^`]+)`")

// The guide's table of environment variables lists exactly the variables
// the program reads.
func TestGuideListsEveryVariable(t *testing.T) {
	read := codeVars(t)
	if !slices.Contains(read, "GITHUB_APP_ID") || !slices.Contains(read, "PUBLIC_URL") {
		t.Fatalf("found the variables %v in the code: the search is broken", read)
	}
	documented := map[string]bool{}
	for _, row := range table(t, string(readRoot(t, guidePath)), "## Environment variables") {
		for _, m := range codeSpan.FindAllStringSubmatch(row[0], -1) {
			documented[m[1]] = true
		}
	}
	if got := sortedSet(documented); !slices.Equal(got, read) {
		t.Errorf("%s documents %v;\nthe code reads %v", guidePath, got, read)
	}
}

// handlerKey is a key the configuration's decoder knows.
var handlerKey = regexp.MustCompile(`"([a-z_]+)":\s+func\(v \*yaml\.Node`)

// The guide's table of .github/postmortem.yml keys names every key the
// configuration knows, and only keys it accepts.
func TestGuideListsEveryConfigKey(t *testing.T) {
	rows := table(t, string(readRoot(t, guidePath)), "## Repository configuration")
	named := map[string]bool{}
	for _, row := range rows {
		key := strings.Trim(row[0], "`")
		if _, err := config.Parse([]byte(nested(key) + " null\n")); err != nil {
			t.Errorf("%s: %s: %v", guidePath, key, err)
		}
		for _, m := range codeSpan.FindAllStringSubmatch(strings.Join(row, " "), -1) {
			for _, part := range strings.Split(m[1], ".") {
				named[part] = true
			}
		}
	}
	for _, m := range handlerKey.FindAllStringSubmatch(string(readRoot(t, "internal/config/settings.go")), -1) {
		if !named[m[1]] {
			t.Errorf("%s: the configuration key %q is not in the table", guidePath, m[1])
		}
	}
}

// nested writes a.b.c as YAML keys nested in that order, without a value.
func nested(key string) string {
	var b strings.Builder
	for i, part := range strings.Split(key, ".") {
		if i > 0 {
			b.WriteString("\n" + strings.Repeat("  ", i))
		}
		b.WriteString(part + ":")
	}
	return b.String()
}

func TestREADMELinksTheGuide(t *testing.T) {
	readme := string(readRoot(t, "README.md"))
	if !strings.Contains(readme, "\n## Deploying\n") || !strings.Contains(readme, "("+guidePath+")") {
		t.Errorf("README.md: want a Deploying section linking %s", guidePath)
	}
}

// decodeAll decodes every document of a YAML stream into a new T, with
// unknown fields an error (a misspelt field would be ignored by Kubernetes).
func decodeAll[T any](t *testing.T, rel string) []T {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(readRoot(t, rel)))
	dec.KnownFields(true)
	var docs []T
	for {
		var doc T
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatalf("%s, document %d: %v", rel, len(docs)+1, err)
		}
		docs = append(docs, doc)
	}
}

// defaultPort is the port of serve's default address.
func defaultPort(t *testing.T) string {
	_, port, err := net.SplitHostPort(defaultAddr)
	if err != nil {
		t.Fatal(err)
	}
	return port
}
