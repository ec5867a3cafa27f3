package postmortem

import "testing"

// Follow-ups under a bold label end at the next bold label alone on its
// line that names no section when text follows it: a record's comments,
// its audit trail, a meeting's notes hold no actions. A bold label with
// a list below it groups the follow-ups and keeps them going.
func TestLabelledActionsEndAtOtherLabel(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n**To do**\n- [ ] Fix the sync job — Kevin — 2026-12-11\n\n" +
		"**Huddle Thu 12/3 10a**\nRosa, Kevin, Amira.\nDr. Patel asked for the numbers by clinic.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Fix the sync job|Kevin|2026-12-11||Open",
	})
	src = "# Outage\n\nDate: 2026-12-04\n\n**Follow-ups**\n1. Add a unique constraint — Owner: Tom Nguyen — Due: 2026-12-11\n\n" +
		"**Follow-up tickets**\n`TASK-341` `TASK-342`\n\n**Attachments**\n📎 logs.zip\n\n**💬 Comments**\n\n" +
		"**Tom Nguyen** · 02/12/2026 14:22\nConstraint is written and in test.\n\n" +
		"**Kylie Marsh** · 04/12/2026 16:38\nEmails for #6 are drafted.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a unique constraint|Tom Nguyen|2026-12-11||Open",
	})
	src = "# Outage\n\nDate: 2026-12-04\n\n**Follow-ups**\n\n**Short term**\n- [ ] Page on lag — @ana\n\n" +
		"**Long term**\n- [ ] Move the queue — @ben\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Page on lag|ana|||Open",
		"Move the queue|ben|||Open",
	})
}

// A chat space's messages after the follow-ups open with the author in
// bold and the time alone ("**Dr. Meera Menon** 4:47 PM", "**Ana Ruiz**
// 10:04 AM (edited)"), or, in a record's comments, with the date before
// the time ("**Tom Nguyen** · 02/12/2026 14:22"): the message is no
// action.
func TestBoldAuthorTimeMessages(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## Follow-ups\n\n1. Fix the chain → Ravi Kumar, 2026-12-11\n\n" +
		"**Dr. Meera Menon** 4:47 PM\nRead it. Good document. Please add the calls to the quality log.\n\n" +
		"**Anjali Deshpande** 5:12 PM (edited)\nReview call done (recording in Files).\n\n" +
		"**Tom Nguyen** · 02/12/2026 14:22\nConstraint is written and in test.\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Fix the chain|Ravi Kumar|2026-12-11||Open",
	})
}

// A line under the follow-ups led by another section's name and a colon
// ("See also: [runbook](…) · [previous review, 2026-06-14](…)") is the
// page's links, not an action due that day.
func TestOtherSectionLineNoAction(t *testing.T) {
	src := "# Outage\n\nDate: 2026-12-04\n\n## Follow-up actions\n\n- [ ] Alert on login failures — @kwame, 2026-12-11\n\n" +
		"See also: [runbook](/ops/runbook.md) · [previous review, 2026-06-14](/ops/reviews/2026-06-14.md)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Alert on login failures|kwame|2026-12-11||Open",
	})
}

// A blog post's tags line ends its text: the headings after it are the
// site's ("Subscribe to …", "Read more"), and the posts they list are no
// follow-ups.
func TestTagsLineEndsPost(t *testing.T) {
	src := "# Why feeds went stale\n\nDate: 2026-12-04\n\n## What we're changing\n\n" +
		"- **A freshness check for feeds.** We will alert on stale feeds. We expect this in January.\n\n---\n\n" +
		"**Tags:** [Engineering](https://x.test/tag/eng/) · [Incidents](https://x.test/tag/inc/)\n\n" +
		"### Subscribe to the blog\nGet product news in your inbox. No spam, unsubscribe any time.\n[ your@email.com ] **Subscribe**\n\n" +
		"### Read more\n\n- **Transcripts are now searchable** — Nov 18, 2026 · 3 min read\n- **How we cut build time by 60%** — Oct 29, 2026 · 9 min read\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 1 || doc.Actions[0].Status != Open {
		t.Fatalf("actions %+v, want the freshness check alone", doc.Actions)
	}
}

// A note written without headings names its sections in lines of their
// own ("what happened", "still to do", "■ 조치 항목"): a line naming the
// follow-ups or the work already done governs the list below it.
func TestPlainLineSections(t *testing.T) {
	src := "preorder form outage - sat nov 21\n\nwritten sun 11/22 by marcus\n\nwhat happened\n\nthe plugin updated itself.\n\n" +
		"why it happened\n\nauto-updates were on.\n\nwhat we did saturday night / sunday\n\n- rolled back the forms plugin\n\n" +
		"still to do\n\n- turn off auto-updates for all plugins\n- print the kitchen sheet twice a day\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"turn off auto-updates for all plugins||||Open",
		"print the kitchen sheet twice a day||||Open",
	})
	if len(doc.Steps) != 1 {
		t.Errorf("steps %+v, want the roll-back", doc.Steps)
	}
	// In a document with headings, a short line is a line of text.
	src = "# Outage\n\n## Summary\n\nThe form broke.\n\nstill to do\n\n- turn off auto-updates\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
		t.Errorf("actions %+v read under a line of text", doc.Actions)
	}
}

