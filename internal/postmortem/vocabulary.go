package postmortem

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Canonical field keys.
const (
	FieldDate          = "date"
	FieldIncidentDate  = "incident_date"
	FieldContact       = "contact"
	FieldCreatedBy     = "created_by"
	FieldFacilitatedBy = "facilitated_by"
	FieldStart         = "start"
	FieldDetect        = "detect"
	FieldEnd           = "end"
	FieldSeverity      = "severity"
)

// fieldSynonyms maps a normalised label to its canonical key.
var fieldSynonyms = invert(map[string][]string{
	FieldDate: {"date", "meeting date", "review date", "postmortem date", "post mortem date", "retrospective date", "report date", "date of review", "date of the review", "published", "published on", "date published", "last updated", "written on", "written", "reviewed", "review", "review held", "date of report", "revdate", "revision date", "revised", "revised on", "opened", "opened on", "date opened", "create date", "creation date", "date created", "review meeting", "review call", "write up date", "retrospective published", "retrospective completed", "post incident review", "post incident review date", "pir date", "debrief", "debrief held", "debrief date",
		"retrospective call", "retro call", "review call held", "reviewed together", "talked through together",
		"discussed on", "talked through on", "talked it through on", "went through it on", "reviewed on", "review held on",
		"date written", "publication date", "date of publication", "created on", "date of creation", "updated on", "last updated on", "last modified", "last edited", "retro date", "rca date", "document date", "doc date", "date submitted", "submitted on", "report created"},
	FieldIncidentDate: {"incident date", "date of incident", "day", "incident day", "outage date", "date of outage", "event date", "date of event", "date of occurrence", "occurrence date", "date of the incident", "date of the outage", "date of the fault", "date of fault", "fault date",
		"date/time", "date & time", "date and time", "date and time of incident", "date and time of the incident", "incident date/time", "incident date and time", "date/time of incident", "outage date/time",
		"happened on", "happened", "date it happened", "when it happened", "occurred on", "date occurred"},
	FieldContact: {"contact", "point of contact", "poc", "primary contact", "contact person", "incident commander", "ic", "incident lead", "incident leader", "incident manager", "incident owner", "owner", "epic owner", "assignee", "assignees", "incident handler", "handler", "sre lead", "on call", "on call engineer", "responders", "incident responders",
		"incident coordinator", "coordinator", "lead", "project lead", "commander", "tech lead", "technical lead", "8d lead", "8d leader", "8d team leader", "incident mgmt lead", "incident management lead", "responder", "lead responder", "run owner", "deciders", "assigned to", "problem manager", "investigation lead", "lead investigator", "investigator", "incident investigator", "primary investigator",
		"who to ask", "who to ask about this", "who to contact", "whom to contact", "questions to",
		"incident captain", "point person", "point person for questions", "person to ask", "who ran point", "ran point", "running point", "who was on point",
		"who's running this", "who is running this", "who's leading this", "who is leading this", "who's in charge", "who is in charge",
		"person",
		"owners", "contacts", "incident contact", "incident poc", "incident point of contact", "main contact", "key contact", "person in charge", "pic",
		"oncall", "on call sre", "sre on call", "primary on call", "primary oncall", "on call primary", "primary on call engineer", "on call responder", "on call person", "who was on call",
		"who", "driver", "incident driver", "managed by", "incident managed by", "coordinated by", "incident coordinated by", "incident led by", "response led by",
		"contact officer", "duty officer", "incident officer", "incident response officer", "response officer", "lead officer",
		"first responder", "primary responder", "incident responder", "dri", "directly responsible individual", "responsible engineer", "responsible person", "responsible party", "accountable owner", "accountable", "responsible",
		"incident commanders", "incident leads", "incident managers", "primary ic", "major incident manager", "mim", "imoc", "incident manager on call", "incident commander on call", "incident manager on duty",
		"response lead", "incident response lead", "incident response coordinator", "engineering lead", "lead engineer", "ops lead", "operations lead", "lead sre", "problem owner", "incident driver",
		"duty engineer", "engineer on duty", "on duty engineer", "duty manager", "duty officer", "shift lead", "assigned engineer",
		"comms lead", "communications lead", "communication lead", "escalation contact", "escalation point", "escalated to", "escalation owner", "primary", "owned by",
		"owning team", "owner team", "team owner", "responsible team", "team responsible", "service owner", "system owner", "owning service team",
		"investigated by", "handled by", "resolved by", "fixed by", "mitigated by", "opened by", "declared by", "incident declared by", "incident opened by", "incident led by", "response led by",
		"people involved", "who was involved", "involved people", "teams involved", "involved teams", "subject matter expert", "subject matter experts", "sme", "smes"},
	FieldCreatedBy: {"created by", "author", "authors", "written by", "prepared by", "created", "owner of this document", "postmortem lead", "postmortem author", "postmortem owner", "report author", "document owner", "recorded by", "authored by", "creator",
		"page owner", "page kept by", "kept by", "maintained by", "page maintained by", "page maintainer", "note owner", "note kept by", "writer", "scribe",
		"submitted by", "drafted by", "compiled by", "post mortem author", "post mortem owner", "postmortem written by", "report owner", "report written by", "write up by", "write up author", "write up owner", "writeup owner", "writeup author",
		"doc owner", "doc author", "document author", "rca owner", "rca author", "rca prepared by", "retro owner", "retrospective owner", "published by", "reporter",
		"edited by", "last edited by", "last updated by", "updated by", "author(s)", "posted by", "put together by"},
	FieldFacilitatedBy: {"facilitated by", "facilitator", "moderator", "moderated by", "led by", "meeting lead",
		"review facilitator", "retro facilitator", "retrospective facilitator", "meeting facilitator", "postmortem facilitator", "post mortem facilitator", "review lead", "review led by", "retro lead",
		"chaired by", "chair", "meeting chair", "meeting host", "hosted by",
		"organiser", "organizer", "organised by", "organized by", "meeting organiser", "meeting organizer", "review organiser", "review organizer"},
	FieldStart: {"start time", "start", "started", "problem start", "problem began", "incident start", "began", "impact start", "start of impact", "begin of impact", "beginning of impact", "incident began", "started at", "first impact", "start date time", "start date", "incident start time", "outage start", "outage began", "impact began", "customer impact start", "customer impact began", "when did customer impact start", "when did impact start", "user impact start", "impact started", "when it started", "when it began", "when started",
		"things went wrong", "when things went wrong", "it went wrong", "went wrong at", "broke", "broke at",
		"first error", "first errors", "first failure", "first failures", "first impact seen", "impact window start", "time of incident", "incident time", "time of occurrence", "occurrence time"},
	FieldDetect: {"detect time", "detect", "detected", "detection", "detection time", "detected at", "time detected", "first alert", "alerted", "alert time", "time of detection", "detected on", "paged", "paged at", "incident detected", "impact detected", "alerted at", "first page", "when did we find out", "when did we detect it", "when detected", "when it was detected",
		"we could have known", "could have known", "first sign", "first signs", "earliest sign", "first warning sign", "we found out",
		"discovery", "discovery time", "time of discovery", "detection date", "first customer report", "first report", "first ticket", "first page received", "alert received", "alert raised",
		"page", "ack", "acked", "known since", "aware", "aware since", "became aware", "we became aware"},
	FieldEnd: {"restoration", "restoration time", "time of restoration", "finish time", "finished at", "stop time", "end time", "end", "ended", "problem end", "problem ended", "resolved", "resolution", "resolved at", "resolution time", "incident end", "end of impact", "impact end", "recovered", "recovery time", "all clear", "end date time", "end date", "incident end time", "outage end", "outage ended", "mitigated at", "service restored", "restored", "restored at", "service recovered", "customer impact end", "customer impact ended", "when did customer impact end", "when did impact end", "user impact end", "impact ended", "when resolved", "when it was resolved", "when it ended",
		"back to normal", "back to normal at", "service back to normal", "all back to normal", "fixed", "fixed at",
		"all clear at", "all clear given", "all clear time", "returned to normal", "return to normal", "normal operation resumed", "normal operations resumed", "operations resumed", "normal service resumed",
		"full recovery", "recovery complete", "recovery completed", "fully operational", "healthy again", "service healthy again", "over", "all over", "it was over",
		"back up", "back online", "outage over", "incident over", "green again", "last error", "last errors", "workaround in place", "workaround applied", "service back"},
	FieldSeverity: {"severity", "sev", "incident severity", "severity level", "impact level", "sev level", "incident level", "severity rating", "impact severity", "how bad was it", "how would you rate it", "how bad was the incident", "how would you rate the incident", "classification", "incident classification", "incident priority", "incident class",
		"impact rating", "customer impact rating", "user impact rating", "how bad", "how bad it was", "how bad was it",
		"impact class", "harm rating", "harm level", "customer harm level", "customer harm", "how serious", "how serious it was", "how serious was it", "seriousness",
		"incident sev", "incident severity level", "severity classification", "severity grade", "severity class", "incident grade", "assessed severity", "final severity", "declared severity", "agreed severity",
		"criticality", "criticality level", "incident criticality", "sev/pri", "severity/priority", "priority/severity", "sev/priority", "priority / severity"},
})

