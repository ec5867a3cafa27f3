package postmortem

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A summary in another language tells when the incident began, when it
// was noticed and when it ended in sentences of its own, the clock
// written the language's way: "um 14:02 Uhr MEZ fiel das Portal aus",
// "erst um 14:19 Uhr meldete der Kundenservice", "Felet upptäcktes kl.
// 07.10", "Kl. 08.55 var inloggningen åter i drift". Each time of such
// a sentence goes to the moment whose verb stands nearest to it. English
// is read by clauseMoments instead, a time only with the verb of its own
// clause: measured on the held-out sets, English verbs read by nearness
// gave more wrong times than right.

// momentClockRe is a time of day in prose as the languages of the
// vocabulary write it: "14:02 Uhr", "07:31 uur", "10.52 h", "7h48", "13 h 05", "kl. 06.47",
// "14時02分", "오후 9시 14분", "20点06分".
var momentClockRe = lazyRe(`(?i)(?:\b(?:kl\.?|klo|kello|kell|pukul)\s*\d{1,2}[.:]\d{2}\b|(?:(?:오전|오후|午前|午後|上午|下午|晚上)\s*)?\d{1,2}\s*(?:時|时|시|点|點)\s*\d{1,2}\s*(?:分|분)?|\b\d{1,2}h\d{2}\b|\b\d{1,2} h \d{2}\b|\b\d{1,2}:\d{2}(?:\s*(?:Uhr|uur)\b)?|\b\d{1,2}\.\d{2}\s*(?:Uhr|uur|h)\b)`)

// momentVerbs are the words, lower case, by which a sentence says the
// incident began (start), was noticed (detect) or ended (end), in the
// languages of the vocabulary. A word of Latin letters counts where it
// starts a word, a Chinese, Japanese or Korean one anywhere.
var momentVerbs = [...]struct {
	key   string
	words []string
}{
	{FieldStart, []string{
		"fiel ", "ausgefallen", "begann", "startete", "beginn der", "beginn des", // German
		"est tombé", "sont tombés", "a commencé", "ont commencé", "a cessé", "ont cessé", "début de", "début du", // French
		"comenzó", "empezó", "cayó", "dejó de", "dejaron de", "falló", "fallaron", "inicio de", "comienzo de", // Spanish
		"começou", "começaram", "caiu", "parou de", "pararam de", "falhou", "falharam", "foi recusad", "foram recusad", // Portuguese
		"è iniziat", "è caduto", "ha smesso", "hanno smesso", // Italian
		"ging mis", "viel uit", "begon", "lag eruit", "begin van", // Dutch
		"slutade", "började", "gick ner", "låg nere", // Swedish
		"holdt op", "begyndte", "gik ned", // Danish
		"sluttet å", "begynte", "gikk ned", // Norwegian
		"alkoi", "lakkasi", "kaatui", // Finnish
		"rozpoczęł", "zaczęł", "zaczął", "przestał", "początek", // Polish
		"başladı", "çöktü", // Turkish
		"mulai", "gagal", "ditolak", "berhenti", // Indonesian
		"почав", "почала", "почали", "перестав", "перестала", "перестали", // Ukrainian
		"первая неудачн", "первая ошибк", "первые ошибк", "первый сбой", "перестал", // Russian
		"άρχισε", "άρχισαν", "απέτυχ", "σταμάτησ", // Greek
		"začal", "přestal", "spadl", // Czech
		"hakkasid", "hakkas ", "lakkas", // Estonian
		"発生", "停止し", "できなくな", "始まり", // Japanese
		"발생", "중단", // Korean
		"发生", "發生", "宕机", // Chinese
		"بدأ", "انقطع", // Arabic
		"спря", "започна", // Bulgarian
	}},
	{FieldDetect, []string{
		"bemerkt", "meldete", "gemeldet", "entdeckt", "alarmiert", "gemerkt", // German
		"détecté", "remarqué", "signalé", "alerte", "alerté", "premier signe", "rendu compte", // French
		"detectó", "detectado", "detectamos", "alerta", "notamos", "nos enteramos", "nos dimos cuenta", "primer aviso", // Spanish, Portuguese
		"detetado", "percebemos", "avisou", "soubemos", "ficamos sabendo", // Portuguese
		"rilevato", "notato", "allarme", "segnalato", // Italian
		"gemeld", "ontdekt", "opgemerkt", "merkten", "eerste melding", "eerste signaal", // Dutch
		"upptäck", "larm", "märkte", // Swedish
		"opdage", "bemærke", "oppdage", "merket", "alarm", "varsel", // Danish, Norwegian
		"havaittiin", "huomattiin", "hälytys", "hälytyksen", // Finnish
		"wykryto", "zauważ", "zgłosi", "zgłoszeni", // Polish
		"fark edildi", "tespit edildi", // Turkish
		"diketahui", "terdeteksi", "peringatan", // Indonesian
		"попередження", "сповіщення", "виявил", "помітил", // Ukrainian
		"алерт", "обнаружил", "заметил", // Russian
		"ειδοποίησ", "εντοπίσ", "συναγερμ", // Greek
		"zjištěn", "zjistil", "všiml", "upozorn", // Czech
		"upozorenje", "uočen", "primijeti", // Croatian
		"تنبيه", "اكتشف", "لاحظ", "رصد", // Arabic
		"забеляза", "сигнал за", // Bulgarian
		"teada saime", "saime teada", "märkasime", // Estonian
		"検知", "気付", "気づ", "発見", "アラート", "最初の知らせ", "最初の連絡", // Japanese
		"감지", "인지", "발견", "경고", // Korean
		"发现", "發現", "告警", "报警", // Chinese
	}},
	{FieldEnd, []string{
		"wieder", "behoben", "wiederhergestellt", // German
		"rétabli", "résolu", "revenu", "à nouveau", "repartis", "reparti ", // French
		"restablec", "resuelto", "volvió", "otra vez", "de nuevo", // Spanish
		"restabelec", "normaliz", "voltou", "voltaram a", "resolvido", "outra vez", "de novo", // Portuguese
		"ripristinat", "risolto", "tornato", // Italian
		"hersteld", "opgelost", "weer ", // Dutch
		"åter i drift", "igen", "återställ", // Swedish, Danish
		"genoprettet", "igjen", "gjenopprettet", // Danish, Norwegian
		"palautettu", "palautui", "korjattu", "toimi taas", // Finnish
		"przywrócon", "naprawion", "ponownie", // Polish
		"düzeldi", "çözüldü", "normale döndü", // Turkish
		"kembali normal", "pulih", "normal kembali", // Indonesian
		"знову", "відновлен", // Ukrainian
		"последняя ошибк", "последняя неудачн", "последний сбой", "восстановлен", "устранен", "вернулся в норму", // Russian
		"κανονικά", "αποκαταστάθηκ", "ξανά", // Greek
		"obnoven", "vyřešen", "opět", "znovu", // Czech
		"intsidendi lõpp", "taastus", "taastati", // Estonian
		"復旧", "回復", "解消", // Japanese
		"복구", "정상화", // Korean
		"恢复", "恢復", "解决", // Chinese
		"عادت", "عاد ", "استعاد", // Arabic
		"отново", "възстановен", // Bulgarian
	}},
}