// A Korean chat post's review marks its labels with a square: "■ 이미
// 조치한 것" is the work already done, "■ 조치 항목" the follow-ups, whose
// fields stand apart by a spaced slash ("담당: @이도윤 / 기한: 12월 11일").
func TestKoreanSquareLabelsAndSlashedFields(t *testing.T) {
	src := "■ 작성자: 김서연\n\n■ 요약\n조회가 안 됐습니다.\n\n■ 원인\n- 캐시 키 불일치\n\n■ 이미 조치한 것\n- 배송조회 API 롤백\n\n■ 조치 항목\n" +
		"1. 캐시 키 생성 함수 통합 — 담당: @이도윤 / 기한: 12월 11일\n2. 비율 알림 — 담당: 최민지 / 기한: 다음 스프린트\n\n" +
		"[이도윤] [오후 2:11] 롤백 완료는 1:52 맞고요\n[최민지] [오후 2:20] 2번 알림은 오늘 이미 붙였어요\n"
	doc := mustParse(t, []byte(src))
	if len(doc.Actions) != 2 || doc.Actions[0].Owner != "이도윤" || doc.Actions[1].Owner != "최민지" {
		t.Fatalf("actions %+v, want two owned by 이도윤 and 최민지", doc.Actions)
	}
	if len(doc.Steps) != 1 {
		t.Errorf("steps %+v, want the roll-back", doc.Steps)
	}
}

// KakaoTalk's export opens each message with its author's name and the
// time, each in brackets ("[이도윤] [오후 2:11] …"): replies under the
// follow-ups are messages, no actions.
func TestNameTimeChatMessages(t *testing.T) {
	src := "# 배송조회 장애\n\n## 조치 항목\n\n1. 캐시 키 생성 함수 통합 — 담당: 이도윤\n\n" +
		"[이도윤] [오후 2:11] 롤백 완료는 1:52 맞고요\n[최민지] [오후 2:20] 2번 알림은 오늘 이미 붙였어요\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"캐시 키 생성 함수 통합|이도윤|||Open"})
}

// A chat message lists its follow-ups as lines opening with an arrow,
// two or more, under "Next:", and the work done under "Done already:".
// One line opening with an arrow follows from the line above it.
func TestArrowLinesUnderNext(t *testing.T) {
	src := "# Docks offline\n\nDone already:\n- Refunded all 37 rides (Sun 29 Nov, Lotte)\n\nNext:\n" +
		"→ alert when any gateway SIM passes 70% — Mees, by 2026-12-11\n→ tell the members' forum what happened — Lotte, 2026-12-05\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{
		"alert when any gateway SIM passes 70%|Mees|2026-12-11||Open",
		"tell the members' forum what happened|Lotte|2026-12-05||Open",
	})
	if len(doc.Steps) != 1 {
		t.Errorf("steps %+v, want the refunds", doc.Steps)
	}
	src = "# Docks offline\n\n## Follow-ups\n\nAdd a SIM alert — @mees, due 2026-12-11\n→ tracked on the board\n"
	if doc := mustParse(t, []byte(src)); len(doc.Actions) > 1 {
		t.Errorf("actions %+v, want the arrow's line no item of its own", doc.Actions)
	}
}

// A table tool writes a state after the colour dot of its option ("⚫
// Descartado", "🟤 Won't do"); "not pursuing (decided at the review)"
// after an item drops it.
func TestDotLedStatesAndNotPursuing(t *testing.T) {
	src := "# Preços zerados\n\n## Ações\n\n| Ação | Responsável | Status |\n|---|---|---|\n" +
		"| Bloquear a publicação | Thiago Nunes | 🟡 Em andamento |\n| Trocar a integração | Mariana Lopes | ⚫ Descartado |\n| Mover o job | Ana | 🟤 Won't do |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Bloquear a publicação|Thiago Nunes|||Open",
		"Trocar a integração|Mariana Lopes|||Not planned",
		"Mover o job|Ana|||Not planned",
	})
	src = "# Outage\n\n**Follow-ups**\n1. Add a constraint — Owner: Tom — Due: 2026-12-11\n2. Switch products — not pursuing (decided at the review 03/12)\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a constraint|Tom|2026-12-11||Open",
		"Switch products||||Not planned",
	})
}

// A note writes its dropped items among the ones to do with the state
// before a colon: "dropped: moving the whole thing to shopify".
func TestDroppedLeadItem(t *testing.T) {
	src := "# Outage\n\n## Follow-ups\n\n- turn off plugin updates — @marcus\n- dropped: moving the whole thing to shopify before christmas.\n- won't do: a second payment provider\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"turn off plugin updates|marcus|||Open",
		"moving the whole thing to shopify before christmas.||||Not planned",
		"a second payment provider||||Not planned",
	})
}

// "me" after an item's dash is its writer: the contact the document
// marks "(me)", else its author; nobody where it names neither.
func TestSelfOwner(t *testing.T) {
	src := "# Docks offline\n\nPoint person: Joost (me)\n\n## Follow-ups\n\n- second SIM in each gateway — me, end of January\n- tell the forum — Lotte, 2026-12-05\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"second SIM in each gateway|Joost|2027-01-31||Open",
		"tell the forum|Lotte|2026-12-05||Open",
	})
	src = "# Docks offline\n\n## Follow-ups\n\n- second SIM in each gateway — me, 2026-12-11\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{"second SIM in each gateway||2026-12-11||Open"})
}
