package repodocs

import (
	"fmt"
	"regexp"
	"sync"
)

// markerRe reads the hidden marker of an action issue: a line of its own.
// It is compiled on first use, not at every start of the command line.
var markerRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^<!-- postmortem-bot:action doc=(.+?) key=([0-9a-f]+(?:-\d+)?) -->\r?$`)
})

// ReadMarker returns the document and action key the marker of an issue
// body names: the last marker on a line of its own, the one the app
// writes after everything quoted. Document text in a body is defused, so
// no marker can come from it; this is the second line of defence.
func ReadMarker(body string) (path, key string, ok bool) {
	all := markerRe().FindAllStringSubmatch(body, -1)
	if len(all) == 0 {
		return "", "", false
	}
	m := all[len(all)-1]
	return m[1], m[2], true
}

// ActionMarker is the hidden marker naming the document and the action an
// issue was opened for.
func ActionMarker(path, key string) string {
	return fmt.Sprintf("<!-- postmortem-bot:action doc=%s key=%s -->", path, key)
}