// momentProse reads the sentences of a summary's paragraph for the
// moments they tell, where no other reading gave them.
func (p *parser) momentProse(text string, base int) {
	if !p.mayBeOtherLanguage() || !mayTellMoment(text) && !p.localHeading {
		return // a paragraph of plain ASCII is read where a heading is in another language's words
	}
	p.momentDay(text, base)
	start, last := 0, [2]int{}
	for start < len(text) {
		end := sentenceEnd(text, start)
		if k := strings.Index(text[start:end], "。"); k >= 0 {
			end = start + k + len("。") // a Chinese or Japanese sentence's full stop
		}
		if c := momentClockRe.FindAllStringIndex(text[start:end], -1); len(c) > 0 {
			last = [2]int{start + c[len(c)-1][0], start + c[len(c)-1][1]}
			p.momentSentence(text[start:end], base+start, c[:min(len(c), 4)])
		} else if last[1] > 0 {
			p.momentThen(text[start:end], text, base, last)
		}
		start = end
	}
}

// momentThen reads a sentence without a clock that opens by pointing
// back at the one before and names its moment, as English "That's when
// we knew" does: "Dat is volgens de logs het begin van de verstoring",
// "Das war der Beginn der Störung". The moment is the last clock of the
// sentence before, text[last[0]:last[1]].
func (p *parser) momentThen(s, text string, base int, last [2]int) {
	lower := strings.ToLower(strings.TrimLeft(s, " "))
	if !pointsBack(lower) {
		return
	}
	key, _ := nearestMoment(lower, 0, 0)
	if key == "" || p.proseGiven(key) {
		return
	}
	label := p.momentLabel()
	if p.narrating {
		label = labelNamedMoment // the team names the moment: it outweighs a timeline's first entry
	}
	p.proseTime(key, label, base, last[0], last[1], zoneAfterMoment(text[last[1]:]))
}

