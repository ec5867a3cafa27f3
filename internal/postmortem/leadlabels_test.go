package postmortem

import (
	"strings"
	"testing"
)

// Who led and how bad, in the forms of converters, service management
// and short notes: an HTML table without header cells whose labels are
// bold, a role of the organisation's own with its part in the response
// after a dash, "Managed by", a note's "who" and "driver", a
// category's code, and "acted as" in other languages.
func TestLeadAndRatingLabels(t *testing.T) {
	wantFieldIn(t, FieldContact, map[string]string{
		"# Tax\n\n<table>\n  <tr>\n   <td><strong>Incident lead</strong>\n   </td>\n   <td>@lena.ortiz\n   </td>\n  </tr>\n</table>\n":                                                                         "@lena.ortiz",
		"# VPN\n\n<table><tbody><tr><td bgcolor=\"#eee\"><b>Incident Lead</b></td><td>Omar Haddad</td></tr></tbody></table>\n":                                                                                 "Omar Haddad",
		"# Wards\n\n| Role | Name |\n| --- | --- |\n| Bronze (operational) command — incident lead | Tamsin Reed |\n":                                                                                          "Tamsin Reed",
		"# SSO\n\n| Field | Value |\n| --- | --- |\n| Managed by | @pkowal (on-call manager) |\n":                                                                                                              "@pkowal (on-call manager)",
		"# Invoices\n\n- driver - @ines\n- sev: 2-ish\n":                                                                                                                                                       "@ines",
		"# Wheel\n\n**who:** me (@arlo-k), IC and everything else\n":                                                                                                                                           "me (@arlo-k), IC and everything else",
		"# Login\n\n| | |\n| --- | --- |\n| **Incidentansvarlig** | Sofie Lund |\n":                                                                                                                            "Sofie Lund",
		"# Pesanan gagal\n\n## Ringkasan\n\nGangguan dimulai pukul 07.10 WIB; semua gerai terdampak pada jam sibuk pagi. Dimas Saputra bertindak sebagai penanggung jawab insiden dari awal sampai selesai.\n": "Dimas Saputra",
	})
	wantNoField(t, FieldContact,
		"# Outage\n\n**who:** customers in the EU region\n",
		"# Outage\n\n- driver - a bad config push\n")
	wantFieldIn(t, FieldSeverity, map[string]string{
		"# IROP\n\n| Item | Detail |\n| --- | --- |\n| Disruption category | CAT B — significant |\n": "CAT B",
	})
	wantNoField(t, FieldSeverity, "# IROP\n\n| Item | Detail |\n| --- | --- |\n| Incident category | Network |\n")
}

// A rating told in a sentence of the opening or the summary, on the
// team's own scale, and a short note's "sev - 2-ish (…)".
func TestRatingsTold(t *testing.T) {
	wantFieldIn(t, FieldSeverity, map[string]string{
		"# Mirror\n\nWe rate incidents on the wiki scale; this one was \"severity: moderate\" (only new installs broke).\n": "moderate",
		"# Deposits\n\n## Summary\n\nGuests were charged twice. We rated it S2 on our scale (S1 = nobody can book).\n":      "S2",
		"# Refills\n\n## Summary\n\nDuplicates reached pharmacies. This review rates the incident CRITICAL.\n":              "CRITICAL",
		"# Flags\n\nCustomers were charged the wrong price, so we treated it as a major, whatever the size.\n":              "major",
		"# PDFs\n\n- driver - @ines\n- sev - 2-ish (paying customers got broken invoices, nothing lost)\n":                  "2-ish (paying customers got broken invoices, nothing lost)",
	})
	wantNoField(t, FieldSeverity, "# Storage\n\n## Summary\n\nWe treated it as a cache problem at first.\n")
}

