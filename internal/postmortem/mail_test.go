package postmortem

import "testing"

// A post-mortem sent as an email names its contact in its From header
// and its date in its Date header.
func TestMailHeadersGiveContactAndDate(t *testing.T) {
	for src, want := range map[string]string{
		"From: Ines Moreau <ines.moreau@example.org>\nTo: engineering@example.org\nDate: Mon, 7 Dec 2026 09:15 +0100\nSubject: Review of the login outage\n\nHi all,\n\nThe login page failed on Friday.\n": "Ines Moreau",
		"Subject: Login outage\nFrom: \"Moreau, Ines\" <ines.moreau@example.org>\nDate: Mon, 7 Dec 2026 09:15 +0100\n\nHi all,\n":                                                                           "Moreau, Ines",
		"From: ines.moreau@example.org\nTo: engineering@example.org\nDate: 2026-12-07\n\nHi all,\n":                                                                                                         "ines.moreau@example.org",
	} {
		doc := mustParse(t, []byte(src))
		f, ok := doc.Field(FieldContact)
		if !ok || f.Value != want {
			t.Errorf("contact %q (%v), want %q in\n%s", f.Value, ok, want, src)
		}
		if _, ok := doc.Field(FieldDate); !ok {
			t.Errorf("no date in\n%s", src)
		}
	}
}

// A "From:" line that is not in an email's header, or comes after the
// first section, names no contact.
func TestFromLineOutsideHeaders(t *testing.T) {
	for _, src := range []string{
		"# Login outage\n\n## Summary\n\nFrom: the load balancer\nTo: the login pods\nDate: unknown\n",
		"From: 14:02 the queue grew.\nIt kept growing until the page.\nThen it drained.\n",
	} {
		if f, ok := mustParse(t, []byte(src)).Field(FieldContact); ok {
			t.Errorf("contact %q read from\n%s", f.Value, src)
		}
	}
}
