package postmortem

import "strings"

// wordedTimes gives the detection and the end from the everyday words
// of the timeline's entries, where nothing else gave them: not a field,
// nor an entry that names the moment, nor a sentence of the summary,
// nor a length from the start. Such words are the weakest sign of a
// moment, so they are read last: the end is the last entry from the
// start that says the service settled (settledRe, tried only here, from
// the last entry back, so that a timeline that names its end pays
// nothing for it) or, in another
// language, is well again; the detection the first from the start and
// before the end whose words, in another language, say someone knew.
func (p *parser) wordedTimes() {
	if p.timeRead(FieldEnd) && p.timeRead(FieldDetect) {
		return
	}
	ev := p.readable()
	if len(ev) == 0 || p.doc.unplaced {
		return
	}
	start, end := p.startEntry(ev), -1
	if !p.timeRead(FieldEnd) {
		if end = lastSettled(ev, start); end < 0 && p.otherLanguageEntries() {
			end = lastWorded(ev, FieldEnd, start) // "Servicio restablecido"
		}
		end = beforeWatchedClose(ev, start, end)
	}
	detect := -1
	if !p.timeRead(FieldDetect) && p.otherLanguageEntries() {
		to := len(ev)
		if end >= 0 {
			to = end // a moment's word at the end or after it is no detection
		}
		detect = firstWorded(ev, FieldDetect, start, to) // "Alarm in Grafana ausgelöst"
	}
	p.pickEntries(ev, -1, detect, end)
}

// otherLanguageEntries reports a document that may write its timeline in
// another language: its text holds a letter beyond ASCII or a clock word
// of its own (mayBeOtherLanguage), or a heading is named in another
// language ("Cronologia", "Tijdlijn", "Linimasa").
func (p *parser) otherLanguageEntries() bool {
	return p.localHeading || p.mayBeOtherLanguage()
}

// A timeline in another language says when the incident was noticed and
// when it was over in the words of the entries themselves, with no label
// set apart: "14:09 — Alarm in Grafana ausgelöst", "15:47 — Servicio
// restablecido", "15:47 — サービス復旧", "14:15 — Сработал алерт". A
// customer's complaint is no detection: teams count the alert or the
// page that told them, and "Última reclamação" is no moment at all.
// Where the English words mark no detection or no end (see inferTimes),
// the first entry from the start holding a word of entryMoments' detection
// is the detection, and the last holding one of its end the end. Words
// that also say "again" ("wieder", "igen", "znovu") stand in momentVerbs
// for prose, where a clock's nearness decides; an entry holds no clock
// to weigh them against, and "Fehler treten wieder auf" is no end.