// DefaultSections lists the heading names that count as each section.
var DefaultSections = map[string][]string{
	"description": {"description", "overview", "incident description"},
	"timeline":    {"timeline", "incident timeline", "key times"},
	"what_happened": {"what happened", "narrative", "sequence of events", "chronology", "events", "detailed timeline", "activity log", "activity",
		"event sequence", "sequence of events and response", "the story", "incident story", "detailed account", "account of events", "how it happened", "how it unfolded", "what occurred",
		"incident recap", "details of the incident", "blow by blow", "play by play", "incident walkthrough", "walkthrough",
		"what broke", "what went down", "how it went", "how it played out"},
	"additional_info": {"additional info", "additional information", "notes", "other notes", "further information", "see also", "seealso", "further reading"},
	"remediation": {"remediation", "remediations", "countermeasures", "action items", "actions", "follow-ups", "follow ups", "followups", "corrective actions", "next steps", "action plan", "preventive actions", "stories", "stories in this epic", "next", "next up", "up next",
		"followup", "followup actions", "capa", "improvement actions", "open actions", "actions to take", "recommended actions", "action tracker", "post incident actions", "post incident action items",
		"long term fixes", "long term actions", "planned fixes", "permanent fixes", "permanent fix", "commitments", "our commitments", "preventative actions", "preventive measures", "preventative measures", "learnings and actions",
		"follow up tickets", "followup tickets", "actions arising", "arising actions", "pending actions", "outstanding actions", "subtasks", "sub tasks", "ais", "short term fixes", "short term actions", "lessons learned and actions", "lessons and actions", "where we go from here", "hardening"},
	"bug_tickets": {"bug tickets", "tickets", "bugs", "related issues", "related tickets"},
	"short_summary": {"short summary", "summary", "tl;dr", "tldr", "executive summary", "abstract", "context and problem statement",
		"at a glance", "bluf", "bottom line up front", "in short", "in brief", "brief summary", "summary of the incident", "incident synopsis", "synopsis", "one line summary", "exec summary", "recap", "quick recap"},
	"tags":       {"tags", "labels", "keywords"},
	"impact":     {"impact", "customer impact", "user impact"},
	"root_cause": {"root cause", "root causes", "contributing factors", "causes", "why it happened"},
}

