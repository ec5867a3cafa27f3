package postmortem

import "testing"

// A length under a label of another language, in its units ("Dauer: 68
// Minuten", "影响时长：68分钟"), or with a decimal or a clock's colon
// ("1.5 hours", "1:08"), gives the end from the start; a span under such
// a label gives both. A clock of ten hours or more is a time of day, and
// a length under a label of no span is none.
func TestLengthsInWordsAndForms(t *testing.T) {
	doc := func(label, value string) string {
		return "# Checkout outage\n\n**Start:** 2026-11-03 14:02 UTC\n**" + label + ":** " + value + "\n\n## Summary\n\nCheckout failed.\n"
	}
	end := func(name, label, value, want string) momentProbe {
		return momentProbe{name, doc(label, value), nov3 + "14:02Z", "", want}
	}
	at1510, at1532 := nov3+"15:10Z", nov3+"15:32Z"
	checkMomentProbes(t, []momentProbe{
		end("de", "Dauer", "68 Minuten", at1510),
		end("de abbreviated", "Ausfalldauer", "1 Std. 8 Min.", at1510),
		end("de decimal comma", "Störungsdauer", "1,5 Std.", at1532),
		end("fr hours then minutes", "Durée", "1 h 08", at1510),
		end("fr label with article", "Durée de l'incident", "68 minutes", at1510),
		end("es", "Duración", "68 minutos", at1510),
		end("pt", "Duração", "1 hora e 8 minutos", "-"),
		end("it", "Durata", "68 minuti", at1510),
		end("nl", "Storingsduur", "68 minuten", at1510),
		end("pl", "Czas trwania", "68 minut", at1510),
		end("ru", "Длительность", "1 ч 8 мин", at1510),
		end("uk, a capital of another first byte", "Тривалість", "68 хвилин", at1510),
		end("el, a capital of another first byte", "Περίοδος", "2026-11-03 14:02–15:10 UTC", at1510),
		end("zh dense", "影响时长", "68分钟", at1510),
		end("ja dense", "障害時間", "1時間8分", at1510),
		end("ko", "장애 시간", "1시간 8분", at1510),
		end("tr", "Kesinti süresi", "68 dakika", at1510),
		end("english total", "Total duration", "68 minutes", at1510),
		end("english decimal", "Duration", "1.5 hours", at1532),
		end("clock form", "Duration", "1:08", at1510),
		end("clock form with unit", "Duration", "01:08 h", at1510),
		end("note after", "Dauer", "68 Minuten (laut Dashboard)", at1510),
		end("span", "Zeitraum", "2026-11-03 14:02–15:10 UTC", at1510),
		end("clock of a day", "Duration", "14:08", "-"),
		end("words after", "Dauer", "68 Minuten, dann erneut 10 Minuten", "-"),
		end("no unit", "Dauer", "68", "-"),
		end("a meeting's", "Dauer der Nachbesprechung", "60 Minuten", "-"),
		end("unknown unit", "Durée", "68 tours", "-"),
	})
}

// A label of how the incident was found gives the detection from the
// time its value holds after words ("Detected by: monitoring at 14:09
// UTC"), or from its value where that is a time ("Page sent: 14:09 UTC");
// not from a value with no time, or with two.
func TestDetectionFromHowLabels(t *testing.T) {
	doc := func(line string) string {
		return "# Checkout outage\n\n**Start:** 2026-11-03 14:02 UTC\n" + line + "\n\n## Summary\n\nCheckout failed.\n"
	}
	checkMomentProbes(t, []momentProbe{
		{"detected by", doc("Detected by: monitoring at 14:09 UTC"), "", nov3 + "14:09Z", ""},
		{"how detected", doc("How detected: PagerDuty alert, 14:09 UTC"), "", nov3 + "14:09Z", ""},
		{"method", doc("**Detection method:** automated alert (14:09 UTC)"), "", nov3 + "14:09Z", ""},
		{"page sent", doc("Page sent: 14:09 UTC"), "", nov3 + "14:09Z", ""},
		{"on-call paged", doc("- On-call paged: 14:09 UTC"), "", nov3 + "14:09Z", ""},
		{"no time", doc("Detected by: Dana Ruiz"), "", "-", ""},
		{"two times", doc("Detected by: alerts at 14:09 and 14:12 UTC"), "", "-", ""},
	})
}
