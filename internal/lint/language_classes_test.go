package lint

import "testing"

// langClass is a class of English construction: blameless sentences of
// it that no language rule may flag, and blameful look-alikes that the
// named rule must still flag.
type langClass struct {
	name      string
	rule      string
	blameless []string
	blameful  []string
}

// checkClasses runs each class's sentences through the built-in rules.
func checkClasses(t *testing.T, classes []langClass) {
	t.Helper()
	c := newLanguageChecker(modelOptions())
	rules := newLanguageChecker(Options{})
	for _, cl := range classes {
		for _, text := range cl.blameless {
			lmLogLookAlike(t, c, text)
			if got := rules.check(text, nil); len(got) != 0 {
				t.Errorf("%s: %q: got %v, want no finding", cl.name, text, describeMatches(text, got))
			}
		}
		for _, text := range cl.blameful {
			if got := c.check(text, nil); !hasRule(got, cl.rule) {
				t.Errorf("%s: %q: got %v, want a %s finding", cl.name, text, describeMatches(text, got), cl.rule)
			}
		}
	}
}

// TestLanguageFalsePositiveClasses checks classes of blameless sentences
// that name people, each beside blameful sentences that look like them.
func TestLanguageFalsePositiveClasses(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "nobody perceived, with the reason: a gap in detection",
		rule: langPersonCause,
		blameless: []string{
			"No one noticed because the alert went to an unused channel.",
			"Nobody saw the alert, since it was routed to a retired mailbox.",
			"Nobody noticed the disk filling up, as the dashboard had no panel for it.",
			"No one saw the warning because the banner only showed on the admin page.",
			"Nobody noticed the drift until the weekly report ran.",
			"No one noticed until customers complained on social media.",
			"Nobody was paged.",
		},
		blameful: []string{
			"Nobody bothered to check the replica lag.",
			"Nobody checked the certificate expiry.",
			"Nobody noticed because Sam had muted the alert.",
		},
	}, {
		name: "a person's work that took the trouble away",
		rule: langPersonCause,
		blameless: []string{
			"Ravi's patch removed the deadlock.",
			"Priya's change removed the memory leak.",
			"Her restart broke the deadlock.",
			"Ivo's script killed the crash loop on the ingest nodes.",
			"Ravi removed the deadlock by reordering the locks.",
			"Her rollback ended the errors.",
		},
		blameful: []string{
			"Ravi's patch reintroduced the deadlock.",
			"Priya's change removed the retry limit.",
			"Priya's change removed the timeouts from the client.",
		},
	}, {
		name: "gratitude",
		rule: langPersonCause,
		blameless: []string{
			"Thanks to @lena for spotting the expired certificate.",
			"Thanks to Marta for rolling back the deploy so fast.",
			"Kudos to the night shift for draining the queue.",
			"Thanks to the database team, the corrupted replicas were rebuilt overnight.",
			"Many thanks to Ivo, who stayed late to restore the backups.",
			"Graph courtesy of @lena.",
		},
		blameful: []string{
			"Thanks to Bob, checkout was down all afternoon.",
			"Thanks to @kim, the orders table was wiped.",
		},
	}, {
		name: "a passive whose subject is a remedy, a person its agent",
		rule: langPersonCause,
		blameless: []string{
			"The rollback was started by Marta.",
			"The rollback of the ingress change was started by Marta at 10:02.",
			"The failover was triggered by Ravi at 10:14 to restore writes.",
			"The cache was flushed by Ivo at 10:02.",
			"The stuck jobs were killed by the on-call engineer.",
			"The revert was merged by Kim.",
		},
		blameful: []string{
			"The outage was started by Marta.",
			"The table was dropped by Kenji.",
		},
	}, {
		name: "a neutral act, then a failure with no link to it",
		rule: langPersonCause,
		blameless: []string{
			"Dana deployed at 10:00; at 10:40 an unrelated disk filled.",
			"Kenji merged the docs change at 09:12. At 09:30 the cache cluster lost a node.",
			"Ivo applied the config at noon; the outage began at 13:05 when the upstream provider failed.",
			"Marta restarted the worker at 14:00, and at 15:20 the network partitioned for unrelated reasons.",
		},
		blameful: []string{
			"Marit ran the retention job against the prod bucket; a third of the exports were gone by 09:12.",
			"Dana deployed the new limits at 10:00; at 10:40 checkout went down.",
			"Kenji ran the migration; the outage began when it locked the orders table.",
			"Kenji ran the migration; the outage began when the migration locked the orders table.",
		},
	}})
}

