package lint

import "testing"

// TestPersonCauseNamesInS checks names that end in s: a possessive
// written with the apostrophe alone, and given names in -us, -is and -ys
// that the list lacks; and their look-alikes: the same people doing
// routine or remedial acts, and plural nouns as subjects.
func TestPersonCauseNamesInS(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Nikos' migration script emptied the invoices table.",
		"Marcus’ cron change wiped the staging bucket overnight.",
		"The SREs' cleanup script deleted every snapshot older than a day.",
		"Evanthius pushed the DNS change and the storefront went dark.",
		"Kyrillis merged the retry patch and the queue hammered the ledger.",
		"Gruffydys flipped the routing flag and half the riders lost their bookings.",
	})
	checkPersonCause(t, false, []string{
		"Nikos' rollback restored the invoices table.",
		"Marcus’ runbook lists the steps for the failover.",
		"The SREs' dashboards showed the lag within a minute.",
		"Evanthius paged the storage team at 03:10.",
		"Kyrillis merged the fix for the retry storm.",
		"Publishers pushed the events and the queue stayed healthy.",
		"Gateways dropped every request while the certificate was expired.",
		"Relays queued the mail until the upstream came back.",
	})
}

// TestPersonCauseCompoundNames checks names joined by a hyphen or an
// apostrophe and surnames with small words ("van der"), whether or not
// the list knows a part; and the same names doing neutral acts, with
// hyphenated and particle words that are no names.
func TestPersonCauseCompoundNames(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Marie-Claire pushed the wrong zone file and every lookup failed.",
		"Hye-jin ran the purge against production and the catalogue went empty.",
		"Karim Al-Mansouri pushed the quota change and uploads stalled for an hour.",
		"O'Keeffe pushed the firewall rule and the payment gateway went offline.",
		"Ruairi N'Diaye pushed the index drop, which locked the orders table.",
		"Joost van den Heuvel pushed the expiry change and every session was dropped.",
		"Van den Heuvel pushed the expiry change and every session was dropped.",
		"Lucia de la Fuente merged the schema change and checkout went down.",
	})
	checkPersonCause(t, false, []string{
		"Marie-Claire pushed the corrected zone file and lookups recovered.",
		"Hye-jin ran the purge in staging as the runbook asks.",
		"O'Keeffe paged the network team when the gateway went offline.",
		"Joost van den Heuvel reverted the expiry change and sessions came back.",
		"Pre-prod pushed the old build and checkout went down in the test run only.",
		"Read-only mode stayed on until the replica caught up.",
	})
}

