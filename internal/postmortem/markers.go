package postmortem

import "strings"

// Roles of the words of the timeline markers (startMarkerRe, endMarkerRe,
// detectRe, recoveryRe), so that ASCII texts are read without the regular
// expressions; eventMarker falls back to them for other texts, whose case
// folding is Unicode's.
const (
	mStartNoun    = 1 << iota // outage … downtime (any case)
	mStartVerb                // begins, began, starts, started (any case)
	mUpperNoun                // OUTAGE, INCIDENT, IMPACT, DEGRADATION
	mUpperStart               // BEGINS, BEGAN, STARTS, STARTED
	mUpperEnd                 // ENDS, ENDED, RESOLVED, OVER
	mUpperEndNoun             // OUTAGE, INCIDENT, IMPACT
	mDetect                   // a word that alone marks detection
	mReport                   // report, reports
	mOfFrom                   // of, from
	mBecame                   // became, made
	mAware                    // aware
	mDeclare                  // declare, declared, declares, declareds
	mIncident                 // incident
	mDeclared                 // declared
	mAn                       // an
	mRecovered                // resolved, restored, recovered
	mFully                    // fully, verified
	mOperational              // operational
	mSystem                   // system, systems
	mBack                     // back
	mOnline                   // online
	mTo                       // to
	mNormal                   // normal
	mAll                      // all
	mClear                    // clear
	mIncidentDone             // closed, ended, ends
	mOutage                   // outage
	mOutageDone               // ends, ended
)

// markerRoles maps a lower-case word to its roles.
var markerRoles = func() map[string]int {
	m := map[string]int{}
	add := func(role int, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= role
		}
	}
	add(mStartNoun, "outage impact degradation disruption error errors failure failures downtime")
	add(mStartVerb, "begins began starts started")
	add(mDetect, "detect detected detects paged pages pager alert alerted alerts alarm alarmed alarms warning warned notified noticed witnessed observed spotted reported discovered")
	add(mReport, "report reports")
	add(mOfFrom, "of from")
	add(mBecame, "became made")
	add(mAware, "aware")
	add(mDeclare, "declare declared declares declareds")
	add(mIncident, "incident")
	add(mDeclared, "declared")
	add(mAn, "an")
	add(mRecovered, "resolved restored recovered")
	add(mFully, "fully verified")
	add(mOperational, "operational")
	add(mSystem, "system systems")
	add(mBack, "back")
	add(mOnline, "online")
	add(mTo, "to")
	add(mNormal, "normal")
	add(mAll, "all")
	add(mClear, "clear")
	add(mIncidentDone, "closed ended ends")
	add(mOutage, "outage")
	add(mOutageDone, "ends ended")
	return m
}()

// upperRoles are the roles of words written in capitals exactly.
var upperRoles = map[string]int{
	"OUTAGE": mUpperNoun | mUpperEndNoun, "INCIDENT": mUpperNoun | mUpperEndNoun,
	"IMPACT": mUpperNoun | mUpperEndNoun, "DEGRADATION": mUpperNoun,
	"BEGINS": mUpperStart, "BEGAN": mUpperStart, "STARTS": mUpperStart, "STARTED": mUpperStart,
	"ENDS": mUpperEnd, "ENDED": mUpperEnd, "RESOLVED": mUpperEnd, "OVER": mUpperEnd,
}

// Separators between two words.
const (
	sepNone  = iota // something else, or no next word
	sepSpace        // exactly one space
	sepWhite        // other white space
)

// markerWord is one word of a text (a maximal run of \w) and what
// separates it from the next.
type markerWord struct {
	roles, sep int
}

// readMarkerWords reads the words of text; ok is false for text that is
// not ASCII or a word too long to be a marker's.
func readMarkerWords(text string, buf []markerWord) ([]markerWord, bool) {
	words := buf[:0]
	var low [16]byte
	for i := 0; i < len(text); {
		if text[i] >= 0x80 {
			return nil, false
		}
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		w := markerWord{}
		if j-i <= len(low) {
			for k := i; k < j; k++ {
				c := text[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				low[k-i] = c
			}
			w.roles = markerRoles[string(low[:j-i])] | upperRoles[text[i:j]]
		}
		w.sep = separator(text, j)
		words = append(words, w)
		i = j
	}
	return words, true
}

// separator tells what lies between the word that ends at j and the next.
func separator(text string, j int) int {
	k := j
	for k < len(text) && strings.IndexByte(" \t\n\f\r", text[k]) >= 0 {
		k++
	}
	switch {
	case k == j || k == len(text) || !isWordByte(text[k]):
		return sepNone
	case k == j+1 && text[j] == ' ':
		return sepSpace
	}
	return sepWhite
}

// markerOf says what the words mark, as the regular expressions would, in
// their order.
func markerOf(ws []markerWord) string {
	var start, end, detect, recovery bool
	for k := range ws {
		if ws[k].roles == 0 {
			continue // every reading starts at a word with a role
		}
		start = start || pair(ws, k, mUpperNoun, mUpperStart, false) || pair(ws, k, mStartNoun, mStartVerb, false)
		end = end || pair(ws, k, mUpperEndNoun, mUpperEnd, false)
		detect = detect || detectAt(ws, k)
		recovery = recovery || recoveryAt(ws, k)
	}
	switch {
	case start:
		return FieldStart
	case end:
		return FieldEnd
	case detect:
		return FieldDetect
	case recovery:
		return "recovered"
	}
	return ""
}

// pair reports word k with a role of a and word k+1 with one of b,
// separated by white space (exactly one space, with space).
func pair(ws []markerWord, k, a, b int, space bool) bool {
	return k+1 < len(ws) && ws[k].sep != sepNone && (!space || ws[k].sep == sepSpace) &&
		ws[k].roles&a != 0 && ws[k+1].roles&b != 0
}

func detectAt(ws []markerWord, k int) bool {
	switch {
	case ws[k].roles&mDetect != 0,
		pair(ws, k, mReport, mOfFrom, true), pair(ws, k, mBecame, mAware, true),
		pair(ws, k, mIncident, mDeclared, true), pair(ws, k, mDeclare, mIncident, false):
		return true
	}
	return pair(ws, k, mDeclare, mAn, false) && pair(ws, k+1, mAn, mIncident, false)
}

func recoveryAt(ws []markerWord, k int) bool {
	switch {
	case ws[k].roles&mRecovered != 0,
		pair(ws, k, mFully, mOperational, true), pair(ws, k, mBack, mOnline, true), pair(ws, k, mAll, mClear, true),
		pair(ws, k, mIncident, mIncidentDone, true), pair(ws, k, mOutage, mOutageDone, true),
		pair(ws, k, mBack, mTo, true) && pair(ws, k+1, mTo, mNormal, true),
		pair(ws, k, mSystem, mOperational, false):
		return true
	}
	return k+2 < len(ws) && ws[k].roles&mSystem != 0 && ws[k].sep != sepNone && ws[k+1].sep != sepNone && ws[k+2].roles&mOperational != 0
}
