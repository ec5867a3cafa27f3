package postmortem

import (
	"testing"
	"time"
)

// A post-mortem sent as a mail closes its follow-ups with thanks, the
// writer's name and role, and the replies quoted below: none of them is
// an action.
func TestThanksClosesMail(t *testing.T) {
	src := "# Invoices held\n\n**Follow-ups**\n\n" +
		"1. Rotate the key in two steps — Rafael Ortiz — open\n\n" +
		"Thanks to Priya for the early heads-up.\n\n" +
		"Dana Whitcombe\nIncident lead, Billing\nLedgerpine\n\n---\n\n" +
		"**From:** Rafael Ortiz <rafael@example.com>\n**Date:** 11/30/2026, 3:02 PM\n\nLooks right to me.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Rotate the key in two steps|Rafael Ortiz|||Open"})
}

// A chat export's replies under the follow-ups open with the reply's
// kind in bold, the author and the date: a header, not an action.
func TestThreadReplyHeader(t *testing.T) {
	src := "# Bookings down\n\n## Follow-ups\n\n" +
		"- ☐ Load-test the pool — @tomasz — by 11 Dec 2026\n\n" +
		"**Thread reply** · jonah.price · Tue 1 Dec 2026 17:05\n> I'll take the batch one.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Load-test the pool|tomasz|2026-12-11||Open"})
}

// A due date written with the dot Serbian and Croatian end a date with,
// "15.01.2027.", is that day.
func TestDottedDueWithFinalDot(t *testing.T) {
	src := "# Kase\n\n## Dalje aktivnosti\n\n| Podzadatak | Odgovorni | Rok | Status |\n| --- | --- | --- | --- |\n" +
		"| Nadzor nad računima | @milica | 15.01.2027. | U toku |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Nadzor nad računima|milica|2027-01-15||Open"})
}

// The end of a month with its year after the period word, "jaanuari
// lõpp 2027", is that month's last day in that year.
func TestMonthEndWithYearAfter(t *testing.T) {
	if got, ok := monthEndDue("jaanuari lõpp 2027", time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)); !ok || got.Format("2006-01-02") != "2027-01-31" {
		t.Errorf("jaanuari lõpp 2027: %v %v", got, ok)
	}
}

// A due date written month first in another language, "Disyembre 14,
// 2026", is that day.
func TestLocalMonthFirstDue(t *testing.T) {
	if got, ok := localDue("Disyembre 14, 2026", time.Time{}, false); !ok || got.Format("2006-01-02") != "2026-12-14" {
		t.Errorf("Disyembre 14, 2026: %v %v", got, ok)
	}
}
