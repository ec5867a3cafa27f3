package postmortem

import (
	"testing"
	"time"
)

// The words a language writes before a clock ("saat", "o godz.", "в",
// "às", "lúc", "στις", "בשעה", "الساعة"), after it ("Uhr", "ч.", "óra",
// "น.", "-kor") and between its hour and minutes ("14 giờ 05", "14 óra
// 5 perc"), the half of the day in words ("2:05 de la tarde", "2:05
// CH"), noon and midnight, and days written as each language's long
// and year-first forms give them (the year's word "г.", "r.", "р.";
// "2026. november 2."; "2026. gada 2. novembrī"; Thai's Buddhist era;
// "tháng 11"; "تشرين الثاني") read as the clock and day they are.
func TestClockAndDayInEachLanguage(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, want string }{
		{"klockan 14.05", "2026-11-02T14:05Z"},
		{"saat 14:05", "2026-11-02T14:05Z"},
		{"saat 14.05", "2026-11-02T14:05Z"},
		{"o godz. 14:05", "2026-11-02T14:05Z"},
		{"o 14:05", "2026-11-02T14:05Z"},
		{"в 14:05", "2026-11-02T14:05Z"},
		{"о 14:05", "2026-11-02T14:05Z"},
		{"14:05 ч.", "2026-11-02T14:05Z"},
		{"в 14:05 ч.", "2026-11-02T14:05Z"},
		{"14 Uhr", "2026-11-02T14:00Z"},
		{"noon", "2026-11-02T12:00Z"},
		{"12 noon", "2026-11-02T12:00Z"},
		{"midnight", "2026-11-02T00:00Z"},
		{"14u05", "2026-11-02T14:05Z"},
		{"om 14:05 uur", "2026-11-02T14:05Z"},
		{"às 14h05", "2026-11-02T14:05Z"},
		{"14:05 hs", "2026-11-02T14:05Z"},
		{"alle ore 14.05", "2026-11-02T14:05Z"},
		{"à 14 h 05", "2026-11-02T14:05Z"},
		{"14:05 óra", "2026-11-02T14:05Z"},
		{"14:05-kor", "2026-11-02T14:05Z"},
		{"14 óra 5 perc", "2026-11-02T14:05Z"},
		{"lúc 14:05", "2026-11-02T14:05Z"},
		{"14 giờ 05", "2026-11-02T14:05Z"},
		{"14g05", "2026-11-02T14:05Z"},
		{"jam 14:05", "2026-11-02T14:05Z"},
		{"เวลา 14:05 น.", "2026-11-02T14:05Z"},
		{"14.05 น.", "2026-11-02T14:05Z"},
		{"στις 14:05", "2026-11-02T14:05Z"},
		{"בשעה 14:05", "2026-11-02T14:05Z"},
		{"ב-14:05", "2026-11-02T14:05Z"},
		{"الساعة 14:05", "2026-11-02T14:05Z"},
		{"ora 14:05", "2026-11-02T14:05Z"},
		{"u 14:05", "2026-11-02T14:05Z"},
		{"u 14.05 h", "2026-11-02T14:05Z"},
		{"plkst. 14.05", "2026-11-02T14:05Z"},
		{"v 14:05", "2026-11-02T14:05Z"},
		{"ve 14:05", "2026-11-02T14:05Z"},
		{"2:05 CH", "2026-11-02T14:05Z"},
		{"2:05 SA", "2026-11-02T02:05Z"},
		{"2:05 de la tarde", "2026-11-02T14:05Z"},
		{"2026.11.02 14:05", "2026-11-02T14:05Z"},
		{"2026. 11. 02. 14:05", "2026-11-02T14:05Z"},
		{"2 novembre 2026 à 14h05", "2026-11-02T14:05Z"},
		{"le 2 novembre 2026 à 14 h 05", "2026-11-02T14:05Z"},
		{"2 listopada 2026 r., godz. 14:05", "2026-11-02T14:05Z"},
		{"2 ноября 2026 г., 14:05", "2026-11-02T14:05Z"},
		{"2 ноября 2026 года в 14:05", "2026-11-02T14:05Z"},
		{"2 листопада 2026 р. о 14:05", "2026-11-02T14:05Z"},
		{"2 ноември 2026 г., 14:05 ч.", "2026-11-02T14:05Z"},
		{"2026. november 2. 14:05", "2026-11-02T14:05Z"},
		{"2026. november 2., 14:05", "2026-11-02T14:05Z"},
		{"2 de novembro de 2026 às 14h05", "2026-11-02T14:05Z"},
		{"2 november 2026 om 14:05", "2026-11-02T14:05Z"},
		{"2 Kasım 2026 Pazartesi 14:05", "2026-11-02T14:05Z"},
		{"ngày 2 tháng 11 năm 2026 lúc 14:05", "2026-11-02T14:05Z"},
		{"2 พฤศจิกายน 2569 14:05", "2026-11-02T14:05Z"},
		{"2 พ.ย. 2569 14:05", "2026-11-02T14:05Z"},
		{"2.11.2026 г. 14:05", "2026-11-02T14:05Z"},
		{"2. studenoga 2026. u 14:05", "2026-11-02T14:05Z"},
		{"2 noiembrie 2026, ora 14:05", "2026-11-02T14:05Z"},
		{"2026. gada 2. novembrī 14:05", "2026-11-02T14:05Z"},
		{"2 listopadu 2026 v 14:05", "2026-11-02T14:05Z"},
		{"2. novembra 2026 o 14:05", "2026-11-02T14:05Z"},
		{"2 Kasım 2026 saat 14:05", "2026-11-02T14:05Z"},
		{"2 tháng 11, 2026 14:05", "2026-11-02T14:05Z"},
		{"2 تشرين الثاني 2026 14:05", "2026-11-02T14:05Z"},
	} {
		pt, err := ParseTime(c.in, base)
		if got := pt.Time.UTC().Format("2006-01-02T15:04Z"); err != nil || got != c.want {
			t.Errorf("%q: got %s (%v), want %s", c.in, got, err, c.want)
		}
	}
}

