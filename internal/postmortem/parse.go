package postmortem

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// ErrBinary is returned for input that holds NUL bytes.
var ErrBinary = errors.New("binary file (contains NUL bytes), not Markdown")

// EncodingError is returned for input that is not valid UTF-8.
type EncodingError struct{ Line, Column int }

func (e *EncodingError) Error() string {
	return fmt.Sprintf("not valid UTF-8 at line %d, column %d: save the file as UTF-8", e.Line, e.Column)
}

type parser struct {
	src []byte
	// noteDay is the day the first note on the times gives beside its
	// zone (see noteDate).
	noteDay time.Time
	// itemDotted: the item eventLines reads is one of a list of entries
	// that open with a dotted clock (see dottedList), and dottedLists the
	// last list asked and the answer.
	itemDotted  bool
	dottedLists struct {
		node   ast.Node
		dotted bool
	}
	// notesList is the last list of a notes section asked whether its
	// items are fields, and the answer (see notesFieldList).
	notesList struct {
		node   ast.Node
		fields bool
	}
	// otherLanguage: 0 not asked yet, 1 the source may be in another
	// language than English (see mayBeOtherLanguage), -1 not.
	otherLanguage int8
	// weekdayYear: the year the document's weekdays give (see
	// weekdayYear), once read.
	weekdayYearRead  bool
	weekdayYearValue int
	// localHeading: a heading was named in another language's words
	// ("Cronologia", "Tijdlijn"), as a document in plain ASCII writes them.
	localHeading bool
	doc          *Document
	opt          Options
	sections     map[string]string
	fields       map[string]string // the labels the options add, by normal form; nil when none
	prose        proseBuilder

	pendingField *pendingField                             // a heading naming a field, waiting for its value
	eventDate    time.Time                                 // the day written above the timeline entries that follow
	eventGroup   int                                       // numbers the table, list or section of timeline entries
	intro        Span                                      // the opening paragraph, before the first section
	opening      opening                                   // the opening paragraphs, from the first that is not a by-line
	proseFields  []Field                                   // what the summary's prose gives, for fields nothing else gives
	reviewBase   bool                                      // the day times are read against is the review's, after the incident
	anchorRaw    string                                    // the time a timeline in offsets ("T+7m") counts from, as written
	proseGroup   int                                       // the group of the last paragraph read as a timeline told in sentences
	dateLevel    int                                       // the level of the heading that gave eventDate, 0 when none did
	periodLevel  int                                       // the level of a heading naming a period ("Last week"), 0 outside one
	h1Sections   bool                                      // level-one headings after the title are sections: the document has no H2, or a title block gave the title
	proseZone    string                                    // the zone the last time read from the summary's prose was in
	narrating    bool                                      // a narrative section's paragraph is being read for moments
	narrated     []Field                                   // the moments a narrative section tells, for those nothing else gives
	colonList    ast.Node                                  // the list a colon label ("Follow-ups:") governs, until it is read
	chatList     ast.Node                                  // the list a chat message's label ("[…] Ruud: *Actiepunten*") governs
	term         definitionTerm                            // the last paragraph of one line, which may label the next
	priority     Field                                     // the incident's priority as a grade ("P2 - High"), the severity where none is given
	legend       map[string]Status                         // what the document's own state marks mean ("**Vyřešený** = resolved"), by mark
	fieldsBelow  fieldsBelow                               // the action whose fields the paragraphs right after it may give
	root         ast.Node                                  // the document's blocks
	titleDay     string                                    // a day the title names without its year ("Nov 12"), or ""
	proseDayAt   time.Time                                 // the day the prose names the incident by in words, once proseDayRead
	proseDayRead bool                                      // proseDay has looked for proseDayAt
	titleNode    ast.Node                                  // the paragraph of one line read as the title, or nil
	itemAction   int                                       // the action the list item being walked gave, +1; 0 for none
	actionHeads  int                                       // headings naming an action section, +1; 0 before actionHeadings counted them
	fieldsUnder  bool                                      // the item being read has "Owner: …" or "Status: …" items nested in it
	headedRead   int8                                      // 0 not asked yet, 1 the document has headings below its title, -1 not (headed)
	plainCount   int                                       // the paragraphs that are a line naming a section (plainLabels), +1; 0 before counted
	mitigated    []Field                                   // "Mitigated: 10:47", the end where nothing else gives one (see mitigatedEnd)
	unknown      []string                                  // moments the document says it does not know ("Noticed: ?"): not guessed from the timeline
	order        struct{ read, dayFirst, monthFirst bool } // numericOrder, read once a document: a time's reading asks it for each entry
	lasted       struct {                                  // "Duration: 47 minutes", with the start the end where nothing else gives one (see lastedEnd)
		d     time.Duration
		label string
		span  Span
	}
	steps    []stepLength // "Time to detect: 12 min", with the start the moment where nothing else gives it (see lastedEnd)
	outliner bool         // a section was an outliner's item headed by a heading, its text items under it

	// nameLogins maps each word of a name the document gives with a
	// login to that login; loginOfName builds it on first use.
	nameLogins map[string]string
}

