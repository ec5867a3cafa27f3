package postmortem

import (
	"strings"
	"testing"
)

// A task a chat tool posts, its title after a bracketed tag and its
// fields on the line below, labelled with a full-width colon and set
// apart by full-width spaces, is an action wherever it stands; a state
// that closes it ("完了") makes it done, not a step taken. A tagged line
// without field lines outside the follow-ups is none.
func TestTaskTagBlocks(t *testing.T) {
	const src = "# 障害報告：在庫同期の遅延\n\n日付：2026/10/05\n\n■ 2026/10/07 10:12 小林 優\n対策のタスクを登録しました。\n\n" +
		"[タスク] 同期ジョブのタイムアウトを監視に追加する\n担当者：小林 優　期限：2026/10/20　状態：完了\n\n" +
		"[タスク] 在庫APIの接続数の上限を見直す\n担当者：森 直樹　期限：10/30　状態：未完了\n\n" +
		"[Task] Write the restart steps into the runbook\nOwner: Mori Naoki　Due: 2026-11-06　Status: Open\n\n" +
		"[Task] This is only a note in passing.\n"
	doc := mustParse(t, []byte(src))
	want := []struct {
		title, owner, due string
		done              bool
	}{
		{"同期ジョブのタイムアウトを監視に追加する", "小林 優", "2026-10-20", true},
		{"在庫APIの接続数の上限を見直す", "森 直樹", "2026-10-30", false},
		{"Write the restart steps into the runbook", "Mori Naoki", "2026-11-06", false},
	}
	if len(doc.Actions) != len(want) {
		t.Fatalf("got %d actions, want %d: %+v", len(doc.Actions), len(want), doc.Actions)
	}
	for i, w := range want {
		a := doc.Actions[i]
		if !strings.HasPrefix(a.Title, w.title) || a.Owner != w.owner || dueString(a) != w.due || a.Done() != w.done {
			t.Errorf("action %d: got %q owner %q due %q done %v, want %q owner %q due %q done %v", i, a.Title, a.Owner, dueString(a), a.Done(), w.title, w.owner, w.due, w.done)
		}
	}
}

// A tag in brackets that names no task opens no action, its field
// line below or not.
func TestTaskTagOtherBrackets(t *testing.T) {
	for _, first := range []string{"[info] 監視を追加", "[To:2210456] 佐藤さん", "[x] 監視を追加"} {
		src := "# 障害報告\n\n日付：2026/10/05\n\n" + first + "\n担当者：小林 優　期限：2026/10/20\n"
		if doc := mustParse(t, []byte(src)); len(doc.Actions) != 0 {
			t.Errorf("%q: got %d actions, want none", first, len(doc.Actions))
		}
	}
}
