package postmortem

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// eventMarkerByExpr is eventMarker with every expression run: what
// markerMatch must agree with.
func eventMarkerByExpr(text string) string {
	if tail := text[max(0, len(text)-80):]; strings.Contains(tail, "ags:") {
		if m := tagMarker(nil, tail); m != "" {
			return m
		}
	}
	if namedDetection(text) {
		return FieldDetect
	}
	for _, m := range markers {
		if m.re.MatchString(text) {
			if m.mark == FieldDetect && unnoticed(text) {
				continue
			}
			return m.mark
		}
	}
	return ""
}

// TestMarkerSureMatch: each word markerMatch takes as a match is one of
// its expression.
func TestMarkerSureMatch(t *testing.T) {
	for n, words := range markerSure {
		for _, w := range words {
			for _, text := range []string{w, w + ".", strings.ToUpper(w) + " then"} {
				if !markers[n].re.at.MatchString(text) {
					t.Errorf("marker %d: %q is no match of its expression", n, text)
				}
			}
		}
	}
}

// markerPieces are what the generated entries are made of: the words of
// the markers' expressions, near misses, and what may stand between.
var markerPieces = []string{
	"outage", "OUTAGE", "impact", "IMPACT", "incident", "INCIDENT", "degradation", "disruption", "error", "errors",
	"Errors", "failure", "failures", "downtime", "begins", "BEGAN", "began", "starts", "started", "STARTS", "start",
	"of", "the", "end", "ends", "ended", "resolved", "RESOLVED", "over", "Incident", "impacted", "errorless",
	"recovered", "restored", "resumed", "returned", "to", "normal", "back", "online", "all", "clear", "fully",
	"operational", "verified", "systems", "working", "again", "mitigated", "revoked", "token", "destroyed",
	"detect", "detected", "detects", "paged", "pages", "pager", "alert", "alerted", "alerts", "alarm", "warning",
	"notified", "noticed", "observed", "spotted", "reported", "reports", "from", "became", "aware", "declared",
	"not", "nobody", "no", "one", "saw", "for", "about", "latency", "ſtarted", "errorſ", "K", "recover", "Alerting",
	"on-call", "fix", "deployed", "hotfix", "false", "positive", "was", "a", "is", "as", "\u00e9rrors", "x",
}

var markerGaps = []string{" ", " ", " ", "  ", "\t", ", ", ". ", "-", "_", "", "\u00a0", "\n", "(", ") "}

// TestMarkerMatchAgrees holds eventMarker, with markerMatch, to the
// expressions over the entries of the documents under testdata and
// generated ones.
func TestMarkerMatchAgrees(t *testing.T) {
	texts := testdataEntries(t)
	r := rand.New(rand.NewPCG(7, 11))
	for range raceScaled(60000) {
		var b strings.Builder
		for range 1 + r.IntN(7) {
			b.WriteString(markerGaps[r.IntN(len(markerGaps))])
			b.WriteString(markerPieces[r.IntN(len(markerPieces))])
		}
		b.WriteString(markerGaps[r.IntN(len(markerGaps))])
		texts = append(texts, b.String())
	}
	bad := 0
	for _, text := range texts {
		if got, want := eventMarker(text), eventMarkerByExpr(text); got != want && bad < 10 {
			bad++
			t.Errorf("eventMarker(%q) = %q, the expressions say %q", text, got, want)
		}
	}
}

// testdataEntries returns the timeline entries of the documents we
// wrote under testdata.
func testdataEntries(t *testing.T) []string {
	var texts []string
	for _, src := range ourDocuments(t) {
		if doc, err := Parse(src, Options{}); err == nil {
			for _, e := range doc.Events {
				texts = append(texts, e.Text)
			}
		}
	}
	return texts
}

// TestHasTagsLabel holds hasTagsLabel to strings.Contains.
func TestHasTagsLabel(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 9))
	pieces := []string{"ags", ":", "a", "g", "s", "Tags", " ", "14:02", "_Tags:_", "::"}
	for range raceScaled(20000) {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if s := b.String(); hasTagsLabel(s) != strings.Contains(s, "ags:") {
			t.Fatalf("hasTagsLabel(%q) = %v", s, hasTagsLabel(s))
		}
	}
}