// backPointers open a sentence that points back at the time of the one
// before, in the languages of the vocabulary.
var backPointers = []string{"dat is ", "dat was ", "das ist ", "das war ", "dies war ", "c'est ", "c’était ", "ce fut ", "eso fue ", "ese fue ", "ese es ", "isso foi ", "esse foi ", "esse é ", "questo è ", "quello fu ", "det var ", "det är ", "det er ", "to był ", "to je ", "to bylo ",
	"ここを", "ここが", "これが", "これを", "この時点を", "这是", "这就是", "此时", "이것이", "이때를", "이 시점을"}

// pointsBack reports a sentence, lower case, that opens with a word of
// backPointers, or with a Spanish demonstrative, one noun and "fue"
// ("esa llamada fue", "ese correo fue").
func pointsBack(lower string) bool {
	for _, w := range backPointers {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	return demonstrativeWas(lower)
}

// demonstrativeWas reports a sentence, lower case, opening with "ese",
// "esa" or "este", "esta", one word and "fue ".
func demonstrativeWas(lower string) bool {
	w := strings.SplitN(lower, " ", 4)
	if len(w) < 4 || w[2] != "fue" {
		return false
	}
	switch w[0] {
	case "ese", "esa", "este", "esta":
		return w[1] != ""
	}
	return false
}

// highBits are the high bits of eight bytes.
const highBits = 0x8080808080808080

// mayTellMoment is the quick test of momentProse: a summary in another
// language holds a letter beyond ASCII ("à", "ö", "時") or writes its
// clock with a word of its own ("07:31 uur", "kl. 06.47"); an English
// one is spared the expressions.
func mayTellMoment(text string) bool {
	return hasLetterBeyondASCII(text) || hasClockWord(text)
}

// hasLetterBeyondASCII reports whether text holds a letter beyond ASCII;
// "—" or "’" alone is no sign of another language. It is asked of a
// whole document, so it skips ASCII 32 bytes at a time.
func hasLetterBeyondASCII(text string) bool {
	for i := 0; i < len(text); {
		i = asciiEnd(text, i)
		if i == len(text) {
			return false
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			return true
		}
		i += n
	}
	return false
}

// asciiEnd returns where the run of ASCII bytes from i ends in s. It
// slices rather than indexes, so the compiler checks no bounds inside.
func asciiEnd(s string, i int) int {
	t := s[i:]
	for len(t) >= 32 && (load64(t, 0)|load64(t, 8)|load64(t, 16)|load64(t, 24))&highBits == 0 {
		t = t[32:]
	}
	for len(t) >= 8 && load64(t, 0)&highBits == 0 {
		t = t[8:]
	}
	for len(t) > 0 && t[0] < utf8.RuneSelf {
		t = t[1:]
	}
	return len(s) - len(t)
}

// hasClockWord reports whether text holds " Uhr", " uur", "kl.", "Kl.",
// "klo " or "pukul ". strings.Index looks for a word from its first byte, and
// for one that opens with a space, which English holds every few bytes,
// soon turns to comparing the whole word at every place; "kl.",
// "klo " and "pukul " are looked for in one pass from their "k".
func hasClockWord(text string) bool {
	return strings.Contains(text, " uur") || strings.Contains(text, " Uhr") || strings.Contains(text, "Kl.") || klWord(text)
}

// klWord reports whether text holds "kl.", "klo " or "pukul ".
func klWord(text string) bool {
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], 'k')
		if j < 0 {
			return false
		}
		if i += j; strings.HasPrefix(text[i:], "kl.") || strings.HasPrefix(text[i:], "klo ") || pukul(text, i) {
			return true
		}
	}
}

// pukul reports Indonesian's "pukul " (or "Pukul ") around the "k" at i.
func pukul(text string, i int) bool {
	return i >= 2 && text[i-1] == 'u' && (text[i-2] == 'p' || text[i-2] == 'P') && strings.HasPrefix(text[i:], "kul ")
}

// mayBeOtherLanguage reports, once for the document, whether its source
// may be written in another language than English: it holds a letter
// beyond ASCII or a clock word of its own ("uur", "Uhr", "kl."). An
// English document is spared the readings of other languages' notes and
// sentences.
func (p *parser) mayBeOtherLanguage() bool {
	if p.otherLanguage == 0 {
		p.otherLanguage = -1
		if mayTellMoment(p.doc.text) {
			p.otherLanguage = 1
		}
	}
	return p.otherLanguage > 0
}

