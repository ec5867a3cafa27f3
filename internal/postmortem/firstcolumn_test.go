package postmortem

import "testing"

// Under an action heading, a table whose first column is headed by no
// column's name and whose others are an owner's and a due date's or a
// state's ("| 업무 | 담당 | 마감 | 상태 |", "| Initiative | Owner | Due |")
// lists actions, each named in the first column. Outside one, such a
// table is no list of actions.
func TestFirstColumnActions(t *testing.T) {
	doc := mustParse(t, []byte("# 결제 장애\n\n### 요약\n\n결제가 두 번 승인되었습니다.\n\n### 후속 조치\n\n"+
		"| 업무 | 담당 | 마감 | 상태 |\n| --- | --- | --- | --- |\n"+
		"| 웹훅 처리에 멱등키 적용 | @minho.seo | 2026-12-11 | 진행 |\n| PG사 교체 검토 | — | — | 취소 |\n"))
	if len(doc.Actions) != 2 || doc.Actions[0].Owner != "minho.seo" || doc.Actions[1].Status == Open {
		t.Errorf("actions %+v, want two, the first @minho.seo's, the second closed", doc.Actions)
	}
	doc = mustParse(t, []byte("# Locks failed\n\n## Summary\n\nDoors refused PINs.\n\n## Follow-ups\n\n"+
		"| Initiative | Owner | Due |\n| --- | --- | --- |\n| Cache the last PIN set | @mikko | 2026-12-11 |\n"))
	if len(doc.Actions) != 1 || doc.Actions[0].Owner != "mikko" {
		t.Errorf("actions %+v, want one, @mikko's", doc.Actions)
	}
	doc = mustParse(t, []byte("# Locks failed\n\n## Summary\n\nDoors refused PINs.\n\n## Contacts\n\n"+
		"| Service | Owner | Due |\n| --- | --- | --- |\n| lock-bridge | @mikko | 2026-12-11 |\n"))
	if len(doc.Actions) != 0 {
		t.Errorf("%d actions read outside an action heading", len(doc.Actions))
	}
}
