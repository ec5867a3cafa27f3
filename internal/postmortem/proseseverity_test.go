package postmortem

import "testing"

// A severity written as a token in the title, in the lines above the
// first section or in the summary is the incident's, where no field
// gives it; a field wins, and a token elsewhere (a follow-up's note)
// gives nothing.
func TestSeverityTokenOutsideFields(t *testing.T) {
	for name, c := range map[string]struct{ src, want string }{
		"title":            {"# [SEV-2] Checkout errors after the pool change\n\n## Summary\n\nErrors.\n", "SEV2"},
		"title note":       {"# Checkout errors (Sev 1)\n\n## Summary\n\nErrors.\n", "SEV1"},
		"status line":      {"# Checkout errors\n\n🔴 **SEV1** · Resolved · Payments\n\n## Summary\n\nErrors.\n", "SEV1"},
		"code badge":       {"# Checkout errors\n\n`SEV0` `resolved`\n\n## Summary\n\nErrors.\n", "SEV0"},
		"scoped label":     {"# Checkout errors\n\nLabels: incident, severity::3, service::checkout\n\n## Summary\n\nErrors.\n", "SEV3"},
		"summary prose":    {"# Checkout errors\n\n## Summary\n\nThis was a SEV-2 incident: checkout failed for a third of requests.\n", "SEV2"},
		"declared":         {"# Checkout errors\n\n## Impact\n\nWe declared a Sev 1 at 14:10 UTC when payments stopped.\n", "SEV1"},
		"field wins":       {"# [SEV-2] Checkout errors\n\n**Severity:** SEV3\n\n## Summary\n\nErrors.\n", "SEV3"},
		"opening sentence": {"# Checkout errors\n\nThis incident was classified as SEV-2 by the on-call lead.\n\n## Timeline\n\n- 14:02 UTC errors\n", "SEV2"},
		"classified as":    {"# Checkout errors\n\n## Summary\n\nCheckout failed for a third of requests. Classified as P1.\n", "P1"},
		"graded":           {"# Checkout errors\n\n## Summary\n\nErrors. The incident was graded minor.\n", "MINOR"},
		"rated":            {"# Checkout errors\n\n## Summary\n\nErrors. It was rated high severity.\n", "HIGH SEVERITY"},
		"set to a number":  {"# Checkout errors\n\n## Summary\n\nErrors. Severity was set to 3 once the scope was known.\n", "3"},
		"declared after":   {"# Checkout errors\n\n## What happened\n\nMajor incident declared at 14:10 UTC.\n", "MAJOR"},
		"label chip":       {"# Checkout errors\n\nLabels: `severity/high`, `area/payments`\n\n## Summary\n\nErrors.\n", "HIGH"},
		"major process":    {"# Checkout errors\n\n## What happened\n\nWe followed the major incident process.\n", ""},
		"tag mentioned":    {"# Checkout errors\n\nNote: we tag these `sev-4` when unsure.\n\n## Summary\n\nErrors.\n", ""},
		"choices":          {"# Checkout errors\n\n## Summary\n\nErrors. Rate the incident SEV1 / SEV2 / SEV3 once known.\n", ""},
		"follow-up only":   {"# Checkout errors\n\n## Summary\n\nErrors.\n\n## Action items\n\n- [ ] Page on SEV1 alerts at night — owner: @dana\n", ""},
	} {
		t.Run(name, func(t *testing.T) {
			doc := mustParse(t, []byte(c.src))
			_, given := doc.Field(FieldSeverity)
			if doc.Severity != c.want || given != (c.want != "") {
				t.Errorf("severity %q (field given: %v), want %q", doc.Severity, given, c.want)
			}
		})
	}
}
