package githubtest

import (
	"net/http"
	"slices"
	"time"
)

// maxAnnotations is how many annotations GitHub takes in one request.
const maxAnnotations = 50

// CheckRun is a check run; Annotations accumulate over its updates, as on
// GitHub.
type CheckRun struct {
	ID                                int64
	Name, HeadSHA, Status, Conclusion string
	ExternalID, DetailsURL            string
	Title, Summary, Text              string
	Annotations                       []Annotation
	StartedAt, CompletedAt            time.Time
	// Updates counts the PATCH requests the run received.
	Updates int
}

// Annotation is a check run annotation.
type Annotation struct {
	Path            string `json:"path"`
	StartLine       int    `json:"start_line"`
	EndLine         int    `json:"end_line"`
	StartColumn     int    `json:"start_column,omitempty"`
	EndColumn       int    `json:"end_column,omitempty"`
	AnnotationLevel string `json:"annotation_level"`
	Message         string `json:"message"`
	Title           string `json:"title,omitempty"`
	RawDetails      string `json:"raw_details,omitempty"`
}

// checkRunRequest is the body of check run create and update.
type checkRunRequest struct {
	Name        *string    `json:"name"`
	HeadSHA     string     `json:"head_sha"`
	Status      *string    `json:"status"`
	Conclusion  *string    `json:"conclusion"`
	ExternalID  *string    `json:"external_id"`
	DetailsURL  *string    `json:"details_url"`
	StartedAt   *time.Time `json:"started_at"`
	CompletedAt *time.Time `json:"completed_at"`
	Output      *struct {
		Title       *string      `json:"title"`
		Summary     *string      `json:"summary"`
		Text        *string      `json:"text"`
		Annotations []Annotation `json:"annotations"`
	} `json:"output"`
}

// CheckRuns returns the repository's check runs in creation order.
func (r *Repo) CheckRuns() []CheckRun {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var out []CheckRun
	for _, c := range r.checkRuns {
		cp := *c
		cp.Annotations = slices.Clone(c.Annotations)
		out = append(out, cp)
	}
	return out
}

// createCheckRun answers POST /repos/{owner}/{repo}/check-runs.
func (s *Server) createCheckRun(w http.ResponseWriter, r *http.Request) {
	var req checkRunRequest
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	if repo.commits[req.HeadSHA] == nil {
		validationFailed(w, fieldError{Resource: "CheckRun", Field: "head_sha", Code: "invalid", Message: "No commit found for SHA: " + req.HeadSHA})
		return
	}
	c := &CheckRun{ID: s.id(), HeadSHA: req.HeadSHA, Status: "queued", StartedAt: s.now()}
	if !c.apply(w, req, s.now()) {
		return
	}
	repo.checkRuns = append(repo.checkRuns, c)
	writeJSON(w, http.StatusCreated, repo.checkRunJSON(c))
}

// updateCheckRun answers PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}.
func (s *Server) updateCheckRun(w http.ResponseWriter, r *http.Request) {
	var req checkRunRequest
	if !decode(w, r, &req) {
		return
	}
	repo, c := s.lockedCheckRun(w, r)
	if c == nil {
		return
	}
	defer s.mu.Unlock()
	next := *c
	next.Annotations = slices.Clone(c.Annotations)
	if !next.apply(w, req, s.now()) {
		return
	}
	next.Updates++
	*c = next
	writeJSON(w, http.StatusOK, repo.checkRunJSON(c))
}

// getCheckRun answers GET /repos/{owner}/{repo}/check-runs/{check_run_id}.
func (s *Server) getCheckRun(w http.ResponseWriter, r *http.Request) {
	repo, c := s.lockedCheckRun(w, r)
	if c == nil {
		return
	}
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, repo.checkRunJSON(c))
}

