package postmortem

import "testing"

// A staff network's post ends its follow-ups with its reactions and
// comment counts, and each comment below with "Like · Reply": the
// comments are no actions. A printed mail thread heads a reply with the
// bold sender, the address and the date: no action either.
func TestPostCommentsAndMailRepliesAreNoActions(t *testing.T) {
	src := "# Click and collect\n\n**Follow-ups**\n1. Alert when no order has printed for 15 minutes — Aoife Brennan, by 11 Dec 2026\n\n" +
		"👍😮 18 · 6 comments · Seen by 74\n\n**Declan Moore** Thanks Aoife, I closed the ticket at 4:30pm.\nLike · Reply · 1d\n\n" +
		"**Siobhán Keane** Store script is live ✅\nLike · Reply · 1d\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"Alert when no order has printed for 15 minutes|Aoife Brennan|2026-12-11||Open"})
	mail := "# Uploads\n\n## Follow-ups\n\n- Page on upload success under 97% — Hana Okafor — by 2026-12-04\n\n---\n\n" +
		"**Hana Okafor** <hana.okafor@example.com>                  Tue, Dec 1, 2026 at 7:05 PM\nTo: Rowan Tilly <rowan@example.com>\n\nThanks Rowan.\n"
	checkActionLines(t, mustParse(t, []byte(mail)), []string{"Page on upload success under 97%|Hana Okafor|2026-12-04||Open"})
}
