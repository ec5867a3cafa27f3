package report

import (
	"bytes"
	"strings"
	"testing"
)

// Each row is one line with four cells, whatever the message holds; rows
// past the limit are counted, not listed.
func TestMarkdownRowsAndLimit(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, sampleFiles(), 2); err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "| `") {
			rows = append(rows, line)
		}
	}
	if len(rows) != 2 || !strings.HasPrefix(rows[0], "| `missing.md` | error |") {
		t.Errorf("rows: got %q, want 2, the file not linted first", rows)
	}
	if !strings.Contains(b.String(), "\n3 findings not listed.\n") {
		t.Errorf("got\n%s\nwant the 3 rows left out counted", b.String())
	}
	for _, r := range rows {
		if n := strings.Count(strings.ReplaceAll(r, `\|`, ""), "|"); n != 5 {
			t.Errorf("row %q: got %d cell borders, want 5", r, n)
		}
	}
}
