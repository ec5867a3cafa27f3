package postmortem

import "testing"

// A log written as a list whose entries open with a dotted clock
// ("05.26 Telefon fra bakeriet") is a timeline, "06.12" a time and not
// the sixth of December; the last line may give the day of the close.
// A call from a customer opens the detection in Norwegian, Romanian and
// Catalan; the service working again, in Malay, Romanian and Catalan,
// the end; and in English a thing back in service is the end, not the
// later stand-down.
func TestDottedListAndEntryWords47(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"norwegian dotted log", "# Trykkfall\n\n**Dato:** 2026-11-24\n\n## Logg (UTC)\n\n" +
			"- 04.47 Pumpe 1 stopper på vernfeil.\n- 05.26 Telefon fra bakeriet: ikke vann.\n- 06.12 Pumpe 2 startet.\n- 07.40 Trykket er tilbake i hele sonen. Normal drift.\n- 25.11 09.00 Saken avsluttet.\n",
			"2026-11-24T04:47Z", "2026-11-24T05:26Z", "2026-11-24T07:40Z"},
		{"romanian", "# Întrerupere\n\n**Data incidentului:** 2026-12-03\n\n## Cronologie (UTC)\n\n" +
			"- 08:14 – Fibra principală tăiată; sucursalele pierd legătura.\n- 08:21 – Apel de la sucursala Iași la helpdesk.\n- 09:48 – Ultima sucursală revine în funcțiune.\n- 14:05 – Fibra reparată.\n",
			"2026-12-03T08:14Z", "2026-12-03T08:21Z", "2026-12-03T09:48Z"},
		{"malay", "# Bilik sejuk\n\n**Tarikh insiden:** 2026-11-27\n\n## Kronologi (UTC)\n\n" +
			"- 17:20 Pemampat Bilik Sejuk B berhenti.\n- 18:05 Rondaan pengawal nampak lampu amaran; Pengurus Syif dimaklumkan.\n- 20:50 Suhu kembali bawah 5 °C. Operasi normal.\n- 23:30 Penghantaran pertama keluar.\n",
			"2026-11-27T17:20Z", "2026-11-27T18:05Z", "2026-11-27T20:50Z"},
		{"catalan", "# Accessos\n\n**Data:** 2026-11-21\n\n## Cronologia (UTC)\n\n" +
			"- 18:05 Els lectors deixen de validar a la porta 1.\n- 18:12 Trucada per ràdio de la patrulla a control.\n- 19:10 Tots els lectors tornen a validar amb normalitat.\n- 01:00 Tancament de portes.\n",
			"2026-11-21T18:05Z", "2026-11-21T18:12Z", "2026-11-21T19:10Z"},
		{"back in service", "# Sorter stop\n\n**Date:** 2026-11-27\n\n## Timeline (UTC)\n\n" +
			"- 05:52 Tilt-tray line stops on a controller fault.\n- 06:05 Ramp patrol reports empty carousels.\n- 07:38 Sorter back in service; bags flowing to all carousels.\n- 08:30 Backlog cleared.\n- 10:00 Response stood down.\n",
			"2026-11-27T05:52Z", "2026-11-27T06:05Z", "2026-11-27T07:38Z"},
	})
}

// A call to the duty phone is the detection; an entry that tells normal
// operation again is the end, not the stand-down after it, though both
// settle the service.
func TestDutyPhoneAndStandDown(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"duty phone", "# Water pressure loss\n\n**Date:** 2026-11-24\n\n## Timeline (UTC)\n\n" +
			"- 03:47 Pump 1 trips; pump 2 does not start.\n- 04:26 The bakery rings the duty phone: no water.\n- 05:27 Pump 2 started by hand.\n- 07:40 Pressure back in the whole zone. Normal operation.\n- 09:15 Response stood down.\n",
			"2026-11-24T03:47Z", "2026-11-24T04:26Z", "2026-11-24T07:40Z"},
	})
}

// An entry or a sentence that calls itself the first sign is the
// detection: "That was our first sign anything was wrong."
func TestFirstSignIsTheDetection(t *testing.T) {
	checkMomentProbes(t, []momentProbe{
		{"entry", "# Invoices held\n\n**Date:** 2026-11-25\n\n## Timeline (UTC)\n\n" +
			"- 15:10 Invoice job starts failing on the new template.\n- 16:45 Priya in Support emailed me: three customers asking for invoices. That was our first sign anything was wrong.\n- 18:30 Fix deployed; invoices flowing again.\n",
			"2026-11-25T15:10Z", "2026-11-25T16:45Z", "2026-11-25T18:30Z"},
	})
}