// A length of time written with the word of the hour ("2 h", "3 uur",
// "2 óra") is no clock, nor is a number after a word for "at" that no
// clock follows.
func TestHourWordsAloneAreNoClock(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, in := range []string{"2 h", "3 uur", "2 óra", "14 h", "o 2 dni później", "v2.05", "2 ч.", "at most 2 hours"} {
		if pt, err := ParseTime(in, base); err == nil {
			t.Errorf("%q read as %s", in, pt.Time.UTC().Format(time.RFC3339))
		}
	}
}

// Zones written as the abbreviations of Indonesia, Latin America,
// Russia, Quebec and Asia beyond the first rows of the table, an offset
// with a space before its sign ("UTC -3"), and a zone's name in another
// language ("московское время", "hora peninsular", "日本時間") give a
// clock its offset.
func TestZonesByAbbreviationAndLocalName(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		zone string
		off  int // minutes east of UTC on 2 November 2026
	}{
		{"WITA", 480},
		{"WIT", 540},
		{"PHST", 480},
		{"BRST", -120},
		{"COT", -300},
		{"PET", -300},
		{"UYT", -180},
		{"ECT", -300},
		{"ADT", -180},
		{"NST", -210},
		{"NDT", -150},
		{"IRST", 210},
		{"AFT", 270},
		{"UZT", 300},
		{"MMT", 390},
		{"ChST", 600},
		{"FJT", 720},
		{"IDT", 180},
		{"AZT", 240},
		{"KGT", 360},
		{"ALMT", 300},
		{"ULAT", 480},
		{"SLST", 330},
		{"UTC -3", -180},
		{"UTC +1", 60},
		{"московское время", 180},
		{"по московскому времени", 180},
		{"по Москве", 180},
		{"мск", 180},
		{"МСК", 180},
		{"日本時間", 540},
		{"北京时间", 480},
		{"北京時間", 480},
		{"한국 시간", 540},
		{"한국시간", 540},
		{"hora peninsular", 60},
		{"hora del centro de México", -360},
		{"ora italiana", 60},
		{"czasu polskiego", 60},
		{"deutscher Zeit", 60},
		{"svensk tid", 60},
		{"norsk tid", 60},
		{"dansk tid", 60},
		{"Türkiye saati", 180},
		{"giờ Việt Nam", 420},
		{"เวลาประเทศไทย", 420},
		{"שעון ישראל", 120},
		{"بتوقيت السعودية", 180},
		{"за київським часом", 120},
		{"台北時間", 480},
		{"香港時間", 480},
		{"CDMX", -360},
		{"hora de la Ciudad de México", -360},
	} {
		in := "2026-11-02 14:05 " + c.zone
		pt, err := ParseTime(in, base)
		want := time.Date(2026, 11, 2, 14, 5, 0, 0, time.UTC).Add(-time.Duration(c.off) * time.Minute)
		if err != nil || !pt.Time.Equal(want) {
			t.Errorf("%q: got %s (%v), want %s", in, pt.Time.UTC().Format(time.RFC3339), err, want.Format(time.RFC3339))
		}
	}
}