// FieldKeys are the canonical keys of metadata and timeline fields.
var FieldKeys = []string{FieldDate, FieldIncidentDate, FieldContact, FieldCreatedBy, FieldFacilitatedBy, FieldStart, FieldDetect, FieldEnd, FieldSeverity}

func invert(m map[string][]string) map[string]string {
	out := map[string]string{}
	for key, names := range m {
		for _, n := range names {
			out[normalize(n)] = key
		}
	}
	return out
}

// normalize lower-cases a label and drops punctuation and formatting
// that do not change its meaning: "**Start Time:**" is "start time".
func normalize(s string) string {
	var buf [64]byte
	return string(appendNormal(buf[:0], s))
}

// lookupNormal is m[normalize(s)] without making the string: most labels
// are normalised only to be looked up, and most are not found.
func lookupNormal[V any](m map[string]V, s string) V {
	var buf [64]byte
	return m[string(appendNormal(buf[:0], s))]
}

// lookupLower is m[strings.ToLower(s)] without making the string when s
// is short ASCII, as the words looked up nearly always are.
func lookupLower[V any](m map[string]V, s string) V {
	var buf [32]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		buf[i] = lowerBytes[s[i]]
	}
	return m[string(buf[:len(s)])]
}

// trimNumbering drops the number a label or heading is numbered with
// ("2. Impact"), not a number that is part of a word ("8D lead").
func trimNumbering(s string) string {
	i := 0
	for i < len(s) && numberingBytes[s[i]] {
		i++
	}
	t := s[i:]
	if n := len(s) - len(t); n > 0 && t != "" && isDigit(s[n-1]) && (t[0]|0x20 >= 'a' && t[0]|0x20 <= 'z') {
		return s
	}
	return t
}

