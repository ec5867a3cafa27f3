package postmortem

import "testing"

// A Korean label puts what it is about before the role's word, apart by
// a space: "회고 담당" is the one in charge of the review, "복구 책임자"
// the one answerable for the recovery. It is the contact's field, and a
// word of a section's name before it ("회고") makes it no section.
func TestHangulQualifiedRoleLabels(t *testing.T) {
	doc := mustParse(t, []byte("# 결제 장애\n\n**회고 담당:** 한지민 (@jimin.han)\n**장애 등급:** 2등급 (Major)\n\n### 요약\n\n결제가 두 번 승인되었습니다.\n"))
	wantFields(t, doc, map[string]string{FieldContact: "한지민 (@jimin.han)", FieldSeverity: "2등급 (Major)"})
	for _, s := range doc.Sections {
		if s.Form == "label" {
			t.Errorf("section %q read from a field's label", s.Name)
		}
	}
	doc = mustParse(t, []byte("# 결제 장애\n\n복구 책임자: 서민호\n\n### 요약\n\n결제가 두 번 승인되었습니다.\n"))
	wantFields(t, doc, map[string]string{FieldContact: "서민호"})
	doc = mustParse(t, []byte("# 결제 장애\n\n다음 회고: 12월 20일\n\n### 요약\n\n결제가 두 번 승인되었습니다.\n"))
	if f, ok := doc.Field(FieldContact); ok {
		t.Errorf("contact %q read", f.Value)
	}
}
