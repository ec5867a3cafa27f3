package postmortem

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are small documents at the edges of what the parser reads.
var fuzzSeeds = []string{
	"",
	"\n",
	"#",
	"# T",
	"---\n",
	"---\n---\n",
	"---\ntitle: x\n---",
	"---\ntitle: \"q\\\"uoted\"\nseverity: 'sev 1'\nstart: 2026-11-02 14:02 UTC # a comment\n---\n# Body\n",
	"---\ncontact: |\n  block\n---\n",
	"---\ncontact: \"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"\n---",
	"---\n\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\": x\n---",
	"---\ncontact: &a !!str 'it''s' # c\n---",
	"---\n: bad\n  - [\n---\n",
	"\r\n",
	"# T\r\n\r\n## Remediation\r\n- [ ] A — owner: @a, due: 2026-12-01\r\n",
	"## Remediation\n- [ ]\n- [x] \n- [ ] — owner: @a\n",
	"## Remediation\n- [ ] A (owner: @a, due 2026-12-01, P2) (#4) (not planned)\n",
	"## Remediation\n- [ ] A — owner: @dependabot[bot], milestone: Q1 — issue: https://github.com/o/r/issues/9\n",
	"## Remediation\n1. A\n   — @a — 2026-12-01 — P1\n",
	"## Action items\n\n| Action | Owner | Due | Status | Issue | Milestone | Priority |\n|---|---|---|---|---|---|---|\n| A | @a | 2026-12-01 | Done | #1 | Q1 | P1 |\n| B (#2) | | | | | | |\n| \\| | x |\n",
	"| Action | Owner |\n|---|---|\n|  | @a |\n| only title |\n",
	"> | Action | Owner |\n> |---|---|\n> | A | @a |\n",
	"- x\n\n  | Action | Owner |\n  |---|---|\n  | A | @a |\n",
	"| Incident | Value |\n|---|---|\n| Start | 14:02 |\n| Date | 2026-02-30 |\n| Incident date | 2026-11-02 |\n| Other | 3pm |\n",
	"**Start Time:** 2026-11-02 14:02 UTC\nSeverity: sev 2\n> Detect: 14:09\n",
	"<!-- a --><!-- b\n",
	"text <!-- inline --> `code` <https://x.example> [l](u) ![i](p)\n",
	"```\nunclosed\n",
	"    code\n\n## H\n### H3\n## Remediation\n#### deep\n- [ ] A\n",
	"Zoë 李伟 📦 — owner: @a\n## Remediation\n- [ ] 東京 — owner: @李伟\n",
	"## Remediation\n- [ ] A — owner: @a\n- [ ] A — owner: @a\n\n* [ ] B\n+ [ ] C\n",
}

// FuzzParse: Parse never panics; every span of the model lies within the
// source; Position never goes backwards.
func FuzzParse(f *testing.F) {
	addSampleSeeds(f)
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse(src, Options{})
		if err != nil {
			if doc != nil {
				t.Fatalf("got a document and the error %v, want only the error", err)
			}
			return
		}
		if !bytes.Equal(doc.Source, src) {
			t.Fatalf("Source differs from the input")
		}
		for _, s := range modelSpans(doc) {
			if s.span.Start < 0 || s.span.End > len(src) || s.span.Start > s.span.End {
				t.Fatalf("%s: got span %v, want it within [0, %d] with Start <= End", s.what, s.span, len(src))
			}
		}
		for i, p := range doc.Prose {
			for j := 0; j <= len(p.Text); j++ {
				if o := p.Offset(j); o < 0 || o > len(src) {
					t.Fatalf("prose %d %q: Offset(%d) = %d, outside the source (%d bytes)", i, p.Text, j, o, len(src))
				}
			}
		}
		checkPositions(t, doc)
	})
}

