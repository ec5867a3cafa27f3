package postmortem

import "testing"

// A severity a section of the story declares ("On the incident board
// that's **Sev 2**", "We rated it Sev 2") is the incident's; one no
// declaring word stands before may be another incident's.
func TestStorySeverity(t *testing.T) {
	for body, want := range map[string]string{
		"## The vibe check\n\n- On the incident board that's **Sev 2**.\n- IC was Dana.\n":         "SEV2",
		"## What happened\n\nWe rated it Sev 1 at 14:10 and paged the database team.\n":            "SEV1",
		"## What happened\n\nThe Sev 1 in March had the same cause.\n":                             "",
		"## How the day went\n\nSeverity was set to high once the card declines were confirmed.\n": "HIGH",
		"## The call\n\nIt was a Priority 1 incident from the first call.\n":                       "PRIORITY 1",
	} {
		src := "# Checkout outage 2026-11-20\n\n" + body
		f, ok := mustParse(t, []byte(src)).Field(FieldSeverity)
		got := ""
		if ok {
			got = NormalizeSeverity(f.Value)
		}
		if got != want {
			t.Errorf("%q: severity %q, want %q", body, got, want)
		}
	}
}

// A level declared some words before it, "as a" rank ("The incident was
// assessed at the time as a **Level 2** incident"), rates the incident.
func TestStorySeverityAssessedAs(t *testing.T) {
	src := "# Sign-in failures 2026-12-02\n\n## 3. Assessment\n\nThe incident was assessed at the time as a **Level 2** incident on the four-level scale.\n"
	if f, ok := mustParse(t, []byte(src)).Field(FieldSeverity); !ok || f.Value != "Level 2" {
		t.Errorf("severity %q, want Level 2", f.Value)
	}
}
