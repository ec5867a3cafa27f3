package postmortem

import (
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// maxTagLength is the longest text read as one tag: a Tags section
// holding sentences gives no tags rather than a sentence as a tag.
const maxTagLength = 40

// Tags returns the document's tags, lower-cased, in the order written,
// each once: from the front matter's tags key (a list, or words separated
// by commas) or from the Tags section (words separated by commas or on
// lines or list items of their own, with a leading # or code marks
// dropped). Placeholders are not tags.
func (d *Document) Tags() []string {
	if tags, ok := d.frontMatterTags(); ok {
		return tags
	}
	s, ok := d.Section("tags")
	if !ok || s.Form == "front matter" || !s.HeadingSpan.Valid() || s.Span.End < s.HeadingSpan.End {
		return nil
	}
	body := d.Text(Span{s.HeadingSpan.End, s.Span.End})
	return splitTags(strings.FieldsFunc(body, func(r rune) bool { return r == ',' || r == '\n' || r == ';' }))
}

// frontMatterTags reads the front matter's tags key, if it has one.
func (d *Document) frontMatterTags() ([]string, bool) {
	end := frontMatter(d.Source)
	if end == 0 {
		return nil, false
	}
	first := strings.IndexByte(string(d.Source[:end]), '\n') + 1
	var fm map[string]any
	if yaml.Unmarshal(d.Source[first:end], &fm) != nil {
		return nil, false
	}
	for k, v := range fm {
		if strings.EqualFold(k, "tags") {
			return splitTags(tagValues(v)), true
		}
	}
	return nil, false
}

// tagValues lists the texts of a front-matter value: a list's items, or
// the comma-separated parts of a string.
func tagValues(v any) []string {
	switch v := v.(type) {
	case string:
		return strings.Split(v, ",")
	case []any:
		var out []string
		for _, item := range v {
			if s, ok := item.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// splitTags cleans each part into a tag and drops empty, repeated and
// placeholder ones. A part too long for a tag means the parts are prose:
// there are no tags.
func splitTags(parts []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range parts {
		t := cleanTag(p)
		if utf8.RuneCountInString(t) > maxTagLength {
			return nil
		}
		if t == "" || seen[t] || IsPlaceholder(t) {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// cleanTag drops list markers, a hash, code and emphasis marks and
// surrounding space, and lower-cases what is left.
func cleanTag(s string) string {
	s = strings.TrimSpace(s)
	for _, marker := range []string{"- ", "* ", "+ "} {
		s = strings.TrimPrefix(s, marker)
	}
	s = strings.Trim(s, " \t`*_#\"'.:")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
