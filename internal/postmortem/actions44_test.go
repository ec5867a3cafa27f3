package postmortem

import (
	"testing"
)

// A tracker's card lists its follow-ups as the card's subtasks, with
// the count of those closed after the heading; in Spanish the owner's
// column may be in the feminine, as "subtarea" is.
func TestSubtaskHeadings(t *testing.T) {
	for _, src := range []string{
		"# Printer queue stuck\n\n**Date:** 2026-03-02\n\n## Subtasks (1/3)\n\n| Subtask | Assigned to | Due date | Status |\n|---|---|---|---|\n" +
			"| Restart the spooler on boot | Ola Berg | 2026-03-20 | In progress |\n| Clear the old jobs | Ola Berg | 2026-03-03 | Done |\n| Buy a second printer | Kai Lund | — | Dropped |\n",
		"# Cola de impresión parada\n\n**Fecha:** 2026-03-02\n\n## Subtareas (1/3)\n\n| Subtarea | Asignada a | Fecha límite | Estado |\n|---|---|---|---|\n" +
			"| Reiniciar la cola al arrancar | Ola Berg | 20/03/2026 | En curso |\n| Borrar los trabajos viejos | Ola Berg | 03/03/2026 | Hecho |\n| Comprar otra impresora | Kai Lund | — | Descartada (sale caro) |\n",
	} {
		acts := actionsOf(t, src, 3)
		wantStates(t, acts, Open, Done, NotPlanned)
		if a := acts[0]; a.Owner != "Ola Berg" || a.Due.Format("2006-01-02") != "2026-03-20" {
			t.Errorf("first: %q %q", a.Owner, a.DueRaw)
		}
	}
}

// Chinese names the follow-ups "改进事项", improvement items, over the
// table that lists them.
func TestImprovementItemsHeadingChinese(t *testing.T) {
	src := "# 打印队列故障\n\n## 改进事项\n\n| 改进事项 | 负责人 | 截止日期 | 状态 |\n| --- | --- | --- | --- |\n" +
		"| 开机时自动重启打印服务 | 王磊 | 2026-03-20 | 进行中 |\n| 清理旧任务 | 王磊 | 2026-03-03 | 已完成 |\n"
	acts := actionsOf(t, src, 2)
	if acts[0].Owner != "王磊" || acts[0].Status != Open || acts[1].Status != Done {
		t.Errorf("read %q %v, %v", acts[0].Owner, acts[0].Status, acts[1].Status)
	}
}

// A Russian tracker writes a task's state in the masculine, agreeing
// with its word for an issue: "Решён", "Закрыт", "Открыт". A status of
// "Not proceeding" drops the work.
func TestTrackerStatesMasculine(t *testing.T) {
	src := "# Сбой печати\n\n## Что будем делать\n\n| Задача | Исполнитель | Срок | Статус |\n| --- | --- | --- | --- |\n" +
		"| Перезапуск очереди при загрузке | Ольга Ким | 20.03.2026 | Открыт |\n| Очистить старые задания | Ольга Ким | 03.03.2026 | Решён |\n" +
		"| Второй принтер | Олег Ли | — | Закрыт (не будем делать) |\n| Третий принтер | Олег Ли | — | Отменён |\n"
	wantStates(t, actionsOf(t, src, 4), Open, Done, Done, NotPlanned)
	src = "# Printer\n\n## Actions\n\n| Action | Owner | Status |\n|---|---|---|\n| Buy a second printer | Head of IT | Not proceeding (budget) |\n"
	if acts := actionsOf(t, src, 1); acts[0].Status != NotPlanned {
		t.Errorf("not proceeding: %v", acts[0].Status)
	}
}

// wantStates fails the test where the actions' states are not want, in
// order.
func wantStates(t *testing.T, acts []Action, want ...Status) {
	for i, a := range acts {
		if i < len(want) && a.Status != want[i] {
			t.Errorf("%q: %v, want %v", a.Title, a.Status, want[i])
		}
	}
}