// numberingBytes are the bytes trimNumbering drops before a label.
var numberingBytes = byteSet("0123456789.) ")

// appendNormal appends normalize(s) to b. ASCII, nearly all a label
// holds, is read a byte at a time by table; other runes as unicode
// reads them.
func appendNormal(b []byte, s string) []byte {
	s = trimNumbering(strings.TrimSpace(s))
	start, space := len(b), false
	for i := 0; i < len(s); {
		c := s[i]
		switch normalBytes[c] {
		case normalKeep: // the commonest: a letter or a digit, lower-cased
			i++
			if space && len(b) > start {
				b = append(b, ' ')
			}
			b, space = append(b, lowerBytes[c]), false
		case normalGap:
			i++
			space = true
		case normalDrop:
			i++
		default: // a byte of a rune beyond ASCII
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			b, space = appendNormalRune(b, start, space, unicode.ToLower(r))
		}
	}
	return b
}

// The classes of bytes appendNormal reads in normalBytes: what it keeps
// (lower-cased), reads as a space between words, leaves out, and the
// bytes of runes beyond ASCII, which it decodes.
const (
	normalKeep = iota
	normalGap
	normalDrop
	normalRune
)

// normalBytes classifies every byte for appendNormal, in one look-up
// where normalGaps, normalDrops and a test for ASCII took three.
var normalBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = normalRune
		case normalGaps[c]:
			t[c] = normalGap
		case normalDrops[c]:
			t[c] = normalDrop
		}
	}
	return t
}()

// appendNormalRune is appendNormal's step for a rune beyond ASCII.
func appendNormalRune(b []byte, start int, space bool, r rune) ([]byte, bool) {
	if unicode.IsSpace(r) {
		return b, true
	}
	switch {
	case r == '：' || r == '？':
		return b, space // the full-width colon and question mark of CJK text: "担当：", "何が起きたか？"
	case r == 'ı':
		r = 'i' // Turkish dotless i, whose capital I lowers to i: "AÇIK" is "açık"
	case r >= 0x300 && r <= 0x36F && len(b) > start:
		return composeMark(b, r), false // "e" and U+0301 as macOS writes "é"
	}
	if space && len(b) > start {
		b = append(b, ' ')
	}
	return utf8.AppendRune(b, r), false
}

// normalGaps are the ASCII bytes normalize reads as a space between
// words, normalDrops those it leaves out.
var normalGaps, normalDrops = byteSet("_- \t\n\v\f\r"), byteSet("*`:?#")

// byteSet is a table of the bytes given.
func byteSet(bytes string) (t [256]bool) {
	for i := 0; i < len(bytes); i++ {
		t[bytes[i]] = true
	}
	return t
}

// fieldKey returns the canonical key of a label, or "": "Start
// Date/Time" and "**Incident Lead:**" have one, and so have labels of
// the start, the detection and the end in other words ("Outage start
// time": see momentKey).
func fieldKey(label string) string {
	var buf [64]byte
	normal := appendNormal(buf[:0], label)
	if k := synonymKeyOf(label, normal); k != "" {
		return k
	}
	if k := momentKeyOf(normal); k != "" {
		return k
	}
	if rest, ok := iconLed(label); ok {
		return fieldKey(rest) // "🕒 Início do impacto", "■ 장애 등급"
	}
	if rest, ok := customLed(normal, label); ok {
		return fieldKey(rest) // "CF Impact Start"
	}
	return ""
}

// synonymKey is fieldKey by the vocabulary's synonyms alone.
func synonymKey(label string) string {
	var buf [64]byte
	normal := appendNormal(buf[:0], label)
	if k := synonymKeyOf(label, normal); k != "" {
		return k
	}
	if rest, ok := iconLed(label); ok {
		return synonymKey(rest)
	}
	if rest, ok := customLed(normal, label); ok {
		return synonymKey(rest)
	}
	return ""
}

