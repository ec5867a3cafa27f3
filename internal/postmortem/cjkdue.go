package postmortem

import (
	"strings"
	"time"
)

// Due dates as Chinese, Japanese and Korean follow-up lists write them
// without a year: a month and a day ("12月18日", "12월 18일"), the end
// of a month ("12月末", "12月底", "12월 말"), the year's end ("年内",
// "年末", "연내") and the end of this or the next month ("今月末",
// "来月末"), and a month and a day with the weekday after them in
// brackets ("11/26(木)", "11/27(금)"), which these languages write
// month first.

// cjkMonthDayRe is a month and a day, or a month's end, without a year;
// a month's end may have its year before it ("2027年1月末", "2027년 1월
// 말"), as a full date's day does.
var cjkMonthDayRe = lazyRe(`^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일号號]|(末|底|말|下旬))(?:\s*(?:まで|までに|前|之前|以前|까지))?$`)

// cjkSlashWeekdayRe is "11/26(木)": month first, a weekday in brackets.
var cjkSlashWeekdayRe = lazyRe(`^(\d{1,2})/(\d{1,2})\s*[(（][月火水木金土日一二三四五六天월화수목금토일][)）]$`)

// cjkPeriodEnds are the words for the end of a period relative to the
// review's day: 0 the year's end, 1 this month's, 2 the next month's.
var cjkPeriodEnds = map[string]int{
	"年内": 0, "年末": 0, "今年中": 0, "年底": 0, "今年内": 0, "연내": 0, "연말": 0, "올해 안": 0,
	"月末": 1, "今月末": 1, "今月中": 1, "本月底": 1, "月底": 1, "이번 달 말": 1,
	"来月末": 2, "翌月末": 2, "下月底": 2, "下个月底": 2, "다음 달 말": 2,
}

// cjkDue reads the forms above, the year from base (dueInYear).
func cjkDue(v string, base time.Time) (time.Time, bool) {
	if base.Year() <= 1 || v == "" {
		return time.Time{}, false
	}
	if m := cjkMonthDayRe.FindStringSubmatch(v); m != nil {
		mo := time.Month(atoi(m[2]))
		if mo < 1 || mo > 12 {
			return time.Time{}, false
		}
		end := func(y int) (time.Time, bool) { return monthEnd(time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), 0), true }
		switch {
		case m[1] != "" && m[4] != "":
			return end(atoi(m[1]))
		case m[1] != "":
			return time.Time{}, false // a full date, read where dates are
		case m[4] != "":
			return dueInYear(base, end)
		}
		return dueInYear(base, func(y int) (time.Time, bool) { return dueDay(y, mo, atoi(m[3])) })
	}
	if m := cjkSlashWeekdayRe.FindStringSubmatch(v); m != nil {
		return dueInYear(base, func(y int) (time.Time, bool) { return dueDay(y, time.Month(atoi(m[1])), atoi(m[2])) })
	}
	for _, suffix := range []string{"までに", "まで", "까지", "前"} {
		if rest := strings.TrimSuffix(v, suffix); rest != v && rest != "" {
			v = strings.TrimSpace(rest)
			break
		}
	}
	switch n, ok := cjkPeriodEnds[v]; {
	case !ok:
		return time.Time{}, false
	case n == 0:
		return dueDay(base.Year(), time.December, 31)
	default:
		return monthEnd(base, n-1), true
	}
}
