package lint

import (
	"strings"
	"testing"
)

// TestRewriteClasses checks the blameless rewrites class by class: each
// sentence's findings, applied, must give the rewrite, and the message
// must show the sentence's own rewrite rather than the rule's example.
func TestRewriteClasses(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for _, tt := range []struct{ class, text, want string }{
		{"plural object", "Anouk renamed its export files, and the nightly import failed.", "Its export files were renamed, and the nightly import failed."},
		{"plural object", "A contractor changed its file names, which broke the nightly import.", "Its file names were changed, which broke the nightly import."},
		{"plural object", "Arjun changed the file names, which broke the nightly import.", "The file names were changed, which broke the nightly import."},
		{"object with of", "We purged the thumbnails of 3,400 listings on Monday morning.", "The thumbnails of 3,400 listings were purged on Monday morning."},
		{"object with of", "Ravi wiped the backups of 40 customers' databases and the restore failed.", "The backups of 40 customers' databases were wiped and the restore failed."},
		{"object with about", "They ignored the warning about the full disk, which later stopped the queue.", "The warning about the full disk went unanswered, which later stopped the queue."},
		{"possessive agent", "Osei's rollout of the pricing table broke checkout.", "The rollout of the pricing table broke checkout."},
		{"possessive agent", "The outage was triggered by Ilse's deploy of the wrong image.", "The outage was triggered by the deploy of the wrong image."},
		{"possessive agent", "It was Bruno's cron edit that mailed every invoice twice.", "It was the cron edit that mailed every invoice twice."},
		{"forgot to", "Tamsin forgot to renew the signing key.", "The signing key was not renewed."},
		{"failed to", "The release manager failed to tag the hotfix branch, and the old build shipped.", "The hotfix branch was not tagged, and the old build shipped."},
		{"never", "Our DBA never rotated the replication password.", "The replication password was never rotated."},
		{"pronoun subject", "She dropped the sessions table during peak traffic.", "The sessions table was dropped during peak traffic."},
		{"present-tense note", "09:14 piotr truncates the audit table, reports go blank.", "09:14 the audit table is truncated, reports go blank."},
		{"second act", "Kenji typed the wrong region and drained every node.", "The wrong region was typed and every node was drained."},
		{"second act", "Priya rotated the signing key but didn't update the webhook consumers.", "The signing key was rotated but the webhook consumers were not updated."},
		{"second act", "Sam disabled the disk alert and never turned it back on.", "The disk alert was disabled and it was never turned back on."},
		{"relative clause", "Our platform engineer bumped the codec version, which changed the keyframe interval and broke ad insertion.", "The codec version was bumped, which changed the keyframe interval and broke ad insertion."},
		{"second act", "Lucía misconfigured the firewall and locked everyone out of the bastion.", "The firewall was misconfigured and everyone was locked out of the bastion."},
		{"gap", "The failure was caused by a human error in the firewall rules.", "The failure was caused by an error in the firewall rules."},
		{"judging word", "Kwame's lazy copy-paste of the old manifest reintroduced the memory limit bug.", "The copy-paste of the old manifest reintroduced the memory limit bug."},
		{"judging word", "Deploying an incompetent change broke the login page.", "Deploying a change broke the login page."},
		{"passive agent", "The index was dropped by Kenji during the cleanup.", "The index was dropped during the cleanup."},
		{"passive agent", "The payments table was truncated by the on-call engineer, and refunds failed.", "The payments table was truncated, and refunds failed."},
		{"relative object", "Tomasz pushed the change that broke the payment callbacks.", "The change that broke the payment callbacks was pushed."},
		{"relative object", "Ines shipped a migration that locked the accounts table for an hour.", "A migration that locked the accounts table for an hour was shipped."},
		{"quantifier", "Emeka restarted all the Kafka brokers at once and the consumers lost their offsets.", "All the Kafka brokers were restarted at once and the consumers lost their offsets."},
		{"told about", "Hannah didn't tell the support team about the migration, and tickets piled up.", "The support team was not told about the migration, and tickets piled up."},
		{"counterfactual", "We should have caught the expired token in staging.", "The expired token was not caught in staging."},
		{"counterfactual", "The night shift ought to have paused the import job.", "The import job was not paused."},
		{"counterfactual", "Rosa shouldn't have restarted both brokers at once.", "Both brokers were restarted at once."},
		{"counterfactual passive", "The alert should have been acknowledged within five minutes.", "The alert was not acknowledged within five minutes."},
		{"no as a subject's determiner", "Mara deleted the queue, and no orders came through for an hour.", "The queue was deleted, and no orders came through for an hour."},
		{"no as a subject's determiner", "Oskar overwrote the hotfix with the old build, and no alerts fired until the refunds failed.", "The hotfix was overwritten with the old build, and no alerts fired until the refunds failed."},
	} {
		got := c.check(tt.text, nil)
		if r := applyAll(tt.text, got); r != tt.want {
			t.Errorf("%s: %q: rewrite %q, want %q (%v)", tt.class, tt.text, r, tt.want, describeMatches(tt.text, got))
			continue
		}
		for _, m := range got {
			if m.Replace != nil && strings.Contains(m.Message, "{example}") {
				t.Errorf("%q: message %q keeps the placeholder", tt.text, m.Message)
			}
		}
	}
}

