package postmortem

import (
	"bytes"
	"strings"
)

// Small teams' task lists open an item with who is to do it and go
// straight on to the work, with no "to" or colon between: "@tiago PDF
// test for blank pages by fri", "@marta email the affected customers",
// or a name and a dash, "Dale — renew the certs before the break".

// bareLoginRe is a login that opens an item, a space after it, then the
// work's first word.
var bareLoginRe = lazyRe(`^(@[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9])\s+["'“‘*\x60]?[\p{L}\p{N}]`)

// bareLoginLead returns the match of bareLoginRe on b when a login opens
// it and at least three words of work follow; a mention of the whole
// room ("@here", "@channel") names no owner.
func bareLoginLead(b []byte) []int {
	if len(b) < 4 || b[0] != '@' {
		return nil
	}
	m := bareLoginRe.FindSubmatchIndex(b)
	if m == nil || roomMention(string(b[m[2]+1:m[3]])) || !workWords(b[m[1]-1:]) {
		return nil
	}
	m[1]-- // the work starts at its first letter or mark
	for m[1] > m[3] && b[m[1]-1] != ' ' {
		m[1]--
	}
	return m
}

// roomMention reports a chat's mention of everyone in a room.
func roomMention(login string) bool {
	switch strings.ToLower(login) {
	case "here", "channel", "everyone", "all", "room":
		return true
	}
	return false
}

// dashNamed reports a name that opens an item before a dash, "Priya —
// CA expiry notices", which the document names again elsewhere, as a
// person its story tells of ("asked the network team (Priya)").
func (p *parser) dashNamed(b []byte, m []int, name string) bool {
	if b[m[1]-1] == ':' || !bytes.Contains(b[:m[1]], []byte("\u2014")) && !bytes.Contains(b[:m[1]], []byte("\u2013")) {
		return false
	}
	return wordCount(p.doc.text, name) >= 2
}

// wordCount counts the places name stands in s as a whole word.
func wordCount(s, name string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(s[i:], name)
		if k < 0 {
			return n
		}
		if at := i + k; !wordRuneAt(s, at-1) && !wordRuneAt(s, at+len(name)) {
			n++
		}
		i += k + len(name)
	}
}
