package lint

import (
	"strings"
	"testing"
)

// TestPersonSubjectFlags checks clauses whose subject is a person and
// whose continuation tells damage, a duty not done or slowness.
func TestPersonSubjectFlags(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ravi's patching script took the primary off the network.",
		"Marek changed the pool settings, exhausting the database connections.",
		"The release manager rotated the token, and the mobile clients were locked out.",
		"Helen never confirmed the restore job had run.",
		"The on-call engineer took 52 minutes to acknowledge the page.",
		"Our DBA was slow to escalate the replication lag.",
		"Due to Ravi's misconfigured proxy, the checkout pages stayed blank.",
		"The outage began when the SRE applied the staging manifest to production.",
		"Greta updated the load balancer and 503s followed for a quarter of an hour.",
		"Marek resized the pool just before the sale opened, which starved the API of connections.",
		"The on-call engineer was on the bridge but did nothing for 25 minutes.",
		// chat notes: a name in lower case, a verb in the present
		"14:02 ravi pushes the new limits config, prod goes red.",
		"i think sam restarted the wrong cluster, so the EU traffic dropped.",
		"After lena's deploy the login service started returning 500 for every SSO user.",
		// a person as the agent of a passive whose clause goes on to damage
		"The feature flag was flipped by Joe, which took checkout down for EU customers.",
		// the damage told first: "… after Kenji changed …"
		"Customers in APAC lost access for two hours after Kenji changed the CDN origin.",
		// a duty left undone after a first act, or by a system that then could not act
		"The SRE on call acknowledged the page and then did nothing for 35 minutes.",
		"Our on-call was asleep and missed every page for the first hour.",
		"our oncall person doesnt answer the page for 1h 20m",
		"Someone changed the DNS TTL to 24 hours and the failover could not propagate.",
		// wrong targets, mixed environments, idling during an outage, work called bad, work done twice
		"Tomasz restored last night's snapshot over the live orders database.",
		"Kenji pointed the staging app at the production database.",
		"Two of the engineers argued about the rollback for forty minutes while the site was down.",
		"Andre's bad merge reverted three weeks of fixes.",
		"Freya reran the payout batch, and 2,300 merchants were paid twice.",
		"The release was pushed out by Greta in spite of two failing integration tests, and the mobile app stopped syncing.",
		"Kenji changed the module and every team's plan destroyed the load balancers.",
		"The incident commander waited 25 minutes for a second opinion while checkout requests piled up.",
		"Our DBA let the disk on the primary hit 100% before acting.",
		// a name the list lacks, told as a person by a pronoun or a manner
		"Bartek overwrote the production secrets file with his local copy, wiping the new keys.",
		"Quillan reran the migration by hand, corrupting the ledger.",
		// a person's work that messaged everyone, or where the damage came from
		"Olga's script sent the password-reset email to every user in the database.",
		"The corrupted cache came from a manual edit that Arun made on the primary.",
		// a stale source, a safeguard left out, a consequence after a comma, nobody watching
		"Someone ran terraform apply from an old branch and removed the new subnets.",
		"The operator forced a failover during peak traffic, causing 12 minutes of 5xx errors.",
		"The developer set no expiry on the price cache, and stale prices were served for two days.",
		"Bogdan reduced the replica count to one to save money, leaving no redundancy when the node died.",
		"The team pushed the change on Friday evening with nobody around to watch it.",
		// damage told by an idiom
		"The new SRE rebooted all three etcd members together and the control plane went away.",
		"Kenji ran the migration on the primary and the API fell over.",
		"The DBA dropped the index and the queue ground to a halt.",
		// the person's own approval is no mark of intent
		"Our release manager approved a migration she had not tested.",
		"Dorota approved and merged a pull request that broke the login page.",
		"The change was approved by the release captain, who never asked for a rollback plan, and checkout broke for an afternoon.",
		// damage told first, then the act that began it, or an act told in the past perfect after a semicolon
		"Refunds stopped for a day because the billing engineer renamed the queue.",
		"The dashboards went blank when our DBA moved the metrics database to the new subnet.",
		"Invoices printed wrong for a week after our analyst changed the tax template.",
		"Card top-ups failed for four hours; Rahul had set the retry count to zero in the gateway config.",
		// a person's work with what it was done to, whose verb harms what it acts on
		"Ingrid's resize of the shared volume wiped the tenant exports.",
		"Kenji's restart of the session store killed every active session.",
		"Ahmed's manual edit of the ledger was done in the wrong order.",
		// a participle whose prefix tells the fault; money taken wrongly; an act done in place of the one meant
		"The release manager pushed the tax update on a Sunday and double-charged shoppers in two states.",
		"Our DBA stopped the migration halfway, leaving the schema half-migrated.",
		"Our billing engineer changed the rounding rule and customers were overcharged for a week.",
		"The on-call drained every node in the pool instead of the one that was failing.",
		"The SRE rolled the new limits out to every region instead of one at a time.",
		// a cleft that names the doer; a person's work told by a clause
		"It was Sabine's cron job that emptied the archive bucket.",
		"Tariq was the one who dropped the sessions table.",
		"Is Oren who merged the branch without tests, after that checkout was failing.",
		"The checkout slowdown traces back to the pool limits Oren set on Friday.",
		"The stale prices came from the cache TTL that Sabine raised to a day.",
		"A hotfix pushed by Oren dropped the audit table.",
		// "no longer", the only copy held, an idiom of a stolen account
		"Our DBA removed the signing key to tidy the vault, and the app could no longer verify sessions.",
		"The sysadmin formatted the shared volume, which held the only copy of the keys.",
		"Our account was taken over after Kenji changed the recovery email for a caller.",
		// a timeline note in the present tense; a name the list lacks with a persistent act or a human-only one
		"11:47 @omar approves PR 2213, 11:52 crew swaps start failing for every base",
		"08:10 @ines flips the feature flag for all tenants; 08:12 logins stall",
		"Marlowe kept restarting the primary instead of failing over, and the outage ran an extra hour.",
		"Thorsby unplugged the core switch and the office went dark.",
		// a consequence told with "so", ", which", "and" before a new subject, after a person's act
		"Our DBA changed the replication slot settings, and the analytics replica fell a day behind.",
		"Kenji moved the nightly report to the morning, so finance got the figures after the board meeting.",
		// what nobody did after a person's act; an act repeated; the damage begun with a person's act
		"The backup job was stopped by our DBA to free IO, and nobody turned it back on for nine days.",
		"Wendy approved and shipped a change that nobody else had reviewed.",
		"Hugo reran the invoice export by hand and billed some customers twice.",
		"Interest was posted twice to the savings accounts because our DBA re-triggered the batch.",
		"The outage started with Kenji clicking delete on the primary cluster.",
		// a resumptive pronoun in a chat note; a relative clause between commas; "since then"
		"The contractor he has run the import two times, so the ledgers are duplicated.",
		"Oskar, who had pasted the production token into the staging config, deleted the customer table.",
		"Kenji set the cache size to 10 MB, and since then all the long reports are failing.",
		// an act given as the reason for what a sentence tells
		"Invoices went to the old address for a week because our billing engineer edited the template.",
		"Search results came back empty because Kenji renamed the index alias.",
		"Alerts stopped reaching the analysts because Kenji re-pointed the webhook at a test endpoint.",
		// a runbook named as what was not done or not kept, not as what was followed
		"Our SRE skipped the drain step in the runbook, and the node dropped live connections.",
		"Lotte never updated the runbook after the DNS move, so the on-call restarted a dead host.",
		// a review nobody did, a consequence that found nothing
		"Our lead approved and merged a change that nobody else had seen.",
		"Our DBA changed the pool floor to zero, and the morning batch found no connections.",
		// an act, then the person away; a temporary state left up
		"Henrike merged the schema change late on Friday and left for the holidays.",
		"The release engineer pushed the tag and logged off for the night.",
		"Our SRE left the read-only banner up for a whole day after the migration.",
		// damage told in a relative clause of the object
		"Kenji shipped a build that hammered the API.",
		"Our DBA applied a migration that locked the orders table for twenty minutes.",
		// a secret built into what others can read
		"Our mobile developer hard-coded the signing key in the app bundle.",
		// a relative clause between the person and the verb
		"The developer who wrote the cache layer set no expiry, and stale prices were served for two days.",
		"The SRE who deployed the change dropped the index and checkout failed.",
		// damage told in the next clause of the same text, after an act that changes state
		"Marit ran the retention job against the prod bucket; a third of the customer exports were gone by 09:12.",
		"Kenji merged the change at 10:02. The API crashed.",
		// a bad measure rising; what the act left a system without; a manner before the damage
		"At 22:14 Carys started a full backup on the primary and replication lag climbed to forty minutes.",
		"Because Dario hardcoded the region, the failover to us-west had no effect.",
		"We shipped the config with the staging hostname, so production sessions went nowhere.",
		"Rhea cordoned every node in the pool by mistake and new pods had nowhere to schedule.",
		"Tom copied the staging database to production.",
		// acting on the live system; damage grown before a person acted
		"Kenji ran the migration on the live cluster.",
		"By the time Hannah escalated, the backlog had grown to four million messages.",
		// a repair done to the wrong thing
		"Kenji reverted the wrong commit.",
		"14:05 ravi reverts the wrong commit, pods keep crashlooping until 14:19.",
		// the present perfect; a phrase after "from" before the damage; "we" left without
		"The contractor has run the script two times, so the invoices are duplicated for all customers.",
		"They kept pushing retries from the admin console and made the thundering herd worse.",
		"Because Felipe turned off the log shipper to save costs, we had no logs for the first hour of the incident.",
		"He merged the schema change on Friday evening; by Saturday morning the replicas were two hours behind.",
		// a person's work whose verb is a word of damage the benign list also holds
		"Anton's terraform state edit orphaned half of our DNS records.",
	})
}

