package lint

import (
	"regexp"
	"strings"

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

var (
	// logLineRe: a timestamp or a level at the start of a line.
	logLineRe = regexp.MustCompile(`^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|[A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2}|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|PANIC)\]?[: ]|level=\w+|\{"(?:time|ts|level|timestamp|msg)")`)
	// traceLineRe: a frame or header of a Java, Go, Python, JS or .NET trace.
	traceLineRe = regexp.MustCompile(`^\s*(?:at [\w$.<>/]+\(.*\)|at [\w$.<>]+ \(.*:\d+:\d+\)|goroutine \d+ \[|panic: |Traceback \(most recent call last\)|File ".*", line \d+|[\w./-]+\.go:\d+ \+0x|Caused by: |Exception in thread |\.\.\. \d+ more|[\w.]+(?:Exception|Error): )`)
)

// checkContent reports runs of log lines and stack traces, in code blocks
// and in prose alike.
func checkContent(c *checker) {
	for l := 1; l <= c.doc.LineCount(); {
		n := c.run(l, traceLineRe)
		switch {
		case n >= minTraceLines:
			c.report(ruleStackTrace, c.linesSpan(l, n), "A stack trace is pasted here: put it in the bug ticket and say in one sentence what failed.", nil)
		case c.run(l, logLineRe) >= minLogLines:
			n = c.run(l, logLineRe)
			c.report(ruleLogDump, c.linesSpan(l, n), "A log dump is pasted here: the template asks for no logs; summarise what they show and link to them.", nil)
		default:
			n = 1
		}
		l += n
	}
}

// run counts consecutive lines from l that match re; a stack trace may
// hold continuation lines that are indented.
func (c *checker) run(l int, re *regexp.Regexp) int {
	n := 0
	for ; l+n <= c.doc.LineCount(); n++ {
		line := c.doc.Text(c.doc.LineSpan(l + n))
		line = strings.TrimLeft(line, "> \t")
		if !re.MatchString(line) {
			break
		}
	}
	return n
}

func (c *checker) linesSpan(l, n int) postmortem.Span {
	return postmortem.Span{Start: c.doc.LineSpan(l).Start, End: c.doc.LineSpan(l + n - 1).End}
}