// TestRewriteNone checks sentences that get a finding but no rewrite,
// because none would be grammatical, keep the facts and leave no person
// as the cause.
func TestRewriteNone(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for _, tt := range []struct{ text, words string }{
		{"Anselm's untested polling change overloaded the pump controllers and they dropped off the network.", "they"}, // "they" are the controllers
		{"Wei disabled the rate limiter to speed up his test and the API was flooded.", "his"},                         // "his" still needs Wei
		{"The deploy was kicked off by Yusuf from his phone, and checkout broke.", "Yusuf"},                            // dropping Yusuf leaves "his"
		{"Farah's failure to rotate the key left the service exposed for a week.", "Farah"},                            // the work is the fault
		{"Responders ought to have escalated sooner.", "ought"},                                                        // no object
		{"We could have avoided the whole outage with one more test.", "could"},                                        // what could have been is no fact
		{"Someone should have noticed the settlement file was being sent twice.", "should"},                            // the object is a clause
		{"Marek wiped the staging bucket and went home.", "Marek"},                                                     // a second act with no passive
		{"The pickup zones were deleted by a product manager tidying up the admin console.", "manager"},                // the phrase after him is his
		{"Ravi told the team that the deploy was safe, and checkout broke.", "Ravi"},                                   // "that" opens what he said, not a relative clause
		{"Kenji merged the patch that broke login and went home.", "Kenji"},                                            // the person acts again
		{"The outage was caused by Kenji.", "Kenji"},                                                                   // without him the clause says nothing
		{"The incident was caused by Oleg, who rotated the database password without telling anyone.", "Oleg"},         // the clause needs its person
		{"Tomás made a rookie mistake by editing the production config by hand.", "rookie"},                            // without the judgement it still names his fault
		{"That was a reckless change to make on a Friday.", "reckless"},                                                // after "was a" the sentence loses its point
		{"Wei removed the rate limiter \"for now\" and never put it back.", "Wei"},                                     // a quotation inside the object
		{"We pushed the tariff update without the regression suite and billed prepaid users double.", "We"},            // a bare second object with no clear end
		{"Tallyho Pay runs payroll for about 4,000 small businesses, and the June run failed.", "runs"},                // a present tense with no time is no note
	} {
		for _, m := range c.check(tt.text, nil) {
			if m.Replace != nil && strings.Contains(tt.text[m.Start:m.End], tt.words) {
				t.Errorf("%q: rewrite %q of %q, want none", tt.text, *m.Replace, tt.text[m.Start:m.End])
			}
		}
	}
}

// TestRewriteMessage checks that the message names the sentence's own
// rewrite, and the rule's example only where there is none.
func TestRewriteMessage(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	got := c.check("Tamsin forgot to renew the signing key. Checkout failed for an hour.", nil)
	if len(got) == 0 || !strings.Contains(got[0].Message, `"The signing key was not renewed"`) {
		t.Errorf("message %v, want it to show the sentence's rewrite", got)
	}
	ex := langRuleExamples["language/person-cause"]
	for _, m := range c.check("Wei disabled the rate limiter to speed up his test and the API was flooded.", nil) {
		if m.Rule == "language/person-cause" && m.Replace == nil && !strings.Contains(m.Message, ex) {
			t.Errorf("message %q, want the rule's example where there is no rewrite", m.Message)
		}
	}
}