// TestPersonSubjectClears checks people doing neutral or remedial things,
// damage that is the object of a remedy, and systems that fail.
func TestPersonSubjectClears(t *testing.T) {
	checkPersonCause(t, false, []string{
		"Marek restored the deleted rows from the snapshot.",
		"Helen paged the storage team when the disks filled.",
		"The on-call engineer restarted the pods, and the errors stopped.",
		"Greta added an index, which fixed the saturated primary.",
		"We lost about 400 writes between 10:02 and 10:04.",
		"Ravi moved the degraded node to the spare pool.",
		"Karpenter deleted the nodes and the pods were rescheduled.",
		"Helen did not lose any writes during the move.",
		"Marek deleted the stale snapshots as planned.",
		"After Greta's rollback, checkout stopped returning 500s.",
		"We decided to fail over, which caused a brief spike in 5xx errors.",
		"The engineer took 40 minutes to restore service after the failover.",
		"Lee upgraded the driver, and the connection errors went away.",
		"We scaled up before the disks ran out of space.",
		"She joined the call after the database crashed, and paged the DBA.",
		"14:07 - Dmitri joins the bridge and starts checking the purge logs.",
		"One of the engineers went to the secondary and wiped the data directory, then ran the base backup.",
		"The replica was restored by Joe after the disk failed.",
		"Joe turned the flag off and checkout recovered within two minutes.",
		"Kenji replaced the wrong DNS record with the correct one at 11:04.",
		"will pushed the button and the pipeline started.",
		"We reverted Andre's bad merge at 10:40.",
		"Helen worked for 40 minutes while the site was down to restore the primary.",
		"Kenji pointed the production traffic at the staging cluster for the drill, as planned.",
		"Kenji sent the refund email to the affected customers twice, as agreed.",
		"Our release manager approved the migration after the dry run, as planned.",
		"Card top-ups failed for four hours; Rahul restarted the gateway.",
		"Ravi's restart of the scheduler cleared the stuck jobs.",
		"Helga's review of the change caught the missing index.",
		"Ravi's restart of the scheduler killed the stuck workers.",
		"It was Sabine's review that caught the bad migration.",
		"Kenji moved the cron schedule to 02:00, so the report now runs before the backups.",
		"Kenji pushed the rollback and the error rate fell back to normal.",
		"Kenji ran the diagnostic query and the replica lag showed 40 minutes.",
		"Kenji changed the DNS record, and the new region started taking traffic as planned.",
		"Kenji restarted the workers, so the queue drained within minutes.",
		"Oskar, who was on call that night, restored the customer table.",
		"Our mobile developer moved the signing key out of the app bundle and rotated it.",
		"We are moving the queue so that losing a broker does not stall the consumers.",
		"Henrike deployed the fix, watched the error rate fall, and left for the weekend.",
		"The release engineer finished the handover and logged off.",
		"Our SRE drained the node as the runbook says, and the pods moved to the spare pool.",
		"Kenji merged a change that nobody had touched in years.",
		"We rolled back because Kenji spotted the errors.",
		"The deploy paused because Kenji asked for a second review.",
		"The rollout waited because Kenji was still on the bridge.",
		"The team held the rollout because Kenji expected the replica to catch up.",
		"Checkout stayed on the old cluster because Kenji believed the new one was cold.",
		"Kenji sent the reminder twice, as agreed with support.",
		"The recovery started with Kenji noticing the lag.",
		"10:02 kenji approves the rollback PR, 10:09 errors stop",
		"Karpenter kept crashing until the pool was resized.",
		"Tariq was the one who restored the sessions table.",
		"A fix pushed by Oren removed the deadlock.",
		"The outage traces back to the disk that filled on Friday.",
		"The on-call had taken over the incident by then.",
		"Ingrid enabled the rate limiter during the sale, protecting the API.",
		"The stale backups were deleted by Dmitri after the new ones were verified.",
		"The DBA truncated the scratch table after the export finished.",
		"The new hire rotated the credentials that had leaked.",
		"The contractor deleted the expired backups as the retention policy requires.",
		"Our billing engineer refunded the overcharged customers.",
		"The SRE corrected the half-migrated schema.",
		"Kenji restored the orders table from the snapshot instead of the replica.",
		"Kenji moved the stuck jobs to another queue instead of killing them.",
		"Kenji rebooted the unresponsive workers one at a time.",
		"Our SRE drained the offline replica before the upgrade.",
		"The errors stopped after Kenji reverted the change.",
		"Kenji stopped the job when Ravi deployed the new schema.",
		"Refunds stopped for a day because the billing engineer paused them, as agreed with finance.",
		"Marta could not log in because her password had expired.",
		"The dashboards went blank while our DBA was on leave.",
		"Dorota approved and merged the fix, which restored the login page.",
		"Noah spotted that every team's plan wanted to destroy their load balancers and stopped the apply.",
		"Helen waited 10 minutes for the cache to warm while the errors dropped off.",
		"Karpenter deleted the empty nodes and the pods were rescheduled.",
		"Olga's script emailed every affected customer an apology.",
		"The fix came from a patch that Arun wrote on the primary.",
		"Quillan took a snapshot by hand about 6 hours prior to the outage, as he was tuning the pool.",
		"Kenji restored the orders table from last night's snapshot.",
		"Kenji set no limit on the dry run, as the runbook allows.",
		"Helen drained the node, leaving no pods on it before the reboot as planned.",
		"The Kubernetes operator restarted every pod in the set at once after the upgrade, and writes failed.",
		// a symptom that went away, a state of what was acted on, "went over" with an object
		"Kenji restarted the pods and the errors went away.",
		"Kenji restarted the broker that fell over.",
		"Kenji went over the runbook while the API was down.",
		"The engineer who joined the call restarted the pods, and the errors stopped.",
		// the next clause is context: after a communication or a remedy, a state going on, another person's act
		"Kenji opened the incident channel; checkout was failing.",
		"Kenji deployed the config change; checkout was still failing.",
		"Kenji deployed the fix at 10:05. The outage had begun at 09:40.",
		"Kenji ran the backfill; Ravi paged the DBA when the replicas fell behind.",
		"Kenji merged the change. The errors stopped.",
		"Kenji restarted the pods and latency climbed back to normal.",
		"Kenji paged the DBA while replication lag climbed.",
		"Kenji joined the call, and he had no access to the console.",
		"Kenji drained the node by hand, and the pods had no errors.",
		// what people read copied to production; an obstacle removed
		"Tom copied the staging dashboards to production so both show the same panels.",
		"Kenji copied the runbook to production.",
		"The developer removed the breakpoint and restarted the frozen payment worker.",
		"Kenji removed the IP ban on the partner.",
		"Kenji ran the read-only query against the production database to confirm the counts.",
		"Kenji deployed the hotfix on the production cluster.",
		"By the time Hannah joined, the errors had stopped.",
		"By the time we noticed, the disk had filled.",
		"Kenji scaled the consumers and the backlog stopped growing.",
		"Jonas noticed the wrong timezone in the cron schedule and fixed it.",
		"Kenji fixed the wrong setting with the correct value.",
		"We have deployed the fix and the errors have stopped.",
		"Kenji restored the orders from the snapshot and checkout recovered.",
		"Kenji rebuilt the replica that was two hours behind.",
		"Ravi's cleanup job deleted the orphaned volumes.",
	})
}