// A short note's question heading ("what broke?") and Italian "Come è
// andata" tell what happened; a cause's day told before the incident's
// times in the same paragraph is not the incident's day.
func TestWhatBrokeAndTheCauseDay(t *testing.T) {
	for src, want := range map[string]string{
		"# PDFs\n\n## what broke?\n\nThe renderer bump left every page blank.\n": "what_happened",
		"# Prestiti\n\n**Come è andata**\n\nIl catalogo non rispondeva.\n":       "what_happened",
	} {
		if _, ok := mustParse(t, []byte(src)).Section(want); !ok {
			t.Errorf("no %s section in\n%s", want, src)
		}
	}
	doc := mustParse(t, []byte("# Certificate\n\n## what broke?\n\nOn 21 Oct the renewal failed and nobody saw the mail. So the certificate expired at 01:13 on the 20th.\n"))
	if f, ok := doc.Field(FieldIncidentDate); ok && strings.Contains(f.Value, "21") {
		t.Errorf("incident date %q from the cause's day", f.Value)
	}
}

// The lead named in another language's sentence: a name and its role
// after a comma or a dash, a by-line's verb left out of the name; "X,
// on call, ha coordinato"; the verb first in Spanish.
func TestLocalLeadAfterName(t *testing.T) {
	wantFieldIn(t, FieldContact, map[string]string{
		"# Biglietti\n\nIl servizio è rimasto giù dalle 07:10 alle 08:05.\n\nPresentata da Giorgia Conti, responsabile dell'incidente\n":                                             "Giorgia Conti",
		"# Fatture\n\n## Riepilogo\n\nIl guasto è iniziato alle 18:20 e le fatture sono state respinte. Paolo Greco, reperibile di turno, ha coordinato l'intervento dalle 18:50.\n": "Paolo Greco",
		"# Rutas\n\n## Resumen\n\nLa incidencia empezó a las 02:10 y terminó a las 04:30.\n\nCoordinó la respuesta Marta Vidal, jefa de tráfico de guardia esa noche.\n":             "Marta Vidal",
	})
}

// A class's letter before a note, and a severity's label inside a
// quoted paragraph's sentences.
func TestGradeLetterAndSevInSentence(t *testing.T) {
	wantFieldIn(t, FieldSeverity, map[string]string{
		"# Proofs\n\n| Field | Value |\n| --- | --- |\n| Downtime class | B – customer-facing (scale A–D) |\n":           "B",
		"# Shipments\n\n## Summary\n\n> Incident owner: Kim Oduya. Sev: 2 on our scale (members' orders went astray).\n": "2",
	})
	wantNoField(t, FieldSeverity, "# Proofs\n\n| Field | Value |\n| --- | --- |\n| Class | A – see the appendix |\n")
}

// A label of two roles parted by a comma, the second the contact's in
// the vocabulary of the document's language; a sentence after a comma
// is no label.
func TestCommaRoleLabel(t *testing.T) {
	wantFieldIn(t, FieldContact, map[string]string{
		"# Téléconduite\n\n- **Chef de poste, responsable de la gestion de l'incident :** Claire Vidal\n": "Claire Vidal",
	})
	wantNoField(t, FieldContact, "# Sources\n\n**Owner, contact and author are one field**: a page that names its author has a contact.\n")
}

// A priority's level before a dash's note and a scale in parentheses
// whose parts are parted by middle dots, which part no fields there.
func TestPriorityBeforeNoteAndScale(t *testing.T) {
	wantFieldIn(t, FieldSeverity, map[string]string{
		"# Refunds\n\n**Urgency:** High — U2 on our four-step scale (U1 money lost · U2 money delayed · U3 a few)\n\n## Summary\n\nx\n": "High",
	})
}

// A narrative's one day, told before the sentence with its times, stays
// the incident's.
func TestNarrativeDayBeforeItsTimes(t *testing.T) {
	doc := mustParse(t, []byte("# Checkout\n\n## what broke?\n\nOn 3 November checkout failed for most customers. It started at 14:02 and ended at 15:10.\n"))
	if f, ok := doc.Field(FieldIncidentDate); !ok || !strings.Contains(f.Value, "3") {
		t.Errorf("incident date %q (%v), want 3 November", f.Value, ok)
	}
}
