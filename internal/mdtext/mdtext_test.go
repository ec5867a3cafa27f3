package mdtext

import (
	"testing"
	"time"
)

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 errors"}, {1, "1 error"}, {2, "2 errors"}} {
		if got := Plural(c.n, "error"); got != c.want {
			t.Errorf("Plural(%d): got %q, want %q", c.n, got, c.want)
		}
	}
}

func TestCellAndOwner(t *testing.T) {
	if got := Cell(""); got != "—" {
		t.Errorf(`Cell(""): got %q, want "—"`, got)
	}
	if got := Cell("a|b"); got != `a\|b` {
		t.Errorf(`Cell("a|b"): got %q, want "a\|b"`, got)
	}
	if got := Owner(""); got != "**none**" {
		t.Errorf(`Owner(""): got %q, want "**none**"`, got)
	}
	if got := Owner("dana"); got != "@dana" {
		t.Errorf(`Owner("dana"): got %q, want "@dana"`, got)
	}
}

func TestSpan(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{{7 * time.Minute, "7m"}, {98*time.Minute + 20*time.Second, "1h38m"}, {4 * time.Hour, "4h00m"}} {
		if got := Span(c.d); got != c.want {
			t.Errorf("Span(%v): got %q, want %q", c.d, got, c.want)
		}
	}
}
