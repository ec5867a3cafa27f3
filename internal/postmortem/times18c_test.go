package postmortem

import (
	"fmt"
	"testing"
)

// A field that gives the zone of every time under a label that says
// more than the zone's name ("Time zone of this page", "Clock used",
// "Timezone for all entries"), and a zone field whose value goes on with
// a sentence that names another zone ("Clock: Bangkok, UTC+07:00. The
// whole night falls on 2 December in UTC."): the field's own zone is
// the one the times are in.
func TestZoneFieldsWithLongerLabels(t *testing.T) {
	want := map[string]string{FieldStart: "2026-12-04T21:40Z", FieldDetect: "2026-12-04T22:05Z"}
	entries := "\n\n## Timeline\n\n- 23:40 — first door refuses a valid PIN\n- 00:05 — paged: unlock failures reach on-call\n"
	for _, c := range []struct{ name, fields string }{
		{"zone of this page", "| Property | Value |\n| --- | --- |\n| Incident date | 2026-12-04 |\n| Time zone of this page | Europe/Helsinki |"},
		{"clock used", "Owner of this review: Aino L.\nIncident date: 2026-12-04\nClock used: UTC+2"},
		{"timezone for entries", "**Incident date:** 2026-12-04\n**Timezone for all entries:** EET"},
		{"clock, then a sentence", "Incident commander: Aino L.\nIncident date: 2026-12-04\nClock: Helsinki, UTC+02:00. The night ends on 4 December in UTC."},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, "# Saunas locked\n\n"+c.fields+entries, want) })
	}
}

// Timeline entries that open with the word of the morning or the
// afternoon before a 12-hour clock, as Korean, Japanese and Chinese
// write them ("오후 11:20", "午後 11:20", "下午 11:20"), across local
// midnight ("오전 12:25" is 00:25 of the next day); the zone field's
// offset ("UTC+09:00") is no clock of its own.
func TestDayPartWordBeforeClockOpensEntry(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"korean", "# 결제 장애\n\n**발생일:** 2026-12-05\n**시간 기준:** 한국 표준시 (KST, UTC+09:00)\n\n## 타임라인\n\n" +
			"- 오후 11:20 — 첫 이중 승인 발생\n- 오후 11:34 — 당직자 호출\n- 오전 12:25 — 설정 원복\n"},
		{"japanese", "# 決済障害\n\n**発生日:** 2026-12-05\n**タイムゾーン:** JST\n\n## タイムライン\n\n" +
			"- 午後 11:20 — 二重決済が発生\n- 午後 11:34 — 当番を呼び出し\n- 午前 0:25 — 設定を戻した\n"},
		{"chinese", "# 支付故障\n\n**发生日期:** 2026-12-05\n**时区:** UTC+9\n\n## 时间线\n\n" +
			"- 下午 11:20 — 重复扣款开始\n- 下午 11:34 — 值班人员被呼叫\n- 上午 12:25 — 配置回滚\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := wantTimes(t, c.src, map[string]string{FieldStart: "2026-12-05T14:20Z"})
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Time.UTC().Format("2006-01-02T15:04Z"))
			}
			if want := "[2026-12-05T14:20Z 2026-12-05T14:34Z 2026-12-05T15:25Z]"; fmt.Sprint(got) != want {
				t.Errorf("entries at %v, want %s", got, want)
			}
		})
	}
}

// A block of bold fields whose first label holds the name of a section
// ("Lessons owner", "회고 담당", a review's owner) is a block of fields:
// the incident's day below it is read, not hidden in a section.
func TestFieldBlockLedBySectionWord(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"english", "# Outage\n\n**Lessons owner:** Kim\n**Incident date:** 2026-12-05\n\n## Timeline\n\n- 23:20 — first double charge\n", "2026-12-05T23:20Z"},
		{"korean", "# 결제 장애\n\n**회고 담당:** 한지민\n**발생일:** 2026년 12월 5일 (토)\n**시간 기준:** KST\n\n## 타임라인\n\n- 23:20 — 첫 이중 승인 발생\n", "2026-12-05T14:20Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.want}) })
	}
}

// An entry whose last clause, after a comma, is the vocabulary's label
// of a moment marks that moment: "새 이중 승인 없음 확인, 장애 종료"
// ("no new double charge seen, incident end").
func TestEntryClauseLabelMarks(t *testing.T) {
	src := "# 결제 장애\n\n**발생일:** 2026-12-05\n**시간 기준:** KST\n\n## 타임라인\n\n" +
		"- 23:20 — 첫 이중 승인 발생\n- 00:25 — 설정 원복, 대기열 비움\n- 01:05 — 새 이중 승인 없음 확인, 장애 종료\n- 02:10 — 고객 안내 발송\n"
	wantTimes(t, src, map[string]string{FieldEnd: "2026-12-05T16:05Z"})
}