// TestPersonSubjectGivenName checks that an unknown capitalised word
// shaped like a given name and doing an act people do by hand is read as
// a person, and that systems, nouns and product names are not.
func TestPersonSubjectGivenName(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Marit ran the retention job and wiped the customer exports.",
		"Ysolde merged the dependency bump and broke the login service.",
		"Customers in APAC lost access for two hours after Wen changed the CDN origin.",
	})
	checkPersonCause(t, false, []string{
		"Jenkins ran the retention job and wiped the customer exports.",
		"Replication deleted the slot and the replica fell behind.",
		"Scheduler deleted the pods, causing errors.",
		"PgBouncer dropped the connections and checkout failed.",
		"Vitess dropped the shard and reads failed.",
		"Marit restored the customer exports after the bucket was wiped.",
	})
	for w, want := range map[string]bool{"Marit": true, "Rui": true, "Zoë": true, "API": false, "GitHub": false, "S3": false, "Node-1": false, "Replication": false, "Compactor": false, "Latency": false} {
		if got := langNameShape(w); got != want {
			t.Errorf("langNameShape(%q) = %v, want %v", w, got, want)
		}
	}
}

// checkPersonCause checks each text for a person-cause finding (flag) or
// for no finding at all.
func checkPersonCause(t *testing.T, flag bool, texts []string) {
	t.Helper()
	c := newLanguageChecker(DefaultOptions())
	rules := newLanguageChecker(Options{})
	for _, text := range texts {
		got := c.check(text, nil)
		if !flag {
			got = rules.check(text, nil)
			lmLogLookAlike(t, c, text)
		}
		if flag && !hasRule(got, langPersonCause) || !flag && len(got) != 0 {
			t.Errorf("%q: got %v, want a %s finding: %v", text, describeMatches(text, got), langPersonCause, flag)
		}
	}
}

