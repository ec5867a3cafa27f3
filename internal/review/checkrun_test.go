package review

import (
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

func TestConclusion(t *testing.T) {
	files := func(sevs ...lint.Severity) []*File {
		f := &File{}
		for _, s := range sevs {
			f.Findings = append(f.Findings, lint.Finding{Severity: s})
		}
		return []*File{f}
	}
	tests := []struct {
		name  string
		files []*File
		fail  lint.Severity
		want  string
	}{
		{"nothing", nil, lint.Error, "success"},
		{"clean file", files(), lint.Error, "success"},
		{"below", files(lint.Warning, lint.Notice), lint.Error, "neutral"},
		{"at", files(lint.Notice, lint.Error), lint.Error, "failure"},
		{"warning fails", files(lint.Warning), lint.Warning, "failure"},
	}
	for _, tt := range tests {
		if got := conclusion(tt.files, tt.fail); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
