package postmortem

import "testing"

// A timeline's entry in Croatian or Vietnamese says the detection or
// the end in everyday words: "javlja" (reports), "radi normalno" (works
// normally), "khắc phục xong" (fix done).
func TestTimelineEntryWords46(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"croatian", "# Zastoj skladišta\n\n**Datum:** 2026-08-14\n\n## Vremenski tijek (UTC)\n\n" +
			"| Vrijeme | Događaj |\n|---|---|\n| 08:10 | Skener prestaje slati očitanja |\n| 08:32 | Voditelj smjene javlja dežurnoj službi da skeneri stoje |\n| 09:05 | Skeneri rade normalno |\n",
			"2026-08-14T08:10Z", "2026-08-14T08:32Z", "2026-08-14T09:05Z"},
		{"vietnamese", "# Sự cố thanh toán\n\n**Ngày:** 2026-08-14\n\n## Dòng thời gian (UTC)\n\n" +
			"- **08:10** — Cổng thanh toán bắt đầu từ chối giao dịch\n- **08:21** — Cảnh báo từ hệ thống giám sát\n- **09:02** — Giao dịch được xử lý lại (khắc phục xong)\n",
			"2026-08-14T08:10Z", "2026-08-14T08:21Z", "2026-08-14T09:02Z"},
	})
}
