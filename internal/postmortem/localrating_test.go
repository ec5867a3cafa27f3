package postmortem

import "testing"

// A rating in bold beside another language's word of rating, before it
// or after it, is the severity; bold words with no such word beside
// them are not.
func TestLocalBoldRating(t *testing.T) {
	for text, want := range map[string]string{
		"Wir haben die Störung als **Stufe 2 von 4** eingestuft, weil alle Filialen betroffen waren.": "Stufe 2 von 4",
		"Nous l'avons classé en gravité **majeure** (niveau 2).":                                      "majeure",
		"We hebben dit ingeschaald als **prioriteit 2 (hoog)**: niemand liep gevaar.":                 "prioriteit 2 (hoog)",
		"社内基準で **重大度2（高）** と判断しています。":                                                                 "重大度2（高）",
		"我们把它定为 **P1 级故障**（最高一级）。":                                                                    "P1 级故障",
		"장애 등급은 **2등급(높음)**으로 정했습니다.":                                                                 "2등급(높음)",
		"Die **Kassen** waren um 9 Uhr wieder da.":                                                    "",
		"Le **mardi** matin, le service était classé ailleurs.":                                       "",
	} {
		i, j := localBoldRating(text)
		got := ""
		if i >= 0 {
			got = text[i:j]
		}
		if got != want {
			t.Errorf("localBoldRating(%q) = %q, want %q", text, got, want)
		}
	}
}

// Who led, told in a sentence of another language, is the contact.
func TestLocalLedSentences(t *testing.T) {
	for sentence, want := range map[string]string{
		"C'est Camille Roussel, d'astreinte cette semaine-là, qui a piloté l'incident du début à la fin.": "Camille Roussel",
		"Sanne de Vries had de leiding over de afhandeling; Daan deed het herstel.":                       "Sanne de Vries",
		"Akcją kierował Tomasz Wieczorek, który miał dyżur.":                                              "Tomasz Wieczorek",
		"Die Einsatzleitung hatte Jana Petersen aus der Bereitschaft.":                                    "Jana Petersen",
		"Quem liderou o atendimento foi o Rafael Nogueira, de plantão.":                                   "Rafael Nogueira",
		"対応の指揮は田辺 健（@k-tanabe）がとりました。":                                                                    "田辺 健",
		"本次故障由周雨桐担任指挥，陈子昂协助处理。":                                                                           "周雨桐",
		"이번 장애 대응은 박서준 님이 총괄했고, 이도윤 님이 함께했습니다.":                                                           "박서준",
	} {
		src := "# Incident\n\n" + sentence + "\n\n## Résumé\n\nÉvénement.\n"
		doc := mustParse(t, []byte(src))
		if f, ok := doc.Field(FieldContact); !ok || f.Value != want {
			t.Errorf("%q: contact %q, want %q", sentence, f.Value, want)
		}
	}
}