// Parse reads a post-mortem. It fails only for input that is not text
// (binary, not UTF-8); a document missing every field still parses, and
// the linter says what is missing.
func Parse(src []byte, opt Options) (*Document, error) {
	doc := &Document{Source: src, lines: lineStarts(src), text: string(src), opt: opt}
	doc.blockLines = blockLinesOf(doc.lines, len(src))
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, ErrBinary
	}
	if !utf8.Valid(src) {
		return nil, invalidUTF8(doc)
	}
	p := &parser{src: src, doc: doc, opt: opt, sections: sectionKeys(opt), fields: fieldLabels(opt), prose: proseBuilder{src: src}}
	p.prose.b.Grow(len(src))
	// A document has about one prose a line and a few more pieces of
	// source in them (a line's text around its code spans and links):
	// room for them at once spares the copies of growing from one and
	// the arrays the prose of earlier lines keeps alive.
	n := len(doc.lines)
	p.doc.Prose, p.prose.pieces = make([]Prose, 0, n), make([]piece, 0, n+n/4)
	body := src
	if bytes.HasPrefix(src, bom) {
		body = blankOut(src, len(bom)) // an editor's byte-order mark is not text
	}
	if end := frontMatter(src); end > 0 {
		if err := p.parseFrontMatter(end); err != nil {
			return nil, err
		}
		body = blankOut(src, end)
	}
	if end := titleBlock(src); end > 0 {
		p.parseTitleBlock(end)
		body = blankOut(src, end)
	}
	md := markdown
	if mayHoldDirective(body) {
		md = mystMarkdown
	}
	root := md.Parse(text.NewReader(body))
	p.h1Sections = p.h1Sections || h1Sections(root, p.doc.Title != "") || p.namedH1s(root)
	p.root = root
	if p.doc.Title == "" {
		p.plainTitle(root)
	}
	p.walk(root)
	p.finishFieldHeading()
	p.finishSummary()
	p.timelineFields()
	p.selfLead()
	p.proseSeverity()
	p.prioritySeverity()
	p.finishSections()
	p.preferNamedTimeline()
	p.finishPlans(root)
	p.planNoTitle()
	p.parenOwners()
	p.headingDues()
	p.settleDues()
	p.readTimes()
	p.openingDate()
	return doc, nil
}

func invalidUTF8(doc *Document) error {
	off := 0
	for off < len(doc.Source) {
		r, n := utf8.DecodeRune(doc.Source[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	line, col := doc.Position(off)
	return &EncodingError{Line: line, Column: col}
}

// bom is the UTF-8 byte-order mark some editors write first.
var bom = []byte("\xef\xbb\xbf")

// blankOut returns a copy of src with the bytes before end turned into
// spaces, keeping line breaks, so that goldmark sees blank lines there and
// every offset stays the same.
func blankOut(src []byte, end int) []byte {
	out := bytes.Clone(src)
	for i := 0; i < end; i++ {
		if out[i] != '\n' {
			out[i] = ' '
		}
	}
	return out
}

// walk visits the top-level blocks; containers are walked by their
// handlers.
func (p *parser) walk(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.block(c)
	}
}

func (p *parser) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		p.heading(n)
	case *east.Table:
		p.table(n)
	case *ast.List:
		p.list(n)
	case *ast.FencedCodeBlock:
		p.codeBlock(n, string(n.Language(p.src)))
	case *ast.CodeBlock:
		p.codeBlock(n, "")
	case *ast.HTMLBlock:
		p.htmlBlock(n)
	case *ast.Blockquote:
		p.walkQuote(n)
	case *ast.Paragraph, *ast.TextBlock:
		if n == p.titleNode {
			p.addProse(n, "heading")
			p.titleDate()
			return
		}
		p.paragraph(n, "paragraph")
	case *container:
		p.container(n)
	default:
		p.walk(n)
	}
}