// TestNameShape checks the shapes of given names, compound ones
// included, against the shapes of products, nouns and hosts.
func TestNameShape(t *testing.T) {
	for w, want := range map[string]bool{
		"Kwabena": true, "Anne-Marie": true, "Al-Farsi": true, "Ji-ho": true, "O'Brien": true, "D’Souza": true,
		"API": false, "GitHub": false, "node-1": false, "Pre-Scaler": false, "X-Ray": false, "Ana-": false,
		"O'": false, "Rock'n'roll": false, "Replication": false, "-Ana": false,
	} {
		if got := langNameShape(w); got != want {
			t.Errorf("langNameShape(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLexerBareApostrophe checks that an apostrophe after a final s and
// before a space makes a possessive of the word before it, and that a
// closing quote does not.
func TestLexerBareApostrophe(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for _, tc := range []struct {
		text, word string
		poss       bool
	}{
		{"Chris' deploy broke it", "chris", true},
		{"the SREs’ script", "sres", true},
		{"the nodes' disks", "nodes", true},
		{"set it to 'yes' here", "yes", false},
		{"the pods are stale", "pods", false},
	} {
		s := new(langScan)
		s.start(c, tc.text, langPeople{})
		found := false
		for k := range s.toks {
			if s.word(k) == tc.word {
				found = true
				if s.toks[k].poss != tc.poss {
					t.Errorf("%q: %q possessive %v, want %v", tc.text, tc.word, s.toks[k].poss, tc.poss)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tc.text, tc.word)
		}
	}
}

// TestPersonCauseGroupRoles checks a role inside a group's possessive
// ("the lab's new hire", "the platform team's lead"), supervisors and
// offices ("the head of support"), and their look-alikes: the same roles
// doing remedial acts, a group's tools or software, and an office word
// before a determiner ("the head of the queue").
func TestPersonCauseGroupRoles(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Checkout failed for an hour because the agency's new contractor pointed the CDN at a test origin.",
		"The data team's lead switched every export to the old schema and the warehouse loads broke.",
		"The night supervisor silenced the pressure alarms and the pipe burst.",
		"The head of support deleted the queue, and every open ticket was lost.",
		"Our director of field service cancelled the van bookings, so forty customers had no technician that day.",
	})
	checkPersonCause(t, false, []string{
		"The data team's lead switched the exports back and the warehouse loads recovered.",
		"The night supervisor acknowledged the pressure alarms and called the field crew.",
		"The data team's pipeline deleted the expired exports as scheduled.",
		"The cluster's operator restarted the stuck pods.",
		"The head of the queue was blocked, and every request behind it timed out.",
		"The head of support restored the queue, and every open ticket came back.",
	})
}

// TestPersonCauseOwnerOpens checks "Their" or "Our" opening a sentence
// with a person's work as its cause, and their look-alikes: the same work
// that repaired, a role after "Our", and a system's "their".
func TestPersonCauseOwnerOpens(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Their hotfix wiped the session store for every tenant.",
		"Our migration script dropped the invoices table.",
		"Their decision to skip the canary took the checkout API down.",
	})
	checkPersonCause(t, false, []string{
		"Their hotfix restored the session store for every tenant.",
		"Our release engineer promoted the build after the tests passed.",
		"The replicas fell behind. Their lag grew to an hour while the disk was slow.",
		"Our dashboards showed the spike within a minute.",
	})
}

// TestPersonCauseHyphenatedCrew checks a group or desk led by a
// hyphenated word whose last part says who works there ("the store-ops
// rota"), and look-alikes: the same crew repairing, and a hyphenated word
// that says no such thing.
func TestPersonCauseHyphenatedCrew(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Someone on the branch-ops rota unplugged the wrong router in the Leeds depot.",
		"A colleague on the payments-support desk deleted the wrong merchant account.",
	})
	checkPersonCause(t, false, []string{
		"Someone on the branch-ops rota replugged the router in the Leeds depot and the tills came back.",
		"Traffic on the east-west shift grew after the migration.",
	})
}

// TestPersonCauseOwnedRole checks a role owned by a person ("Priya's
// team", "his manager") read as people rather than as the person's work,
// and look-alikes: the same people repairing, and a group's tools.
func TestPersonCauseOwnedRole(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Because Priya's team never rotated the certificate, the gateway rejected every client.",
		"His manager approved the schema change without a review, and the orders table was locked for an hour.",
	})
	checkPersonCause(t, false, []string{
		"Priya's team rotated the certificate a week before it expired.",
		"His manager approved the rollback and checkout recovered.",
		"Priya's team pipeline deleted the expired artefacts as scheduled.",
	})
}

// TestPersonCauseNoteVerbInS checks a listed name in lower case after a
// note's time whose verb in -s takes a bare noun ("flips maintenance
// mode"), and look-alikes: the same notes telling a repair, a check or
// the start of an investigation.
func TestPersonCauseNoteVerbInS(t *testing.T) {
	checkPersonCause(t, true, []string{
		"03:40 maria toggles maintenance mode across the whole fleet; all checkouts fail",
		"21:15 kenji repoints traffic at the staging origin; prod pages go offline",
	})
	checkPersonCause(t, false, []string{
		"03:40 maria checks disk usage on the shared volume; nothing unusual",
		"21:15 kenji restores replication slots on every node; replicas catch up",
		"10:02 maria starts digging, finds broker crash in the logs",
	})
}

