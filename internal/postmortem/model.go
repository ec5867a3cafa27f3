// Package postmortem parses incident post-mortem documents written in
// Markdown into a model, and edits them byte-exactly.
//
// The parser accepts the default template (metadata and timeline tables,
// a Remediation task list) and what teams write instead: YAML front matter,
// field names in any case and with synonyms, action items in task lists or
// in tables whose columns are found by their headers.
package postmortem

import "time"

// Span is a half-open byte range [Start, End) of a document's source.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span points into a source.
func (s Span) Valid() bool { return s.End >= s.Start && s.Start >= 0 && s.End > 0 }

// Document is a parsed post-mortem. Spans point into Source.
type Document struct {
	Source []byte

	Title     string
	TitleSpan Span

	// Fields holds metadata and timeline fields by canonical key (see
	// FieldDate, FieldStart, ...), in the order found. A field written
	// twice keeps its first occurrence.
	Fields []Field

	// Times holds the timeline: Start, Detect, End and any additional
	// rows of the timeline table, parsed where possible. Where no field
	// gives Start, Detect or End, the entry of Events that marks it does
	// (with Inferred set).
	Times []TimeEntry

	// Events are the entries of the incident's timeline, in the order
	// written: table rows, bullets and paragraphs that start with a time.
	Events []Event

	// Zone is the zone the document says all its times are in ("All
	// times in UTC"), upper-cased, or "".
	Zone string

	Severity     string
	SeveritySpan Span

	Sections []Section
	// Steps are what the document records as already done: items of
	// "Actions taken" or a completed subsection, and past-tense items of
	// a remediation list. They are not actions.
	Steps []Step
	// MetaSections are sections the front matter gives ("description"
	// is the summary); Section finds them after the headings.
	MetaSections []Section
	Actions      []Action

	// Prose is every piece of running text a reader sees (paragraphs,
	// list items, headings, table cells), with code, URLs and raw HTML
	// left out, for the language rules.
	Prose []Prose

	// CodeBlocks are fenced and indented code blocks: rules about pasted
	// logs look at them, the language rules do not.
	CodeBlocks []Block

	// Comments are HTML comments, which carry suppression directives.
	Comments []Comment

	lines []int // byte offset at which each line starts
	// blockLines holds, for each block of lineBlock bytes of the source,
	// the index in lines of the line its first byte is on: where
	// lineIndex starts to look, rather than searching all the lines.
	blockLines []int32
	text       string  // Source as a string, which Text slices
	opt        Options // what Parse was given, for Edit to read its result the same way
	// unplaced: the timeline is in offsets from a T+0 the document does
	// not state (see Unplaced).
	unplaced bool
}

// Field is a named value from a metadata table, the timeline table, a
// "Key: value" line, or the front matter.
type Field struct {
	Key       string // canonical key, e.g. "date", "start"
	Label     string // the name as written, e.g. "Start Time"
	Value     string // trimmed text of the value
	Span      Span   // bytes of the value (empty span where the value is)
	LabelSpan Span
	// Inferred says the value was read from prose ("from 15:30 to 18:10
	// UTC" in the summary), not from a labelled field.
	Inferred bool
}

// TimeEntry is one row of the timeline.
type TimeEntry struct {
	Key     string // canonical key: start, detect, end, or the label lowercased
	Label   string
	Raw     string
	Time    time.Time // zero when Raw could not be read
	HasDate bool      // Raw named a date, not only a time of day
	HasZone bool      // Raw named a zone or offset
	Err     error     // why Raw could not be read, if it could not
	Span    Span
	// Inferred says the entry was read from an event of the timeline
	// ("**OUTAGE BEGINS**", "paged on-call"), not from a field.
	Inferred bool
}

// Section is a level-two (or deeper) heading and the bytes up to the next
// heading of the same or a higher level.
type Section struct {
	Name        string // heading text as written
	Key         string // canonical key ("what_happened", "remediation", ...) or ""
	Level       int
	HeadingSpan Span
	Span        Span // from the heading to the end of the section
	// Empty reports that the section holds no text but headings of
	// subsections, HTML comments and whitespace.
	Empty bool
	// Unanswered reports an empty section that is an issue form's
	// question left unanswered: its body is "_No response_".
	Unanswered bool
	// Items are the top-level list items of the section.
	Items []Block
	// Record reports a section that records what was already done
	// ("Actions taken", "Immediate actions (completed)"): its items are
	// never actions, whatever the section they sit under.
	Record bool
	// Dropped reports a section of an action section whose heading is a
	// state that closes work as not planned ("Not doing (1)"): its
	// actions were dropped.
	Dropped bool
	// Aside reports a section whose lists are no work to track: what
	// went well or wrong, questions, the people present, references
	// ("What went well", "Open questions", "Participants", "Appendix").
	Aside bool
	// Form says how the section is written: a heading (""), a bold label
	// leading a paragraph ("label"), or a front-matter key ("front matter").
	Form string
	// closed: the section is a container that has ended (an admonition,
	// a fenced div), so what follows it is not in it.
	closed bool
	// colon: the section is a colon label's ("Follow-ups:"), which
	// governs the list below it alone.
	colon bool
}

