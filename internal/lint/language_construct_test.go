package lint

import (
	"strings"
	"testing"
)

// The classes below are constructions of whole post-mortems, each tested
// on sentences of our own beside blameless look-alikes: the same people
// doing routine or remedial acts, and damage caused by something else.

// TestPersonCauseButUnknown checks that a person's act followed by "but"
// and a negated perception of nothing, or a finding left open, is not a
// duty left undone, while a duty or a signal missed after "but" still is.
func TestPersonCauseButUnknown(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Amara rotated the signing key but never told the consumers, and payments failed.",
		"Lena rebooted the edge router but did not check the saved config, so two VLANs were lost.",
		"Jonas restarted the broker but never noticed the disk alert, and the queue filled.",
	})
	checkPersonCause(t, false, []string{
		"Tomasz drained the node but saw no errors in the kubelet log.",
		"Amara rolled back the release but never found out why the canary passed.",
		"Lena rebooted the edge router but did not notice anything unusual.",
		"Jonas fixed the DNS record but did not work out how it had changed.",
		"Oskar restarted the workers but did not find any stuck jobs.",
	})
}

// checkRewrites checks that each sentence's findings, applied, give its
// rewrite.
func checkRewrites(t *testing.T, cases [][2]string) {
	t.Helper()
	c := newLanguageChecker(DefaultOptions())
	for _, tt := range cases {
		got := c.check(tt[0], nil)
		if r := applyAll(tt[0], got); r != tt[1] {
			t.Errorf("%q: rewrite %q, want %q (%v)", tt[0], r, tt[1], describeMatches(tt[0], got))
		}
	}
}

// TestRewriteLetDrift checks that what a person let happen to a thing is
// told as what the thing did ("let the certificate lapse" → "the
// certificate lapsed"), and that a verb without a regular past or a
// thing let through is left as it was.
func TestRewriteLetDrift(t *testing.T) {
	checkRewrites(t, [][2]string{
		{"Marta let the wildcard certificate lapse over the long weekend.", "The wildcard certificate lapsed over the long weekend."},
		{"The contractor let our payment domain expire, which took the checkout page down.", "The payment domain expired, which took the checkout page down."},
		{"They let the audit partition fill, and ingestion stopped.", "The audit partition filled, and ingestion stopped."},
		{"We let the pager alert sit for an hour.", "We let the pager alert sit for an hour."},
	})
}

// TestRewriteOfPossessive checks that a person told by whom they work
// with ("a teammate of Kenji's") is rewritten as a passive, as any
// person is, not as a person's work that loses its owner.
func TestRewriteOfPossessive(t *testing.T) {
	checkRewrites(t, [][2]string{
		{"A teammate of Kenji's dropped the sessions table.", "The sessions table was dropped."},
		{"A colleague of Amara's deleted the staging bucket, and the demo broke.", "The staging bucket was deleted, and the demo broke."},
		{"Amara's script deleted the staging bucket.", "The script deleted the staging bucket."},
	})
}

// TestRewriteGuessedAct checks that a guess about a person's act ("could
// have", "would have", "might have") is told as the act not done, while
// a guess about an outcome spared, a means or a condition that did not
// exist, or a negated guess gets no rewrite.
func TestRewriteGuessedAct(t *testing.T) {
	checkRewrites(t, [][2]string{
		{"Bongani could have drained the node sooner.", "The node was not drained sooner."},
		{"The release manager might have paused the rollout at 40%.", "The rollout was not paused at 40%."},
		{"Someone would have spotted the duplicate rule in review.", "The duplicate rule was not spotted in review."},
		{"We could have shortened the outage with a faster rollback.", "We could have shortened the outage with a faster rollback."},
		{"Bongani would have drained the node had he seen the page.", "Bongani would have drained the node had he seen the page."},
		{"With a staging copy, we might have caught the schema drift.", "With a staging copy, we might have caught the schema drift."},
		{"The schema drift would have been caught by a staging copy.", "The schema drift would have been caught by a staging copy."},
	})
}

