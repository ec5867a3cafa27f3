package lint

import (
	"path/filepath"

	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// LanguageModelCorpus is what the learned model is trained on, under the
// test data directory: the sentence files of language/ and the
// narrative of the repository's own documents, each read as the checker
// reads it.
func LanguageModelCorpus(testdata string) langmodel.Corpus {
	return langmodel.Corpus{
		Dir:       filepath.Join(testdata, "language"),
		Featurize: LanguageModelInput,
		DocRoot:   testdata,
		ReadDoc:   LanguageModelDocInputs,
	}
}

// LanguageModelDocInputs reads a document as the checker does and
// returns each sentence of its prose that names a person, with the
// document's people, outside action items, as the checker splits it for
// the model, and whether a rule flags it (the model is asked only about
// those no rule flags).
func LanguageModelDocInputs(src []byte) ([]langmodel.Input, error) {
	c, err := langDefault()
	if err != nil {
		return nil, err
	}
	d, err := postmortem.Parse(src, postmortem.Options{})
	if err != nil {
		return nil, err
	}
	people := newLangPeople(peopleOf(d))
	var out []langmodel.Input
	for _, pr := range d.Prose {
		if pr.Sentence() && !actionText(d, pr) {
			out = c.docInputs(out, pr.Text, people)
		}
	}
	return out, nil
}

// docInputs appends the inputs of the sentences of text that name a
// person, as applyModel splits them.
func (c *languageChecker) docInputs(out []langmodel.Input, text string, people langPeople) []langmodel.Input {
	s := new(langScan)
	s.start(c, text, people)
	s.run()
	for a := 0; a < len(s.toks); {
		b, _ := s.modelSentence(a, nil)
		if b-a <= langModelMaxTokens && s.firstPerson(a, b) >= 0 {
			in := s.modelInputOf(a, b)
			in.Flagged = s.foundWithin(a, b)
			out = append(out, in)
		}
		a = b
	}
	return out
}

// modelInputOf reads the features of tokens a..b-1, a sentence that
// names a person.
func (s *langScan) modelInputOf(a, b int) langmodel.Input {
	start, end := int(s.toks[a].start), int(s.toks[b-1].end)
	in := langmodel.Input{Person: true, Text: s.text[start:end]}
	s.modelFeatures(a, b)
	in.Outcome, in.Acts, in.Agent = s.lm.outcome, s.lm.acts, s.lm.agent
	from := 0
	for _, to := range s.lm.ends {
		in.Features = append(in.Features, string(s.lm.buf[from:to]))
		from = int(to)
	}
	return in
}
