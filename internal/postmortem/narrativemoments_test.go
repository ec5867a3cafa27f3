package postmortem

import (
	"testing"
	"time"
)

// A narrative section in another language tells the moments the
// summary leaves untold, on a day written without its year (the
// review's year), each clock going to the verb nearest it, not to one
// another clock of the sentence stands nearer.
func TestNarrativeMomentsOtherLanguage(t *testing.T) {
	src := "# Driftsavbrudd i billettappen\n\n**Gjennomgang:** 02.12.2026\n\nAlle klokkeslett er norsk tid (CET).\n\n" +
		"## Kort fortalt\n\nAppen kunne ikke selge billetter en morgen.\n\n## Hva skjedde\n\n" +
		"Onsdag 25.11. kl. 07.05 begynte betalingene å feile i appen. Kl. 07.20 kom varselet fra overvåkingen.\n\n" +
		"Vi rullet tilbake kl. 08.10, og kl. 08.25 fungerte salget igjen.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-25T06:05Z", FieldDetect: "2026-11-25T06:20Z", FieldEnd: "2026-11-25T07:25Z"})
}

// A day without its year takes the year of the first date the document
// writes in full (a tracker's start date) where no review date gives
// one; a sentence opening with a capital beyond ASCII ("Às 08h05") is
// a sentence of its own.
func TestNarrativeMomentsTrackerYear(t *testing.T) {
	src := "# Falha nos validadores\n\n| Atributo | Valor |\n| --- | --- |\n| Tipo | Incidente |\n| Data de início | 14/10/2026 |\n\n" +
		"*Horas em hora de Lisboa (WEST, UTC+1).*\n\n## Resumo\n\nOs validadores recusaram cartões durante a manhã.\n\n## O que aconteceu\n\n" +
		"No dia 14 de outubro, às 07h40, o primeiro cartão foi recusado no cais 2. Às 08h05 um revisor deu o alerta ao centro de operações. " +
		"Às 09h30 a equipa reiniciou o servidor, e às 09h45 os validadores aceitavam os cartões outra vez.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-14T06:40Z", FieldDetect: "2026-10-14T07:05Z", FieldEnd: "2026-10-14T08:45Z"})
}

// An English narrative's "fully restored at 11:05" outweighs the end the
// timeline's entries only suggest (a login that "recovered"), where an
// entry stands at that time.
func TestNarrativeEndOutweighsTimelineGuess(t *testing.T) {
	src := "# Checkout outage 2026-10-08\n\nAll times UTC.\n\n## Summary\n\nCheckout failed for card payments for two hours.\n\n" +
		"## What happened\n\nA certificate expired overnight. The team fixed the admin login first, and service was fully restored at 11:05.\n\n" +
		"## Timeline\n\n| Time | Event |\n| --- | --- |\n| 09:12 | First declined payment |\n| 09:30 | On-call paged |\n" +
		"| 10:20 | Admin console login recovered |\n| 11:05 | Payments succeed again |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-10-08T09:12Z", FieldEnd: "2026-10-08T11:05Z"})
}

// An English narrative dates its times by a weekday before the review
// ("at 23:30 on Saturday" in a review held on Thursday 26 November), a
// time after midnight told later falls on the next day, and a sentence
// that names its moment ("that call is when anyone knew") gives it over
// the timeline's reading.
func TestNarrativeWeekdayAndNamedMoment(t *testing.T) {
	src := "# Night ferry: gates refused tickets\n\n**Review:** Thursday 26 November 2026, harbour office\n\n## Summary\n\nThe gates refused most tickets for the night sailing.\n\n" +
		"## What happened\n\nBoarding opened at 23:30 on Saturday. From 23:40 the gates started refusing valid tickets.\n\n" +
		"The crew rang the duty engineer at 00:05; that call is when anyone on shore knew. A new bundle went out at 01:12.\n\n" +
		"## Timeline\n\n- 23:30 Boarding opens\n- 23:40 First ticket refused\n- 23:50 Alert on gate errors\n- 00:05 Crew phones the duty engineer\n- 01:12 Bundle pushed\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-21T23:40Z", FieldDetect: "2026-11-22T00:05Z"})
}