// lockedCheckRun finds the repository and check run of r, locking s.mu;
// it answers 404 and returns a nil run (unlocked) when either is missing.
func (s *Server) lockedCheckRun(w http.ResponseWriter, r *http.Request) (*Repo, *CheckRun) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return nil, nil
	}
	id, _ := pathInt(r, "check_run_id")
	for _, c := range repo.checkRuns {
		if c.ID == id {
			return repo, c
		}
	}
	s.mu.Unlock()
	notFound(w)
	return nil, nil
}

// apply sets the fields of req on c, answering 422 for more than 50
// annotations or a completed run without a conclusion.
func (c *CheckRun) apply(w http.ResponseWriter, req checkRunRequest, now time.Time) bool {
	if req.Output != nil && len(req.Output.Annotations) > maxAnnotations {
		validationFailed(w, fieldError{Resource: "CheckRun", Field: "output.annotations", Code: "invalid",
			Message: "Only 50 annotations are allowed per request"})
		return false
	}
	if req.Conclusion == nil && (req.CompletedAt != nil || req.Status != nil && *req.Status == "completed") {
		validationFailed(w, fieldError{Resource: "CheckRun", Field: "conclusion", Code: "missing_field"})
		return false
	}
	setString(&c.Name, req.Name)
	setString(&c.Status, req.Status)
	setString(&c.Conclusion, req.Conclusion)
	setString(&c.ExternalID, req.ExternalID)
	setString(&c.DetailsURL, req.DetailsURL)
	c.applyTimes(req, now)
	if o := req.Output; o != nil {
		setString(&c.Title, o.Title)
		setString(&c.Summary, o.Summary)
		setString(&c.Text, o.Text)
		c.Annotations = append(c.Annotations, o.Annotations...)
	}
	return true
}

// applyTimes sets the start and completion times; a conclusion completes
// the run.
func (c *CheckRun) applyTimes(req checkRunRequest, now time.Time) {
	if req.StartedAt != nil {
		c.StartedAt = *req.StartedAt
	}
	if req.Conclusion != nil {
		c.Status = "completed"
		c.CompletedAt = now
	}
	if req.CompletedAt != nil {
		c.CompletedAt = *req.CompletedAt
	}
}

// listCheckRuns answers GET /repos/{owner}/{repo}/commits/{ref}/check-runs.
func (s *Server) listCheckRuns(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	commit := repo.resolve(r.PathValue("ref"))
	if commit == nil {
		notFound(w)
		return
	}
	q := r.URL.Query()
	var found []*CheckRun
	for _, c := range repo.checkRuns {
		if c.HeadSHA == commit.sha && (q.Get("check_name") == "" || q.Get("check_name") == c.Name) &&
			(q.Get("status") == "" || q.Get("status") == c.Status) {
			found = append(found, c)
		}
	}
	writeJSON(w, http.StatusOK, obj{"total_count": len(found), "check_runs": page(w, r, found, repo.checkRunJSON)})
}

// checkRunJSON is c as GitHub answers it.
func (r *Repo) checkRunJSON(c *CheckRun) obj {
	id := itoa(int(c.ID))
	return obj{
		"id": c.ID, "node_id": "CR_" + id, "name": c.Name, "head_sha": c.HeadSHA, "status": c.Status,
		"conclusion": nilIfEmpty(c.Conclusion), "external_id": c.ExternalID, "details_url": nilIfEmpty(c.DetailsURL),
		"started_at": timeJSON(c.StartedAt), "completed_at": timeJSON(c.CompletedAt),
		"url": r.apiURL("/check-runs/" + id), "html_url": r.htmlURL() + "/runs/" + id,
		"output": obj{"title": nilIfEmpty(c.Title), "summary": nilIfEmpty(c.Summary), "text": nilIfEmpty(c.Text),
			"annotations_count": len(c.Annotations), "annotations_url": r.apiURL("/check-runs/" + id + "/annotations")},
		"check_suite": obj{"id": c.ID}, "app": obj{"id": 1, "slug": "postmortem-bot", "name": "postmortem-bot"},
		"pull_requests": []obj{},
	}
}
