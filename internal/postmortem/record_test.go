package postmortem

import "testing"

// What reads as a step already done, and what reads as work to do.
func TestIsRecordStep(t *testing.T) {
	tests := []struct {
		text string
		done bool
	}{
		{"Reverted `ratelimits.yaml` to the previous version", true},
		{"We moved EU traffic to eu-central-1", true},
		{"The flag was turned off at 14:10", true},
		{"We have removed the ability for bots to push to the release branch.", true},
		{"We have for several years enabled 2FA for the whole organisation.", true},
		{"The auditor also recommended we consider signing every release.", true},
		{"Add a replica-lag alert at 60 s", false},
		{"Automated testing of database restores", false},
		{"A dedicated runbook for certificate renewal", false},
		{"Our shared dashboards need an owner", false},
		{"We are improving the onboarding documentation for new maintainers", false},
		{"Improved alerting", false},
	}
	for _, tt := range tests {
		if got := isRecordStep(tt.text); got != tt.done {
			t.Errorf("isRecordStep(%q) = %v, want %v", tt.text, got, tt.done)
		}
	}
}
