package actions

import (
	"context"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Label colours, one per kind, so that the app's labels read alike in
// every repository.
const (
	colorAction   = "5319e7" // purple
	colorSeverity = "d93f0b" // red-orange
	colorPriority = "fbca04" // yellow
)

// issueLabels are the labels of an action's issue: the action label, the
// incident's severity and the action's priority, each with its prefix,
// created when missing.
func (r *mergeRun) issueLabels(ctx context.Context, doc *postmortem.Document, a postmortem.Action) ([]string, error) {
	want := []struct{ name, color, desc string }{
		{r.cfg.Labels.Action, colorAction, "An action from a post-mortem"},
		{prefixed(r.cfg.Labels.SeverityPrefix, postmortem.NormalizeSeverity(doc.Severity)), colorSeverity, "Severity of the incident"},
		{prefixed(r.cfg.Labels.PriorityPrefix, a.Priority), colorPriority, "Priority of the action"},
	}
	labels := []string{}
	for _, w := range want {
		if w.name == "" {
			continue
		}
		name, err := r.labels.Ensure(ctx, w.name, w.color, w.desc)
		if err != nil {
			return nil, mergeErr(r.req, "creating label "+w.name, err)
		}
		labels = append(labels, name)
	}
	return labels, nil
}

// prefixed is prefix+value, "" when value is empty. GitHub caps label
// names at 50 characters.
func prefixed(prefix, value string) string {
	if value = strings.TrimSpace(value); value == "" {
		return ""
	}
	s := prefix + value
	if r := []rune(s); len(r) > 50 {
		s = string(r[:50])
	}
	return s
}
