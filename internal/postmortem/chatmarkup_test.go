package postmortem

import (
	"strings"
	"testing"
)

// Lines opening with "• " are a list, as chat tools post one and PDF
// converters keep one: a timeline's entries, a record's steps and an
// action list's items, a line without the sign going on with the item
// above it.
func TestBulletLinesAreListItems(t *testing.T) {
	src := "# Broker backlog on the billing queue\n\n## Timeline\n\n" +
		"• 09:14 UTC Alert fired on queue depth\n" +
		"• 09:31 UTC Consumers restarted, backlog\n  draining by 09:50\n\n" +
		"## What we did\n\n" +
		"• Restarted the consumers on all four hosts\n" +
		"• Raised the partition count to 24\n\n" +
		"## Action items\n\nAgreed at the review:\n" +
		"• Alert on consumer lag — @noor — due 2026-04-10\n" +
		"• Cap the retry rate of the billing client — @teo\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Events) != 2 || doc.Events[1].Text != "Consumers restarted, backlog draining by 09:50" {
		t.Errorf("events %+v, want the two entries", doc.Events)
	}
	if len(doc.Steps) != 2 || doc.Steps[1].Text != "Raised the partition count to 24" {
		t.Errorf("steps %+v, want the two steps", doc.Steps)
	}
	checkActionLines(t, doc, []string{
		"Alert on consumer lag|noor|2026-04-10||Open",
		"Cap the retry rate of the billing client|teo|||Open",
	})
}

// A line in single asterisks, as chat tools write bold, is a label
// that names a section when it stands alone on its line, with a note
// after it, or ends with a colon; single asterisks inside a sentence
// stay emphasis.
func TestStarLabelLines(t *testing.T) {
	src := "# Pricing cache stampede\n\n" +
		"*Summary*\nEvery pricing key expired at once after the 02:00 deploy and the database saturated.\n\n" +
		"*Timeline* slipped a day because the vendor's report came late.\n\n" +
		"*Follow-ups* (2 open) :memo:\n\n" +
		"- Stagger the expiry of pricing keys — @ines — due 2026-05-04\n" +
		"- Load-test a cold cache — @bo\n"
	doc := mustParse(t, []byte(src))
	var keys []string
	for _, s := range doc.Sections {
		keys = append(keys, s.Key+"="+s.Name)
	}
	if got, want := strings.Join(keys, ", "), "short_summary=Summary, remediation=Follow-ups"; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
	checkActionLines(t, doc, []string{
		"Stagger the expiry of pricing keys|ines|2026-05-04||Open",
		"Load-test a cold cache|bo|||Open",
	})
}

