package postmortem

import "testing"

// A summary in another language that gives the incident as a window of
// two clocks ("entre las 22:40 … y las 2:15", "zwischen 14:02 und 15:10
// Uhr", "dalle 9.10 alle 11.40") gives its start and its end, whichever
// verbs stand nearer them, and a window across midnight ends the next
// day.
func TestMomentWindow(t *testing.T) {
	for src, want := range map[string]map[string]string{
		"# Informe 2026-11-28\n\n**Horarios:** hora argentina (ART, UTC−3)\n\n## Resumen\n\n" +
			"Entre las 22:40 del sábado y las 2:15 del domingo, unos 2.900 socios se quedaron sin conexión porque el servidor dejó de entregar direcciones.\n": {
			FieldStart: "2026-11-29T01:40Z", FieldEnd: "2026-11-29T05:15Z"},
		"# Störung 2026-11-12\n\n> Alle Uhrzeiten sind MEZ (UTC+1).\n\n## Zusammenfassung\n\n" +
			"Am 12. November war das Portal zwischen 14:02 und 15:10 Uhr nicht erreichbar, weil der Proxy ausgefallen war.\n": {
			FieldStart: "2026-11-12T13:02Z", FieldEnd: "2026-11-12T14:10Z"},
		"# Incidente 2026-11-20\n\n**Fuso orario:** CET (UTC+1)\n\n## Sintesi\n\n" +
			"Il 20 novembre 2026, dalle 9:10 alle 11:40, le prenotazioni non sono state confermate perché il servizio di pagamento è caduto.\n": {
			FieldStart: "2026-11-20T08:10Z", FieldEnd: "2026-11-20T10:40Z"},
	} {
		wantTimes(t, src, want)
	}
}

// Two clocks in a sentence that are no window keep their verbs: "a las
// 22:40 venció … y a las 23:15 volvió" is not "entre".
func TestMomentWindowNeedsOpener(t *testing.T) {
	src := "# Informe 2026-11-28\n\n**Horarios:** hora argentina (ART, UTC−3)\n\n## Resumen\n\n" +
		"El 28 de noviembre a las 22:40 el servidor dejó de entregar direcciones, y a las 23:58 el servicio volvió a la normalidad.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-29T01:40Z", FieldEnd: "2026-11-29T02:58Z"})
}

// A line of the timeline that gives only a weekday, in any language, and
// the day and month in figures dates the entries below it: "**Domingo
// 29/11**" puts 00:35 on the 29th, not on the day above's.
func TestWeekdayDayLine(t *testing.T) {
	src := "# Informe\n\nFecha: 2026-12-03\n\n**Horarios:** hora argentina (ART, UTC−3)\n\n## Cronología\n\n" +
		"**Sábado 28/11**\n\n- 22:40 — El servidor se detiene. **Comienzo del impacto.**\n- 23:15 — Se confirma la falla.\n\n" +
		"**Domingo 29/11**\n\n- 00:35 — Se descubre la causa.\n- 02:15 — Tráfico normal. **Fin del impacto.**\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-29T01:40Z", FieldEnd: "2026-11-29T05:15Z"})
}

// A Spanish or Portuguese entry that names the moment of detection as a
// noun ("el momento de detección", "a deteção") is the detection.
func TestEntryDetectionNoun(t *testing.T) {
	src := "# Informe 2026-11-28\n\n**Horarios:** hora argentina (ART, UTC−3)\n\n## Cronología\n\n" +
		"- 22:40 — El servidor se detiene. **Comienzo del impacto.**\n" +
		"- 22:58 — Primera llamada de un socio. Consideramos las 22:58 como el momento de detección.\n" +
		"- 23:15 — Se confirma la falla.\n- 02:15 — Tráfico normal. **Fin del impacto.**\n"
	wantTimes(t, src, map[string]string{FieldDetect: "2026-11-29T01:58Z"})
}

// A window in a narrative's sentence, or in a summary under a heading of
// the language's own ("Em poucas palavras"), gives the start and the
// end; "Soubemos às 00:41" tells the detection.
func TestMomentWindowPortuguese(t *testing.T) {
	src := "# Pix presos na conciliação em 27/11/2026\n\nHorários em Brasília (BRT, UTC−3). Revisão feita em 2 de dezembro de 2026.\n\n## Em poucas palavras\n\n" +
		"Das 00:10 às 03:20, cerca de 4.800 pagamentos ficaram pendentes.\n\n## O que aconteceu\n\n" +
		"Soubemos às 00:41, quando um lojista abriu um chamado.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-27T03:10Z", FieldDetect: "2026-11-27T03:41Z", FieldEnd: "2026-11-27T06:20Z"})
}

// A sentence without a clock that points back at the one before and
// names its moment ("Dat is volgens de logs het begin van de
// verstoring") gives that moment the sentence before's time; a paragraph
// of plain ASCII is read where a heading is in the language's words.
func TestMomentThen(t *testing.T) {
	src := "# Roosterportaal 2026-11-30\n\n_Alle tijden in deze melding zijn Nederlandse tijd (CET, UTC+1)._\n\n## Verloop\n\n" +
		"Vanaf ongeveer 06:55 kreeg iedereen een foutmelding. Dat is volgens de logs het begin van de verstoring.\n\n" +
		"De eerste melding kwam om 07:12 binnen via de servicedesk. Om 07:30 nam Femke de coördinatie op zich.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-30T05:55Z", FieldDetect: "2026-11-30T06:12Z"})
}

// A Japanese narrative names its moments by pointing back at the
// sentence before ("ここを影響の始まりとしています", "これが私たちにとって
// 最初の知らせです", "これをもって復旧としています"), also inside an entry
// whose later clock it points at.
func TestMomentThenJapanese(t *testing.T) {
	src := "# 障害振り返り 2026-12-01\n\n※本レコードの時刻はすべて日本時間（JST, UTC+9）です。\n\n## 経緯\n\n" +
		"12月1日（火）05:40ごろから一覧画面がタイムアウトするようになりました。最初のタイムアウトは05:40でした。ここを影響の始まりとしています。\n\n" +
		"06:02、担当者から当番携帯に電話がありました。これが私たちにとって最初の知らせです。\n\n" +
		"06:45、旧バージョンへ戻しました。07:25には全拠点で発注が通るようになりました。これをもって復旧としています。\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-30T20:40Z", FieldDetect: "2026-11-30T21:02Z", FieldEnd: "2026-11-30T22:25Z"})
}
