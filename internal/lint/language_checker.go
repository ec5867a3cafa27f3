package lint

import (
	"embed"
	"fmt"
	"hash/crc32"
	"sync"
)

// The checker of the built-in rules is written as Go by go generate
// (language_checker_gen.go), which the compiler lays out as data: a start
// then costs nothing to build it, where compileLanguage spends some nine
// million instructions. It is read only while current: built from this
// language.yaml by this code (langCheckerSum), so that an edit to either
// takes effect at once, compiled at the start as before, until go
// generate writes the file again (TestLanguageCheckerGenerated says so).
// Its go:generate line is in language_data.go, after the one that writes
// the data it reads.

// langCheckerSources are the files of the code that compiles the rules.
//
//go:embed language.go language_cause.go language_checker.go language_data.go language_lex.go language_pattern.go language_person.go
var langCheckerSources embed.FS

// langCheckerSum identifies language.yaml and the code that compiles it:
// langYAMLSum, and the CRC-32C of the files of langCheckerSources.
func langCheckerSum() string {
	files, err := langCheckerSources.ReadDir(".")
	if err != nil {
		panic(err)
	}
	tab := crc32.MakeTable(crc32.Castagnoli)
	var sum uint32
	for _, f := range files {
		src, err := langCheckerSources.ReadFile(f.Name())
		if err != nil {
			panic(err)
		}
		sum = crc32.Update(sum, tab, src)
	}
	return fmt.Sprintf("%s-%08x", langYAMLSum(languageYAML), sum)
}

// langGeneratedChecker returns the checker of language_checker_gen.go
// where it is current, or nil.
var langGeneratedChecker = sync.OnceValue(func() *languageChecker {
	c := langCheckerGen
	if c == nil || !langDataGenerated || langCheckerGenSum != langCheckerSum() {
		return nil
	}
	// the generator leaves out what is shared with the data and the
	// function, which Go cannot write as data
	c.voc.forms, c.voc.passive = langBuiltinData.Forms, langBuiltinData.Passive
	c.lmClasses = sync.OnceValue(c.modelClassTable)
	return c
})
