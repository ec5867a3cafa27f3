package postmortem

import (
	"strings"
	"testing"
)

// momentProbe is a small post-mortem and the start, detection and end
// it must read: "" for any, "-" for none, else the time in UTC.
type momentProbe struct {
	name, doc          string
	start, detect, end string
}

func checkMomentProbes(t *testing.T, probes []momentProbe) {
	t.Helper()
	for _, c := range probes {
		d, err := Parse([]byte(c.doc), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, kv := range [...][2]string{{FieldStart, c.start}, {FieldDetect, c.detect}, {FieldEnd, c.end}} {
			if kv[1] == "" {
				continue
			}
			got := "-"
			if e, ok := d.Time(kv[0]); ok {
				got = e.Time.UTC().Format("2006-01-02T15:04Z")
				if e.Err != nil {
					got = "error: " + e.Err.Error()
				}
			}
			if got != kv[1] {
				t.Errorf("%s: %s is %s, want %s", c.name, kv[0], got, kv[1])
			}
		}
	}
}

// timelineDoc is a post-mortem dated by a field whose timeline holds
// entries, under a heading.
func timelineDoc(heading string, entries ...string) string {
	return "# Checkout outage\n\n**Date:** 2026-11-03\n\n## Summary\n\nCheckout failed for some customers.\n\n## " + heading +
		"\n\n- " + strings.Join(entries, "\n- ") + "\n\n## Action items\n\n- [ ] Add an alert — @dana\n"
}

const nov3 = "2026-11-03T"

// A timeline's last entry says the service was well again in everyday
// words that name no moment: that entry is the end.
func TestTimelineSettledWords(t *testing.T) {
	var probes []momentProbe
	for _, last := range []string{
		"Error rate back to baseline", "Errors subsided", "p99 latency normalized", "Latency normalised across regions",
		"All queues drained", "Backlog cleared", "Consumers caught up", "Incident team stood down", "IC ends the incident",
		"All health checks green", "Checkout success rate back at 99.9%", "5xx rate back under 0.1%", "Errors stopped",
		"Recovery confirmed by support", "Error rate dropped to zero",
	} {
		probes = append(probes, momentProbe{last, timelineDoc("Timeline (all times UTC)", "14:02 — Error rate climbs", "14:09 — On-call paged", "15:47 — "+last), nov3 + "14:02Z", nov3 + "14:09Z", nov3 + "15:47Z"})
	}
	checkMomentProbes(t, probes)
}

// Words that only look like it are no end: a rollback to a version, a
// pool scaled back to a size; and a sentence of the summary that gives
// the end outweighs the timeline's everyday words.
func TestTimelineSettledWordsNot(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"rolled back to a version", timelineDoc("Timeline (UTC)", "14:02 — Errors begin", "14:09 — Alert fired", "15:47 — Service rolled back to 2026.40.1"), nov3 + "14:02Z", nov3 + "14:09Z", "-"},
		{"scaled back", timelineDoc("Timeline (UTC)", "14:02 — Errors begin", "14:09 — Alert fired", "15:47 — The autoscaler scales it back to 2"), "", "", "-"},
		{"summary outweighs", "# Checkout outage\n\n**Date:** 2026-11-03\n\n## Summary\n\nCheckout failed from 14:02 UTC. Service was fully restored at 15:20 UTC.\n\n## Timeline (UTC)\n\n- 14:02 — Errors begin\n- 14:09 — Alert fired\n- 15:47 — All queues drained\n", "", "", nov3 + "15:20Z"},
		{"deploy before the start", timelineDoc("Timeline (UTC)", "11:00 — Deploy of v2.3 completed", "14:02 — Errors begin", "14:09 — Alert fired", "15:47 — Errors back to zero"), nov3 + "14:02Z", nov3 + "14:09Z", nov3 + "15:47Z"},
	})
}

// An entry that says a monitor or a check told the team is the
// detection: "Datadog monitor triggered", "Page acknowledged",
// "Synthetic check failed".
func TestTimelineDetectionWords(t *testing.T) {
	var probes []momentProbe
	for _, mid := range []string{"Datadog monitor triggered", "Page acknowledged by @lee", "Synthetic check failed in Pingdom", "Uptime probe failing from three regions", "CloudWatch alarm triggered"} {
		probes = append(probes, momentProbe{mid, timelineDoc("Timeline (all times UTC)", "14:02 — Errors climb", "14:09 — "+mid, "15:47 — Resolved"), "", nov3 + "14:09Z", nov3 + "15:47Z"})
	}
	// A customer's ticket is not: teams count the alert that told them.
	probes = append(probes, momentProbe{"ticket", timelineDoc("Timeline (UTC)", "14:02 — Errors climb", "14:05 — First customer ticket arrives", "14:09 — Alert fired", "15:47 — Resolved"), "", nov3 + "14:09Z", ""})
	checkMomentProbes(t, probes)
}

