package postmortem

import (
	"bytes"
	"sort"
	"strings"
)

// Chat tools write emoji by name between colons, ":white_check_mark:",
// and post them so when a bot copies a message out. The marks the
// readings know (a check mark that says an item is done, a box that
// says it is open, a cross that says it was dropped) are read the same
// in either form: each mark's patterns take its names as well.

// shortcodes are the names of the marks the readings know.
var shortcodes = map[string]string{
	"white_check_mark": "✅", "heavy_check_mark": "✔", "ballot_box_with_check": "☑", "large_green_circle": "🟢",
	"black_square_button": "🔲", "white_square_button": "🔳", "white_large_square": "⬜", "black_large_square": "⬛",
	"hourglass_flowing_sand": "⏳", "hourglass": "⌛", "construction": "🚧", "arrows_counterclockwise": "🔄",
	"x": "❌", "no_entry_sign": "🚫", "no_entry": "⛔", "heavy_multiplication_x": "✖",
	// Zulip's own names: its check, its cross and its tools at work.
	"check": "✅", "cross_mark": "❌", "working_on_it": "🚧",
}

// shortcodesOf returns a pattern for the names of the marks given,
// ":white_check_mark:", to stand beside the marks in a pattern.
func shortcodesOf(marks ...string) string {
	var names []string
	for name, mark := range shortcodes {
		for _, m := range marks {
			if m == mark {
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	return `:(?:` + strings.Join(names, "|") + `):`
}

// shortcodeLen returns the length of the emoji name that opens s,
// ":thumbsup:", or 0.
func shortcodeLen(s string) int {
	if len(s) < 3 || s[0] != ':' {
		return 0
	}
	for i := 1; i < len(s) && i <= 40; i++ {
		switch c := s[i]; {
		case c == ':':
			if i == 1 {
				return 0
			}
			return i + 1
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_', c == '+', c == '-':
		default:
			return 0
		}
	}
	return 0
}

// stateMarks are the marks of state that may open a checklist's line,
// each mark as shortcodes holds it.
var stateMarks = []string{"✅", "✔", "☑", "☐", "◐", "◑", "◯", "○", "☒", "✓", "🟢", "🔲", "🔳", "⬜", "⬛", "⏳", "⌛", "🚧", "🔄", "❌", "🚫", "⛔", "✖", "⊘"}

// stateMarkLen returns the length of the mark of state that opens b,
// as an emoji or by its name, or 0.
func stateMarkLen(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	if b[0] == ':' {
		n := shortcodeLen(string(b[:min(len(b), 42)]))
		if _, ok := shortcodes[string(b[1:max(n-1, 1)])]; n > 0 && ok {
			return n
		}
		return 0
	}
	if b[0] < 0xE2 {
		return 0
	}
	for _, m := range stateMarks {
		if bytes.HasPrefix(b, []byte(m)) {
			return len(m)
		}
	}
	return 0
}

// chatTokenRe is a chat tool's token for a member, a channel, a user
// group or a date, "<@U03KJ2M|dana.k>", "<#C06AB12|incidents>",
// "<!date^1795226520^{time}|6:02 PM>": the tool's text, not a
// template's placeholder.
var chatTokenRe = lazyRe(`^<(?:@[UW][A-Z0-9]{2,}|#C[A-Z0-9]{2,}|!(?:date|subteam)\^[^>|]+|!(?:here|channel|everyone))(?:\|[^>]*)?>$`)

// chatToken reports s, enclosed in angle brackets, as a chat tool's token.
func chatToken(s string) bool {
	return len(s) > 3 && (s[1] == '@' || s[1] == '#' || s[1] == '!') && chatTokenRe.MatchString(s)
}
