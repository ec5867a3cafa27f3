package githubtest

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
)

// Label is a repository label.
type Label struct {
	ID                       int64
	Name, Color, Description string
}

// hexColor is the colour form GitHub accepts: six hex digits, no "#".
var hexColor = regexp.MustCompile(`^[0-9a-fA-F]{6}$`)

// Labels returns the repository's labels in creation order.
func (r *Repo) Labels() []Label {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	var out []Label
	for _, l := range r.labels {
		out = append(out, *l)
	}
	return out
}

// AddLabel creates a label as if it existed before the test.
func (r *Repo) AddLabel(name, color, description string) {
	r.s.mu.Lock()
	defer r.s.mu.Unlock()
	r.addLabel(name, color, description)
}

// addLabel creates a label. The caller holds s.mu.
func (r *Repo) addLabel(name, color, description string) *Label {
	l := &Label{ID: r.s.id(), Name: name, Color: strings.ToLower(color), Description: description}
	r.labels = append(r.labels, l)
	return l
}

// label returns the label called name (any case), or nil.
func (r *Repo) label(name string) *Label {
	for _, l := range r.labels {
		if strings.EqualFold(l.Name, name) {
			return l
		}
	}
	return nil
}

// labelNames turns an issue request's labels (names or objects with a
// name) into names, creating missing labels as GitHub does.
func (r *Repo) labelNames(raw []json.RawMessage) []string {
	names := []string{}
	for _, v := range raw {
		var name string
		if json.Unmarshal(v, &name) != nil {
			var o struct{ Name string }
			_ = json.Unmarshal(v, &o)
			name = o.Name
		}
		l := r.label(name)
		if l == nil {
			l = r.addLabel(name, "ededed", "")
		}
		names = append(names, l.Name)
	}
	return names
}

// labelsJSON renders the named labels.
func (r *Repo) labelsJSON(names []string) []obj {
	out := []obj{}
	for _, n := range names {
		if l := r.label(n); l != nil {
			out = append(out, r.labelJSON(l))
		}
	}
	return out
}

// labelJSON is a label as GitHub answers it.
func (r *Repo) labelJSON(l *Label) obj {
	return obj{
		"id": l.ID, "node_id": "LA_" + l.Name, "name": l.Name, "color": l.Color,
		"description": nilIfEmpty(l.Description), "default": false,
		"url": r.apiURL("/labels/" + l.Name),
	}
}

// listLabels answers GET /repos/{owner}/{repo}/labels.
func (s *Server) listLabels(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	writeJSON(w, http.StatusOK, page(w, r, repo.labels, repo.labelJSON))
}

// createLabel answers POST /repos/{owner}/{repo}/labels.
func (s *Server) createLabel(w http.ResponseWriter, r *http.Request) {
	var req struct{ Name, Color, Description string }
	repo := s.decodeLocked(w, r, &req)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	req.Color = strings.TrimPrefix(cmpOr(req.Color, "ededed"), "#")
	switch {
	case repo.label(req.Name) != nil:
		validationFailed(w, fieldError{Resource: "Label", Field: "name", Code: "already_exists"})
	case !hexColor.MatchString(req.Color):
		validationFailed(w, fieldError{Resource: "Label", Field: "color", Code: "invalid"})
	default:
		writeJSON(w, http.StatusCreated, repo.labelJSON(repo.addLabel(req.Name, req.Color, req.Description)))
	}
}

// checkAssignee answers GET /repos/{owner}/{repo}/assignees/{assignee}:
// 204 when the login can be assigned, 404 otherwise.
func (s *Server) checkAssignee(w http.ResponseWriter, r *http.Request) {
	repo := s.lockedRepo(w, r)
	if repo == nil {
		return
	}
	defer s.mu.Unlock()
	if !repo.assignable[strings.ToLower(r.PathValue("assignee"))] {
		notFound(w)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
