package lint

import "testing"

// TestLanguageModelAgent: the model is asked about a sentence in which a
// person acts who may be its cause, and about no sentence whose only
// people acting are people served, "we" reporting or observing, or a
// role at a remedy or a routine act, whatever damage it tells.
func TestLanguageModelAgent(t *testing.T) {
	c := newLanguageChecker(modelOptions())
	for _, tc := range []struct {
		text  string
		agent bool
	}{
		// the people served: what they did is not the cause
		{"The couriers marked the parcels delivered before the depot scanners came back.", false},
		{"Several members changed their passwords during the login outage.", false},
		// "we" reporting or observing
		{"We observed dropped connections on every gateway in the Oslo region.", false},
		{"We saw deleted rows in the audit table an hour later.", false},
		// a role at a remedy or a routine act
		{"The on-call engineer restarted the ingest workers, and the queue was lost.", false},
		{"The night shift supervisor reverted the pricing change at 03:10.", false},
		// a person who may be the cause, damage told or not
		{"Ravi deleted the staging bucket that the reporting jobs still read from.", true},
		{"The on-call engineer deleted the data directory on the replica.", true},
		{"We deleted the old topic while two consumers still read from it.", true},
		{"Halima pushed the new routing table to every depot on Friday evening.", true},
		{"The dock schedule was changed by the night shift supervisor.", true},
	} {
		in := c.modelInput(tc.text)
		if !in.Person || in.Agent != tc.agent {
			t.Errorf("%q: person %v, agent %v; want a person, agent %v", tc.text, in.Person, in.Agent, tc.agent)
		}
	}
}
