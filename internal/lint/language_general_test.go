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
		"Deploys were frozen. bertil pushes the rate table 08:15, checkout crashed for every card",
	})
	checkPersonCause(t, false, []string{
		"Team Fennec restored the retry queue after the wipe.",
		"The Night Owls restored the consumer offsets from the snapshot.",
		"The Dunmore squad fixed the crashed staging bucket.",
		"bertil reverts the rate table 08:20, checkout recovered",
		// A note's person who receives, sees or hears the trouble is its
		// witness, not its cause.
		"09:12 marisol receives a page storm, 500s crashed every region",
		"marisol sees checkout crashed 09:14 in every region",
		"The Tomás restarted sequence is documented in the runbook.",
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