// A timeline in another language says the detection and the end in the
// words of its entries.
func TestTimelineMomentWordsInLanguages(t *testing.T) {
	var probes []momentProbe
	for _, c := range []struct{ lang, heading, rise, alert, over string }{
		{"de", "Zeitablauf", "Fehlerrate steigt auf 30 %", "Alarm in Grafana ausgelöst", "Fehlerrate wieder normal"},
		{"de compound", "Zeitablauf", "Checkout fällt aus", "Speicheralarm auf db-1", "Störung behoben"},
		{"fr", "Chronologie", "Le taux d'erreur augmente", "Alerte déclenchée dans PagerDuty", "Service rétabli"},
		{"es", "Cronología", "Sube la tasa de errores", "Se dispara la alerta", "Servicio restablecido"},
		{"pt", "Linha do tempo", "Taxa de erros sobe", "Alerta disparado", "Serviço normalizado"},
		{"it", "Cronologia", "Aumentano gli errori", "Scatta l'allarme", "Servizio ripristinato"},
		{"nl", "Tijdlijn", "Foutpercentage stijgt", "Melding van Grafana", "Dienst hersteld"},
		{"pl", "Oś czasu", "Rośnie liczba błędów", "Wykryto wzrost błędów", "Usługa przywrócona"},
		{"sv", "Tidslinje", "Felfrekvensen stiger", "Larm utlöses", "Tjänsten återställd"},
		{"da", "Tidslinje", "Fejlraten stiger", "Varsel fra overvågning", "Tjenesten genoprettet"},
		{"fi", "Aikajana", "Virheet lisääntyvät", "Hälytys laukesi", "Palvelu palautettu"},
		{"ru", "Хронология", "Растёт доля ошибок", "Сработал алерт", "Сервис восстановлен"},
		{"uk", "Хронологія", "Зростає кількість помилок", "Спрацював алерт", "Сервіс відновлено"},
		{"tr", "Zaman çizelgesi", "Hata oranı artıyor", "Uyarı geldi", "Servis normale döndü"},
		{"cs", "Časová osa", "Roste chybovost", "Zjištěn výpadek", "Služba obnovena"},
		{"hu", "Idővonal", "Nő a hibaarány", "Riasztás érkezett", "Szolgáltatás helyreállt"},
		{"ro", "Cronologie", "Crește rata de erori", "Problemă semnalată de monitorizare", "Serviciul restabilit"},
		{"el", "Χρονολόγιο", "Αυξάνονται τα σφάλματα", "Ενεργοποιήθηκε ειδοποίηση", "Η υπηρεσία αποκαταστάθηκε"},
		{"id", "Linimasa", "Tingkat galat naik", "Peringatan terpicu", "Layanan pulih"},
		{"vi", "Dòng thời gian", "Tỷ lệ lỗi tăng", "Cảnh báo kích hoạt", "Dịch vụ đã khôi phục"},
		{"ja", "タイムライン", "エラー率が上昇", "アラート発報", "サービス復旧"},
		{"zh", "时间线", "错误率上升", "告警触发", "服务恢复"},
		{"ko", "타임라인", "오류율 상승", "알림 발생", "서비스 복구"},
		{"ar", "الجدول الزمني", "ارتفاع معدل الأخطاء", "إطلاق تنبيه", "استعادة الخدمة"},
		{"he", "ציר זמן", "שיעור השגיאות עולה", "התראה נשלחה", "השירות שוחזר"},
		{"th", "ลำดับเหตุการณ์", "อัตราข้อผิดพลาดเพิ่มขึ้น", "ระบบแจ้งเตือน", "บริการกลับมาใช้งานได้"},
	} {
		probes = append(probes, momentProbe{c.lang, timelineDoc(c.heading, "14:02 — "+c.rise, "14:09 — "+c.alert, "14:30 — Rollback", "15:47 — "+c.over), nov3 + "14:02Z", nov3 + "14:09Z", nov3 + "15:47Z"})
	}
	checkMomentProbes(t, probes)
}