// TestPersonCauseInsteadOfLong checks that an act done in place of the
// one meant is read however long its object ("ran the second half of
// the backfill against the billing tables instead of the copy"), and
// that the same act told with a repair after it, or by a system, is not.
func TestPersonCauseInsteadOfLong(t *testing.T) {
	checkPersonCause(t, true, []string{
		"08:40 @rhea runs the last third of the cleanup script against the billing replica set instead of the staging copy.",
		"Hiroko applied the new firewall rule set to every edge router in the fleet instead of the two canaries.",
	})
	checkPersonCause(t, false, []string{
		"08:40 @rhea runs the last third of the restore script against the staging replica set instead of the billing copy, and the rows are restored.",
		"The sync job ran the second half of the backfill against the production tax tables instead of the history copy.",
		"Hiroko moved the nightly export to the new reporting replica in the second region instead of the primary.",
	})
}

// TestPersonCauseZoneNote checks that a time zone after the time of a
// chat note ("09:15 IST", "23:10 PST") leaves the person after it at the
// start of the clause, as the time alone does, while a remedy or a
// system in the same note is not a cause.
func TestPersonCauseZoneNote(t *testing.T) {
	checkPersonCause(t, true, []string{
		"09:15 IST Priya truncates the audit table, and reports go blank.",
		"2026-03-02 23:10 PST Kenji deletes the production bucket.",
	})
	checkPersonCause(t, false, []string{
		"09:15 IST Priya restores the audit table from the snapshot, and reports come back.",
		"2026-03-02 23:10 PST the lifecycle rule deletes the production bucket.",
		"14:02 CET Kenji pages the storage team.",
	})
}

// TestPersonCauseItCleft checks that a person's work named in an
// it-cleft as what did damage or let it loose ("It was Noor's approval
// … that let the script loose") is the cause, while the same cleft of a
// remedy, of a page, of an approval that let a fix ship, or of a job's
// work is not; and that the rewrite keeps the owner where a pronoun
// still needs it.
func TestPersonCauseItCleft(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was Tariq's schema push, merged at 17:55, that took the ledger API down.",
		"It was Ines's approval, given in the corridor, that let the purge job loose on the archive.",
		"It was the intern's cleanup script that wiped the staging bucket.",
	})
	checkPersonCause(t, false, []string{
		"It was Tariq's rollback, started from his laptop, that stopped the deletions.",
		"It was Ines's approval, given in the corridor, that let the fix ship before the weekend.",
		"It was the nightly job's retry that wiped the staging bucket.",
		"It was Tariq's page that brought the database team in.",
	})
	checkRewrites(t, [][2]string{
		{"It was Tariq's schema push, merged at 17:55, that took the ledger API down.", "It was the schema push, merged at 17:55, that took the ledger API down."},
		{"It was Tariq's schema push, merged from his laptop, that took the ledger API down.", "It was Tariq's schema push, merged from his laptop, that took the ledger API down."},
	})
}

// TestPersonCauseSkippingOf checks that a person's skipped safeguard
// told as a possessive gerund that meant or let something ("Olu's
// bypassing of the change freeze let …") is the cause, while a check
// run, a skip the runbook allows, a noisy alert silenced, or a system's
// skip is not.
func TestPersonCauseSkippingOf(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Olu's bypassing of the change freeze on Friday let an untested schema reach the ledger.",
		"The on-call engineer's silencing of the disk alert left the primary to fill overnight.",
	})
	checkPersonCause(t, false, []string{
		"Olu's running of the pre-pass checklist at 21:45 meant the stale orbit data was caught.",
		"Olu's skipping of the optional dry run, as the runbook allows, meant the pass started on time.",
		"The scheduler's skipping of the backup window meant the snapshot was a day old.",
		"Olu's silencing of the flapping alert let the team sleep.",
	})
	checkRewrites(t, [][2]string{
		{"Olu's bypassing of the change freeze on Friday let an untested schema reach the ledger.", "The bypassing of the change freeze on Friday let an untested schema reach the ledger."},
	})
}

