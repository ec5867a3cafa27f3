package postmortem

import "testing"

// A severity on the team's own scale, or declared in another language,
// in the story: "P2 on our four-step scale", "a red incident", "a
// Category B incident", "橙色事件", "lo clasificó como SEV-2", "la
// tratamos como incidencia grave"; and a sentence after the rating that
// names another rank ("It was not a SEV 1") leaves it standing.
func TestSeverityOnTheTeamsScale(t *testing.T) {
	wantFieldIn(t, FieldSeverity, map[string]string{
		"# Tenders stuck\n\n## Summary\n\nTenders sat in the inbox for two hours. We rated it P2 on our four-step scale.\n":          "P2",
		"# Top-ups down\n\nWe're treating this as a red incident, the top of our traffic-light scale.\n\n## Timeline\n\n- 10:00 x\n": "red",
		"# Claims rejected\n\n## 1. Overview\n\nThis is recorded as a Category B incident under the continuity policy.\n":            "Category B",
		"# 仓库同步中断\n\n本次定为**橙色事件**（公司四色分级中的第二级）。\n":                                                                                   "橙色",
		"# Rutas erróneas\n\n## Qué pasó\n\nHacia la 01:00 Lucía lo clasificó como SEV-2 en ese momento.\n":                          "SEV-2",
		"# Validadoras\n\n## Resumen\n\nLas validadoras rechazaron los billetes. La tratamos como incidencia grave.\n":               "grave",
		"# Review\n\n## Transcript\n\nFor the record, we called it a SEV 2 about fifteen minutes in. It was not a SEV 1.\n":          "SEV 2",
	})
}

// A row that marks who may read the document ("Classification |
// Internal") gives no severity.
func TestClassificationMarkingIsNoSeverity(t *testing.T) {
	src := "# Claims switch\n\n| Review | |\n| --- | --- |\n| Document | KMS-IR-031 |\n| Classification | Internal |\n\n## Summary\n\nClaims were rejected.\n"
	if f, ok := mustParse(t, []byte(src)).Field(FieldSeverity); ok {
		t.Errorf("severity %q from a document's marking, want none", f.Value)
	}
	wantFieldIn(t, FieldSeverity, map[string]string{
		"# Claims switch\n\n| Review | |\n| --- | --- |\n| Classification | Confidential |\n\n## 1. Overview\n\nThis is recorded as a Category B incident.\n": "Category B",
	})
}
