package postmortem

import "strings"

// noOwnerWords are what an owner's cell or part says where nobody owns
// the action yet, in the languages the vocabulary reads: "unassigned",
// "No assignee", "ikke tildelt", "por atribuir", "не призначено",
// "υπό ανάθεση", "nije dodijeljeno", "ni dodeljeno", "nincs kijelölve", "غير محدد", "未定", "nobody has
// taken this yet", "אין אחראי עדיין", "nav atbildīgā", normalised.
var noOwnerWords = wordList(
	"unassigned", "none", "nobody", "noone", "no one", "nobody yet", "not yet assigned", "not assigned", "not assigned yet",
	"needs owner", "needs an owner", "owner needed", "owner wanted", "volunteer needed", "needs a volunteer", "to be confirmed", "pending assignment", "n.n.", "n.n", "nn",
	"no owner yet", "no owner", "no assignee", "no assignee yet", "unowned", "to be assigned", "to be decided", "to be determined",
	"somebody", "someone", "tbd", "tba", "tbc",
	"ikke tildelt", "ikke tildelt ennå", "ikke tildelt enda", "ingen", "ingen ennå", "ingen eier", "ej tilldelad", "inte tilldelad", "ikke tildelt endnu",
	"nicht zugewiesen", "nicht zugeordnet", "niemand", "noch niemand", "à définir", "a définir", "non attribué", "non assigné", "à attribuer", "à désigner", "personne",
	"personne pour l'instant", "personne pour le moment", "personne encore", "pas encore attribué", "pas de responsable", "pas encore de responsable",
	"sin asignar", "por asignar", "nadie", "por definir", "a definir", "por atribuir", "a atribuir", "sem responsável", "não atribuído", "ninguém",
	"non assegnato", "da assegnare", "da definire", "nessuno", "niet toegewezen", "nog niet toegewezen", "nader te bepalen",
	"nieprzypisane", "nieprzypisany", "do ustalenia", "nepřiřazeno", "nikdo", "neurčeno", "ei määritetty", "ei vastuuhenkilöä",
	"atanmadı", "atanmamış", "belirlenecek", "belum ditentukan", "belum ada", "tidak ada", "не призначено", "не визначено", "ніхто",
	"υπό ανάθεση", "δεν έχει ανατεθεί", "κανένας", "nepridelené", "nikto", "neurčené", "vastutaja puudub", "vastutajat pole", "määramata",
	"nobody assigned", "nobody has taken this yet", "nobody has taken it yet", "nobody has taken this", "nobody has taken it",
	"אין אחראי", "אין אחראי עדיין", "отговорник още няма", "няма отговорник", "без отговорник", "nav atbildīgā", "nav atbildīgās",
	"sense responsable", "sense assignar", "ningú", "nedodeljeno", "ni določeno", "nihče", "nealocat", "nealocată", "neatribuit", "nimeni",
	"belum ditetapkan", "tiada", "tidak ditetapkan",
	"ninguém ainda", "ainda ninguém", "nessuno per ora", "nessuno ancora", "ancora nessuno", "nadie aún", "nadie todavía", "todavía nadie", "noch keiner",
	"niekas nepaskirtas", "nepaskirta", "niekas", "enginn", "enginn enn", "ekki úthlutað", "neb eto", "neb", "dim perchennog", "hakuna", "hakuna bado",
	"niko nije dodeljen", "nije dodeljeno", "niko", "wala pa", "wala", "inor ez", "inor", "esleitu gabe", "nav piešķirts", "nav piešķirta", "neviens",
	"niemand nie", "nog niemand nie", "nie toegewys nie",
	"ni dodeljeno", "še ni dodeljeno", "nincs kijelölve", "nincs felelős", "senki", "még nincs felelős",
	"nije dodijeljeno", "nedodijeljeno", "nitko", "ยังไม่มีผู้รับผิดชอบ", "ไม่มีผู้รับผิดชอบ", "غير محدد", "غير معين", "لا أحد", "未定", "未割り当て", "未アサイン", "미정", "미지정", "미배정", "待定", "未分配", "暂无",
)

// wordList is a set of words, normalised.
func wordList(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[normalize(w)] = true
	}
	return m
}

// parentheses are the brackets nobodyOwner trims.
var parentheses = byteSet("()")

// nobodyOwner reports an owner written as nobody yet: a word of
// noOwnerWords, in parentheses or not ("(nobody yet)"), or dashes alone
// ("—", "— — —").
func nobodyOwner(s string) bool {
	s = strings.TrimSpace(trimBytes(s, &parentheses))
	if strings.Trim(s, "—–- ") == "" {
		return true
	}
	return lookupNormal(noOwnerWords, s)
}