// A note in another language that names the document's zone in words
// ("Все время указано по московскому времени", "Todos os horários em
// horário de Brasília", "時刻はすべて日本時間です") gives every time its
// zone, as the clock words and long days of each language are read.
func TestLocalZoneNotesAndClocks(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"ru note", "# Сбой оплаты\n\nВсе время указано по московскому времени.\n\n**Дата инцидента:** 2 ноября 2026 г.\n**Начало:** в 14:05\n", "2026-11-02T11:05Z"},
		{"ru msk", "# Сбой оплаты\n\n**Дата инцидента:** 02.11.2026\n**Начало:** 14:05 МСК\n", "2026-11-02T11:05Z"},
		{"ru date clock", "# Сбой оплаты\n\n**Начало:** 2 ноября 2026 года в 14:05 (мск)\n", "2026-11-02T11:05Z"},
		{"uk", "# Збій\n\nУсі часи — за київським часом.\n\n**Дата інциденту:** 2 листопада 2026 р.\n**Початок:** о 14:05\n", "2026-11-02T12:05Z"},
		{"bg", "# Срив\n\nВсички часове са в българско време.\n\n**Дата на инцидента:** 2 ноември 2026 г.\n**Начало:** 14:05 ч.\n", "2026-11-02T12:05Z"},
		{"pl", "# Awaria\n\nWszystkie godziny podano według czasu polskiego.\n\n**Data incydentu:** 2 listopada 2026 r.\n**Początek:** o godz. 14:05\n", "2026-11-02T13:05Z"},
		{"cs", "# Výpadek\n\nVšechny časy jsou uvedeny ve středoevropském čase (SEČ).\n\n**Datum incidentu:** 2. listopadu 2026\n**Začátek:** v 14:05\n", "2026-11-02T13:05Z"},
		{"de", "# Störung\n\nAlle Uhrzeiten in deutscher Zeit.\n\n**Datum des Vorfalls:** Montag, 2. November 2026\n**Beginn:** um 14:05 Uhr\n", "2026-11-02T13:05Z"},
		{"de hour", "# Störung\n\nAlle Uhrzeiten in MEZ.\n\n**Datum des Vorfalls:** 2. November 2026\n**Beginn:** 14 Uhr\n", "2026-11-02T13:00Z"},
		{"fr", "# Panne\n\nToutes les heures sont en heure de Paris.\n\n**Date de l'incident :** lundi 2 novembre 2026\n**Début :** à 14 h 05\n", "2026-11-02T13:05Z"},
		{"es", "# Caída\n\nTodas las horas en hora peninsular.\n\n**Fecha del incidente:** 2 de noviembre de 2026\n**Inicio:** a las 14:05 h\n", "2026-11-02T13:05Z"},
		{"es mx", "# Caída\n\nTodas las horas son hora del centro de México.\n\n**Fecha del incidente:** 2 de noviembre de 2026\n**Inicio:** 2:05 p. m.\n", "2026-11-02T20:05Z"},
		{"es tarde", "# Caída\n\nHorario: hora de Colombia.\n\n**Fecha del incidente:** 2 de noviembre de 2026\n**Inicio:** 2:05 de la tarde\n", "2026-11-02T19:05Z"},
		{"pt", "# Falha\n\nTodos os horários em horário de Brasília.\n\n**Data do incidente:** 2 de novembro de 2026\n**Início:** às 14h05\n", "2026-11-02T17:05Z"},
		{"nl", "# Storing\n\nAlle tijden in Nederlandse tijd.\n\n**Datum van het incident:** 2 november 2026\n**Begin:** om 14:05 uur\n", "2026-11-02T13:05Z"},
		{"sv", "# Störning\n\nAlla tider är svensk tid.\n\n**Datum för incidenten:** 2 november 2026\n**Starttid:** kl. 14.05\n", "2026-11-02T13:05Z"},
		{"sv klockan", "# Störning\n\nAlla tider är svensk tid.\n\n**Datum för incidenten:** 2 november 2026\n**Starttid:** klockan 14.05\n", "2026-11-02T13:05Z"},
		{"nb", "# Feil\n\nAlle tidspunkter er norsk tid.\n\n**Dato for hendelsen:** 2. november 2026\n**Starttid:** kl. 14.05\n", "2026-11-02T13:05Z"},
		{"da", "# Nedbrud\n\nAlle tider er dansk tid.\n\n**Dato for hændelsen:** 2. november 2026\n**Starttidspunkt:** kl. 14.05\n", "2026-11-02T13:05Z"},
		{"fi", "# Häiriö\n\nKaikki ajat ovat Suomen aikaa.\n\n**Häiriön päivämäärä:** 2.11.2026\n**Alkoi:** klo 14.05\n", "2026-11-02T12:05Z"},
		{"et", "# Tõrge\n\nKõik kellaajad on Eesti aja järgi.\n\n**Intsidendi kuupäev:** 2. november 2026\n**Algus:** kell 14.05\n", "2026-11-02T12:05Z"},
		{"lv", "# Traucējums\n\nVisi laiki norādīti pēc Latvijas laika.\n\n**Incidenta datums:** 2026. gada 2. novembris\n**Sākums:** plkst. 14.05\n", "2026-11-02T12:05Z"},
		{"hu", "# Leállás\n\nMinden időpont magyar idő szerint.\n\n**Incidens dátuma:** 2026. november 2.\n**Kezdete:** 14:05\n", "2026-11-02T13:05Z"},
		{"ro", "# Incident\n\nToate orele sunt în ora României.\n\n**Data incidentului:** 2 noiembrie 2026\n**Început:** ora 14:05\n", "2026-11-02T12:05Z"},
		{"hr", "# Ispad\n\nSva vremena su po hrvatskom vremenu.\n\n**Datum incidenta:** 2. studenoga 2026.\n**Početak:** u 14:05\n", "2026-11-02T13:05Z"},
		{"el", "# Διακοπή\n\nΌλες οι ώρες είναι σε ώρα Ελλάδας.\n\n**Ημερομηνία συμβάντος:** 2 Νοεμβρίου 2026\n**Έναρξη:** στις 14:05\n", "2026-11-02T12:05Z"},
		{"tr", "# Kesinti\n\nTüm saatler Türkiye saati ile verilmiştir.\n\n**Olay tarihi:** 2 Kasım 2026\n**Başlangıç:** saat 14:05\n", "2026-11-02T11:05Z"},
		{"id", "# Gangguan\n\nSemua waktu dalam Waktu Indonesia Tengah.\n\n**Tanggal insiden:** 2 November 2026\n**Mulai:** pukul 14.05\n", "2026-11-02T06:05Z"},
		{"id wita", "# Gangguan\n\n**Tanggal insiden:** 2 November 2026\n**Mulai:** pukul 14.05 WITA\n", "2026-11-02T06:05Z"},
		{"vi giờ", "# Sự cố\n\nTất cả thời gian theo giờ Việt Nam.\n\n**Ngày sự cố:** ngày 2 tháng 11 năm 2026\n**Bắt đầu:** 14 giờ 05\n", "2026-11-02T07:05Z"},
		{"th", "# เหตุขัดข้อง\n\nเวลาทั้งหมดเป็นเวลาประเทศไทย\n\n**วันที่เกิดเหตุ:** 2 พฤศจิกายน 2569\n**เวลาเริ่มต้น:** 14:05 น.\n", "2026-11-02T07:05Z"},
		{"he", "# תקלה\n\nכל השעות לפי שעון ישראל.\n\n**תאריך התקלה:** 2 בנובמבר 2026\n**התחלה:** בשעה 14:05\n", "2026-11-02T12:05Z"},
		{"ar", "# عطل\n\nجميع الأوقات بتوقيت السعودية.\n\n**تاريخ الحادثة:** 2 نوفمبر 2026\n**البداية:** الساعة 14:05\n", "2026-11-02T11:05Z"},
		{"ja", "# 障害\n\n時刻はすべて日本時間です。\n\n**発生日:** 2026年11月2日\n**発生時刻:** 午後2時5分\n", "2026-11-02T05:05Z"},
		{"zh", "# 故障\n\n所有时间均为北京时间。\n\n**事故日期:** 2026年11月2日\n**开始时间:** 下午2点05分\n", "2026-11-02T06:05Z"},
		{"ko", "# 장애\n\n모든 시간은 한국 시간 기준입니다.\n\n**장애 일자:** 2026년 11월 2일\n**시작:** 오후 2시 5분\n", "2026-11-02T05:05Z"},
		{"ko dots", "# 장애\n\n모든 시간은 KST 기준입니다.\n\n**장애 일자:** 2026. 11. 2.\n**시작:** 14:05\n", "2026-11-02T05:05Z"},
		{"en utc space", "# Outage\n\n**Date:** 2026-11-02\n**Start:** 14:05 UTC -3\n", "2026-11-02T17:05Z"},
		{"en noon", "# Outage\n\n**Date:** 2026-11-02\n**Start:** noon UTC\n", "2026-11-02T12:00Z"},
		{"en pet", "# Outage\n\n**Date:** 2026-11-02\n**Start:** 9:05 AM PET\n", "2026-11-02T14:05Z"},
		{"en row zone", "# Outage\n\n| Field | Value |\n|---|---|\n| Date | 2026-11-02 |\n| Time zone | America/Sao_Paulo |\n| Start | 14:05 |\n", "2026-11-02T17:05Z"},
		{"en gmt offset", "# Outage\n\nAll times are GMT+5:30.\n\n**Date:** 2026-11-02\n**Start:** 14:05\n", "2026-11-02T08:35Z"},
		{"en ordinal", "# Outage\n\n**Start:** 2nd November 2026, 2:05pm GMT\n", "2026-11-02T14:05Z"},
		{"it", "# Guasto del portale\n\nTutti gli orari sono in ora italiana.\n\n**Data dell'incidente:** lunedì 2 novembre 2026\n**Inizio:** alle ore 14.05\n", "2026-11-02T13:05Z"},
		{"nl u", "# Storing betaalterminals\n\nAlle tijden in CET, zoals de logboeken ze geven.\n\n**Datum van het incident:** 2 november 2026 (maandag, één dag na de release)\n**Begin:** 14u05\n", "2026-11-02T13:05Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}

// A day written without its year before a clock in another language
// ("2. November, 14:05 Uhr", "2 ноября, 14:05", "11月2日 14:05") is read
// in the year nearest the document's day; a day after the clock ("14:05
// le 2 novembre 2026", "14:05, 2 ноября 2026") dates it; a Russian
// ordinal day ("5-го ноября"), short months ("ноя", "Nopember",
// "novembril", "جوان", "okt.") and two-digit dotted years ("02.11.26")
// are read; the minutes' "min" and "h." after a clock go.
func TestLocalDaysAroundAClock(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, want string }{
		{"5-го ноября 2026 г. 14:05", "2026-11-05T14:05Z"},
		{"11月2日 14:05", "2026-11-02T14:05Z"},
		{"11월 2일 14:05", "2026-11-02T14:05Z"},
		{"2 ноя 2026 14:05", "2026-11-02T14:05Z"},
		{"2 ноя. 2026 14:05", "2026-11-02T14:05Z"},
		{"02.11.26 14:05", "2026-11-02T14:05Z"},
		{"2.11.26 14:05", "2026-11-02T14:05Z"},
		{"14:05, 2 ноября 2026", "2026-11-02T14:05Z"},
		{"14:05 le 2 novembre 2026", "2026-11-02T14:05Z"},
		{"14:05 del 2 de noviembre de 2026", "2026-11-02T14:05Z"},
		{"14:05 am 2. November 2026", "2026-11-02T14:05Z"},
		{"14:05 CET le 2 novembre 2026", "2026-11-02T13:05Z"},
		{"2. November, 14:05 Uhr", "2026-11-02T14:05Z"},
		{"2 novembre, 14h05", "2026-11-02T14:05Z"},
		{"2 de noviembre, 14:05", "2026-11-02T14:05Z"},
		{"2 ноября, 14:05", "2026-11-02T14:05Z"},
		{"2 listopada, 14:05", "2026-11-02T14:05Z"},
		{"2 Kasım, 14:05", "2026-11-02T14:05Z"},
		{"14h05min", "2026-11-02T14:05Z"},
		{"14:05 h.", "2026-11-02T14:05Z"},
		{"2. novembril 2026 kell 14.05", "2026-11-02T14:05Z"},
		{"2 Nopember 2026 pukul 14.05", "2026-11-02T14:05Z"},
		{"2 Disember 2026 14:05", "2026-12-02T14:05Z"},
		{"2 Ogos 2026 14:05", "2026-08-02T14:05Z"},
		{"2 جوان 2026 14:05", "2026-06-02T14:05Z"},
		{"2026. okt. 2. 14:05", "2026-10-02T14:05Z"},
		{"2 сент. 2026 14:05", "2026-09-02T14:05Z"},
		{"2. Feber 2026 14:05", "2026-02-02T14:05Z"},
	} {
		pt, err := ParseTime(c.in, base)
		if got := pt.Time.UTC().Format("2006-01-02T15:04Z"); err != nil || got != c.want {
			t.Errorf("%q: got %s (%v), want %s", c.in, got, err, c.want)
		}
	}
}

