package postmortem

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// wantTime is what a timeline entry should read as.
type wantTime struct {
	key     string
	raw     string
	at      time.Time // the instant, compared with Equal
	hasDate bool
	hasZone bool
	offset  int // seconds east of UTC of the zone the time was written in
}

type wantSection struct {
	name  string
	key   string
	level int
	empty bool
	items int
}

type wantAction struct {
	form      ActionForm
	title     string
	owner     string
	due       string // DueRaw
	priority  string
	milestone string
	issue     int
	status    Status
	section   string
	line      int
}

type wantDoc struct {
	title      string
	severity   string
	fields     map[string]string // canonical key -> value of its first occurrence
	times      []wantTime
	sections   []wantSection
	actions    []wantAction
	comments   []string
	codeBlocks []string // info strings
}

// Shorthands for the samples' metadata and timeline tables.
func metadata(date, contact, createdBy, facilitatedBy string) map[string]string {
	return map[string]string{FieldDate: date, FieldContact: contact, FieldCreatedBy: createdBy, FieldFacilitatedBy: facilitatedBy}
}

func with(m map[string]string, kv ...string) map[string]string {
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// templateSections are the sections of the default template, with the
// number of items in each list section.
func templateSections(whatHappened, additional, remediation, bugs int) []wantSection {
	return []wantSection{
		{"Timeline", "timeline", 2, false, 0},
		{"Description", "description", 2, false, 0},
		{"What happened", "what_happened", 2, false, whatHappened},
		{"Additional Info", "additional_info", 2, false, additional},
		{"Remediation", "remediation", 2, remediation == 0, remediation},
		{"Bug Tickets", "bug_tickets", 2, false, bugs},
		{"Short Summary", "short_summary", 2, false, 0},
		{"Tags", "tags", 2, false, 0},
	}
}

// listAction is a task-list action in the default form.
func listAction(line int, title, owner, due, priority, section string) wantAction {
	return wantAction{form: ListItem, title: title, owner: owner, due: due, priority: priority, section: section, line: line}
}

var sampleWants = map[string]wantDoc{
	"clean-template.md": {
		title:    "Stale order history served from a paused read replica",
		severity: "SEV2",
		fields: with(metadata("2026-11-05", "@priya-n", "@tomas-r", "@hana-k"),
			FieldStart, "2026-11-03 14:02 UTC", FieldEnd, "2026-11-03 15:40 UTC", FieldDetect, "2026-11-03 14:19 UTC", FieldSeverity, "SEV2"),
		times: []wantTime{
			{FieldStart, "2026-11-03 14:02 UTC", utc(2026, 11, 3, 14, 2), true, true, 0},
			{FieldEnd, "2026-11-03 15:40 UTC", utc(2026, 11, 3, 15, 40), true, true, 0},
			{FieldDetect, "2026-11-03 14:19 UTC", utc(2026, 11, 3, 14, 19), true, true, 0},
		},
		sections: []wantSection{
			{"Timeline", "timeline", 2, false, 0},
			{"Description", "description", 2, false, 0},
			{"Contributing factors", "root_cause", 3, false, 4},
			{"What happened", "what_happened", 2, false, 13},
			{"Additional Info", "additional_info", 2, false, 4},
			{"Remediation", "remediation", 2, false, 4},
			{"Bug Tickets", "bug_tickets", 2, false, 2},
			{"Short Summary", "short_summary", 2, false, 0},
			{"Tags", "tags", 2, false, 0},
		},
		actions: []wantAction{
			listAction(80, "Add an alert that pages the commerce on-call when any `orders-db` replica lags by more than 60 seconds for 3 minutes", "hana-k", "2026-11-20", "P1", "Remediation"),
			listAction(81, "Change the load balancer health check of `orders-db` replicas to take a replica out of the pool when its replay lag exceeds 30 seconds", "tomas-r", "2026-12-04", "P1", "Remediation"),
			listAction(82, "Move the monthly finance export to a dedicated reporting replica that serves no customer traffic", "oskar-b", "2026-12-15", "P2", "Remediation"),
			listAction(83, `Add a "replica lag" section to the `+"`orders-db`"+` on-call runbook with the query to find the session holding up replay`, "priya-n", "2026-11-27", "P3", "Remediation"),
		},
	},
	"bare-times.md": {
		title:    "Missing thumbnails after the image worker autoscaler read an empty queue",
		severity: "SEV3",
		fields: with(metadata("2026-09-01", "@olu-a", "@sana-m", "@jorge-p"),
			FieldIncidentDate, "2026-08-11", FieldStart, "14:02 UTC", FieldEnd, "13:40 UTC", FieldDetect, "14:19", FieldSeverity, "SEV3"),
		times: []wantTime{
			{FieldStart, "14:02 UTC", utc(2026, 8, 11, 14, 2), false, true, 0},
			{FieldEnd, "13:40 UTC", utc(2026, 8, 11, 13, 40), false, true, 0},
			{FieldDetect, "14:19", utc(2026, 8, 11, 14, 19), false, false, 0},
		},
		sections: []wantSection{
			{"Timeline", "timeline", 2, false, 0},
			{"Description", "description", 2, false, 0},
			{"What happened", "what_happened", 2, false, 9},
			{"Additional Info", "additional_info", 2, false, 3},
			{"Corrective actions", "remediation", 2, false, 3},
			{"Bug Tickets", "bug_tickets", 2, false, 2},
			{"Short Summary", "short_summary", 2, false, 0},
			{"Tags", "tags", 2, false, 0},
		},
		actions: []wantAction{
			listAction(58, "Make the autoscaler refuse a queue that does not exist or has had no messages for 24 hours, and keep the last worker count instead", "olu-a", "2026-09-18", "P1", "Corrective actions"),
			listAction(59, "Split `autoscaling/media.yaml` into one file per service so that a change to one service's queue shows up as its own file in review", "jorge-p", "2026-09-30", "P2", "Corrective actions"),
			listAction(60, "Set the minimum worker count of the `thumbnailer` to 12, half of its usual daytime count", "sana-m", "2026-09-08", "P2", "Corrective actions"),
		},
	},
	"blameful.md": {
		title:    "Partner API outage after the gateway TLS certificate expired",
		severity: "SEV2",
		fields: with(metadata("2026-10-22", "", "@bob-l", "@carol-d"),
			FieldStart, "2026-10-20 09:00 UTC", FieldEnd, "2026-10-20 10:48 UTC", FieldDetect, "2026-10-20 09:04 UTC", FieldSeverity, "SEV2"),
		times: []wantTime{
			{FieldStart, "2026-10-20 09:00 UTC", utc(2026, 10, 20, 9, 0), true, true, 0},
			{FieldEnd, "2026-10-20 10:48 UTC", utc(2026, 10, 20, 10, 48), true, true, 0},
			{FieldDetect, "2026-10-20 09:04 UTC", utc(2026, 10, 20, 9, 4), true, true, 0},
		},
		sections: templateSections(10, 3, 6, 2),
		actions: []wantAction{
			listAction(62, "Add an alert 14 days before any certificate on `edge-gw` expires", "bob-l", "2026-10-30", "P1", "Remediation"),
			listAction(63, "Move the `edge-gw` certificate under cert-manager with the ACME issuer", "", "2026-10-30", "P1", "Remediation"),
			listAction(64, "Write a runbook for replacing the `edge-gw` certificate by hand", "mia-s", "", "P2", "Remediation"),
			listAction(65, "Improve monitoring", "carol-d", "2026-11-13", "P2", "Remediation"),
			listAction(66, "Add an alert 14 days before any certificate on `edge-gw` expires", "bob-l", "2026-10-30", "P1", "Remediation"),
			listAction(67, "Point CA reminder emails at the platform team's ticket queue instead of the `infra-certs` alias", "ruth-a", "2026-11-06", "P3", "Remediation"),
		},
		comments: []string{"postmortem-bot: ignore language/hindsight"},
	},
	"front-matter.md": {
		title:    "EU search returned no results after a reindex swapped in a near-empty index",
		severity: "SEV1",
		fields: with(metadata("2026-10-16", "@ingrid-h", "@mateo-v", "@amara-o"),
			FieldSeverity, "SEV1", FieldStart, "2026-10-14T03:12:00Z", FieldDetect, "2026-10-13T20:31:00-07:00", FieldEnd, "2026-10-14T05:47:00Z"),
		times: []wantTime{
			{FieldStart, "2026-10-14T03:12:00Z", utc(2026, 10, 14, 3, 12), true, true, 0},
			{FieldDetect, "2026-10-13T20:31:00-07:00", utc(2026, 10, 14, 3, 31), true, true, -7 * 3600},
			{FieldEnd, "2026-10-14T05:47:00Z", utc(2026, 10, 14, 5, 47), true, true, 0},
		},
		sections: []wantSection{
			{"Summary", "short_summary", 2, false, 0},
			{"Impact", "impact", 2, false, 4},
			{"What happened", "what_happened", 2, false, 14},
			{"Contributing factors", "root_cause", 2, false, 4},
			{"Countermeasures", "remediation", 2, false, 0},
			{"Notes", "additional_info", 2, false, 0},
		},
		actions: []wantAction{
			{TableRow, "Refuse the alias swap when the new index holds less than 95% of the documents of the current one", "mateo-v", "2026-10-30", "P1", "Q4 search reliability", 4521, Open, "Countermeasures", 63},
			{TableRow, "Keep the previous index for 48 hours after a swap instead of deleting it right away", "yusuf-k", "2026-10-15", "P1", "Q4 search reliability", 4519, Done, "Countermeasures", 64},
			{TableRow, "Alert the search on-call when the EU zero-result rate stays above 20% for 5 minutes", "ingrid-h", "2026-11-06", "P2", "Q4 search reliability", 0, Open, "Countermeasures", 65},
			{TableRow, "Point the reindex job at the `docs-eu-replicas` pool instead of `docs-eu-replica-3`", "amara-o", "2026-11-13", "P2", "", 0, Open, "Countermeasures", 66},
		},
	},
	"mixed-forms.md": {
		title:    "Sign-in outage after an auth-edge failover to a region with an old key set",
		severity: "SEV2",
		fields: with(metadata("2026-11-12", "@fatima", "@kenji-t", "@sven"),
			FieldStart, "2026-11-10 07:58 UTC", FieldDetect, "2026-11-10 08:04 UTC", FieldEnd, "2026-11-10 09:21 UTC", FieldSeverity, "SEV2"),
		times: []wantTime{
			{FieldStart, "2026-11-10 07:58 UTC", utc(2026, 11, 10, 7, 58), true, true, 0},
			{FieldDetect, "2026-11-10 08:04 UTC", utc(2026, 11, 10, 8, 4), true, true, 0},
			{FieldEnd, "2026-11-10 09:21 UTC", utc(2026, 11, 10, 9, 21), true, true, 0},
		},
		sections: []wantSection{
			{"TIMELINE", "timeline", 2, false, 0},
			{"description", "description", 2, false, 0},
			{"WHAT HAPPENED", "what_happened", 2, false, 10},
			{"remediation", "remediation", 2, false, 4},
			{"Bug tickets", "bug_tickets", 2, false, 2},
			{"Short summary", "short_summary", 2, false, 0},
			{"tags", "tags", 2, false, 0},
		},
		actions: []wantAction{
			{ListItem, "Add SLO burn alerts", "kenji-t", "2026-12-01", "P2", "", 0, Open, "remediation", 67},
			{ListItem, "Rotate keys", "fatima", "2026-11-30", "HIGH", "Q4 hardening", 0, Open, "remediation", 70},
			{ListItem, "Refresh the `auth-edge` key set from the key service before a region takes traffic in a failover", "lena-m", "2026-11-24", "P1", "", 0, Open, "remediation", 72},
			{ListItem, "Document failover", "sven", "2026-12-20", "", "", 0, Open, "remediation", 76},
		},
		comments: []string{
			"Booking numbers from the finance export of 2026-11-11; @kenji-t to recheck before this is shared outside engineering.",
			"Discussed in the review: whether the quarterly failover drill itself belongs here. Left out for now.",
		},
		codeBlocks: []string{"console"},
	},
	"no-actions.md": {
		title:    "Android users signed out in a loop after a feature flag targeting change",
		severity: "SEV2",
		fields: with(metadata("2026-05-21", "@amelie-r", "@kwame-b", "@ines-g"),
			FieldStart, "2026-05-19 17:45 UTC", FieldEnd, "2026-05-19 18:52 UTC", FieldDetect, "2026-05-19 18:03 UTC", FieldSeverity, "SEV2"),
		times: []wantTime{
			{FieldStart, "2026-05-19 17:45 UTC", utc(2026, 5, 19, 17, 45), true, true, 0},
			{FieldEnd, "2026-05-19 18:52 UTC", utc(2026, 5, 19, 18, 52), true, true, 0},
			{FieldDetect, "2026-05-19 18:03 UTC", utc(2026, 5, 19, 18, 3), true, true, 0},
		},
		sections: templateSections(9, 3, 0, 2),
	},
	"pasted-logs.md": {
		title:    "Invoice API timeouts from a database connection pool held during PDF rendering",
		severity: "SEV2",
		fields: with(metadata("2026-07-16", "@nadia-f", "@ethan-w", "@keiko-s"),
			FieldStart, "2026-07-14 09:10 UTC", FieldEnd, "2026-07-14 10:02 UTC", FieldDetect, "2026-07-14 09:14 UTC", FieldSeverity, "SEV2"),
		times: []wantTime{
			{FieldStart, "2026-07-14 09:10 UTC", utc(2026, 7, 14, 9, 10), true, true, 0},
			{FieldEnd, "2026-07-14 10:02 UTC", utc(2026, 7, 14, 10, 2), true, true, 0},
			{FieldDetect, "2026-07-14 09:14 UTC", utc(2026, 7, 14, 9, 14), true, true, 0},
		},
		sections: templateSections(10, 0, 4, 2),
		actions: []wantAction{
			listAction(121, "Fetch all thumbnails before the PDF renderer takes a database connection, and render from memory", "ethan-w", "2026-07-24", "P1", "Remediation"),
			listAction(122, "Set a 2-second timeout on thumbnail requests to the image service and render a blank tile when it expires", "keiko-s", "2026-07-24", "P1", "Remediation"),
			listAction(123, "Give PDF rendering its own connection pool of 5 connections so it cannot take connections from the rest of the API", "nadia-f", "2026-08-07", "P2", "Remediation"),
			listAction(124, "Alert when the `invoice-service` pool has requests waiting for more than 60 seconds", "ethan-w", "2026-07-31", "P2", "Remediation"),
		},
		codeBlocks: []string{"text"},
	},
	"placeholders.md": {
		title:    "<Title>",
		severity: "SEV3",
		fields: with(metadata("2026-07-09", "<Name>", "@rafael-c", "TBD"),
			FieldStart, "2026-07-08 06:00 UTC", FieldEnd, "2026-07-08 07:25 UTC", FieldDetect, "2026-07-08 06:14 UTC", FieldSeverity, "SEV3"),
		times: []wantTime{
			{FieldStart, "2026-07-08 06:00 UTC", utc(2026, 7, 8, 6, 0), true, true, 0},
			{FieldEnd, "2026-07-08 07:25 UTC", utc(2026, 7, 8, 7, 25), true, true, 0},
			{FieldDetect, "2026-07-08 06:14 UTC", utc(2026, 7, 8, 6, 14), true, true, 0},
		},
		sections: []wantSection{
			{"Timeline", "timeline", 2, false, 0},
			{"Description", "description", 2, false, 0},
			{"What happened", "what_happened", 2, true, 0},
			{"Additional Info", "additional_info", 2, false, 2},
			{"Remediation", "remediation", 2, false, 1},
			{"Bug Tickets", "bug_tickets", 2, true, 0},
			{"Short Summary", "short_summary", 2, true, 0},
			{"Tags", "tags", 2, true, 0},
		},
		actions: []wantAction{
			listAction(47, "<Action>", "", "<date>", "", "Remediation"),
		},
		comments: []string{
			"Describe the incident: what users saw, how many were affected, and for how long.",
			`Bullet points, each starting with a time, e.g. "- 14:02 UTC The first alert fires."`,
		},
	},
	"table-actions.md": {
		title:    "Duplicate webhook deliveries after a consumer timeout change",
		severity: "SEV2",
		fields: map[string]string{
			FieldIncidentDate: "2026-10-01", FieldDate: "2026-10-02", FieldContact: "@dmitri-v", FieldCreatedBy: "@li-wen",
			FieldFacilitatedBy: "@grace-o", FieldSeverity: "SEV2",
			FieldStart: "2026-10-01 03:10 CEST", FieldDetect: "2026-09-30 22:41 America/New_York", FieldEnd: "2026-10-01 00:50 America/New_York",
		},
		times: []wantTime{
			{FieldStart, "2026-10-01 03:10 CEST", utc(2026, 10, 1, 1, 10), true, true, 2 * 3600},
			{FieldDetect, "2026-09-30 22:41 America/New_York", utc(2026, 10, 1, 2, 41), true, true, -4 * 3600},
			{FieldEnd, "2026-10-01 00:50 America/New_York", utc(2026, 10, 1, 4, 50), true, true, -4 * 3600},
			{"mitigated", "2026-09-30 23:25 America/New_York", utc(2026, 10, 1, 3, 25), true, true, -4 * 3600},
		},
		sections: []wantSection{
			{"Timeline", "timeline", 2, false, 0},
			{"Description", "description", 2, false, 0},
			{"What happened", "what_happened", 2, false, 10},
			{"Impact", "impact", 2, false, 3},
			{"Action items", "remediation", 2, false, 0},
			{"Follow-ups", "remediation", 2, false, 3},
			{"Short Summary", "short_summary", 2, false, 0},
			{"Tags", "tags", 2, false, 0},
		},
		actions: []wantAction{
			{TableRow, "Switch `hook-dispatch` consumers to the cooperative-sticky assignor and commit offsets after each delivered message", "li-wen", "2026-10-16", "P1", "", 806, Open, "Action items", 66},
			{TableRow, "Add a load test at peak US traffic to the release checklist for any change to Kafka consumer settings", "", "2026-10-23", "P2", "", 807, Open, "Action items", 67},
			{TableRow, "Send an `Idempotency-Key` header with every webhook delivery and document it for merchants", "dmitri-v", "2026-11-13", "P2", "", 809, Open, "Action items", 68},
			{TableRow, "Alert when more than 1% of webhook deliveries in 10 minutes are repeats of an earlier delivery", "grace-o", "2026-10-09", "P1", "", 810, Open, "Action items", 69},
			{ListItem, "Send each affected merchant the list of duplicated event IDs", "grace-o", "2026-10-02", "P1", "", 812, Done, "Follow-ups", 73},
			{ListItem, "Refund the shipping cost of the 4 merchants who shipped goods twice", "dmitri-v", "2026-10-09", "P2", "", 813, Open, "Follow-ups", 74},
			{ListItem, "Lower the webhook backlog alert threshold from 500,000 to 100,000 events", "li-wen", "2026-10-07", "P2", "", 814, Open, "Follow-ups", 75},
		},
	},
	"unicode.md": {
		title:    "Garbled CJK addresses on shipping labels after a PDF library upgrade",
		severity: "SEV2",
		fields: with(metadata("2026-06-22", "@li-wei", "@zoe-l", "@jose-m"),
			FieldStart, "2026-06-18 10:15 +09:00", FieldEnd, "2026-06-18 12:05 +09:00", FieldDetect, "2026-06-18 10:32 +09:00", FieldSeverity, "SEV2"),
		times: []wantTime{
			{FieldStart, "2026-06-18 10:15 +09:00", utc(2026, 6, 18, 1, 15), true, true, 9 * 3600},
			{FieldEnd, "2026-06-18 12:05 +09:00", utc(2026, 6, 18, 3, 5), true, true, 9 * 3600},
			{FieldDetect, "2026-06-18 10:32 +09:00", utc(2026, 6, 18, 1, 32), true, true, 9 * 3600},
		},
		sections: templateSections(9, 4, 4, 2),
		actions: []wantAction{
			listAction(59, "Declare Noto Sans CJK JP and Noto Sans CJK SC as fallback fonts in the label template", "li-wei", "2026-06-26", "P1", "Remediation"),
			listAction(60, "Add label snapshot tests with Japanese, Simplified Chinese, Korean and Vietnamese addresses, e.g. 대한민국 서울 and Hà Nội", "ngoc-anh", "2026-07-03", "P1", "Remediation"),
			listAction(61, "Alert when more than 2% of labels in 10 minutes are rejected by carrier scanners as unreadable", "soren-h", "2026-07-10", "P2", "Remediation"),
			listAction(62, "Add the PDF library to the list of dependencies whose major upgrades get a print test at one warehouse before rollout", "jose-m", "2026-07-17", "P3", "Remediation"),
		},
	},
}

func TestParseSamples(t *testing.T) {
	all := samples(t)
	for name := range all {
		if _, ok := sampleWants[name]; !ok {
			t.Errorf("sample %s has no expectations in sampleWants", name)
		}
	}
	for name, want := range sampleWants {
		t.Run(name, func(t *testing.T) {
			src, ok := all[name]
			if !ok {
				t.Fatalf("no sample %s", name)
			}
			checkDoc(t, mustParse(t, src), want)
		})
	}
}

// checkDoc compares a parsed document with what it should hold, and
// checks that the model's spans show the values it reports.
func checkDoc(t *testing.T, d *Document, want wantDoc) {
	t.Helper()
	if d.Title != want.title {
		t.Errorf("title: got %q, want %q", d.Title, want.title)
	}
	if got := strings.TrimLeft(strings.TrimSpace(d.Text(d.TitleSpan)), "# "); got != want.title && !strings.Contains(d.Text(d.TitleSpan), want.title) {
		t.Errorf("title span: got %q, want it to hold %q", d.Text(d.TitleSpan), want.title)
	}
	if d.Severity != want.severity {
		t.Errorf("severity: got %q, want %q", d.Severity, want.severity)
	}
	if want.severity != "" && NormalizeSeverity(d.Text(d.SeveritySpan)) != want.severity {
		t.Errorf("severity span: got %q, want it to read %q", d.Text(d.SeveritySpan), want.severity)
	}
	checkFields(t, d, want.fields)
	checkTimes(t, d, want.times)
	checkSections(t, d, want.sections)
	checkActions(t, d, want.actions)
	var comments []string
	for _, c := range d.Comments {
		comments = append(comments, c.Text)
		if txt := d.Text(c.Span); !strings.HasPrefix(txt, "<!--") || !strings.HasSuffix(txt, "-->") || !strings.Contains(txt, c.Text) {
			t.Errorf("comment span: got %q, want <!-- %s -->", txt, c.Text)
		}
	}
	if !reflect.DeepEqual(comments, want.comments) {
		t.Errorf("comments: got %q, want %q", comments, want.comments)
	}
	var infos []string
	for _, b := range d.CodeBlocks {
		infos = append(infos, b.Info)
		if d.Text(b.Span) != b.Text {
			t.Errorf("code block: span holds %q, want its text %q", d.Text(b.Span), b.Text)
		}
	}
	if !reflect.DeepEqual(infos, want.codeBlocks) {
		t.Errorf("code blocks: got info strings %q, want %q", infos, want.codeBlocks)
	}
}

func checkFields(t *testing.T, d *Document, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, f := range d.Fields {
		if _, dup := got[f.Key]; !dup {
			got[f.Key] = f.Value
		}
		if s := d.Text(f.Span); s != f.Value {
			t.Errorf("field %s (%s): span holds %q, want the value %q", f.Key, f.Label, s, f.Value)
		}
		if s := d.Text(f.LabelSpan); s != f.Label {
			t.Errorf("field %s: label span holds %q, want the label %q", f.Key, s, f.Label)
		}
		if fieldKey(f.Label) != f.Key {
			t.Errorf("field %s: label %q reads as key %q", f.Key, f.Label, fieldKey(f.Label))
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fields:\n got %q\nwant %q", got, want)
	}
}

func checkTimes(t *testing.T, d *Document, want []wantTime) {
	t.Helper()
	if len(d.Times) != len(want) {
		t.Errorf("got %d timeline entries, want %d", len(d.Times), len(want))
	}
	for _, w := range want {
		e, ok := d.Time(w.key)
		if !ok {
			t.Errorf("time %s: missing", w.key)
			continue
		}
		if e.Err != nil {
			t.Errorf("time %s: got error %v, want none", w.key, e.Err)
		}
		if e.Raw != w.raw || d.Text(e.Span) != w.raw {
			t.Errorf("time %s: got raw %q (span %q), want %q", w.key, e.Raw, d.Text(e.Span), w.raw)
		}
		if !e.Time.Equal(w.at) {
			t.Errorf("time %s: got %v (%v UTC), want %v", w.key, e.Time, e.Time.UTC(), w.at)
		}
		if e.HasDate != w.hasDate || e.HasZone != w.hasZone {
			t.Errorf("time %s: got HasDate %v HasZone %v, want %v %v", w.key, e.HasDate, e.HasZone, w.hasDate, w.hasZone)
		}
		if _, off := e.Time.Zone(); off != w.offset {
			t.Errorf("time %s: got zone offset %ds, want %ds", w.key, off, w.offset)
		}
	}
}

func checkSections(t *testing.T, d *Document, want []wantSection) {
	t.Helper()
	var got []wantSection
	for _, s := range d.Sections {
		got = append(got, wantSection{s.Name, s.Key, s.Level, s.Empty, len(s.Items)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sections:\n got %+v\nwant %+v", got, want)
	}
	for i, s := range d.Sections {
		if h := d.Text(s.HeadingSpan); h != s.Name {
			t.Errorf("section %q: heading span holds %q", s.Name, h)
		}
		if line := d.Text(d.LineSpan(d.Line(s.HeadingSpan.Start))); !strings.HasPrefix(line, strings.Repeat("#", s.Level)+" ") {
			t.Errorf("section %q: heading line %q, want it to start with %d #", s.Name, line, s.Level)
		}
		if s.Span.Start > s.HeadingSpan.Start || s.Span.End < s.HeadingSpan.End {
			t.Errorf("section %q: span %v does not hold its heading %v", s.Name, s.Span, s.HeadingSpan)
		}
		// A section ends where the next one of the same or a higher level begins.
		end := len(d.Source)
		for _, n := range d.Sections[i+1:] {
			if n.Level <= s.Level {
				end = n.Span.Start
				break
			}
		}
		if s.Span.End != end {
			t.Errorf("section %q: got end %d, want %d", s.Name, s.Span.End, end)
		}
		for _, it := range s.Items {
			if d.Text(it.Span) != it.Text || it.Span.Start < s.Span.Start || it.Span.End > s.Span.End {
				t.Errorf("section %q: item %q has span %v outside %v or with other text", s.Name, it.Text, it.Span, s.Span)
			}
		}
	}
}

func checkActions(t *testing.T, d *Document, want []wantAction) {
	t.Helper()
	var got []wantAction
	for _, a := range d.Actions {
		got = append(got, wantAction{a.Form, a.Title, a.Owner, a.DueRaw, a.Priority, a.Milestone, a.Issue, a.Status, a.Section, a.Line})
	}
	if len(got) != len(want) {
		t.Errorf("got %d actions, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("action %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
	for i, a := range d.Actions {
		checkActionSpans(t, d, i, a)
	}
}

// checkActionSpans checks that each part's span lies in the action and
// holds the value the action reports.
func checkActionSpans(t *testing.T, d *Document, i int, a Action) {
	t.Helper()
	if line, _ := d.Position(a.Span.Start); line != a.Line {
		t.Errorf("action %d: span starts on line %d, Line is %d", i, line, a.Line)
	}
	for name, s := range map[string]Span{"title": a.TitleSpan, "owner": a.OwnerSpan, "due": a.DueSpan, "priority": a.PrioritySpan, "milestone": a.MilestoneSpan, "issue": a.IssueSpan, "status": a.StatusSpan} {
		if s != (Span{}) && (s.Start < a.Span.Start || s.End > a.Span.End || s.Start > s.End) {
			t.Errorf("action %d: %s span %v is outside the action %v", i, name, s, a.Span)
		}
	}
	if a.Owner != "" && strings.TrimPrefix(d.Text(a.OwnerSpan), "@") != a.Owner {
		t.Errorf("action %d: owner span holds %q, want %q", i, d.Text(a.OwnerSpan), a.Owner)
	}
	if a.DueRaw != "" && d.Text(a.DueSpan) != a.DueRaw {
		t.Errorf("action %d: due span holds %q, want %q", i, d.Text(a.DueSpan), a.DueRaw)
	}
	if due, ok := ParseDate(a.DueRaw); ok != !a.Due.IsZero() || !due.Equal(a.Due) {
		t.Errorf("action %d: got Due %v for %q, want %v", i, a.Due, a.DueRaw, due)
	}
	if a.Priority != "" && strings.ToUpper(d.Text(a.PrioritySpan)) != a.Priority {
		t.Errorf("action %d: priority span holds %q, want %q", i, d.Text(a.PrioritySpan), a.Priority)
	}
	if a.Milestone != "" && strings.ReplaceAll(d.Text(a.MilestoneSpan), `\|`, "|") != a.Milestone {
		t.Errorf("action %d: milestone span holds %q, want %q", i, d.Text(a.MilestoneSpan), a.Milestone)
	}
	if a.Issue != 0 && !strings.Contains(d.Text(a.IssueSpan), strconv.Itoa(a.Issue)) {
		t.Errorf("action %d: issue span holds %q, want it to hold %d", i, d.Text(a.IssueSpan), a.Issue)
	}
	if a.Form == ListItem && a.StatusSpan != (Span{}) {
		box := d.Text(a.StatusSpan)
		if (box == "[ ]") != (a.Status != Done && a.notPlannedSpan == (Span{})) && a.Status != NotPlanned {
			t.Errorf("action %d: task box %q, status %v", i, box, a.Status)
		}
	}
	if a.Form == TableRow && a.StatusSpan != (Span{}) && parseStatus(d.Text(a.StatusSpan)) != a.Status {
		t.Errorf("action %d: status cell %q, status %v", i, d.Text(a.StatusSpan), a.Status)
	}
}

// parseOne parses an inline document.
func parseOne(t *testing.T, src string, opt Options) *Document {
	t.Helper()
	d, err := Parse([]byte(src), opt)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

// TestParseListForms reads one action item written in each of the forms
// teams use.
func TestParseListForms(t *testing.T) {
	tests := []struct {
		item string
		want wantAction // section and line are filled in
	}{
		{"- [ ] Add an alert — owner: @a, due: 2026-12-01, priority: P1",
			wantAction{title: "Add an alert", owner: "a", due: "2026-12-01", priority: "P1"}},
		{"- [x] Add an alert — owner: @a",
			wantAction{title: "Add an alert", owner: "a", status: Done}},
		{"- [X] Add an alert - @a - 2026-12-01 - P1",
			wantAction{title: "Add an alert", owner: "a", due: "2026-12-01", priority: "P1", status: Done}},
		{"- Add an alert (owner: @a) (due: 2026-12-01)",
			wantAction{title: "Add an alert", owner: "a", due: "2026-12-01"}},
		{"- [ ] Add SLO burn alerts (owner: @a, due 2026-12-01, P2)",
			wantAction{title: "Add SLO burn alerts", owner: "a", due: "2026-12-01", priority: "P2"}},
		{"- [ ] Add an alert | owner: @a | due: 2026-12-01",
			wantAction{title: "Add an alert", owner: "a", due: "2026-12-01"}},
		{"- [ ] Add an alert -- owner: @a -- due 2026-12-01",
			wantAction{title: "Add an alert", owner: "a", due: "2026-12-01"}},
		{"- [ ] Add an alert – owner: Jane Doe, due: 2026/12/01, priority: low",
			wantAction{title: "Add an alert", owner: "Jane Doe", due: "2026/12/01", priority: "LOW"}},
		{"- [ ] Rotate keys — @a — 2026-11-30 — priority: high — milestone: Q4 hardening",
			wantAction{title: "Rotate keys", owner: "a", due: "2026-11-30", priority: "HIGH", milestone: "Q4 hardening"}},
		{"- [ ] Add an alert — owner: @a, milestone: Q1 2027, issue: #12",
			wantAction{title: "Add an alert", owner: "a", milestone: "Q1 2027", issue: 12}},
		{"- [ ] Add an alert — owner: @a (https://github.com/o/r/issues/77)",
			wantAction{title: "Add an alert", owner: "a", issue: 77}},
		{"- [ ] Add an alert — ticket: https://github.com/o/r/pull/78",
			wantAction{title: "Add an alert", issue: 78}},
		{"- [ ] Fix the thing (#45)",
			wantAction{title: "Fix the thing", issue: 45}},
		{"- [x] Send the list — owner: @g, due: 2026-10-02, priority: P1 (#812)",
			wantAction{title: "Send the list", owner: "g", due: "2026-10-02", priority: "P1", issue: 812, status: Done}},
		{"- [ ] Add an alert — owner: @a (not planned)",
			wantAction{title: "Add an alert", owner: "a", status: NotPlanned}},
		{"- [x] Add an alert — owner: @a, won't do",
			wantAction{title: "Add an alert", owner: "a", status: NotPlanned}},
		{"1. [ ] Numbered — owner: @a",
			wantAction{title: "Numbered", owner: "a"}},
		{"* [ ] Document failover (assignee: @sven; target: 2026-12-20)",
			wantAction{title: "Document failover", owner: "sven", due: "2026-12-20"}},
		{"+ [ ] Plus — dri: @a, eta: 2026-12-01",
			wantAction{title: "Plus", owner: "a", due: "2026-12-01"}},
		{"- [ ] Add a pre-deploy check — assigned to @a, by 2026-12-01, prio: urgent",
			wantAction{title: "Add a pre-deploy check", owner: "a", due: "2026-12-01", priority: "URGENT"}},
		{"- [ ] Add an alert\n  — owner: @a, due: 2026-12-01",
			wantAction{title: "Add an alert", owner: "a", due: "2026-12-01"}},
		{"- [ ] Fix it — owner: @renovate[bot]",
			wantAction{title: "Fix it", owner: "renovate[bot]"}},
		{"- [ ] Fix it — owner: @a, due: TBD",
			wantAction{title: "Fix it", owner: "a", due: "TBD"}},
		{"- [ ] Fix it — owner: <@login>, due: <YYYY-MM-DD>",
			wantAction{title: "Fix it", due: "<YYYY-MM-DD>"}},
		{"- [ ] Fix it — owner: unassigned",
			wantAction{title: "Fix it"}},
		{"- [ ] **Bold** title with ~~strike~~ and [a link](https://x.example/y) — owner: @a",
			wantAction{title: "Bold title with strike and a link", owner: "a"}},
		{"- [ ] Fix, carefully, the thing — owner: @a",
			wantAction{title: "Fix, carefully, the thing", owner: "a"}},
		{"- [ ] Fix it — owner: @a; due: 2026-12-01; priority: P0",
			wantAction{title: "Fix it", owner: "a", due: "2026-12-01", priority: "P0"}},
		{"- [ ] Fix it — owner: @a, owner: @b",
			wantAction{title: "Fix it", owner: "a"}},
		{"- [ ] Fix it\n\n  More text in a second paragraph, owner: @b.",
			wantAction{title: "Fix it"}},
		{"-   [ ]   Spaced   — owner: @a",
			wantAction{title: "Spaced", owner: "a"}},
		{"- [ ] — owner: @a",
			wantAction{owner: "a"}},
		{"- [ ] Fix it — milestone:",
			wantAction{title: "Fix it — milestone:"}}, // a label without a value is no field
		{"- [ ] Fix it — milestone: Q1 — owner: @a",
			wantAction{title: "Fix it", owner: "a", milestone: "Q1"}},
		{"- [ ] Bump the TLS library to 3.2 - the one with the fix",
			wantAction{title: "Bump the TLS library to 3.2 - the one with the fix"}},
	}
	for _, tt := range tests {
		t.Run(tt.item, func(t *testing.T) {
			d := parseOne(t, "## Remediation\n\n"+tt.item+"\n", Options{})
			want := tt.want
			want.form, want.section, want.line = ListItem, "Remediation", 3
			checkActions(t, d, []wantAction{want})
		})
	}
}

// TestParseNotActions: items and rows that are not actions.
func TestParseNotActions(t *testing.T) {
	for _, src := range []string{
		"## Remediation\n\n- [ ]\n",
		"## Remediation\n\n- [x]   \n",
		"## What happened\n\n- [ ] 14:02 UTC Something — owner: @a\n",
		"## Remediation\n\n```\n- [ ] In a code block — owner: @a\n```\n",
		"## Remediation\n\n<!-- - [ ] In a comment — owner: @a -->\n",
		"## Remediation\n\n| Action | Notes |\n|---|---|\n| Only one action column | x |\n",
		"## Remediation\n\n| Action | Owner |\n|---|---|\n|  |  |\n",
		"- [ ] Before any heading — owner: @a\n",
	} {
		if d := parseOne(t, src, Options{}); len(d.Actions) != 0 {
			t.Errorf("%q: got %d actions, want none: %+v", src, len(d.Actions), actionFacts(d.Actions[0]))
		}
	}
}

func TestParseActionTables(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []wantAction
	}{
		{
			"synonym headers under a section of another kind",
			"# T\n\n## Notes\n\n| Task | Assignee | Due date | State |\n|---|---|---|---|\n| Fix it | @a | 2026-12-01 | closed |\n| Other (#9) | unassigned | TBD | won't fix |\n| Third | Jane Doe | 2026/1/2 | in progress |\n",
			[]wantAction{
				{TableRow, "Fix it", "a", "2026-12-01", "", "", 0, Done, "Notes", 7},
				{TableRow, "Other", "", "TBD", "", "", 9, NotPlanned, "Notes", 8},
				{TableRow, "Third", "Jane Doe", "2026/1/2", "", "", 0, Open, "Notes", 9},
			},
		},
		{
			"before any heading",
			"| Action | Owner |\n|---|---|\n| Fix it | @a |\n",
			[]wantAction{{TableRow, "Fix it", "a", "", "", "", 0, Open, "", 3}},
		},
		{
			"in What happened",
			"## What happened\n\n| Countermeasure | DRI | Deadline | Prio | Tracking issue |\n| --- | --- | --- | --- | --- |\n| Add a check | @c | 2027-01-15 | p2 | https://github.com/o/r/issues/5 |\n",
			[]wantAction{{TableRow, "Add a check", "c", "2027-01-15", "P2", "", 5, Open, "What happened", 5}},
		},
		{
			"columns in another order, a row with an owner only",
			"## Follow ups\n\n| Who | When | Milestone | What | Ticket |\n|-|-|-|-|-|\n| @a | 2026-12-01 | Q1 | Fix it | #3 |\n| @b | | | | |\n",
			[]wantAction{
				{TableRow, "Fix it", "a", "2026-12-01", "", "Q1", 3, Open, "Follow ups", 5},
				{TableRow, "", "b", "", "", "", 0, Open, "Follow ups", 6},
			},
		},
		{
			"escaped pipe and short row",
			"## Remediation\n\n| Action | Owner | Issue |\n|---|---|---|\n| Split on \\| in names | @a | #3 |\n| Short row |\n",
			[]wantAction{
				{TableRow, "Split on | in names", "a", "", "", "", 3, Open, "Remediation", 5},
				{TableRow, "Short row", "", "", "", "", 0, Open, "Remediation", 6},
			},
		},
		{
			"no outer pipes",
			"## Remediation\n\nAction | Owner\n--- | ---\nNo outer pipes | @a\n",
			[]wantAction{{TableRow, "No outer pipes", "a", "", "", "", 0, Open, "Remediation", 5}},
		},
		{
			"status words",
			"## Remediation\n\n| Action | Status |\n|---|---|\n| A | ✅ |\n| B | [x] |\n| C | ~~done~~ |\n| D | Not planned |\n| E | Won't do |\n| F | In progress |\n| G | **Done** |\n",
			[]wantAction{
				{TableRow, "A", "", "", "", "", 0, Done, "Remediation", 5},
				{TableRow, "B", "", "", "", "", 0, Done, "Remediation", 6},
				{TableRow, "C", "", "", "", "", 0, Done, "Remediation", 7},
				{TableRow, "D", "", "", "", "", 0, NotPlanned, "Remediation", 8},
				{TableRow, "E", "", "", "", "", 0, NotPlanned, "Remediation", 9},
				{TableRow, "F", "", "", "", "", 0, Open, "Remediation", 10},
				{TableRow, "G", "", "", "", "", 0, Done, "Remediation", 11},
			},
		},
		{
			"an Issue column wins over a number after the title",
			"## Remediation\n\n| Action | Issue |\n|---|---|\n| Fix it (#7) | #8 |\n| Other (#9) |  |\n",
			[]wantAction{
				{TableRow, "Fix it (#7)", "", "", "", "", 8, Open, "Remediation", 5},
				{TableRow, "Other", "", "", "", "", 9, Open, "Remediation", 6},
			},
		},
		{
			"in a subsection of an action section",
			"## Remediation\n\n### Short term\n\n| Action | Owner |\n|---|---|\n| Fix it | @a |\n",
			[]wantAction{{TableRow, "Fix it", "a", "", "", "", 0, Open, "Remediation", 7}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkActions(t, parseOne(t, tt.src, Options{}), tt.want)
		})
	}
}

func TestParseCustomSections(t *testing.T) {
	src := "# T\n\n## Things We Will Do\n\n- [ ] Custom — owner: @a\n\n## Remediation\n\n- [ ] Default — owner: @b\n\n## Log\n\n- 14:02 UTC Paged.\n\n## Timeline\n"
	d := parseOne(t, src, Options{Sections: map[string][]string{
		"remediation":   {"things we will do", "Vorbeugende Maßnahmen"},
		"what_happened": {"log"},
	}})
	checkActions(t, d, []wantAction{{ListItem, "Custom", "a", "", "", "", 0, Open, "Things We Will Do", 5}})
	checkSections(t, d, []wantSection{
		{"Things We Will Do", "remediation", 2, false, 1},
		{"Remediation", "", 2, false, 1}, // the option replaces the default names
		{"Log", "what_happened", 2, false, 1},
		{"Timeline", "timeline", 2, true, 0}, // keys the option leaves out keep theirs
	})

	d = parseOne(t, "## VORBEUGENDE MASSNAHMEN\n\n- [ ] Upper case\n\n## Vorbeugende Maßnahmen\n\n- [ ] As written\n", Options{Sections: map[string][]string{"remediation": {"Vorbeugende Maßnahmen"}}})
	if len(d.Actions) != 1 || d.Actions[0].Title != "As written" {
		t.Errorf("got %d actions, want only %q (ß does not fold to SS)", len(d.Actions), "As written")
	}

	// Without options, every default name counts.
	for _, names := range DefaultSections["remediation"] {
		d := parseOne(t, "## "+strings.ToUpper(names)+"\n\n- [ ] Fix it\n", Options{})
		if len(d.Actions) != 1 {
			t.Errorf("heading %q: got %d actions, want 1", names, len(d.Actions))
		}
	}
}

func TestParseSynonymsAndCase(t *testing.T) {
	src := `# Incident

**Start Time:** 2026-11-02 14:02 UTC
**End time**: 2026-11-02 15:40 UTC
__Detected at:__ 14:09 UTC
Sev: sev-1
POINT OF CONTACT: @x
Notes: not a field

| Field | Value |
|---|---|
| POINT OF CONTACT | @alice |
| Incident Commander | @ic |
| moderator | @m |
| Written By | @w |
| Meeting Date | 2026-11-04 |
| Day | 2026-11-02 |

## What happened

Start: this line is prose here, not a field.
`
	d := parseOne(t, src, Options{})
	checkFields(t, d, map[string]string{
		FieldStart: "2026-11-02 14:02 UTC", FieldEnd: "2026-11-02 15:40 UTC", FieldDetect: "14:09 UTC",
		FieldSeverity: "sev-1", FieldContact: "@x", FieldFacilitatedBy: "@m", FieldCreatedBy: "@w",
		FieldDate: "2026-11-04", FieldIncidentDate: "2026-11-02",
	})
	var contacts []string
	for _, f := range d.Fields {
		if f.Key == FieldContact {
			contacts = append(contacts, f.Label+"="+f.Value)
		}
	}
	if want := []string{"POINT OF CONTACT=@x", "POINT OF CONTACT=@alice", "Incident Commander=@ic"}; !reflect.DeepEqual(contacts, want) {
		t.Errorf("contacts: got %q, want %q", contacts, want)
	}
	if d.Severity != "SEV1" {
		t.Errorf("severity: got %q, want SEV1", d.Severity)
	}
	checkTimes(t, d, []wantTime{
		{FieldStart, "2026-11-02 14:02 UTC", utc(2026, 11, 2, 14, 2), true, true, 0},
		{FieldEnd, "2026-11-02 15:40 UTC", utc(2026, 11, 2, 15, 40), true, true, 0},
		{FieldDetect, "14:09 UTC", utc(2026, 11, 2, 14, 9), false, true, 0},
	})
	for _, label := range []string{"Start Time", "START TIME", "start_time", "Start-Time", "**Start time:**", "`start time`", "1. Start time"} {
		if k := fieldKey(label); k != FieldStart {
			t.Errorf("fieldKey(%q): got %q, want %q", label, k, FieldStart)
		}
	}
}

// TestParseBaseDate: bare times are read against the incident date, else
// the date of another timeline entry, else the meeting date.
func TestParseBaseDate(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want time.Time
	}{
		{"incident date", "| Incident | Value |\n|---|---|\n| Date | 2026-11-05 |\n| Incident date | 2026-11-02 |\n| Start | 2026-11-01 23:00 UTC |\n| End | 01:10 UTC |\n", utc(2026, 11, 2, 1, 10)},
		{"another entry", "| Incident | Value |\n|---|---|\n| Date | 2026-11-05 |\n| Start | 2026-11-01 10:00 UTC |\n| End | 11:10 UTC |\n", utc(2026, 11, 1, 11, 10)},
		// An end of day read more than twelve hours before the start is
		// after midnight.
		{"past midnight", "| Incident | Value |\n|---|---|\n| Date | 2026-11-05 |\n| Start | 2026-11-01 23:00 UTC |\n| End | 01:10 UTC |\n", utc(2026, 11, 2, 1, 10)},
		{"meeting date", "| Incident | Value |\n|---|---|\n| Date | 2026-11-05 |\n| End | 01:10 UTC |\n", utc(2026, 11, 5, 1, 10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseOne(t, tt.src, Options{})
			e, ok := d.Time(FieldEnd)
			if !ok || e.Err != nil || !e.Time.Equal(tt.want) {
				t.Errorf("end: got %v, %v (found %v), want %v", e.Time, e.Err, ok, tt.want)
			}
		})
	}
	d := parseOne(t, "| Incident | Value |\n|---|---|\n| Start | 14:02 UTC |\n| End | TBD |\n", Options{})
	if e, _ := d.Time(FieldStart); e.Err == nil || !strings.Contains(e.Err.Error(), "has no date") {
		t.Errorf("start without any date: got error %v, want one about the missing date", e.Err)
	}
	if e, _ := d.Time(FieldEnd); !errors.Is(e.Err, ErrNoTime) {
		t.Errorf("end TBD: got error %v, want ErrNoTime", e.Err)
	}
}

func TestParseProse(t *testing.T) {
	src := "# Title with `code`\n\n" +
		"Run `make test` then see <https://example.com/x> or [the docs](https://docs.example/y \"t\").\n" +
		"Second *line* with **bold** and <span>html</span> <!-- hidden words --> end.\n\n" +
		"```go\nfunc secretCode() {}\n```\n\n" +
		"    indented blockCode\n\n" +
		"> Quoted `q` text\n\n" +
		"- item one Zoë 李伟\n  continued\n- item `two`\n\n" +
		"| A | B |\n|---|---|\n| cell `x` | y z |\n"
	d := parseOne(t, src, Options{})
	var texts []string
	for _, p := range d.Prose {
		texts = append(texts, p.Kind+": "+p.Text)
	}
	want := []string{
		"heading: Title with code",
		"paragraph: Run code then see link or the docs. Second line with bold and html  end.",
		"quote: Quoted code text",
		"item: item one Zoë 李伟 continued",
		"item: item code",
		"header: A",
		"header: B",
		"cell: cell code",
		"cell: y z",
	}
	if !reflect.DeepEqual(texts, want) {
		t.Errorf("prose:\n got %q\nwant %q", texts, want)
	}
	all := strings.Join(texts, "\n")
	for _, hidden := range []string{"make test", "https://", "secretCode", "blockCode", "hidden words", "<span>", "`"} {
		if strings.Contains(all, hidden) {
			t.Errorf("prose holds %q, want it left out", hidden)
		}
	}
	if len(d.CodeBlocks) != 2 || d.CodeBlocks[0].Info != "go" || d.CodeBlocks[0].Text != "func secretCode() {}\n" || d.CodeBlocks[1].Text != "indented blockCode\n" {
		t.Errorf("code blocks: got %+v", d.CodeBlocks)
	}
	for _, p := range d.Prose {
		checkProseOffsets(t, d, p)
	}
	// A word after a code span maps to where it is written.
	p := d.Prose[1]
	i := strings.Index(p.Text, "then")
	if got := string(src[p.Offset(i):p.End(i+len("then"))]); got != "then" {
		t.Errorf("source of %q: got %q", "then", got)
	}
	if got := p.Start(); got != strings.Index(src, "Run") {
		t.Errorf("Start: got %d, want %d", got, strings.Index(src, "Run"))
	}
	// Text that has no source (a placeholder) maps to where the next text begins.
	i = strings.Index(p.Text, "code")
	if got, want := p.Offset(i), strings.Index(src, " then"); got != want {
		t.Errorf("Offset of the code placeholder: got %d, want %d", got, want)
	}
	if got, want := p.Offset(len(p.Text)+10), strings.Index(src, " end.")+len(" end."); got != want {
		t.Errorf("Offset past the end: got %d, want %d", got, want)
	}
	if got := (Prose{}).Offset(3); got != 0 {
		t.Errorf("Offset of empty prose: got %d, want 0", got)
	}
}

// checkProseOffsets checks that every byte of a prose text that comes from
// the source maps to that same byte of the source.
func checkProseOffsets(t *testing.T, d *Document, p Prose) {
	t.Helper()
	fromSource := make([]bool, len(p.Text))
	for _, pc := range p.pieces {
		for k := range pc.n {
			fromSource[pc.text+k] = true
		}
	}
	for i := range len(p.Text) {
		if !fromSource[i] {
			continue
		}
		if o := p.Offset(i); d.Source[o] != p.Text[i] {
			t.Fatalf("prose %q: byte %d %q maps to source byte %d %q", p.Text, i, p.Text[i], o, d.Source[o])
		}
	}
}

// TestParseProseSamples maps every byte of the samples' prose back to the
// source.
func TestParseProseSamples(t *testing.T) {
	for name, src := range samples(t) {
		d := mustParse(t, src)
		n := 0
		for _, p := range d.Prose {
			checkProseOffsets(t, d, p)
			n += len(p.Text)
		}
		if n == 0 {
			t.Errorf("%s: no prose", name)
		}
	}
	d := mustParse(t, samples(t)["unicode.md"])
	for _, s := range []string{"李伟", "„Müllerstraße 12, Köln“", "PDFライブラリの更新によりCJKフォントが埋め込まれなくなり", "📦🏷️❓"} {
		found := false
		for _, p := range d.Prose {
			if i := strings.Index(p.Text, s); i >= 0 {
				found = true
				if got := d.Text(Span{p.Offset(i), p.End(i + len(s))}); got != s {
					t.Errorf("source of %q: got %q", s, got)
				}
			}
		}
		if !found {
			t.Errorf("unicode.md: no prose holds %q", s)
		}
	}
}

func TestPositionUnicode(t *testing.T) {
	src := samples(t)["unicode.md"]
	d := mustParse(t, src)
	tests := []struct {
		find      string
		after     string // the text is looked for after this one
		line, col int
	}{
		{"Garbled", "", 1, 3},
		{"Köln", "", 25, 27},
		{"Porto", "", 25, 54},
		{"(@zoe-l)", "Zoë Laurent", 37, 13},
		{"@li-wei), who", "", 37, 61},
		{"❓", "", 53, 72},
		{"— every", "", 53, 74},
		{"@ngoc-anh) from", "", 54, 13},
		{"更新", "", 76, 10},
		{"CJK", "PDFライブラリ", 76, 15},
	}
	for _, tt := range tests {
		from := bytes.Index(src, []byte(tt.after))
		i := bytes.Index(src[from:], []byte(tt.find))
		if from < 0 || i < 0 {
			t.Fatalf("%q not in unicode.md", tt.find)
		}
		line, col := d.Position(from + i)
		if line != tt.line || col != tt.col {
			t.Errorf("Position of %q: got %d:%d, want %d:%d", tt.find, line, col, tt.line, tt.col)
		}
	}
	// An offset inside a character is that character's column.
	i := bytes.Index(src, []byte("更新"))
	for k := range 3 {
		if _, col := d.Position(i + k); col != 10 {
			t.Errorf("Position inside 更 (+%d): got column %d, want 10", k, col)
		}
	}
	if _, col := d.Position(i + 3); col != 11 {
		t.Errorf("Position of 新: got column %d, want 11", col)
	}
	// Lines and their spans.
	if got := d.Text(d.LineSpan(76))[:len("PDFライブラリ")]; got != "PDFライブラリ" {
		t.Errorf("LineSpan(76): got %q", got)
	}
	if d.LineSpan(0) != (Span{}) || d.LineSpan(d.LineCount()+1) != (Span{}) {
		t.Errorf("LineSpan out of range: got %v %v, want empty spans", d.LineSpan(0), d.LineSpan(d.LineCount()+1))
	}
	if line, col := d.Position(len(src)); line != d.LineCount() || col != 1 {
		t.Errorf("Position at the end: got %d:%d, want %d:1", line, col, d.LineCount())
	}
}

func TestParseComments(t *testing.T) {
	src := "# T\n\n<!-- block -->\n\nText <!-- inline one --> and <!--two-->.\n\n<!--\nmulti\nline\n-->\n\n- item <!-- in an item -->\n\n`<!-- in code -->`\n\n```\n<!-- in a fence -->\n```\n\n<!-- unclosed\n"
	d := parseOne(t, src, Options{})
	var got []string
	for _, c := range d.Comments {
		got = append(got, c.Text)
		if txt := d.Text(c.Span); !strings.HasPrefix(txt, "<!--") || !strings.HasSuffix(txt, "-->") {
			t.Errorf("comment %q: span holds %q", c.Text, txt)
		}
	}
	want := []string{"block", "inline one", "two", "multi\nline", "in an item"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("comments: got %q, want %q", got, want)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range [][]byte{nil, {}, []byte("\n\n\n"), []byte("   \n\t\n")} {
		d, err := Parse(src, Options{})
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		if d.Title != "" || d.Severity != "" || len(d.Fields) != 0 || len(d.Times) != 0 || len(d.Sections) != 0 || len(d.Actions) != 0 || len(d.Prose) != 0 || len(d.Comments) != 0 || len(d.CodeBlocks) != 0 {
			t.Errorf("Parse(%q): got a non-empty model %+v", src, d)
		}
		if line, col := d.Position(0); line != 1 || col != 1 {
			t.Errorf("Parse(%q): Position(0) = %d:%d, want 1:1", src, line, col)
		}
		if want := bytes.Count(src, []byte("\n")) + 1; d.LineCount() != want {
			t.Errorf("Parse(%q): got %d lines, want %d", src, d.LineCount(), want)
		}
	}
}

func TestParseFrontMatterOnly(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"with a final line break", "---\ntitle: Only front matter\ndate: 2026-11-03\nseverity: sev 2\nstart: 2026-11-02 14:02 UTC\ncontact: '@alice'\n---\n"},
		{"without a final line break", "---\ntitle: Only front matter\ndate: 2026-11-03\nseverity: sev 2\nstart: 2026-11-02 14:02 UTC\ncontact: '@alice'\n---"},
		{"closed with dots", "---\ntitle: Only front matter\ndate: 2026-11-03\nseverity: sev 2\nstart: 2026-11-02 14:02 UTC\ncontact: '@alice'\n...\n"},
		{"CRLF", "---\r\ntitle: Only front matter\r\ndate: 2026-11-03\r\nseverity: sev 2\r\nstart: 2026-11-02 14:02 UTC\r\ncontact: '@alice'\r\n---\r\n"},
		{"trailing spaces and a comment", "---\ntitle: Only front matter  \ndate: 2026-11-03 # the review\nseverity: sev 2\t\nstart: 2026-11-02 14:02 UTC\ncontact: '@alice'   \n---\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseOne(t, tt.src, Options{})
			checkDoc(t, d, wantDoc{
				title:    "Only front matter",
				severity: "SEV2",
				fields:   map[string]string{FieldDate: "2026-11-03", FieldSeverity: "sev 2", FieldStart: "2026-11-02 14:02 UTC", FieldContact: "@alice"},
				times:    []wantTime{{FieldStart, "2026-11-02 14:02 UTC", utc(2026, 11, 2, 14, 2), true, true, 0}},
			})
			if d.Text(d.TitleSpan) != "Only front matter" {
				t.Errorf("title span: got %q", d.Text(d.TitleSpan))
			}
			if len(d.Sections) != 0 || len(d.Prose) != 0 {
				t.Errorf("got %d sections and %d prose, want none: the front matter is not Markdown", len(d.Sections), len(d.Prose))
			}
		})
	}
	// A heading after the front matter does not replace its title.
	d := parseOne(t, "---\ntitle: From YAML\n---\n# From the heading\n", Options{})
	if d.Title != "From YAML" {
		t.Errorf("title: got %q, want the front matter's", d.Title)
	}
}

// TestParseFrontMatterScalars: every style of YAML scalar gives a span
// inside the front matter that shows the value as written.
func TestParseFrontMatterScalars(t *testing.T) {
	tests := []struct {
		yaml  string // the line (or lines) after "contact:"
		value string
		span  string // the source bytes of the value's span
	}{
		{" alice", "alice", "alice"}, // "@" cannot start a plain scalar
		{" alice   # the IC", "alice", "alice"},
		{` "@alice"`, "@alice", "@alice"},
		{` '@alice'`, "@alice", "@alice"},
		{` "a\"b"`, `a"b`, `a\"b`},
		{` 'it''s'`, "it's", "it''s"},
		{` "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"`, "éééééé", `\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9`},
		{" \"two\n  lines\"", "two lines", "two\n  lines"},
		{" |\n  @alice\n  @bob", "@alice\n@bob", "@alice"},
		{" >-\n  folded", "folded", "folded"},
		{" &x alice", "alice", "alice"},
		{" !!str alice", "alice", "alice"},
		{" &x 'al''ice'", "al'ice", "al''ice"},
	}
	for _, tt := range tests {
		t.Run(tt.yaml, func(t *testing.T) {
			for _, tail := range []string{"\n---\n# T\n", "\n---"} {
				src := "---\ncontact:" + tt.yaml + tail
				d := parseOne(t, src, Options{})
				f, ok := d.Field(FieldContact)
				if !ok {
					t.Fatalf("%q: no contact field", src)
				}
				if f.Value != tt.value {
					t.Errorf("%q: got value %q, want %q", src, f.Value, tt.value)
				}
				if f.Span.Start < 0 || f.Span.End > len(src) || f.Span.Start > f.Span.End {
					t.Fatalf("%q: got span %v outside the source (%d bytes)", src, f.Span, len(src))
				}
				if got := d.Text(f.Span); got != tt.span {
					t.Errorf("%q: span holds %q, want %q", src, got, tt.span)
				}
				if got := d.Text(f.LabelSpan); got != "contact" {
					t.Errorf("%q: label span holds %q, want contact", src, got)
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := Parse([]byte("# T\n\x00\x01"), Options{}); !errors.Is(err, ErrBinary) {
		t.Errorf("NUL bytes: got %v, want ErrBinary", err)
	}
	_, err := Parse([]byte("# T\nZoë \xff here\n"), Options{})
	var enc *EncodingError
	if !errors.As(err, &enc) {
		t.Fatalf("invalid UTF-8: got %v, want an *EncodingError", err)
	}
	if enc.Line != 2 || enc.Column != 5 {
		t.Errorf("invalid UTF-8: got %d:%d, want 2:5", enc.Line, enc.Column)
	}
	if !strings.Contains(err.Error(), "line 2, column 5") {
		t.Errorf("error message: got %q", err)
	}
	_, err = Parse([]byte("---\ntitle: [unclosed\n---\n# T\n"), Options{})
	if err == nil || !strings.Contains(err.Error(), "front matter") {
		t.Errorf("bad front matter: got %v, want an error about the front matter", err)
	}
	// Not front matter: a rule in the middle, or no closing line.
	for _, src := range []string{"# T\n---\ntitle: x\n---\n", "---\ntitle: x\n"} {
		if _, err := Parse([]byte(src), Options{}); err != nil {
			t.Errorf("%q: got %v, want no error", src, err)
		}
	}
}

// crlf turns line feeds into carriage return and line feed.
func crlf(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }

// TestParseCRLF: a sample saved with Windows line endings gives the same
// model, and its spans hold the same text.
func TestParseCRLF(t *testing.T) {
	for name, src := range samples(t) {
		t.Run(name, func(t *testing.T) {
			lf, cr := mustParse(t, src), mustParse(t, crlf(src))
			if got, want := modelText(cr), modelText(lf); !reflect.DeepEqual(got, want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Errorf("first difference:\n got %q\nwant %q", got[i], want[i])
						break
					}
				}
				t.Fatalf("got %d model lines with CRLF, want %d", len(got), len(want))
			}
			if name == "clean-template.md" {
				checkDoc(t, cr, sampleWants[name])
			}
		})
	}
}

// modelText writes the model's values, and the text under its spans, as
// lines that do not depend on line endings or byte offsets.
func modelText(d *Document) []string {
	text := func(s Span) string { return strings.ReplaceAll(d.Text(s), "\r\n", "\n") }
	out := []string{"title " + d.Title + " | " + text(d.TitleSpan), "severity " + d.Severity + " | " + text(d.SeveritySpan)}
	for _, f := range d.Fields {
		out = append(out, fmt.Sprintf("field %s %q=%q | %q %q", f.Key, f.Label, f.Value, text(f.LabelSpan), text(f.Span)))
	}
	for _, e := range d.Times {
		out = append(out, fmt.Sprintf("time %s %q %v %v %v %v | %q", e.Key, e.Raw, e.Time, e.HasDate, e.HasZone, e.Err, text(e.Span)))
	}
	for _, s := range d.Sections {
		out = append(out, fmt.Sprintf("section %q %s %d %v | %q", s.Name, s.Key, s.Level, s.Empty, text(s.HeadingSpan)))
		for _, it := range s.Items {
			out = append(out, fmt.Sprintf("item %q", strings.ReplaceAll(it.Text, "\r\n", "\n")))
		}
	}
	for _, a := range d.Actions {
		out = append(out, fmt.Sprintf("action %+v | %q %q %q %q %q %q %q %q", actionFacts(a), text(a.Span), text(a.TitleSpan), text(a.OwnerSpan), text(a.DueSpan), text(a.PrioritySpan), text(a.MilestoneSpan), text(a.IssueSpan), text(a.StatusSpan)))
	}
	for _, p := range d.Prose {
		out = append(out, "prose "+p.Kind+" "+p.Text)
	}
	for _, b := range d.CodeBlocks {
		out = append(out, fmt.Sprintf("code %q %q", b.Info, strings.ReplaceAll(b.Text, "\r\n", "\n")))
	}
	for _, c := range d.Comments {
		out = append(out, fmt.Sprintf("comment %q", strings.ReplaceAll(c.Text, "\r\n", "\n")))
	}
	return out
}

// TestEditCRLF: edits to a CRLF document keep its line endings.
func TestEditCRLF(t *testing.T) {
	src := crlf(samples(t)["clean-template.md"])
	d := mustParse(t, src)
	out, err := d.Edit(ActionEdit{Action: 0, Issue: ptr(7), Status: ptr(Done)}, ActionEdit{Action: 1, Milestone: ptr("Q1")})
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(out, []byte("\n")); n != bytes.Count(out, []byte("\r\n")) {
		t.Errorf("got %d line feeds and %d CRLFs after the edit, want only CRLFs", n, bytes.Count(out, []byte("\r\n")))
	}
	again := mustParse(t, out)
	if a := again.Actions[0]; a.Issue != 7 || a.Status != Done {
		t.Errorf("action 0: got issue %d status %v, want 7 Done", a.Issue, a.Status)
	}
	if a := again.Actions[1]; a.Milestone != "Q1" {
		t.Errorf("action 1: got milestone %q, want Q1", a.Milestone)
	}
}

// TestEditReadsBack: an edit that would not read back as written, or
// would change how many actions the document holds, is refused.
func TestEditReadsBack(t *testing.T) {
	for _, tt := range []struct {
		src  string
		edit ActionEdit
		want string // part of the error
	}{
		{"## Remediation\n\n- A\n- B\n", ActionEdit{Action: 1, Milestone: ptr("Q1\n- [ ] Injected")}, "3 actions in the document instead of 2"},
		{"## Remediation\n\n- A\n- B\n", ActionEdit{Action: 0, Owner: ptr("a\n\n## Notes\n")}, "1 actions in the document instead of 2"},
		{"## Remediation\n\n- A\n- [ ] Pin the client to API version\n  1.\n", ActionEdit{Action: 1, Issue: ptr(5)}, `the title reads "Pin the client to API version"`},
		{"## Remediation\n\n- A\n- [ ] Pin the client to API version\n  1.\n", ActionEdit{Action: 1, Owner: ptr("b")}, "the title reads"},
		{"## Remediation\n\n- [ ] A — owner: @a\n", ActionEdit{Action: 0, Milestone: ptr("Q1, infra")}, `the milestone reads "Q1", not "Q1, infra"`},
		{"## Remediation\n\n- [ ] A — owner: @a\n", ActionEdit{Action: 0, Owner: ptr("@b")}, `the title reads "A — owner: @@b"`},
		{"## Remediation\n\n| Action | Issue |\n|---|---|\n| A | |\n", ActionEdit{Action: 0, Issue: ptr(-3)}, "the issue reads #0, not #-3"},
	} {
		d := parseOne(t, tt.src, Options{})
		out, err := d.Edit(tt.edit)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %q, %v, want an error containing %q", tt.src, out, err, tt.want)
		}
	}
	// Custom section names are kept for the check.
	opt := Options{Sections: map[string][]string{"remediation": {"Todo"}}}
	d := parseOne(t, "## Todo\n\n- [ ] Fix it\n", opt)
	if _, err := d.Edit(ActionEdit{Action: 0, Owner: ptr("a")}); err != nil {
		t.Errorf("edit under a custom section name: got %v, want none", err)
	}
}

// TestEditInsertsFields: a field is added where the item reads it back,
// also after a separator left at the end of the item.
func TestEditInsertsFields(t *testing.T) {
	tests := []struct {
		item string
		edit ActionEdit
		want string
	}{
		{"- [ ] Fix it", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it — owner: @b"},
		{"- [ ] Fix it —", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it — owner: @b"},
		{"- [ ] Fix it – ", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it – owner: @b "}, // the space stays where it was
		{"- [ ] Fix it,", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it, owner: @b"},
		{"- [ ] Fix it (", ActionEdit{Milestone: ptr("Q1")}, "- [ ] Fix it ( milestone: Q1"},
		{"- [ ] Fix it -", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it - — owner: @b"},
		{"- [ ] Fix it-", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it- — owner: @b"},
		{"- [ ] Fix it |", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it | — owner: @b"},
		{"- [ ] Fix it — owner: @a", ActionEdit{Milestone: ptr("Q1")}, "- [ ] Fix it — owner: @a, milestone: Q1"},
		{"- [ ] Fix it (owner: @a)", ActionEdit{Milestone: ptr("Q1")}, "- [ ] Fix it (owner: @a, milestone: Q1)"},
		{"- [ ] Fix it — owner: @renovate[bot]", ActionEdit{Owner: ptr("b")}, "- [ ] Fix it — owner: @b"},
		{"- [ ] Fix it — @a", ActionEdit{Owner: ptr("")}, "- [ ] Fix it — owner: unassigned"},
		{"- [ ] — owner: @a", ActionEdit{Owner: ptr("")}, "- [ ] — owner: unassigned"},
		{"- [ ] Fix it —", ActionEdit{Status: ptr(NotPlanned)}, "- [x] Fix it — (not planned)"},
		{"- [x] Fix it (not planned)", ActionEdit{Status: ptr(Open)}, "- [ ] Fix it"},
	}
	for _, tt := range tests {
		t.Run(tt.item, func(t *testing.T) {
			src := "## Remediation\n\n" + tt.item + "\n\nAfter.\n"
			d := parseOne(t, src, Options{})
			out, err := d.Edit(tt.edit)
			if err != nil {
				t.Fatal(err)
			}
			if want := "## Remediation\n\n" + tt.want + "\n\nAfter.\n"; string(out) != want {
				t.Fatalf("got\n%q\nwant\n%q", out, want)
			}
			a := parseOne(t, string(out), Options{}).Actions[0]
			if tt.edit.Owner != nil && a.Owner != *tt.edit.Owner {
				t.Errorf("owner: got %q, want %q", a.Owner, *tt.edit.Owner)
			}
			if tt.edit.Milestone != nil && a.Milestone != *tt.edit.Milestone {
				t.Errorf("milestone: got %q, want %q", a.Milestone, *tt.edit.Milestone)
			}
			if tt.edit.Status != nil && a.Status != *tt.edit.Status {
				t.Errorf("status: got %v, want %v", a.Status, *tt.edit.Status)
			}
			if a.Title != d.Actions[0].Title {
				t.Errorf("title: got %q, want %q", a.Title, d.Actions[0].Title)
			}
		})
	}
}

// TestEditTableCells: values go into cells, a pipe escaped, and a row
// without a title keeps a word when it is unassigned.
func TestEditTableCells(t *testing.T) {
	src := "## Remediation\n\n| Action | Owner | Milestone |\n| --- | --- | --- |\n| Fix it | @a | Q1 |\n|  | @b |  |\n"
	d := parseOne(t, src, Options{})
	out, err := d.Edit(ActionEdit{Action: 0, Milestone: ptr("Q1 | infra")}, ActionEdit{Action: 1, Owner: ptr("")})
	if err != nil {
		t.Fatal(err)
	}
	want := "## Remediation\n\n| Action | Owner | Milestone |\n| --- | --- | --- |\n| Fix it | @a | Q1 \\| infra |\n|  | unassigned |  |\n"
	if string(out) != want {
		t.Fatalf("got\n%q\nwant\n%q", out, want)
	}
	again := parseOne(t, string(out), Options{})
	checkActions(t, again, []wantAction{
		{TableRow, "Fix it", "a", "", "", "Q1 | infra", 0, Open, "Remediation", 5},
		{TableRow, "", "", "", "", "", 0, Open, "Remediation", 6},
	})
	// A row with a title gets an empty cell, padded to the cell's width.
	out, err = d.Edit(ActionEdit{Action: 0, Owner: ptr("")})
	if err != nil {
		t.Fatal(err)
	}
	if want := "| Fix it |    | Q1 |"; !strings.Contains(string(out), want) {
		t.Errorf("got\n%s\nwant a line %q", out, want)
	}
}

func TestParseLarge(t *testing.T) {
	src, n := largeDocument(5000)
	if lines := bytes.Count(src, []byte("\n")); lines < 5000 {
		t.Fatalf("generated %d lines, want at least 5000", lines)
	}
	start := time.Now()
	d := mustParse(t, src)
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("parsing %d bytes took %v", len(src), el)
	}
	if len(d.Actions) != n.actions {
		t.Fatalf("got %d actions, want %d", len(d.Actions), n.actions)
	}
	if d.Title != "Large generated incident" || d.Severity != "SEV2" {
		t.Errorf("got title %q severity %q", d.Title, d.Severity)
	}
	what, _ := d.Section("what_happened")
	if len(what.Items) != n.events {
		t.Errorf("got %d events, want %d", len(what.Items), n.events)
	}
	for i, a := range d.Actions {
		checkActionSpans(t, d, i, a)
		if want := fmt.Sprintf("Action number %d", i); !strings.HasPrefix(a.Title, want) {
			t.Fatalf("action %d: got title %q, want it to start with %q", i, a.Title, want)
		}
		if a.Owner == "" || a.Due.IsZero() {
			t.Fatalf("action %d: got owner %q due %v, want both", i, a.Owner, a.Due)
		}
	}
	last := d.Actions[len(d.Actions)-1]
	if want := bytes.Count(src[:last.Span.Start], []byte("\n")) + 1; last.Line != want {
		t.Errorf("last action: got line %d, want %d", last.Line, want)
	}
	// Edit the last action: only its bytes change.
	out, err := d.Edit(ActionEdit{Action: len(d.Actions) - 1, Issue: ptr(99)})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out[:last.Span.Start], src[:last.Span.Start]) {
		t.Errorf("bytes before the last action changed")
	}
}

type largeCounts struct{ events, actions int }

// largeDocument generates a post-mortem of at least the given number of
// lines: a metadata and timeline table, long What happened and
// Description sections, a task list and a table of actions.
func largeDocument(lines int) ([]byte, largeCounts) {
	var b bytes.Buffer
	var n largeCounts
	b.WriteString("# Large generated incident\n\n| Meeting | Value |\n| --- | --- |\n| Date | 2026-11-05 |\n| Contact | @priya-n |\n| Created by | @tomas-r |\n| Facilitated by | @hana-k |\n\n")
	b.WriteString("## Timeline\n\n| Incident | Value |\n| --- | --- |\n| Start Time | 2026-11-03 14:02 UTC |\n| End Time | 2026-11-03 15:40 UTC |\n| Detect Time | 2026-11-03 14:19 UTC |\n\n")
	b.WriteString("## Description\n\n> Severity: SEV2\n\n")
	count := func() int { return bytes.Count(b.Bytes(), []byte("\n")) }
	for i := 0; count() < lines/5; i++ {
		fmt.Fprintf(&b, "Paragraph %d: the `orders-db` replica paused replay behind a long export, and requests\nserved from it returned data that was older by the minute; see [the dashboard](https://grafana.example/d/%d).\n\n", i, i)
	}
	b.WriteString("## What happened\n\n")
	for count() < 2*lines/5 {
		fmt.Fprintf(&b, "- %02d:%02d UTC Event %d: the on-call engineer (@user-%d) checks the `lag` graph and pages the database team.\n", 14+n.events/60%10, n.events%60, n.events, n.events%50)
		n.events++
	}
	b.WriteString("\n## Remediation\n\n")
	for count() < 3*lines/5 {
		fmt.Fprintf(&b, "- [ ] Action number %d: add an alert on replica lag for cluster %d — owner: @owner-%d, due: 2026-12-%02d, priority: P%d\n", n.actions, n.actions, n.actions%40, 1+n.actions%28, 1+n.actions%3)
		n.actions++
	}
	b.WriteString("\n## Action items\n\n| Action | Owner | Due | Priority | Issue | Status |\n| --- | --- | --- | --- | --- | --- |\n")
	for count() < 4*lines/5 {
		fmt.Fprintf(&b, "| Action number %d: move export %d to a reporting replica | @owner-%d | 2027-01-%02d | P2 | #%d | Open |\n", n.actions, n.actions, n.actions%40, 1+n.actions%28, 1000+n.actions)
		n.actions++
	}
	b.WriteString("\n## Additional Info\n\n")
	for i := 0; count() < lines+10; i++ {
		fmt.Fprintf(&b, "<!-- note %d -->\nA note about the replica, with a link to https://wiki.example/page/%d and some `code`.\n\n", i, i)
	}
	return b.Bytes(), n
}

// TestByteOrderMark: a UTF-8 byte-order mark changes nothing but the
// offsets, with or without front matter.
func TestByteOrderMark(t *testing.T) {
	for _, src := range []string{
		"\xef\xbb\xbf# Disk full on db-3\n\n## Remediation\n- [ ] Add a disk alert at 80% — owner: @a\n",
		"\xef\xbb\xbf---\ntitle: Disk full on db-3\n---\n\n## Remediation\n- [ ] Add a disk alert at 80% — owner: @a\n",
	} {
		d := mustParse(t, []byte(src))
		if d.Title != "Disk full on db-3" {
			t.Errorf("title: got %q, want %q", d.Title, "Disk full on db-3")
		}
		if len(d.Actions) != 1 || d.Actions[0].Owner != "a" {
			t.Errorf("actions: got %+v, want one owned by a", d.Actions)
		}
	}
}