// A status page heads its follow-ups with a run-in sentence in bold,
// longer than a label, alone above the list; an item that tells the
// team decided against the work is dropped.
func TestRunInSentenceOverFollowUps(t *testing.T) {
	src := "# Login errors for members\n\n**What happened.** Logins failed for an hour on 2026-05-04.\n\n" +
		"**What we are changing so that this will not happen to you again.**\n\n" +
		"- Login tokens now refresh before they expire. *(Done on May 5.)*\n" +
		"- Every release gets a login test first. Owner: Web team, by June 12.\n" +
		"- A second identity provider was on the table; we decided against it for now, as the refresh covers this.\n\n" +
		"We are sorry for the trouble.\n"
	acts := actionsOf(t, src, 3)
	wantStates(t, acts, Done, Open, NotPlanned)
	if acts[1].Owner != "Web team" || acts[1].Due.Format("2006-01-02") != "2026-06-12" {
		t.Errorf("second: %q %q", acts[1].Owner, acts[1].DueRaw)
	}
	src = "# Login errors\n\n## Actions\n\n- Ask the vendor we decided against last year for a quote\n"
	wantStates(t, actionsOf(t, src, 1), Open)
}

// Notes pasted into a chat as a quote end with the quote: the messages
// after it are replies, and a forum's comments under a post, a bold
// name and how long ago, are no follow-ups either.
func TestQuotedFollowUpsEndWithQuote(t *testing.T) {
	src := "# #ops channel\n\n[10:02 AM] **Lea Park**: review notes below\n\n> **Login errors — May 4**\n>\n" +
		"> **Follow-ups** (agreed in the call)\n> - [ ] Refresh tokens early — @Lea Park — May 12\n> - [x] Roll back the change — @Tom Ash — done\n\n" +
		"[10:05 AM] **Tom Ash**: 👍 thanks Lea, I will check the dashboards tomorrow\n[10:07 AM] **Lea Park**: sounds good\n"
	wantStates(t, actionsOf(t, src, 2), Open, Done)
	src = "**Login errors on Sunday**\n\nposted 3 days ago by **mika**\n\n### What we're doing about it\n\n" +
		"- [ ] Refresh tokens before they expire — by 12 May\n\n---\n\n**rasmus** · 2 days ago\nThe vendor ticket is open, link in the thread.\n\n" +
		"**mika** · an hour ago\nThanks for the write-up, it helped a lot.\n"
	actionsOf(t, src, 1)
}

// A form's printout pasted in a fenced block sets each answer after a
// row of dots; under the follow-ups each "Action N" line opens an
// action and the lines under it give its owner, due date and state.
// The same printout under the steps taken during the incident holds no
// actions.
func TestLeaderPrintoutActions(t *testing.T) {
	printout := "```\nAction 1 .......................... Page the on-call desk when card payments fail\n" +
		"  Owner ........................... Priya Nair\n  Target date ..................... 14/01/2027\n  Status .......................... Open\n" +
		"Action 2 .......................... Renew the gateway key a week early\n" +
		"  Owner ........................... (not yet assigned)\n  Status .......................... Complete (checked 03/01)\n" +
		"Action 3 .......................... Replace the gateway vendor\n  Status .......................... Cancelled – too costly this year\n```\n"
	src := "# Payments report\n\n**4. Follow-up actions**\n\n" + printout
	acts := actionsOf(t, src, 3)
	wantStates(t, acts, Open, Done, NotPlanned)
	if a := acts[0]; a.Title != "Page the on-call desk when card payments fail" || a.Owner != "Priya Nair" || a.Due.Format("2006-01-02") != "2027-01-14" {
		t.Errorf("first: %q %q %q", a.Title, a.Owner, a.DueRaw)
	}
	actionsOf(t, "# Payments report\n\n**3. Actions taken during the incident**\n\n"+printout, 0)
}

