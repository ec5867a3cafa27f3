package jobs

import "github.com/riverqueue/river"

// Job kinds: what the app does, one kind per use case.
const (
	KindDelivery  = "delivery"
	KindReview    = "review"
	KindMerge     = "merge"
	KindTrack     = "track"
	KindReconcile = "reconcile"
	KindWeekly    = "weekly_summary"
)

// DeliveryArgs is one verified webhook delivery that some job wants,
// stored before GitHub gets its 202, its payload beside it (see
// payloadTable). The delivery id makes it unique: a redelivery, before or
// after a restart, inserts nothing.
type DeliveryArgs struct {
	DeliveryID     string `json:"delivery_id" river:"unique"`
	Event          string `json:"event"`
	Action         string `json:"action,omitempty"`
	Repo           string `json:"repo,omitempty"`
	InstallationID int64  `json:"installation_id,omitempty"`
}

// Kind implements river.JobArgs.
func (DeliveryArgs) Kind() string { return KindDelivery }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (DeliveryArgs) InsertOpts() river.InsertOpts {
	opts := uniqueByArgs()
	opts.Queue = deliveryQueue
	return opts
}

// deliveryQueue holds the stored deliveries, read deliveryWorkers at a
// time in a queue of their own: reviews and merges waiting on a slow
// GitHub in the default queue never hold up the reading of the next
// deliveries (a merge, a tracked change), and the reading, quick work on
// the cores that acknowledge deliveries, stays a small share of them.
const (
	deliveryQueue   = "deliveries"
	deliveryWorkers = 2
)

// ReviewArgs asks for the review of one pull request at one head commit:
// unique by repository, pull request and head SHA, so the events that ask
// for the same review (opened, a check suite) make one job. A rerun of
// the check names its delivery, and runs again.
type ReviewArgs struct {
	InstallationID int64  `json:"installation_id"`
	Repo           string `json:"repo" river:"unique"`
	Pull           int    `json:"pull" river:"unique"`
	HeadSHA        string `json:"head_sha" river:"unique"`
	Rerun          string `json:"rerun,omitempty" river:"unique"`
	BaseRef        string `json:"base_ref"`
	DefaultBranch  string `json:"default_branch"`
	Draft          bool   `json:"draft,omitempty"`
	Opened         bool   `json:"opened,omitempty"`
}

// Kind implements river.JobArgs.
func (ReviewArgs) Kind() string { return KindReview }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (ReviewArgs) InsertOpts() river.InsertOpts {
	return uniqueByArgs()
}

// MergeArgs asks for the issues of a pull request merged into its default
// branch: unique by repository and pull request.
type MergeArgs struct {
	InstallationID int64  `json:"installation_id"`
	Repo           string `json:"repo" river:"unique"`
	Pull           int    `json:"pull" river:"unique"`
	MergeSHA       string `json:"merge_sha"`
	DefaultBranch  string `json:"default_branch"`
	RepoURL        string `json:"repo_url,omitempty"`
}

// Kind implements river.JobArgs.
func (MergeArgs) Kind() string { return KindMerge }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (MergeArgs) InsertOpts() river.InsertOpts {
	return uniqueByArgs()
}

// TrackArgs asks for the write of one document's tracked changes, kept
// in the change log (see trackTable): scheduled a window after a change,
// it writes every change the document has by then, in one commit. Later
// jobs of the same document find nothing left and end at once.
type TrackArgs struct {
	Repo string `json:"repo"` // owner/name
	Doc  string `json:"doc"`  // owner/name:path
}

// Kind implements river.JobArgs.
func (TrackArgs) Kind() string { return KindTrack }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (TrackArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: maxAttempts} }

// maxAttempts bounds a job's tries: River's backoff (attempt⁴ seconds)
// spreads ten over about three hours.
const maxAttempts = 10

// uniqueByArgs are the insert options of a job unique by its fields
// tagged river:"unique", among jobs not yet run, running or kept after
// completing (a day); a discarded or cancelled job does not count, so
// its redelivery runs again.
func uniqueByArgs() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: maxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}
