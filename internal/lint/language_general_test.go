package lint

import "testing"

// TestPersonCauseTeamsByName checks teams and crews named the way their
// members name them, and notes that open with a name in lower case: a
// team after "Team", a crew's nickname in capitals and the plural, a
// squad, a trade no list held, and a lower-case name before a verb in -s
// and a time. The same subjects doing a remedy are not flagged.
func TestPersonCauseTeamsByName(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Team Fennec disabled the retry queue and wiped the pending orders.",
		"The Night Owls restarted every broker at once and wiped the consumer offsets.",
		"The Dunmore squad deleted the staging bucket and wiped the shared fixtures.",
		"The duty forecaster pushed the draft map and wiped the published one.",
		"bertil pushes the rate table 08:15, checkout crashed for every card",
		"08:15 bertil pushes the rate table, checkout crashed for every card",
	})
	checkPersonCause(t, false, []string{
		"Team Fennec restored the retry queue after the wipe.",
		"The Night Owls restored the consumer offsets from the snapshot.",
		"The Dunmore squad fixed the crashed staging bucket.",
		"bertil reverts the rate table 08:20, checkout recovered",
		"The Tomás restarted sequence is documented in the runbook.",
	})
}

// TestPersonCauseDamageThenLinkedWork checks damage told first and a person's
// work named after it with no verb of its own, after "after", a dash, a
// colon or "thanks to", and a work "by" a person; a remedy of the person's
// after the same damage is not flagged.
func TestPersonCauseDamageThenLinkedWork(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Invoices showed the wrong tax rate after Oddny's currency table change.",
		"Two days of meter readings gone — Bastian's collector restart at 01:00.",
		"Members were charged twice, thanks to Ilse's billing rule change.",
		"Late fees charged twice to 900 residents — a date change by Corentin in the notice template.",
	})
	checkPersonCause(t, false, []string{
		"Invoices showed the right tax rate again after Oddny's fix.",
		"Invoices with the wrong tax rate were corrected after Oddny's fix.",
		"Two days of meter readings gone — Bastian's timeline of the incident lists each step.",
	})
}

// TestPersonCauseWorkInRelative checks a person's work named by a
// relative clause, as the subject of the damage or after it, but not a
// thing another actor damaged, the team's own account, nor a remedy.
func TestPersonCauseWorkInRelative(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The rule Solveig pushed at 05:40 dropped every rural route from the timetable.",
		"The export Hamid started at midnight duplicated the payroll records.",
		"The pump on line 3 failed under the pressure limit Ottavio raised.",
	})
	checkPersonCause(t, false, []string{
		"The nightly job deleted the archive that Solveig had built, and searches failed for an hour.",
		"The page we got at 02:10 said the queue was stuck.",
		"The rollback Hamid started at midnight restored the payroll records.",
	})
}

// TestPersonCauseServedLost checks damage told as what the people a
// service serves lost in the clause after a person's act ("and 800
// members got no reminder"), not a denial, the people as the object of a
// neutral act, nor what they got back.
func TestPersonCauseServedLost(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Priya switched off the reminder job and 800 subscribers got no reminder before the vote.",
		"Ilse loaded the fare table with the wrong column, and passengers paid full fare all week.",
		"Ravi moved the form deadline to UTC, and 300 applicants missed the deadline.",
	})
	checkPersonCause(t, false, []string{
		"The support desk told customers about the delay within ten minutes.",
		"Priya switched on the reminder job again, and no subscribers missed the vote.",
		"Ravi reopened the form for a day, and the applicants who had missed the deadline sent their forms.",
	})
}

// TestPersonCauseEverydayDamage checks damage told in everyday words:
// mail that bounced, a breaker that tripped, an account debited twice.
func TestPersonCauseEverydayDamage(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi retired the old mail domain and every reply bounced for a week.",
		"Ravi raised the pitch limit and the breaker on feeder 2 tripped.",
		"Customers got double-debited after Ravi pushed the settlement file.",
	})
}