// Not the end: an entry that says the trouble is back ("wieder", which
// is "again"), or that it is not yet over; nor is a complaint after the
// end the detection.
func TestTimelineMomentWordsInLanguagesNot(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"de again", timelineDoc("Zeitablauf", "14:02 — Fehlerrate steigt", "14:09 — Alarm ausgelöst", "15:47 — Fehler treten wieder auf"), "", nov3 + "14:09Z", "-"},
		{"de not yet", timelineDoc("Zeitablauf", "14:02 — Fehlerrate steigt", "14:09 — Alarm ausgelöst", "15:47 — Problem noch nicht behoben, Eskalation"), "", "", "-"},
		{"es not yet", timelineDoc("Cronología", "14:02 — Sube la tasa de errores", "14:09 — Alerta", "15:47 — Todavía no resuelto"), "", "", "-"},
		{"fr not", timelineDoc("Chronologie", "14:02 — Le taux d'erreur augmente", "14:09 — Alerte", "15:47 — Le problème n'est pas résolu"), "", "", "-"},
		{"ru not", timelineDoc("Хронология", "14:02 — Растёт доля ошибок", "14:09 — Сработал алерт", "15:47 — Сервис не восстановлен"), "", "", "-"},
		{"zh not yet", timelineDoc("时间线", "14:02 — 错误率上升", "14:09 — 告警触发", "15:47 — 服务尚未恢复"), "", "", "-"},
		{"pt complaint", timelineDoc("Linha do tempo", "14:05 — Primeiros coletores deslogados", "15:00 — Rollback", "16:40 — Última reclamação; separação normalizada"), "", "-", nov3 + "16:40Z"},
		{"de unseen alert", timelineDoc("Zeitablauf", "14:02 — Fehlerrate steigt", "14:09 — Alarm ausgelöst, but nobody saw it", "15:47 — Störung behoben"), "", "-", ""},
	})
}

// A field of how long the detection took from the start gives it where
// nothing else does: "Time to detect: 12 min", "TTD: 12m", in a table of
// figures too; a clock is no length, the time to acknowledge names no
// moment of the three, and the time to recover is no end.
func TestStepLengthsFromStart(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"time to detect", "# Checkout outage\n\n**Start:** 2026-11-03 14:02 UTC\n**Time to detect:** 12 min\n**Time to resolve:** 1h 45m\n\n## Summary\n\nCheckout failed.\n", nov3 + "14:02Z", nov3 + "14:14Z", "-"},
		{"TTD", "# Checkout outage\n\n**Impact start:** 2026-11-03 14:02 UTC\n**TTD:** 12m\n\n## Summary\n\nCheckout failed.\n", nov3 + "14:02Z", nov3 + "14:14Z", ""},
		{"figures table", "# Checkout outage\n\n**Impact start:** 2026-11-03 14:02 UTC\n\n| Metric | Value |\n|---|---|\n| Time to detect | 12 minutes |\n\n## Summary\n\nCheckout failed.\n", nov3 + "14:02Z", nov3 + "14:14Z", ""},
		{"stated detection first", "# Checkout outage\n\n**Start:** 2026-11-03 14:02 UTC\n**Detected:** 2026-11-03 14:10 UTC\n**Time to detect:** 12 min\n\n## Summary\n\nCheckout failed.\n", "", nov3 + "14:10Z", ""},
		{"clock", "# Checkout outage\n\n**Start:** 2026-11-03 14:02 UTC\n**TTD:** 14:14\n\n## Summary\n\nCheckout failed.\n", "", "-", ""},
		{"acknowledge", "# Checkout outage\n\n**Start:** 2026-11-03 14:02 UTC\n**Time to acknowledge:** 3m\n\n## Summary\n\nCheckout failed.\n", "", "-", "-"},
	})
}

// An English summary's clauses say the detection and the end in more
// everyday words: "the first report came in at", "By 16:05
// all queues had drained".
func TestClauseMomentsEverydayWords(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"report and drained", "# Checkout outage\n\n**Date:** 2026-11-03\n\n## Summary\n\nThe outage began at 14:02 UTC. The first report came in at 14:20 UTC. By 16:05 UTC all queues had drained.\n\n## Action items\n\n- [ ] Add a check — @dana\n", nov3 + "14:02Z", nov3 + "14:20Z", nov3 + "16:05Z"},
		{"stabilized", "# Checkout outage\n\n**Date:** 2026-11-03\n\n## Summary\n\nCheckout went down at 14:02 UTC and stabilized at 15:10 UTC.\n", nov3 + "14:02Z", "", nov3 + "15:10Z"},
	})
}

// A span under a label of a span of time ("Timeframe", "Time range",
// "Affected window") gives the start and the end; "When" does not, as
// a review meeting's notes give their own time under it.
func TestSpanUnderWhenLabels(t *testing.T) {
	var probes []momentProbe
	for _, label := range []string{"Timeframe", "Period", "Span", "Time window", "Time range", "Affected window", "Affected period"} {
		probes = append(probes, momentProbe{label, "# Checkout outage\n\n**" + label + ":** 2026-11-03, 14:02–15:47 UTC\n\n## Summary\n\nCheckout failed.\n", nov3 + "14:02Z", "", nov3 + "15:47Z"})
	}
	probes = append(probes,
		momentProbe{"past midnight", "# Checkout outage\n\n**Date:** 2026-11-03\n**Time window:** 23:40–01:15 UTC\n\n## Summary\n\nCheckout failed.\n", nov3 + "23:40Z", "", "2026-11-04T01:15Z"},
		momentProbe{"meeting", "# Review of the checkout outage\n\n**When:** Tuesday, 10 November 2026 10:00 – 10:45 UTC\n\n## Summary\n\nCheckout failed.\n", "-", "", "-"},
	)
	checkMomentProbes(t, probes)
}
