package postmortem

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// itemTexts are the lines of the repository's documents, each also
// without what opens a list item or a task, and generated texts of the
// pieces n parts are made of.
func itemTexts(t *testing.T, seed int64, n int, parts ...string) []string {
	var texts []string
	for _, line := range repoDocLines(t) {
		item := strings.TrimLeft(line, " \t-*+0123456789.")
		texts = append(texts, line, item, strings.TrimPrefix(strings.TrimPrefix(item, "[ ]"), "[x]"))
	}
	return quickTexts(seed, n, texts, parts...)
}

// The quick tests of an item's priority lead and of a due cell's label
// find what their expressions find.
func TestActionLeadQuickTests(t *testing.T) {
	texts := itemTexts(t, 13, 20000, "[P0] ", "[P4]", "[P5] ", "[p1] ", "[", "]", "P", "1", " ", "\t", "\n", "x", "é",
		"Due", "due date", "DUE DATE", "Target", "target date", "tARGET", ":", " : ", "2026-12-10", "Tomorrow", "ſ", "K")
	for _, text := range texts {
		if got, want := priorityLead([]byte(text)), priorityLeadRe.FindSubmatchIndex([]byte(text)); !slices.Equal(got, want) {
			t.Errorf("priorityLead(%q) = %v, the expression %v", text, got, want)
		}
		if got, want := dueLabel(text), dueLabelRe.FindStringIndex(text); !slices.Equal(got, want) {
			t.Errorf("dueLabel(%q) = %v, the expression %v", text, got, want)
		}
	}
}

// A requirement's id is read where its expression finds one: the quick
// test of requirement turns away no paragraph it matches.
func TestRequirementQuickTest(t *testing.T) {
	texts := itemTexts(t, 17, 20000, "R", "REQ", "REQ-", "RE", "1", "12", "123", "1234", ".", ":", ")", " ", "\t", "x", "é")
	for _, text := range texts {
		b := []byte(text)
		if requirementIDRe.Match(b) && !mayOpenRequirement(b) {
			t.Errorf("%q: requirementIDRe matches, its quick test says no", text)
		}
	}
}

// Read a byte at a time, singleSpaced answers as read a rune at a time;
// trimSeparators as bytes.TrimRight with the separators as its cutset;
// keywordEnd as strings.IndexAny; labelAt as without the test of its
// first letter.
func TestTitleQuickTests(t *testing.T) {
	texts := itemTexts(t, 19, 30000, " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "\u3000", "é", "a",
		"Fix", "it", "Owner", "due", "target date", "Status", "prio", "tARGET DATE", "—", "–", "→", "➜", "⇒", "/", " /", "-", "->", ">", "|", ",", ";", "(", "[", ")", "]", ":", "=", "\x94", "\xe2\x80", "owner")
	for _, text := range texts {
		if got, want := singleSpaced(text), singleSpacedRunes(text); got != want {
			t.Errorf("singleSpaced(%q) = %v, read a rune at a time %v", text, got, want)
		}
		src := []byte(text)
		whole := Span{0, len(src)}
		if got, want := trimSeparators(src, whole), trimSeparatorsByCutset(src, whole); got != want {
			t.Errorf("trimSeparators(%q) = %v, by bytes.TrimRight %v", text, got, want)
		}
		for i := range src {
			if got, want := labelAt(src, i, len(src), i%2 == 0), readLabelAt(src, i, len(src), i%2 == 0); got != want {
				t.Errorf("labelAt(%q, %d) = %v, without the test of its first letter %v", text, i, got, want)
			}
		}
		if got, want := keywordEnd(text), strings.IndexAny(text, " :=\t\n"); got != want {
			t.Errorf("keywordEnd(%q) = %d, strings.IndexAny %d", text, got, want)
		}
	}
}

// trimSeparatorsByCutset is trimSeparators as bytes.TrimRight reads it.
func trimSeparatorsByCutset(src []byte, s Span) Span {
	s = trimSpan(src, s)
	const cutset = " \t\n—–→➜➔⇒-|,;(["
	t := bytes.TrimRight(src[s.Start:s.End], cutset)
	for {
		if bytes.HasSuffix(t, []byte("->")) || bytes.HasSuffix(t, []byte(" /")) {
			t = bytes.TrimRight(t[:len(t)-2], cutset)
			continue
		}
		if n := emphasisRun(t); n > 0 && n <= 2 && len(t) > n && t[len(t)-n-1] == ' ' {
			t = bytes.TrimRight(t[:len(t)-n], cutset) // "… *": emphasis left open where a state was cut off
			continue
		}
		return Span{s.Start, s.Start + len(t)}
	}
}

// ownerLogin with the quick reading of a plain mention reads every
// owner as without it, over the cells and parts of the repository's
// lines and generated owners.
func TestOwnerLoginQuickReading(t *testing.T) {
	texts := quickTexts(31, 30000, placeholderSamples(t), "@", "@dana", "dana", "-", "_", ".", "[bot]", "@x", " ", ",", "(", ")",
		"[~", "]", "<", ">", "TBD", "none", "é", "K", "1", "/", ";")
	quick := 0
	for _, s := range texts {
		if len(s) > 1 && s[0] == '@' && isPlainLogin(s) {
			quick++
		}
		if got, want := ownerLogin(s), ownerLoginInFull(s); got != want {
			t.Errorf("ownerLogin(%q) = %q, without the quick reading %q", s, got, want)
		}
	}
	if quick < raceScaled(500) {
		t.Errorf("only %d owners read quickly", quick)
	}
}
