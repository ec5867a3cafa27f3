// Command langcv measures the learned model of the language rules out of
// file: for each development file written blind to the rules (dev-v3 to
// dev-v11), a model is trained, weights and threshold, on every other
// example of the corpus and measured on that file, beside the rules;
// then the mean over the files. With -docs, each directory of the
// repository's documents and each labelled document is left out too, and
// the narrative the model flags there is listed. With -files, each
// training file (blameful.tsv, blameless.tsv and every dev-*.tsv, never a
// held-out one) is left out in turn instead, the model trained as the
// trainer trains it on the rest and the documents' narrative, and the
// figures are summed over the files:
//
//	go run ./internal/lint/internal/langcv [-files] [-docs] [-gate agent] [-decay 1e-4] [-drop w:,b:]
//
// The rules were tuned on these files, so their own figures here are no
// guide to unseen text; what the model adds to them, and what the model
// finds alone when asked about every sentence in which a person acts who
// may be its cause, is measured on text it never saw. -gate measures
// other choices of the sentences the model is asked about.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/postmortem-bot/postmortem-bot/internal/lint"
	"github.com/postmortem-bot/postmortem-bot/internal/lint/internal/langmodel"
)

// blind are the development files each written by someone who had not
// read the rules.
var blind = []string{"dev-v3.tsv", "dev-v4.tsv", "dev-v5.tsv", "dev-v6.tsv", "dev-v7.tsv", "dev-v8.tsv", "dev-v9.tsv", "dev-v10.tsv", "dev-v11.tsv"}

func main() {
	s := langmodel.Defaults
	root := flag.String("testdata", "testdata", "the test data directory")
	docs := flag.Bool("docs", false, "leave out each directory of documents and each labelled document too")
	drop := flag.String("drop", "", "comma-separated prefixes of features to leave out")
	gate := flag.String("gate", "agent", "which sentences the model is asked about: agent (a person acts who may be the cause), agent-or-damage (or any person acts and damage is told), damage (a person acts and damage is told), person (every sentence with a person)")
	files := flag.Bool("files", false, "leave out each training file in turn and sum the figures over them")
	flag.IntVar(&s.Epochs, "epochs", s.Epochs, "epochs of gradient descent")
	flag.Float64Var(&s.Rate, "rate", s.Rate, "learning rate of the first epoch")
	flag.Float64Var(&s.Decay, "decay", s.Decay, "L2 decay a step")
	flag.Float64Var(&s.MaxFPR, "maxfpr", s.MaxFPR, "share of the blameless sentences the rules leave alone that the model may flag")
	flag.Float64Var(&s.MaxDoc, "maxdoc", s.MaxDoc, "share of narrative sentences the model may flag")
	flag.Parse()
	exs, _, err := langmodel.Load(lint.LanguageModelCorpus(*root))
	if err != nil {
		fmt.Fprintln(os.Stderr, "langcv:", err)
		os.Exit(1)
	}
	for i := range exs {
		e := &exs[i]
		switch *gate {
		case "agent":
		case "agent-or-damage":
			e.Agent = e.Agent || e.Acts && e.Outcome
		case "damage":
			e.Agent = e.Acts && e.Outcome
		case "person":
			e.Agent = true
		default:
			fmt.Fprintln(os.Stderr, "langcv: unknown -gate", *gate)
			os.Exit(2)
		}
	}
	if *drop != "" {
		exs = langmodel.Without(exs, strings.Split(*drop, ","))
	}
	fmt.Printf("settings %+v, features dropped %q, %d processors\n", s, *drop, runtime.GOMAXPROCS(0))
	if *files {
		names, err := langmodel.TrainingFiles(lint.LanguageModelCorpus(*root).Dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, "langcv:", err)
			os.Exit(1)
		}
		reach(exs, func(e *langmodel.Example) bool { return e.Source != "" }, "training files")
		reportFiles(names, langmodel.LeaveEachFileOut(exs, names, s))
		if *docs {
			reportDocs(exs, s)
		}
		return
	}
	reach(exs, func(e *langmodel.Example) bool { return slices.Contains(blind, e.File) }, "blind files")
	report(langmodel.LeaveEachOut(exs, blind, s))
	if *docs {
		reportDocs(exs, s)
	}
}