func (p *parser) heading(n *ast.Heading) {
	span := linesSpan(n)
	if !span.Valid() {
		return
	}
	// The source, not the rendered text: "# <Title>" renders as nothing.
	name := headingText(strings.TrimSpace(p.doc.Text(span)))
	p.addProse(n, "heading")
	p.finishFieldHeading()
	entry := n.Level > 1 && p.timelineHeading(n.Level, span)
	if !entry {
		p.headingDate(n.Level, name)
	}
	if n.Level == 1 && p.doc.Title == "" || p.titleOverSections(n.Level, name) {
		p.doc.Title, p.doc.TitleSpan = name, span
		p.titleDate()
		return
	}
	if n.Level == 1 && !p.h1Sections && !p.orgTasksBelow(n, name) {
		return
	}
	start := p.doc.LineSpan(p.doc.Line(span.Start)).Start
	if !entry && p.orgTask(n.Level, span, start) {
		return
	}
	key := lookupNormal(p.sections, name)
	switch {
	case entry:
		key = "" // "### 09:12 UTC — Config pushed" is an entry, not a section of its own
	case key == "":
		p.fieldHeading(name, span) // "### Date", "## Incident Lead:"
		key = p.headingKey(name)
	}
	record, dropped := headingStates(name)
	aside := key == "" && !entry && asideHeading(name)
	record = record || !record && (key == "" || key == "remediation") && doneParticiple(name)
	p.doc.Sections = append(p.doc.Sections, Section{
		Name: name, Key: key, Level: n.Level, Record: key == SectionRecord || record, Dropped: dropped, Aside: aside,
		HeadingSpan: span, Span: Span{start, len(p.src)},
	})
}

// h1Sections reports a document that writes its sections as H1s, as a
// notes tool exports a page: three or more H1s and no H2, or, where the
// metadata gave the title (titled), as pandoc's converters write a
// report, two or more. Elsewhere an H1 after the title is another
// document's title, not a section. An H2 right under the first H1 is
// its subtitle, as a slide deck's title slide writes it, and no
// section.
func h1Sections(root ast.Node, titled bool) bool {
	h1, h2 := 0, false
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok {
			h1 += boolInt(h.Level == 1)
			h2 = h2 || h.Level == 2 && !subtitle(h, h1)
		}
	}
	return h1 >= 3 && !h2 || titled && h1 >= 2
}

// namedH1s reports a document whose H1s name three of the post-mortem's
// sections or more ("Summary", "Root cause", "Remediation"), with H2s
// under them, as a word processor's export writes the document's
// headings: the H1s are its sections, whatever stands above them.
func (p *parser) namedH1s(root ast.Node) bool {
	if h1Count(root) < 3 {
		return false // the quick answer: most documents have one H1, their title
	}
	named := 0
	for c := root.FirstChild(); c != nil && named < 3; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok && h.Level == 1 {
			if span := linesSpan(h); span.Valid() && p.headingKey(headingText(strings.TrimSpace(p.doc.Text(span)))) != "" {
				named++
			}
		}
	}
	return named >= 3
}

// h1Count returns the number of H1s at the top of root.
func h1Count(root ast.Node) int {
	n := 0
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok && h.Level == 1 {
			n++
		}
	}
	return n
}

// subtitle reports an H2 right after the first H1, h1 the H1s before it
// and it.
func subtitle(h *ast.Heading, h1 int) bool {
	prev, ok := h.PreviousSibling().(*ast.Heading)
	return h1 == 1 && ok && prev.Level == 1
}