// Block is a run of source with its text.
type Block struct {
	Span Span
	Text string
	Info string // code block info string, e.g. "text" or "log"
}

// Comment is an HTML comment.
type Comment struct {
	Span Span
	Text string // contents between <!-- and -->, trimmed
}

// ActionForm says how an action item is written.
type ActionForm int

// The ways an action item can be written.
const (
	ListItem ActionForm = iota // "- [ ] Do X — owner: @a, due: 2026-12-01"
	TableRow                   // a row of a table with an Action column
	// HeadingItem is a heading under an action section with its fields on
	// the lines below it: "### Cap retries" then "Owner: @a", "Due: …".
	HeadingItem
)

// Status is the state of an action item.
type Status int

// The states of an action item.
const (
	Open       Status = iota
	Done              // finished
	NotPlanned        // closed without being done
)

// String returns the status as written in a Status cell.
func (s Status) String() string {
	switch s {
	case Done:
		return "Done"
	case NotPlanned:
		return "Not planned"
	}
	return "Open"
}

// Action is a countermeasure: one task-list item or table row in an
// action section.
type Action struct {
	Form  ActionForm
	Title string
	// LongTitle is the whole text the title was cut from, where it was
	// cut (at a bold lead, a colon or a first sentence); versions before
	// the cut keyed issues by it.
	LongTitle string
	Owner     string // GitHub login without "@", or a name where no login is given
	Due       time.Time
	DueRaw    string
	Priority  string // as written, upper-cased: "P1", "HIGH"
	Milestone string
	Issue     int
	Status    Status
	Section   string // name of the section the action is in
	Line      int    // 1-based line of the item

	// Byte spans of the item and its parts. A part that is absent has a
	// zero Span; edits then insert it.
	Span          Span
	TitleSpan     Span
	OwnerSpan     Span
	DueSpan       Span
	PrioritySpan  Span
	MilestoneSpan Span
	IssueSpan     Span
	StatusSpan    Span // the task box "[ ]" or the Status cell

	notPlannedSpan Span    // the "(not planned)" marker of a list item or title cell
	doneSpan       Span    // a "(done)" or ✅ mark of a list item
	statusLine     Span    // the value of a list item's nested "Status:" line
	struck         bool    // a title cell struck through: done, in a table without a Status column or with a note after it
	strike         [2]Span // the "~~" around a list item or its title struck through
	bareOwner      bool    // the owner is an @mention without "owner:"
	sentence       bool    // a plan stated in a sentence of prose: its status is a "(done)" after it
	plainLine      bool    // a plain line of a paragraph under an action heading

	// For table rows: the cells of the row, by column key.
	cells map[string]Span
	// For list items: where an inserted field goes (end of the item's
	// first line of text), and where a task box goes when the item has
	// none.
	insertAt int
	boxAt    int
}

// Done reports whether the action is finished.
func (a Action) Done() bool { return a.Status == Done }

// Tracked reports whether the action is work to follow as an issue: open,
// and more than a template's example row. Merging opens an issue for each
// tracked action that has none; the review lists them, and the rules ask
// each for an owner, a due date and a priority.
func (a Action) Tracked() bool { return a.Status == Open && !IsPlaceholderTitle(a.Title) }

// Prose is a piece of running text, with a map back to source bytes.
type Prose struct {
	Text string
	// Kind says where the text is: "paragraph", "item", "cell" (a
	// table's body cell), "quote", and what is not a sentence: "heading",
	// "label" (a bold label alone, or a table cell naming a field),
	// "header" (a table's header cell), "timeline" (a timeline's time).
	Kind string
	// pieces maps ranges of Text to ranges of source.
	pieces []piece
}

type piece struct {
	text, src, n int // offset in Text, offset in source, length
}
