package lint

import (
	"bytes"
	"regexp"
	"sync"

	"github.com/postmortem-bot/postmortem-bot/internal/postmortem"
)

// Rule ids of the content family.
const (
	ruleLogDump    = "content/log-dump"
	ruleStackTrace = "content/stack-trace"
	ruleNotText    = "content/not-text"
)

func init() {
	ruleSets = append(ruleSets, []RuleInfo{
		{ruleLogDump, Warning, "A log dump is pasted into the document.", "The template asks for no logs: long dumps bury the narrative; summarise what they show and link to them."},
		{ruleNotText, Error, "The file cannot be read as a Markdown document.", "Binary files, files that are not UTF-8 and very large files cannot be reviewed as post-mortems."},
		{ruleStackTrace, Warning, "A stack trace is pasted into the document.", "A stack trace is for the bug ticket; the post-mortem needs one sentence on what failed and a link."},
	})
}

// minLogLines is how many log-like lines in a row make a dump.
const (
	minLogLines   = 8
	minTraceLines = 3
)

// The expressions of log and trace lines, compiled when a line that
// passes their quick tests first asks for one: few documents hold any.
var (
	// logLineRe: a timestamp or a level at the start of a line.
	logLineRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|PANIC)\]?[: ]|level=\w+|\{"(?:time|ts|level|timestamp|msg)")`)
	})
	// traceLineRe: a frame or header of a Java, Go, Python, JS or .NET trace.
	traceLineRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^\s*(?:at [\w$.<>/]+\(.*\)|at [\w$.<>]+ \(.*:\d+:\d+\)|goroutine \d+ \[|panic: |Traceback \(most recent call last\)|File ".*", line \d+|[\w./-]+\.go:\d+ \+0x|Caused by: |Exception in thread |\.\.\. \d+ more|[\w.]+(?:Exception|Error): )`)
	})
)

// checkContent reports runs of log lines and stack traces, in code blocks
// and in prose alike. A document that holds no file of Go nor a word of
// a trace anywhere has none in a line either: its lines are asked only
// how they open.
func checkContent(c *checker) {
	isTrace := isTraceLine
	if !holdsTraceMark(c.doc.Source) {
		isTrace = opensTraceLine
	}
	contentRuns(c, isTrace)
}

// contentRuns is checkContent with the test of a trace's line given. A
// line is read once for both tests; a run goes on from its second line.
func contentRuns(c *checker, isTrace func([]byte) bool) {
	for l := 1; l <= c.doc.LineCount(); {
		n := 1
		switch line := c.contentLine(l); {
		case isTrace(line):
			if n += c.run(l+1, isTrace); n >= minTraceLines {
				c.report(ruleStackTrace, c.linesSpan(l, n), "A stack trace is pasted here: put it in the bug ticket and say in one sentence what failed.", nil)
			}
		case isLogLine(line):
			if m := 1 + c.run(l+1, isLogLine); m >= minLogLines {
				n = m
				c.report(ruleLogDump, c.linesSpan(l, n), "A log dump is pasted here: the template asks for no logs; summarise what they show and link to them.", nil)
			}
		}
		l += n
	}
}

// run counts consecutive lines from l that pass is.
func (c *checker) run(l int, is func([]byte) bool) int {
	n := 0
	for l+n <= c.doc.LineCount() && is(c.contentLine(l+n)) {
		n++
	}
	return n
}

// contentLine is line l without the marks of a quotation and the indent.
func (c *checker) contentLine(l int) []byte {
	ls := c.doc.LineSpan(l)
	return trimQuoteIndent(c.doc.Source[ls.Start:ls.End])
}

// trimQuoteIndent is bytes.TrimLeft(line, "> \t"), without the set of
// bytes TrimLeft builds at every call.
func trimQuoteIndent(line []byte) []byte {
	for len(line) > 0 && (line[0] == '>' || line[0] == ' ' || line[0] == '\t') {
		line = line[1:]
	}
	return line
}

// isLogLine: a cheap look at the first byte spares the regexp on prose.
func isLogLine(line []byte) bool {
	if len(line) == 0 {
		return false
	}
	switch b := line[0]; {
	case b >= '0' && b <= '9', b == '[', b == '{':
	case b == 'l' && bytes.HasPrefix(line, []byte("level=")):
	case b >= 'A' && b <= 'Z':
		if !levelOrMonth(firstWord(line)) {
			return false
		}
	default:
		return false
	}
	return logLineRe().Match(line)
}

var (
	logLevels = map[string]bool{"TRACE": true, "DEBUG": true, "INFO": true, "WARN": true, "WARNING": true, "ERROR": true, "FATAL": true, "CRITICAL": true, "PANIC": true}
	months    = map[string]bool{"Jan": true, "Feb": true, "Mar": true, "Apr": true, "May": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true}
)

// levelOrMonth reports a line's first word that is a log level ("WARN",
// "ERROR:") or a month: a level has a second capital, a month three
// letters, so prose's "The" and "Priya" are asked of one map, or none.
func levelOrMonth(w []byte) bool {
	if len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z' {
		return logLevels[string(bytes.TrimRight(w, ":]"))]
	}
	return len(w) == 3 && months[string(w)]
}

func firstWord(s []byte) []byte {
	if i := bytes.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// isTraceLine: a line reaches the regexp only when it opens the way a
// frame or header does, or holds one of the few words a frame holds
// anywhere.
func isTraceLine(line []byte) bool {
	return (opensTrace(line) || holdsTraceMark(line)) && traceLineRe().Match(line)
}

// opensTraceLine is isTraceLine for a line that holds no file of Go nor
// a word of a trace.
func opensTraceLine(line []byte) bool {
	return opensTrace(line) && traceLineRe().Match(line)
}

// opensTrace reports a line that opens the way a frame or header does.
func opensTrace(line []byte) bool {
	if len(line) > 0 && traceFirstBytes[line[0]] {
		for _, p := range tracePrefixes {
			if bytes.HasPrefix(line, p) {
				return true
			}
		}
	}
	return false
}

// holdsTraceMark reports a file of Go or a word of a trace in b.
func holdsTraceMark(b []byte) bool { return holdsGoFile(b) || holdsTraceWord(b) }

var tracePrefixes = [][]byte{[]byte("at "), []byte("goroutine "), []byte("panic: "), []byte("Traceback"), []byte("File \""), []byte("Caused by"), []byte("...")}

// traceFirstBytes are the first bytes of tracePrefixes.
var traceFirstBytes = langByteSet("agpTFC.")

// holdsGoFile reports ".go:" in line, looking only at its colons, which
// prose has few of.
func holdsGoFile(line []byte) bool {
	return anyAt(line, ':', func(i int) bool { return i >= 3 && string(line[i-3:i]) == ".go" })
}

// holdsTraceWord reports "Exception" or "Error: " in line, looking only
// where a capital E is.
func holdsTraceWord(line []byte) bool {
	return anyAt(line, 'E', func(i int) bool {
		rest := line[i:]
		return bytes.HasPrefix(rest, []byte("Exception")) || bytes.HasPrefix(rest, []byte("Error: "))
	})
}

// anyAt reports whether at holds at an index of the byte c in line.
func anyAt(line []byte, c byte, at func(i int) bool) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(line[i:], c)
		if j < 0 {
			return false
		}
		if i += j; at(i) {
			return true
		}
	}
}

func (c *checker) linesSpan(l, n int) postmortem.Span {
	return postmortem.Span{Start: c.doc.LineSpan(l).Start, End: c.doc.LineSpan(l + n - 1).End}
}
