package postmortem

import "testing"

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