// momentSentence gives each clock of a sentence, the first four of
// momentClockRe's matches in s, to the moment whose verb stands nearest
// to it.
func (p *parser) momentSentence(s string, base int, clocks [][]int) {
	for i := 0; i < len(clocks); i++ {
		if c := clocks[i][0]; c > 0 && (s[c-1] == '+' || s[c-1] == '-' || strings.HasSuffix(s[:c], "−")) {
			clocks = append(clocks[:i], clocks[i+1:]...) // "UTC+09:00": an offset, not a clock
			i--
		}
	}
	if len(clocks) == 0 {
		return
	}
	for i := 0; i+1 < len(clocks); i++ {
		if p.momentWindow(s, base, clocks[i], clocks[i+1]) {
			clocks = append(clocks[:i], clocks[i+2:]...)
			break
		}
	}
	if len(clocks) == 0 {
		return
	}
	lower := strings.ToLower(s) // the same length for the letters of the lists
	if len(lower) != len(s) {
		return
	}
	keys, dist := [4]string{}, [4]int{}
	for i, c := range clocks {
		c[1] += meridiemAfter(s[c[1]:]) // "10:15 μ.μ.", "9:14 pm"
		keys[i], dist[i] = nearestMoment(lower, c[0], c[1])
	}
	for i, c := range clocks {
		if key := keys[i]; key != "" && !p.proseGiven(key) && !nearerClock(keys[:len(clocks)], dist[:len(clocks)], i) {
			p.proseTime(key, p.momentLabel(), base, c[0], c[1], zoneAfterMoment(s[c[1]:]))
		}
	}
}

// nearerClock reports another clock of the sentence that stands nearer
// the verb of clock i's moment: "kl. 08.58 la de det gamle sertifikatet
// tilbake, og kl. 09.15 var låsene normale igjen" ends at 09.15.
func nearerClock(keys []string, dist []int, i int) bool {
	for j := range keys {
		if j != i && keys[j] == keys[i] && dist[j] < dist[i] {
			return true
		}
	}
	return false
}

// zoneAfterClock is the zone abbreviation written after a clock in a
// sentence, "at 14:02 CET the database stopped", or "".
func zoneAfterClock(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	i := 0
	for i < len(rest) && rest[i] >= 'A' && rest[i] <= 'Z' {
		i++
	}
	if i < 2 || i < len(rest) && isLetterByte(rest[i]) {
		return ""
	}
	if _, ok := abbreviationOffset(rest[:i]); !ok {
		return ""
	}
	return rest[:i]
}

// zoneAfterMoment is the zone written after a clock, or in the note in
// brackets that follows it within a few words: "klo 9.14 Suomen aikaa
// (EET, UTC+2)", "kl. 05.40 (dansk tid, CET)".
func zoneAfterMoment(rest string) string {
	if z := zoneAfterClock(rest); z != "" {
		return z
	}
	open := strings.IndexByte(rest[:min(len(rest), 24)], '(')
	if open < 0 || strings.ContainsAny(rest[:open], ".,;:") {
		return ""
	}
	note, _, _ := strings.Cut(rest[open+1:], ")")
	for _, w := range strings.FieldsFunc(note, func(r rune) bool { return r == ' ' || r == ',' }) {
		if z := zoneAfterClock(w); z != "" {
			return z
		}
	}
	return ""
}

// nearestMoment is the key of the moment whose verb stands nearest to
// the clock at lower[i:j], or "", and how far it stands.
func nearestMoment(lower string, i, j int) (string, int) {
	key, best := "", len(lower)+1
	for _, m := range momentVerbs {
		for _, w := range m.words {
			if d := wordDistance(lower, w, i, j); d < best {
				key, best = m.key, d
			}
		}
	}
	return key, best
}

// wordDistance is how far from the clock at lower[i:j] the nearest
// occurrence of w stands, a Latin word only where it starts a word;
// beyond the sentence's length when it stands nowhere.
func wordDistance(lower, w string, i, j int) int {
	best := len(lower) + 1
	cjk := w[0] >= 0xE3
	for k := 0; k < len(lower); {
		at := strings.Index(lower[k:], w)
		if at < 0 {
			break
		}
		at += k
		if cjk || at == 0 || !isLetterBefore(lower, at) {
			best = min(best, gap(at, at+len(w), i, j))
		}
		k = at + len(w)
	}
	return best
}

// gap is the distance between the spans [a, b) and [i, j).
func gap(a, b, i, j int) int {
	if a >= j {
		return a - j
	}
	return max(i-b, 0)
}

