package ghaction

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"sync"
)

// commitID is a full commit id (SHA-1 or SHA-256): anything else from a
// payload is refused before it reaches git's command line.
// It is compiled on first use, not at every start of the command line.
var commitID = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9a-f]{40}([0-9a-f]{24})?$`) })

// ChangedFiles lists the files HEAD adds or modifies since base, as slash
// paths relative to the top of the repository checked out in dir; deleted
// files are left out and a renamed file counts as added. A shallow
// checkout that lacks base fetches it from origin first (one commit).
// When the merge base of base and HEAD is known the diff starts there,
// so commits on the base branch since do not count; without the history
// to find it (the default one-commit checkout), the diff starts at base
// itself, which gives the same files when HEAD is the merge commit that
// actions/checkout checks out for a pull request.
func ChangedFiles(ctx context.Context, dir, base string) ([]string, error) {
	if !commitID().MatchString(base) {
		return nil, fmt.Errorf("base commit %q is not a commit id", base)
	}
	if _, err := git(ctx, dir, "cat-file", "-e", base+"^{commit}"); err != nil {
		if _, err := git(ctx, dir, "fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", base); err != nil {
			return nil, fmt.Errorf("fetching the base commit %s: %w", base, err)
		}
	}
	from := base
	if mb, err := git(ctx, dir, "merge-base", base, "HEAD"); err == nil {
		from = strings.TrimSpace(mb)
	}
	out, err := git(ctx, dir, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", from, "HEAD", "--")
	if err != nil {
		return nil, fmt.Errorf("listing the files changed since %s: %w", base, err)
	}
	var files []string
	for _, f := range strings.Split(out, "\x00") {
		if f != "" {
			files = append(files, f)
		}
	}
	return files, nil
}

// git runs git in dir and returns its standard output; an error carries
// what git said.
func git(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %w: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}
