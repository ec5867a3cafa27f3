package postmortem

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Fields told in a sentence of prose, for documents that have no other
// place for them: a memo's "Severity: 2." at the end of a paragraph, the
// review "chaired by M. Achterberg (@m-achterberg)", and the sign-off of
// an essay, "— Hollis Quade (@hquade), head of engineering, 6 November
// 2026." They count only where no other layout gives the field.

var (
	// severitySentenceRe: "Severity: 2." or "Sev: SEV-2." as a sentence.
	severitySentenceRe = lazyRe(`(?:^|[.!?;]\s+)(?i:severity|sev)\s*:\s*((?i:sev|s|p)?[- ]?\d)\.?(?:\s|$)`)
	// chairedByRe: the person who ran the review, with a login.
	chairedByRe = lazyRe(`\b(?:chaired|facilitated|moderated) by\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\(@[A-Za-z0-9][A-Za-z0-9-]*\)|@[A-Za-z0-9][A-Za-z0-9-]*)`)
	// signOffRe: a line that signs a document off after a dash, with a
	// login: "— Hollis Quade (@hquade), head of engineering, 6 Nov 2026."
	signOffRe = lazyRe(`^(?:—|–|--)\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\(@[A-Za-z0-9][A-Za-z0-9-]*\)|@[A-Za-z0-9][A-Za-z0-9-]*)`)
	// signOffNameRe: a post's sign-off by name alone, then a comma and
	// whom for, or the writer's team or role, or nothing: "— Leila, for
	// the Tidewell infrastructure team", "— Dana, Payments SRE", "— Dana Kim".
	signOffNameRe = lazyRe(`^(?:—|–|--)\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s*(?:,\s+(?i:for|on behalf of)\s+[^\n]{1,80}|,\s+[^\n.!?:;]{1,60})?\.?$`)
	// sevLeadRe: a sentence opening with the severity's code: "Sev 2 on
	// our scale (patients affected, no clinical risk)."
	sevLeadRe = lazyRe(`(?:^|[.!?;]\s+)((?i:sev|severity)[- ]?[0-9])\s`)
)

// sevWord is the quick test of sevLeadRe, which is asked only while no
// field has given the severity.
var sevWord = newKeywords("sev", "severity")

// chairWords are the words chairedByRe needs, at a word's start, so that
// a paragraph without them is spared it.
var chairWords = newKeywords("chaired", "facilitated", "moderated")

// maySaySeverity is the quick test of severitySentenceRe: "sev" or
// "severity", in any case, as the whole word before a colon and any white
// space. It looks only at the words before the paragraph's colons, of
// which there are few; the word of a match follows white space or opens
// the text, so its bytes are the whole run of word bytes, or bytes past
// ASCII (as "ſ", which (?i) reads as an s), before the colon.
func maySaySeverity(text string) bool {
	return atSomeColon(text, func(i int) bool {
		j := i
		for j > 0 && isREspace(text[j-1]) {
			j--
		}
		k := j
		for k > 0 && (wordBytes[text[k-1]] || text[k-1] >= utf8.RuneSelf) {
			k--
		}
		return strings.EqualFold(text[k:j], "sev") || strings.EqualFold(text[k:j], "severity")
	})
}