// timelineHeading reads a heading under a timeline that opens with a
// time ("### 09:12 UTC — Config pushed") as an entry of the timeline,
// and reports whether it did.
func (p *parser) timelineHeading(level int, span Span) bool {
	// The section is asked first: most headings are under none of a
	// timeline, and a stamp costs more to look for than the sections.
	if !p.underTimeline(level) {
		return false
	}
	stamp := p.stampAt(span)
	if !stamp.Valid() || isDateLine(p.src[span.Start:span.End]) {
		return false
	}
	p.addEvent(stamp, strings.Trim(p.doc.Text(Span{stamp.End, span.End}), " *_)]:,-—–"))
	return true
}

// underTimeline reports whether a heading of the level would be under a
// timeline: the nearest section above it with a key is the timeline or
// what happened.
func (p *parser) underTimeline(level int) bool {
	secs := p.doc.Sections
	for i := len(secs) - 1; i >= 0; i-- {
		if secs[i].Level < level && secs[i].Key != "" {
			k := secs[i].Key
			return k == "timeline" || k == "what_happened"
		}
	}
	return false
}

// finishSections ends each section where the next one of the same or a
// higher level begins (one that has ended already, a container's or a
// colon label's, keeps its end), and works out which are empty.
func (p *parser) finishSections() {
	secs := p.doc.Sections
	for i := range secs {
		for j := i + 1; j < len(secs) && !secs[i].closed; j++ {
			if secs[j].Level <= secs[i].Level {
				secs[i].Span.End = secs[j].Span.Start
				break
			}
		}
		switch secs[i].Form {
		case "":
			secs[i].Empty, secs[i].Unanswered = p.sectionEmpty(secs[i])
		case "label": // "**Action items**:" with its list below
			empty, _ := p.sectionEmpty(secs[i])
			secs[i].Empty = secs[i].Empty && empty
		}
	}
}

// preferNamedTimeline keeps the timeline key for the section whose
// heading names a timeline, where another heading also reads as one: a
// template's "Incident Timing" table of start, detection and end is not
// its "Incident Timeline" of events. Fields were read from both.
func (p *parser) preferNamedTimeline() {
	named := -1
	for i, s := range p.doc.Sections {
		if s.Key == "timeline" && containsFold(s.Name, "timeline") {
			named = i
			break
		}
	}
	if named < 0 {
		return
	}
	for i := range p.doc.Sections {
		if s := &p.doc.Sections[i]; i != named && s.Key == "timeline" && !containsFold(s.Name, "timeline") {
			s.Key = ""
		}
	}
}

// sectionEmpty reports that s holds no text, and whether an issue
// form's "_No response_" stood in its place: the form's question was
// left unanswered.
func (p *parser) sectionEmpty(s Section) (empty, unanswered bool) {
	body := Span{p.doc.LineSpan(p.doc.Line(s.HeadingSpan.End)).End, s.Span.End}
	// line by line, as the first line with text ends the reading: a split
	// into all of a long section's lines cost more than the rest of the test
	for line := range bytes.Lines(p.src[max(body.Start, 0):max(body.End, body.Start)]) {
		t := bytes.TrimSpace(line)
		if noResponse(t) {
			unanswered = true
			continue
		}
		if len(t) == 0 || t[0] == '#' || (bytes.HasPrefix(t, []byte("<!--")) && bytes.HasSuffix(t, []byte("-->"))) {
			continue
		}
		return guidanceOnly(p.src[body.Start:body.End]), false
	}
	return true, unanswered
}

// noResponse reports the line a GitHub issue form writes for a question
// left unanswered: "_No response_".
func noResponse(line []byte) bool {
	return string(bytes.Trim(line, "_*")) == "No response"
}

// sectionKey returns the key and name of the nearest enclosing section
// that has a key: the last heading, or the heading it sits under.
func (p *parser) sectionKey() (key, name string) {
	return sectionKeyIn(p.doc.Sections)
}

// sectionKeyIn is sectionKey where secs are the sections so far.
func sectionKeyIn(secs []Section) (key, name string) {
	for i := innermost(secs); i >= 0; i = outer(secs, i) {
		if secs[i].Key != "" {
			return secs[i].Key, secs[i].Name
		}
	}
	return "", ""
}