// chatActionCases are action lists in chat markup, each with the
// actions read from it.
var chatActionCases = []struct {
	name, src string
	want      []string
}{
	// The marks of state that open an item, as emoji or by the names
	// chat tools write them by: a check mark is done, an hourglass or
	// an empty box open, a cross dropped; the mark is no part of the
	// title.
	{"state marks", "# Expired signing certificate\n\n## Follow-ups\n\n" +
		"- :white_check_mark: Rotate the signing key — @amara\n" +
		"- :hourglass_flowing_sand: Alert on certificate expiry — @jules — due 2026-07-01\n" +
		"- :black_square_button: Move the certificates into the vault — @jules\n" +
		"- :no_entry_sign: Buy a hardware security module — @amara\n" +
		"- ⏳ Add expiry to the service catalogue — @odile\n" +
		"- ❌ Renew by hand every year — @odile\n" +
		"- Document the rotation :heavy_check_mark:\n", []string{
		"Rotate the signing key|amara|||Done",
		"Alert on certificate expiry|jules|2026-07-01||Open",
		"Move the certificates into the vault|jules|||Open",
		"Buy a hardware security module|amara|||Not planned",
		"Add expiry to the service catalogue|odile|||Open",
		"Renew by hand every year|odile|||Not planned",
		"Document the rotation||||Done",
	}},
	// Lines of a paragraph that each open with a mark of state, as a
	// chat posts a checklist, are its items; a line before them is not.
	{"checklist lines", "# Search index lag\n\n## Action items\n\nStatus after the review:\n" +
		"✅ Reindex the catalogue nightly — @pia\n" +
		"⬜ Alert when indexing lags by 10 minutes — @ruth — due 2026-09-15\n" +
		":x: Replace the search cluster — @pia\n", []string{
		"Reindex the catalogue nightly|pia|||Done",
		"Alert when indexing lags by 10 minutes|ruth|2026-09-15||Open",
		"Replace the search cluster|pia|||Not planned",
	}},
	// A chat tool's mention is an owner: the login after the bar, a
	// user group's handle, or the member's id where no name is given.
	{"mentions", "# Webhook retries flooded the ledger\n\n## Action items\n\n" +
		"- Add a retry budget to webhooks — <@U02ABCD|ravi.s> — due 2026-08-01\n" +
		"- Own the webhook runbook — <!subteam^S0XYZ12|@ledger-oncall>\n" +
		"- Ask the vendor for backoff headers — <@U09QQQ7>\n", []string{
		"Add a retry budget to webhooks|ravi.s|2026-08-01||Open",
		"Own the webhook runbook|ledger-oncall|||Open",
		"Ask the vendor for backoff headers|U09QQQ7|||Open",
	}},
	// A title struck through with single tildes, as GitHub and chat
	// tools strike text, is done, as one in double tildes is; a tilde
	// before a number is an approximation.
	{"single tildes", "# Nightly export overran\n\n## Action items\n\n" +
		"- ~Move the export to the replica~ — @kim\n" +
		"- ~Split the export by region~\n" +
		"- ~3 retries before paging the on-call — @kim\n", []string{
		"Move the export to the replica|kim|||Done",
		"Split the export by region||||Done",
		"~3 retries before paging the on-call|kim|||Open",
	}},
	// A note in single asterisks on a list ("*2 of 5 done · added by
	// Ana*") is no label, though its words would name a record.
	{"star note", "# Dock unlocks failed\n\n## Follow-ups\n\n*2 of 3 completed · Added by Ana Ruiz*\n\n" +
		"- Add a watchdog to the bridge — @tom\n- ~~Renew the bridge certificate~~\n", []string{
		"Add a watchdog to the bridge|tom|||Open",
		"Renew the bridge certificate||||Done",
	}},
}

func TestChatActionLists(t *testing.T) {
	for _, c := range chatActionCases {
		t.Run(c.name, func(t *testing.T) { checkActionLines(t, mustParse(t, []byte(c.src)), c.want) })
	}
}

// A timeline entry whose time is set as code, as chat tools post it,
// has that time; a log line in code is no entry.
func TestCodeSpanStamps(t *testing.T) {
	src := "# Login errors\n\nDate: 2026-06-02\n\n## Timeline\n\n" +
		"- `09:14 UTC` Error rate on login rises to 12%\n" +
		"- `9:40 AM UTC` Session store failed over\n" +
		"- `timeout after 30s` seen in the gateway logs\n"
	doc := mustParse(t, []byte(src))
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Time.Format("15:04")+" "+e.Text)
	}
	want := "09:14 Error rate on login rises to 12%|09:40 Session store failed over"
	if strings.Join(got, "|") != want {
		t.Errorf("events %q, want %q", got, want)
	}
}

// A chat tool's tokens for a member, a channel, a user group or a date
// are values, not a template's placeholders in angle brackets.
func TestChatTokensAreNoPlaceholders(t *testing.T) {
	for s, want := range map[string]bool{
		"<@U03KJ2M|dana.k>": false, "<@W0ABC12>": false, "<#C06AB12|inc-payments>": false,
		"<!subteam^S02D1SP|@payments>": false, "<!date^1795226520^{date_short_pretty} {time}|Nov 20, 6:02 PM PST>": false,
		"<Name>": true, "<@owner>": true,
	} {
		if got := IsPlaceholder(s); got != want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", s, got, want)
		}
	}
}
