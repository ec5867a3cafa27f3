package postmortem

import (
	"strings"
)

// Section keys beyond the template's, read from headings of any wording.
const (
	// SectionRecord is a list of what was already done ("Actions taken",
	// "Immediate actions (completed)"): its items are a record, never
	// actions to open issues for.
	SectionRecord = "record"
	// SectionResolution describes how the incident was resolved.
	SectionResolution = "resolution"
	// SectionLessons holds lessons learned.
	SectionLessons = "lessons"
	// SectionDetection describes how the incident was detected (prose,
	// not the Detect Time).
	SectionDetection = "detection"
)

// headingPhrase is a phrase that, found as whole words in a heading,
// gives the heading a section key.
type headingPhrase struct {
	key    string
	phrase string
}

// headingVocabulary is read in order: the first phrase found in a
// heading decides, so the more specific phrases come first ("timeline
// summary" is a timeline, "issue summary" a summary).
var headingVocabulary = []headingPhrase{
	{SectionRecord, "actions taken"}, {SectionRecord, "steps taken"}, {SectionRecord, "what we did"},
	{SectionRecord, "what was done"}, {SectionRecord, "completed"}, {SectionRecord, "already done"}, {SectionRecord, "done already"}, {SectionRecord, "done during"},
	{SectionRecord, "responder actions"}, {SectionRecord, "did you do"},
	{SectionRecord, "changed already"}, {SectionRecord, "already changed"}, {SectionRecord, "already handled"},
	// Work closed since the review, as a tracker groups it: "Closed
	// action items", "Resolved follow-ups", "Closed tasks".
	{SectionRecord, "closed action"}, {SectionRecord, "closed follow"}, {SectionRecord, "closed tasks"},
	{SectionRecord, "resolved action"}, {SectionRecord, "resolved follow"}, {SectionRecord, "resolved tasks"},
	// A checklist named for the incident's time, "During the incident
	// (4/4)", holds its steps; "What went well during the incident" does
	// not: "^" matches the opening words alone.
	{SectionRecord, "^during the incident"}, {SectionRecord, "^during incident"},
	{SectionRecord, "done during"},
	{"remediation", "action item"}, {"remediation", "action items"}, {"remediation", "follow up"},
	{"remediation", "follow ups"}, {"remediation", "followups"}, {"remediation", "countermeasure"},
	{"remediation", "countermeasures"}, {"remediation", "corrective"}, {"remediation", "preventive"},
	{"remediation", "preventative"}, {"remediation", "remediation"}, {"remediation", "remediations"},
	{"remediation", "recommendations"}, {"remediation", "next steps"}, {"remediation", "action plan"},
	{"remediation", "todo"}, {"remediation", "to do"}, {"remediation", "to dos"}, {"remediation", "todos"}, {"remediation", "improvements"},
	{"remediation", "what we are doing"}, {"remediation", "what we will do"}, {"remediation", "what's next"},
	{"remediation", "what we're doing"}, {"remediation", "followed up by"},
	{"remediation", "happens next"}, {"remediation", "what changes"}, {"remediation", "doing about it"}, {"remediation", "improving"},
	{"remediation", "prevention"}, {"remediation", "preventing"}, {"remediation", "future work"},
	{"remediation", "going forward"}, {"remediation", "moving forward"}, {"remediation", "follow on"},
	{"remediation", "work items"}, {"remediation", "repair items"}, {"remediation", "open items"},
	{"remediation", "what we will change"}, {"remediation", "what we'll change"}, {"remediation", "what we'll do"},
	{"remediation", "what we're changing"}, {"remediation", "what we are changing"},
	{"remediation", "changes we are making"}, {"remediation", "changes we're making"}, {"remediation", "changes we will make"},
	{"remediation", "next actions"}, {"remediation", "agreed actions"}, {"remediation", "improvement plan"},
	{"remediation", "actions and owners"}, {"remediation", "post mortem actions"}, {"remediation", "postmortem actions"},
	{"remediation", "review actions"}, {"remediation", "retro actions"},
	{"remediation", "happen again"}, {"remediation", "happens again"}, {"remediation", "a repeat"}, {"remediation", "backlog"},
	{"remediation", "recurrence"}, {"remediation", "prevent"}, {"remediation", "tasks"},
	// A tracker's issue of the incident lists its work as the issue's
	// children: "Sub-issues 2/7", "Child issues", "Subtasks (2/6)".
	{"remediation", "sub issues"}, {"remediation", "subissues"}, {"remediation", "child issues"},
	{"remediation", "subtasks"}, {"remediation", "sub tasks"}, {"remediation", "child tasks"},
	// Work made out of the incident, whatever the tool calls it:
	// "Initiatives created from this incident", "Tickets raised from the review".
	{"remediation", "created from"}, {"remediation", "raised from"}, {"remediation", "opened from"},
	{"remediation", "filed from"}, {"remediation", "arising from"},
	// A triage checklist is worked during the incident: a record, unless
	// the heading names a change to it first ("Triage improvements").
	{SectionRecord, triagePhrase},
	{"timeline", "timeline"}, {"timeline", "incident timing"}, {"timeline", "key times"},
	// A heading that says it is short names the summary, whatever it is
	// a summary of: "What happened, in one paragraph".
	{"short_summary", "in one paragraph"}, {"short_summary", "in a nutshell"},
	{"short_summary", "in a sentence"}, {"short_summary", "in one sentence"},
	{"what_happened", "what happened"}, {"what_happened", "sequence of events"}, {"what_happened", "chronology"},
	{"what_happened", "narrative"}, {"what_happened", "events"}, {"what_happened", "incident details"},
	{"what_happened", "walkthrough"}, {"what_happened", "play by play"}, {"what_happened", "status updates"},
	{"what_happened", "incident updates"}, {"what_happened", "update log"}, {"what_happened", "on call log"},
	{"what_happened", "incident log"}, {"what_happened", "event log"}, {"what_happened", "log of events"},
	{"what_happened", "handover log"}, {"what_happened", "ops log"},
	{"what_happened", "how the night went"}, {"what_happened", "how the day went"}, {"what_happened", "how it went"},
	{"what_happened", "how it unfolded"}, {"what_happened", "how it played out"}, {"what_happened", "what went on"},
	{"root_cause", "root cause"}, {"root_cause", "root causes"}, {"root_cause", "contributing"},
	{"root_cause", "cause"}, {"root_cause", "causes"}, {"root_cause", "caused"}, {"root_cause", "trigger"},
	{"root_cause", "why it happened"},
	{"impact", "impact"}, {"impact", "affected users"}, {"impact", "affected customers"},
	{SectionResolution, "resolution"}, {SectionResolution, "recovery"}, {SectionResolution, "mitigation"},
	{SectionResolution, "response"}, {SectionResolution, "responding"},
	{SectionResolution, "how we fixed"}, {SectionResolution, "the fix"}, {SectionResolution, "fix"},
	{SectionResolution, "workaround"}, {SectionResolution, "how it was fixed"}, {SectionResolution, "what fixed it"},
	{SectionResolution, "how it was resolved"}, {SectionResolution, "how we resolved it"},
	{SectionResolution, "stopped the bleeding"}, {SectionResolution, "repair"},
	{SectionResolution, "brought it back"}, {SectionResolution, "got it back"}, {SectionResolution, "bringing it back"}, {SectionResolution, "getting it back"},
	{SectionResolution, "service was brought back"}, {SectionResolution, "how we restored"}, {SectionResolution, "restoring service"},
	{SectionResolution, "putting it right"}, {SectionResolution, "put it right"}, {SectionResolution, "unsticking"},
	// A security team's phases of the response, and the fix told as what
	// was changed: "Containment", "Eradication", "Stabilisation", "What
	// we changed".
	{SectionResolution, "containment"}, {SectionResolution, "eradication"}, {SectionResolution, "stabilisation"},
	{SectionResolution, "stabilization"}, {SectionResolution, "what we changed"}, {SectionResolution, "changes made"},
	{SectionLessons, "lessons"}, {SectionLessons, "lessons learned"}, {SectionLessons, "lessons learnt"},
	{"short_summary", "summary"}, {"short_summary", "tl;dr"}, {"short_summary", "tldr"}, {"short_summary", "synopsis"},
	{"short_summary", "abstract"}, {"short_summary", "short version"}, {"short_summary", "in brief"},
	{"short_summary", "gist"}, {"short_summary", "recap"},
	{"description", "description"}, {"description", "overview"},
	{SectionDetection, "detection"},
	{"bug_tickets", "bug tickets"}, {"bug_tickets", "tickets"},
	{"additional_info", "additional info"}, {"additional_info", "additional information"},
	{"additional_info", "supporting information"}, {"additional_info", "supporting documents"},
	{"tags", "tags"},
}