// TestPersonSubjectConfig checks that a team's check may use the
// structure and that an unknown one is refused.
func TestPersonSubjectConfig(t *testing.T) {
	opt := DefaultOptions()
	opt.LanguageChecks = []LanguageCheck{{Rule: langPersonCause, Structure: "person-object"}}
	if err := ValidateLanguage(opt); err == nil || !strings.Contains(err.Error(), "unknown structure") {
		t.Errorf("unknown structure: got %v, want an error", err)
	}
	opt.LanguageChecks = []LanguageCheck{{Rule: langPersonCause, Structure: "person-subject"}}
	if err := ValidateLanguage(opt); err != nil {
		t.Errorf("person-subject: got %v, want no error", err)
	}
	// a team's word extends the lists the structure reads
	opt.LanguageChecks = nil
	opt.LanguageWords = map[string][]string{"cause-outcome": {"borked"}}
	text := "Marek pushed the flag and borked the login page."
	if !hasRule(newLanguageChecker(opt).check(text, nil), langPersonCause) {
		t.Errorf("%q: want a finding with the team's word", text)
	}
	if hasRule(newLanguageChecker(DefaultOptions()).check(text, nil), langPersonCause) {
		t.Errorf("%q: want no finding without the team's word", text)
	}
}

// TestPersonSubjectLists checks that every cause-* list of language.yaml
// is read by the check or used by a pattern.
func TestPersonSubjectLists(t *testing.T) {
	var used strings.Builder
	for _, c := range langBuiltinData.Checks {
		used.WriteString(strings.Join(append(append(c.Match, c.Unless...), append(c.UnlessBefore, c.UnlessNear...)...), " ") + " ")
	}
	for name := range langBuiltinData.Words {
		_, read := langCauseLists[name]
		if strings.HasPrefix(name, "cause-") && !read && !strings.Contains(used.String(), "@"+name) {
			t.Errorf("word list %s is used by no check", name)
		}
	}
}

