package postmortem

import "testing"

// A list of owners after a dash, names and logins joined by commas or
// semicolons, is owned by the first and is no part of the title; a list
// of words that need not be people ("— Kafka, Zookeeper") stays in it.
func TestOwnerListAfterDash(t *testing.T) {
	src := "# Signing key expired\n\nDate: 2026-12-10\n\n## Action items\n\n" +
		"- Rotate the signing key — Ana Ruiz, @bchen\n" +
		"- Page the release channel — Ana Ruiz; Ben Ode (P2)\n" +
		"- Pin the builder image - Ana, @bchen, due 2027-01-10\n" +
		"- Audit the key store — ana@example.com, Ben Ode\n" +
		"- Document the rotation — @dkim, Ana Ruiz — 2027-01-15\n" +
		"- Upgrade the brokers — Kafka, Zookeeper\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Rotate the signing key|Ana Ruiz|||Open",
		"Page the release channel|Ana Ruiz||P2|Open",
		"Pin the builder image|Ana|2027-01-10||Open",
		"Audit the key store|ana@example.com|||Open",
		"Document the rotation|dkim|2027-01-15||Open",
		"Upgrade the brokers — Kafka, Zookeeper||||Open",
	})
}

// An item whose fields were read with no parts at all names no owner
// after a dash, and reading it must not index before the first part (a
// crash the fuzzer found, kept in internal/lint's fuzz corpus).
func TestNameOwnerWithoutParts(t *testing.T) {
	var p parser
	if lo, hi := p.nameOwner(nil, nil); lo != -1 || hi != -1 {
		t.Fatalf("nameOwner(no parts) = %d, %d, want -1, -1", lo, hi)
	}
}
