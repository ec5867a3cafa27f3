package postmortem

import "testing"

// A day and month written with a slash and no year before a clock
// ("Mon 11/30, 11:40p", "26/11 23:52") is read in the year of the
// document's dates, month first unless the first number cannot be a
// month, as a date with its year is: in stated times, with the weekday
// first or not, and in a timeline's entries.
func TestSlashDayMonthWithoutYear(t *testing.T) {
	for name, c := range map[string]struct {
		src  string
		want map[string]string
	}{
		"stated": {"# Booking portal\n\n**Review meeting:** 3 December 2026\n\nAll times Pacific (PST).\n\n" +
			"Impact start: Mon 11/30, 11:40p\nImpact end: Tue 12/1, 9:25a (portal showing real slots)\n",
			map[string]string{FieldStart: "2026-12-01T07:40Z", FieldEnd: "2026-12-01T17:25Z"}},
		"timeline": {"# Preços zerados\n\n**Data do incidente:** 27/11/2026\n\nHorários em BRT (UTC−3).\n\n## Linha do tempo\n\n" +
			"- **26/11 23:52** — job começa a gerar o arquivo.\n- **26/11 23:58** — catálogo publicado. **Início do impacto.**\n" +
			"- **27/11 00:41** — o SAC avisa no canal. **Detectado.**\n- 01:07 — vitrine desligada.\n- **02:15** — vitrine religada. **Fim do impacto.**\n",
			map[string]string{FieldStart: "2026-11-27T02:58Z", FieldDetect: "2026-11-27T03:41Z", FieldEnd: "2026-11-27T05:15Z"}},
	} {
		t.Run(name, func(t *testing.T) { wantTimes(t, c.src, c.want) })
	}
}

// A timeline whose entries name their day and month without the year,
// in a document that gives the incident's day nowhere else, is read in
// the year of the document's other dates.
func TestDayMonthEntriesInWrittenYear(t *testing.T) {
	for name, rows := range map[string]string{
		"slash":  "- **26/11 23:58** — catálogo publicado. **Início do impacto.**\n- **27/11 00:41** — o SAC avisa. **Detectado.**\n- **27/11 02:15** — vitrine religada. **Fim do impacto.**\n",
		"dotted": "- **26.11 23:58** — catálogo publicado. **Início do impacto.**\n- **27.11 00:41** — o SAC avisa. **Detectado.**\n- **27.11 02:15** — vitrine religada. **Fim do impacto.**\n",
	} {
		src := "# Preços zerados\n\nHorários em BRT (UTC−3).\n\n## Linha do tempo\n\n" + rows +
			"\n## Ações\n\n| Ação | Responsável | Prazo |\n|---|---|---|\n| Validar preços antes de publicar | Thiago | 11/12/2026 |\n"
		t.Run(name, func(t *testing.T) {
			wantTimes(t, src, map[string]string{FieldStart: "2026-11-27T02:58Z", FieldDetect: "2026-11-27T03:41Z", FieldEnd: "2026-11-27T05:15Z"})
		})
	}
}