// spacedHeadingPhrases are the phrases of headingVocabulary, by index,
// with a space on either side: found in a heading's words so spaced,
// each is found as whole words (phraseIn).
var spacedHeadingPhrases = func() []string {
	spaced := make([]string, len(headingVocabulary))
	for i, hp := range headingVocabulary {
		spaced[i] = " " + hp.phrase + " "
	}
	return spaced
}()

// phraseIn reports a phrase of spacedHeadingPhrases found in a heading's
// words, spaced at both ends as it is; a phrase marked "^" (" ^during
// the incident ") must open them.
func phraseIn(words, spaced string) bool {
	if spaced[1] == '^' {
		return strings.HasPrefix(words[1:], spaced[2:])
	}
	return strings.Contains(words, spaced)
}

// triagePhrase makes a heading a record only as its key: "Triage
// improvements" is an action list.
const triagePhrase = "triage"

// headingNoise is what a heading carries beside its name: footnote
// links, "(to be done pre-meeting)", a trailing colon.
var headingNoise = lazyRe(`\[\[?[^\]]*\]?\]\([^)]*\)|\^\[[^\]]*\]\([^)]*\)\^`)

// headingMarks become words or spaces in a heading's name.
var headingMarks = strings.NewReplacer("&", " and ", "/", " ", "(", " ", ")", " ", "\"", " ", ",", " ")