// addSampleSeeds adds every file under testdata/postmortems.
func addSampleSeeds(f *testing.F) {
	paths, err := filepath.Glob("../../testdata/postmortems/*")
	if err != nil || len(paths) == 0 {
		f.Fatalf("no samples: %v", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

type namedSpan struct {
	what string
	span Span
}

// modelSpans lists every span the model holds, with what it is.
func modelSpans(d *Document) []namedSpan {
	out := []namedSpan{{"title", d.TitleSpan}, {"severity", d.SeveritySpan}}
	add := func(what string, s Span) { out = append(out, namedSpan{what, s}) }
	for i, f := range d.Fields {
		add(fmt.Sprintf("field %d (%s) value", i, f.Key), f.Span)
		add(fmt.Sprintf("field %d (%s) label", i, f.Key), f.LabelSpan)
	}
	for i, t := range d.Times {
		add(fmt.Sprintf("time %d (%s)", i, t.Key), t.Span)
	}
	for i, s := range d.Sections {
		add(fmt.Sprintf("section %d heading", i), s.HeadingSpan)
		add(fmt.Sprintf("section %d", i), s.Span)
		for j, it := range s.Items {
			add(fmt.Sprintf("section %d item %d", i, j), it.Span)
		}
	}
	for i, a := range d.Actions {
		for _, p := range []namedSpan{
			{"span", a.Span}, {"title", a.TitleSpan}, {"owner", a.OwnerSpan}, {"due", a.DueSpan},
			{"priority", a.PrioritySpan}, {"milestone", a.MilestoneSpan}, {"issue", a.IssueSpan},
			{"status", a.StatusSpan}, {"not planned", a.notPlannedSpan}, {"insert point", Span{a.insertAt, a.insertAt}},
		} {
			add(fmt.Sprintf("action %d %s", i, p.what), p.span)
		}
		for k, c := range a.cells {
			add(fmt.Sprintf("action %d cell %s", i, k), c)
		}
	}
	for i, b := range d.CodeBlocks {
		add(fmt.Sprintf("code block %d", i), b.Span)
	}
	for i, c := range d.Comments {
		add(fmt.Sprintf("comment %d", i), c.Span)
	}
	for i, p := range d.Prose {
		for j, pc := range p.pieces {
			add(fmt.Sprintf("prose %d piece %d", i, j), Span{pc.src, pc.src + pc.n})
		}
	}
	return out
}

// checkPositions checks that Position moves forward with the offset:
// lines never go back, columns grow within a line and start at 1 on a
// new line, and the line is one more than the line breaks before it.
func checkPositions(t *testing.T, d *Document) {
	t.Helper()
	src := d.Source
	valid := utf8.Valid(src)
	prevLine, prevCol, prevOff := 1, 0, -1
	newlines := 0
	// Position costs the length of a line: past 16 KiB, look at every
	// offset of the first 16 KiB and at a sample of the rest.
	step := 1
	if len(src) > 16<<10 {
		step = len(src) / (16 << 10)
	}
	for off := 0; off <= len(src); off++ {
		if off > 16<<10 && off%step != 0 && off != len(src) {
			if src[off] == '\n' {
				newlines++
			}
			continue
		}
		line, col := d.Position(off)
		if line != newlines+1 {
			t.Fatalf("Position(%d): got line %d, want %d", off, line, newlines+1)
		}
		switch {
		case line == prevLine && col < prevCol:
			t.Fatalf("Position(%d): got column %d after column %d on line %d", off, col, prevCol, line)
		case line != prevLine && off-prevOff == 1 && col != 1:
			t.Fatalf("Position(%d): got column %d at the start of line %d, want 1", off, col, line)
		}
		if valid && (off == len(src) || utf8.RuneStart(src[off])) {
			start := d.LineSpan(line).Start
			if want := utf8.RuneCount(src[start:off]) + 1; col != want {
				t.Fatalf("Position(%d): got column %d, want %d (runes from the line start)", off, col, want)
			}
		}
		prevLine, prevCol, prevOff = line, col, off
		if off < len(src) && src[off] == '\n' {
			newlines++
		}
	}
	if _, col := d.Position(-5); col != 1 {
		t.Fatalf("Position(-5): got column %d, want 1", col)
	}
	if line, _ := d.Position(len(src) + 5); line != d.LineCount() {
		t.Fatalf("Position past the end: got line %d, want %d", line, d.LineCount())
	}
}

// FuzzEdit: for every action and every kind of edit, an edit that
// succeeds changes only the bytes of its action, and the result parses
// with the same number of actions, the edit showing on the action, and
// nothing else in the model changed.
func FuzzEdit(f *testing.F) {
	addSampleSeeds(f)
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse(src, Options{})
		if err != nil {
			return
		}
		for _, i := range editedActions(len(doc.Actions)) {
			a := doc.Actions[i]
			for _, k := range editKinds {
				e := k.edit
				e.Action = i
				out, err := doc.Edit(e)
				if err != nil {
					continue // a table without the column, or an edit Edit finds would not read back
				}
				grow := len(out) - len(src)
				if a.Span.End+grow < a.Span.Start || a.Span.End+grow > len(out) {
					t.Fatalf("action %d, edit %s: the action's bytes shrank below nothing", i, k.name)
				}
				if !bytes.Equal(out[:a.Span.Start], src[:a.Span.Start]) {
					t.Fatalf("action %d, edit %s: bytes before the action changed:\n%q\n->\n%q", i, k.name, src, out)
				}
				if !bytes.Equal(out[a.Span.End+grow:], src[a.Span.End:]) {
					t.Fatalf("action %d, edit %s: bytes after the action changed:\n%q\n->\n%q", i, k.name, src, out)
				}
				again, err := Parse(out, Options{})
				if err != nil {
					t.Fatalf("action %d, edit %s: the result does not parse: %v\n%q", i, k.name, err, out)
				}
				if len(again.Actions) != len(doc.Actions) {
					t.Fatalf("action %d, edit %s: got %d actions after the edit, want %d:\n%q\n->\n%q", i, k.name, len(again.Actions), len(doc.Actions), src, out)
				}
				if msg := k.check(again.Actions[i]); msg != "" {
					t.Fatalf("action %d, edit %s: %s\n%q\n->\n%q", i, k.name, msg, src, out)
				}
				if bytes.Count(out, []byte("\n")) != bytes.Count(src, []byte("\n")) {
					continue // a value written over two lines, "owner: Jane\n  Doe", moves the lines after it
				}
				compareRest(t, doc, again, i, e)
				if t.Failed() {
					t.Fatalf("action %d, edit %s:\n%q\n->\n%q", i, k.name, src, out)
				}
			}
		}
	})
}

// editedActions are the indexes of the actions FuzzEdit edits: the
// first, the middle and the last. Each edit parses the document again,
// once for every kind of edit, so editing every action of an input with
// many would make each run, and the minimising of each new input, cost
// as many parses; the actions in between are read as their neighbours.
func editedActions(n int) []int {
	switch {
	case n <= 3:
		return []int{0, 1, 2}[:n]
	default:
		return []int{0, n / 2, n - 1}
	}
}
