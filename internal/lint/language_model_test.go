package lint

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
)

// Sentences written for these tests: a person's act told as the cause of
// damage without a word the rules read as blame, and the same people
// doing routine or remedial acts, many naming the damage they repaired.
var (
	lmBlameful = []string{
		// Trained also on the narrative of documents, and flagging only a
		// sentence that tells damage and a person's act, the model is
		// conservative: this is one of the few new sentences it flags.
		"The pass plan, uploaded by Henrik late on Sunday night, pointed both Kiruna antennas at a position the satellite had left hours earlier, and the next two downlinks were lost.",
	}
	lmBlameless = []string{
		"Kwame rolled back the deploy and the error rate returned to normal.",
		"Priya restarted the broker, after which the backlog drained in ten minutes.",
		"Sam paged the database team when the replica lag passed five minutes.",
		"Ines thanked the vendor for the quick fix to the outage.",
		"Dev pushed the hotfix, and checkout recovered.",
		"Yusuf lowered the pool size back to 100 and the database accepted connections again.",
		"Farid restored the six weeks of sensor readings from the archive snapshot.",
		// what a person did, with no damage told
		"Kofi happened to run the export by hand six hours earlier, while he was working on the load balancer.",
		// damage, but no act of a person: never flagged
		"The outage reached every user who relies on the mobile app, and the backlog took a day to clear.",
	}
)

// TestLanguageModelFindsWhatTheRulesLeave: sentences the rules leave are
// flagged as a person being the cause, in the model's words.
func TestLanguageModelFindsWhatTheRulesLeave(t *testing.T) {
	rules := newLanguageChecker(Options{})
	c := newLanguageChecker(modelOptions())
	for _, s := range lmBlameful {
		if got := rules.check(s, nil); len(got) != 0 {
			t.Errorf("%q: the rules flag it (%v); the test wants a sentence only the model flags", s, got)
			continue
		}
		got := c.check(s, nil)
		if len(got) != 1 || got[0].Rule != "language/person-cause" || !strings.HasPrefix(got[0].Message, "this sentence reads as a person being the cause") {
			t.Errorf("%q: got %+v, want one language/person-cause finding of the model", s, got)
		}
	}
}

// TestLanguageModelLeavesRemedialActs: people fixing things, paging and
// thanking are not flagged, though they name the damage.
func TestLanguageModelLeavesRemedialActs(t *testing.T) {
	c := newLanguageChecker(modelOptions())
	for _, s := range lmBlameless {
		if got := c.check(s, nil); len(got) != 0 {
			t.Errorf("%q: got %+v, want nothing", s, got)
		}
	}
}

// TestLanguageModelOnlyWhereAPersonIs: a sentence without a person is
// never the model's, whatever damage it tells.
func TestLanguageModelOnlyWhereAPersonIs(t *testing.T) {
	c := newLanguageChecker(modelOptions())
	s := new(langScan)
	text := "The new routing table went out, and half the riders in Lagos saw no drivers for forty minutes."
	s.start(c, text, langPeople{})
	if p := s.firstPerson(0, len(s.toks)); p >= 0 {
		t.Fatalf("%q: a person at token %d, want none", text, p)
	}
	if got := c.check(text, nil); len(got) != 0 {
		t.Errorf("%q: got %+v, want nothing", text, got)
	}
}

// TestLanguageModelRewrite: a model finding offers the passive rewrite
// only where the person opens the sentence and the passive says the
// same; otherwise the rule's example.
func TestLanguageModelRewrite(t *testing.T) {
	c := newLanguageChecker(modelOptions())
	for _, s := range lmBlameful {
		for _, m := range c.check(s, nil) {
			if m.Replace == nil {
				if !strings.Contains(m.Message, langRuleExamples["language/person-cause"]) {
					t.Errorf("%q: no rewrite, and the message %q does not give the rule's example", s, m.Message)
				}
				continue
			}
			if m.Start != 0 || strings.Contains(*m.Replace, strings.Fields(s)[0]) || !strings.Contains(m.Message, *m.Replace) {
				t.Errorf("%q: rewrite %q of %q, message %q: want the person's clause at the start rewritten without the person, and the message to show it", s, *m.Replace, s[m.Start:m.End], m.Message)
			}
		}
	}
	late := "At 14:10 " + strings.ToLower(lmBlameful[0][:1]) + lmBlameful[0][1:]
	for _, m := range c.check(late, nil) {
		if m.Rule == "language/person-cause" && strings.HasPrefix(m.Message, "this sentence") && m.Replace != nil {
			t.Errorf("%q: rewrite %q, want none where the person does not open the sentence", late, *m.Replace)
		}
	}
}

