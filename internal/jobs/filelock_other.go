//go:build !unix

package jobs

import "context"

// lockFile does nothing where flock is missing: one process per state
// file is then the operator's to ensure.
func lockFile(context.Context, string) (func(), error) { return func() {}, nil }
