package postmortem

import (
	"slices"
	"testing"
	"time"
)

// A timeline's entries dated in digits either way round ("01/12/2026
// 01:10") are read day first where another day of the document cannot
// be month first ("30/11/2026"), in a table or a list; month first where
// one cannot be day first, or where nothing says.
func TestDayFirstEntryStamps(t *testing.T) {
	table := "# Outage\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 30/11/2026 23:52 UTC | Alert fires |\n| 01/12/2026 01:10 UTC | Second alert |\n"
	list := "# Outage\n\n## Timeline\n\n- 30/11/2026 23:52 UTC Alert fires\n- 01/12/2026 01:10 UTC Second alert\n"
	us := "# Outage\n\n## Timeline\n\n- 11/30/2026 23:52 UTC Alert fires\n- 12/01/2026 01:10 UTC Second alert\n"
	bare := "# Outage\n\n## Timeline\n\n- 01/12/2026 01:10 UTC Second alert\n"
	for name, c := range map[string]struct {
		src  string
		want time.Time
	}{
		"table":          {table, time.Date(2026, 12, 1, 1, 10, 0, 0, time.UTC)},
		"list":           {list, time.Date(2026, 12, 1, 1, 10, 0, 0, time.UTC)},
		"month first":    {us, time.Date(2026, 12, 1, 1, 10, 0, 0, time.UTC)},
		"nothing to say": {bare, time.Date(2026, 1, 12, 1, 10, 0, 0, time.UTC)},
	} {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, []byte(c.src))
			last := doc.Events[len(doc.Events)-1]
			if !last.Time.Equal(c.want) || last.OutOfOrder {
				t.Errorf("last entry %q read as %v (out of order: %v), want %v", last.Raw, last.Time, last.OutOfOrder, c.want)
			}
		})
	}
}

// A day written in another language alone on its line, after its
// weekday or not, starts a new day of the timeline: the entries below it
// are not out of order for being earlier in the day. Without it, an
// earlier entry is still out of order.
func TestLocalDateLineStartsADay(t *testing.T) {
	wantOutOfOrder(t, map[string]orderCase{
		"german": {"# Ausfall für Kunden\n\n## Verlauf\n\n**[20:26] dk:** Fehler\n\n**[21:02] sg:** Entwarnung\n\n" +
			"**Sonntag, 20. September 2026**\n\n**[11:20] sg:** Zusammenfassung\n", false},
		"spanish": {"# Caída del pago\n\n## Cronología\n\n- 21:40 Empiezan los errores\n- 21:58 Se revierte el cambio\n\n" +
			"sábado, 28 de noviembre de 2026\n\n- 10:15 Revisión con el equipo\n", false},
		"no day line": {"# Ausfall für Kunden\n\n## Verlauf\n\n**[20:26] dk:** Fehler\n\n**[21:02] sg:** Entwarnung\n\n" +
			"**[11:20] sg:** Zusammenfassung\n", true},
	})
}

// An incident's date after a Portuguese weekday, two words joined by a
// hyphen ("sexta-feira, 27 de novembro de 2026"), is the day of the
// timeline's bare clocks, not the later day a ticket was resolved on.
func TestHyphenatedWeekdayIncidentDay(t *testing.T) {
	src := "# Checkout fora do ar\n\n**Aberto em:** 27/11/2026 20:31 · **Resolvido em:** 30/11/2026 11:02\n\n" +
		"**Data do incidente:** sexta-feira, 27 de novembro de 2026\n**Fuso:** horário de Brasília (UTC−3)\n\n" +
		"**Linha do tempo**\n\n| Hora | O que aconteceu |\n| --- | --- |\n| 20:10 | Fila trava — **início do impacto** |\n" +
		"| 22:47 | Checkout normalizado — **fim do impacto** |\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-27T23:10Z"})
}

// A record's two notes stamped in full, the later above, are a log
// written newest first, not entries out of order; two clocks alone that
// run backwards still are.
func TestTwoFullStampsNewestFirst(t *testing.T) {
	wantOutOfOrder(t, map[string]orderCase{
		"record notes": {"# Keycards rejected\n\n## Timeline\n\n2026-11-30 02:31:55 — Wen\nEncoders back on the old firmware.\n\n" +
			"2026-11-29 23:52:03 — Wen\nLooking at it now.\n", false},
		"clocks alone": {"# Keycards rejected\n\n## Timeline\n\n- 12:35 am — override keys handed out\n- 12:10 am — vendor reached\n", true},
	})
}

// orderCase is a document and whether an entry of its timeline is out
// of order.
type orderCase struct {
	src string
	ooo bool
}

func wantOutOfOrder(t *testing.T, cases map[string]orderCase) {
	t.Helper()
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, []byte(c.src))
			ooo := slices.ContainsFunc(doc.Events, func(e Event) bool { return e.OutOfOrder })
			if ooo != c.ooo {
				t.Errorf("an entry out of order: %v, want %v (%v)", ooo, c.ooo, doc.Events)
			}
		})
	}
}

// A moment the document says it does not know ("Noticed: ? — nobody
// wrote down when") is not guessed from the timeline's entries; where
// nothing says so, the timeline's alert gives it.
func TestUnknownMomentNotGuessed(t *testing.T) {
	timeline := "\n**Timeline**\n\n- 23:40 — sync job runs\n- 00:10 — sync retries, alert email sent to an old mailbox\n- 09:25 — portal back\n"
	for name, c := range map[string]struct {
		src   string
		given bool
	}{
		"unknown":  {"# Portal empty\n\nAll times Pacific (PST).\n\nBroke: Mon 11/30/2026, 11:40p\nNoticed: ? — nobody wrote down when\nFixed: Tue 12/1/2026, 9:25a\n" + timeline, false},
		"not said": {"# Portal empty\n\nAll times Pacific (PST).\n\nBroke: Mon 11/30/2026, 11:40p\nFixed: Tue 12/1/2026, 9:25a\n" + timeline, true},
	} {
		t.Run(name, func(t *testing.T) {
			_, ok := mustParse(t, []byte(c.src)).Time(FieldDetect)
			if ok != c.given {
				t.Errorf("detection given: %v, want %v", ok, c.given)
			}
		})
	}
}