// TestLanguageResponseClasses checks classes of blameless sentences
// found by writing, as a facilitator, sentences that name people, teams
// and "we" doing the work of a response with words of damage, technical
// terms, quoted logs, questions, plans and requirements.
func TestLanguageResponseClasses(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "a remedy told with a word of damage, or on what was already bad",
		rule: langPersonCause,
		blameless: []string{
			"Ravi killed the zombie processes with kill -9 and the node recovered.",
			"The SRE team purged the poisoned cache entries and checkout recovered.",
			"We killed the long-running query and the replica caught up.",
			"We deleted the leaked token within four minutes of the report.",
			"The network team blocked the attacking IP range at the edge.",
			"Priya disabled the feature flag, which stopped the bad writes.",
			"Our on-call engineer took the broken node out of the pool, and latency recovered.",
			"The DBA truncated the audit table after archiving it to cold storage.",
			"10:02 @sam rolls back the release; errors drop to zero by 10:05.",
		},
		blameful: []string{
			"We deleted the production bucket.",
			"Ravi took the healthy node out of the pool and checkout went down.",
			"The DBA truncated the audit table that compliance needed.",
			"Priya disabled the replication, which stopped the backups.",
			"Ravi deleted the leaked token and the mobile app stopped working.",
			"10:02 ravi rolls out the new limits config; checkout goes red.",
		},
	}, {
		name: "a remedy told with a split phrasal verb, a purpose, a quantity, or on test data",
		rule: langPersonCause,
		blameless: []string{
			"The on-call dropped the poison message from the queue and consumers resumed.",
			"I deleted my test data from the shared staging database.",
			"We purged 3 TB of expired logs to free disk on the primary.",
			"We failed the writer over to the replica in zone b.",
			"Ops dropped the connection pool size to protect the database.",
			"The release manager revoked the broken build from the app store.",
			"Our team wiped and rebuilt the corrupted search index overnight.",
			"Ravi had never operated the old cluster before that night.",
		},
		blameful: []string{
			"Ravi dropped the index to protect the primary, and checkout slowed to a crawl.",
			"Hamish disabled TLS verification to make the test pass and shipped it.",
			"We purged 3 TB of customer logs that legal had asked us to keep.",
			"The release manager shipped the broken build to the app store.",
		},
	}, {
		name: "a timeline note whose \"down\" is a verb's particle of finding",
		rule: langPersonCause,
		blameless: []string{
			"10:12 sam narrows down the failing requests to one region",
			"10:14 sam tracks down the stray cron job and pages its owner",
		},
		blameful: []string{
			"22:03 ravi pushes the ACL; 22:04 mobile data down in three cells",
		},
	}, {
		name: "we, the organisation, running into a limit",
		rule: langPersonCause,
		blameless: []string{
			"We hit the provider's rate limit at 10:02 and requests started failing.",
			"We ran out of disk on the primary at 03:00.",
			"We exceeded our API quota with the maps provider during the sale.",
		},
		blameful: []string{
			"We ran the migration on the primary and checkout went down.",
			"Ravi hit the wrong button and deleted the cluster.",
		},
	}, {
		name: "a remedy a procedure called for, or done after saving what it removed",
		rule: langPersonCause,
		blameless: []string{
			"As per process, the on-call purged the CDN cache for the affected paths.",
			"Tomasz truncated the dead-letter queue after exporting it for analysis.",
			"The team has deleted all copies of the exposed export.",
			"Ops killed the hung deploy job so that the queue could move.",
		},
		blameful: []string{
			"Ravi skipped the procedure and deleted the bucket.",
			"Ravi purged the CDN cache against the process, and checkout went down.",
			"The team deleted the only copy of the export.",
		},
	}, {
		name: "what people underwent, joined, told or searched",
		rule: langPersonCause,
		blameless: []string{
			"We lost 4,000 writes when the primary crashed.",
			"When Lee joined the bridge, the database was already read-only.",
			"The support team told customers about the outage within ten minutes.",
			"The team spent two hours debugging the wrong service because the trace ids were missing.",
		},
		blameful: []string{
			"Emeka restored the wrong backup.",
			"Lee ran the migration on the primary, and the database was read-only for an hour.",
		},
	}, {
		name: "a negation of what was there to see, or of an act a procedure held back",
		rule: langPersonCause,
		blameless: []string{
			"We did not see any errors in the logs until 10:20.",
			"Ravi did not restart the service, because the runbook said to wait for the drain.",
		},
		blameful: []string{
			"We did not see the alert.",
			"He didn't check the dashboards.",
			"Ravi did not test the restore as the runbook required.",
			"Ravi did not restart the service although the runbook said to.",
			"Ravi deleted the volume although the runbook said to wait.",
		},
	}, {
		name: "what a person has or suffered, and acts that went well",
		rule: langPersonCause,
		blameless: []string{
			"The engineer's laptop crashed during the migration.",
			"The vendor's outage took our payments down for an hour.",
			"AWS's us-east-1 outage took the dashboards offline.",
			"The intern's first deploy went out smoothly.",
			"She deployed the release at 10:00 and it went out without errors.",
			"We deleted the duplicated rows and re-ran the reconciliation.",
		},
		blameful: []string{
			"The intern's first deploy went out untested.",
			"The intern's deploy took checkout down.",
			"She deployed the release at 10:00 and checkout went down.",
			"Ravi's change went out and the site went down.",
			"The vendor's engineer deleted our DNS zone.",
		},
	}, {
		name: "technical terms, quoted logs, questions, plans and requirements",
		rule: "language/human-error",
		blameless: []string{
			"Human error budgets are not something we track.",
			"The scheduler spreads replicas across fault domains.",
			"We ran git blame on the Helm chart and found the limit came from a 2022 template.",
			"The watchdog sends kill -9 to any worker that misses three heartbeats.",
			"The primary (formerly \"master\") stopped accepting writes at 02:10.",
			"The log line read \"ERROR: operator killed connection\" after the failover.",
			"Why was nobody paged when the disk filled?",
			"What made deleting the production bucket possible with one command?",
			"We will make the drop-table command ask for the environment name.",
			"Every engineer should be able to fail over the database without help.",
		},
		blameful: []string{
			"The outage was caused by human error.",
		},
	}, {
		name: "obvious once the evidence came",
		rule: "language/hindsight",
		blameless: []string{
			"The fix was obvious once the trace showed the retry loop.",
		},
		blameful: []string{
			"It was obvious from the start that the disk would fill.",
			"The fix was obvious.",
		},
	}})
}

