package postmortem

import (
	"slices"
	"strings"
)

// severityTokenRe is a severity written as a token in a title, an
// opening line or the summary: "[SEV-2]", "Sev 1", "SEV0", "severity
// level 2", a tracker's scoped label "severity::2"; a grade that rates
// the incident itself ("a P1 incident", "P2 outage", "a Priority 1
// incident", "a Level 2 incident", "a high-severity incident",
// "severity was set to high", "this one was "severity: moderate"", "…
// Kevin Adeyemi. Sev: 2 on our scale", "We
// rated it S2", "This review rates the incident CRITICAL", "we treated
// it as a major";
// not "S3 outage", a store's name); the rank of an incident that service
// management names ("Major incident", "incident majeur", "重大インシデント");
// a grade on the team's own scale ("P2 on our four-step scale", "a red
// incident", "a Category B incident", "橙色事件").
// The first group that matched is the rating.
var severityTokenRe = lazyRe(`(?i:\b(sev(?:erity)?(?:[ \-_]?|::|\s+level\s+)[0-5])\b)` +
	`|\b(P[0-4]|(?i:priority|level)[ -][0-4])[*_]{0,2}[ -](?i:incident|outage)\b` +
	`|\b((?i:high|medium|low))[ -](?i:severity|impact)[ -](?i:incident|outage)\b` +
	`|\b(?i:severity\s+(?:was|is)\s+(?:set|raised|lowered|rated|graded|agreed)\s+(?:to|at|as)\s+|(?:this\s+one|this\s+incident|it)\s+was\s+["“]?severity:\s*|[.!?;]\s+(?:sev|severity):\s*)((?i:high|medium|moderate|low|critical|major|minor)|[0-5])\b` +
	`|\b((?i:major|minor|critical))[*_]{0,2}[ -](?i:incident)\b` +
	`|\b(?i:incident )((?i:majeur|mineur|critique))\b|\b(?i:incidente |incidencia )((?i:mayor|grave|cr[ií]tico|cr[ií]tica|maggiore|critico))\b` +
	`|(重大|軽微)インシデント|(重大)(?:事故|故障|事件)` +
	`|\b(P[0-4]|(?i:priority|sev(?:erity)?)[ -]?[0-4])[*_]{0,2}\s+(?i:(?:on|in)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:scale|scheme|matrix|board))\b` +
	`|\b((?i:red|amber|orange|yellow))[*_]{0,2}[ -](?i:incident)\b|\b((?i:category|class|tier)[ -][A-D0-4])[*_]{0,2}[ -](?i:incident|outage)\b` +
	`|(红色|橙色|黄色|蓝色)(?:事件|事故)` +
	`|\b(?i:(?:classified|classed|rated|rates|graded|declared|calling|called|treated)\s+(?:it\s+|this\s+(?:one\s+)?|the\s+incident\s+)?(?:as\s+)?(?:an?\s+)?|(?:this|the)\s+incident\s+was\s+(?:an?\s+)?)[*_]{0,2}((?i:P[0-4]|S[0-4]|sev[ -]?[0-5]|(?:high|medium|low|critical|major|minor)(?:[ -](?:business\s+)?(?:severity|impact))?))\b` +
	`|\b(?i:severity|sev)/((?i:high|medium|low|critical|major|minor|[0-5]))\b` +
	`|\b((?i:level|category|class|tier)[ -][A-D0-5])[*_]{0,2}[ -](?:\(?(?i:[a-z-]+)\)?\s+)?(?i:event|disruption|incident|outage)\b` +
	`|\b((?i:level|category|class|tier)[ -][A-D0-5])[*_]{0,2}\s+[–—-]\s` +
	`|\b((?i:code)\s+(?i:red|amber|orange|yellow|green|black))\b` +
	`|\b([A-Z]{2,5}[ -]?[0-5])\s+(?i:rating|grade)\b` +
	`|(?i:vurdert som|vurdert til|dikategorikan sebagai|diklasifikasikan sebagai|încadrat ca|incadrat ca|classificar com a|classificat com a|clasificado como|clasificada como|classificato come|classificata come|eingestuft als|geclassificeerd als|klassades som|klassificeret som|sklasyfikowano jako|sklasyfikowany jako|klasifikováno jako|luokiteltiin|(?:menetapkan|mengategorikan|mengkategorikan|mengklasifikasikan)\s+(?:\S+\s+){0,3}?sebagai)\s+\*\*([^*\n]{1,48})\*\*`)

// severitySetGroup is where severityTokenRe's group of "severity was
// set to high" starts in a match, and severityVerbGroup its group of
// "classified as P1", "The incident was graded minor", "rated high
// severity": a sentence that declares the rating itself.
const (
	severitySetGroup   = 8
	severityVerbGroup  = 28
	severityLocalGroup = 40 // "vurdert som **gul**", "dikategorikan sebagai **Tahap 2**": the verb declares the bold rating after it
	severityScaleGroup = 20 // "P2 on our four-step scale", "Priority 1 in our scheme": the scale named says it rates this incident
)

