package lint

import "testing"

// TestPersonCauseWorkAmiss checks a person's work that opens a sentence
// and did something amiss to what it handled, told with no word of
// damage: nobody or nothing where someone was meant, a repeat, another
// thing in the place of the one meant, everyone where some were meant;
// and its blameless look-alikes: the same work done as meant, a remedy,
// care for those affected, or what was unwanted removed.
func TestPersonCauseWorkAmiss(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Marguerite's routing table sent every Lyon parcel to the Brest depot.",
		"Oskar's shift plan put two cashiers on the Saturday rush and nobody on the returns desk.",
		"Priyanka's booking rule booked the same room for three different meetings.",
		"Zanele's tariff upload charged every pensioner the business rate.",
		"Ayesha's label template printed the dosage in grams on every box.",
		"Lorenzo's refund job credited each customer twice.",
		"Nkechi's config push pointed the mobile app at the retired API host.",
		"Greta's schedule change ran the payroll batch a day early.",
		"Tariq's import doubled every stock count in the Leeds warehouse.",
		"Hugo's pick list put the Oslo order on the Bergen truck instead of the Oslo one.",
		"The intern's mailing script emailed the whole customer list a password reset.",
		"Our DBA's cleanup job closed every account opened before March.",
		"Their Friday migration moved the archived invoices into the wrong ledger.",
		"Her rota gave the Cascais kitchen two head chefs and nobody on pastry.",
		"His export marked the entire Leeds stock as sold.",
		"Keanu's seating plan seated nobody at the sponsors' table.",
		"Abebe's fee run took the March fees from every parent a second time, leaving them double charged.",
		"Sunniva's price file priced the whole spring range at zero.",
		"Ngozi's SMS template told everyone on the list to come at 08:00 instead of 10:00.",
		"Luca's roster left the ward with nobody on nights.",
		"Tiago's route file sent the riders to the store we closed in August.",
		"The contractor's ticket batch booked strangers into the reserved seats.",
		"Wiremu's packing list put the Auckland order on the previous day's flight.",
		"Dalia's sync job paid the suppliers twice for the same delivery.",
		"Rahel's tariff table billed the whole district at the old rate.",
		"Mateus's schedule moved every Monday lesson to Sunday.",
		"The night lead's rota left nobody on the fuel dock until ten.",
		"Ilse's template push replaced the English menu with the wrong language on every kiosk.",
		"Oren's promo rule gave everyone a free month instead of members only.",
		"Ama's school-code list sent the Accra payments to the wrong school.",
		"Farid's exam-slot import booked the same slot for two classes, leaving one of them nowhere to sit.",
		"Yasmin's timetable upload ran the 07:15 sailing twice and the 17:15 one not at all.",
	})
	checkPersonCause(t, false, []string{
		"Marguerite's routing table sent the Lyon parcels back to the Lyon depot.",
		"Oskar's shift plan put two cashiers on the Saturday rush.",
		"Priyanka's booking rule booked the rooms as requested.",
		"Zanele's tariff upload charged every pensioner the agreed rate.",
		"Ayesha's label template printed the dosage in milligrams, as ordered.",
		"Lorenzo's refund job credited each affected customer.",
		"Nkechi's config push pointed the mobile app at the new API host.",
		"Greta's schedule change ran the payroll batch on the right day.",
		"Tariq's query showed that every stock count in Leeds had doubled.",
		"Hugo's pick list put the Oslo order on the Oslo truck.",
		"Svenja's template sent the apology to every affected customer.",
		"Rafael's cleanup script closed the 300 duplicate accounts.",
		"Mei's roster gave the night shift a second nurse.",
		"Bruno's migration moved the archived invoices to cold storage.",
		"Camille's promo rule went live at noon.",
		"Ingrid's price import finished at 04:00.",
		"Priya's rollback restored checkout within minutes.",
		"Kofi's dashboard showed the queue depth rising.",
		"Ana's patch went out at 10:00.",
		"Lee's runbook told responders which valve to close.",
		"Yusuf's export listed every parcel that had been delayed.",
		"Tobias's mailing list reached every affected member within the hour.",
		"Dalia's sync job paid the suppliers for the week's deliveries.",
		"Mateus's schedule moved the Monday lessons to the new hall, as planned.",
		"The night lead's rota put two people on the fuel dock.",
		"Oren's fix gave every member their free month back.",
		"Wiremu's packing list put the Auckland order on the morning flight.",
		"Rahel's tariff table billed the district at the new rate.",
		"Sunniva's price file listed the spring range at the advertised prices.",
		"The on-call engineer's restart cleared the stuck queue.",
		"Ama's reconciliation script corrected the school codes.",
		"Kwame's rota left nobody idle on the night shift.",
	})
}

