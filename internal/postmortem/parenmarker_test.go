package postmortem

import "testing"

// A moment's label in the full-width parentheses that close an entry
// marks it, where an earlier entry is the release before the impact.
func TestFullWidthParenMarksEntry(t *testing.T) {
	cases := []struct{ text, want string }{
		{"決済APIが500を返し始める（影響開始）", FieldStart},
		{"監視から通知が届く（検知）。", FieldDetect},
		{"エラー率が平常に戻る（影響終了）", FieldEnd},
		{"リリース作業を開始（予定どおり）", ""},
		{"Payments fail (start)", ""},
	}
	for _, c := range cases {
		if got := parenMarker(c.text); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
