package postmortem

import "testing"

// An outliner's page: a bullet whose text is a heading holds its
// section's list; tasks open with markers and give their owner and
// due date as property lines below; a scheduled date and a logbook are
// no due date, and the record's items are steps.
func TestOutlinerPage(t *testing.T) {
	src := "- ## Actions taken\n\t- Restarted the importer by hand.\n" +
		"- ## Follow-ups\n" +
		"\t- TODO Retry the import on a timeout\n\t  owner:: [[Noa Berg]]\n\t  DEADLINE: <2026-10-09 Fri>\n" +
		"\t- DOING Alert on import lag\n\t  owner:: [[Eli Park]], [[Noa Berg]]\n\t  :LOGBOOK:\n\t  CLOCK: [2026-10-01 Thu 10:02]\n\t  :END:\n" +
		"\t- LATER Write the import runbook\n\t  owner:: #data-team\n\t  SCHEDULED: <2026-11-02 Mon>\n" +
		"\t- WAITING Ask the vendor for a feed checksum\n\t  due:: [[Oct 30th, 2026]]\n" +
		"\t- DONE Pin the feed URL\n\t  owner:: [[Eli Park]]\n" +
		"\t- CANCELED Move the import to Sundays\n\t  reason:: load is higher then\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"Retry the import on a timeout|Noa Berg|2026-10-09||Open",
		"Alert on import lag|Eli Park|||Open",
		"Write the import runbook|data-team|||Open",
		"Ask the vendor for a feed checksum||2026-10-30||Open",
		"Pin the feed URL|Eli Park|||Done",
		"Move the import to Sundays||||Not planned",
	})
	if len(doc.Steps) != 1 {
		t.Errorf("steps %+v, want the restart", doc.Steps)
	}
}
