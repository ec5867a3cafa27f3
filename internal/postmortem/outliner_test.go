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

// A task's planning line gives its deadline wherever on the line it
// stands, after a schedule or a closing time, and an org task heading
// reads it the same way, as text or in the HTML of an export; a closing
// time alone is no title line.
func TestPlanningLineDeadline(t *testing.T) {
	src := "- ## Follow-ups\n" +
		"\t- TODO Cap the thumbnail queue\n\t  SCHEDULED: <2026-11-30 Mon> DEADLINE: <2026-12-04 Fri>\n" +
		"\t- DONE Drop the stale thumbnails\n\t  CLOSED: [2026-11-24 Tue 11:10] DEADLINE: <2026-11-27 Fri>\n" +
		"\t- DONE Page on an empty bucket\n\t  CLOSED: [2026-11-25 Wed 09:30]\n" +
		"\t- TODO Resize on upload\n\t  DEADLINE:  <2026-12-11 Fri>\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Cap the thumbnail queue||2026-12-04||Open",
		"Drop the stale thumbnails||2026-11-27||Done",
		"Page on an empty bucket||||Done",
		"Resize on upload||2026-12-11||Open",
	})
	org := "# Thumbnails lost\n\n## Action items\n\n### TODO Cap the thumbnail queue\n\n" +
		"SCHEDULED: <2026-11-30 Mon> DEADLINE: <2026-12-04 Fri>\n\n" +
		"### TODO Resize on upload\n\n" +
		`<p><span class="timestamp-wrapper"><span class="timestamp-kwd">DEADLINE:</span> <span class="timestamp">&lt;2026-12-11 Fri&gt;</span></span></p>` + "\n"
	checkActionLines(t, mustParse(t, []byte(org)), []string{
		"Cap the thumbnail queue||2026-12-04||Open",
		"Resize on upload||2026-12-11||Open",
	})
}