// "Thu 11/12" in a narrative is read in the order that gives a Thursday
// in the document's year; "which we count as the end" names the time
// its sentence ends with.
func TestNarrativeWeekdaySlashAndCountedEnd(t *testing.T) {
	src := "# Reminder texts sent twice\n\nUpdated Mon 11/16/2026\n\n## TL;DR\n\nPatients got the same text twice.\n\n## What happened\n\n" +
		"All times are UTC.\n\nThe 6:00 a.m. batch for Thu 11/12 started on time. At 6:15 a.m. the provider began answering slowly.\n\n" +
		"Retries were turned off at 10:41 a.m.; the last failing send was at 10:48 a.m., which we count as the end.\n\n" +
		"## Timeline\n\n| time | what |\n| --- | --- |\n| 6:00 a.m. | Batch starts |\n| 6:15 a.m. | Provider slow; first duplicates |\n| 10:41 a.m. | Retries off |\n| 10:48 a.m. | Last failed send |\n| 2:10 p.m. | Afternoon batch re-run |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-12T06:15Z", FieldEnd: "2026-11-12T10:48Z"})
}

// Greek's 12-hour clock: "10:15 μ.μ." is after noon, "1:40 π.μ." before.
func TestGreekMeridiem(t *testing.T) {
	for raw, want := range map[string]string{"2026-11-29 10:15 μ.μ. UTC": "2026-11-29T22:15Z", "2026-11-30 1:40 π.μ. UTC": "2026-11-30T01:40Z"} {
		pt, err := ParseTime(raw, time.Time{})
		if got := pt.Time.UTC().Format("2006-01-02T15:04Z"); err != nil || got != want {
			t.Errorf("%q: got %s (%v), want %s", raw, got, err, want)
		}
	}
}

// A note in Indonesian, Ukrainian or Greek gives the zone of every time;
// Indonesian's "pukul 21.30" is a clock, and the timeline's own
// paragraphs tell the moments its entries do not.
func TestNarrativeMomentsMoreLanguages(t *testing.T) {
	for src, want := range map[string]map[string]string{
		"# Laporan insiden 2026-11-23\n\n> Semua waktu dalam WIB (UTC+7).\n\n## Ringkasan\n\nPembayaran di kasir tertahan semalam.\n\n## Timeline\n\n" +
			"Pukul 21.30 notifikasi pembayaran mulai ditolak oleh firewall. Pukul 22.10 kepala toko menelepon, dan saat itu insiden diketahui. " +
			"Pukul 23.05 kasir kembali normal.\n": {FieldStart: "2026-11-23T14:30Z", FieldDetect: "2026-11-23T15:10Z", FieldEnd: "2026-11-23T16:05Z"},
		"# Звіт 2026-11-19\n\nУсі часи за Києвом (EET, UTC+2).\n\n## Summary\n\n" +
			"О 08:03 застосунок почав показувати порожній розклад. О 08:20 спрацювало попередження. О 10:40 розклад знову відображався правильно.\n": {
			FieldStart: "2026-11-19T06:03Z", FieldDetect: "2026-11-19T06:20Z", FieldEnd: "2026-11-19T08:40Z"},
		"# Αναφορά 2026-11-29\n\nΌλες οι ώρες είναι ώρα Ελλάδας (EET).\n\n## Summary\n\n" +
			"Στις 10:15 μ.μ. οι πληρωμές άρχισαν να απορρίπτονται. Στις 11:02 μ.μ. ο έλεγχος ειδοποίησε τον εφημερεύοντα. Στις 11:40 μ.μ. οι πληρωμές περνούσαν κανονικά.\n": {
			FieldStart: "2026-11-29T20:15Z", FieldDetect: "2026-11-29T21:02Z", FieldEnd: "2026-11-29T21:40Z"},
	} {
		wantTimes(t, src, want)
	}
}

// A tracker's "Start date" that gives no time of day does not date a
// narrative that names its own day; "at 01:35 on Thursday, when
// deliveries returned to normal" is the end, on the day the timeline's
// entry past midnight falls on.
func TestNarrativeDayOverTrackerDate(t *testing.T) {
	src := "# OPS-9 Webhooks re-delivered\n\n| Property | Value |\n| --- | --- |\n| Start date | Nov 26, 2026 |\n\n## Summary\n\nCustomers got the same event many times.\n\n" +
		"## What happened\n\nTimes are Singapore time (SGT).\n\nAt 22:50 on Wed 25 Nov a deploy changed the worker. At 23:20 the queue alert paged Arif. " +
		"The worker was rolled back at 01:20; retries kept going until Arif purged them, at 01:35 on Thursday, when deliveries returned to normal.\n\n" +
		"## Timeline\n\n- 22:50 — worker deployed\n- 23:20 — queue alert pages Arif\n- 01:20 — rollback complete, service recovered\n- 01:35 — stale retries purged\n"
	wantTimes(t, src, map[string]string{FieldDetect: "2026-11-25T15:20Z", FieldEnd: "2026-11-25T17:35Z"})
}

