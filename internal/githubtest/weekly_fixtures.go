package githubtest

import "time"

// CloseIssueAt closes issue n as if it had been closed at the time at,
// with reason ("completed" or "not_planned"; "" means completed). As on
// GitHub, closing updates the issue: updated_at becomes at when later,
// so that a listing with since finds it.
func (r *Repo) CloseIssueAt(n int, at time.Time, reason string) {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	is := r.issue(int64(n))
	if is == nil {
		r.s.t.Fatalf("githubtest: CloseIssueAt: %s has no issue #%d", r.FullName(), n)
		return
	}
	is.State, is.StateReason, is.ClosedAt = "closed", cmpOr(reason, "completed"), at
	if at.After(is.UpdatedAt) {
		is.UpdatedAt = at
	}
}

// PutFiles commits files (path → content; nil content removes a path)
// on branch in one commit, created from the default branch if missing,
// and returns the commit SHA: a quick way to fill a large repository.
func (r *Repo) PutFiles(branch string, files map[string][]byte, message string) string {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	r.ensureBranch(branch)
	copied := make(map[string][]byte, len(files))
	for p, b := range files {
		if b != nil {
			b = append([]byte{}, b...)
		}
		copied[p] = b
	}
	r.branches[branch] = r.commit(r.branches[branch], copied, message)
	return r.branches[branch]
}
