package postmortem

import "testing"

// TestSentenceDaySkipsLabels checks that a header's labelled date is not
// taken for the day a sentence dates the incident with.
func TestSentenceDaySkipsLabels(t *testing.T) {
	p := &parser{doc: &Document{}}
	for text, want := range map[string]string{
		"Fälligkeitsdatum: 09.12.2031 · Erstellt am 10.12.2031, 11:20. Am Montag, dem 1. Dezember 2031, um 10.15 Uhr": "1. Dezember 2031",
		"Sitzung 3.4.2031 um 09:12 Uhr": "3.4.2031",
	} {
		m := p.sentenceDay(text)
		if m == nil || text[m[0]:m[1]] != want {
			t.Errorf("sentenceDay(%q) = %v, want %q", text, m, want)
		}
	}
}

// TestProseDayOrdinal checks the first of a month written as an
// ordinal, as Portuguese writes it.
func TestProseDayOrdinal(t *testing.T) {
	text := "Na sexta-feira, 1º de março de 2030, o portal parou."
	m := proseDayRe.FindStringSubmatchIndex(text)
	if m == nil {
		t.Fatal("no day read")
	}
	if mo, d, _ := proseMonthDay(text, m); mo != 3 || d != 1 {
		t.Errorf("read month %d day %d, want 3 1", mo, d)
	}
}

// TestDenseSentenceZoneNote checks a zone note that ends a long
// paragraph in a script whose sentences sentenceEnd does not cut.
func TestDenseSentenceZoneNote(t *testing.T) {
	for text, want := range map[string]string{
		"夕方から倉庫の在庫連携が止まり、出荷の確認ができない状態が続きました。合計で三百件ほどの注文が遅れ、問い合わせも多く寄せられました。時刻はすべて日本時間（JST）です。":                   "JST",
		"오후 내내 창고 재고 연동이 멈추어 출고 확인을 할 수 없는 상태가 이어졌습니다. 약 300건의 주문이 늦어졌고 문의가 많이 들어왔습니다. 아래 시각은 모두 한국 시간(KST)입니다.": "KST",
	} {
		if got := localZoneNote(text); got != want {
			t.Errorf("localZoneNote(%q) = %q, want %q", text, got, want)
		}
	}
}
