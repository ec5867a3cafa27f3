package postmortem

import (
	"bytes"
	"strings"
)

// whenQuestionKey is the moment a form's question asks for, in the
// words of the people it served rather than a field's name, its label
// normalised: "When did listeners lose us?" is the start, "When did
// we find out, and how?" the detection, "When could listeners hear us
// again?" the end. A question of the later fix ("When was it fixed
// properly / signed off?") asks for none of them.
func whenQuestionKey(normal []byte) string {
	rest, ok := bytes.CutPrefix(normal, []byte("when "))
	if !ok || len(normal) > 48 {
		return ""
	}
	q := string(rest)
	verb, after, _ := strings.Cut(q, " ")
	if verb != "did" && verb != "could" && verb != "were" && verb != "was" {
		return ""
	}
	words := " " + strings.ReplaceAll(after, ",", " ") + " "
	switch {
	case strings.Contains(words, " again ") || strings.Contains(words, " back "):
		return FieldEnd
	case verb == "did" && containsAny(words, " find out ", " notice ", " know ", " learn "):
		return FieldDetect
	case verb == "did" && containsAny(words, " lose ", " stop ", " start ", " begin ", " go down ", " go off "):
		return FieldStart
	}
	return ""
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