// entryMoments are, lower case, the words by which a timeline's entry
// says the incident was noticed (detect) or was over (end). A word of
// Latin, Cyrillic or Greek letters counts where it starts a word, or
// anywhere when it is written with a leading "-" (the second half of a
// compound: "Grafana-Alarm", "Speicheralarm"); a Hebrew, Arabic, Thai, Chinese,
// Japanese or Korean one anywhere.
var entryMoments = [...]struct {
	key   string
	words []string
}{
	{FieldDetect, []string{
		"-alarm", "alert", "bemerkt", "gemeldet", "meldet", "entdeckt", "erkannt", // German
		"alerte", "détect", "signalé", "remarqu", "constat", // French
		"alerta", "detect", "detecci", "aviso", "notific", "reportad", "reportó", // Spanish, Portuguese
		"detet", "detecç", "deteç", // Portuguese
		"allarme", "rilevat", "segnala", "notat", "notifica", // Italian
		"melding", "gemeld", "ontdekt", "opgemerkt", // Dutch
		"wykry", "zgłosz", "zgłosi", "zauważ", "powiadom", // Polish
		"-larm", "upptäck", "märkte", "anmäl", "varning", // Swedish
		"varsel", "opdage", "oppdage", "meldt", "telefon fra", "opringning fra", // Danish, Norwegian
		"-hälytys", "havaittiin", "huomattiin", "ilmoitus", "ilmoitti", // Finnish
		"алерт", "оповещен", "сработал", "обнаруж", "заметил", "тревог", "уведомлен", // Russian
		"сповіщен", "спрацюва", "виявил", "виявлен", "помітил", "попередженн", // Ukrainian
		"аларм", "забелязан", "открит", "сигнал за", // Bulgarian
		"uyarı", "tespit", "fark edildi", // Turkish
		"zjištěn", "zjistil", "všiml", "upozorn", "nahlášen", "detekov", "zistil", "nahlásil", // Czech, Slovak
		"upozorenj", "uočen", "primijeti", "dojav", "javlja", "javio", "javila", // Croatian
		"ειδοποίησ", "εντοπίσ", "συναγερμ", // Greek
		"riasztás", "észlel", "bejelent", "jelezt", // Hungarian
		"detectat", "semnalat", "raportat", "apel de la", "a sunat", "primul semnal", // Romanian
		"cảnh báo", "phát hiện", "báo động", // Vietnamese
		"peringatan", "terdeteksi", "mendeteksi", "diketahui", "notifikasi", "dimaklumkan", // Indonesian, Malay
		"häire", "märkasime", "teada saime", "tuvastati", "avastati", // Estonian
		"brīdinājum", "trauksm", "konstatēj", "pamanīj", // Latvian
		"avís", "detectat", "trucada", // Catalan
		"تنبيه", "إنذار", "اكتشاف", "اكتشف", "رصد", "بلاغ", // Arabic
		"התראה", "התרעה", "זוהה", "זיהוי", // Hebrew
		"แจ้งเตือน", "ตรวจพบ", // Thai
		"検知", "アラート", "発報", "気付", "気づ", "発見", "最初の知らせ", "最初の連絡", // Japanese
		"알림", "감지", "인지", "발견", "경고", "알람", "탐지", // Korean
		"告警", "报警", "報警", "发现", "發現", // Chinese
	}},
	{FieldEnd, []string{
		"behoben", "wiederhergestellt", "wieder normal", "wieder verfügbar", "wieder erreichbar", "läuft wieder", "funktioniert wieder", "normalisiert", "entwarnung", "störung beendet", // German
		"rétabli", "résolu", "retour à la normale", "revenu à la normale", "normalisé", "fin de l'incident", "fin d'incident", "incident clos", // French
		"restablec", "resuelto", "normaliz", "recuperad", "vuelve a la normalidad", "volvió a la normalidad", "fin del incidente", // Spanish
		"restabelec", "resolvid", "voltou ao normal", "fim do incidente", // Portuguese
		"ripristinat", "risolt", "tornat", "fine incidente", "fine dell'incidente", "rientrat", // Italian
		"hersteld", "opgelost", "weer normaal", "weer beschikbaar", "genormaliseerd", "einde incident", // Dutch
		"przywrócon", "naprawion", "rozwiązan", "wróciło do normy", "wróciła do normy", "koniec incydentu", "znormalizowa", // Polish
		"återställ", "åtgärdad", "löst", "normal igen", "åter i drift", "fungerar igen", // Swedish
		"genoprettet", "gjenopprettet", "normal igjen", "virker igen", "fungerer igjen", "fungerer igen", // Danish, Norwegian
		"palautettu", "palautui", "korjattu", "toimii taas", "ratkaistu", // Finnish
		"восстановлен", "устранен", "устранён", "вернулся в норму", "вернулись в норму", "нормализ", // Russian
		"відновлен", "усунен", "вирішен", "нормаліз", // Ukrainian
		"възстановен", "отстранен", // Bulgarian
		"düzeldi", "çözüldü", "normale döndü", "giderildi", "toparlandı", // Turkish
		"obnoven", "vyřešen", "opraven", "vyriešen", // Czech, Slovak
		"oporavljen", "riješen", "otklonjen", "uspostavljen", "rade normalno", "radi normalno", "ponovno radi", "ponovno rade", // Croatian
		"αποκαταστάθηκ", "αποκατάσταση", "επιλύθηκ", "κανονικά", // Greek
		"helyreáll", "megoldva", "megoldód", "elhárít", // Hungarian
		"restabilit", "rezolvat", "remediat", "revenit la normal", "revine în funcțiune", "revin în funcțiune", "funcționează din nou", // Romanian
		"khôi phục", "phục hồi", "đã xử lý", "trở lại bình thường", "khắc phục xong", "hoạt động bình thường", // Vietnamese
		"pulih", "kembali normal", "normal kembali", "teratasi", "dipulihkan", "operasi normal", "beroperasi semula", "berfungsi semula", // Indonesian, Malay
		"taastus", "taastati", "lahendatud", "parandatud", // Estonian
		"atjaunot", "atrisināt", "novērst", // Latvian
		"restablert", "resolt", "recuperat", "amb normalitat", "tornen a validar", "torna a funcionar", "tornen a funcionar", // Catalan
		"استعادة", "استعاد", "عودة الخدمة", "عادت الخدمة", "تم حل", "تم إصلاح", "تعافى", // Arabic
		"שוחזר", "הוחזר", "חזר לפעול", "חזרה לפעול", "נפתר", "תוקן", // Hebrew
		"กลับมาใช้งานได้", "กลับมาปกติ", "คืนสู่ปกติ", "กู้คืน", "แก้ไขเสร็จ", // Thai
		"復旧", "回復", "解消", "正常化", "収束", // Japanese
		"복구", "정상화", "해결", "회복", // Korean
		"恢复", "恢復", "解决", "解決", "修复", "修復", // Chinese
	}},
}

