package postmortem

import "testing"

// A summary that tells the start, the detection and the end in
// sentences of its own language, with the clock written that
// language's way, gives those times; each time goes to the verb nearest
// to it.
func TestMomentProse(t *testing.T) {
	for src, want := range map[string]map[string]string{
		"# Störung 2026-11-12\n\n> Alle Uhrzeiten sind MEZ (UTC+1).\n\n## Zusammenfassung\n\n" +
			"Am 12. November um 14:02 Uhr fiel das Portal aus. Erst um 14:19 Uhr meldete der Kundenservice die ersten Anrufe. Ab 15:36 Uhr lief das Portal wieder stabil.\n": {
			FieldStart: "2026-11-12T13:02Z", FieldDetect: "2026-11-12T13:19Z", FieldEnd: "2026-11-12T14:36Z"},
		"# Incident 2026-12-01\n\n**Tider:** svensk tid (CET, UTC+1)\n\n## Kort sammanfattning\n\n" +
			"Kl. 06.47 slutade inloggningen att fungera. Felet upptäcktes kl. 07.10 när kundtjänst öppnade. Kl. 08.55 var inloggningen åter i drift.\n": {
			FieldStart: "2026-12-01T05:47Z", FieldDetect: "2026-12-01T06:10Z", FieldEnd: "2026-12-01T07:55Z"},
		"# 障害 2026-11-24\n\n※時刻はすべて日本時間（JST）です。\n\n## 概要\n\n14時02分に予約の受付ができなくなりました。14時15分に監視で検知し、15時40分に復旧しています。\n": {
			FieldStart: "2026-11-24T05:02Z", FieldDetect: "2026-11-24T05:15Z", FieldEnd: "2026-11-24T06:40Z"},
		// Arabic: "بدأ" (began), "رصدنا" (we caught it), "عادت" (came back).
		"# تعطل الحجوزات 2026-08-14\n\n**المنطقة الزمنية:** UTC\n\n## ملخص\n\n" +
			"بدأ الانقطاع الساعة 09:12 عندما نفدت ذاكرة خادم الحجز. رصدنا المشكلة الساعة 09:20 من لوحة المراقبة. عادت الحجوزات إلى العمل الساعة 10:05.\n": {
			FieldStart: "2026-08-14T09:12Z", FieldDetect: "2026-08-14T09:20Z", FieldEnd: "2026-08-14T10:05Z"},
		// Bulgarian: "спря" (stopped), "отново" (again).
		"# Спиране на касите 2026-08-14\n\n**Часова зона:** UTC\n\n## Резюме\n\n" +
			"В 07:40 касовият софтуер спря да приема карти. Плащанията с карти работят отново от 08:25.\n": {
			FieldStart: "2026-08-14T07:40Z", FieldEnd: "2026-08-14T08:25Z"},
	} {
		wantTimes(t, src, want)
	}
}

// A summary in another language dates its times with a day written day
// first before them ("18.11.2026", "12. november 2026"), not with the
// day a header line updated the page on, and gives their zone in a note
// in brackets after the first of them.
func TestMomentProseDayAndNote(t *testing.T) {
	for src, want := range map[string]map[string]string{
		"# Häiriö\n\n> Päivitetty 24.11.2026\n\n## Yhteenveto\n\n" +
			"Keskiviikkona 18.11.2026 klo 9.14 Suomen aikaa (EET, UTC+2) varauspalvelu lakkasi toimimasta. " +
			"Päivystäjä sai hälytyksen klo 9.34. Palvelu toimi taas normaalisti klo 11.05.\n": {
			FieldStart: "2026-11-18T07:14Z", FieldDetect: "2026-11-18T07:34Z", FieldEnd: "2026-11-18T09:05Z"},
		"# Hændelse\n\n## Kort fortalt\n\n" +
			"Torsdag den 12. november 2026 kl. 05.40 (dansk tid, CET) begyndte gatewayen at afvise målerne. Alle målere sendte igen kl. 09.10.\n": {
			FieldStart: "2026-11-12T04:40Z", FieldEnd: "2026-11-12T08:10Z"},
	} {
		wantTimes(t, src, want)
	}
}

// Croatian and Arabic tell the detection with words of their own:
// "dobio upozorenje" (got the alert), "تنبيه" (an alert).
func TestMomentProseDetectionWords(t *testing.T) {
	for src, want := range map[string]map[string]string{
		"# Kupnja karata 2026-11-27\n\n**Vremenska zona:** CET (UTC+1)\n\n## Što se dogodilo\n\n" +
			"Plaćanja su počela padati u 23:10. Dežurni je dobio upozorenje u 23:34, kad je broj neuspjelih plaćanja prešao prag.\n": {
			FieldDetect: "2026-11-27T22:34Z"},
		"# تعطل المواعيد 2026-12-10\n\n**المنطقة الزمنية:** UTC\n\n## ماذا حدث\n\n" +
			"وصل أول تنبيه إلى المناوب عند الساعة 21:41 بعد أن تجاوز معدل الأخطاء 20%.\n": {
			FieldDetect: "2026-12-10T21:41Z"},
	} {
		wantTimes(t, src, want)
	}
}