// headingQuotes are the quotes a heading names a tool's tab or page in,
// "Pestaña «Tareas»", "Tab “Tasks”": spaces in its name. A replacer of
// its own, as the one-byte marks above are replaced the quicker way.
var headingQuotes = strings.NewReplacer("«", " ", "»", " ", "“", " ", "”", " ", "„", " ", "‹", " ", "›", " ")

// headingName returns the words of a heading that name it: links and
// footnote markers dropped, normalised.
func headingName(s string) string {
	if strings.Contains(s, "](") {
		s = headingNoise.ReplaceAllString(s, " ")
	}
	if strings.IndexByte(s, 0xC2) >= 0 || strings.Contains(s, "\xe2\x80") { // « » and “ ” „ ‹ › open so
		s = headingQuotes.Replace(s)
	}
	return normalize(headingMarks.Replace(s))
}

// headingKey gives a heading its section key: an exact name first (the
// configured ones included), then a phrase of the vocabulary, for keys
// the configuration does not name.
func (p *parser) headingKey(name string) string {
	if k := lookupNormal(p.sections, name); k != "" {
		return k
	}
	words := " " + headingName(name) + " "
	if k := p.sections[strings.TrimSpace(words)]; k != "" {
		return k
	}
	if k := lookupEither(p.sections, name); k != "" {
		return k // "Acciones / Actions": the heading in two languages
	}
	if p.qualifiedActions(name) {
		return "remediation" // "Actions — this month": a part of the list
	}
	if _, configured := p.opt.Sections["remediation"]; !configured && lessonsHeading(name) {
		return "remediation" // "Lessons → actions": lessons turned into work
	}
	if asideWords(words) || peopleHeading(words) {
		return "" // "Follow-up questions", "Why didn't the alert fire?": no work to track; "Response team": people
	}
	for i, hp := range headingVocabulary {
		if _, configured := p.opt.Sections[hp.key]; configured {
			continue
		}
		if phraseIn(words, spacedHeadingPhrases[i]) {
			return hp.key
		}
	}
	if _, configured := p.opt.Sections[SectionRecord]; !configured && weOpensRecord(words) {
		return SectionRecord
	}
	k := localHeadingKey(words, p.opt.Sections, "")
	p.localHeading = p.localHeading || k != ""
	if k == sectionAside {
		return ""
	}
	return k
}

