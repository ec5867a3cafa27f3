package postmortem

import (
	"os"
	"testing"
)

// BenchmarkParseTypical parses the filled-in default template.
func BenchmarkParseTypical(b *testing.B) {
	src, err := os.ReadFile("../../testdata/postmortems/clean-template.md")
	if err != nil {
		b.Fatal(err)
	}
	benchmarkParse(b, src)
}

// BenchmarkParseLarge parses a generated document of 5,000 lines with
// tables, a long narrative, and a task list and a table of actions.
func BenchmarkParseLarge(b *testing.B) {
	src, _ := largeDocument(5000)
	benchmarkParse(b, src)
}

func benchmarkParse(b *testing.B, src []byte) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEdit links an issue to every action of the template, as a
// merge does.
func BenchmarkEdit(b *testing.B) {
	src, err := os.ReadFile("../../testdata/postmortems/clean-template.md")
	if err != nil {
		b.Fatal(err)
	}
	d, err := Parse(src, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var edits []ActionEdit
	for i := range d.Actions {
		edits = append(edits, ActionEdit{Action: i, Issue: ptr(100 + i)})
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Edit(edits...); err != nil {
			b.Fatal(err)
		}
	}
}
