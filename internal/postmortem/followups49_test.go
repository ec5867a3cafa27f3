package postmortem

import "testing"

// parseActions49 parses src and returns its actions, failing the test
// when it does not parse.
func parseActions49(t *testing.T, src string) []Action {
	t.Helper()
	doc, err := Parse([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc.Actions
}

// A tracker's task table names its columns for the task's name and whom
// it is assigned to: "任务名称", "指派给".
func TestTrackerTaskColumns(t *testing.T) {
	src := "# 打印服务中断复盘\n\n## 改进措施\n\n" +
		"| 编号 | 任务名称 | 指派给 | 状态 |\n| --- | --- | --- | --- |\n" +
		"| 任务 #12 | 给打印队列加监控 | lihua | 未开始 |\n" +
		"| 任务 #13 | 更新打印机驱动 | 待定 | 已完成 |\n"
	acts := parseActions49(t, src)
	if len(acts) != 2 {
		t.Fatalf("got %d actions, want 2: %+v", len(acts), acts)
	}
	if acts[0].Owner != "lihua" || acts[1].Owner != "" || acts[1].Status != Done {
		t.Errorf("got %+v", acts)
	}
}

// A task's subtasks are its follow-ups, in Portuguese too, and an owner
// written as nobody yet ("ninguém ainda", "nessuno per ora") is nobody.
func TestSubtasksAndNobodyYet(t *testing.T) {
	src := "# Falha no envio de boletos\n\n**Subtarefas**\n\n" +
		"- [ ] Revisar o agendador de envios — responsável: ninguém ainda — em aberto\n" +
		"- [ ] Criar alerta para boletos parados — responsável: Joana Prado — em aberto\n"
	acts := parseActions49(t, src)
	if len(acts) != 2 || acts[0].Owner != "" || acts[1].Owner != "Joana Prado" {
		t.Fatalf("got %+v", acts)
	}
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
	acts := parseActions49(t, src)
	if len(acts) != 2 {
		t.Fatalf("got %d actions, want 2: %+v", len(acts), acts)
	}
}
