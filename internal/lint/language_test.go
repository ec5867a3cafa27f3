package lint

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

// Rule ids of the built-in language rules.
const (
	langCounterfactual = "language/counterfactual"
	langJudgement      = "language/judgement"
	langBlame          = "language/blame"
	langHumanError     = "language/human-error"
	langPersonCause    = "language/person-cause"
	langHindsight      = "language/hindsight"
)

// want is an expected match: its rule and the exact text it covers. When
// the text occurs more than once, the first occurrence is meant.
type want struct {
	rule, span string
}

// spanOf returns the byte range of the first sub in text.
func spanOf(t *testing.T, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("test bug: %q not in %q", sub, text)
	}
	return i, i + len(sub)
}

// checkMatches compares matches with wanted rules and exact offsets.
func checkMatches(t *testing.T, text string, got []langMatch, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Fatalf("%q: got %d matches %v, want %d %v", text, len(got), describeMatches(text, got), len(wants), wants)
	}
	for i, w := range wants {
		start, end := spanOf(t, text, w.span)
		g := got[i]
		if g.Rule != w.rule || g.Start != start || g.End != end {
			t.Errorf("%q: match %d got %s [%d,%d) %q, want %s [%d,%d) %q",
				text, i, g.Rule, g.Start, g.End, text[g.Start:g.End], w.rule, start, end, w.span)
		}
		if g.Message == "" {
			t.Errorf("%q: match %d has no message", text, i)
		}
	}
}

// describeMatches renders matches for failure messages.
func describeMatches(text string, ms []langMatch) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s %q", m.Rule, text[m.Start:m.End]))
	}
	return out
}