// innermost returns the index of the current section, the last of secs
// that is not closed, or -1; outer, of the section that section i sits
// under, or -1. Together they walk from the current section out:
// for i := innermost(secs); i >= 0; i = outer(secs, i).
func innermost(secs []Section) int {
	i := len(secs) - 1
	for i >= 0 && secs[i].closed {
		i--
	}
	return i
}

// outer is innermost's step: the last section before i of a lower level,
// not closed.
func outer(secs []Section, i int) int {
	level := secs[i].Level
	for i--; i >= 0 && (secs[i].Level >= level || secs[i].closed); i-- {
	}
	return i
}

func (p *parser) codeBlock(n ast.Node, info string) {
	span := linesSpan(n)
	if !span.Valid() {
		return
	}
	p.doc.CodeBlocks = append(p.doc.CodeBlocks, Block{Span: span, Text: string(p.src[span.Start:span.End]), Info: info})
	p.openingFieldBlock(span)
	switch info {
	case "", "text", "txt", "plain", "plaintext":
		p.leaderActions(span) // a form's printout, kept in its columns
	}
}

func (p *parser) htmlBlock(n *ast.HTMLBlock) {
	span := linesSpan(n)
	if n.HasClosure() {
		c := n.ClosureLine
		span.End = max(span.End, c.Stop)
	}
	if !span.Valid() {
		return
	}
	p.orgPlanning(span)
	p.jsxActions(span)
	if !p.componentProps(span) && !p.definitionList(span) {
		p.comments(span)
		p.summarySection(span)
		p.htmlTable(span)
		p.htmlInfoLine(span)
	}
}

// summaryRe is the summary of a <details> block: "<summary>Action items
// (5)</summary>".
var summaryRe = lazyRe(`(?is)<summary[^>]*>\s*(.*?)\s*</summary>`)

// calloutLabelRe is the bold label that opens a callout, after its mark:
// "<aside>💡 <strong>Summary</strong>: …".
var calloutLabelRe = lazyRe(`(?is)^\s*<(?:aside|div|p|blockquote)[^>]*>\s*(?:[^\s<]{1,4}\s*)?<(?:strong|b)>\s*([^<]{1,60}?)\s*</(?:strong|b)>`)

// summarySection records the summary of a <details> block, or the bold
// label that opens a callout, that names a section as that section, as a
// bold label is: what the block holds is read as its items.
func (p *parser) summarySection(span Span) {
	b := p.src[span.Start:span.End]
	var m []int
	switch {
	case bytes.Contains(b, []byte("<summary")):
		m = summaryRe.FindSubmatchIndex(b)
	case bytes.Contains(b, []byte("<strong>")) || bytes.Contains(b, []byte("<b>")):
		m = calloutLabelRe.FindSubmatchIndex(b)
	}
	if m == nil {
		return
	}
	name := Span{span.Start + m[2], span.Start + m[3]}
	label := htmlTagRe.ReplaceAllString(p.doc.Text(name), "")
	key := p.headingKey(label)
	if key == "" {
		return
	}
	i := p.openLabelSection(name, label, key, p.doc.LineSpan(p.doc.Line(name.Start)).Start)
	p.doc.Sections[i].Empty = true
}

// htmlTagRe is an HTML tag inside a summary: "<b>".
var htmlTagRe = lazyRe(`<[^>]*>`)

// comments records the HTML comments in a span.
func (p *parser) comments(span Span) {
	b := p.src[span.Start:span.End]
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("<!--"))
		if i < 0 {
			return
		}
		start := off + i
		j := bytes.Index(b[start+4:], []byte("-->"))
		if j < 0 {
			return
		}
		end := start + 4 + j + 3
		p.doc.Comments = append(p.doc.Comments, Comment{
			Span: Span{span.Start + start, span.Start + end},
			Text: string(bytes.TrimSpace(b[start+4 : end-3])),
		})
		off = end
	}
}

func (p *parser) walkQuote(n *ast.Blockquote) {
	callout := p.calloutSection(n)
	defer p.closeCallout(callout, n)
	defer p.closeQuotedLabels(len(p.doc.Sections), n)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			p.paragraph(c, "quote")
		default:
			p.block(c)
		}
	}
}