func hasRule(ms []langMatch, rule string) bool {
	for _, m := range ms {
		if m.Rule == rule {
			return true
		}
	}
	return false
}

// TestPersonSubjectRewrites checks the system-centred rewrites of
// person-subject findings, and that none is offered where a passive
// without the person would not say the same thing.
func TestPersonSubjectRewrites(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for _, tt := range []struct{ text, want string }{
		{"Marek changed the pool settings, exhausting the database connections.", "The pool settings were changed, exhausting the database connections."},
		{"Greta updated the load balancer and 503s followed for a quarter of an hour.", "The load balancer was updated and 503s followed for a quarter of an hour."},
		{"Helen never updated the runbook after the move, so the steps pointed at a dead host.", "The runbook was never updated after the move, so the steps pointed at a dead host."},
		{"Our DBA restarted the replica mid-backup, corrupting the snapshot.", "The replica was restarted mid-backup, corrupting the snapshot."},
		{"Ezra kicked off a reindex on the primary right before the sale began, which starved the API of IO.", "A reindex was kicked off on the primary right before the sale began, which starved the API of IO."},
		{"14:07 - Dmitri runs the purge script on the wrong bucket; 2 TB of logs gone.", "14:07 - The purge script is run on the wrong bucket; 2 TB of logs gone."},
		{"Ravi's patching script took the primary off the network.", "The patching script took the primary off the network."},
		{"The feature flag was flipped by Joe, which took checkout down.", "The feature flag was flipped, which took checkout down."},
		{"The release was pushed out by Greta in spite of failing tests, and the app stopped syncing.", "The release was pushed out in spite of failing tests, and the app stopped syncing."},
		{"Tomasz restored last night's snapshot over the live orders database.", "Last night's snapshot was restored over the live orders database."},
		{"Our DBA kicked off a full vacuum at peak traffic.", "A full vacuum was kicked off at peak traffic."},
		{"Kenji deleted the production bucket, and uploads failed for an hour.", "The production bucket was deleted, and uploads failed for an hour."},
		{"The contractor left the admin panel open to the internet.", "The admin panel was left open to the internet."},
		{"The DBA restarted Postgres with the wrong config file.", "Postgres was restarted with the wrong config file."},
		{"The DBA ran the migration twice, duplicating every row in the invoices table.", "The migration was run twice, duplicating every row in the invoices table."},
		// a count after the object ends it
		{"Our SRE ran the cleanup job three times, so the audit log lost a week of entries.", "The cleanup job was run three times, so the audit log lost a week of entries."},
		{"Ilona applied the patch 2 times and the ledger was duplicated.", "The patch was applied 2 times and the ledger was duplicated."},
	} {
		got := c.check(tt.text, nil)
		if !hasRule(got, langPersonCause) {
			t.Errorf("%q: got %v, want a %s finding", tt.text, describeMatches(tt.text, got), langPersonCause)
			continue
		}
		if r := applyAll(tt.text, got); r != tt.want {
			t.Errorf("%q: rewrite %q, want %q", tt.text, r, tt.want)
		}
	}
	for _, text := range []string{
		"The on-call engineer took 52 minutes to acknowledge the page.",                         // a duration is no object
		"Our DBA was slow to escalate the replication lag.",                                     // no verb with a passive
		"Helen never confirmed the restore job had run.",                                        // the object is a clause
		"The on-call engineer was on the bridge but did nothing for 25 minutes.",                // nothing was done to anything
		"Zara wiped the staging bucket and left for the weekend.",                               // the person acts again
		"Marek overwrote the production secrets file with his local copy.",                      // the person comes back
		"The author of the feature flag left it on for all tenants, which exposed the beta UI.", // "it" goes with the person
		"Sergei unplugged the switch thinking it was the spare.",                                // the person's thought
		"Marek deleted the staging and production tables in one session.",                       // the object goes on
		"The contractor revoked the service account the billing job used, and payments failed.", // a relative clause
		"He pushed straight to main without a PR, breaking the build.",                          // no object
		"Our QA person signed off on the release without running the regression suite.",         // a particle, not an object
		"Kenji muted the pager and slept through the alerts, so the disk filled.",               // a second act, in a verb the lists lack
		"Matthias overrode the rate limit for his own load test and knocked the partner API over.",
		"The change was approved by the release captain, who never asked for a rollback plan, and checkout broke.", // the clause needs its person
	} {
		got := c.check(text, nil)
		if !hasRule(got, langPersonCause) {
			t.Errorf("%q: got %v, want a %s finding", text, describeMatches(text, got), langPersonCause)
		}
		for _, m := range got {
			if m.Replace != nil {
				t.Errorf("%q: rewrite %q of %q, want none", text, *m.Replace, text[m.Start:m.End])
			}
		}
	}
}

