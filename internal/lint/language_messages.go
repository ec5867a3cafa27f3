package lint

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- messages and rewrites ----

// langMessage explains why the wording found is a problem. A rule's
// message may show, at "{example}", the rewrite of this match or else the
// rule's own example.
func langMessage(rule, found string, rewrite *string) string {
	tail := langWhy(rule)
	if i := strings.Index(tail, "{example}"); i >= 0 {
		ex := langRuleExamples[rule]
		if rewrite != nil && *rewrite != "" {
			ex = *rewrite
		}
		tail = tail[:i] + strconv.Quote(ex) + tail[i+len("{example}"):]
	}
	if strings.ContainsAny(found, "\"\\\n") {
		return strconv.Quote(found) + tail
	}
	return `"` + found + `"` + tail
}

// langWhy is the part of a rule's message after the quoted words.
func langWhy(rule string) string {
	if m, ok := langRuleMessages[rule]; ok {
		return m
	}
	return langRuleMessages[langCustom]
}

// langDropEdit computes the rewrite that drops text[s:e]: the returned span
// and replacement keep single spacing and capitalise a new sentence start.
func langDropEdit(text string, s, e int) (int, int, string, bool) {
	if s > 0 && text[s-1] != ' ' {
		return 0, 0, "", false
	}
	j, k := langAfterDrop(text, e)
	if k == j {
		if j == e && s > 0 {
			return s - 1, e, "", true
		}
		return 0, 0, "", false
	}
	if r, _ := utf8.DecodeRuneInString(text[s:]); unicode.IsUpper(r) {
		w, _ := langWordEnd(text, k)
		if w == k {
			return 0, 0, "", false
		}
		return s, w, langCapitalise(text[k:w]), true
	}
	if j > e && s >= 2 && text[s-2:s] == ", " {
		return s - 2, e, "", true
	}
	return s, k, "", true
}

// langAfterDrop returns, for a span ending at e, the end of a following
// comma (j) and the start of the next word (k).
func langAfterDrop(text string, e int) (j, k int) {
	j = e
	if j < len(text) && text[j] == ',' {
		j++
	}
	k = j
	for k < len(text) && text[k] == ' ' {
		k++
	}
	return j, k
}

// langCapitalise upper-cases the first letter of w.
func langCapitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// caseFor capitalises repl when it replaces text from token first that
// starts a sentence or is capitalised ("Human Error", not "PEBKAC").
func (s *langScan) caseFor(first int, repl string) string {
	t := &s.toks[first]
	if repl != "" && (t.sentStart || t.capital) {
		return langCapitalise(repl)
	}
	return repl
}
