package postmortem_test

import (
	"slices"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Tags come from the front matter or the Tags section, in the forms
// teams write them.
func TestTags(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"heading, commas", "# T\n\n## Tags\n\nPostgres, replication,  read-replica\n", []string{"postgres", "replication", "read-replica"}},
		{"heading, list", "# T\n\n## Tags\n\n- `kafka`\n- #Webhooks\n- kafka\n", []string{"kafka", "webhooks"}},
		{"heading, followed by a section", "# T\n\n## Tags\n\ndns\n\n## Notes\n\nnot, tags\n", []string{"dns"}},
		{"bold label", "# T\n\n**Tags**: tls, certificates\n", []string{"tls", "certificates"}},
		{"front matter list", "---\ntitle: T\ntags: [Search, eu-region]\n---\n\n## Tags\n\nignored\n", []string{"search", "eu-region"}},
		{"front matter string", "---\ntitle: T\ntags: search, reindex\n---\n", []string{"search", "reindex"}},
		{"placeholder", "# T\n\n## Tags\n\nTBD\n", nil},
		{"empty section", "# T\n\n## Tags\n\n## Next\n", nil},
		{"prose is not a tag", "# T\n\n## Tags\n\nWe have not settled on tags for this incident yet, sadly\n", nil},
		{"none", "# T\n\nText.\n", nil},
	}
	for _, tt := range tests {
		doc, err := postmortem.Parse([]byte(tt.src), postmortem.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := doc.Tags(); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