// TestPersonSubjectCrewRoles checks people written as a group or a desk:
// a word of who works there before "shift", "agent", "controller".
func TestPersonSubjectCrewRoles(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The night shift restarted both brokers at once, so the cluster lost quorum.",
		"Night shift restarted both brokers at once, so the cluster lost quorum.",
		"The helpdesk agent unlocked the wrong account and the customer lost access.",
		"The ops controller cancelled the wrong flights and two hundred passengers were stranded.",
		"The vendor pushed a firmware update that bricked the load balancers.",
		"First-line support closed the tickets and customers were locked out.",
	})
	checkPersonCause(t, false, []string{
		"The ingress controller restarted and dropped traffic for a minute.",
		"The shift in traffic overloaded the database.",
		"The Datadog agent crashed and metrics were lost.",
		"The day shift handed over at 07:00 and the queue drained normally.",
		"The vendor portal was slow all afternoon.",
	})
}

// TestPersonSubjectStoppedObject checks that a relative clause telling
// what the object had stopped doing is its earlier state, not damage.
func TestPersonSubjectStoppedObject(t *testing.T) {
	checkPersonCause(t, false, []string{
		"The engineer restarted the broker that had stopped consuming, which cleared the backlog.",
		"The night shift power-cycled the card that had stopped answering, and voice came back.",
	})
	checkPersonCause(t, true, []string{
		"Kenji rebooted the core switch and the mobile app stopped syncing.",
	})
}

