package postmortem

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A sentence may give the moments as a run of labels, each with its
// time right after it: "start **13:02** (first error), detection
// **13:12** (a shop's call), end **14:31**", "início 13:02, detecção
// 13:12, fim 14:31". Each label is the vocabulary's, in any language.
// Two labels of different moments at least make such a run: one alone
// ("end 14:31") may be a word of the story.

// labelledMoment is a moment's label and where its time stands.
type labelledMoment struct {
	key        string
	start, end int
}

// labelledMoments reads such a run in a paragraph, over the moments its
// sentences or its summary told otherwise.
func (p *parser) labelledMoments(n ast.Node, para *paragraphText) {
	if strings.Count(para.text, ":") < 2 || !hasClock(para.text) {
		return
	}
	span := linesSpan(n)
	if !span.Valid() {
		return
	}
	got := momentRun(para.text)
	if len(got) < 2 {
		return
	}
	for _, m := range got {
		p.dropMoment(m.key)
		p.proseTime(m.key, labelNamedMoment, span.Start, m.start, m.end, zoneAfterClause(para.text[m.end:]))
	}
}

// momentRun returns the labelled moments of text, one a key, where two
// keys at least are labelled.
func momentRun(text string) []labelledMoment {
	var got []labelledMoment
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		c0, c1 := clockIn(text[i:])
		if c0 < 0 {
			break
		}
		c0, c1 = c0+i, c1+i
		i = c1
		key := synonymKey(labelBefore(text[:c0]))
		if (key == FieldStart || key == FieldDetect || key == FieldEnd) && !seen[key] {
			seen[key] = true
			got = append(got, labelledMoment{key, c0, c1})
		}
	}
	if len(got) < 2 {
		return nil
	}
	return got
}

// labelBefore returns the words between the separator before a time and
// the time: "detecção" of "…, detecção **13:12**"; "" where they are
// more than a label's few words.
func labelBefore(text string) string {
	text = strings.TrimRight(text, " *_")
	i := strings.LastIndexAny(text, ",;:(·.\n")
	label := strings.TrimLeft(text[i+1:], " *_")
	if label == "" || len(label) > labelBeforeMax || strings.Count(label, " ") > 3 {
		return ""
	}
	return label
}

// labelBeforeMax is the longest label read before a time.
const labelBeforeMax = 32

// dropMoment drops the moments of key read so far from prose, for a
// labelled one.
func (p *parser) dropMoment(key string) {
	ofKey := func(f Field) bool { return f.Key == key }
	p.proseFields = slices.DeleteFunc(p.proseFields, ofKey)
	p.narrated = slices.DeleteFunc(p.narrated, ofKey)
}