// selfDeclaring reports a group of severityTokenRe whose match says by
// itself that it rates this incident, wherever it stands: no declaring
// word needs to come before it (see rankGiven). TestSeverityGroups pins
// each group to a sentence of its kind.
func selfDeclaring(g int) bool {
	switch g {
	case severitySetGroup, severityVerbGroup, severityLocalGroup, severityScaleGroup:
		return true
	}
	return false
}

// severityWords are the quick test of severityTokenRe: one of them
// stands in every match.
var severityWords = []string{"sev", "incident", "outage", "インシデント", "重大", "scale", "事件", "事故", "incidencia", "classified", "classed", "rated", "graded", "declared",
	"level", "category", "class", "tier", "code ", "rating", "rates", "treated", "grade", "vurdert", "dikategori", "diklasifikasi", "ncadrat", "classifica", "clasifica", "eingestuft",
	"geclassificeerd", "klassade", "klassificeret", "sklasyfikowan", "klasifikováno", "luokiteltiin", "calling", "called", "sebagai"}

// summaryKeys are the sections that say what the incident was, whose
// text may rate it: "This was a SEV-2 incident".
var summaryKeys = []string{"short_summary", "description", "impact"}

// proseSeverity reads the severity a title, the lines above the first
// section or the summary names as a token, where no field and no
// timeline entry gives it: a facilitator reads "# [SEV-2] Checkout
// errors" and "We declared a Sev 1 at 14:10" as the incident's rating.
func (p *parser) proseSeverity() {
	if _, ok := p.doc.Field(FieldSeverity); ok {
		return
	}
	if p.severityIn(p.doc.TitleSpan, "Severity (from the title)", inTitle) || p.severityIn(p.openingSpan(), "Severity (from the opening lines)", inOpening) {
		return
	}
	summary := func(key string) bool { return slices.Contains(summaryKeys, key) }
	if !p.severityInSections(summary, "Severity (from the summary)", inSummary) {
		p.severityInSections(storyKey, "Severity (from the text)", inStory)
	}
}

// severityInSections is severityIn over the sections whose key keep
// accepts, each up to the next heading, and reports whether one gave
// the severity.
func (p *parser) severityInSections(keep func(key string) bool, label string, place severityPlace) bool {
	for i, s := range p.doc.Sections {
		if !keep(s.Key) {
			continue
		}
		span := s.Span // its end is settled later: up to the next heading
		if i+1 < len(p.doc.Sections) {
			span.End = min(span.End, p.doc.Sections[i+1].HeadingSpan.Start)
		}
		if p.severityIn(span, label, place) {
			return true
		}
	}
	return false
}

// storyKey reports the narrative, or a section whose heading names none
// of the template's: a severity a sentence there declares rates the
// incident ("On the incident board that's **Sev 2**", "We declared a
// SEV1 at 14:10"). A token that no declaring word stands before may be
// another incident's ("the Sev 1 in March") or a rule's.
func storyKey(key string) bool { return key == "" || key == "what_happened" }

// openingSpan is the text between the title and the first section.
func (p *parser) openingSpan() Span {
	from := max(p.doc.TitleSpan.End, 0)
	to := len(p.src)
	if len(p.doc.Sections) > 0 {
		to = p.doc.Sections[0].HeadingSpan.Start
	}
	if to <= from {
		return Span{-1, -1}
	}
	return Span{from, to}
}

// severityIn notes the first severity token of span as the severity
// field, and reports whether there was one. A token on a line that
// offers several ("SEV1 / SEV2 / SEV3") is a template's choice, not a
// rating; in the lines above the first section (listed says so), a tag
// in code counts on a line of short items, a status line or a line of
// badges ("`SEV0` `resolved`"), not in a sentence about the tags ("we
// tag these `sev-4` when unsure").
func (p *parser) severityIn(span Span, label string, place severityPlace) bool {
	if !span.Valid() {
		return false
	}
	text := p.doc.Text(span)
	if !slices.ContainsFunc(severityWords, func(w string) bool { return containsFold(text, w) }) {
		return p.localRating(span, text, label)
	}
	for _, m := range severityTokenRe.FindAllStringSubmatchIndex(text, -1) {
		line, at := lineAround(text, m[0])
		g := matchedGroup(m)
		if severityChoices(sentenceAt(line, at)) || place == inOpening && inCode(line[:at]) && !shortItems(line) || deniedRank(text[:m[0]]) || (g > 2 || place == inStory) && !selfDeclaring(g) && !p.rankGiven(place, line, text[:m[0]], text[m[1]:]) {
			continue
		}
		value := strings.ReplaceAll(text[m[g]:m[g+1]], "::", " ")
		p.inferSeverity(Field{Key: FieldSeverity, Label: label, Value: value, Span: Span{span.Start + m[g], span.Start + m[g+1]}, Inferred: true})
		return true
	}
	return p.localRating(span, text, label)
}

// localRating notes a rating in bold that a word of rating of another
// language stands beside (localBoldRating) as the severity, and reports
// whether there was one.
func (p *parser) localRating(span Span, text, label string) bool {
	if !strings.Contains(text, "**") {
		return false
	}
	i, j := localBoldRating(text)
	if i < 0 {
		return false
	}
	p.inferSeverity(Field{Key: FieldSeverity, Label: label, Value: text[i:j], Span: Span{span.Start + i, span.Start + j}, Inferred: true})
	return true
}