// TestLanguageModelOff: with the model off, in the options or in the
// linter, only the rules flag language.
func TestLanguageModelOff(t *testing.T) {
	doc := "# T\n\n" + lmBlameful[0] + "\n"
	on := DefaultOptions()
	on.LanguageModel = true
	if fs := lintText(t, on, doc); !strings.Contains(describe(fs), "language/person-cause") {
		t.Fatalf("with the model: no language/person-cause finding:%s", describe(fs))
	}
	if fs := lintText(t, DefaultOptions(), doc); strings.Contains(describe(fs), "language/") {
		t.Errorf("with the model off, the default: got%s, want no language finding", describe(fs))
	}
	team := DefaultOptions()
	team.Allow = []string{"blame-free"}
	if got := newLanguageChecker(team).check(lmBlameful[0], nil); len(got) != 0 {
		t.Errorf("with the team's options and the model off: got %+v, want nothing", got)
	}
	team.LanguageModel = true
	if got := newLanguageChecker(team).check(lmBlameful[0], nil); len(got) != 1 {
		t.Errorf("with the team's options and the model on: got %+v, want the model's finding", got)
	}
}

// TestLanguageModelGenerated: language_model.tsv was trained on what the
// corpus, the rules and the features give now. Its header records a sum
// of every training sentence's label, rule verdict, person and features,
// and of the settings; a change to any of them makes it stale. Outside
// -short and the race detector the model is trained again on the
// sentences read for the sum and must come out byte for byte.
func TestLanguageModelGenerated(t *testing.T) {
	rules := newLanguageChecker(Options{})
	corpus := LanguageModelCorpus(filepath.Join("..", "..", "testdata"))
	corpus.Featurize = rules.modelInput
	exs, files, err := langmodel.Load(corpus)
	if err != nil {
		t.Fatal(err)
	}
	_, sum, err := langmodel.Parse(languageModelTSV)
	if err != nil {
		t.Fatalf("language_model.tsv: %v", err)
	}
	if want := langmodel.Sum(exs, langmodel.Defaults); sum != want {
		t.Fatalf("language_model.tsv is stale (the corpus, the rules or the features changed since it was trained): run go generate ./internal/lint")
	}
	for _, f := range files {
		if !strings.Contains(languageModelTSV, " "+f+"\n") && !strings.Contains(languageModelTSV, " "+f+" ") {
			t.Errorf("language_model.tsv does not name the training file %s", f)
		}
	}
	// Training is one goroutine's arithmetic over the examples read
	// above: the run without the race detector does it.
	if testing.Short() || raceEnabled {
		return
	}
	if string(langmodel.Render(exs, files)) != languageModelTSV {
		t.Errorf("training again gives another language_model.tsv: run go generate ./internal/lint")
	}
}

// lmLogLookAlike logs a blameless sentence of the rules' tests that the
// learned model flags: those tests hold the rules to their exceptions,
// and the model, which does not read the exceptions, is measured on the
// corpus instead (TestCorpus, TestLanguageLearnedExperiment).
func lmLogLookAlike(t *testing.T, c *languageChecker, text string) {
	t.Helper()
	for _, m := range c.check(text, nil) {
		if strings.HasPrefix(m.Message, "this sentence reads as") {
			t.Logf("the learned model flags a blameless look-alike of the rules' tests: %q", text)
		}
	}
}

