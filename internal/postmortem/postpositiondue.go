package postmortem

import "strings"

// Due dates with the word for "by" after the day, as Finnish writes it,
// and the weekday before the day inflected: "maanantaihin 14.12.
// mennessä" ("by Monday 14.12."), "perjantaihin 18.12. mennessä".

// postpositions are the words for "by" written after a due day.
var postpositions = []string{" mennessä"}

// dueBeforeWord returns the day before a word for "by" that ends v,
// without a weekday (inflected or not) that opens it.
func dueBeforeWord(v string) (string, bool) {
	for _, w := range postpositions {
		if len(v) > len(w)+3 && strings.EqualFold(v[len(v)-len(w):], w) {
			return withoutInflectedWeekday(strings.TrimSpace(v[:len(v)-len(w)])), true
		}
	}
	return "", false
}

// withoutInflectedWeekday drops a weekday's whole name that opens v,
// with an ending after it ("maanantaihin", "perjantaina"), where a
// figure follows; any other v is as it is.
func withoutInflectedWeekday(v string) string {
	word, rest, ok := strings.Cut(v, " ")
	if !ok || rest == "" || !isDigit(rest[0]) {
		return v
	}
	word = strings.ToLower(word)
	for w := range localWeekdays {
		if len(w) >= 6 && strings.HasPrefix(word, w) {
			return rest
		}
	}
	return v
}