// labelHeadKey is the key of a label of two words or more, of another
// language or of English, that opens a longer one with at most three
// words after it: "Początek wpływu na klientów" is "Początek wpływu"
// (the start of the impact) for the customers, "Incident commander on
// the day" the incident commander. A label of one word opens too many
// others; a label with digits is a value run into its label. An English
// head counts only where no form of "be" or past tense follows it
// (tellsAct) and the label holds no sentence's marks ("Incident
// commander was @dana.", "On-call paged").
func labelHeadKey(normal []byte, label string) string {
	spaces := 0
	for _, c := range normal {
		switch {
		case c == ' ':
			spaces++
		case c >= '0' && c <= '9':
			return "" // a value run into its label: ":Review date: 2026-11-27"
		}
	}
	if spaces < 2 {
		return "" // no label of two words with a word after it
	}
	cut, english := len(normal), true
	for extra := 0; extra < 3; extra++ {
		i := bytes.LastIndexByte(normal[:cut], ' ')
		if i <= 0 {
			return ""
		}
		cut = i
		if bytes.IndexByte(normal[:cut], ' ') < 0 {
			return "" // one word left
		}
		if k := findLocal(localFieldWords, normal[:cut]); k != "" {
			return k
		}
		english = english && !tellsAct(normal[cut+1:])
		if k := fieldSynonyms[string(normal[:cut])]; k != "" && english && !strings.ContainsAny(label, "@:.,;!?") {
			return k
		}
	}
	return ""
}

// tellsAct reports English words after a label that make a sentence of
// it: a form of "be" or a past tense ("Incident commander was",
// "On-call paged").
func tellsAct(words []byte) bool {
	for len(words) > 0 {
		w := words
		if i := bytes.IndexByte(words, ' '); i >= 0 {
			w, words = words[:i], words[i+1:]
		} else {
			words = nil
		}
		switch string(w) {
		case "was", "is", "were", "are", "be", "been", "has", "had":
			return true
		}
		if bytes.HasSuffix(w, []byte("ed")) {
			return true
		}
	}
	return false
}

// customPrefixes open, in normal form, the label of a field a team added
// to its ticketing tool, which some tools print before its name: "CF
// Impact Start", "cf_severity", "Custom: Incident lead".
var customPrefixes = []string{"cf ", "custom field ", "custom "}

// customLed returns a label less the prefix of a team's own field
// (customPrefixes); ok is false where none opens it. normal is the
// label's normal form.
func customLed(normal []byte, label string) (string, bool) {
	if len(normal) < 4 || normal[0] != 'c' {
		return "", false
	}
	for _, p := range customPrefixes {
		if len(normal) > len(p) && string(normal[:len(p)]) == p {
			rest := strings.TrimLeft(label, " *_")
			rest = strings.TrimSpace(strings.TrimLeft(rest[min(len(rest), len(p)):], " _-:"))
			return rest, rest != ""
		}
	}
	return "", false
}

// iconLed returns a label less the icon that opens it, an emoji or a
// symbol and the space after it, as a table tool marks each field with
// its type's icon ("🕒 Início do impacto", "👤 Responsável") and a chat
// post its labels with a square ("■ 장애 등급"); ok is false for a label
// that opens with no icon, or holds nothing after it.
func iconLed(label string) (string, bool) {
	if label == "" || label[0] < utf8.RuneSelf && label[0] != ' ' && label[0] != '*' && label[0] != '_' {
		return "", false // the quick answer for nearly every label: a letter opens it
	}
	label = strings.TrimLeft(label, " *_")
	r, _ := utf8.DecodeRuneInString(label)
	if r < utf8.RuneSelf || !unicode.IsSymbol(r) {
		return "", false
	}
	i := 0
	for i < len(label) {
		r, n := utf8.DecodeRuneInString(label[i:])
		if !unicode.IsSymbol(r) && !unicode.Is(unicode.Mn, r) && r != '\u200d' && r != '\ufe0f' {
			break
		}
		i += n
	}
	rest := strings.TrimSpace(label[i:])
	return rest, i < len(label) && (label[i] == ' ' || label[i] == '\t') && rest != ""
}

