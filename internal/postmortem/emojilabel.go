package postmortem

import (
	"unicode"
	"unicode/utf8"
)

// leadSymbols narrows a label past the emoji and symbols that open it,
// as a page that marks each field with one writes it: "🗓️ **Review:**",
// "🧑‍🚒 **Commander:**", "✅ **Impact end:**".
func leadSymbols(src []byte, s Span) Span {
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRune(src[i:s.End])
		if r < utf8.RuneSelf && r != ' ' && r != '\t' {
			break // ASCII: the label, or the marks trimMarks drops
		}
		if r >= utf8.RuneSelf && !unicode.IsSymbol(r) && !unicode.Is(unicode.Mn, r) && r != '\u200d' && r != '\ufe0f' {
			break
		}
		i += n
	}
	if i == s.Start {
		return s
	}
	return Span{i, s.End}
}
