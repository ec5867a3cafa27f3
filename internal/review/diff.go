package review

import (
	"strconv"
	"strings"
)

// diffLines is the set of new-file (RIGHT side) line numbers a patch shows:
// its added and context lines, on which GitHub accepts review comments.
type diffLines map[int]bool

// parsePatch reads a unified diff patch as the pull request files list
// gives it and returns the RIGHT-side lines of its hunks.
func parsePatch(patch string) diffLines {
	lines := diffLines{}
	next := 0
	for _, l := range strings.Split(patch, "\n") {
		switch {
		case strings.HasPrefix(l, "@@"):
			next = hunkStart(l)
		case next == 0, strings.HasPrefix(l, "-"), strings.HasPrefix(l, `\`):
		default:
			lines[next] = true
			next++
		}
	}
	return lines
}

// hunkStart returns the first new-file line of a hunk header
// "@@ -a,b +c,d @@", or 0 if the header cannot be read.
func hunkStart(header string) int {
	_, rest, ok := strings.Cut(header, " +")
	if !ok {
		return 0
	}
	end := strings.IndexAny(rest, ", ")
	if end < 0 {
		return 0
	}
	n, err := strconv.Atoi(rest[:end])
	if err != nil {
		return 0
	}
	return n
}

// covers reports whether every line from first to last is in the diff.
func (d diffLines) covers(first, last int) bool {
	for l := first; l <= last; l++ {
		if !d[l] {
			return false
		}
	}
	return first <= last
}