// TestLanguageModelGoAgrees: language_model_gen.go holds the model of
// language_model.tsv, feature for feature in the file's order, and no
// two of its features hash alike (nor to zero, the table's empty slot).
func TestLanguageModelGoAgrees(t *testing.T) {
	m, _, err := langmodel.Parse(languageModelTSV)
	if err != nil {
		t.Fatalf("language_model.tsv: %v", err)
	}
	if m.Bias != lmGenBias || m.Threshold != lmGenThreshold || len(m.Weights) != len(lmGenFeatures) {
		t.Fatalf("language_model_gen.go does not match language_model.tsv: run go generate ./internal/lint")
	}
	names := m.Names()
	seen := make(map[uint64]string, len(names))
	for i, f := range names {
		h := langmodel.Hash(f)
		if g := lmGenFeatures[i]; h != g.hash || m.Weights[f] != g.weight {
			t.Fatalf("feature %q: language_model_gen.go does not match language_model.tsv: run go generate ./internal/lint", f)
		}
		if other, ok := seen[h]; ok || h == 0 {
			t.Fatalf("features %q and %q hash alike (%#x)", other, f, h)
		}
		seen[h] = f
	}
	table := langModelBuiltin().table
	for f, w := range m.Weights {
		if got := table.weight(langmodel.Hash(f)); got != w {
			t.Errorf("feature %q: the table gives %v, want %v", f, got, w)
		}
	}
}

// TestLanguageModelScoresAsTheFile: the checker's hashed sum over a
// sentence's features is the sum of the file's weights over their names.
func TestLanguageModelScoresAsTheFile(t *testing.T) {
	m, _, err := langmodel.Parse(languageModelTSV)
	if err != nil {
		t.Fatal(err)
	}
	c := newLanguageChecker(modelOptions())
	for _, text := range append(slices.Clone(lmBlameful), lmBlameless...) {
		s := new(langScan)
		s.start(c, text, langPeople{})
		want := m.Bias
		for _, f := range c.modelInput(text).Features {
			want += m.Weights[f]
		}
		s.modelTokens(0, len(s.toks))
		if z := s.modelScore(); z != want {
			t.Errorf("%q: hashed sum %v, want %v", text, z, want)
		}
	}
}

// TestLanguageModelKeepsTheAllowList checks that a team's allowed phrase
// silences the model too: neither a sentence the model alone flags, nor
// one whose rule finding the phrase drops, is flagged.
func TestLanguageModelKeepsTheAllowList(t *testing.T) {
	modelOnly := lmBlameful[0]
	ruled := "Bob forgot to renew the certificate and checkout went down for an hour."
	if got := newLanguageChecker(modelOptions()).check(modelOnly, nil); len(got) == 0 {
		t.Fatalf("%q: the model flags nothing; the test needs a sentence it flags", modelOnly)
	}
	c := newLanguageChecker(Options{Allow: []string{"Kiruna antennas", "forgot to renew"}, LanguageModel: true})
	for _, s := range []string{modelOnly, ruled} {
		if got := c.check(s, nil); len(got) != 0 {
			t.Errorf("%q with its phrase allowed: got %+v, want nothing", s, got)
		}
	}
}

// modelOptions are the default options with the learned model on.
func modelOptions() Options {
	o := DefaultOptions()
	o.LanguageModel = true
	return o
}

// The signals of each word id are those of the sets that hold it, read
// from the sets' words as from every id.
func TestLanguageModelClassTable(t *testing.T) {
	c, err := langDefault()
	if err != nil {
		t.Fatal(err)
	}
	cs := c.causeSets()
	got := c.modelClassTable()
	checks := []struct {
		bit uint16
		set langBits
	}{
		{lmDamage, cs.harmNoun}, {lmAct, cs.personAct}, {1 << 9, c.g.timeUnit}, {lmRoutine, cs.operate}, {lmServed, cs.served},
	}
	marked := 0
	for id := range got {
		for _, ch := range checks {
			if id > 0 && ch.set.has(uint16(id)) && got[id]&ch.bit == 0 {
				t.Errorf("word id %d is in a set of signal %#x but lacks it", id, ch.bit)
			}
		}
		if got[id] != 0 {
			marked++
		}
	}
	if got[0] != 0 || marked < 100 {
		t.Errorf("the empty word has signals %#x; %d words have any", got[0], marked)
	}
}
