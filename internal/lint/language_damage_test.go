package lint

import "testing"

// TestLanguageDamageClasses checks the words of damage that incident
// reports use beside the commonest ones: states a system is left in, a
// fall of service told as a noun, and work that never got done, each
// after a person's act and beside the same people repairing it.
func TestLanguageDamageClasses(t *testing.T) {
	checkClasses(t, []langClass{{
		name: "a state a system is left in",
		rule: langPersonCause,
		blameful: []string{
			"Tobias bumped the worker count to 400 and the database connections were pegged within a minute.",
			"Ines restarted every broker at once, leaving the consumers wedged and the queue backlogged.",
			"Halvard pushed the new TLS bundle, so the mobile clients were stranded on the login screen.",
			"Our release manager merged the schema change early and the reporting jobs hung for an hour.",
			"Ngozi edited the routing table by hand and the branch offices were blackholed until noon.",
		},
		blameless: []string{
			"Tobias restarted the hung workers and the connections came back.",
			"Ines cleared the backlogged queue after the brokers recovered.",
			"Halvard helped the stranded users sign in again.",
			"The release manager posted an update while the reporting jobs were hung.",
			"Ngozi found the blackholed prefix and restored the route.",
		},
	}, {
		name: "a fall of service told as a noun",
		rule: langPersonCause,
		blameful: []string{
			"Ayodele rotated the signing key without warning the partners, causing a lockout for every API client.",
			"Bjorn pushed the cache change on Friday evening, and the result was a two-hour brownout of search.",
			"Keanu's config push set off a meltdown across the three edge sites.",
		},
		blameless: []string{
			"Ayodele lifted the lockout once the new key had propagated.",
			"Bjorn wrote up the timeline of the brownout for the review.",
			"Keanu led the response to the meltdown across the edge sites.",
		},
	}, {
		name: "work that never got done",
		rule: langPersonCause,
		blameful: []string{
			"Rashid repointed the ingest job at the old bucket, so a day of meter readings went unprocessed.",
		},
		blameless: []string{
			"Ottilie resent the undelivered invoices on Monday morning.",
			"Rashid replayed the unprocessed meter readings from the archive.",
		},
	}})
}