// TestPersonCauseLowerNameBe checks a listed name in lower case before
// "was" or "is", as chat-style notes write it, and look-alikes: the same
// people on call or repairing, and a month or a word that names no one.
func TestPersonCauseLowerNameBe(t *testing.T) {
	checkPersonCause(t, true, []string{
		"tomas was the one who dropped the sessions table, which is why every login failed.",
		"priya was running a backfill on the primary and saturated its CPU.",
	})
	checkPersonCause(t, false, []string{
		"tomas was the one who restored the sessions table, which is why logins came back.",
		"priya was on call and paged the database team at 02:10.",
		"june was the busiest month the checkout API has had.",
	})
}

// TestPersonCauseRelativeClause checks a person who is the subject of a
// relative clause whose verb is perfect, present or after an adverb ("the
// engineer who had pushed …", "who owns …", "who usually handles …"), and
// look-alikes: the same people repairing or paging.
func TestPersonCauseRelativeClause(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The contractor who had written the retry loop took the payments API down.",
		"The analyst who owns the nightly export locked the ledger table for an hour.",
		"The engineer who usually handles billing restarted every worker at once and the queue stalled.",
	})
	checkPersonCause(t, false, []string{
		"The contractor who had written the retry loop rolled it back and payments recovered.",
		"The analyst who owns the nightly export paged the database team.",
		"The engineer who usually handles billing restored the ledger table.",
	})
}

// TestPersonCauseMoreRoles checks officers, moderators and new starters
// as roles, and a person followed by the group they work in ("a
// developer on the payments squad"); and look-alikes: the same people
// repairing, and group words that name machines or tests.
func TestPersonCauseMoreRoles(t *testing.T) {
	checkPersonCause(t, true, []string{
		"The security officer revoked every partner key at once and all integrations lost access.",
		"A new starter dropped the invoices table on their first day.",
		"An engineer on the checkout squad deleted the production bucket.",
		"A moderator wiped the wrong forum and the archive was lost.",
	})
	checkPersonCause(t, false, []string{
		"The security officer revoked the leaked partner key.",
		"An engineer on the checkout squad restored the production bucket from the snapshot.",
		"The autoscaling group dropped two idle instances during the scale-in.",
		"The unit tests deleted their fixtures after each run.",
	})
}

// TestPersonCauseApposition checks a person named again between commas,
// by a role or a name ("Ravi, our DBA, dropped …"), and look-alikes: the
// same people repairing, and a list of systems between commas.
func TestPersonCauseApposition(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Ingrid, our release manager, deleted the production bucket.",
		"The contractor, Ravi, dropped the sessions table.",
	})
	checkPersonCause(t, false, []string{
		"Ingrid, our release manager, restored the production bucket.",
		"The contractor, Ravi, paged the database team.",
		"Redis, Kafka, and Postgres dropped connections during the failover test as planned.",
	})
}

// TestPersonCauseJoinedOwners checks two owners joined by "and" read as
// one owner of the work, so the rewrite drops both; and a look-alike whose
// work caught the trouble.
func TestPersonCauseJoinedOwners(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for text, want := range map[string]string{
		"Tomas's and Aiko's scripts both emptied the invoices table.": "The scripts both emptied the invoices table.",
		"His and her cron jobs wiped the staging bucket twice.":       "The cron jobs wiped the staging bucket twice.",
	} {
		if got := applyAll(text, c.check(text, nil)); got != want {
			t.Errorf("%q: rewrite %q, want %q", text, got, want)
		}
	}
	checkPersonCause(t, false, []string{"Tomas's and Aiko's reviews caught the bad migration before it shipped."})
}

// TestNameShapeShortCompoundParts checks that the short parts of a
// hyphenated given name may end in -ing ("Wing-yan", "Mei-ling"), while a
// longer part keeps a noun's suffix ("Billing-api", "Pre-Scaler").
func TestNameShapeShortCompoundParts(t *testing.T) {
	for w, want := range map[string]bool{
		"Wing-yan": true, "Mei-ling": true, "Shu-ting": true, "Wing": false,
		"Billing-api": false, "Pre-Scaler": false, "Tracing-ui": false,
	} {
		if got := langNameShape(w); got != want {
			t.Errorf("langNameShape(%q) = %v, want %v", w, got, want)
		}
	}
	checkPersonCause(t, true, []string{
		"Wing-yan pushed the queue app update at the lunch peak, and the ticket screens crashed.",
	})
}
