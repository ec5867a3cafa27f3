package lint

import "testing"

// TestLanguageSequelClasses checks the constructions that tie a person's
// act to trouble told after it or in a sentence of its own, and the
// readings that keep trouble that stopped, work taken back, a return to
// normal, a supplier's failing product or an amount apart from damage.
func TestLanguageSequelClasses(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "damage after \", after which\"",
		rule: langPersonCause,
		blameful: []string{
			"Tobias restarted the pump during the peak, after which the billing job crashed.",
			"The routing table was edited by Ines at noon, after which the branch routers crashed.",
		},
		blameless: []string{
			"Halvor restarted the broker, after which the queue drained normally.",
			"Ines flushed the cache, after which the errors cleared.",
		},
	}, {
		name: "a sentence of its own naming what the trouble came from",
		rule: langPersonCause,
		blameful: []string{
			"Every parcel label printed upside down. That was Signe's template change.",
			"Members were emailed twice on Sunday. This came from Jorge's re-import of the mailing list.",
			"The night batch ran four hours late. This was down to Tarjei, who had paused the scheduler for a test.",
		},
		blameless: []string{
			"The queue drained by noon. That was Signe's rollback.",
			"Every label printed correctly again. This was down to Tarjei, who restored the old template.",
		},
	}, {
		name: "an aside that names a person's work as where damage came from",
		rule: langPersonCause,
		blameful: []string{
			"The receipts showed yesterday's date, courtesy of Anselm's clock tweak.",
			"Podcast ads landed in the wrong feed for a week, by way of Ilse's feed mapping.",
		},
		blameless: []string{
			"The new panel, courtesy of Anselm's query change, shows the lag per shard.",
			"The outage ended within minutes, courtesy of Ilse's rollback.",
		},
	}, {
		name: "an amount told as wrong",
		rule: langPersonCause,
		blameful: []string{
			"The readings were imported in litres by Ragnhild, so the bills came out a thousand times too high.",
			"The old mapping was applied by Ruben, so the refunds were booked as zero.",
		},
		blameless: []string{
			"Ragnhild corrected the unit mapping, so the bills were no longer ten times too high.",
			"Ruben reset the retry counter to zero after the drill.",
		},
	}, {
		name: "an operation followed by a wrong amount, the same thing undergone over and over",
		rule: langPersonCause,
		blameful: []string{
			"Tobias reset the loyalty ledger, and thirty thousand members woke up to a balance of zero.",
			"Sindre raised the frequency cap, and viewers saw the same trailer six times in one evening.",
		},
		blameless: []string{
			"Tobias reset the retry counter to zero after the drill.",
			"Sindre restarted the same pod four times while debugging.",
		},
	}, {
		name: "trouble that stopped, work taken back, things back to normal, an amount over a number",
		rule: langPersonCause,
		blameful: []string{
			"The ad-ops lead raised the frequency cap, so viewers saw the same trailer five times.",
		},
		blameless: []string{
			"The ad-ops lead lowered the frequency cap, so viewers no longer saw the same trailer five times.",
			"Tove capped the resend batch, so subscribers no longer got duplicate receipts.",
			"Someone on the billing team withdrew the promo price file at 07:50.",
			"Someone on the billing team withdrew the promo price file at 07:50 and the tills charged normal prices again.",
			"The risk lead relaxed the velocity rule for Tromsø on Monday and transfers over 500 NOK went through.",
		},
	}, {
		name: "a supplier's product that failed by itself",
		rule: langPersonCause,
		blameful: []string{
			"The kiosks went offline when Tarjei's firmware update failed partway.",
		},
		blameless: []string{
			"The kiosks went offline when the supplier's firmware update failed partway.",
			"The scanners dropped off the network when the vendor's driver update failed halfway.",
		},
	}})
}

// TestLanguageNamedDoerClasses checks a person's act named through who did
// it: an absolute clause after the damage, a consequence of work done by
// someone, a decision by someone to pass over a safeguard, and a role's
// work after a link.
func TestLanguageNamedDoerClasses(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "an absolute clause with a person's act",
		rule: langPersonCause,
		blameful: []string{
			"The delivery fee was charged twice on every order, Greta having added it to both the basket and the invoice.",
		},
		blameless: []string{
			"The queue drained by noon, Greta having restored the consumer group.",
			"The replica caught up within minutes, Greta having paged the DBA early.",
		},
	}, {
		name: "a consequence of work done by a person",
		rule: langPersonCause,
		blameful: []string{
			"As a consequence of the schema change approved by the DBA, invoices failed for an hour.",
			"The retry storm was a result of the override entered by Mikkel at 02:10.",
		},
		blameless: []string{
			"As a result of the rollback approved by the incident commander, checkout recovered.",
		},
	}, {
		name: "a decision by a person to pass over a safeguard",
		rule: langPersonCause,
		blameful: []string{
			"Following the decision taken by the release manager to skip the canary, every region got the broken build.",
		},
		blameless: []string{
			"After the choice by the release manager to pause the rollout, the errors stopped.",
		},
	}, {
		name: "a role's or a group's work after a link",
		rule: langPersonCause,
		blameful: []string{
			"Subscribers on iOS got every push notice twice after the mobile team's manifest change.",
			"Invoices went out twice — the billing team's retry script.",
		},
		blameless: []string{
			"The errors vanished after the platform team's rollback.",
			"Checkout sped up after the platform team's cache change.",
		},
	}, {
		name: "an act done to what had lacked that very act",
		rule: langPersonCause,
		blameful: []string{
			"Bram deleted the invoices that had gone unsent.",
			"Bram locked the accounts that had stayed unlocked, and every customer was logged out.",
			"Bram paused the payout queue for the audit and never unpaused it.",
		},
		blameless: []string{
			"Ilse processed the blood samples that had gone unprocessed over the holiday.",
			"Bram sent the invoices that had been left unsent since Friday.",
		},
	}})
}
