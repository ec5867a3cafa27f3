package postmortem

import "testing"

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
