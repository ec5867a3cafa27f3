package cli

import (
	"bytes"
	"strings"
	"testing"
)

// Every registered command appears in the usage with its summary.
func TestUsageListsEveryCommand(t *testing.T) {
	var b bytes.Buffer
	usage(&b)
	for name, c := range commands {
		line := "  " + name + " "
		i := strings.Index(b.String(), line)
		if i < 0 {
			t.Errorf("usage: got no line for %q, want one\n%s", name, b.String())
			continue
		}
		rest, _, _ := strings.Cut(b.String()[i:], "\n")
		if !strings.HasSuffix(rest, c.summary) {
			t.Errorf("usage line for %q: got %q, want it to end with %q", name, rest, c.summary)
		}
	}
}
