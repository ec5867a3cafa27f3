package postmortem

import "testing"

func TestWideSpaceLabels(t *testing.T) {
	src := "# 障害報告\n\n## 再発防止策\n\n- 監視ダッシュボードに遅延グラフを足す　担当：山本　期限：2026/12/18\n"
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Actions) != 1 {
		t.Fatalf("actions = %+v", doc.Actions)
	}
	a := doc.Actions[0]
	if a.Title != "監視ダッシュボードに遅延グラフを足す" || a.Owner != "山本" || dueText37(a) != "2026-12-18" {
		t.Errorf("got %q owner %q due %q", a.Title, a.Owner, dueText37(a))
	}
}