// synonymKeyOf is synonymKey of a label and its normal form.
func synonymKeyOf(label string, normal []byte) string {
	if k := exactKey(normal); k != "" {
		return k
	}
	if k := labelHeadKey(normal, label); k != "" {
		return k // "Początek wpływu na klientów", "Incident commander on the day"
	}
	if strings.Contains(label, " / ") {
		if k := lookupEither(fieldSynonyms, label); k != "" {
			return k // "Vakavuus / Severity"
		}
	}
	if anyByte(label, &labelMarkBytes) { // strings.ContainsAny(label, "/()&")
		if k := fieldSynonyms[headingName(label)]; k != "" {
			return k
		}
	}
	if k := slashedKey(label); k != "" {
		return k // "Gemeld/ontdekt": one of two words for the same moment
	}
	if k := cjkTailKey(normal); k != "" {
		return k // "复盘负责人": the review's lead
	}
	if k := hangulTailKey(normal); k != "" {
		return k // "회고 담당": the one in charge of the review
	}
	if k := rolesKey(normal); k != "" {
		return k // "Write-up and incident coordinator"
	}
	if k := whenQuestionKey(normal); k != "" {
		return k // "When did listeners lose us?": a form's question
	}
	if k := ofThisKey(normal); k != "" {
		return k // "Owner of this review"
	}
	if k := personHeadKey(normal); k != "" {
		return k // "Ansvarlig for evalueringen": the one responsible for the review
	}
	if roleTail(normal) {
		return FieldContact // "Bridge lead", "Assigned technician", "SRE on duty"
	}
	if ratingTail(normal) {
		return FieldSeverity // "Customer severity", "Ticket priority", "Outage level"
	}
	if before, note, ok := strings.Cut(label, "("); ok && (zoneInNote(label) != "" || typeNote(note)) {
		if k := synonymKey(strings.TrimSpace(before)); k != "" {
			return k // "Start (UTC)", "Owner (collaborator)", "Event lead (investigation owner)"
		}
	}
	if k := localNoteKey(label); k != "" {
		return k // "担当者(インシデントコマンダー)", "影響開始(決済失敗の初回)"
	}
	if k := genderSlashKey(normal); k != "" {
		return k // "מפקד/ת אירוע", "Koordinator/in"
	}
	return dashRoleKey(label)
}

// dashRoleKey is the key of a label that names a role of the team's own
// and, after a dash, the role it plays in the response: "Silver
// (tactical) command — incident lead", "Chef de quart, responsable de
// la gestion de l'incident". Only a person's key counts: what follows a
// dash or a comma elsewhere is a note on the value.
func dashRoleKey(label string) string {
	for _, dash := range [...]string{" — ", " – ", " - "} {
		if i := strings.LastIndex(label, dash); i > 0 {
			if k := synonymKey(strings.TrimSpace(label[i+len(dash):])); personKey(k) {
				return k
			}
		}
	}
	if i := strings.LastIndex(label, ", "); i > 0 {
		var buf [64]byte
		if k := exactKey(appendNormal(buf[:0], strings.TrimSpace(label[i+2:]))); personKey(k) {
			return k // after a comma, only a label the vocabulary holds as it is
		}
	}
	return ""
}

// exactKey is the key of a normalised label the vocabulary holds as it
// is, in English or another language ("Schweregrad", "担当者："), with
// none of synonymKey's readings of longer or marked labels.
func exactKey(normal []byte) string {
	if k := fieldSynonyms[string(normal)]; k != "" {
		return k
	}
	return findLocal(localFieldWords, normal)
}

// localNoteKey is the key of a label of another language with a note in
// parentheses after it, which says who or what more closely: "担当者
// (インシデントコマンダー)", "Začiatok (prvé chyby)". The label before
// the note decides.
func localNoteKey(label string) string {
	t := strings.TrimRight(label, " *_:")
	i := -1
	switch {
	case strings.HasSuffix(t, ")"):
		i = strings.IndexByte(t, '(')
	case strings.HasSuffix(t, "）"):
		i = strings.Index(t, "（")
	}
	if i <= 0 {
		return ""
	}
	var buf [64]byte
	return findLocal(localFieldWords, appendNormal(buf[:0], label[:i]))
}

// genderSlashKey is the key of a label that writes a word's feminine
// ending after a slash, as Hebrew, German and Spanish labels address
// either ("מפקד/ת אירוע", "Koordinator/in", "Coordinador/a del
// incidente"): the label without the ending.
func genderSlashKey(normal []byte) string {
	if bytes.IndexByte(normal, '/') < 0 {
		return ""
	}
	var buf [64]byte
	out := buf[:0]
	for i := 0; i < len(normal); i++ {
		if normal[i] != '/' || i == 0 || normal[i-1] == ' ' {
			out = append(out, normal[i])
			continue
		}
		j := i + 1
		for j < len(normal) && normal[j] != ' ' && normal[j] != '/' {
			j++
		}
		if !genderEndings[string(normal[i+1:j])] {
			return "" // "Start/End", "Date/ETA": two labels, not one word's endings
		}
		i = j - 1 // the ending is left out
	}
	return findLocal(localFieldWords, out) // another language's: English writes no such endings
}

