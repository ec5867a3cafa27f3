package catalog_test

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/postmortem-bot/postmortem-bot/internal/catalog"
	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// repoRoot is the repository's root, from this package's directory.
const repoRoot = "../.."

// sampleGlobs name the documents of every layout the model reads.
var sampleGlobs = []string{"testdata/layouts/*.md", "testdata/postmortems/*.md"}

// samples reads and parses the sample post-mortems (not the READMEs that
// describe them), by slash path from the repository root.
func samples(t *testing.T) []catalog.Record {
	t.Helper()
	var recs []catalog.Record
	for _, g := range sampleGlobs {
		files, err := filepath.Glob(filepath.Join(repoRoot, g))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: %v files, %v", g, len(files), err)
		}
		for _, f := range files {
			if filepath.Base(f) == "README.md" {
				continue
			}
			rel := path.Join(path.Dir(g), filepath.Base(f))
			recs = append(recs, catalog.Read(rel, parse(t, f)))
		}
	}
	return recs
}

func parse(t *testing.T, file string) *postmortem.Document {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := postmortem.Parse(src, postmortem.Options{})
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return doc
}

func build(t *testing.T, recs []catalog.Record, indexPath string) []byte {
	t.Helper()
	out, err := catalog.Build(recs, catalog.Options{IndexPath: indexPath})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// row is a table row of the index as a GitHub Markdown reader sees it:
// each cell's text, and the link destinations in it.
type row struct {
	cells []string
	links []string
}

// tableRows parses md as GitHub Flavored Markdown and returns the body
// rows of its tables.
func tableRows(t *testing.T, md []byte) []row {
	t.Helper()
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(md))
	var rows []row
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if r, ok := n.(*east.TableRow); ok && entering {
			rows = append(rows, readRow(r, md))
		}
		return ast.WalkContinue, nil
	})
	return rows
}

func readRow(r *east.TableRow, src []byte) row {
	var out row
	for c := r.FirstChild(); c != nil; c = c.NextSibling() {
		var b strings.Builder
		_ = ast.Walk(c, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n := n.(type) {
			case *ast.Text:
				if entering {
					b.Write(util.UnescapePunctuations(n.Segment.Value(src)))
				}
			case *ast.Link:
				if entering {
					out.links = append(out.links, string(n.Destination))
				}
			}
			return ast.WalkContinue, nil
		})
		out.cells = append(out.cells, b.String())
	}
	return out
}

// rowFor finds the row whose first cell links to dest.
func rowFor(t *testing.T, rows []row, dest string) row {
	t.Helper()
	for _, r := range rows {
		if len(r.links) > 0 && r.links[0] == dest {
			return r
		}
	}
	t.Fatalf("no row links to %s", dest)
	return row{}
}

// mermaidBlocks returns the contents of the ```mermaid blocks of md.
func mermaidBlocks(md []byte) []string {
	var out []string
	for _, part := range bytes.Split(md, []byte("```mermaid\n"))[1:] {
		block, _, _ := bytes.Cut(part, []byte("```\n"))
		out = append(out, string(block))
	}
	return out
}
