package postmortem

import "strings"

// A team writing in another language rates the incident in a sentence
// whose verb or noun of rating stands near the rating in bold, before it
// or, where the language puts the verb last, after it: "als **Stufe 2
// von 4** eingestuft", "classé en gravité **majeure**", "ingeschaald als
// **prioriteit 2 (hoog)**", "zakwalifikowaliśmy jako **poważny**",
// "**重大度2（高）** と判断", "定为 **P1 级故障**", "등급은 **2등급(높음)**으로
// 정했습니다". The bold run is the rating.

// ratingStemsBefore are words of rating that stand before the rating;
// ratingStemsAfter those that follow it.
var (
	ratingStemsBefore = []string{"classé", "classée", "classifié", "classifiée", "qualifié", "qualifiée", "gravité", "gravità", "gravidade", "gravedad", "severidad",
		"classificamos", "classificado", "classificada", "clasificamos", "clasificado", "clasificada", "classificato", "classificata",
		"zakwalifikowa", "sklasyfikowa", "ingeschaald", "ingedeeld", "beoordeeld", "eingestuft als", "eingeordnet als", "bewertet als",
		"定为", "定级为", "评为", "定性为", "등급은", "등급을", "중요도는", "深刻度は", "重大度は"}
	ratingStemsAfter = []string{"eingestuft", "eingeordnet", "bewertet", "klassifiziert", "と判断", "と判定", "に分類", "と認定", "と評価", "으로 정했", "로 정했", "으로 분류", "로 분류", "으로 판정", "로 판정"}
)

// localRatingWindow is how far from the bold run a word of rating is
// looked for.
const localRatingWindow = 64

// localBoldRating returns where the first bold run of text that a word
// of rating stands beside begins and ends, or -1s.
func localBoldRating(text string) (int, int) {
	for at := 0; ; {
		i := strings.Index(text[at:], "**")
		if i < 0 {
			return -1, -1
		}
		start := at + i + 2
		j := strings.Index(text[start:], "**")
		if j < 0 {
			return -1, -1
		}
		end := start + j
		at = end + 2
		if j == 0 || j > 48 || strings.IndexByte(text[start:end], '\n') >= 0 {
			continue
		}
		before := text[max(0, start-2-localRatingWindow) : start-2]
		after := text[at:min(len(text), at+localRatingWindow/2)]
		if ratingBefore(before) || ratingAfter(after) {
			return start, end
		}
	}
}

// ratingBefore reports a word of rating in the sentence that ends at
// the bold run.
func ratingBefore(before string) bool {
	if k := strings.LastIndexAny(before, ".;:\n。"); k >= 0 {
		before = before[k+1:]
	}
	return containsAny(strings.ToLower(before), ratingStemsBefore...)
}

// ratingAfter reports a word of rating right after the bold run, in its
// sentence.
func ratingAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	if k := strings.IndexAny(after, ".;\n。"); k >= 0 {
		after = after[:k]
	}
	return containsAny(after, ratingStemsAfter...)
}
