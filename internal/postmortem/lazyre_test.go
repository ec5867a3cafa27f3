package postmortem

import (
	"regexp"
	"slices"
	"testing"
)

// The expressions are compiled on first use, so one that does not compile
// would fail only the document that reaches it: each must compile here.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) == 0 {
		t.Fatal("no expressions were registered")
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%q: %v", l.expr, err)
		}
	}
}

// A lazy expression finds what the compiled one does.
func TestLazyRegexpFindsAsCompiled(t *testing.T) {
	l := &lazyRegexp{expr: `(?i)\bby\s+(\d+)`}
	re := regexp.MustCompile(l.String())
	for _, s := range []string{"done BY 12 today", "nothing", "by 3 and by 4"} {
		if got, want := l.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
		if got, want := l.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