// paragraph records a paragraph's prose and any "Key: value" lines.
func (p *parser) paragraph(n ast.Node, kind string) {
	if p.gridTable(n) || p.jiraTable(n) || p.componentProps(linesSpan(n)) {
		return
	}
	p.addTextProse(n, kind)
	p.fieldHeadingValue(n)
	p.labelledSection(n)
	if kind != "quote" {
		p.plainLabelSection(n)
	}
	p.workedNote(n)
	p.stateLegend(n)
	p.colonLabelSection(n, kind == "quote")
	action := false
	if kind == "quote" {
		p.quoteNotes(n)
		action = p.quotedCard(n)
		if span := linesSpan(n); span.Valid() {
			p.contactSentences(span, p.doc.Text(span)) // a chat's quoted message: "— Mira (IC for this one)"
		}
	}
	if kind == "quote" && p.inTimeline() {
		p.eventLines(n) // the timeline quoted from the incident's notes
	}
	if kind != "quote" {
		mail := p.mailHeaders(n)
		para := &paragraphText{text: p.doc.Text(linesSpan(n)), shared: p.inSummary()}
		p.datedParagraph(para)
		if !p.relativeAnchor(para.text) && !p.proseEvents(n, para) {
			p.eventLines(n)
		}
		if !mail {
			p.summaryProse(n, para)
			p.narrativeProse(n, para)
			p.labelledMoments(n, para)
		}
		p.proseFieldSentences(n)
		p.keyValueLine(linesSpan(n))
		p.orgPlanning(linesSpan(n))
		p.meetingActions(n)
		if action = p.orgFields(n) || p.labelledFields(n) || p.headingAction(n) || p.requirement(n); !action {
			cue := labelParenCue(p.src[max(linesSpan(n).Start, 0):max(linesSpan(n).End, 0)])
			if count := len(p.doc.Actions); !cue || !p.ownerParenFirst(n) {
				p.paragraphActions(n)
				if cue && len(p.doc.Actions) == count {
					p.ownerParenActions(n)
				}
			}
		}
	}
	if key, _ := p.sectionKey(); (fieldsLiveIn(key) || kind == "quote" || p.fieldParagraph(n, key)) && !action {
		p.keyValueLines(n)
	} else if key == "what_happened" {
		p.timeFieldLines(n)
	}
	p.inlineComments(n)
	if kind != "quote" {
		p.chatLabelSection(n) // after the messages of the paragraph are read where they stand
		p.chatMessageItems(n)
	}
}

// quoteNotes reads a quote or callout for the zone of the document's
// times ("> All times are EEST."), and one before the first section,
// as a summary's callout ("> 💡 … from 16:20 to 17:09 EEST"), for the
// incident's times.
func (p *parser) quoteNotes(n ast.Node) {
	para := &paragraphText{text: p.doc.Text(linesSpan(n)), shared: true}
	p.allTimesNote(noteText(para))
	if _, _, mail := p.mailHeader(n); p.beforeSections() && !mail {
		p.summaryProse(n, para)
		p.proseFieldSentences(n)
	}
}

// inTimeline reports whether paragraphs here are under the timeline.
func (p *parser) inTimeline() bool {
	key, _ := p.sectionKey()
	return key == "timeline" || key == "what_happened"
}

// fieldsLiveIn reports the sections, by key, where "Key: value" lines
// are fields; elsewhere ("What happened") such a line is prose. A switch
// answers the paragraphs and items of a document for less than a map.
func fieldsLiveIn(key string) bool {
	switch key {
	case "", "description", "timeline", "impact", "short_summary":
		return true
	}
	return false
}

func (p *parser) inlineComments(n ast.Node) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if raw, ok := c.(*ast.RawHTML); ok && entering && raw.Segments.Len() > 0 {
			p.comments(Span{raw.Segments.At(0).Start, raw.Segments.At(raw.Segments.Len() - 1).Stop})
		}
		return ast.WalkContinue, nil
	})
}

// linesSpan returns the bytes a block's lines cover.
func linesSpan(n ast.Node) Span {
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return Span{-1, -1}
	}
	return Span{lines.At(0).Start, lines.At(lines.Len() - 1).Stop}
}

