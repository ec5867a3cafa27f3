package postmortem

import (
	"math/rand"
	"testing"
)

// TestMayOpenSlot: where the quick test of a title says no bracket opens
// it, no start of the title is a bracketed slot.
func TestMayOpenSlot(t *testing.T) {
	parts := []string{" ", "\t", "*", "_", "`", "{{", "}}", "[", "]", "<", ">", "a", "Fix", "owner", " — ", " - ", " – ", "\u00a0", "é"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 50000; n++ {
		var title string
		for k := r.Intn(8); k >= 0; k-- {
			title += parts[r.Intn(len(parts))]
		}
		if mayOpenSlot(title) {
			continue
		}
		for i := 0; i <= len(title); i++ {
			if bracketSlot(title[:i]) {
				t.Fatalf("mayOpenSlot(%q) is false, but %q is a slot", title, title[:i])
			}
		}
	}
}