// TestPersonCauseTimeLost checks that time a person lost on a lead told
// by a gerund of looking ("lost forty minutes chasing a DNS theory") is
// read as slowness, while time lost to a system, spent waiting on a
// vendor or on remedial work, or lost by a job is not.
func TestPersonCauseTimeLost(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Sunita wasted an hour debugging the load balancer while the certificate had already expired.",
		"The on-call engineer lost forty minutes chasing a DNS theory.",
	})
	checkPersonCause(t, false, []string{
		"Sunita lost twenty minutes to a VPN outage before she could reach the console.",
		"The on-call engineer lost forty minutes waiting for the vendor's support line.",
		"The team lost two hours rebuilding the index from the snapshot.",
		"The import lost twenty minutes of bookings.",
	})
}

// TestPersonCauseDeniedOwner checks that a person's work named only to
// deny it was the cause ("No one person's decision caused this") is
// not a finding, while the same work named as the cause is.
func TestPersonCauseDeniedOwner(t *testing.T) {
	checkPersonCause(t, true, []string{
		"One engineer's config change caused the outage.",
		"Halvard's decision caused the second outage.",
	})
	checkPersonCause(t, false, []string{
		"No single engineer's config change caused the outage.",
		"No one person's decision caused the second outage.",
	})
}

// TestPersonCauseWhichSaid checks that a relative clause telling what a
// document or a screen said ("checked the rota, which said …") is what
// was read, not what the act did, while a relative clause of damage
// after the same act still is.
func TestPersonCauseWhichSaid(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Marek edited the routing table, which dropped every call for an hour.",
		"Ines had been copying rows from the billing export, which corrupted the ledger totals.",
	})
	checkPersonCause(t, false, []string{
		"Marek had checked the rota, which said the night desk was staffed; the rota had not been updated since May.",
		"Ines had been working from the status page since noon, which still said that the ledger was suspected to be corrupt.",
		"Marek opened the runbook, which stated that the primary was down for maintenance.",
	})
}

// TestPersonCausePreventedAgain checks that an act after which something
// could not happen again ("so the job could not run again") tells what
// it prevented, while an act after which something could not run at all
// is still its damage.
func TestPersonCausePreventedAgain(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Oksana revoked the production credentials at 10:02, so the payroll export could not run that night.",
		"Rafael disabled the production scheduler, and the invoice batch could not start.",
	})
	checkPersonCause(t, false, []string{
		"Oksana revoked the production credentials in the test configuration at 10:02, so the purge could not run again that night.",
		"Rafael removed the production token from the staging job, so the script cannot reach the archive again.",
	})
}

// TestPersonCausePublicRecord checks that a record kept for the public,
// as a regulator asks ("logged it in the public file"), is not a secret
// put out in the open, while a secret or an export put in a public place
// still is.
func TestPersonCausePublicRecord(t *testing.T) {
	checkPersonCause(t, true, []string{
		"We posted the customer export to a public bucket.",
		"Hamid logged the session tokens to a public channel.",
	})
	checkPersonCause(t, false, []string{
		"We logged it in the station's public file, as the licence requires.",
		"Hamid posted the notice to the public register the next morning.",
	})
}

// TestPersonCauseNeverLet checks that a lapse a person never let happen
// ("never let the certificate lapse") is no duty left undone, while one
// they let happen, or a duty negated after "let", still is.
func TestPersonCauseNeverLet(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kenji let the certificate lapse, and checkout failed.",
		"The contractor did not let the payments team know, and refunds failed for an hour.",
	})
	checkPersonCause(t, false, []string{
		"Kenji never let the certificate lapse.",
		"In six years the DBA did not let the archive volume fill once.",
	})
}