// report prints the figures of each blind file and their mean.
func report(figs []langmodel.Figures) {
	var mean [7]float64
	for i, f := range figs {
		r := [7]float64{
			ratio(f.PCRules, f.PC), ratio(f.PCBoth, f.PC), ratio(f.PCModel, f.PC),
			ratio(f.FPRules, f.Clean), ratio(f.FPBoth, f.Clean), ratio(f.FPModel, f.Clean),
			ratio(f.BFBoth, f.Blameful),
		}
		fmt.Printf("%-12s threshold %.4f  person-cause %.3f -> %.3f (%d -> %d of %d), model alone %.3f  FPR %.3f -> %.3f (%d -> %d of %d), model alone %.3f  recall %.3f -> %.3f\n",
			blind[i], f.Threshold, r[0], r[1], f.PCRules, f.PCBoth, f.PC, r[2],
			r[3], r[4], f.FPRules, f.FPBoth, f.Clean, r[5], ratio(f.BFRules, f.Blameful), r[6])
		for k := range mean {
			mean[k] += r[k] / float64(len(figs))
		}
	}
	fmt.Printf("MEAN over %d blind files: person-cause %.3f -> %.3f (%+.3f), model alone %.3f;  FPR %.3f -> %.3f, model alone %.3f;  recall with the model %.3f\n",
		len(figs), mean[0], mean[1], mean[1]-mean[0], mean[2], mean[3], mean[4], mean[5], mean[6])
}

// reportFiles prints the figures of each training file left out, then
// their sums, as exact fractions, and the blameless sentences the model
// flagged.
func reportFiles(names []string, figs []langmodel.Figures) {
	var sum langmodel.Figures
	for i, f := range figs {
		fmt.Printf("%-14s threshold %.4f  recall %d -> %d of %d  person-cause %d -> %d of %d  false positives %d -> %d of %d\n",
			names[i], f.Threshold, f.BFRules, f.BFBoth, f.Blameful, f.PCRules, f.PCBoth, f.PC, f.FPRules, f.FPBoth, f.Clean)
		sum.Add(f)
	}
	for _, w := range sum.Wrong {
		fmt.Printf("  flagged blameless: %s\n", w)
	}
	fmt.Printf("SUM over %d files, rules -> rules and model: recall %d/%d (%.4f) -> %d/%d (%.4f);  person-cause %d/%d (%.4f) -> %d/%d (%.4f);  false positives %d/%d (%.4f) -> %d/%d (%.4f)\n",
		len(figs), sum.BFRules, sum.Blameful, ratio(sum.BFRules, sum.Blameful), sum.BFBoth, sum.Blameful, ratio(sum.BFBoth, sum.Blameful),
		sum.PCRules, sum.PC, ratio(sum.PCRules, sum.PC), sum.PCBoth, sum.PC, ratio(sum.PCBoth, sum.PC),
		sum.FPRules, sum.Clean, ratio(sum.FPRules, sum.Clean), sum.FPBoth, sum.Clean, ratio(sum.FPBoth, sum.Clean))
}

// reach prints how many person-cause sentences of the files chosen the
// model may flag at all: it is asked only about a sentence in which a
// person acts who may be its cause.
func reach(exs []langmodel.Example, in func(*langmodel.Example) bool, what string) {
	var all, left [5]int // any; a person; and an act; and damage; the model's reach
	for i := range exs {
		e := &exs[i]
		if !e.Positive() || !in(e) {
			continue
		}
		n := [5]bool{true, e.Person, e.Person && e.Acts, e.Person && e.Acts && e.Outcome, e.Person && e.Agent}
		for k, ok := range n {
			all[k] += one(ok)
			left[k] += one(ok && !e.Flagged)
		}
	}
	fmt.Printf("person-cause sentences of the %s: %d, naming a person %d, and a person acting %d, and telling damage %d; the model's reach %d\n", what, all[0], all[1], all[2], all[3], all[4])
	fmt.Printf("  of them the rules leave: %d, %d, %d, %d; %d\n", left[0], left[1], left[2], left[3], left[4])
}

func one(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reportDocs leaves out each directory of documents and each labelled
// document and prints what the model flags there.
func reportDocs(exs []langmodel.Example, s langmodel.Settings) {
	var folds []string
	for _, f := range langmodel.Folds(exs) {
		if strings.HasPrefix(f, "docs:") || langmodel.Labelled(f) {
			folds = append(folds, f)
		}
	}
	var pc, found, asked, flagged, narrative int
	for i, f := range langmodel.LeaveEachOut(exs, folds, s) {
		pc, found = pc+f.PC-f.PCRules, found+f.PCBoth-f.PCRules
		narrative, asked, flagged = narrative+f.Narrative, asked+f.NarrAsked, flagged+f.NarrFlagged
		for _, w := range f.Wrong {
			fmt.Printf("  flagged narrative (%s): %s\n", folds[i], w)
		}
	}
	fmt.Printf("DOCS (%d folds, each left out): person-cause the rules miss %d, model finds %d;  narrative naming a person %d, asked %d, flagged %d\n",
		len(folds), pc, found, narrative, asked, flagged)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
