package postmortem

import "strings"

// roleWords end an owner written as a role or a group after a dash:
// "— Branch Operations manager", "— SRE Guild", "— Squad lead".
var roleWords = wordSet(`manager managers lead leads guild squad desk owner owners on-call oncall chapter crew supervisor supervisors`)

// roleOwner reports an owner written as a role or a group: two to four
// words, the first capitalised, the last a role's word.
func roleOwner(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 || words[0][0] < 'A' || words[0][0] > 'Z' {
		return false
	}
	return roleWords[strings.ToLower(words[len(words)-1])]
}

// projectTag reports an owner written as a tracker's project tag after a
// dash, "— #maps-cartography": the team the tag names. A tag is lower
// case, opens with a letter and is no issue number.
func projectTag(t string) bool {
	if len(t) < 3 || t[0] != '#' || t[1] < 'a' || t[1] > 'z' {
		return false
	}
	for i := 2; i < len(t); i++ {
		if c := t[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}