// entryMoment reports whether an entry's text holds a word of
// entryMoments for key.
func entryMoment(text, key string) bool {
	lower := ""
	for _, m := range entryMoments {
		if m.key != key {
			continue
		}
		for _, w := range m.words {
			if lower == "" {
				lower = strings.ToLower(text)
			}
			if holdsEntryWord(lower, w) {
				return true
			}
		}
	}
	return false
}

// holdsEntryWord reports whether lower holds w as entryMoments counts it.
func holdsEntryWord(lower, w string) bool {
	inside := w[0] == '-'
	w = strings.TrimPrefix(w, "-")
	anywhere := inside || w[0] >= 0xD7 // Hebrew, Arabic, Thai, CJK: no spaces or prefixes joined on
	for k := 0; k < len(lower); {
		at := strings.Index(lower[k:], w)
		if at < 0 {
			return false
		}
		at += k
		if (anywhere || at == 0 || !isLetterBefore(lower, at)) && !negatedBefore(lower[:at]) {
			return true
		}
		k = at + len(w)
	}
	return false
}

// firstWorded is the first entry from from and before to (len(ev)
// for no bound) whose words say key and, for the detection, that someone
// heard of it (see unnoticed), or -1; lastWorded is the last from from.
func firstWorded(ev []Event, key string, from, to int) int {
	for i := max(from, 0); i < to; i++ {
		if entryMoment(ev[i].Text, key) && (key != FieldDetect || !unnoticed(ev[i].Text)) {
			return i
		}
	}
	return -1
}

// lastSettled is the last entry from from whose words say the service
// settled (settledRe), or -1.
func lastSettled(ev []Event, from int) int {
	closing := -1
	for i := len(ev) - 1; i >= max(from, 0); i-- {
		if !settled.MatchString(ev[i].Text) {
			continue
		}
		if !standDownRe.MatchString(ev[i].Text) {
			return i
		}
		if closing < 0 {
			closing = i
		}
	}
	return closing
}

// standDownRe: an entry that stands the response down or closes its
// call, which settledRe counts as a sign of a service well again; an
// earlier entry that tells it in other words ("Pressure back in the
// whole zone. Normal operation.") is the end, the stand-down after it.
var standDownRe = lazyRe(`(?i)\b(?:stood|stands?)\s+down\b|\bstand-?down\b|\b(?:close|closes|closed|closing|ends?|ended)\s+the\s+(?:bridge|call|war\s+room|incident)\b`)

func lastWorded(ev []Event, key string, from int) int {
	for i := len(ev) - 1; i >= max(from, 0); i-- {
		if entryMoment(ev[i].Text, key) {
			return i
		}
	}
	return -1
}

// entryNegations are the words that, standing just before a word of
// entryMoments, say its moment has not come: "noch nicht behoben", "no
// resuelto", "не восстановлен", "未恢复".
var entryNegations = [...]string{"nicht", "kein", "no", "non", "not", "nie", "не", "ні", "não", "pas", "niet", "inte", "ikke", "ei", "nem", "ne", "chưa", "belum", "tidak", "δεν", "לא", "لم", "ما", "ไม่", "未", "没有", "沒有", "尚未", "まだ"}

// negatedBefore reports whether before, the text up to a word, ends in a
// word of entryNegations.
func negatedBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, n := range entryNegations {
		if strings.HasSuffix(before, n) && (n[0] >= 0xD7 || len(before) == len(n) || !isLetterBefore(before, len(before)-len(n))) {
			return true
		}
	}
	return false
}
