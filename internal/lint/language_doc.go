package lint

import (
	"math"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

func init() { ruleSets = append(ruleSets, languageRules) }

// checkLanguage runs the language rules over the prose people wrote
// about what happened: headings, labels, table headers, timeline times
// and quoted material are not sentences about people.
func checkLanguage(c *checker) {
	var buf [64]int32
	var lineBuf [16][2]int
	sentences := langSentences(c.doc, buf[:0])
	people := newLangPeople(peopleOfProse(c.doc, sentences))
	actions := actionLinesOf(c.doc, lineBuf[:0])
	for _, k := range sentences {
		pr := c.doc.Prose[k]
		for _, m := range c.l.lang.checkText(pr.Text, people, !actions.hold(c.doc, pr)) {
			span := postmortem.Span{Start: pr.Offset(m.Start), End: pr.End(m.End)}
			c.report(m.Rule, span, m.Message, sourceFix(c.doc, pr, span, m))
		}
	}
}

// actionText reports prose on the line of an action item: it says what
// will be done and who owns it, which the learned model, trained on
// sentences about what happened, is not asked about.
func actionText(d *postmortem.Document, pr postmortem.Prose) bool {
	var buf [16][2]int
	return actionLinesOf(d, buf[:0]).hold(d, pr)
}

// actionLines are the bytes of the lines of a document's action items
// (lineBytes), which onLine would read for each item and cell: read
// once for all of a document's prose.
type actionLines [][2]int

// actionLinesOf appends to buf the action lines of d.
func actionLinesOf(d *postmortem.Document, buf [][2]int) actionLines {
	for i := range d.Actions { // by index: an Action is too large to copy at every turn
		if start, end, ok := lineBytes(d, d.Actions[i].Line); ok {
			buf = append(buf, [2]int{start, end})
		}
	}
	return buf
}

// hold reports whether prose is an item's or a cell's that starts on a
// line of an action item (actionText).
func (a actionLines) hold(d *postmortem.Document, pr postmortem.Prose) bool {
	if len(a) == 0 || pr.Kind != "item" && pr.Kind != "cell" {
		return false
	}
	off := max(0, min(pr.Offset(0), len(d.Source)))
	for _, l := range a {
		if off >= l[0] && off < l[1] {
			return true
		}
	}
	return false
}

// onLine reports whether the byte offset off is on the 1-based line n,
// as d.Line(off) == n does, without counting the columns Line counts.
func onLine(d *postmortem.Document, off, n int) bool {
	start, end, ok := lineBytes(d, n)
	off = max(0, min(off, len(d.Source)))
	return ok && off >= start && off < end
}

// lineBytes returns where the 1-based line n starts and where the next
// starts (math.MaxInt after the last line), and false when d has no
// line n.
func lineBytes(d *postmortem.Document, n int) (start, end int, ok bool) {
	if n < 1 || n > d.LineCount() {
		return 0, 0, false
	}
	end = math.MaxInt
	if n < d.LineCount() {
		end = d.LineSpan(n + 1).Start
	}
	return d.LineSpan(n).Start, end, true
}

// sourceFix keeps a rewrite only where the flagged source bytes are the
// text the checker saw (no emphasis marks or line breaks in between), so
// applying it to the source gives the sentence the checker meant.
func sourceFix(d *postmortem.Document, pr postmortem.Prose, span postmortem.Span, m langMatch) *string {
	if m.Replace == nil || d.Text(span) != pr.Text[m.Start:m.End] {
		return nil
	}
	return m.Replace
}

// langSentences appends to out the indexes of the document's prose that
// holds sentences (Prose.Sentence), which checkLanguage and peopleOf
// both read: asked once of each.
func langSentences(d *postmortem.Document, out []int32) []int32 {
	for k := range d.Prose {
		if d.Prose[k].Sentence() {
			out = append(out, int32(k))
		}
	}
	return out
}

// peopleOf collects the logins and names the document mentions in its
// metadata and as owners, lower-cased, for the person-as-cause rule.
func peopleOf(d *postmortem.Document) map[string]bool {
	return peopleOfProse(d, langSentences(d, nil))
}

// peopleOfProse is peopleOf, the prose that holds sentences given by
// index (langSentences).
func peopleOfProse(d *postmortem.Document, sentences []int32) map[string]bool {
	people := map[string]bool{}
	add := func(s string) {
		for s != "" { // the words between separators, without a slice of them
			w := s
			if i := langPeopleSepAt(s); i >= 0 {
				w, s = s[:i], s[i+1:]
			} else {
				s = ""
			}
			if w = langLower(langTrimPeopleMarks(w)); w != "" && w != "and" {
				people[w] = true
			}
		}
	}
	for _, f := range d.Fields {
		switch f.Key {
		case postmortem.FieldContact, postmortem.FieldCreatedBy, postmortem.FieldFacilitatedBy:
			add(f.Value)
		}
	}
	for i := range d.Actions {
		a := &d.Actions[i]
		add(a.Owner)
		if a.OwnerSpan.Len() > len(a.Owner) {
			add(d.Text(a.OwnerSpan)) // every person of "Tom Reilly; Priya Suresh", which the first owns
		}
	}
	for _, k := range sentences {
		prosePeople(d.Prose[k].Text, add)
	}
	return people
}

// langPeopleSep reports a byte that separates the people of a field
// ("@ana, @bo & Cy"). A switch costs less than strings.IndexAny, which
// builds its set of bytes at every call.
func langPeopleSep(r rune) bool {
	switch r {
	case ',', ';', '&', ' ', '/':
		return true
	}
	return false
}

// langPeopleSepAt is strings.IndexFunc(s, langPeopleSep) byte by byte:
// the separators are ASCII, which no byte of another rune's UTF-8 is.
func langPeopleSepAt(s string) int {
	for i := 0; i < len(s); i++ {
		if langPeopleSep(rune(s[i])) {
			return i
		}
	}
	return -1
}

// langTrimPeopleMarks is strings.Trim(w, "@*_`()") without the set of
// bytes Trim builds at every call.
func langTrimPeopleMarks(w string) string {
	for len(w) > 0 && langPeopleMark(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && langPeopleMark(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// langPeopleMark reports a mark around a person's name or login.
func langPeopleMark(b byte) bool {
	switch b {
	case '@', '*', '_', '`', '(', ')':
		return true
	}
	return false
}

// prosePeople adds the names the prose itself tells are people: a name
// with its login ("Bartek (@bwolski)"), a login mentioned ("@bwolski"),
// and a name that opens a sentence whose next sentence goes on with "He"
// or "She" ("Oskar restarted the primary. He then …"). Such a name is a
// person in every sentence of the document, in lower case too.
func prosePeople(text string, add func(string)) {
	for rest, at := text, 0; ; {
		i := strings.IndexByte(rest, '@')
		if i < 0 {
			break
		}
		at += i
		if at == 0 || text[at-1] == ' ' || text[at-1] == '(' {
			login := text[at+1:]
			if j := strings.IndexFunc(login, func(r rune) bool { return !langIsWordRune(r) && r != '-' }); j >= 0 {
				login = login[:j]
			}
			add(login)
			if at >= 2 && text[at-1] == '(' && text[at-2] == ' ' {
				addName(lastWord(text[:at-2]), add) // "Bartek (@bwolski)"
			}
		}
		at++
		rest = text[at:]
	}
	pronounPeople(text, add)
}

// pronounPeople adds the first word of each sentence the next of which
// opens with "He" or "She". It visits each full stop once with
// IndexByte, which costs less than a substring search per pronoun.
func pronounPeople(text string, add func(string)) {
	for at := 0; ; at++ {
		i := strings.IndexByte(text[at:], '.')
		if i < 0 {
			return
		}
		at += i
		if rest := text[at:]; strings.HasPrefix(rest, ". He ") || strings.HasPrefix(rest, ". She ") {
			first, _, _ := strings.Cut(strings.TrimSpace(text[strings.LastIndex(text[:at], ". ")+1:at]), " ")
			if !sentenceOpener(first) {
				addName(first, add) // "Sipho was paged. He woke …", not "The page escalates. He woke …"
			}
		}
	}
}

// sentenceOpener reports an article, a demonstrative or a pronoun, which
// opens a sentence without naming anyone.
func sentenceOpener(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "we", "they", "it", "i":
		return true
	}
	return false
}

// addName adds w when it is shaped like a given name.
func addName(w string, add func(string)) {
	if langNameShape(w) {
		add(w)
	}
}

// lastWord is the last word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }
