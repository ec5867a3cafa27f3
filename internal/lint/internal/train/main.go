// Command train fits the learned model of the language rules on the
// development corpus and writes it (go generate ./internal/lint):
//
//	go run ./internal/train -data ../../testdata/language -out language_model.tsv -go language_model_gen.go
//
// It reads blameful.tsv, blameless.tsv and dev-*.tsv, and the narrative
// of the documents beside the corpus directory, never a held-out file,
// trains with fixed settings and seed, and writes the same file from the
// same corpus and rules; with -go, also the model as Go source, which the
// checker reads instead of parsing the file at start-up.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
)

func main() {
	data := flag.String("data", "../../testdata/language", "the corpus directory")
	out := flag.String("out", "language_model.tsv", "the model file to write")
	goOut := flag.String("go", "", "the model as Go source to write too, when set")
	flag.Parse()
	c := lint.LanguageModelCorpus(filepath.Dir(*data))
	c.Dir = *data
	err := langmodel.Write(c, *out)
	if err == nil && *goOut != "" {
		err = langmodel.WriteGo(*out, *goOut, "lint")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}