// TestPersonCauseThanksAmiss checks "thanks to" a person or a person's
// work with an outcome told by what came out wrong or how long it lasted,
// and the gratitude and remedies that look like it.
func TestPersonCauseThanksAmiss(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Thanks to Ravi's refactor, the cafeteria tills ran on paper for two days.",
		"Thanks to Lena's timezone tweak, evening slots were offered after the shops had closed.",
		"Thanks to our DBA's cleanup, the reporting replica lost a week of data.",
		"Thanks to the night shift's manual override, trains ran past the closed junction.",
		"Thanks to Yara's new routing rule, Berlin calls rang in the Madrid office all morning.",
		"Thanks to Kenji's migration, logins took thirty seconds all afternoon.",
		"Thanks to Sione's import, every tenant got the previous tenant's bill.",
		"Thanks to the contractor's edit, the Harbour district's addresses went missing for a week.",
		"Courtesy of Piotr's config push, the kiosks ran the old timetable all weekend.",
		"Thanks to Amara's price upload, the spring range sold at the wrong price for a week.",
	})
	checkPersonCause(t, false, []string{
		"Thanks to Katya's quick rollback, checkout recovered within minutes.",
		"Thanks to Hugo, the incident channel had a clear timeline.",
		"Thanks to Ravi's dashboard, we spotted the lag early.",
		"Thanks to Omar's runbook, the failover took four minutes.",
		"Thanks to Lena, every affected customer got a refund the same day.",
		"Thanks to @mkim's alert, the on-call joined within two minutes.",
		"Thanks to our DBA, the replica caught up before the morning peak.",
		"Thanks to Pedro's cache change, pages loaded twice as fast.",
		"Thanks to the night shift, no train ran past the closed junction.",
		"Thanks to Yara's new routing rule, Berlin calls now reach the Berlin office.",
		"Thanks to everyone who joined the bridge.",
		"Thanks to Sione for staying on the call all night.",
		"First of all, thanks to the vendor's security team for finding and reporting the leak.",
		"Thanks to Amara's team, who stayed on the bridge until the outage was over.",
		"First of all, thanks to the vendor's security team for finding and reporting the leak.",
		"Thanks to Amara's team, who stayed on the bridge until the outage was over.",
	})
}

// TestJudgementAgainstCare checks a person's act told by the warning or
// the care it went against ("despite being told to wait", "without
// telling anyone", "on a whim", "against the DBA's advice", "went ahead
// anyway"), and a system's acts and checks that read the same way.
func TestJudgementAgainstCare(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "an act against a warning or without care",
		rule: "language/judgement",
		blameful: []string{
			"Kim went ahead with the migration anyway.",
			"Our DBA truncated the audit table without a word to anyone.",
			"Hannah rotated the signing key on a whim.",
			"The contractor rewired the rack on a whim during peak hours.",
			"Liang pushed the schema change despite being told the freeze was on.",
			"@sofia.m reran the payout job despite being asked to wait for finance.",
			"The on-call engineer silenced the pager in spite of being reminded it was the only alert.",
			"Dmitri merged the branch even though he had been warned the tests were flaky.",
			"She rebooted the primary even though she had been told a backup was running.",
			"The new hire disabled the firewall rule against the security team's advice.",
			"They rolled out the config against explicit instructions from the change board.",
			"Aroha kept the old cipher suite against the recommendations of the audit.",
			"The team lead went ahead with the launch anyway.",
			"Jonas carried on with the import anyway, and the ledger filled with duplicates.",
			"The DBA ploughed ahead with the reindex anyway.",
		},
		blameless: []string{
			"The job ran despite warnings in the log.",
			"Priya validated the plan against the advice in the vendor's guide.",
			"We checked the config against the recommendations from the audit.",
			"The cron kept running anyway.",
			"The replica went ahead of the primary by two seconds.",
			"Mira restarted the cluster after telling everyone in the channel.",
			"Ben asked whether anyone had changed the TTL.",
			"The queue carried on anyway once the broker recovered.",
			"The alert fired without anyone noticing.",
			"Ravi restarted the cluster after telling everyone on the bridge.",
			"Chidi asked the platform team before deploying to all regions.",
			"Hannah rotated the signing key on schedule.",
			"Liang pushed the schema change once the freeze was lifted.",
			"Dmitri merged the branch after the flaky tests were fixed.",
			"The team lead postponed the launch.",
			"The migration went ahead as planned.",
			"The import carried on after the broker came back.",
			"Aroha tested the cipher suites against the recommendations of the audit.",
			"Her export against the orders table held a write lock for an hour.",
			"Ravi tuned the query against the advice table.",
		},
	}, {
		name: "an act on a system without telling anyone, which the person-subject check reads first",
		rule: langPersonCause,
		blameful: []string{
			"Ravi restarted the cluster without telling anyone.",
			"Chidi deployed to all regions without asking anyone on the platform team.",
			"The night operator closed the valve without informing anybody in the control room.",
			"Marek shut down the broker without consulting anyone.",
		},
	}})
}

// TestBlameResponsibleNamed checks a named person or team made
// responsible for an outage, or the maker of a mistake, and the same
// words of a system or of a duty in the handling of an incident.
func TestBlameResponsibleNamed(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "a named person responsible, or the maker of a mistake",
		rule: "language/blame",
		blameful: []string{
			"Francisca was responsible for the outage of our export filings that week.",
			"The mistake was made by Jakub when he held the closure notice back.",
			"The error was made by the night operator.",
			"Kowalski was responsible for the outage.",
			"The errors were made by the contractor during the cutover.",
			"Okafor is responsible for the downtime on the ward cabinets.",
		},
		blameless: []string{
			"The DNS change was responsible for the outage.",
			"A BGP leak was responsible for the outage of the EU region.",
			"Kafka was responsible for the outage of the consumers.",
			"The pump controller was responsible for the outage.",
			"Priya was responsible for the incident review.",
			"The mistake was made by the parser, which read the date as American.",
			"An error was made by the billing engine when it rounded the totals.",
			"Nobody was responsible for the outage.",
			"Tomasz was responsible for the incident channel and the timeline.",
		},
	}})
}