// baseDate is the day bare times are read against: the incident date,
// else the date of any timeline entry that has one, else the incident
// date written without its year, else the meeting date (and then
// reviewBase says the day is after the incident).
func (p *parser) baseDate() time.Time {
	f, given := p.doc.Field(FieldIncidentDate)
	if given && !f.Inferred {
		if t, ok := incidentDay(p.dayFirstEntry(f.Value)); ok {
			return t // "02/11/2026" day first where the document's zone says so
		}
		if t, ok := p.incidentDayAfterWords(f.Value); ok {
			return t // "tisdag 2026-11-24", a weekday before the day
		}
	}
	if t, ok := p.timelineDay(false); ok {
		return t // a labelled start's day before one read from prose
	}
	if t, ok := p.statedDayInYear(); ok {
		return t
	}
	if t, ok := p.plainDateBesideReview(); ok {
		return t
	}
	if t, ok := p.dayBeforeReview(p.titleDay); ok && p.titleDay != "" {
		return t // the title's "(evening of Nov 12)" before a day the prose names
	}
	if given {
		if t, ok := incidentDay(f.Value); ok {
			return t
		}
	}
	if t, ok := p.timelineDay(true); ok {
		return t
	}
	if f, ok := p.doc.Field(FieldIncidentDate); ok {
		if t, ok := p.dayInDocumentYear(f.Value); ok {
			return t
		}
	}
	if t, ok := p.titleDayInWrittenYear(); ok {
		return t // the title's "(Tue 10 March)" in the year the document's dates give
	}
	if !p.noteDay.IsZero() {
		return p.noteDay // "All times are Sydney time (AEDT), Friday 27 November 2026."
	}
	if t, ok := p.reviewDay(); ok { // also "12/2/26 7:51 AM", a ticket's creation
		p.reviewBase = true
		return t
	}
	return time.Time{}
}

// openingDate gives the document's date, where no field gives one, as
// the first day written with its year above the first section: a line of
// facts under the title ("Incident #4411 · 2026-11-14 · SEV2",
// "**2026-11-14**", "Incident: 2026-11-14"). It is read after the times,
// which it does not date: measured, a day read so dated fewer of them
// right than the readings that date them without one.
func (p *parser) openingDate() {
	if _, ok := p.doc.Field(FieldDate); ok {
		return
	}
	if _, ok := p.doc.Field(FieldIncidentDate); ok {
		return
	}
	end := min(len(p.doc.text), 2000)
	for _, sec := range p.doc.Sections {
		if sec.Level > 1 {
			end = min(end, sec.HeadingSpan.Start)
			break
		}
	}
	for _, m := range yearDateRe.FindAllStringIndex(p.doc.text[:max(end, 0)], 4) {
		if stampedDate(p.doc.text[:m[0]]) {
			continue // "Last updated by Jess Tran, 2 Dec 2026": the page's day, not the incident's
		}
		if _, ok := incidentDay(p.doc.text[m[0]:m[1]]); ok {
			v := Span{m[0], m[1]}
			p.doc.Fields = append(p.doc.Fields, Field{Key: FieldDate, Label: "Date (from the opening)", Value: p.doc.Text(v), Span: v, Inferred: true})
		}
		return
	}
}

// pageStampWords say, before a date on its line, that the date is the
// page's or the review's: "Last updated by Jess Tran, 2 Dec 2026",
// "reviewed with the wharf managers on Tuesday 1 December 2026".
var pageStampWords = []string{"updated", "modified", "edited", "exported", "printed", "reviewed", "review on", "review held", "published"}

// stampedDate reports a line, before a date (before is the text up to
// it), that opens the date with one of stampWords within 60 bytes.
func stampedDate(before string) bool {
	line := before[strings.LastIndexByte(before, '\n')+1:]
	line = line[max(0, len(line)-60):]
	for _, w := range pageStampWords {
		if containsFold(line, w) {
			return true
		}
	}
	return false
}