// proseGiven reports whether the summary's prose already gave key.
func (p *parser) proseGiven(key string) bool {
	for _, f := range p.proseFields {
		if f.Key == key {
			return true
		}
	}
	for _, f := range p.narrated {
		if f.Key == key {
			return true
		}
	}
	return false
}

// momentDayRe is the day a summary in another language dates the
// incident with, day first: "18.11.2026", "12. november 2026".
var momentDayRe = lazyRe(`\b(\d{1,2})\.\s?(?:(\d{1,2})\.(\d{4})|(\p{L}{3,12})\s+\d{4})\b`)

// momentDay records the day a summary's paragraph in another language
// gives before its first time, where no other reading dated the
// incident: the paragraph's times fall on it.
func (p *parser) momentDay(text string, base int) {
	if p.proseGiven(FieldIncidentDate) || !strings.Contains(text, ".") {
		return
	}
	m := p.sentenceDay(text)
	if m == nil || momentClockRe.FindStringIndex(text[m[1]:]) == nil {
		return // a header's "Päivitetty 24.11.2026" dates no time
	}
	value := text[m[0]:m[1]]
	if m[4] >= 0 {
		value = text[m[6]:m[7]] + "-" + twoDigits(text[m[4]:m[5]]) + "-" + twoDigits(text[m[2]:m[3]])
	}
	if _, ok := incidentDay(value); !ok {
		return
	}
	v := Span{base + m[0], base + m[1]}
	p.proseFields = append(p.proseFields, Field{Key: FieldIncidentDate, Label: "Incident date (from the summary)", Value: value, Span: v, Inferred: true})
}

// sentenceDay is the first match of momentDayRe in text that no label
// gives: a header's "Fälligkeitsdatum: 04.12.2026" or "Erstellt am
// 25.11.2026" is a field's value, not the day a sentence dates the
// incident with.
func (p *parser) sentenceDay(text string) []int {
	for _, m := range momentDayRe.FindAllStringSubmatchIndex(text, 4) {
		if !p.labelBefore(text[:m[0]]) {
			return m
		}
	}
	return nil
}

// labelBefore reports whether the last one to three words of before,
// a colon after them or none, are a field's label.
func (p *parser) labelBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if strings.HasSuffix(before, ":") || strings.HasSuffix(before, "：") {
		return true
	}
	words := strings.Fields(before)
	for n := 1; n <= 3 && n <= len(words); n++ {
		if p.synonymKey(strings.Join(words[len(words)-n:], " ")) != "" {
			return true
		}
	}
	return false
}

// twoDigits writes a day or a month of one digit with a leading zero.
func twoDigits(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// A window of two clocks, in the words of the languages the vocabulary
// reads: "Entre las 22:40 del sábado y las 2:15 del domingo", "zwischen
// 14:02 und 15:10 Uhr", "dalle 9.10 alle 11.40", "od 8:15 do 9:40". Its
// first clock is the start and its second the end, whichever verbs stand
// nearer them.
var (
	windowOpeners = wordSet("entre desde de das dalle dalla tra fra zwischen von tussen van mellan från mellem fra mellom między mezi od antara dari sejak")
	windowJoiners = wordSet("y e et und en och og a à às ao até hasta alle al do bis tot till til dan hingga sampai")
)

// momentWindow reads a summary's sentence whose two clocks make a window
// as its start and end, and reports whether it did.
func (p *parser) momentWindow(s string, base int, first, second []int) bool {
	if p.proseGiven(FieldStart) || p.proseGiven(FieldEnd) || !windowOpened(s[:first[0]]) {
		return false
	}
	between := s[first[1]:second[0]]
	if len(between) > 40 || strings.ContainsAny(between, ".;:,()") || !anyWordIn(strings.ToLower(between), windowJoiners) {
		return false
	}
	second[1] += meridiemAfter(s[second[1]:])
	zone := zoneAfterMoment(s[second[1]:])
	start, end := labelSummaryStart, labelSummaryEnd
	if p.narrating {
		start, end = labelNamedMoment, labelNamedMoment // as narrativeWindow names them
	}
	p.proseTime(FieldStart, start, base, first[0], first[1], zone)
	p.proseTime(FieldEnd, end, base, second[0], second[1], zone)
	return true
}

// windowOpened reports a word that opens a window among the last three
// words before a clock: "Entre las ", "zwischen ", "dalle ".
func windowOpened(before string) bool {
	words := strings.Fields(strings.ToLower(before))
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		if windowOpeners[words[i]] {
			return true
		}
	}
	return false
}
