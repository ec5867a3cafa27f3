package lint

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// loginForm is the form of a GitHub login that IsLogin reads by hand.
var loginForm = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9]|-[A-Za-z0-9]){0,38}(?:\[bot\])?$`)

// TestIsLoginMatchesForm: IsLogin agrees with the regular expression on
// every string of up to five characters from an alphabet of the
// characters that matter, and on random strings around the length limit.
func TestIsLoginMatchesForm(t *testing.T) {
	const alphabet = "aZ0-[b]_ é"
	check := func(s string) {
		if got, want := IsLogin(s), loginForm.MatchString(s); got != want {
			t.Errorf("IsLogin(%q) = %v, want %v", s, got, want)
		}
	}
	var walk func(prefix string, n int)
	walk = func(prefix string, n int) {
		check(prefix)
		check(prefix + "[bot]")
		if n == 0 {
			return
		}
		for _, r := range alphabet {
			walk(prefix+string(r), n-1)
		}
	}
	walk("", 4)
	rnd := rand.New(rand.NewSource(1))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for n := 30 + rnd.Intn(50); b.Len() < n; {
			b.WriteByte("ab9-"[rnd.Intn(4)])
		}
		check(b.String())
		check(strings.Repeat("a", i%45) + "[bot]")
		check("a" + strings.Repeat("-b", i%45))
	}
}

// Owners read as names, initials, display names, teams or emails are
// reported as not logins, each once; a login is not.
func TestOwnerNamesAreNotLogins(t *testing.T) {
	src := "# X\n\n## Summary\n\nBroke.\n\n## Follow-ups\n\n" +
		"- Block the alias swap — R. Patel, due 11 Dec\n" +
		"- Stage rotations on one gateway — @Hanne Solberg, Dec 18\n" +
		"- Move health checks to anycast — Team Edge — Q1 2027\n" +
		"- Add a dead-letter topic — owner: omar.s@example.com\n" +
		"- Refuse an empty forwarder list — @tariq-h — Q4 2026\n"
	doc, err := postmortem.Parse([]byte(src), postmortem.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var reported []int
	for _, f := range New(DefaultOptions()).Lint(doc) {
		if f.Rule == ruleOwnerNotLogin {
			reported = append(reported, f.Line)
		}
	}
	if want := []int{9, 10, 11, 12}; !slices.Equal(reported, want) {
		t.Errorf("owner-not-login on lines %v, want %v", reported, want)
	}
}