// A day named in a narrative with a month of Cyrillic letters ("у
// четвер, 19 листопада,") dates its times, and an info box's sentence
// ("Усі часи — за Києвом (EET, UTC+2).") gives their zone, even where
// the box's line is long; a detection before the start stays before it.
func TestNarrativeCyrillicDayAndBoxedZone(t *testing.T) {
	src := "# Звіт про інцидент: порожній розклад\n\n{{info}}\nПростір: Клініка › ІТ › Інциденти › 2026. Сторінку створено з шаблону «Постінцидентний огляд» для відділу. Усі часи — за Києвом (EET, UTC+2).\n{{/info}}\n\n" +
		"**Огляд проведено:** 25.11.2026\n\n## Що сталося\n\n" +
		"Моніторинг попередив раніше: о 07:52 у четвер, 19 листопада, спрацювало попередження про чергу. О 08:03 сервіс почав віддавати порожні слоти.\n\n" +
		"О 10:40 розклад знову відображався правильно.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-19T06:03Z", FieldDetect: "2026-11-19T05:52Z", FieldEnd: "2026-11-19T08:40Z"})
}

// A span after a word of the outage ("broken from 6:38pm to 8:05pm",
// "Broken from 23:20 Sat until 02:40 Sun") is the window of the impact:
// its times are the start and the end, over a time an earlier clause
// gave ("at 7:48pm I compared … a broken one"), in the summary's prose
// as in a narrative's; a span after other words is work done in it.
func TestWindowAfterOutageWord(t *testing.T) {
	const story = "the forms plugin auto-updated itself at 6:38pm and orders stopped saving.\n\n" +
		"I got to a laptop at 7:20pm. at 7:48pm I compared the last good order with a broken one and saw the error. " +
		"from 7:20 to 7:48 I also re-shared the sheet twice.\n\n" +
		"rolled the plugin back at 7:58pm, back to normal at 8:05pm.\n\n"
	for name, c := range map[string]struct {
		src  string
		want map[string]string
	}{
		"summary": {"preorder form outage - sat nov 21 2026\n\nall times eastern (EST)\n\n" + story + "so: broken from 6:38pm to 8:05pm, we knew from 7:05pm.\n",
			map[string]string{FieldStart: "2026-11-21T23:38Z", FieldEnd: "2026-11-22T01:05Z"}},
		"narrative": {"# Preorder form outage, 21 November 2026\n\nAll times are EST.\n\n## What happened\n\n" + story + "So: broken from 6:38pm to 8:05pm.\n",
			map[string]string{FieldStart: "2026-11-21T23:38Z", FieldEnd: "2026-11-22T01:05Z"}},
		"weekdays": {"# Docks offline\n\nNight of Sat 28 Nov 2026. All times are CET (UTC+1).\n\nBroken from 23:20 Sat until 02:40 Sun. Riders could not return bikes.\n",
			map[string]string{FieldStart: "2026-11-28T22:20Z", FieldEnd: "2026-11-29T01:40Z"}},
	} {
		t.Run(name, func(t *testing.T) { wantTimes(t, c.src, c.want) })
	}
	for _, work := range []string{"From 7:20 to 7:48 I re-shared the sheet twice.", "The fix was rolled out from 7:20 to 7:48pm."} {
		doc := mustParse(t, []byte("# Sheet outage, 21 November 2026\n\nAll times are EST.\n\n## What happened\n\nThe add-on failed at 6:38pm. "+work+"\n"))
		if end, ok := doc.Time(FieldEnd); ok && end.Err == nil && end.Time.UTC().Hour() == 0 && end.Time.UTC().Minute() == 48 {
			t.Errorf("%q: a span of work read as the window: end %v", work, end.Time)
		}
	}
}