// TestPersonCauseOneOfOwners checks that one of a person's team told in
// the plural ("one of Kenji's teammates") is a person, as "one of the
// SREs" is, and that a remedy by them is not a cause.
func TestPersonCauseOneOfOwners(t *testing.T) {
	checkPersonCause(t, true, []string{
		"One of Kenji's teammates dropped the sessions table.",
		"One of Amara's colleagues deleted the staging bucket, and the demo broke.",
	})
	checkPersonCause(t, false, []string{
		"One of Kenji's teammates restored the sessions table.",
		"One of Amara's colleagues paged the storage team.",
	})
}

// TestCounterfactualHadTeam checks that an inverted condition of a team
// or a desk named by a bare word ("Had operations checked …, none of
// this would have happened") is a counterfactual, as it is of a person,
// while the same team's check told as what happened is not.
func TestCounterfactualHadTeam(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "an inverted condition of a team's check",
		rule: "language/counterfactual",
		blameful: []string{
			"Had finance checked the ledger export first, none of this would have happened.",
			"Had security reviewed the firewall rule, the outage could have been avoided.",
		},
		blameless: []string{
			"Operations had checked the bank portal first, and it showed no rejection.",
			"Finance had reviewed the ledger export before the run started.",
		},
	}})
}

// TestPersonCauseItCleftLeftWithout checks that a person's work named in
// an it-cleft as what left a system or a team without a way back is the
// cause, while a remedy, a document or a job's work in the same cleft is
// not.
func TestPersonCauseItCleftLeftWithout(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was Tariq's schema push, merged at 17:55, that left the ledger API without a working index.",
		"It was Ines's approval of the cut-over that left the team with no way to roll back.",
	})
	checkPersonCause(t, false, []string{
		"It was Tariq's rollback, started from his laptop, that left us with no errors by noon.",
		"It was Tariq's runbook that left us with no doubt about the next step.",
		"It was the nightly job's retry that left the bucket without its index.",
	})
}

// TestPersonCauseIsWhy checks that a person's act told as a possessive
// gerund, or a person's work, that "is why" something did not happen is
// the cause, while a page, a rollback, a noisy alert silenced or a
// system's skip told the same way is not.
func TestPersonCauseIsWhy(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Olu's disabling the disk alert on Friday is why nobody saw the primary fill.",
		"Ravi's config change to the pager routes was why the on-call engineer got no page.",
	})
	checkPersonCause(t, false, []string{
		"Olu's paging the database team at 02:00 is why nobody else had to be woken.",
		"Kofi's rolling back the release at 10:05 is why no more orders failed.",
		"Mei's muting the flapping alert is why nobody was woken for the test cards.",
		"The scheduler's skipping of the backup window is why no snapshot was taken.",
	})
}

// TestPersonCauseNounStop checks that "stop" as a noun ("the new stop
// IDs") is no remedy that clears the damage after a person's act, while
// "to stop" still tells a remedy.
func TestPersonCauseNounStop(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The data team published the timetable with the new stop IDs without telling the boards team, so the boards went blank.",
		"Marta renamed every bus stop in the feed on Friday, and the journey planner crashed.",
	})
	checkPersonCause(t, false, []string{
		"The data team published the timetable to stop the stale departures, and the boards went blank for a minute.",
		"The data team published the new stop names after telling the boards team, and the boards showed them on Monday.",
	})
}

// TestPersonCauseLetLapseAside checks that a person who let a thing
// lapse is the cause when an aside comes between the person and "let"
// ("Desmond, who owns the inventory, let the certificate lapse"), while
// a lapse planned, a "let … know", a job's lapse or a lapse never let
// happen is not.
func TestPersonCauseLetLapseAside(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Desmond, who owns the certificate inventory, let the stamping certificate lapse at midnight.",
		"Our DBA, who was on leave that week, let the payment domain expire.",
	})
	checkPersonCause(t, false, []string{
		"Desmond, who owns the certificate inventory, let the old staging certificate expire as planned.",
		"Desmond, who owns the certificate inventory, let the vendor know about the expiry.",
		"The renewal job, which owns the certificate inventory, let the stamping certificate lapse.",
		"Desmond, who owns the certificate inventory, never let a certificate lapse.",
	})
}