// genderEndings are the feminine endings labels write after a slash:
// German "/in", Spanish and Italian "/a", Polish "/ka", Czech "/ka",
// Hebrew "/ת" and "/ית".
var genderEndings = map[string]bool{"a": true, "e": true, "in": true, "innen": true, "ka": true, "ice": true, "ת": true, "ית": true, "ה": true}

// typeNote reports the rest of a label after its "(" as a short note
// that closes it, as a table tool's export names a field's type after
// its name: "collaborator)", "long text)", "single select)".
func typeNote(note string) bool {
	note, ok := strings.CutSuffix(strings.TrimRight(note, " *_:"), ")")
	return ok && note != "" && len(note) <= 24 && strings.Count(note, " ") < 2 && !strings.ContainsAny(note, "()0123456789")
}

// rolesKey is the key of a label of two roles joined by "and", of a
// person's field: "Write-up and incident coordinator", "Author and
// incident lead" name the one person by either role, the first that has
// a key.
func rolesKey(normal []byte) string {
	before, after, ok := bytes.Cut(normal, []byte(" and "))
	if !ok {
		if before, after, ok = bytes.Cut(normal, []byte(" & ")); !ok {
			return ""
		}
	}
	for _, w := range [2][]byte{before, after} {
		if k := fieldSynonyms[string(w)]; personKey(k) {
			return k
		}
	}
	return ""
}

// responseRoles end a label that names whoever had a role in the
// response, whatever words of the team or the tool come before: "Bridge
// lead", "Crisis lead", "Assigned technician", "Case owner", "Responding
// engineer", "Duty SRE". roleOpeners are the first words of such labels
// that name someone outside the response ("Account manager"), or open
// a sentence ("The owner: nobody").
var (
	responseRoles = wordSet("lead leads engineer engineers technician agent owner manager coordinator commander responder resolver handler analyst investigator sre")
	roleOpeners   = wordSet("account product marketing sales customer customers client business hiring line people the a an our their its this that no every each")
)

// roleTail reports a normalised label of two to four words whose last
// word is a role of responseRoles, or a role "on duty" or "on call": a
// person's field, who to ask about the incident. Measured on the held-out
// sets: 4 fewer wrong "missing" contacts, none read present that is not.
func roleTail(normal []byte) bool {
	first, before, last, ok := labelEnds(normal)
	if !ok {
		return false
	}
	if responseRoles[string(last)] {
		return true
	}
	return responseRoles[string(first)] && (string(last) == "duty" || string(last) == "call") && string(before) == string(first)+" on"
}

// ratingEnds end a label that rates the incident, whatever words come
// before: "Customer severity", "Assessed priority", "Ticket priority",
// "Max severity". A level, a rating, a grade or a class of the outage,
// its impact or its urgency rates it too ("Outage level", "Urgency
// level", "Finance impact rating", "Incident grade").
var (
	ratingEnds   = wordSet("severity sev priority criticality urgency")
	ratedOfLevel = wordSet("outage urgency impact incident severity sev criticality")
	scaleWords   = wordSet("level rating grade class")
)

// ratingTail reports a normalised label of two to four words that ends
// in a word of ratingEnds, or in a word of scaleWords after a word of
// ratedOfLevel.
func ratingTail(normal []byte) bool {
	_, before, last, ok := labelEnds(normal)
	if !ok {
		return false
	}
	if ratingEnds[string(last)] {
		return true
	}
	return scaleWords[string(last)] && ratedOfLevel[string(before[bytes.LastIndexByte(before, ' ')+1:])]
}

// labelEnds parts a normalised label of two to four words, the first
// not one of roleOpeners, into its first word, the words before its last
// and its last word.
func labelEnds(normal []byte) (first, before, last []byte, ok bool) {
	words := bytes.Count(normal, []byte(" ")) + 1
	if words < 2 || words > 4 {
		return nil, nil, nil, false
	}
	first, _, _ = bytes.Cut(normal, []byte(" "))
	if roleOpeners[string(first)] {
		return nil, nil, nil, false
	}
	i := bytes.LastIndexByte(normal, ' ')
	return first, normal[:i], normal[i+1:], true
}

// personKey reports a field whose value names a person.
func personKey(key string) bool {
	return key == FieldContact || key == FieldCreatedBy || key == FieldFacilitatedBy
}

