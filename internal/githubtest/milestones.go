package githubtest

import (
	"cmp"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Milestone is a repository milestone.
type Milestone struct {
	Number                    int
	Title, Description, State string
	// DueOn is the due date; zero for none.
	DueOn time.Time
}

// Milestones returns the repository's milestones by number.
func (r *Repo) Milestones() []Milestone {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var out []Milestone
	for _, m := range r.milestones {
		out = append(out, *m)
	}
	return out
}

// AddMilestone creates m (its Number is ignored; State defaults to
// "open") and returns its number.
func (r *Repo) AddMilestone(m Milestone) int {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	return r.addMilestone(m).Number
}

// addMilestone stores m with the next number. The caller holds s.mu.
func (r *Repo) addMilestone(m Milestone) *Milestone {
	m.Number = len(r.milestones) + 1
	m.State = cmpOr(m.State, "open")
	r.milestones = append(r.milestones, &m)
	return &m
}

// milestone returns milestone n, or nil.
func (r *Repo) milestone(n int) *Milestone {
	if n < 1 || n > len(r.milestones) {
		return nil
	}
	return r.milestones[n-1]
}

// milestoneJSON is m as GitHub answers it, or nil.
func (r *Repo) milestoneJSON(m *Milestone) any {
	if m == nil {
		return nil
	}
	open, closed := r.milestoneCounts(m.Number)
	return obj{
		"id": r.ID*1000 + int64(m.Number), "node_id": "MI_" + itoa(m.Number), "number": m.Number,
		"title": m.Title, "description": nilIfEmpty(m.Description), "state": m.State,
		"due_on": timeJSON(m.DueOn), "open_issues": open, "closed_issues": closed,
		"creator": userJSON(r.Owner), "url": r.apiURL("/milestones/" + itoa(m.Number)),
		"html_url":   r.htmlURL() + "/milestone/" + itoa(m.Number),
		"created_at": timeJSON(r.created), "updated_at": timeJSON(r.created),
	}
}

// milestoneCounts counts the open and closed issues in milestone n.
func (r *Repo) milestoneCounts(n int) (open, closed int) {
	for _, is := range r.issues {
		switch {
		case is.Milestone != n:
		case is.State == "open":
			open++
		default:
			closed++
		}
	}
	return open, closed
}

// listMilestones answers GET /repos/{owner}/{repo}/milestones with the
// state, sort (due_on, completeness) and direction filters.
func (s *Server) listMilestones(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	q := r.URL.Query()
	state := cmpOr(q.Get("state"), "open")
	var found []*Milestone
	for _, m := range repo.milestones {
		if state == "all" || m.State == state {
			found = append(found, m)
		}
	}
	if q.Get("sort") != "completeness" {
		slices.SortStableFunc(found, func(a, b *Milestone) int { return cmpDue(a, b, q.Get("direction")) })
	}
	writeJSON(w, http.StatusOK, page(w, r, found, func(m *Milestone) obj { return repo.milestoneJSON(m).(obj) }))
}

// cmpDue orders milestones by due date, those without one last.
func cmpDue(a, b *Milestone, direction string) int {
	if direction == "desc" {
		a, b = b, a
	}
	switch {
	case a.DueOn.IsZero() || b.DueOn.IsZero():
		return cmp.Compare(boolInt(a.DueOn.IsZero()), boolInt(b.DueOn.IsZero()))
	}
	return a.DueOn.Compare(b.DueOn)
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// createMilestone answers POST /repos/{owner}/{repo}/milestones.
func (s *Server) createMilestone(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Title, State, Description string
		DueOn                     *time.Time `json:"due_on"`
	}
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	for _, m := range repo.milestones {
		if strings.EqualFold(m.Title, req.Title) {
			validationFailed(w, fieldError{Resource: "Milestone", Field: "title", Code: "already_exists"})
			return
		}
	}
	m := Milestone{Title: req.Title, State: req.State, Description: req.Description}
	if req.DueOn != nil {
		m.DueOn = *req.DueOn
	}
	writeJSON(w, http.StatusCreated, repo.milestoneJSON(repo.addMilestone(m)))
}