// TestPersonCauseEnteredTwice checks that records entered, filed or
// issued twice after a person's act, told in the present of a note as
// in the past, are its damage, while the same act with each record
// entered once, a system's second run, or a cleanup of the doubles is
// not.
func TestPersonCauseEnteredTwice(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Renata starts a second run of the import while the first is still working, and 86 dockets are entered twice.",
		"09:10 Joao re-runs the claims import, and 40 claims are recorded twice.",
	})
	checkPersonCause(t, false, []string{
		"Renata starts a second run of the job after the first has finished, and every docket is entered once.",
		"The scheduler started a second run of the job, and 86 dockets were entered twice.",
		"Renata removed the dockets that were entered twice.",
		"Renata files the appeal twice a year.",
	})
}

// TestPersonCauseOwnedOccupationLapse checks that one of "our" or
// "their" people named by an occupation outside the role list ("-ian",
// "-ist") who let a thing lapse is the cause, while a system or a list
// that let it lapse, a lapse planned or prevented, and "let … know" are
// not.
func TestPersonCauseOwnedOccupationLapse(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Our records custodian let the signing key expire on Friday night.",
		"Their payroll archivist let the filing licence lapse over the summer.",
	})
	checkPersonCause(t, false, []string{
		"Our records custodian let the old signing key expire as planned.",
		"Our records custodian let the vendor know the signing key would expire.",
		"Our renewal checklist let the signing key expire on Friday night.",
		"Our renewal scheduler let the signing key expire on Friday night.",
		"Our records custodian renewed the signing key before it could expire.",
		"Our records custodian never let the signing key expire.",
	})
}

// TestPersonCauseSleptThroughAside checks that a person who slept
// through a page is the cause when an aside comes between the person and
// "slept" ("Tobias, who held the pager that week, slept through the
// page"), while a night slept through and a page answered are not.
func TestPersonCauseSleptThroughAside(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kenji, who carried the storage pager that night, slept through the 03:10 page.",
		"We lost forty minutes when Ilya, who was our secondary that week, slept through the first alert.",
	})
	checkPersonCause(t, false, []string{
		"Kenji, who carried the storage pager that night, slept through the night because nothing paged.",
		"Kenji, who carried the storage pager that night, answered the 03:10 page within two minutes.",
	})
}

// TestPersonCauseItCleftFirstPerson checks that the writer's own work
// named in an it-cleft as what did damage ("It was my sign-off …, given
// without reading the rollback section, that left us with no way back")
// is the cause as another person's is, and that a remedy named in the
// aside no longer cancels it, while a remedy, a runbook or a page of
// their own in the same cleft is not.
func TestPersonCauseItCleftFirstPerson(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was my config push, made from the train, that took the booking API down.",
		"It was our approval of the schema change that left the ledger without a working index.",
		"It was my sign-off on the migration, given before reading its rollback steps, that left the team with no way back.",
		"It was Wanjiru's migration, started without the revert script at hand, that wiped the session store.",
	})
	checkPersonCause(t, false, []string{
		"It was my rollback, started from the hotel wifi, that stopped the deletions.",
		"It was our runbook that left us with no doubt about the next step.",
		"It was my page that brought the database team in.",
		"It was our rollback plan, written in March, that left us with no doubt about the order of the steps.",
		"It was Ines's approval, given after reading the rollback section twice, that let the fix ship.",
	})
}

// TestPersonCauseUndidWanted checks that a person, or a person's work,
// that undid records or rights marked as wanted ("also cancelled 290
// legitimate payments", "revoked every valid key") is the cause, told
// plainly or in an it-cleft, while the same verbs on duplicates, fraud or
// leaked keys, a negated undoing and a system's undoing are not.
func TestPersonCauseUndidWanted(t *testing.T) {
	checkPersonCause(t, true, []string{
		"It was Bogdan's cleanup query, run after lunch to tidy the retry table, that also voided 1,200 valid orders.",
		"Kenji's filter change blocked 40,000 legitimate sign-ins over the weekend.",
		"Amara revoked every valid API key in the partner tenant.",
		"Our dedupe script deleted 300 genuine customer records along with the copies.",
	})
	checkPersonCause(t, false, []string{
		"It was Bogdan's cleanup query that voided the 1,200 duplicate orders.",
		"Kenji's filter change let the legitimate sign-ins through and blocked the bots.",
		"Amara cancelled the test orders and kept every legitimate one.",
		"Amara revoked the leaked API keys and reissued the valid ones.",
		"The bank's fraud screen rejected 290 legitimate payments.",
		"Devika re-issued the 290 legitimate payments that the bank had rejected.",
		"Amara confirmed that no legitimate payment was cancelled.",
	})
}