// proseFieldSentences reads the fields a paragraph tells in sentences.
func (p *parser) proseFieldSentences(n ast.Node) {
	span := linesSpan(n)
	if !span.Valid() {
		return
	}
	text := p.doc.Text(span)
	if maySaySeverity(text) {
		p.proseField1(FieldSeverity, "Severity (from the text)", span, severitySentenceRe.FindStringSubmatchIndex(text))
	} else if p.doc.Severity == "" && sevWord.in(text) {
		p.proseField1(FieldSeverity, "Severity (from the text)", span, sevLeadRe.FindStringSubmatchIndex(text))
	}
	if indexSpaced(text, "by", "") >= 0 && chairWords.in(text) {
		p.proseField1(FieldFacilitatedBy, "Chair (from the text)", span, chairedByRe.FindStringSubmatchIndex(text))
	}
	p.labelByLine(span, text, n.Lines().Len())
	p.signatureLine(span, text, n.Lines().Len())
	p.closing(span, text, n.Lines().Len())
	p.contactSentences(span, text)
	if n.Lines().Len() == 1 && (strings.HasPrefix(text, "—") || strings.HasPrefix(text, "–") || strings.HasPrefix(text, "--")) {
		m := signOffRe.FindStringSubmatchIndex(text)
		if m == nil {
			m = signOffNameRe.FindStringSubmatchIndex(text)
		}
		p.proseField1(FieldCreatedBy, "Author (from the sign-off)", span, m)
		if m != nil {
			if d := byLineDateRe.FindStringIndex(text[m[1]:]); d != nil {
				p.proseField1(FieldDate, "Date (from the sign-off)", span, []int{0, 0, m[1] + d[0], m[1] + d[1]})
			}
		}
	}
}

// proseField1 adds the field a match's first group gives, for a field
// nothing else gives.
func (p *parser) proseField1(key, label string, span Span, m []int) {
	if m == nil || m[2] < 0 {
		return
	}
	v := Span{span.Start + m[2], span.Start + m[3]}
	p.proseFields = append(p.proseFields, Field{Key: key, Label: label, Value: p.doc.Text(v), Span: v, Inferred: true})
}

// closingWords open a letter's closing, on a line of their own before
// the writer's name: "Thanks,\nDana Ruiz\nPayments SRE".
var closingWords = map[string]bool{"thanks": true, "thank you": true, "cheers": true, "best": true, "regards": true, "best regards": true, "kind regards": true, "many thanks": true, "all the best": true,
	"merci": true, "cordialement": true, "danke": true, "viele grüße": true, "beste grüße": true, "gruß": true, "grüße": true, "gracias": true, "saludos": true, "un saludo": true, "obrigado": true, "obrigada": true, "abraços": true, "atenciosamente": true,
	"grazie": true, "saluti": true, "cordiali saluti": true, "bedankt": true, "groeten": true, "met vriendelijke groet": true, "tack": true, "hälsningar": true, "mvh": true, "hilsen": true, "kiitos": true, "terveisin": true, "pozdrawiam": true, "dziękuję": true, "спасибо": true, "с уважением": true,
	"mit freundlichen grüßen": true, "freundliche grüße": true, "met vriendelijke groeten": true, "vriendelijke groet": true, "distinti saluti": true, "atentamente": true,
	"un cordial saludo": true, "cumprimentos": true, "med vennlig hilsen": true, "vennlig hilsen": true, "med venlig hilsen": true, "venlig hilsen": true,
	"med vänliga hälsningar": true, "vänliga hälsningar": true, "ystävällisin terveisin": true, "z poważaniem": true, "s pozdravem": true, "s pozdravom": true,
	"üdvözlettel": true, "saygılarımla": true, "με εκτίμηση": true, "з повагою": true, "с уважение": true, "srdačan pozdrav": true, "lijep pozdrav": true,
	"cu stimă": true, "cu respect": true, "salutacions": true, "atentament": true, "cordialment": true, "hormat kami": true, "salam hormat": true,
	"yang benar": true, "terima kasih": true, "sekian, terima kasih": true}

// closing reads the writer's name after a letter's closing, a paragraph
// of two or three lines: "Thanks,\nDana Ruiz\nPayments SRE".
func (p *parser) closing(span Span, text string, lines int) {
	if lines < 2 || lines > 3 || p.namesSomeone() {
		return
	}
	first, rest, _ := strings.Cut(text, "\n")
	first = strings.TrimRight(strings.TrimSpace(first), ",!.")
	if len(first) > 32 || !closingWords[strings.ToLower(first)] {
		return
	}
	name, _, _ := strings.Cut(rest, "\n")
	name = strings.TrimSpace(name)
	if n := leadingPerson(name); n > 0 && n == len(strings.TrimRight(name, " ")) {
		i := strings.Index(text, name)
		p.proseField1(FieldCreatedBy, "Author (from the closing)", span, []int{0, 0, i, i + n})
	}
}