// Owners and due dates between an item's dashes. French follow-ups
// name an owner whose first name is two joined by a hyphen, give the
// first of a month as "1er", the end of a month after "avant la fin",
// and say in French that there is no date or no owner yet. A forge or
// a forum writes its users' names in lower case: one alone between
// dashes right before the due date owns the item; a word of how often
// the work is done does not.
func TestOwnersBetweenDashes(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"# Panne du site le 12 mars 2026\n\n## Suites\n\n" +
			"- [ ] Renouveler le certificat du site — Jean-Luc Moreau — d'ici le 1er avril\n" +
			"- [ ] Écrire la fiche de reprise — personne pour le moment — avant la fin avril\n" +
			"- [ ] Chercher un second hébergeur — Anne-Sophie Petit — pas de date\n",
			[]string{"Jean-Luc Moreau", "2026-04-01", "", "2026-04-30", "Anne-Sophie Petit", ""}},
		{"# Mirror outage 2026-11-30\n\n## Follow-ups\n\n" +
			"- [ ] [a41c] Rename the upload atomically — marek — due 2026-12-11\n" +
			"- [ ] Alert when the sync queue grows — liisa — by 20 Dec\n" +
			"- [ ] Rotate the mirror keys — monthly — due 2026-12-31\n",
			[]string{"marek", "2026-12-11", "liisa", "2026-12-20", "", "2026-12-31"}},
	} {
		wantOwnersDues(t, actionsOf(t, c.src, 3), c.want...)
	}
}

// wantOwnersDues fails the test where the actions' owners and due
// dates (YYYY-MM-DD, or "" for none) are not want, given in pairs.
func wantOwnersDues(t *testing.T, acts []Action, want ...string) {
	for i := 0; i+1 < len(want) && i/2 < len(acts); i += 2 {
		a, due := acts[i/2], ""
		if !a.Due.IsZero() {
			due = a.Due.Format("2006-01-02")
		}
		if a.Owner != want[i] || due != want[i+1] {
			t.Errorf("%q: owner %q due %q (%s), want %q %q", a.Title, a.Owner, due, a.DueRaw, want[i], want[i+1])
		}
	}
}

// A due date's label before a day and a month in figures without the
// year, "기한: 3/2", makes it a due date; a document in Korean, Chinese
// or Japanese writes it month first, as it writes every date.
func TestLabelledSlashDayMonthFirst(t *testing.T) {
	src := "# 결제 장애 2026-01-05\n\n**후속 조치**\n" +
		"- [ ] 결제 재시도 한도를 나눠서 적용 — 담당: 김하늘 — 기한: 3/2\n" +
		"- [ ] 결제 오류율 알림 추가 — 담당: 박서준 — 기한: 2/10\n"
	wantOwnersDues(t, actionsOf(t, src, 2), "김하늘", "2026-03-02", "박서준", "2026-02-10")
}

// A meeting recorder's notes name who is to do each item at its start,
// a speaker of the transcript below, and end the item with the minute
// of the recording it was said at, after its due date.
func TestRecorderNotesSpeakerOwner(t *testing.T) {
	src := "# Review: card payments slow\n\nRecorder · Tue, Mar 3, 2026 · 9:00 AM\n\n## Action Items\n\n" +
		"- [ ] Dana Whitlock to add a timeout on the card gateway by Mar 13 (12:40)\n" +
		"- [ ] Write a status page template for payment delays (20:05)\n\n## Transcript\n\n" +
		"**Dana Whitlock** (0:04)\nLet's start with the timeline.\n\n**Omar Reyes** (2:10)\nThe first alert came at 9:12.\n"
	acts := actionsOf(t, src, 2)
	wantOwnersDues(t, acts, "Dana Whitlock", "2026-03-13", "", "")
	if acts[0].Title != "add a timeout on the card gateway" {
		t.Errorf("title %q", acts[0].Title)
	}
}