// TestPersonCauseAddedOutageTime checks that a person's work that added
// time to the outage, counted in its state ("added six more minutes of
// silence", "cost us another hour of outage"), is the cause however long
// the aside before the verb, while work that ended such time, time added
// as planned, a system's fault and time told only as when are not.
func TestPersonCauseAddedOutageTime(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi's second reboot of the transmitter, done before anyone had looked at the power feed, added ten more minutes of silence.",
		"Kenji's failover to the cold site added forty more minutes of downtime for the east region.",
		"Mei's restart of the full import cost us another hour of outage on the billing pages.",
	})
	checkPersonCause(t, false, []string{
		"Ravi's swap of the power feed ended ten minutes of silence.",
		"Our failover to the cold site added five minutes of downtime, as planned with the stations.",
		"The transmitter fault added six more minutes of silence.",
		"Kenji paged the studio engineer after two minutes of silence on air.",
		"Mei's retry of the full import added two more hours of data to the report.",
	})
}

// TestPersonCauseUndidFix checks that a person who overwrote or undid a
// fix, with the damage back after it ("overwrote the fix that the data
// team had pushed, and the stations went blank a second time"), is the
// cause, while a bad fix reverted, a broken one replaced, a fix
// reapplied and a job that overwrote it are not.
func TestPersonCauseUndidFix(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kenji overwrote the hotfix that the payments team had shipped at noon, and card checks failed again at 12:20.",
		"While restoring the old templates, Amara clobbered the fix from the morning, and the emails went out blank a second time.",
		"Tomas undid the mitigation the database team had applied, and the replicas stalled again.",
	})
	checkPersonCause(t, false, []string{
		"Kenji reverted the bad fix, and the errors stopped.",
		"Sunita reverted the fix after it broke the boards, and they came back.",
		"Amara overwrote the broken hotfix with the patched build, and checkout recovered.",
		"The deploy job overwrote the fix that the data team had pushed, and the stations went blank again.",
		"Kenji reapplied the fix that the data team had pushed, and the stations came back.",
	})
}

// TestPersonCauseBlockedUnwanted checks that a person's work, or a
// person, that blocked or dropped something unwanted ("blocked the bot
// sign-ins", "rejected the forged tokens") with no harm told is not the
// cause, while the same block with wanted records caught in it, or with
// harm told after it, still is.
func TestPersonCauseBlockedUnwanted(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kenji blocked the bot sign-ins and 3,000 legitimate ones.",
		"Kenji's filter change rejected the bot sign-ins and 3,000 genuine ones.",
		"Lena's new rule rejected the forged tokens, and every partner login failed for an hour.",
		"Priya blocked the scraper traffic, and checkout failed for an hour.",
		"Kenji's filter change blocked 40,000 legitimate sign-ins over the weekend.",
	})
	checkPersonCause(t, false, []string{
		"Kenji's filter change blocked the bot sign-ins.",
		"Kenji blocked the bot sign-ins and no legitimate ones.",
		"Lena's new rule rejected the forged tokens from the test tenant.",
		"Our WAF change dropped the junk traffic from the scanner.",
		"Priya blocked the scraper traffic at the edge.",
		"Kenji's filter change blocked the bot sign-ins and no genuine ones.",
	})
}

