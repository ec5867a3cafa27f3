package cli_test

import (
	"encoding/json"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/schematest"
	"github.com/postmortem-bot/postmortem-bot/internal/webhook/webhooktest"
)

// `lint --format rdjson` writes what `reviewdog -f=rdjson` reads, with
// blameful.md's rewrites as suggestions, and keeps lint's exit status.
func TestLintRDJSON(t *testing.T) {
	schema := schematest.Compile(t, schematest.Load(t, webhooktest.Fixture(t, ".cache/reviewdog/DiagnosticResult.json")))
	r := run(t, "", "lint", "--format", "rdjson", sample("blameful.md"), sample("clean-template.md"))
	if r.code != 1 {
		t.Errorf("exit code: got %d, want 1", r.code)
	}
	if err := schema.Validate(schematest.Decode(t, []byte(r.stdout))); err != nil {
		t.Fatalf("output against reviewdog's schema: %v\n%s", err, r.stdout)
	}
	var doc struct {
		Source      struct{ Name string }
		Diagnostics []struct {
			Location    struct{ Path string }
			Suggestions []struct{ Text string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	suggested := 0
	for _, d := range doc.Diagnostics {
		if d.Location.Path != sample("blameful.md") {
			t.Errorf("diagnostic on %q, want only blameful.md's", d.Location.Path)
		}
		suggested += len(d.Suggestions)
	}
	if doc.Source.Name != "postmortem-bot" || len(doc.Diagnostics) == 0 || suggested == 0 {
		t.Errorf("got source %q, %d diagnostics, %d suggestions; want postmortem-bot's, with suggestions", doc.Source.Name, len(doc.Diagnostics), suggested)
	}
}
