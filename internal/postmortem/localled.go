package postmortem

// A team writing in another language names who led the response in a
// sentence of its own grammar, with no label: "C'est Camille Roussel,
// d'astreinte, qui a piloté l'incident", "Sanne de Vries had de leiding",
// "Akcją kierował Tomasz Wieczorek", "Elena Russo, reperibile di turno,
// ha coordinato l'intervento", "Coordinó la respuesta Lucía Ferrer", "Die Einsatzleitung hatte Jana
// Petersen", "Quem liderou o atendimento foi o Rafael Nogueira",
// "対応の指揮は田辺 健がとりました", "本次故障由周雨桐担任指挥", "박서준 님이
// 총괄했고".

// localLedNeedles are the quick test of localLedRe: one stands in every
// match.
var localLedNeedles = []string{"qui a ", "had de leiding", "ierował", "oordynowa", "eitung hatte", "iderou", "ideró", "irigió", "oordinó",
	"ha coordinato", "ha guidato", "ha gestito", "oordenou", "irigiu", "指揮は", "指挥", "牵头", "총괄", "지휘"}

// localLedRe is such a sentence, the leader's name in its group.
var localLedRe = lazyRe(`(?:C'est|C’est)\s+` + proseName + `(?:,[^,.;\n]{1,60},)?\s+qui\s+a\s+(?:piloté|dirigé|coordonné|mené)` +
	`|` + proseName + `\s+had\s+de\s+leiding` +
	`|(?i:akcją|działaniami|reakcją|pracami)\s+(?:kierował|kierowała|koordynował|koordynowała)\s+` + proseName +
	`|(?i:die\s+)?(?:Einsatzleitung|Leitung)\s+hatte\s+` + proseName +
	`|(?i:quem|quien)\s+(?:liderou|lideró|dirigió|coordinó)\s+[^,.;\n]{0,40}?\s+(?:foi|fue)\s+(?:o\s+|a\s+|el\s+|la\s+)?` + proseName +
	`|` + proseName + `(?:,[^,.;\n]{1,60},)?\s+(?:ha\s+coordinato|ha\s+guidato|ha\s+gestito)` +
	`|(?:Coordinó|Dirigió|Lideró|Coordenou|Liderou|Dirigiu)\s+(?:la\s+|el\s+|a\s+|o\s+)?(?:respuesta|incidente|incidencia|resposta|atendimento)\s+` + proseName +
	`|指揮は([^\s（(が、。]{1,8}(?:\s[^\s（(が、。]{1,8})?)(?:[（(][^）)]*[）)])?が` +
	`|由(\p{Han}{2,4})(?:担任指挥|负责指挥|牵头|指挥)` +
	`|(\p{Hangul}{2,4})\s?님(?:이|께서)\s+(?:총괄|지휘)`)

// localLedSentence notes the leader such a sentence names as the
// contact, and reports whether it named one.
func (p *parser) localLedSentence(span Span, text string) bool {
	if !containsAny(text, localLedNeedles...) {
		return false
	}
	if m := firstGroup(localLedRe.FindStringSubmatchIndex(text)); m != nil && !proseStopWord(text[m[2]:m[3]]) {
		p.proseField1(FieldContact, "Contact (from the text)", span, m)
		return true
	}
	return false
}