// TestMentionWithDots checks that a login with dots is one mention, and
// that a full stop after a mention still ends the sentence.
func TestMentionWithDots(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for text, want := range map[string]string{
		"@fatima.z pushed it":  "@fatima.z",
		"@li.wei.ops deployed": "@li.wei.ops",
		"ask @ravi. Then wait": "@ravi",
	} {
		s := new(langScan)
		s.start(c, text, langPeople{})
		var got string
		for _, tok := range s.toks {
			if tok.kind == langMention {
				got = text[tok.start:tok.end]
			}
		}
		if got != want {
			t.Errorf("%q: mention %q, want %q", text, got, want)
		}
	}
	checkPersonCause(t, true, []string{"Checkout went down after @li.wei dropped the orders table."})
}

// TestPersonCauseWorkAsReason checks words that give a person's work as
// the reason for what happened: "owing to", "a result of", "came from".
func TestPersonCauseWorkAsReason(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Owing to Marta's edit of the crew-pairing rules, long-haul crews were given two early starts.",
		"Due to Marta's SQL, the statements batch picked up every closed account.",
		"Refunds were doubled, which came from Marta's change to the retry policy.",
		"The stale prices were a result of Marta's purge of the price cache.",
	})
	checkPersonCause(t, false, []string{
		"The idea came from Marta's review of the runbook.",
		"Owing to the storm, calls to Lisbon failed for an hour.",
		"Recovery came from Marta's rollback of the pool change.",
	})
}

// TestPersonCauseHarmedBy checks a passive whose participle is itself
// damage, with a person as its agent, and subjects that were already bad.
func TestPersonCauseHarmedBy(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The payroll batch was duplicated by Marta, whose replay included finished runs.",
		"The lab's quota was zeroed by Marta on Friday night.",
	})
	checkPersonCause(t, false, []string{
		"The stale rows were deleted by Marta.",
		"The flapping alert was silenced by Marta.",
		"The spam accounts were suspended by Marta.",
	})
}
