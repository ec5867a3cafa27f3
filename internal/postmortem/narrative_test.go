package postmortem

import "testing"

const storyOpening = "On 14 March 2026 a routine certificate rotation replaced the signing key of our package mirror. " +
	"Clients that had cached the old key started to reject every download, and the first reports reached us through the forum an hour later. " +
	"We published the new key, asked users to refresh it, and confirmed that no package was altered.\n\n" +
	"The rotation script had skipped the step that publishes the key ahead of time; it was written for a different mirror layout.\n"

// An untitled opening that tells the incident is what happened where no
// section names it: before the first heading, or under the title.
func TestOpeningNarrativeIsWhatHappened(t *testing.T) {
	for name, src := range map[string]string{
		"front matter, no title": "---\ntitle: Mirror key incident\nauthor: rosa\n---\n\n" + storyOpening + "\n### What we are changing\n\n- [ ] Publish keys a week ahead — @rosa\n",
		"under the title":        "# Mirror key incident\n\n" + storyOpening + "\n## Follow-up\n\n- [ ] Publish keys a week ahead — @rosa\n",
	} {
		doc := mustParse(t, []byte(src))
		s, ok := doc.Section("what_happened")
		if !ok || s.Form != "intro" {
			t.Errorf("%s: what happened not read from the opening (%+v)", name, doc.MetaSections)
		}
	}
}

// An opening that is a note, not a story, is no narrative; nor is the
// opening of a document whose timeline tells what happened.
func TestOpeningThatIsNoNarrative(t *testing.T) {
	note := "# Mirror key incident\n\nThis page is the review of the mirror key incident for the platform group; comments go to the review thread, and the decisions are listed at the end together with their owners and the dates they are due.\n\n## Follow-up\n\n- [ ] Publish keys a week ahead — @rosa\n"
	withTimeline := "# Mirror key incident\n\n" + storyOpening + "\n## Timeline\n\n- 09:10 UTC — key rotated\n- 10:15 UTC — first reports\n"
	for name, src := range map[string]string{"note": note, "timeline": withTimeline} {
		doc := mustParse(t, []byte(src))
		if s, ok := doc.Section("what_happened"); ok && s.Form == "intro" {
			t.Errorf("%s: the opening was read as what happened", name)
		}
	}
}