// severityPlace is where proseSeverity looks for a token.
type severityPlace int

const (
	inTitle severityPlace = iota
	inOpening
	inSummary
	inStory // the narrative, or a section the template does not name
)

// rankGiven reports whether a grade or a rank in words ("P1 incident",
// "major incident") rates this incident where it stands: in the title,
// on a status line of short items above the first section ("Major
// incident · Resolved"), or after a verb that declares or classes the
// incident or says what it was ("We declared a major incident",
// "classified as a P1 incident", "This was a P1 incident"). In other
// sentences the words describe ("what looked like
// a minor incident") or name a process ("the major incident process").
func (p *parser) rankGiven(place severityPlace, line, before, after string) bool {
	switch {
	case place == inTitle:
		return true
	case place == inOpening && shortItems(line):
		return true
	}
	return declaredBefore(before) || declaredAfter(after)
}

// declaredAfter reports a rank followed by the verb that declares it:
// "Major incident declared at 10:05", "P1 raised by the service desk".
func declaredAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(after, " *_"), " ")
	switch strings.ToLower(strings.TrimRight(w, ".,;:")) {
	case "declared", "raised", "opened", "called", "invoked":
		return true
	}
	return false
}

// declaringWords declare or class an incident at a rank.
// In other languages too: "Lucía lo clasificó como SEV-2".
var declaringWords = wordSet(`declared declare declaring raised opened classified classed graded rated rating treated treating escalated upgraded downgraded called calling was is became that's it's assessed putting given ` +
	`clasificó clasificamos clasificado clasificada tratamos consideramos declaramos classificou classificamos classificado classé classée classifié eingestuft classificato`)

// declaredBefore reports a declaring word among the four words that end
// before, a sentence's text up to a rank: "declared a", "classified as a".
func declaredBefore(before string) bool {
	words := strings.FieldsFunc(strings.ToLower(before[max(0, len(before)-60):]), func(r rune) bool { return strings.ContainsRune(" \t\n*_,", r) })
	reach := 4
	if n := len(words); n >= 2 && words[n-2] == "as" && (words[n-1] == "a" || words[n-1] == "an") {
		reach = 7 // "was assessed at the time as a Level 2 incident"
	}
	for k := len(words) - 1; k >= 0 && k >= len(words)-reach; k-- {
		if declaringWords[words[k]] {
			return true
		}
	}
	return false
}

// matchedGroup is where, in a match of an expression of alternatives
// each with one group, the first group that matched starts: its pair of
// indexes (the rating of severityTokenRe, the person of personLeadRe).
func matchedGroup(m []int) int {
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			return g
		}
	}
	return 0
}

// deniedRank reports text that ends by denying what follows it: "this
// was not a major incident", "no P1 outage".
func deniedRank(before string) bool {
	words := strings.Fields(strings.ToLower(before[max(0, len(before)-24):]))
	for k := len(words) - 1; k >= 0 && k >= len(words)-2; k-- {
		switch words[k] {
		case "not", "no", "never", "nor", "n't", "isn't", "wasn't":
			return true
		}
	}
	return false
}

// lineAround is the line of text that holds the byte at i, and where
// in the line that byte stands.
func lineAround(text string, i int) (string, int) {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		return text[start:], i - start
	}
	return text[start : i+end], i - start
}

// inCode reports whether the end of before, a line's text up to a
// place, stands in a code span: an odd number of backticks before it.
func inCode(before string) bool {
	return strings.Count(before, "`")%2 == 1
}

// sentenceAt is the sentence of line that holds the byte at: a line of
// choices is one sentence, and a sentence after it may name another
// rank ("we called it a SEV 2 …. It was not a SEV 1").
func sentenceAt(line string, at int) string {
	start := 0
	for start < at {
		end := sentenceEnd(line, start)
		if end > at {
			return line[start:end]
		}
		start = end
	}
	return line[start:sentenceEnd(line, start)]
}

// severityChoices reports a line that names more than one severity,
// outside parentheses: one inside them explains the scale ("Code
// Orange, the second highest (Code Red is for injuries)").
func severityChoices(line string) bool {
	seen := ""
	for _, m := range severityTokenRe.FindAllStringSubmatchIndex(line, -1) {
		if strings.Count(line[:m[0]], "(") > strings.Count(line[:m[0]], ")") {
			continue
		}
		g := matchedGroup(m)
		n := NormalizeSeverity(strings.ReplaceAll(line[m[g]:m[g+1]], "::", " "))
		if seen != "" && n != seen {
			return true
		}
		seen = n
	}
	return false
}

// shortItems reports a line whose parts between separators (a middle
// dot, a bar, a comma, a semicolon, a bullet, a slash or a code span's
// backticks) are each three words at most: a line of items, not a
// sentence.
func shortItems(line string) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("·|,;•/`", r) })
	for _, part := range parts {
		if len(strings.Fields(part)) > 3 {
			return false
		}
	}
	return true
}