// TestPersonCauseRedidUndone checks that a person's work, or a person,
// that did again what something else had undone ("re-issued the 290
// payments that the bank had rejected") is a repair, not the cause,
// while a redo with harm told after it, or an undoing of wanted records,
// still is.
func TestPersonCauseRedidUndone(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kenji's backfill reinstated the 300 closed accounts, and the ledger totals broke.",
		"Lena re-submitted the 40 claims that the insurer had already paid, and the insurer paid them twice.",
		"Lena re-submitted the 40 claims that the filter had rejected, and the insurer paid each of them twice.",
		"Devika's script cancelled 290 legitimate payments that the bank had accepted.",
		"Amara's job deleted the 1,200 valid invoices.",
	})
	checkPersonCause(t, false, []string{
		"Devika's script re-issued 290 legitimate payments that the bank had rejected.",
		"Kenji's backfill reinstated the 300 valid accounts that the purge had deleted.",
		"Lena re-submitted the 40 legitimate claims that the filter had rejected.",
		"Amara's job re-sent the 1,200 valid invoices that had bounced.",
		"Our retry script re-queued the genuine orders that the broker had dropped.",
	})
}

// TestPersonCauseOverwroteHeld checks that a person, or a person's work,
// that overwrote a thing with another, followed by a good state held
// ("and the errors stayed away", "and no errors came back"), is not the
// cause, while the same overwrite followed by damage still is.
func TestPersonCauseOverwroteHeld(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Kenji overwrote the hotfix with the old release, and the errors came back.",
		"Amara overwrote the hotfix with the staging build, and checkout went down.",
		"Priya's deploy overwrote the hotfix with the full release, and checkout failed again.",
		"Oskar overwrote the config with the staging copy, and payments stopped.",
		"Kenji overwrote the hotfix with the old release, and the error rate stayed high.",
	})
	checkPersonCause(t, false, []string{
		"Kenji overwrote the hotfix with the reviewed release, and the errors stayed away.",
		"Amara overwrote the config with the previous version, and checkout stayed up.",
		"Oskar overwrote the hotfix with the signed build, and no errors came back.",
		"Tomas overwrote the template with last week's copy, and the emails went out correctly.",
		"Priya's deploy overwrote the hotfix with the full release, and the error rate stayed flat.",
	})
}

// TestPersonCauseOnlyDoer checks that a person who only made what
// another's act then undid ("wiped the patch that Li had merged") is not
// a cause: the finding, if any, is the act that did the damage, while a
// person whose own act comes before the damage still is.
func TestPersonCauseOnlyDoer(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for _, tt := range []struct{ text, doer, maker string }{
		{"Amara's rebase wiped the patch that Li had merged, so checkout failed again.", "Amara's rebase", "Li"},
		{"Amara wiped the patch that Li had merged, so checkout failed again.", "Amara wiped", "Li"},
		{"Tomas's deploy overwrote the config that Priya had tuned, so latency spiked.", "Tomas's deploy", "Priya"},
	} {
		got := c.check(tt.text, nil)
		if !coversText(tt.text, got, tt.doer) || coversText(tt.text, got, tt.maker) {
			t.Errorf("%q: got %v, want a finding on %q and none on %q", tt.text, describeMatches(tt.text, got), tt.doer, tt.maker)
		}
	}
	checkPersonCause(t, true, []string{
		"Li merged the patch that broke checkout, and payments failed for an hour.",
		"Kenji built the index without the tenant column, and searches failed for an hour.",
		"Amara wiped the patch, and Li merged the broken build, so checkout failed again.",
	})
	checkPersonCause(t, false, []string{
		"The nightly job deleted the index that Kenji had built, and searches failed for an hour.",
		"The failover dropped the rows that Lena had imported, and the report went blank.",
		"The cleanup job removed the certificate that Oskar had installed, so every TLS handshake failed.",
	})
}

// coversText reports a finding whose text holds sub.
func coversText(text string, ms []langMatch, sub string) bool {
	for _, m := range ms {
		if strings.Contains(text[m.Start:m.End], sub) {
			return true
		}
	}
	return false
}