// TestLanguageTeamJudgementClass checks judgement of the team's own work
// with nobody named: words of shame always, harsh words when they judge
// people's work or an act of the team, not a measure against a target nor
// a duration.
func TestLanguageTeamJudgementClass(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "the team's own work judged",
		rule: "language/judgement",
		blameless: []string{
			"Latency above 2 s is unacceptable for checkout, so the SLO is 500 ms.",
			"The error rate reached an unacceptable level within four minutes.",
			"Checkout saw unacceptable latency for 40 minutes.",
			"Keeping a single replica was an unacceptable risk, so we added two more.",
			"Users saw unacceptably slow response times during the sale.",
			"The API response was unacceptably slow.",
			"The cache hit rate was abysmal during the warm-up.",
			"The terrible storm knocked out power to the data centre.",
			"It took way too much time to roll back.",
			"Nobody should feel embarrassed to page for help.",
			"We consider losing production data unacceptable.",
			"The review did not find the process unacceptable.",
		},
		blameful: []string{
			"Our response was completely unacceptable.",
			"This was an embarrassing failure.",
			"The whole rollout was a fiasco.",
			"It was a terrible job by the release team.",
			"We did a lousy job of testing the migration.",
			"The handling of the first page was appalling.",
			"This is unacceptable.",
			"It is unacceptable that we took two hours to page the database team.",
			"Honestly, the testing was pathetic.",
			"We had a sloppy release process.",
		},
	}})
}

// TestLanguageBoundedDamageClasses checks damage told as ended, bounded
// by a person's remedy, or done by another subject in a relative clause.
func TestLanguageBoundedDamageClasses(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "an act, then the trouble stopped",
		rule: langPersonCause,
		blameless: []string{
			"Ana reindexed the search cluster and the duplicate results stopped.",
			"Ravi patched the billing worker and the overcharges stopped.",
			"Kim rotated the API keys and the spike in 401s ended.",
		},
		blameful: []string{
			"Ravi changed the cron schedule and the nightly export stopped.",
			"Ravi patched the billing worker and checkout stopped.",
			"Kim rotated the API keys and the mobile clients stopped working.",
		},
	}, {
		name: "thanks to a person's remedy that bounded the damage",
		rule: langPersonCause,
		blameless: []string{
			"Thanks to Ravi's quick rollback, checkout was down for only four minutes.",
			"Thanks to Priya's alert, the corrupted rows were found within an hour.",
			"Thanks to the on-call's fast failover, no data was lost.",
			"Thanks to Kenji's runbook, the failed node was replaced in ten minutes.",
			"Props to Jun for finding the bad route so quickly.",
			"Credit to @omar, whose dashboard caught the drift.",
		},
		blameful: []string{
			"Thanks to Bob's change, checkout was down all afternoon.",
			"Thanks to Ravi, the orders table was wiped.",
		},
	}, {
		name: "damage done by another subject, in a relative clause",
		rule: langPersonCause,
		blameless: []string{
			"Ravi's job re-sent the invoices that the mailer had lost.",
		},
		blameful: []string{
			"Ravi's script reassigned the drivers and dropped every booking.",
			"Ravi's change broke the job that the scheduler had dropped.",
		},
	}})
}
