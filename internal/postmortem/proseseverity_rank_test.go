package postmortem

import "testing"

// A grade or a rank in words that rates the incident where it stands
// gives the severity: the title, a status line, a sentence that declares
// or classes the incident; in other languages the rank's own words.
func TestSeverityRankInWords(t *testing.T) {
	wantFieldIn(t, FieldSeverity, map[string]string{
		"# Major incident: checkout errors\n\nCheckout failed.\n":                                       "Major",
		"# Checkout errors\n\nMajor incident · Resolved · Payments\n\n## Summary\n\nCheckout failed.\n": "Major",
		"# Checkout errors\n\n## Summary\n\nWe declared a major incident at 14:12.\n":                   "major",
		"# Checkout errors\n\n## Summary\n\nThis was a P1 incident affecting every checkout.\n":         "P1",
		"# Checkout errors\n\n## Summary\n\nThe on-call classified it as a **P2** outage.\n":            "P2",
		"# Checkout errors\n\n## Summary\n\nThis was a **major** incident.\n":                           "major",
		"# Panne de paiement — incident majeur\n\nLe paiement a échoué.\n":                              "majeur",
		"# Caída de pagos (incidente grave)\n\nLos pagos fallaron.\n":                                   "grave",
		"# 決済障害(重大インシデント)\n\n決済が失敗しました。\n":                                                              "重大",
	})
}

// The same words where they describe, name a process, deny the rank or
// name a store are no rating.
func TestSeverityRankWordsThatDoNotRate(t *testing.T) {
	for _, src := range []string{
		"# Checkout errors\n\n## Summary\n\nWhat looked like a minor incident grew over the afternoon.\n",
		"# Checkout errors\n\n## Summary\n\nWe followed the major incident process from the first page.\n",
		"# Checkout errors\n\n## Summary\n\nThis was not a major incident, but it hurt.\n",
		"# Checkout errors during the S3 outage\n\nUploads failed.\n",
		"# Checkout errors\n\n## Summary\n\nUploads failed during the regional S3 outage.\n",
		"# Checkout errors\n\n## Summary\n\nOur runbook for a P1 incident asks for a status page.\n",
	} {
		doc := mustParse(t, []byte(src))
		if f, ok := doc.Field(FieldSeverity); ok {
			t.Errorf("%q: severity %+v, want none", src, f)
		}
	}
}
