package cli

import (
	"strings"
	"testing"
	"time"
)

func TestLoadBackgroundConfig(t *testing.T) {
	tests := []struct {
		env               map[string]string
		reconcile, window time.Duration
		summaries         bool
		err               string
	}{
		{env: map[string]string{}, reconcile: 6 * time.Hour, window: 30 * time.Second, summaries: true},
		{env: map[string]string{"RECONCILE_INTERVAL": "15m", "TRACK_WINDOW": "0", "WEEKLY_SUMMARY": "on"}, reconcile: 15 * time.Minute, summaries: true},
		{env: map[string]string{"RECONCILE_INTERVAL": "off", "TRACK_WINDOW": "2m", "WEEKLY_SUMMARY": "off"}, window: 2 * time.Minute},
		{env: map[string]string{"RECONCILE_INTERVAL": "daily"}, err: `RECONCILE_INTERVAL "daily"`},
		{env: map[string]string{"TRACK_WINDOW": "-1s"}, err: `TRACK_WINDOW "-1s"`},
		{env: map[string]string{"WEEKLY_SUMMARY": "weekly"}, err: `WEEKLY_SUMMARY "weekly"`},
	}
	for _, tc := range tests {
		bg, err := loadBackgroundConfig(func(k string) string { return tc.env[k] })
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%v: error %v, want one naming %s", tc.env, err, tc.err)
			}
			continue
		}
		if err != nil || bg.reconcileInterval != tc.reconcile || bg.trackWindow != tc.window || bg.summaries != tc.summaries {
			t.Errorf("%v: got %+v, %v; want reconcile %v, window %v, summaries %v", tc.env, bg, err, tc.reconcile, tc.window, tc.summaries)
		}
	}
}