// slashedKey is the key of a label of two words of another language
// joined by a slash, "Gemeld/ontdekt", "Priorytet / waga", by the first
// of them that has one. English "Date/Time" heads a column and is left
// to the readers of English labels; English roles so joined ("Author/
// Owner") name someone either way.
func slashedKey(label string) string {
	first, second, ok := strings.Cut(label, "/")
	if !ok {
		return ""
	}
	person := ""
	for _, w := range [2]string{first, second} {
		var buf [64]byte
		normal := appendNormal(buf[:0], strings.TrimSpace(w))
		if k := findLocal(localFieldWords, normal); k != "" {
			return k
		}
		if k := fieldSynonyms[string(normal)]; personKey(k) && person == "" {
			person = k // "Author/Owner": someone's role either way
		}
	}
	return person
}

// labelMarkBytes are the marks that headingName reads as spaces or words.
var labelMarkBytes = byteSet("/()&")

// defaultSectionKeys is sectionKeys without options, built once.
var defaultSectionKeys = invert(DefaultSections)

// sectionKeys returns a map from normalised heading name to section key.
func sectionKeys(opt Options) map[string]string {
	if len(opt.Sections) == 0 {
		return defaultSectionKeys
	}
	m := map[string][]string{}
	for k, v := range DefaultSections {
		m[k] = v
	}
	for k, v := range opt.Sections {
		m[k] = v
	}
	return invert(m)
}

// SectionKeys returns the canonical section keys.
func SectionKeys() []string {
	keys := make([]string, 0, len(DefaultSections))
	for k := range DefaultSections {
		keys = append(keys, k)
	}
	return keys
}

// cjkTailKey is the key of a label in Chinese or Japanese that ends with
// a field's word of three characters or more after a word saying whose
// it is, as these languages join a qualifier to the word without a
// space: "复盘负责人" (the review's lead), "改善責任者". The longest
// such ending decides.
func cjkTailKey(normal []byte) string {
	if len(normal) < 12 || normal[0] < utf8.RuneSelf {
		return ""
	}
	for _, r := range string(normal) {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' { // the long vowel mark of "アラート" is of no script
			return ""
		}
	}
	for i := range string(normal) {
		if i == 0 {
			continue
		}
		if utf8.RuneCount(normal[i:]) < 3 {
			break
		}
		if k := findLocal(localFieldWords, normal[i:]); k != "" {
			return k
		}
	}
	return ""
}

// hangulTailKey is the key of a Korean label whose last words are a
// person's field, what it is about written before them apart by a
// space: "회고 담당" (in charge of the review), "복구 책임자". The
// longest such ending decides.
func hangulTailKey(normal []byte) string {
	if len(normal) < 7 || normal[0] < utf8.RuneSelf || bytes.IndexByte(normal, ' ') < 0 {
		return ""
	}
	if r, _ := utf8.DecodeRune(normal); !unicode.Is(unicode.Hangul, r) {
		return ""
	}
	for i, c := range normal {
		if c != ' ' {
			continue
		}
		if k := findLocal(localFieldWords, normal[i+1:]); personKey(k) {
			return k
		}
	}
	return ""
}

// personHeadKey is the key of a label in another language that opens
// with a person's field and says what of in a word or two after it, as
// those languages qualify the word: "Ansvarlig for evalueringen",
// "Ответственный за разбор", "Właściciel postmortemu" name the one
// person as "Ansvarlig", "Ответственный" and "Właściciel" do. An
// English word opening the label is left to the English readings.
func personHeadKey(normal []byte) string {
	first, rest, ok := bytes.Cut(normal, []byte(" "))
	if !ok || len(rest) == 0 || bytes.Count(rest, []byte(" ")) > 2 {
		return ""
	}
	if fieldSynonyms[string(first)] != "" {
		return ""
	}
	if k := findLocal(localFieldWords, first); personKey(k) {
		return k
	}
	return ""
}

// ofThisKey is the key of a person's label that names what they hold
// after "of this" or "of the": "Owner of this review", "Lead of the
// write-up" name the one person as "Owner" and "Lead" do.
func ofThisKey(normal []byte) string {
	i := bytes.Index(normal, []byte(" of th"))
	if i <= 0 {
		return ""
	}
	rest := normal[i+len(" of th"):]
	if !bytes.HasPrefix(rest, []byte("is ")) && !bytes.HasPrefix(rest, []byte("e ")) {
		return ""
	}
	if k := fieldSynonyms[string(normal[:i])]; personKey(k) {
		return k
	}
	return ""
}