func TestLanguageRuleMatches(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	tests := []struct {
		text  string
		wants []want
	}{
		// counterfactual
		// a counterfactual with a rewrite covers the words the rewrite replaces
		{"We should have caught the schema mismatch in staging.", []want{{langCounterfactual, "We should have caught the schema mismatch"}}},
		{"Kenji should've read the runbook first.", []want{{langCounterfactual, "Kenji should've read the runbook"}}},
		{"The outage would not have happened if the flag had defaulted to off.", []want{{langCounterfactual, "would not have"}}},
		{"Responders ought to have escalated sooner.", []want{{langCounterfactual, "ought to have"}}},
		{"If only the DBA had checked the lag.", []want{{langCounterfactual, "If only"}}},
		{"Had anyone looked at the dashboard, we would know.", []want{{langCounterfactual, "Had anyone"}}},
		{"A dry run would have shown the lock.", []want{{langCounterfactual, "would have"}}},
		{"The engineer could easily have checked the replica lag first.", []want{{langCounterfactual, "The engineer could easily have checked the replica lag"}}},
		// judgement
		{"Pushing straight to main without review was careless.", []want{{langJudgement, "careless"}}},
		{"That was a textbook rookie mistake with the weights.", []want{{langJudgement, "rookie mistake"}}},
		{"Approving the diff in two minutes showed poor judgement.", []want{{langJudgement, "poor judgement"}}},
		{"Honestly the whole deploy was a bad call from start to finish.", []want{{langJudgement, "bad call"}}},
		{"Frankly, the review was a rubber stamp.", []want{{langJudgement, "rubber stamp"}}},
		// blame
		{"The database team is to blame for the outage.", []want{{langBlame, "to blame"}}},
		{"Lucas is at fault for pushing the bad certificate.", []want{{langBlame, "at fault"}}},
		{"The review did not find the alert noisy; the vendor was at fault.", []want{{langBlame, "at fault"}}},
		{"The fault lies with the developer who merged it.", []want{{langBlame, "The fault"}}},
		{"Whose fault was it that the backup job was off?", []want{{langBlame, "Whose fault"}}},
		{"The outage was a mistake made by the release manager.", []want{{langBlame, "mistake made by"}}},
		{"The DBA was responsible for the outage.", []want{{langBlame, "responsible for the outage"}}},
		{"We hold the release manager accountable for the delay.", []want{{langBlame, "hold the release manager accountable"}}},
		{"Yuki was the culprit behind the autoscaler change.", []want{{langBlame, "culprit"}}},
		{"Management blamed the on-call engineer.", []want{{langBlame, "blamed"}}},
		// human error
		{"Root cause: human error during the deploy.", []want{{langHumanError, "human error"}}},
		{"The data loss was ultimately an operator error.", []want{{langHumanError, "an operator error"}}},
		{"Another case of PEBKAC on the console.", []want{{langHumanError, "PEBKAC"}}},
		{"A simple operator mistake took down the cluster.", []want{{langHumanError, "operator mistake"}}},
		// person as cause
		{"@dana forgot to renew the certificate.", []want{{langPersonCause, "@dana forgot to renew the certificate"}}},
		{"Kenji ignored the disk space alert for three hours.", []want{{langPersonCause, "Kenji ignored the disk space alert"}}},
		{"The on-call engineer failed to acknowledge the page.", []want{{langPersonCause, "The on-call engineer failed to acknowledge the page"}}},
		{"He didn't check the dashboards.", []want{{langPersonCause, "He didn't check the dashboards"}}},
		{"Someone on the data team dropped the events table.", []want{{langPersonCause, "Someone on the data team dropped the events table"}}},
		{"Priya's change took the API down for twenty minutes.", []want{{langPersonCause, "Priya's change"}}},
		{"Chen Wei pushed a config with the wrong password.", []want{{langPersonCause, "Chen Wei pushed a config"}}},
		{"Zainab rotated the secret but didn't update the consumers.", []want{{langPersonCause, "Zainab rotated the secret but didn't update the consumers"}}}, // as far as its rewrite goes
		{"It was Mei who removed the index.", []want{{langPersonCause, "It was Mei who removed"}}},
		{"The outage was caused by Ivan running a script.", []want{{langPersonCause, "caused by Ivan"}}},
		{"Nobody on the team read the deprecation notice.", []want{{langPersonCause, "Nobody on the team read"}}},
		{"One of the SREs ran the cleanup job by mistake.", []want{{langPersonCause, "One of the SREs ran the cleanup job"}}},
		{"Jana's commit broke the login page.", []want{{langPersonCause, "Jana's commit"}}},
		{"Ngozi overlooked the failed backup notifications.", []want{{langPersonCause, "Ngozi overlooked the failed backup notifications"}}},
		// hindsight
		{"The cause was clearly the config change.", []want{{langHindsight, "clearly "}}},
		{"Obviously the certificate had expired.", []want{{langHindsight, "Obviously the"}}},
		{"It was obvious that the disk would fill up.", []want{{langHindsight, "obvious"}}},
		{"They just needed to restart the pod.", []want{{langHindsight, "just "}}},
		{"The on-call should have known the replica was stale.", []want{{langHindsight, "should have known"}}},
		{"Anyone could see the queue was backing up.", []want{{langHindsight, "Anyone could see"}}},
		{"The signs were clear as day in the graph.", []want{{langHindsight, "clear as day"}}},
		// several in one paragraph, sorted, the more specific kept on overlap
		{"Obviously we should have paged sooner. Bob broke the build.", []want{
			{langHindsight, "Obviously we"}, {langCounterfactual, "should have"}, {langPersonCause, "Bob broke the build"}}},
		{"Clearly nobody read the alert description.", []want{{langHindsight, "Clearly nobody"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkMatches(t, tt.text, c.check(tt.text, nil), tt.wants)
		})
	}
}

func TestLanguageExactOffsets(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	text := "Root cause: human error. We should've known."
	got := c.check(text, nil)
	type span struct {
		rule       string
		start, end int
	}
	wants := []span{{langHumanError, 12, 23}, {langHindsight, 28, 43}}
	if len(got) != len(wants) {
		t.Fatalf("got %v, want %v", describeMatches(text, got), wants)
	}
	for i, w := range wants {
		if g := got[i]; g.Rule != w.rule || g.Start != w.start || g.End != w.end {
			t.Errorf("match %d: got %s [%d,%d), want %s [%d,%d)", i, g.Rule, g.Start, g.End, w.rule, w.start, w.end)
		}
	}
}

func TestLanguageNotFlagged(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for _, text := range []string{
		// technical terms
		"The service relies on fault tolerance across three zones.",
		"We will put a fault-tolerant queue between ingest and storage.",
		"The worker crashed with a segmentation fault in the resizer.",
		"A spike in major page faults pointed to memory pressure.",
		"Each rack is its own fault domain.",
		"Using git blame, we found the timeout was set in 2019.",
		"The blame view in the editor showed no recent changes.",
		// a negated question of who was at fault
		"This review does not try to decide who was at fault; it looks at the system.",
		"The review did not establish whether the vendor was at fault.",
		"The incident consumed 40% of the error budget.",
		"We will make the alert messages human-readable.",
		"Connections are lazily initialised on first use.",
		"The proxy is a dumb pipe that forwards bytes.",
		"User errors (4xx) are excluded from the SLO.",
		"The operator error counter in the exporter is misleading.",
		// systems as subjects
		"The disk failed at 03:12 and the array began rebuilding.",
		"The circuit breaker failed to open because its threshold counted only timeouts.",
		"Kubernetes failed to schedule the pods.",
		"The job forgot its checkpoint after the restart.",
		"The cron job missed its window because the node was draining.",
		"The migration broke the composite index.",
		"Kafka dropped messages when the broker disk filled.",
		"The Postgres operator restarted the primary when its probe timed out.",
		"The team's deploy pipeline broke when the registry was down.",
		// just, clearly, simply, obvious
		"The errors started just after 14:00.",
		"The JVM's just-in-time compilation had not warmed up.",
		"The backlog was cleared only just before the peak.",
		"We just finished migrating the last service.",
		"The feature was enabled for just 5% of users.",
		"The runbook did not clearly state the order of steps.",
		"The queue dashboard should clearly show saturation.",
		"The alert was clearly worded but routed to the wrong channel.",
		"The new heap dashboard shows the leak clearly.",
		"The health check simply returns 200 whenever the process runs.",
		"The deploy marker was not obvious from the dashboards.",
		"It became obvious after ten minutes that the primary was down.",
		"Naturally occurring load spikes are absorbed by the autoscaler.",
		// should, would, could, might without have, or not judging
		"Alerts should page the owning team, not a shared inbox.",
		"Every alert should have an owner and a runbook link.",
		"The new integration check would catch this class of bug.",
		"The replica might lag during bulk imports.",
		"The impact could have been much worse without the breaker.",
		"We could not have predicted the vendor outage.",
		"If only one replica is healthy, the proxy stops routing.",
		// quoted text, code spans, URLs
		`The UI banner said "Operation failed due to user error" after the timeout.`,
		"The auth log read “user failed to authenticate” thousands of times.",
		"The client config set `should_have_retried=false`, so nothing retried.",
		"The trace is at https://traces.example.com/blame/fault/8842.",
		"The runbook at www.example.com/human-error-recovery covers restores.",
		// people doing normal or helpful things, negated blame
		"@dana acknowledged the alert within two minutes.",
		"Priya rolled back the change at 14:32.",
		"Priya's change to the retry policy reduced the error rate.",
		"Kenji's rollback restored service at 14:40.",
		"The DBA added the missing index, and latency dropped.",
		"No one was paged because the route pointed at a retired rotation.",
		"Priya deleted the stale DNS records as part of the planned cleanup.",
		"She took the primary offline for maintenance as scheduled.",
		"They failed to reach the vendor's support line.",
		"We missed our SLO for the month.",
		"No single person was at fault.",
		"We blame no one; the system allowed this to happen.",
		"This is not about who is to blame; it is about what we can change.",
		"The culprit turned out to be a kernel bug in the NIC driver.",
		"Everyone knew about the maintenance window in advance.",
		"",
	} {
		if got := c.check(text, nil); len(got) != 0 {
			t.Errorf("%q: got %v, want no matches", text, describeMatches(text, got))
		}
	}
}

// applyAll rewrites text with every match's replacement, from the end.
func applyAll(text string, ms []langMatch) string {
	for i := len(ms) - 1; i >= 0; i-- {
		if r := ms[i].Replace; r != nil {
			text = text[:ms[i].Start] + *r + text[ms[i].End:]
		}
	}
	return text
}

func TestLanguageReplace(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	tests := []struct{ text, want string }{
		{"Obviously the certificate had expired.", "The certificate had expired."},
		{"Obviously, the certificate had expired.", "The certificate had expired."},
		{"The problem was obviously the expired DNS record.", "The problem was the expired DNS record."},
		{"It was, of course, a DNS problem.", "It was, a DNS problem."},
		{"Of course nobody tested the restore.", "Nobody tested the restore."},
		{"They just needed to restart the pod.", "They needed to restart the pod."},
		{"All they had to do was simply roll back.", "All they had to do was roll back."},
		{"The fix was trivially simple.", "The fix was simple."},
		{"It was plain: the cause was clearly.", "It was plain: the cause was."},
		{"Root cause: human error during the deploy.", "Root cause: a gap in the process during the deploy."},
		{"Human error remains the biggest cause.", "A gap in the process remains the biggest cause."},
		{"The data loss was ultimately an operator error.", "The data loss was ultimately a gap in the process."},
		{"Another case of PEBKAC on the console.", "Another case of a gap in the process on the console."},
		{"Most incidents came down to human errors.", "Most incidents came down to gaps in the process."},
		{"This was a classic operator error.", "This was a classic operator error."},
		{"The weakest link was the manual step.", "The gap in the process was the manual step."},
		{"This was a people problem.", "This was a gap in the process."},
		{"Classic PEBKAC.", "Classic PEBKAC."},
		{"It was the usual fat finger.", "It was the usual fat finger."},
		{"Priya's change took the API down.", "The change took the API down."},
		{"Hiroshi's hotfix introduced a memory leak.", "The hotfix introduced a memory leak."},
		{"The outage started when Kenji's update broke the cache.", "The outage started when the update broke the cache."},
		{"The outage was due to @dana's change.", "The outage was due to the change."},
		{"@dana forgot to renew the certificate.", "The certificate was not renewed."},
		{"Bob forgot to renew the certificate before it expired.", "The certificate was not renewed before it expired."},
		{"Kenji ignored the disk space alert for three hours.", "The disk space alert went unanswered for three hours."},
		{"He didn't check the dashboards before promoting the release.", "The dashboards were not checked before promoting the release."},
		{"When Arash rotated the keys, he forgot to restart the workers.", "When Arash rotated the keys, the workers were not restarted."},
		{"Someone deleted the production bucket.", "The production bucket was deleted."},
		{"Ngozi overlooked the failed backup notifications.", "The failed backup notifications went unnoticed."},
		{"The DBA neglected to re-enable the backups.", "The backups were not re-enabled."},
	}
	for _, tt := range tests {
		got := applyAll(tt.text, c.check(tt.text, nil))
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
		if strings.Contains(got, "  ") {
			t.Errorf("%q: rewrite %q has a double space", tt.text, got)
		}
	}
}

// TestGapRewriteFitsItsSlot checks that no "human error" rewrite leaves
// an article or an adjective of the words it replaced before "a gap in the
// process": "Classic a gap …" and "the a gap …" were once offered.
func TestGapRewriteFitsItsSlot(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	before := []string{"", "Classic ", "It was ", "It was a ", "It was the ", "It was a classic ", "It was our usual ", "Another case of ", "Root cause: ", "He had a ", "The cause was simple "}
	phrases := []string{"human error", "PEBKAC", "fat finger", "weakest link", "people problem", "operator error", "brain fart", "human mistakes"}
	misfits := []string{"a", "an", "the", "classic", "usual", "simple"}
	rewritten := 0
	for _, b := range before {
		for _, p := range phrases {
			text := b + p + " on the console."
			got := applyAll(text, c.check(text, nil))
			at := strings.Index(strings.ToLower(got), "gap")
			if at < 0 {
				continue
			}
			rewritten++
			words := strings.Fields(strings.ToLower(got[:at]))
			if n := len(words); n >= 2 && slices.Contains(misfits, words[n-2]) && langArticle(words[n-1]) {
				t.Errorf("%q: rewrite %q keeps %q before the new phrase", text, got, words[n-2])
			}
			if n := len(words); n >= 1 && !langArticle(words[n-1]) && slices.Contains(misfits, words[n-1]) {
				t.Errorf("%q: rewrite %q keeps %q before the new phrase", text, got, words[n-1])
			}
		}
	}
	if rewritten < len(phrases) {
		t.Errorf("only %d rewrites offered: the check saw too few", rewritten)
	}
}

func TestLanguageOptions(t *testing.T) {
	opt := DefaultOptions()
	opt.Allow = []string{"Human Error", "of course"}
	opt.Phrases = []Phrase{
		{Text: "root cause", Message: "we say contributing factors", Replace: "contributing factor"},
		{Text: "war room"},
	}
	c := newLanguageChecker(opt)
	text := "The root cause was human error, of course. Join the War Room. Kenji forgot to renew it."
	got := c.check(text, nil)
	checkMatches(t, text, got, []want{
		{langCustom, "root cause"}, {langCustom, "War Room"}, {langPersonCause, "Kenji forgot to renew it"},
	})
	if got[0].Message != "we say contributing factors" {
		t.Errorf("custom message: got %q, want %q", got[0].Message, "we say contributing factors")
	}
	if r := got[0].Replace; r == nil || *r != "contributing factor" {
		t.Errorf("custom replace: got %v, want %q", r, "contributing factor")
	}
	if got[1].Replace != nil {
		t.Errorf("custom replace without Replace: got %q, want nil", *got[1].Replace)
	}
	if want := "this phrase is on the team's list of phrases to avoid"; got[1].Message != want {
		t.Errorf("default message: got %q, want %q", got[1].Message, want)
	}
	// A phrase at a sentence start gets a capitalised replacement; word
	// boundaries hold ("rootcause" and "war rooms" are other words).
	text = "Root cause: disk. The rootcause and war rooms."
	got = c.check(text, nil)
	checkMatches(t, text, got, []want{{langCustom, "Root cause"}})
	if r := got[0].Replace; r == nil || *r != "Contributing factor" {
		t.Errorf("capitalised replace: got %v, want %q", r, "Contributing factor")
	}
}

func TestLanguageAllowOverlap(t *testing.T) {
	opt := DefaultOptions()
	opt.Allow = []string{"obviously"}
	c := newLanguageChecker(opt)
	text := "Obviously the disk was full, and someone should have checked."
	checkMatches(t, text, c.check(text, nil), []want{{langCounterfactual, "should have"}})
}

func TestLanguagePeople(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	text := "Zorblax deleted the production bucket."
	if got := c.check(text, nil); len(got) != 0 {
		t.Errorf("unknown name: got %v, want no matches", describeMatches(text, got))
	}
	people := map[string]bool{"zorblax": true}
	checkMatches(t, text, c.check(text, people), []want{{langPersonCause, "Zorblax deleted the production bucket"}})
	// An unknown capitalised word counts as a person before a verb only
	// people do, and never before other verbs.
	text = "Quillon forgot to renew the certificate."
	checkMatches(t, text, c.check(text, nil), []want{{langPersonCause, "Quillon forgot to renew the certificate"}})
	text = "Karpenter deleted the empty nodes."
	if got := c.check(text, nil); len(got) != 0 {
		t.Errorf("system name: got %v, want no matches", describeMatches(text, got))
	}
}

func TestLanguageRulesInfo(t *testing.T) {
	wantSeverity := map[string]Severity{
		langCounterfactual: Warning, langJudgement: Warning, langBlame: Warning, langHumanError: Warning,
		langPersonCause: Warning, langHindsight: Notice, langCustom: Warning,
	}
	if len(languageRules) != len(wantSeverity) {
		t.Fatalf("got %d rules, want %d", len(languageRules), len(wantSeverity))
	}
	for _, r := range languageRules {
		sev, ok := wantSeverity[r.ID]
		if !ok {
			t.Errorf("unexpected rule %q", r.ID)
			continue
		}
		if r.Severity != sev {
			t.Errorf("%s: got severity %v, want %v", r.ID, r.Severity, sev)
		}
		if r.Summary == "" || r.Why == "" {
			t.Errorf("%s: got empty summary or why, want both", r.ID)
		}
	}
}

// TestLanguageInvariants checks, over the dev corpus, that matches are in
// range, sorted, do not overlap, and that rewrites keep single spacing.
func TestLanguageInvariants(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	lines := append(loadCorpus(t, "blameful.tsv"), loadCorpus(t, "blameless.tsv")...)
	for _, l := range lines {
		ms := c.check(l.sentence, nil)
		for i, m := range ms {
			if m.Start < 0 || m.End > len(l.sentence) || m.Start >= m.End {
				t.Errorf("%q: match %d got range [%d,%d), want inside [0,%d)", l.sentence, i, m.Start, m.End, len(l.sentence))
			}
			if i > 0 && m.Start < ms[i-1].End {
				t.Errorf("%q: match %d got start %d, want >= previous end %d", l.sentence, i, m.Start, ms[i-1].End)
			}
		}
		if got := applyAll(l.sentence, ms); strings.Contains(got, "  ") || strings.HasPrefix(got, " ") {
			t.Errorf("%q: got rewrite %q, want single spacing", l.sentence, got)
		}
	}
}

func TestLanguageConcurrent(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	paras := benchParagraphs()
	want := make([]int, len(paras))
	for i, p := range paras {
		want[i] = len(c.check(p, nil))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for i, p := range paras {
				if got := len(c.check(p, nil)); got != want[i] {
					t.Errorf("paragraph %d: got %d matches, want %d", i, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// TestLanguageOwnSentences runs sentences written for these tests, in
// styles the corpus does not use, as a check that the rules generalise.
func TestLanguageOwnSentences(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	blameful := []string{
		"We could've rolled back much sooner.",
		"Ingrid shouldn't have merged on a Friday.",
		"A simple pre-deploy check might've caught this.",
		"Had we load tested, the bottleneck would have surfaced.",
		"The reviewer should really have asked for a rollback plan.",
		"The handoff notes were sloppy and incomplete.",
		"That was an amateur move.",
		"That was sheer incompetence.",
		"Any competent engineer would have noticed.",
		"Priya takes the blame for this one.",
		"It's Priya's fault the deploy failed.",
		"The fault was entirely Kenji's.",
		"Who is responsible for this mess?",
		"The QA team bears responsibility for the regression.",
		"The incident was attributed to human error.",
		"This was a people problem, not a tooling problem.",
		"Marcus deleted the prod database by mistake.",
		"Jana rebooted the wrong host.",
		"The on-call dev didn't escalate.",
		"Somebody fat-fingered a route.",
		"He accidentally deleted the staging namespace.",
		"Our DBA didn't verify the backups.",
		"@sam-ops rolled out the change without a canary.",
		"The engineer on call ignored the page.",
		"Somebody disabled the alert last week and never re-enabled it.",
		"I forgot to check the replica status.",
		"The intern's script deleted the backups.",
		"Mateo's migration locked the users table for an hour.",
		"Wiremu's commit broke the login page.",
		"The root cause was Jorge.",
		"The engineer responsible for the deploy did not follow the checklist.",
		"Someone left the debug flag on in production.",
		"The on-call engineer’s change took checkout offline.",
		"Priya should’ve paused the rollout.",
		"When Arash rotated the keys, he forgot to restart the workers.",
		"No one noticed the disk filling up over the weekend.",
		"It should have been obvious that the disk was filling up.",
		"Clearly, the retry policy was wrong.",
		"They only had to flip the feature flag.",
		"It was painfully obvious that the cache was cold.",
		"The answer was right there in plain sight.",
		"It doesn't take a genius to see the config was wrong.",
		"The problem was easy to spot in the logs.",
	}
	for _, text := range blameful {
		if len(c.check(text, nil)) == 0 {
			t.Errorf("%q: got no matches, want at least one", text)
		}
	}
	blameless := []string{
		"Vault failed to unseal after the restart.",
		"Jenkins skipped the integration stage because of a misconfigured trigger.",
		"The on-call engineer followed the runbook and failed over to the secondary.",
		"He was paged at 03:10 and acknowledged within a minute.",
		"She escalated to the network team, who found a faulty switch.",
		"The responder simply followed the runbook, which was out of date.",
		"The dashboard clearly showed the spike.",
		"Priya deleted the corrupted cache entries to force a rebuild.",
		"Kenji dropped the broken index and rebuilt it concurrently.",
		"The on-call engineer failed to reach the DBA by phone because the number was outdated.",
		"It is not clear whether a human could have noticed the drift in time.",
		"Hana restored the deleted objects from versioned storage.",
		"He left the bridge after the incident commander took over.",
		"The vendor was responsible for the DNS zone at the time.",
		"Teams are accountable for their own error budgets.",
		"The blame-free review format helped responders speak openly.",
		"The API returned a bad call signature error for old clients.",
		"Maintenance mode was clearly announced in advance.",
		"The migration tool should have a dry-run mode.",
		"A trivial config change triggered a full restart of the fleet.",
	}
	for _, text := range blameless {
		if got := c.check(text, nil); len(got) != 0 {
			t.Errorf("%q: got %v, want no matches", text, describeMatches(text, got))
		}
	}
}

// TestLanguageTeamChecks: a team's words extend a built-in list, and a
// team's check is one entry.
func TestLanguageTeamChecks(t *testing.T) {
	opt := DefaultOptions()
	opt.LanguageWords = map[string][]string{"lapse": {"fumbled"}, "deploy-tool": {"shipit"}}
	opt.LanguageChecks = []LanguageCheck{{
		Rule:  langPersonCause,
		Match: []string{"[@person @aux* ran @deploy-tool] ...4 without"},
	}, {
		Rule: langCustom, Match: []string{"war room"}, Replace: "incident channel",
	}}
	if err := ValidateLanguage(opt); err != nil {
		t.Fatal(err)
	}
	c := newLanguageChecker(opt)
	text := "Kenji fumbled the failover. Priya ran shipit without a canary. Join the war room."
	checkMatches(t, text, c.check(text, nil), []want{
		{langPersonCause, "Kenji fumbled the failover"}, {langPersonCause, "Priya ran shipit"}, {langCustom, "war room"},
	})
	if err := ValidateLanguage(Options{LanguageChecks: []LanguageCheck{{Rule: langBlame, Match: []string{"@nolist"}}}}); err == nil {
		t.Error("unknown list: got no error, want one")
	}
}

// TestLanguagePatternMarks checks that a pattern can name a punctuation
// mark ("so|,") and that a mark it does not name still ends a clause.
func TestLanguagePatternMarks(t *testing.T) {
	opt := DefaultOptions()
	opt.LanguageChecks = []LanguageCheck{{Rule: langCustom, Match: []string{"[war room] ...3 , then"}}}
	if err := ValidateLanguage(opt); err != nil {
		t.Fatal(err)
	}
	c := newLanguageChecker(opt)
	text := "We opened a war room at noon, then paged Bo."
	checkMatches(t, text, c.check(text, nil), []want{{langCustom, "war room"}})
	for _, text := range []string{"We opened a war room at noon; then paged Bo.", "A war room at noon then paged Bo."} {
		if got := c.check(text, nil); len(got) != 0 {
			t.Errorf("%q: got %v, want no match", text, describeMatches(text, got))
		}
	}
}

// TestLanguageUnlessNearList checks that unless_near takes a word list by
// name, that an unknown list is an error, and that the comma of a number
// ends no clause for it.
func TestLanguageUnlessNearList(t *testing.T) {
	opt := DefaultOptions()
	opt.LanguageWords = map[string][]string{"calm": {"tidy", "orphaned"}}
	opt.LanguageChecks = []LanguageCheck{{Rule: langCustom, Match: []string{"[war room]"}, UnlessNear: []string{"@calm"}}}
	if err := ValidateLanguage(opt); err != nil {
		t.Fatal(err)
	}
	c := newLanguageChecker(opt)
	for text, n := range map[string]int{
		"The war room was noisy.":                   1,
		"The war room was tidy.":                    0,
		"The war room held 4,000 orphaned tickets.": 0,
		"The war room held 4, orphaned tickets.":    1,
	} {
		if got := c.check(text, nil); len(got) != n {
			t.Errorf("%q: got %v, want %d matches", text, describeMatches(text, got), n)
		}
	}
	opt.LanguageChecks[0].UnlessNear = []string{"@nolist"}
	if err := ValidateLanguage(opt); err == nil {
		t.Error("unless_near with an unknown list: got no error, want one")
	}
}

// TestJudgementTendency checks that a judging word in a tendency the
// writer guards against is not a judgement, while one about an act is.
func TestJudgementTendency(t *testing.T) {
	c := newLanguageChecker(DefaultOptions())
	for text, want := range map[string]bool{
		"A long-lived token to use when I'm lazy seems risky.": false,
		"When we get careless, reviews slip.":                  false,
		"I added the token in an act of laziness.":             true,
		"When Kenji is lazy he skips the tests.":               true,
	} {
		if got := hasRule(c.check(text, nil), "language/judgement"); got != want {
			t.Errorf("%q: judgement finding %v, want %v", text, got, want)
		}
	}
}
