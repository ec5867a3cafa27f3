package lint

import (
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// TestLanguageOnSample: the blameful sample gets each kind of language
// finding on the lines its author wrote them, and the line under an
// ignore comment gets none.
func TestLanguageOnSample(t *testing.T) {
	fs := lintSample(t, "blameful.md")
	for _, w := range []struct {
		rule string
		line int
	}{
		{"language/human-error", 32}, {"language/person-cause", 33}, {"language/counterfactual", 35},
		{"language/hindsight", 37}, {"language/judgement", 38}, {"language/person-cause", 46},
	} {
		if !has(fs, w.rule, w.line) {
			t.Errorf("no %s on line %d; got:%s", w.rule, w.line, describe(fs))
		}
	}
	for _, f := range fs {
		if f.Line == 41 {
			t.Errorf("line 41 is under an ignore comment; got %s", f.Rule)
		}
	}
}

func TestLanguageSuggestionIsTheWholeLine(t *testing.T) {
	fs := lintText(t, DefaultOptions(), "# T\n\nThe cause was obviously the config change.\n")
	f, ok := first(fs, "language/hindsight")
	if !ok {
		t.Fatalf("no hindsight finding:%s", describe(fs))
	}
	if want := "The cause was the config change."; f.Suggestion != want {
		t.Errorf("suggestion: got %q, want %q", f.Suggestion, want)
	}
	if f.Line != 3 || f.Column != 15 {
		t.Errorf("position: got %d:%d, want 3:15", f.Line, f.Column)
	}
}

// TestLanguageFixNeedsPlainSource: a rewrite whose text is split by
// emphasis in the source is not offered, because applying it to the
// source bytes would not give the sentence the checker read.
func TestLanguageFixNeedsPlainSource(t *testing.T) {
	fs := lintText(t, DefaultOptions(), "# T\n\nThe cause was *obviously* the config change.\n")
	f, ok := first(fs, "language/hindsight")
	if !ok {
		t.Fatalf("no hindsight finding:%s", describe(fs))
	}
	if f.Fix != nil {
		t.Errorf("got suggestion %q over emphasis marks, want none", f.Suggestion)
	}
}

func TestLanguageSkipsQuotedLogsAndCode(t *testing.T) {
	src := "# T\n\n> ERROR: user failed to authenticate, human error suspected\n\n" +
		"```\nwe should have retried\n```\n\nRun `blame --human-error` to see it.\n"
	for _, f := range lintText(t, DefaultOptions(), src) {
		if f.Family() == "language" {
			t.Errorf("got %s on line %d, want no language finding in logs or code", f.Rule, f.Line)
		}
	}
	fs := lintText(t, DefaultOptions(), "# T\n\n> We should have caught this in review.\n\nWe should have caught this in review.\n")
	if has(fs, "language/counterfactual", 3) || !has(fs, "language/counterfactual", 5) {
		t.Errorf("quoted material is not checked, the same sentence as prose is; got:%s", describe(fs))
	}
}

// Headings, bold labels, table headers and timeline times are not
// sentences about people.
func TestLanguageSkipsWhatIsNotASentence(t *testing.T) {
	src := "# T\n\n## Who should have known\n\n**What went wrong**\n\n**Root cause**: the cache should have expired.\n\n" +
		"| Should have | Value |\n| --- | --- |\n| x | y |\n"
	fs := lintText(t, DefaultOptions(), src)
	if has(fs, "language/counterfactual", 3) || has(fs, "language/counterfactual", 9) {
		t.Errorf("a heading or a header cell was read as a sentence:%s", describe(fs))
	}
	f, ok := first(fs, "language/counterfactual")
	if !ok || f.Line != 7 || f.Column < len("**Root cause**: ") {
		t.Errorf("want the sentence after the label on line 7 flagged, not the label; got:%s", describe(fs))
	}
}

// TestLanguageSkipsTicketTitles: a link to an issue or a ticket shows the
// ticket's title, which is not the author's sentence; other links are read.
func TestLanguageSkipsTicketTitles(t *testing.T) {
	src := "# T\n\n" +
		"- Follow-up: [Bob forgot to renew the certificate](https://github.com/acme/ops/issues/12) is open.\n" +
		"- Tracked in [INC-4821 Someone deleted the production bucket](https://tracker.example.com/x).\n" +
		"- See [#77 we should have paged sooner](https://example.com/77).\n" +
		"- As [the wiki says, we should have paged sooner](https://wiki.example.com/paging).\n"
	fs := lintText(t, DefaultOptions(), src)
	for _, line := range []int{3, 4, 5} {
		for _, f := range fs {
			if f.Line == line && f.Family() == "language" {
				t.Errorf("line %d: a ticket title was checked: %s %q", line, f.Rule, f.Message)
			}
		}
	}
	if !has(fs, "language/counterfactual", 6) {
		t.Errorf("the text of an ordinary link was not checked:%s", describe(fs))
	}
}

func TestPeopleFromTheDocument(t *testing.T) {
	src := "# T\n\n| Meeting | Value |\n| --- | --- |\n| Contact | @zephyrine-q |\n\nZephyrine-q pushed the config that took the API down.\n\n## Remediation\n- [ ] Add a check — owner: @Quillon\n"
	d, err := postmortem.Parse([]byte(src), postmortem.Options{})
	if err != nil {
		t.Fatal(err)
	}
	people := peopleOf(d)
	for _, p := range []string{"zephyrine-q", "quillon"} {
		if !people[p] {
			t.Errorf("people: got %v, want %q in it", people, p)
		}
	}
}

func TestAllowAndPhrasesFromOptions(t *testing.T) {
	opt := DefaultOptions()
	opt.Allow = []string{"should have"}
	if fs := lintText(t, opt, "# T\n\nWe should have a canary stage, and we will add one.\n"); has(fs, "language/counterfactual", 0) {
		t.Errorf("allowed phrase flagged:%s", describe(fs))
	}
	opt = DefaultOptions()
	opt.Phrases = []Phrase{{Text: "cowboy", Replace: "unreviewed"}}
	fs := lintText(t, opt, "# T\n\nA cowboy deploy went out at 14:02.\n")
	f, ok := first(fs, "language/custom")
	if !ok || f.Suggestion != "A unreviewed deploy went out at 14:02." {
		t.Errorf("custom phrase: got%s", describe(fs))
	}
}

func first(fs []Finding, rule string) (Finding, bool) {
	for _, f := range fs {
		if f.Rule == rule {
			return f, true
		}
	}
	return Finding{}, false
}

// TestLanguageNamesFromProse: a name the lists lack is read as a person
// where the document tells it is one elsewhere, by a login beside it or by
// "He"/"She" in the next sentence, in lower case too; a document that
// tells nothing leaves it alone.
func TestLanguageNamesFromProse(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want int // person-cause findings
	}{
		{"# T\n\nZorvan (@zorvan) joined the bridge at 10:02.\n\nZorvan dropped the index and checkout failed.\n", 1},
		{"# T\n\nTelmo paused the export at 09:00. He was tuning a query.\n\nTelmo dropped the index and checkout failed.\n", 1},
		{"# T\n\nZorvan (@zorvan) joined the bridge.\n\n- 10:02 zorvan drops the index, checkout throws 500s\n", 1},
		{"# T\n\nZorvan (@zorvan) joined the bridge.\n\nZorvan restored the index and checkout recovered.\n", 0},
		{"# T\n\nZorvan dropped the index and checkout failed.\n", 0},
	} {
		n := 0
		for _, f := range lintText(t, DefaultOptions(), tt.src) {
			if f.Rule == "language/person-cause" {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%q: %d person-cause findings, want %d", tt.src, n, tt.want)
		}
	}
}

// TestLanguageSuggestionOnALongLine: a line longer than a suggestion may
// rewrite keeps its finding and its fix, without a suggestion that would
// copy the whole line once for each finding.
func TestLanguageSuggestionOnALongLine(t *testing.T) {
	long := strings.Repeat("the queue grew while the cache was cold, ", suggestionMax/40)
	fs := lintText(t, DefaultOptions(), "# T\n\nThe cause was obviously the config change, "+long+"and it ended.\n")
	f, ok := first(fs, "language/hindsight")
	if !ok {
		t.Fatalf("no hindsight finding:%s", describe(fs))
	}
	if f.Fix == nil || *f.Fix != "" {
		t.Errorf("fix: got %v, want the word taken out", f.Fix)
	}
	if f.Suggestion != "" {
		t.Errorf("got a suggestion of %d bytes on a line of more than %d", len(f.Suggestion), suggestionMax)
	}
}

// TestLanguageManyClausesWithoutAStop: a paragraph of thousands of
// clauses and no full stop is still read clause by clause: each blameful
// clause gets its finding, however far from the paragraph's start.
func TestLanguageManyClausesWithoutAStop(t *testing.T) {
	const n = 600
	text := "# T\n\n" + strings.Repeat("the cache was cold, Bob obviously broke the deploy, ", n) + "and it ended.\n"
	got := 0
	for _, f := range lintText(t, DefaultOptions(), text) {
		if f.Rule == "language/hindsight" {
			got++
		}
	}
	if got != n {
		t.Errorf("got %d hindsight findings, want %d", got, n)
	}
}
