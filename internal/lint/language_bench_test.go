package lint

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchSentences are post-mortem sentences, mostly blameless with some
// blameful ones, of the kind a real document holds.
var benchSentences = []string{
	"At 09:42 UTC the checkout API began returning 502 errors for about a third of requests.",
	"The on-call engineer was paged at 09:45 and joined the incident channel two minutes later.",
	"Dashboards showed p99 latency rising from 180 ms to 4.2 seconds over ten minutes.",
	"The connection pool on the API tier was exhausted, so requests queued behind slow queries.",
	"Priya rolled back release 4.12.0 at 10:05 and latency returned to normal by 10:17.",
	"The migration added an index without `CONCURRENTLY`, which took an exclusive lock on the orders table.",
	"We should have caught the missing keyword in review.",
	"The runbook at https://wiki.example.com/runbooks/db-locks did not cover this case.",
	"Kenji forgot to re-enable the replication alert after the maintenance window.",
	"The deploy tool did not show which cluster was active, and both clusters had similar names.",
	"Obviously the lock was the problem; anyone could see the queue growing.",
	"The alert text read \"checkout latency above threshold\" and linked to the dashboard.",
	"Root cause: human error during the schema change.",
	"We will add a pre-flight check that runs migrations against a production-sized snapshot.",
	"Customers in eu-west-1 saw timeouts for 47 minutes, and about 1,800 orders failed.",
	"The retry policy in the mobile client had no jitter, which amplified the load after recovery.",
	"@dana acknowledged the alert within two minutes and opened the coordination channel.",
	"The team agreed that raising the pool size was safe given the database's headroom.",
	"10:02 UTC: the first customer report arrived through the support queue.",
	"10:11 UTC: the incident commander asked the storage team to join the bridge.",
	"Status page updates went out at 10:05, 10:35 and 11:20, each with the current impact.",
	"The lock was released when the migration transaction rolled back at 10:04.",
	"Write latency on the primary stayed below 20 ms for the rest of the day.",
	"The follow-up actions are tracked in INC-4821 and reviewed every Tuesday.",
	"Chen Wei compared the slow query log with the deploy markers to confirm the timing.",
	"The review template will ask whether a migration takes an exclusive lock.",
}

// benchParagraphs builds about 8 KB of paragraphs of four sentences each.
func benchParagraphs() []string {
	var paras []string
	size := 0
	for i := 0; size < 8<<10; i++ {
		var b strings.Builder
		for j := 0; j < 4; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchSentences[(i*4+j)%len(benchSentences)])
		}
		paras = append(paras, b.String())
		size += b.Len()
	}
	return paras
}

// BenchmarkCheck checks about 8 KB of paragraphs per iteration.
func BenchmarkCheck(b *testing.B) {
	c := newLanguageChecker(DefaultOptions())
	paras := benchParagraphs()
	total := 0
	for _, p := range paras {
		total += len(p)
	}
	people := map[string]bool{"priya": true, "kenji": true, "dana": true}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		for _, p := range paras {
			c.check(p, people)
		}
	}
	reportCPU(b, cpu)
}

// cpuTime returns the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports CPU time per operation since start, which other load
// on the machine inflates less than wall-clock ns/op.
func reportCPU(b *testing.B, start time.Duration) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkBaseline is a yardstick for the machine: it only splits the
// same paragraphs at spaces and looks each word up in a map, the least any
// word-list checker does.
func BenchmarkBaseline(b *testing.B) {
	paras := benchParagraphs()
	words := map[string]bool{"the": true, "should": true, "obviously": true, "careless": true}
	b.ReportAllocs()
	cpu := cpuTime()
	n := 0
	for b.Loop() {
		for _, p := range paras {
			for _, w := range strings.Fields(p) {
				if words[strings.ToLower(w)] {
					n++
				}
			}
		}
	}
	reportCPU(b, cpu)
	if n < 0 {
		b.Fatal("unreachable")
	}
}

// BenchmarkTokenize measures the lexer alone over the same paragraphs.
func BenchmarkTokenize(b *testing.B) {
	paras := benchParagraphs()
	lx := langLexer{voc: newLanguageChecker(DefaultOptions()).voc.table}
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		for _, p := range paras {
			lx.tokenize(p)
		}
	}
	reportCPU(b, cpu)
}
