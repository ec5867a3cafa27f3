package postmortem

import (
	"testing"
	"time"
)

// Times of day as the languages of the vocabulary write them are read
// as the clock times they say: the hour and minute characters of
// Japanese, Chinese and Korean, their morning and afternoon words before
// the clock, a day with a space after each dot, zones in a language's own letters, a note in full-width
// parentheses, and the Dutch or German word of the clock before a zone.
func TestLocalClockForms(t *testing.T) {
	base := time.Date(2026, 11, 19, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"2026年11月24日 14時02分":        "2026-11-24 14:02",
		"午後2時02分":                   "2026-11-19 14:02",
		"2026년 11월 19일 오후 9:14":     "2026-11-19 21:14",
		"오후 9시 5분":                  "2026-11-19 21:05",
		"오전 10:12":                  "2026-11-19 10:12",
		"下午 3:10":                   "2026-11-19 15:10",
		"20点06分":                    "2026-11-19 20:06",
		"26. 11. 2026 18:40 SEČ":    "2026-11-26 17:40",
		"18:58 SELČ":                "2026-11-19 16:58",
		"2026-11-27 20:06（下单成功率告警）": "2026-11-27 20:06",
		"07:52 uur CET":             "2026-11-19 06:52",
		"14:02 Uhr MEZ":             "2026-11-19 13:02",
		"7h41 (alerte « file > 5000 »), prise en compte à 8h02": "2026-11-19 07:41",
	} {
		pt, err := ParseTime(in, base)
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if got := pt.Time.UTC().Format("2006-01-02 15:04"); got != want {
			t.Errorf("%q read as %s UTC, want %s", in, got, want)
		}
	}
}

// A note in another language that gives every time its zone, as a
// paragraph, a quote, a heading or a row of a properties table, sets the
// document's zone; a line that carries a time of its own does not.
func TestLocalZoneNotes(t *testing.T) {
	for src, want := range map[string]string{
		"# Ausfall\n\n> Alle Uhrzeiten in diesem Bericht sind MEZ (UTC+1).\n\n**Beginn:** 12.11.2026 14:02\n":                        "MEZ",
		"# Panne\n\nToutes les heures sont en heure de Paris (CET).\n\nDébut : 03/11/2026 07:48\n":                                   "CET",
		"# Caída\n\n| Campo | Valor |\n|---|---|\n| Inicio | 21/10/2026 09:47 |\n| Zona horaria | Hora peninsular (CEST, UTC+2) |\n": "CEST",
		"# 障害\n\n|発生日時|2026年11月24日 14時02分|\n\n※時刻はすべて日本時間（JST）です。\n":                                                                 "JST",
		"# 故障\n\n- 故障开始：2026-11-27 20:03\n\n**时间说明：** 本文所有时间均为北京时间（UTC+8）\n":                                                         "UTC+8",
		"# Výpadek\n\n### Časová osa (SEČ)\n\n| Čas | Událost |\n| --- | --- |\n| 18:40 | Chyby |\n":                                 "CET",
		"# Störning\n\n**Författare:** Elin  \n**Tider:** svensk tid (CET, UTC+1)\n":                                                 "CET",
	} {
		if got := mustParse(t, []byte(src)).Zone; got != want {
			t.Errorf("zone %q, want %q in\n%s", got, want, src)
		}
	}
	for _, src := range []string{
		"# Falha\n\n| Campo | Valor |\n|---|---|\n| Início do impacto | 14:05 (horário de Brasília, UTC\\-3) |\n",
		"# Ausfall\n\nDie Zeitung berichtete über den Ausfall bei der GmbH.\n",
	} {
		if got := mustParse(t, []byte(src)).Zone; got != "" {
			t.Errorf("zone %q read from a line that is no note for all times in\n%s", got, src)
		}
	}
}

// Labels of the review meeting, the incident's manager and the moments
// of the disruption in the languages of the vocabulary are fields; a
// label of two words joined by a slash is read by either.
func TestLocalFieldLabels(t *testing.T) {
	for src, want := range map[string]map[string]string{
		"# Störung\n\n| | |\n|---|---|\n| **Störungsverantwortliche** | @Jana Hollweg |\n| **Nachbesprechung** | 18.11.2026 |\n": {
			FieldContact: "@Jana Hollweg", FieldDate: "18.11.2026"},
		"# Incidencia\n\n| Campo | Valor |\n|---|---|\n| Responsable de la incidencia | Rocío |\n| Inicio de la afectación | 21/10/2026 09:47 |\n| Fin de la afectación | 21/10/2026 12:05 |\n": {
			FieldContact: "Rocío", FieldStart: "21/10/2026 09:47", FieldEnd: "21/10/2026 12:05"},
		"# Storing\n\n**Begin storing:** dinsdag 17 november, 07:31 uur\n\n**Gemeld/ontdekt:** 07:52 uur\n": {
			FieldStart: "dinsdag 17 november, 07:31 uur", FieldDetect: "07:52 uur"},
		"# 장애\n\n| 항목 | 내용 |\n| --- | --- |\n| 최초 감지 | 2026년 11월 19일 오후 9:05 |\n| 복구 완료 | 2026년 11월 19일 오후 11:02 |\n| 회고 일자 | 2026년 11월 24일 |\n": {
			FieldDetect: "2026년 11월 19일 오후 9:05", FieldEnd: "2026년 11월 19일 오후 11:02", FieldDate: "2026년 11월 24일"},
		"# 复盘\n\n**故障负责人：** @周晓雯\n**复盘会议：** 2026年12月1日\n": {FieldContact: "@周晓雯", FieldDate: "2026年12月1日"},
		"# Falha\n\nDetectado em: 9 de novembro de 2026 14:20 (BRT)\nRetrospectiva: 13/11/2026\n": {
			FieldDetect: "9 de novembro de 2026 14:20 (BRT)", FieldDate: "13/11/2026"},
		"# Incident\n\n**Genomgång hölls:** torsdag 3 december 2026\n": {FieldDate: "torsdag 3 december 2026"},
		"# Incident\n\nREX tenu le : jeudi 12/11/2026\n":               {FieldDate: "jeudi 12/11/2026"},
	} {
		doc := mustParse(t, []byte(src))
		for key, value := range want {
			if f, ok := doc.Field(key); !ok || f.Value != value {
				t.Errorf("%s read as %q (%v), want %q in\n%s", key, f.Value, ok, value, src)
			}
		}
	}
}

// A Czech document's labels, months and headings are read as those of
// the other languages of the vocabulary.
func TestCzechVocabulary(t *testing.T) {
	src := "# Výpadek plateb\n\n### Základní údaje\n\n- **Vedoucí incidentu:** @tdvorak\n- **Závažnost:** 2\n" +
		"- **Retro proběhlo:** 2. 12. 2026\n- **Začátek dopadu:** 26. listopadu 2026 18:40 SEČ\n- **Zjištěno:** 18:58 SEČ\n- **Konec dopadu:** 20:12 SEČ\n\n### Dopad\n\nPlatby neprocházely.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-11-26T17:40Z", FieldDetect: "2026-11-26T17:58Z", FieldEnd: "2026-11-26T19:12Z"})
	for key, want := range map[string]string{FieldContact: "@tdvorak", FieldSeverity: "2", FieldDate: "2. 12. 2026"} {
		if f, ok := doc.Field(key); !ok || f.Value != want {
			t.Errorf("%s read as %q (%v), want %q", key, f.Value, ok, want)
		}
	}
	if _, ok := doc.Section("impact"); !ok {
		t.Error("Dopad not read as the impact")
	}
}
