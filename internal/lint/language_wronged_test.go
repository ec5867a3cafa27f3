package lint

import "testing"

// TestPersonCauseOpenerWronged checks an opener that names a person's act
// or work ("After …'s deploy", "Following", "Thanks to", "Courtesy of",
// "Since", "With") before a clause that tells, with no word of damage,
// what the people served got that was not due or not theirs, or found
// missing; and the same openers before a clause of what went well or of
// trouble denied.
func TestPersonCauseOpenerWronged(t *testing.T) {
	checkPersonCause(t, true, []string{
		"After Oksana's deploy on Tuesday, 230 patients opened the portal and saw no open appointments at the Leeds surgery.",
		"Following Kwabena's edit to the fare table, 9,400 commuters paid seventy pence more per journey.",
		"Thanks to Ilse's change to the branch list, 600 borrowers queued at a counter that had no staff.",
		"Courtesy of Tadeo's capacity override, thirty guests arrived at the lodge to find no room held for them.",
		"Since Yerlan's merge job, members have been getting each other's renewal letters.",
		"After Maeve's import, every pension statement showed someone else's balance.",
		"With Radu's new rounding rule, each refund to Cluj arrived three lei short.",
		"After Nomvula's release, the ticket gates turned away 80 commuters with valid passes.",
	})
	checkPersonCause(t, false, []string{
		"After Oksana's deploy on Tuesday, 230 patients opened the portal and saw no errors.",
		"Following Kwabena's edit to the fare table, the nightly fare job took seventy minutes less.",
		"Thanks to Ilse's change to the branch list, 600 borrowers can now collect books at 12 more counters.",
		"Courtesy of Tadeo's new booking page, thirty guests arrived at the lodge with no trouble at all.",
		"Since Yerlan's upgrade, members have seen no delays at checkout.",
		"After Maeve's correction job, every pension statement showed the right balance.",
		"With Radu on leave, Dorin ran the refund batch.",
	})
}

// TestPersonCauseServedObject checks the people served as the object of a
// person's act that hands them what is not theirs or not what was due
// ("sent 900 customers someone else's …", "charged each tenant 99 cents
// extra") or that wrongs them by itself ("woke … at 3 a.m."); and the
// same acts handing them what was meant.
func TestPersonCauseServedObject(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Aisha sent 1,200 subscribers someone else's renewal invoice.",
		"Halima's billing script charged every tenant eighty cents a week extra for a year.",
		"Abebe's payroll rule paid each employee two euros less per shift.",
		"Rustam's reminder job woke 7,000 patients at 4 a.m. with a test text.",
	})
	checkPersonCause(t, false, []string{
		"Aisha sent 1,200 subscribers a corrected renewal invoice.",
		"Halima's billing script charged every tenant the agreed rent.",
		"Abebe emailed each employee a copy of the new shift rota.",
		"Rustam told 7,000 patients that their appointments were unchanged.",
	})
}