// plainDateBesideReview is the day of a field labelled "Date" alone
// where another field gives the review's date under a label of its own
// on a later day ("*Date:* Sun Nov 29, 2026" above "*Review call:* Wed
// Dec 2, 8:00 AM"): the plain date is then the incident's, not the
// review's. A date with its clock is a message's.
func (p *parser) plainDateBesideReview() (time.Time, bool) {
	plain, later := time.Time{}, false
	for _, f := range p.doc.Fields {
		if f.Key == FieldDate && !f.Inferred && strings.EqualFold(strings.TrimSpace(f.Label), "date") && !hasClock(f.Value) {
			plain, _ = leadingDay(f.Value)
			break
		}
	}
	if plain.IsZero() {
		return plain, false
	}
	for _, f := range p.doc.Fields {
		if f.Key == FieldDate && !f.Inferred && !strings.EqualFold(strings.TrimSpace(f.Label), "date") {
			y, m, d, n := leadingDate(strings.TrimSpace(f.Value), plain.Year())
			later = later || n > 0 && validDate(y, m, d) && time.Date(y, m, d, 0, 0, 0, 0, time.UTC).After(plain)
		}
	}
	return plain, later
}

// leadingDay reads the day that opens a field's value, with what
// follows it ("Wed Dec 2, 8:00 AM, Ops conference room") or not.
func leadingDay(v string) (time.Time, bool) {
	if t, ok := ParseDate(v); ok {
		return t, true
	}
	if y, m, d, n := leadingDate(strings.TrimSpace(v), 0); n > 0 && y > 1 && validDate(y, m, d) {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// timelineDay is the day of the first start, detection or end that
// names one, among those labelled or those read from prose (inferred).
func (p *parser) timelineDay(inferred bool) (time.Time, bool) {
	for _, f := range p.doc.Fields {
		if isTimelineKey(f.Key) && f.Inferred == inferred && (inferred || hasClock(f.Value) || !p.narrativeDated()) {
			if pt, err := ParseTime(f.Value, time.Time{}); err == nil && pt.HasDate {
				return pt.Time, true
			}
		}
	}
	return time.Time{}, false
}

// statedDayInYear is the day of the first labelled start, detection or
// end that names its day without the year ("Impact start: Thu, Nov 26,
// 19:42"), in the year of the review's date, on or before that date.
func (p *parser) statedDayInYear() (time.Time, bool) {
	review, ok := p.reviewDay()
	if !ok {
		return time.Time{}, false
	}
	for _, f := range p.doc.Fields {
		if !isTimelineKey(f.Key) || f.Inferred {
			continue
		}
		if pt, err := ParseTime(f.Value, review); err == nil && pt.HasDate {
			y, m, d := pt.Time.Date()
			t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			if t.After(review) {
				t = t.AddDate(-1, 0, 0)
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// reviewDay is the day of the review's date field, also where more
// follows it: "Nov 24, 2026, NOC conference room", "Tue 24 Nov 2026,
// 10:00, Westlands office".
func (p *parser) reviewDay() (time.Time, bool) {
	f, ok := p.doc.Field(FieldDate)
	if !ok {
		return time.Time{}, false
	}
	v := p.dayFirstEntry(strings.TrimSpace(f.Value)) // "05/12/2026" in a document that writes days day first
	if t, ok := ParseDate(v); ok {
		return t, true
	}
	if y, m, d, n := leadingDate(v, 0); n > 0 && y > 1 && validDate(y, m, d) {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
	}
	return incidentDay(v) // "14.11.2026", a day first with dots
}

// dayBeforeReview reads an incident's day written without its year
// ("Wednesday 21 October", "Oct 21") in the year of the review's date,
// on or before that date.
func (p *parser) dayBeforeReview(v string) (time.Time, bool) {
	review, ok := p.reviewDay()
	if !ok {
		return time.Time{}, false
	}
	if _, rest, ok := leadingWeekday(strings.TrimSpace(v)); ok {
		v = rest
	}
	v = strings.TrimSpace(v)
	return onOrBefore(review, func(y int) (time.Time, bool) { return dayInYear(v, y) })
}

// onOrBefore is the day at gives in review's year, or in the year
// before where that day falls after the review: a day written without
// its year, of an incident the review looks back on.
func onOrBefore(review time.Time, at func(year int) (time.Time, bool)) (time.Time, bool) {
	t, ok := at(review.Year())
	if ok && t.After(review) {
		t, ok = at(review.Year() - 1)
	}
	return t, ok
}

func isTimelineKey(k string) bool {
	return k == FieldStart || k == FieldDetect || k == FieldEnd
}
