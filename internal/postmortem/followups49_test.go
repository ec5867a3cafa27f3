package postmortem

import "testing"

// A tracker's task table names its columns for the task's name and whom
// it is assigned to: "任务名称", "指派给".
func TestTrackerTaskColumns(t *testing.T) {
	src := "# 打印服务中断复盘\n\n## 改进措施\n\n" +
		"| 编号 | 任务名称 | 指派给 | 状态 |\n| --- | --- | --- | --- |\n" +
		"| 任务 #12 | 给打印队列加监控 | lihua | 未开始 |\n" +
		"| 任务 #13 | 更新打印机驱动 | 待定 | 已完成 |\n"
	acts := actionsOf(t, src, 2)
	wantOwnersDues(t, acts, "lihua", "", "", "")
	if acts[1].Status != Done {
		t.Errorf("second: %v", acts[1].Status)
	}
}

// A task's subtasks are its follow-ups, in Portuguese too, and an owner
// written as nobody yet ("ninguém ainda", "nessuno per ora") is nobody.
func TestSubtasksAndNobodyYet(t *testing.T) {
	src := "# Falha no envio de boletos\n\n**Subtarefas**\n\n" +
		"- [ ] Revisar o agendador de envios — responsável: ninguém ainda — em aberto\n" +
		"- [ ] Criar alerta para boletos parados — responsável: Joana Prado — em aberto\n"
	wantOwnersDues(t, actionsOf(t, src, 2), "", "", "Joana Prado", "")
	for _, s := range []string{"nessuno per ora", "nadie todavía", "ninguém ainda"} {
		if !nobodyOwner(s) {
			t.Errorf("%q is not read as nobody", s)
		}
	}
}

// A heading of the action list narrowed by words after a dash or a colon
// ("Actions — this quarter") heads a part of the list.
func TestQualifiedActionHeadings(t *testing.T) {
	src := "# Mail queue stall\n\n## What went well\n\n- The pager worked.\n\n" +
		"## Actions — this quarter\n\n- [ ] Add a queue depth alert (Rhea Moss, due 12 Jan 2027)\n\n" +
		"## Actions: later\n\n- [ ] Replace the relay with the hosted one\n"
	actionsOf(t, src, 2)
}

// A planner's tags after a task's title give its owner and the day it is
// planned for ("@ines >2027-02-01"); "@done(…)" marks it finished, its
// day no due.
func TestPlannerTags(t *testing.T) {
	src := "# Backup job overlap\n\n## Follow-ups\n\n" +
		"* [ ] Stagger the backup windows @ines >2027-02-01\n" +
		"* [x] Tell the night shift about the new window @karl @done(2026-11-29)\n" +
		"* [ ] Email ops@example.org about the quota\n"
	acts := actionsOf(t, src, 3)
	wantOwnersDues(t, acts, "ines", "2027-02-01", "karl", "", "", "")
	if acts[0].Title != "Stagger the backup windows" || acts[1].Status != Done {
		t.Errorf("got %q, %v", acts[0].Title, acts[1].Status)
	}
}

// An owner's name set in bold after a dash is the owner, as a plain one
// is: "— **Ines Varga**, by 12 January 2027".
func TestBoldOwnerPart(t *testing.T) {
	src := "# Queue stall\n\n## Actions\n\n" +
		"1. Alert on a stalled consumer — **Ines Varga**, by 12 January 2027.\n" +
		"2. Write the restart steps down — __Karl Ott__\n"
	acts := actionsOf(t, src, 2)
	wantOwnersDues(t, acts, "Ines Varga", "2027-01-12", "Karl Ott", "")
	if acts[0].Title != "Alert on a stalled consumer" {
		t.Errorf("title %q", acts[0].Title)
	}
}

// Wikidot's "++ Section" and PmWiki's "!! Section" are headings: the
// follow-ups under them are read, and their level is the mark's.
func TestMarkHeadings(t *testing.T) {
	src := "!! Badge readers offline\n\nThe readers lost their server.\n\n" +
		"++ Follow-up actions\n\n* Add a second badge server — Mara Lind — by 2026-12-11\n"
	wantOwnersDues(t, actionsOf(t, src, 1), "Mara Lind", "2026-12-11")
	for line, want := range map[string]int{"++ Actions": 2, "+++ Notes": 3, "!! Actions": 2, "+ item": 0, "! Warning": 0, "!!!": 0} {
		if level, _, _ := wikiHeading([]byte(line)); level != want {
			t.Errorf("%q: level %d, want %d", line, level, want)
		}
	}
}
