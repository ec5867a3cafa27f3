package postmortem

import "testing"

// A run of labels, each with its time, in a sentence of a chat's
// summary gives the three moments over the times its other messages
// tell, in any language of the vocabulary; the zone comes from the
// export's note, a sentence of a line that also holds a clock.
func TestLabelledMomentsRun(t *testing.T) {
	src := "# Conversa \"Incidente PIX\"\n\n_Exportado em 27/11/2026 10:20. Horários de Brasília (BRT, UTC−3)._\n\n" +
		"**Larissa** · 26/11/2026 13:40\nA renovação falhou. Atualizando a configuração.\n\n" +
		"**Renata** · 26/11/2026 14:45\nLojas confirmam: PIX funcionando de novo.\n\n" +
		"**Larissa** · 26/11/2026 18:20\nResumo para o registro: início **13:02** (primeiro erro), detecção **13:12** (ligação), fim **14:31** (último erro).\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-26T16:02Z", FieldDetect: "2026-11-26T16:12Z", FieldEnd: "2026-11-26T17:31Z"})
}

// One label with a time is a word of the story, not a run: "end 14:31"
// alone gives nothing.
func TestOneLabelIsNoRun(t *testing.T) {
	if got := momentRun("We saw the end 14:31 come and go, then waited."); got != nil {
		t.Errorf("momentRun read %+v from one label", got)
	}
	got := momentRun("Summary: start 13:02 (first error), end 14:31.")
	if len(got) != 2 || got[0].key != FieldStart || got[1].key != FieldEnd {
		t.Errorf("momentRun = %+v, want the start and the end", got)
	}
}

// An entry whose sentence names its time again and calls it the end is
// the end; a sentence without a time that says so is left to the story.
func TestEntryNamedTheEnd(t *testing.T) {
	src := "# Mirror stale, 2 December 2026\n\nAll times UTC.\n\n## Timeline\n\n" +
		"- 10:00 Release published; the sync failed. This is the start.\n" +
		"- 11:47 A user reported the missing version on the list.\n" +
		"- 14:52 Sync completed. Installs worked from 14:52, and that's the end.\n" +
		"- 16:10 Thread closed.\n"
	wantTimes(t, src, map[string]string{FieldStart: "2026-12-02T10:00Z", FieldEnd: "2026-12-02T14:52Z"})
	if namedMomentEnd("We thought that's the end") != "" {
		t.Error("a sentence without a time was read as naming its moment")
	}
}