// Zones written out in English ("China Standard Time", "Eastern European
// Summer Time", not the Eastern time of the United States) and the
// abbreviations of a zone that say no season ("AET", "NZT") give a clock
// its offset on the day.
func TestZonesWrittenOut(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, want string }{
		{"2:05 PM China Standard Time", "2026-11-02T06:05Z"},
		{"14:05 Eastern European Summer Time", "2026-11-02T11:05Z"},
		{"14:05 Western European Time", "2026-11-02T14:05Z"},
		{"14:05 Gulf Standard Time", "2026-11-02T10:05Z"},
		{"14:05 Arabia Standard Time", "2026-11-02T11:05Z"},
		{"14:05 Australian Eastern Time", "2026-11-02T03:05Z"},
		{"14:05 AET", "2026-11-02T03:05Z"},
		{"14:05 NZT", "2026-11-02T01:05Z"},
		{"14:05 Indochina Time", "2026-11-02T07:05Z"},
		{"14:05 Western Indonesia Time", "2026-11-02T07:05Z"},
		{"14:05 Philippine Standard Time", "2026-11-02T06:05Z"},
		{"14:05 Pakistan Standard Time", "2026-11-02T09:05Z"},
		{"14:05 East Africa Time", "2026-11-02T11:05Z"},
		{"14:05 Atlantic Standard Time", "2026-11-02T18:05Z"},
		{"14:05 Alaska Standard Time", "2026-11-02T23:05Z"},
		{"14:05 Hawaii Standard Time", "2026-11-03T00:05Z"},
		{"14:05 Australian Central Standard Time", "2026-11-02T04:35Z"},
	} {
		pt, err := ParseTime(c.in, base)
		if got := pt.Time.UTC().Format("2006-01-02T15:04Z"); err != nil || got != c.want {
			t.Errorf("%q: got %s (%v), want %s", c.in, got, err, c.want)
		}
	}
}

