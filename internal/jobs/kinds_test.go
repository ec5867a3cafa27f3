package jobs_test

import (
	"context"
	"testing"

	"github.com/riverqueue/river"

	"github.com/postmortem-bot/postmortem-bot/internal/jobs"
	"github.com/postmortem-bot/postmortem-bot/internal/jobs/jobstest"
)

func TestKindsAreUniqueWhereTheWorkIs(t *testing.T) {
	review := jobs.ReviewArgs{InstallationID: 1, Repo: "o/r", Pull: 3, HeadSHA: "aaa", BaseRef: "main"}
	moved, rerun, draft := review, review, review
	moved.HeadSHA = "bbb"
	rerun.Rerun = "delivery-9"
	draft.Draft, draft.Opened = true, true // not part of the key
	merge := jobs.MergeArgs{InstallationID: 1, Repo: "o/r", Pull: 3, MergeSHA: "m1"}
	merge2 := merge
	merge2.MergeSHA = "m2"
	cases := []struct {
		name string
		args []river.JobArgs
		want int
	}{
		{"same review twice", []river.JobArgs{review, review}, 1},
		{"review of a moved head", []river.JobArgs{review, moved}, 2},
		{"a rerun of the check", []river.JobArgs{review, rerun}, 2},
		{"fields outside the key", []river.JobArgs{review, draft}, 1},
		{"merge of one pull request twice", []river.JobArgs{merge, merge2}, 1},
	}
	jobstest.Each(t, func(t *testing.T, cfg jobs.Config) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				cfg := cfg
				if cfg.DatabaseURL == "" {
					cfg = jobstest.SQLite(t)
				} else {
					cfg = jobstest.Postgres(t)
				}
				q := open(t, cfg)
				total := 0
				for _, a := range c.args {
					n, err := q.Insert(context.Background(), river.InsertManyParams{Args: a})
					if err != nil {
						t.Fatal(err)
					}
					total += n
				}
				if total != c.want {
					t.Errorf("jobs inserted: got %d, want %d", total, c.want)
				}
			})
		}
	})
}
