package postmortem

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled the first time it is
// used: the command's start does not pay for the expressions no document
// reaches, and none pays twice for one that guard reads words from.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRegexps are all the expressions made by lazyRe, which a test
// compiles, as a bad one no longer fails the program's start.
var lazyRegexps []*lazyRegexp

// lazyRe is regexp.MustCompile(expr), compiled on first use. It is called
// only while the package is initialised.
func lazyRe(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// get returns the compiled expression.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// String returns the expression's source text, without compiling it.
func (l *lazyRegexp) String() string { return l.expr }

func (l *lazyRegexp) Match(b []byte) bool { return l.get().Match(b) }

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindIndex(b []byte) []int { return l.get().FindIndex(b) }

func (l *lazyRegexp) FindSubmatchIndex(b []byte) []int { return l.get().FindSubmatchIndex(b) }

func (l *lazyRegexp) FindString(s string) string { return l.get().FindString(s) }

func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}

// submatchFrom is FindStringSubmatchIndex of s[k:], its offsets in s.
func (l *lazyRegexp) submatchFrom(s string, k int) []int {
	m := l.FindStringSubmatchIndex(s[k:])
	for i := range m {
		if m[i] >= 0 {
			m[i] += k
		}
	}
	return m
}

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return l.get().FindAllSubmatchIndex(b, n)
}

func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}

func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}

func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
