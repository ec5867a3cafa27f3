package postmortem

import "testing"

// Backlog's wiki notation: "**" headings, a header row marked by an "h"
// after its last bar, and "%%struck%%" text. Its record of what was
// done gives steps, its table of measures gives actions.
func TestBacklogWikiNotation(t *testing.T) {
	src := "* Outage report\n\n** 応急処置（実施済み）\n\n- バッチを停止した。\n- 時刻を戻した。\n\n" +
		"** 恒久対策\n\n|No.|対策内容|担当|状態|h\n|1|タイムゾーンを明示|森田|完了|\n|2|チャンク単位に分割|森田|処理中|\n" +
		"|3|%%バッチの廃止%%|森田|見送り（来年度）|\n\n** 所感\n\n- 良かった。\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"タイムゾーンを明示|森田|||Done", "チャンク単位に分割|森田|||Open", "バッチの廃止|森田|||Not planned"})
	if len(doc.Steps) != 2 {
		t.Errorf("steps %+v, want 2", doc.Steps)
	}
	if s, ok := doc.Section("remediation"); !ok || s.Name != "恒久対策" || s.Level != 2 {
		t.Errorf("remediation %+v", s)
	}
}

// Two stars and a space open a heading only where stars do not close
// the line: "** Note **" is no heading.
func TestStarHeadingForms(t *testing.T) {
	for line, want := range map[string]int{"** 恒久対策": 2, "*** Sub": 3, "** Note **": 0, "**Bold** text": 0, "**": 0} {
		if got, _, _ := wikiHeading([]byte(line)); got != want {
			t.Errorf("wikiHeading(%q) = %d, want %d", line, got, want)
		}
	}
}

// A page in Backlog's wiki markup has headings of two asterisks or more
// and a space, and tables whose header row ends in an "h" after its
// last bar: both are read as Markdown's.
func TestBacklogWikiMarkup(t *testing.T) {
	src := "* 障害報告\n\n** 概要\n\n予約の受付ができなくなりました。\n\n" +
		"|項目|内容|h\n|障害レベル|B|\n|発生日時|2026年11月24日 14時02分|\n|復旧日時|2026年11月24日 15時40分|\n\n" +
		"※時刻はすべて日本時間（JST）です。\n\n*** 補足\n\n**太字**のみの行。\n"
	doc := mustParse(t, []byte(src))
	if s, ok := doc.Section("short_summary"); !ok || s.Name != "概要" || s.Level != 2 {
		t.Errorf("summary section %+v (%v), want 概要 at level 2", s, ok)
	}
	if f, ok := doc.Field(FieldSeverity); !ok || f.Value != "B" {
		t.Errorf("severity %q (%v), want B", f.Value, ok)
	}
	wantTimes(t, src, map[string]string{FieldStart: "2026-11-24T05:02Z", FieldEnd: "2026-11-24T06:40Z"})
	for _, s := range doc.Sections {
		if s.Name == "太字**のみの行。" || s.Name == "障害報告" {
			t.Errorf("%q read as a heading", s.Name)
		}
	}
}