// titleOverSections reports the first heading of a document with no
// title yet, an H2, whose words after a colon or a dash name two of the
// template's sections: "Red Line power loss: what happened and what
// we're changing", as a post in a staff feed heads the whole of it. It
// is the title, not the first of those sections with the whole
// document under it.
func (p *parser) titleOverSections(level int, name string) bool {
	if level != 2 || p.doc.Title != "" || len(p.doc.Sections) > 0 {
		return false
	}
	k := strings.IndexAny(name, ":—–")
	if k <= 0 || p.headingKey(name[:k]) != "" {
		return false
	}
	words := " " + headingName(name[k:]) + " "
	first := ""
	for i, hp := range headingVocabulary {
		if hp.key == first || !phraseIn(words, spacedHeadingPhrases[i]) {
			continue
		}
		if first != "" {
			return true
		}
		first = hp.key
	}
	return false
}

// peopleWords end a heading over the people of the response, whatever
// words come before: "Response team", "Incident response roles",
// "Response participants". Their lists and tables give who had which
// role, not a section the template names.
var peopleWords = wordSet("team teams roles people responders participants attendees members crew staff contacts stakeholders")

// peopleHeading reports a heading of peopleWords' last word, given as
// headingKey's words, spaced.
func peopleHeading(words string) bool {
	t := strings.TrimSpace(words)
	if !peopleWords[t[strings.LastIndexByte(t, ' ')+1:]] {
		return false
	}
	return !anyWordIn(t, workHeadingWords) // not "Action items for the payments team"
}

// workHeadingWords make a heading over people one over their work.
var workHeadingWords = wordSet("action actions items tasks todo to-do todos follow-up follow-ups followups steps work improvements remediation fixes for")

// weOpensRecord reports a heading that opens a sentence its list
// completes, ending with "we" ("On Tuesday morning we", "Overnight we:"):
// each item tells what was done then. One that says what is to come
// ("Next we", "This quarter we will") is no record.
func weOpensRecord(words string) bool {
	if !strings.HasSuffix(words, " we ") || len(words) < 8 {
		return false
	}
	return !anyWordIn(words, futureHeadingWords)
}

// futureHeadingWords make a heading ending in "we" say what is to come.
var futureHeadingWords = wordSet(`will next plan planned going should must need to future then after`)

// recordHeading reports whether a heading says its list is done:
// "Immediate actions (completed)", "Done", "Actions taken": a phrase that
// makes a heading the record, or "done".
func recordHeading(name string) bool {
	return recordName(headingName(name))
}

// headingStates reports whether a heading says its list is done
// (recordHeading) or dropped (droppedName), reading its name once.
func headingStates(name string) (record, dropped bool) {
	n := headingName(name)
	return recordName(n), droppedName(n)
}

// recordName is recordHeading of a heading's name as headingName gives it.
func recordName(name string) bool {
	return mayNameRecord(name) && recordPhraseIn(name) // most headings fail the first: "Timeline", "Remediation"
}

// recordPhraseIn is recordName without its quick test: a search of the
// name for "done", a closing "we" and each phrase, and a look-up of each
// of its words among localDoneWords.
func recordPhraseIn(name string) bool {
	words := " " + name + " "
	if strings.Contains(words, " done ") || weOpensRecord(words) {
		return true
	}
	for _, spaced := range spacedRecordPhrases {
		if phraseIn(words, spaced) {
			return true
		}
	}
	return localRecordName(words)
}

// mayNameRecord is the quick test of recordName: one of the words of
// name (as headingName gives them, one space apart) is one of recordWords
// or of localDoneWords, without which no phrase of recordName is found.
func mayNameRecord(name string) bool {
	for w := range strings.SplitSeq(name, " ") {
		if recordWords[w] || localDoneWords[w] {
			return true
		}
	}
	return false
}

// recordWords are "done", the "we" weOpensRecord reads, and the first
// word of each of spacedRecordPhrases.
var recordWords = func() map[string]bool {
	words := map[string]bool{"done": true, "we": true}
	for _, spaced := range spacedRecordPhrases {
		first, _, _ := strings.Cut(strings.TrimPrefix(spaced[1:], "^"), " ")
		words[first] = true
	}
	return words
}()

// spacedRecordPhrases are the spacedHeadingPhrases that make a heading
// the record whatever its place in the vocabulary (all of SectionRecord's
// but triagePhrase), so recordName reads these alone.
var spacedRecordPhrases = func() []string {
	var spaced []string
	for i, hp := range headingVocabulary {
		if hp.key == SectionRecord && hp.phrase != triagePhrase {
			spaced = append(spaced, spacedHeadingPhrases[i])
		}
	}
	return spaced
}()