// An hour with the character of the hour and no minutes ("下午2点",
// "14時", "2点半", "오후 2시 반") is a clock, and a length of time ("2時間")
// is none; a zone's abbreviation before the clock ("MSK 14:05") is its
// zone; a note in English that names a zone of the table beyond its
// first rows ("All times are in WITA") gives every time its zone.
func TestHoursInCharactersAndZonesFirst(t *testing.T) {
	base := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, want string }{
		{"下午2点", "2026-11-02T14:00Z"},
		{"14時", "2026-11-02T14:00Z"},
		{"2点半", "2026-11-02T02:30Z"},
		{"오후 2시 반", "2026-11-02T14:30Z"},
		{"2026年11月2日 14時 JST", "2026-11-02T05:00Z"},
		{"MSK 14:05", "2026-11-02T11:05Z"},
		{"MEZ 14:05", "2026-11-02T13:05Z"},
	} {
		pt, err := ParseTime(c.in, base)
		if got := pt.Time.UTC().Format("2006-01-02T15:04Z"); err != nil || got != c.want {
			t.Errorf("%q: got %s (%v), want %s", c.in, got, err, c.want)
		}
	}
	if pt, err := ParseTime("2時間", base); err == nil {
		t.Errorf("a length of time read as %s", pt.Time)
	}
	for _, z := range []struct{ note, start string }{
		{"All times are in WITA.", "2026-11-02T06:05Z"},
		{"Timeline (times in PET)", "2026-11-02T19:05Z"},
	} {
		wantTimes(t, "# Outage\n\n"+z.note+"\n\n**Date:** 2026-11-02\n**Start:** 14:05\n", map[string]string{FieldStart: z.start})
	}
}

