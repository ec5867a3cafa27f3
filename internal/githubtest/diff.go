package githubtest

import (
	"fmt"
	"strings"
)

// contextLines is how many unchanged lines surround a change in a hunk.
const contextLines = 3

// maxDiffCells bounds the LCS table; larger files diff as replaced whole.
const maxDiffCells = 16 << 20

// edit is one line of a line diff: kind ' ', '-' or '+', with its old and
// new line numbers (1-based; 0 where the line is absent on that side).
type edit struct {
	kind     byte
	old, new int
	text     string
}

// diffIndex maps the lines of a patch that review comments may target.
type diffIndex struct {
	right, left map[int]int // line number → position in the patch
	positions   int         // lines in the patch after the first @@
	lines       []string    // patch lines
}

// splitLines splits s into lines without their newlines.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// lineDiff returns the edit script from a to b, by longest common
// subsequence.
func lineDiff(a, b []string) []edit {
	if len(a)*len(b) > maxDiffCells {
		return replaceAll(a, b)
	}
	lcs := lcsTable(a, b)
	var out []edit
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			out = append(out, edit{' ', i + 1, j + 1, a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, edit{'-', i + 1, 0, a[i]})
			i++
		default:
			out = append(out, edit{'+', 0, j + 1, b[j]})
			j++
		}
	}
	return out
}

// lcsTable holds, at [i][j], the LCS length of a[i:] and b[j:].
func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t
}

// replaceAll is the edit script deleting a and adding b.
func replaceAll(a, b []string) []edit {
	var out []edit
	for i, l := range a {
		out = append(out, edit{'-', i + 1, 0, l})
	}
	for j, l := range b {
		out = append(out, edit{'+', 0, j + 1, l})
	}
	return out
}

// hunkRanges groups the changes of edits, with context, into [lo, hi)
// ranges of edits.
func hunkRanges(edits []edit) [][2]int {
	var ranges [][2]int
	for i, e := range edits {
		if e.kind == ' ' {
			continue
		}
		lo, hi := max(i-contextLines, 0), min(i+contextLines+1, len(edits))
		if n := len(ranges); n > 0 && lo <= ranges[n-1][1] {
			ranges[n-1][1] = hi
			continue
		}
		ranges = append(ranges, [2]int{lo, hi})
	}
	return ranges
}

// patch renders the unified diff from old to new as GitHub's files API
// does (hunks only, no file header) and indexes its lines.
func patch(oldText, newText string) (string, diffIndex, int, int) {
	edits := lineDiff(splitLines(oldText), splitLines(newText))
	idx := diffIndex{right: map[int]int{}, left: map[int]int{}}
	adds, dels := 0, 0
	for _, h := range hunkRanges(edits) {
		idx.addLine(hunkHeader(edits[h[0]:h[1]]), edit{kind: '@'})
		for _, e := range edits[h[0]:h[1]] {
			idx.addLine(string(e.kind)+e.text, e)
			adds += boolInt(e.kind == '+')
			dels += boolInt(e.kind == '-')
		}
	}
	return strings.Join(idx.lines, "\n"), idx, adds, dels
}

// addLine appends a patch line and indexes the lines it makes commentable.
func (idx *diffIndex) addLine(line string, e edit) {
	if len(idx.lines) > 0 {
		idx.positions++
	}
	idx.lines = append(idx.lines, line)
	if e.new > 0 {
		idx.right[e.new] = idx.positions
	}
	if e.old > 0 {
		idx.left[e.old] = idx.positions
	}
}

// hunkHeader is the "@@ -a,b +c,d @@" line of a hunk's edits. A side
// with no lines (an added or removed file) starts at 0, as in git.
func hunkHeader(edits []edit) string {
	oldStart, oldCount, newStart, newCount := 0, 0, 0, 0
	for _, e := range edits {
		if e.old > 0 {
			oldCount++
			oldStart = cmpFirst(oldStart, e.old)
		}
		if e.new > 0 {
			newCount++
			newStart = cmpFirst(newStart, e.new)
		}
	}
	return fmt.Sprintf("@@ -%s +%s @@", hunkRange(oldStart, oldCount), hunkRange(newStart, newCount))
}

// cmpFirst keeps the first non-zero value.
func cmpFirst(cur, v int) int {
	if cur == 0 {
		return v
	}
	return cur
}

// hunkRange formats a hunk side as git does: "start" when count is 1.
func hunkRange(start, count int) string {
	if count == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, count)
}