// A document's zone given once as a field in its language ("Zeitzone:
// Europe/Berlin", "Часовой пояс: московское время", "Tidszon: svensk
// tid") or in a heading's note ("Cronología (hora peninsular)") is every
// time's zone, and an incident day in digits that reads either way round
// ("02/11/2026") is read day first where that zone says its writers put
// the day first.
func TestZoneGivenOnceInEachLanguage(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"de zeitzone", "# Störung\n\n**Zeitzone:** MEZ\n**Datum des Vorfalls:** 2. November 2026\n**Beginn:** 14:05\n", "2026-11-02T13:05Z"},
		{"de iana", "# Störung\n\n**Zeitzone:** Europe/Berlin\n**Datum des Vorfalls:** 2. November 2026\n**Beginn:** 14:05\n", "2026-11-02T13:05Z"},
		{"es row iana", "# Caída del portal\n\n| Campo | Valor |\n|---|---|\n| Zona horaria | Europe/Madrid |\n| Fecha del incidente | 2 de noviembre de 2026 |\n| Inicio | 14:05 |\n", "2026-11-02T13:05Z"},
		{"pt fuso", "# Falha no checkout\n\n- **Fuso horário:** BRT (UTC−3)\n- **Data do incidente:** 02/11/2026\n- **Início:** 14:05\n", "2026-11-02T17:05Z"},
		{"ru пояс", "# Сбой оплаты\n\n**Часовой пояс:** MSK\n**Дата инцидента:** 02.11.2026\n**Начало:** 14:05\n", "2026-11-02T11:05Z"},
		{"ru пояс words", "# Сбой оплаты\n\n**Часовой пояс:** московское время\n**Дата инцидента:** 02.11.2026\n**Начало:** 14:05\n", "2026-11-02T11:05Z"},
		{"pl strefa", "# Awaria płatności\n\n**Strefa czasowa:** CET\n**Data incydentu:** 2 listopada 2026\n**Początek:** 14:05\n", "2026-11-02T13:05Z"},
		{"sv tidszon", "# Störning i kassan\n\n**Tidszon:** svensk tid\n**Datum för incidenten:** 2 november 2026\n**Starttid:** 14:05\n", "2026-11-02T13:05Z"},
		{"fi", "# Häiriö maksuissa\n\n**Aikavyöhyke:** Suomen aikaa\n**Häiriön päivämäärä:** 2.11.2026\n**Alkoi:** klo 14.05\n", "2026-11-02T12:05Z"},
		{"ja tz", "# 決済障害\n\n**タイムゾーン:** JST\n**発生日:** 2026年11月2日\n**発生時刻:** 14:05\n", "2026-11-02T05:05Z"},
		{"zh tz", "# 支付故障\n\n**时区:** UTC+8\n**事故日期:** 2026年11月2日\n**开始时间:** 14:05\n", "2026-11-02T06:05Z"},
		{"ko tz", "# 결제 장애\n\n**시간대:** KST\n**장애 일자:** 2026년 11월 2일\n**시작:** 14:05\n", "2026-11-02T05:05Z"},
		{"tr", "# Ödeme kesintisi\n\n**Saat dilimi:** TSİ (UTC+3)\n**Olay tarihi:** 2 Kasım 2026\n**Başlangıç:** 14:05\n", "2026-11-02T11:05Z"},
		{"vi", "# Sự cố thanh toán\n\n**Múi giờ:** GMT+7\n**Ngày sự cố:** 02/11/2026\n**Bắt đầu:** 14:05\n", "2026-11-02T07:05Z"},
		{"es heading zone", "# Caída del portal\n\n**Fecha del incidente:** 2 de noviembre de 2026\n\n## Cronología (hora peninsular)\n\n- 14:05 — Comienza el impacto\n", "2026-11-02T13:05Z"},
		{"en iana note", "# Outage\n\nAll times are Europe/Berlin.\n\n**Date:** 2026-11-02\n**Start:** 14:05\n", "2026-11-02T13:05Z"},
		{"en local note", "# Outage\n\nAll times below are Moscow time.\n\n**Date:** 2026-11-02\n**Start:** 14:05\n", "2026-11-02T11:05Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}

// A stated start, detection or end written as a time of day with a dot
// and only a zone or a note after it ("14.05 WIB", "7.02 (prvé chyby)")
// is that clock: its label says it is a time.
func TestDottedStatedClock(t *testing.T) {
	for _, c := range []struct{ name, src, start string }{
		{"zone", "# Gangguan pembayaran\n\n**Tanggal insiden:** 2 November 2026\n**Mulai:** 14.05 WIB\n", "2026-11-02T07:05Z"},
		{"note", "# Výpadok rezervácií\n\n**Dátum incidentu:** 2. 11. 2026\n**Začiatok:** 7.02 (prvé chyby)\n", "2026-11-02T07:02Z"},
	} {
		t.Run(c.name, func(t *testing.T) { wantTimes(t, c.src, map[string]string{FieldStart: c.start}) })
	}
}
