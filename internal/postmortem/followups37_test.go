package postmortem

import (
	"strings"
	"testing"
)

// The vocabulary of follow-ups in each language, by what a team writes:
// a state in a Status cell or in parentheses after the title ("(Gemergt)",
// "(重复)", "(entregado)"), the header of an owner's, a due date's or a
// state's column ("Bis wann", "Vastuullinen", "负责", "PIC"), a heading
// that records what was already done ("Erledigte Aufgaben", "Acciones
// completadas", "Предпринятые действия"), and the end of a month or a
// quarter as a due date ("slutet av december", "december vége", "fin T1").
// Each entry is a form the vocabulary gained; Czech gained its action
// tables whole.
var followUpForms37 = []struct{ lang, kind, text, want string }{
	{"ca", "due", "final de desembre", "2026-12-31"},
	{"ca", "due", "a finals de desembre", "2026-12-31"},
	{"ca", "due", "finals de desembre", "2026-12-31"},
	{"cs", "record", "Co jsme udělali", ""},
	{"cs", "record", "Provedená opatření", ""},
	{"cs", "record", "Přijatá opatření", ""},
	{"cs", "record", "Okamžitá opatření", ""},
	{"cs", "record", "Už hotovo", ""},
	{"cs", "record", "Již provedeno", ""},
	{"cs", "record", "Co už je hotové", ""},
	{"cs", "record", "Dokončená opatření", ""},
	{"cs", "col_action", "Úkol", ""},
	{"cs", "col_action", "Opatření", ""},
	{"cs", "col_action", "Akce", ""},
	{"cs", "col_owner", "Odpovídá", ""},
	{"cs", "col_owner", "Odpovědný", ""},
	{"cs", "col_owner", "Odpovědná", ""},
	{"cs", "col_owner", "Odpovědná osoba", ""},
	{"cs", "col_owner", "Vlastník", ""},
	{"cs", "col_owner", "Řešitel", ""},
	{"cs", "col_owner", "Kdo", ""},
	{"cs", "col_due", "Termín", ""},
	{"cs", "col_due", "Do kdy", ""},
	{"cs", "col_due", "Termín splnění", ""},
	{"cs", "col_status", "Stav", ""},
	{"cs", "col_priority", "Priorita", ""},
	{"cs", "state", "hotovo", "Done"},
	{"cs", "state", "hotové", "Done"},
	{"cs", "state", "dokončeno", "Done"},
	{"cs", "state", "splněno", "Done"},
	{"cs", "state", "vyřešeno", "Done"},
	{"cs", "state", "uzavřeno", "Done"},
	{"cs", "state", "nasazeno", "Done"},
	{"cs", "state", "provedeno", "Done"},
	{"cs", "state", "implementováno", "Done"},
	{"cs", "state", "ano", "Done"},
	{"cs", "state", "zrušeno", "NotPlanned"},
	{"cs", "state", "zamítnuto", "NotPlanned"},
	{"cs", "state", "nebude se dělat", "NotPlanned"},
	{"cs", "state", "nerealizuje se", "NotPlanned"},
	{"cs", "state", "duplicitní", "NotPlanned"},
	{"cs", "state", "neplánováno", "NotPlanned"},
	{"cs", "state", "nebude realizováno", "NotPlanned"},
	{"cs", "state", "otevřeno", "Open"},
	{"cs", "state", "řeší se", "Open"},
	{"cs", "state", "v řešení", "Open"},
	{"cs", "state", "rozpracováno", "Open"},
	{"cs", "state", "probíhá", "Open"},
	{"cs", "state", "nezahájeno", "Open"},
	{"cs", "state", "naplánováno", "Open"},
	{"cs", "state", "odloženo", "Open"},
	{"cs", "state", "čeká", "Open"},
	{"cs", "state", "blokováno", "Open"},
	{"cs", "state", "k řešení", "Open"},
	{"da", "col_owner", "Hvem", ""},
	{"da", "col_due", "Dato", ""},
	{"da", "state", "bliver ikke lavet", "NotPlanned"},
	{"da", "state", "udgået", "NotPlanned"},
	{"da", "state", "dublet", "NotPlanned"},
	{"da", "state", "ikke nødvendig", "NotPlanned"},
	{"da", "state", "mangler", "Open"},
	{"da", "state", "afventer", "Open"},
	{"da", "due", "udgangen af december", "2026-12-31"},
	{"da", "due", "slutningen af december", "2026-12-31"},
	{"da", "due", "ultimo december", "2026-12-31"},
	{"da", "due", "inden udgangen af december", "2026-12-31"},
	{"de", "record", "Erledigte Aufgaben", ""},
	{"de", "record", "Abgeschlossene Maßnahmen", ""},
	{"de", "record", "Abgeschlossene Aufgaben", ""},
	{"de", "record", "Erledigte Punkte", ""},
	{"de", "record", "Erledigt", ""},
	{"de", "record", "Umgesetzt", ""},
	{"de", "col_owner", "Verantwortliche(r)", ""},
	{"de", "col_owner", "Bearbeiter", ""},
	{"de", "col_owner", "Bearbeiterin", ""},
	{"de", "col_owner", "Wer", ""},
	{"de", "col_owner", "Verantwortung", ""},
	{"de", "col_due", "Bis wann", ""},
	{"de", "col_due", "Fälligkeitsdatum", ""},
	{"de", "col_due", "Erledigen bis", ""},
	{"de", "col_due", "Erledigung bis", ""},
	{"de", "col_due", "Umsetzung bis", ""},
	{"de", "state", "gemergt", "Done"},
	{"de", "state", "gemerged", "Done"},
	{"de", "state", "in Produktion", "Done"},
	{"de", "state", "obsolet", "NotPlanned"},
	{"de", "state", "hinfällig", "NotPlanned"},
	{"de", "state", "storniert", "NotPlanned"},
	{"de", "state", "Duplikat", "NotPlanned"},
	{"de", "state", "überholt", "NotPlanned"},
	{"de", "state", "nicht mehr nötig", "NotPlanned"},
	{"de", "state", "nicht mehr relevant", "NotPlanned"},
	{"de", "state", "zu erledigen", "Open"},
	{"de", "state", "in Umsetzung", "Open"},
	{"de", "state", "angefangen", "Open"},
	{"de", "state", "begonnen", "Open"},
	{"de", "state", "in Planung", "Open"},
	{"de", "state", "wartend", "Open"},
	{"de", "state", "teilweise erledigt", "Open"},
	{"de", "state", "to do", "Open"},
	{"es", "record", "Acciones completadas", ""},
	{"es", "record", "Acciones finalizadas", ""},
	{"es", "record", "Tareas completadas", ""},
	{"es", "record", "Tareas realizadas", ""},
	{"es", "record", "Solución temporal", ""},
	{"es", "record", "Solución provisional", ""},
	{"es", "record", "Medidas de mitigación aplicadas", ""},
	{"es", "col_owner", "Quién", ""},
	{"es", "col_owner", "Responsables", ""},
	{"es", "col_due", "Fecha compromiso", ""},
	{"es", "col_due", "Fecha comprometida", ""},
	{"es", "col_status", "Estatus", ""},
	{"es", "state", "entregado", "Done"},
	{"es", "state", "entregada", "Done"},
	{"es", "state", "en producción", "Done"},
	{"es", "state", "obsoleto", "NotPlanned"},
	{"es", "state", "obsoleta", "NotPlanned"},
	{"es", "state", "duplicado", "NotPlanned"},
	{"es", "state", "duplicada", "NotPlanned"},
	{"es", "state", "fuera de alcance", "NotPlanned"},
	{"es", "state", "ya no es necesario", "NotPlanned"},
	{"es", "state", "en proceso", "Open"},
	{"es", "state", "planificada", "Open"},
	{"es", "due", "final de diciembre", "2026-12-31"},
	{"fi", "col_owner", "Vastuullinen", ""},
	{"fi", "col_owner", "Vastaava", ""},
	{"fi", "col_owner", "Kuka", ""},
	{"fi", "col_owner", "Vastuutaho", ""},
	{"fi", "col_due", "Takaraja", ""},
	{"fi", "state", "tarpeeton", "NotPlanned"},
	{"fi", "state", "vanhentunut", "NotPlanned"},
	{"fi", "state", "kaksoiskappale", "NotPlanned"},
	{"fi", "state", "ei tarpeen", "NotPlanned"},
	{"fi", "state", "käynnissä", "Open"},
	{"fr", "record", "Mesures de contournement", ""},
	{"fr", "record", "Contournement", ""},
	{"fr", "record", "Mesures correctives appliquées", ""},
	{"fr", "record", "Actions correctives appliquées", ""},
	{"fr", "record", "Mesures appliquées", ""},
	{"fr", "record", "Actions terminées", ""},
	{"fr", "record", "Actions effectuées", ""},
	{"fr", "record", "Tâches terminées", ""},
	{"fr", "record", "Actions complétées", ""},
	{"fr", "col_owner", "Propriétaire", ""},
	{"fr", "col_due", "Délai", ""},
	{"fr", "col_due", "Date prévue", ""},
	{"fr", "col_due", "Date d'échéance", ""},
	{"fr", "state", "clôturé", "Done"},
	{"fr", "state", "clôturée", "Done"},
	{"fr", "state", "mis en place", "Done"},
	{"fr", "state", "mise en place", "Done"},
	{"fr", "state", "effectué", "Done"},
	{"fr", "state", "effectuée", "Done"},
	{"fr", "state", "achevé", "Done"},
	{"fr", "state", "achevée", "Done"},
	{"fr", "state", "en production", "Done"},
	{"fr", "state", "livrée", "Done"},
	{"fr", "state", "refusé", "NotPlanned"},
	{"fr", "state", "refusée", "NotPlanned"},
	{"fr", "state", "obsolète", "NotPlanned"},
	{"fr", "state", "hors périmètre", "NotPlanned"},
	{"fr", "state", "doublon", "NotPlanned"},
	{"fr", "state", "sans objet", "NotPlanned"},
	{"fr", "state", "planifié", "Open"},
	{"fr", "state", "planifiée", "Open"},
	{"fr", "state", "non démarré", "Open"},
	{"fr", "state", "à lancer", "Open"},
	{"fr", "state", "reporté", "Open"},
	{"fr", "state", "reportée", "Open"},
	{"fr", "due", "fin T1", "2027-03-31"},
	{"fr", "due", "fin du 1e trimestre", "2027-03-31"},
	{"hu", "col_owner", "Tulajdonos", ""},
	{"hu", "col_due", "Dátum", ""},
	{"hu", "col_due", "Befejezés", ""},
	{"hu", "state", "megvalósítva", "Done"},
	{"hu", "state", "élesítve", "Done"},
	{"hu", "state", "visszautasítva", "NotPlanned"},
	{"hu", "state", "nem tervezett", "NotPlanned"},
	{"hu", "state", "felesleges", "NotPlanned"},
	{"hu", "state", "duplikátum", "NotPlanned"},
	{"hu", "due", "december vége", "2026-12-31"},
	{"hu", "due", "december végéig", "2026-12-31"},
	{"id", "col_owner", "PIC", ""},
	{"id", "col_owner", "Siapa", ""},
	{"id", "col_due", "Target tanggal", ""},
	{"id", "col_due", "Tanggal", ""},
	{"id", "state", "terselesaikan", "Done"},
	{"id", "state", "sudah dideploy", "Done"},
	{"id", "state", "tidak dilakukan", "NotPlanned"},
	{"id", "state", "tidak diperlukan", "NotPlanned"},
	{"id", "state", "duplikat", "NotPlanned"},
	{"id", "state", "terblokir", "Open"},
	{"id", "state", "belum selesai", "Open"},
	{"it", "record", "Azioni completate", ""},
	{"it", "record", "Azioni concluse", ""},
	{"it", "record", "Attività completate", ""},
	{"it", "record", "Attività svolte", ""},
	{"it", "record", "Soluzione temporanea", ""},
	{"it", "record", "Soluzione tampone", ""},
	{"it", "col_owner", "Chi", ""},
	{"it", "col_due", "Data prevista", ""},
	{"it", "col_due", "Termine", ""},
	{"it", "col_status", "Avanzamento", ""},
	{"it", "state", "in produzione", "Done"},
	{"it", "state", "non verrà fatto", "NotPlanned"},
	{"it", "state", "obsoleto", "NotPlanned"},
	{"it", "state", "obsoleta", "NotPlanned"},
	{"it", "state", "duplicato", "NotPlanned"},
	{"it", "state", "duplicata", "NotPlanned"},
	{"it", "state", "non più necessario", "NotPlanned"},
	{"it", "state", "in lavorazione", "Open"},
	{"it", "state", "da pianificare", "Open"},
	{"ja", "record", "完了した対応", ""},
	{"ja", "col_owner", "オーナー", ""},
	{"ja", "col_due", "締切", ""},
	{"ja", "col_due", "〆切", ""},
	{"ja", "col_due", "目標日", ""},
	{"ja", "col_due", "締め切り", ""},
	{"ja", "col_due", "完了期限", ""},
	{"ja", "state", "マージ済み", "Done"},
	{"ja", "state", "デプロイ済み", "Done"},
	{"ja", "state", "リリース済", "Done"},
	{"ja", "state", "不要", "NotPlanned"},
	{"ja", "state", "重複", "NotPlanned"},
	{"ja", "state", "ブロック中", "Open"},
	{"ja", "state", "レビュー中", "Open"},
	{"ja", "state", "未実施", "Open"},
	{"ko", "record", "완료된 작업", ""},
	{"ko", "record", "조치 완료", ""},
	{"ko", "record", "처리 완료", ""},
	{"ko", "record", "조치한 내용", ""},
	{"ko", "col_owner", "담당 팀", ""},
	{"ko", "col_owner", "오너", ""},
	{"ko", "col_owner", "담당팀", ""},
	{"ko", "col_due", "예정일", ""},
	{"ko", "col_due", "기한일", ""},
	{"ko", "col_due", "완료 목표일", ""},
	{"ko", "col_status", "진행상황", ""},
	{"ko", "state", "반영 완료", "Done"},
	{"ko", "state", "반영됨", "Done"},
	{"ko", "state", "배포됨", "Done"},
	{"ko", "state", "중복", "NotPlanned"},
	{"ko", "state", "불필요", "NotPlanned"},
	{"ko", "state", "시작 전", "Open"},
	{"ko", "state", "차단됨", "Open"},
	{"nb", "col_owner", "Hvem", ""},
	{"nb", "col_due", "Dato", ""},
	{"nb", "state", "kansellert", "NotPlanned"},
	{"nb", "state", "blir ikke gjort", "NotPlanned"},
	{"nb", "state", "utgått", "NotPlanned"},
	{"nb", "state", "duplikat", "NotPlanned"},
	{"nb", "state", "ikke nødvendig", "NotPlanned"},
	{"nb", "state", "gjenstår", "Open"},
	{"nb", "state", "under arbeid", "Open"},
	{"nb", "due", "ultimo desember", "2026-12-31"},
	{"nl", "record", "Afgeronde acties", ""},
	{"nl", "record", "Voltooide acties", ""},
	{"nl", "record", "Afgeronde actiepunten", ""},
	{"nl", "record", "Tijdelijke oplossing", ""},
	{"nl", "record", "Uitgevoerde maatregelen", ""},
	{"nl", "col_due", "Datum", ""},
	{"nl", "col_due", "Einddatum", ""},
	{"nl", "state", "verworpen", "NotPlanned"},
	{"nl", "state", "dubbel", "NotPlanned"},
	{"nl", "state", "niet nodig", "NotPlanned"},
	{"nl", "state", "niet meer nodig", "NotPlanned"},
	{"nl", "state", "achterhaald", "NotPlanned"},
	{"nl", "state", "nog te doen", "Open"},
	{"nl", "state", "in afwachting", "Open"},
	{"pl", "record", "Obejście", ""},
	{"pl", "record", "Rozwiązanie tymczasowe", ""},
	{"pl", "col_owner", "Kto", ""},
	{"pl", "col_due", "Data docelowa", ""},
	{"pl", "state", "zbędne", "NotPlanned"},
	{"pl", "state", "duplikat", "NotPlanned"},
	{"pl", "state", "nieaktualne", "NotPlanned"},
	{"pl", "state", "oczekuje", "Open"},
	{"pl", "state", "w realizacji", "Open"},
	{"pl", "state", "rozpoczęte", "Open"},
	{"pt", "record", "Ações concluídas", ""},
	{"pt", "record", "Ações finalizadas", ""},
	{"pt", "record", "Tarefas concluídas", ""},
	{"pt", "record", "Tarefas realizadas", ""},
	{"pt", "record", "Solução de contorno", ""},
	{"pt", "record", "Solução temporária", ""},
	{"pt", "record", "Ações de contenção", ""},
	{"pt", "col_owner", "Quem", ""},
	{"pt", "col_owner", "Responsáveis", ""},
	{"pt", "col_due", "Data prevista", ""},
	{"pt", "state", "em produção", "Done"},
	{"pt", "state", "obsoleto", "NotPlanned"},
	{"pt", "state", "obsoleta", "NotPlanned"},
	{"pt", "state", "duplicado", "NotPlanned"},
	{"pt", "state", "duplicada", "NotPlanned"},
	{"pt", "state", "fora do escopo", "NotPlanned"},
	{"pt", "state", "não é mais necessário", "NotPlanned"},
	{"pt", "state", "em execução", "Open"},
	{"pt", "due", "final de dezembro", "2026-12-31"},
	{"pt", "due", "até final de dezembro", "2026-12-31"},
	{"ro", "col_owner", "Cine", ""},
	{"ro", "col_due", "Dată", ""},
	{"ro", "col_due", "Data țintă", ""},
	{"ro", "state", "efectuat", "Done"},
	{"ro", "state", "efectuată", "Done"},
	{"ro", "state", "neplanificat", "NotPlanned"},
	{"ro", "state", "duplicat", "NotPlanned"},
	{"ro", "state", "nu mai este necesar", "NotPlanned"},
	{"ro", "due", "sfârșitul lunii decembrie", "2026-12-31"},
	{"ro", "due", "până la sfârșitul lunii decembrie", "2026-12-31"},
	{"ro", "due", "finalul lunii decembrie", "2026-12-31"},
	{"ro", "due", "sfârșitul decembrie", "2026-12-31"},
	{"ro", "due", "până la sfârșitul decembrie", "2026-12-31"},
	{"ru", "record", "Предпринятые действия", ""},
	{"ru", "record", "Выполненные меры", ""},
	{"ru", "record", "Предпринятые меры", ""},
	{"ru", "record", "Выполненные задачи", ""},
	{"ru", "record", "Обходное решение", ""},
	{"ru", "col_owner", "Кто", ""},
	{"ru", "state", "исправлено", "Done"},
	{"ru", "state", "реализовано", "Done"},
	{"ru", "state", "развёрнуто", "Done"},
	{"ru", "state", "развернуто", "Done"},
	{"ru", "state", "неактуально", "NotPlanned"},
	{"ru", "state", "дубликат", "NotPlanned"},
	{"ru", "state", "не требуется", "NotPlanned"},
	{"ru", "state", "в процессе", "Open"},
	{"ru", "state", "в ожидании", "Open"},
	{"sv", "col_owner", "Vem", ""},
	{"sv", "col_due", "Datum", ""},
	{"sv", "col_due", "Klar till", ""},
	{"sv", "state", "driftsatt", "Done"},
	{"sv", "state", "levererad", "Done"},
	{"sv", "state", "inaktuell", "NotPlanned"},
	{"sv", "state", "dubblett", "NotPlanned"},
	{"sv", "state", "strykes", "NotPlanned"},
	{"sv", "state", "behövs inte", "NotPlanned"},
	{"sv", "due", "slutet av december", "2026-12-31"},
	{"sv", "due", "i slutet av december", "2026-12-31"},
	{"sv", "due", "senast i slutet av december", "2026-12-31"},
	{"sv", "due", "utgången av december", "2026-12-31"},
	{"tr", "record", "Acil eylemler", ""},
	{"tr", "record", "Tamamlanan aksiyonlar", ""},
	{"tr", "record", "Tamamlanan eylemler", ""},
	{"tr", "record", "Yapılan eylemler", ""},
	{"tr", "record", "Geçici çözüm", ""},
	{"tr", "record", "Alınan tedbirler", ""},
	{"tr", "col_owner", "Sorumlu kişi", ""},
	{"tr", "col_owner", "Sorumlu ekip", ""},
	{"tr", "col_due", "Tarih", ""},
	{"tr", "state", "canlıya alındı", "Done"},
	{"tr", "state", "gerek yok", "NotPlanned"},
	{"tr", "state", "mükerrer", "NotPlanned"},
	{"tr", "state", "gereksiz", "NotPlanned"},
	{"tr", "state", "bloke", "Open"},
	{"tr", "state", "sürüyor", "Open"},
	{"tr", "state", "üzerinde çalışılıyor", "Open"},
	{"uk", "record", "Вжиті дії", ""},
	{"uk", "record", "Виконані заходи", ""},
	{"uk", "record", "Виконані завдання", ""},
	{"uk", "state", "виправлено", "Done"},
	{"uk", "state", "неактуально", "NotPlanned"},
	{"uk", "state", "дублікат", "NotPlanned"},
	{"uk", "state", "не потрібно", "NotPlanned"},
	{"uk", "state", "у процесі", "Open"},
	{"uk", "state", "в процесі", "Open"},
	{"zh", "col_owner", "负责", ""},
	{"zh", "col_owner", "执行人", ""},
	{"zh", "col_owner", "處理人", ""},
	{"zh", "col_owner", "负责团队", ""},
	{"zh", "col_owner", "負責團隊", ""},
	{"zh", "col_due", "计划完成时间", ""},
	{"zh", "col_due", "计划完成日期", ""},
	{"zh", "col_due", "預計完成", ""},
	{"zh", "col_due", "预计完成", ""},
	{"zh", "col_due", "截止", ""},
	{"zh", "col_due", "目标日期", ""},
	{"zh", "col_due", "目標日期", ""},
	{"zh", "col_due", "完成日期", ""},
	{"zh", "col_status", "进展", ""},
	{"zh", "col_status", "進展", ""},
	{"zh", "state", "已发布", "Done"},
	{"zh", "state", "已發布", "Done"},
	{"zh", "state", "已部署", "Done"},
	{"zh", "state", "已合并", "Done"},
	{"zh", "state", "已合併", "Done"},
	{"zh", "state", "不修复", "NotPlanned"},
	{"zh", "state", "不修復", "NotPlanned"},
	{"zh", "state", "重复", "NotPlanned"},
	{"zh", "state", "重複", "NotPlanned"},
	{"zh", "state", "无需处理", "NotPlanned"},
	{"zh", "state", "無需處理", "NotPlanned"},
	{"zh", "state", "不再需要", "NotPlanned"},
	{"zh", "state", "无需", "NotPlanned"},
	{"zh", "state", "無需", "NotPlanned"},
	{"zh", "state", "处理中", "Open"},
	{"zh", "state", "處理中", "Open"},
	{"zh", "state", "待办", "Open"},
	{"zh", "state", "待辦", "Open"},
	{"zh", "state", "已阻塞", "Open"},
	{"zh", "state", "阻塞", "Open"},
	{"zh", "state", "开发中", "Open"},
	{"zh", "state", "開發中", "Open"},
	{"zh", "state", "跟进中", "Open"},
	{"zh", "state", "跟進中", "Open"},
	{"ru", "col_owner", "Ответственные", ""},
	{"ru", "col_owner", "Исполнители", ""},
	{"ru", "col_due", "Срок выполнения", ""},
	{"ru", "col_due", "Плановая дата", ""},
	{"ru", "col_due", "Дата", ""},
	{"ru", "col_due", "До", ""},
	{"uk", "col_owner", "Власник", ""},
	{"uk", "col_owner", "Хто", ""},
	{"uk", "col_owner", "Виконавці", ""},
	{"uk", "col_due", "Дата", ""},
	{"uk", "col_due", "До", ""},
	{"uk", "col_due", "Строк виконання", ""},
	{"ru", "due", "до конца Q1", "2027-03-31"},
	{"uk", "due", "до кінця Q1", "2027-03-31"},
	{"cs", "state", "odloženo na neurčito", "NotPlanned"},
	{"es", "due", "antes del 15 de diciembre", "2026-12-15"},
	{"nl", "due", "uiterlijk 15 december", "2026-12-15"},
	{"sv", "due", "senast 15 december", "2026-12-15"},
	{"ro", "due", "până la 15 decembrie", "2026-12-15"},
	{"pl", "due", "najpóźniej do 15 grudnia", "2026-12-15"},
	{"cs", "due", "nejpozději do 15. prosince", "2026-12-15"},
}

const followUpHead37 = "# Outage\n\n| Meeting | Value |\n| --- | --- |\n| Date | 2026-11-20 |\n\n"

func TestFollowUpForms37(t *testing.T) {
	for _, f := range followUpForms37 {
		name := f.lang + " " + f.kind + " " + f.text
		switch f.kind {
		case "state":
			doc := mustParse(t, []byte(followUpHead37+"## Action items\n\n| Action | Owner | Status |\n| --- | --- | --- |\n| Add a lag alert | @dana | "+f.text+" |\n\n## Follow-ups\n\n- Rotate the keys ("+f.text+")\n"))
			if len(doc.Actions) != 2 || doc.Actions[0].Status.String() != statusName37(f.want) || doc.Actions[1].Status.String() != statusName37(f.want) || doc.Actions[1].Title != "Rotate the keys" {
				t.Errorf("%s: %v, want %s twice and the title without the state", name, doc.Actions, f.want)
			}
		case "col_owner", "col_due", "col_status", "col_priority":
			value := map[string]string{"col_owner": "@dana", "col_due": "2026-12-15", "col_status": "Done", "col_priority": "P1"}[f.kind]
			doc := mustParse(t, []byte(followUpHead37+"## Action items\n\n| Action | "+f.text+" |\n| --- | --- |\n| Add a lag alert | "+value+" |\n"))
			if len(doc.Actions) != 1 {
				t.Errorf("%s: %v, want one action", name, doc.Actions)
				continue
			}
			a := doc.Actions[0]
			if got := map[string]string{"col_owner": a.Owner, "col_due": dueText37(a), "col_status": a.Status.String(), "col_priority": a.Priority}[f.kind]; got != strings.TrimPrefix(value, "@") {
				t.Errorf("%s: read %q, want %q", name, got, value)
			}
		case "col_action":
			doc := mustParse(t, []byte(followUpHead37+"## Action items\n\n| "+f.text+" | Odpovídá |\n| --- | --- |\n| Přidat alert | @dana |\n"))
			if len(doc.Actions) != 1 || doc.Actions[0].Title != "Přidat alert" || doc.Actions[0].Owner != "dana" {
				t.Errorf("%s: %v, want the row's action", name, doc.Actions)
			}
		case "record":
			doc := mustParse(t, []byte(followUpHead37+"## "+f.text+"\n\n- Add a lag alert — @dana\n- Rotate the keys\n"))
			if len(doc.Actions) != 0 || len(doc.Steps) != 2 {
				t.Errorf("%s: actions %v, steps %v: want two steps done and no action", name, doc.Actions, doc.Steps)
			}
		case "due":
			doc := mustParse(t, []byte(followUpHead37+"## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a lag alert | @dana | "+f.text+" |\n"))
			if len(doc.Actions) != 1 || dueText37(doc.Actions[0]) != f.want {
				t.Errorf("%s: %v, want due %s", name, doc.Actions, f.want)
			}
		}
	}
}

func statusName37(s string) string {
	if s == "NotPlanned" {
		return NotPlanned.String()
	}
	return s
}

func dueText37(a Action) string {
	if a.Due.IsZero() {
		return ""
	}
	return a.Due.Format("2006-01-02")
}

// A state in parentheses after an item is no owner ("(merged)",
// "(backlog)"); a state in emphasis leaves no mark in the title ("_(done)_");
// "TODO:" opens an item still to do; a Status cell says the change is
// out ("Rolled out", "In prod"); and a period word after a month's name
// ends the due date however many words it has ("Aralık sonuna kadar").
func TestFollowUpEnglish37(t *testing.T) {
	src := followUpHead37 + "## Follow-ups\n\n" +
		"- Add a lag alert (merged)\n" +
		"- Pin the client (backlog)\n" +
		"- Drop the cron job (wontfix)\n" +
		"- Page the database team _(done)_\n" +
		"- Rotate the keys *(won't do)*\n" +
		"- TODO: Move the queue to its own host\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a lag alert||||Done",
		"Pin the client||||Open",
		"Drop the cron job||||Not planned",
		"Page the database team||||Done",
		"Rotate the keys||||Not planned",
		"Move the queue to its own host||||Open",
	})
	src = followUpHead37 + "## Action items\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n" +
		"| Add a lag alert | @dana | 2026-12-15 | Rolled out |\n" +
		"| Rotate the keys | @dana | 2026-12-15 | In prod |\n" +
		"| Pin the client | @dana | Aralık sonuna kadar | Açık |\n"
	checkActionLines(t, mustParse(t, []byte(src)), []string{
		"Add a lag alert|dana|2026-12-15||Done",
		"Rotate the keys|dana|2026-12-15||Done",
		"Pin the client|dana|2026-12-31||Open",
	})
}

// A state before or after an item's colon closes it in any language
// ("verworfen: …", "…: erledigt", "…: won't do"), but not a field's
// label ("— Status: done") nor a legend of several; a state after a
// struck title closes it as that state says ("~~…~~ verworfen"); a
// heading of closed or resolved work is a record.
func TestFollowUpStateColons37(t *testing.T) {
	for item, want := range map[string]string{
		"verworfen: Move the spooler to its own host": "Move the spooler to its own host||||Not planned",
		"已完成: Raise the job limit":                    "Raise the job limit||||Done",
		"Add a lag alert: erledigt":                   "Add a lag alert||||Done",
		"Rotate the keys: won't do":                   "Rotate the keys||||Not planned",
		"Pin the client: in progress":                 "Pin the client||||Open",
		"Page the database team — Status: done":       "Page the database team||||Done",
		"~~Buy a second print server~~ verworfen":     "Buy a second print server verworfen||||Not planned",
		"~~Split the queue~~ отменено":                "Split the queue отменено||||Not planned",
	} {
		checkActionLines(t, mustParse(t, []byte(followUpHead37+"## Follow-ups\n\n- "+item+"\n")), []string{want})
	}
	for _, h := range []string{"Closed action items", "Resolved follow-ups", "Closed tasks", "Resolved action items"} {
		doc := mustParse(t, []byte(followUpHead37+"## "+h+"\n\n- Add a lag alert — @dana\n- Rotate the keys\n"))
		for _, a := range doc.Actions {
			if a.Status == Open {
				t.Errorf("%s: %v is open, want the work closed", h, a)
			}
		}
	}
}

// A due date's label in another language says what follows is one,
// however it is written: "Échéance : avant le 15 décembre", "Fecha
// límite: antes del 15 de diciembre", "期限: 12月15日".
func TestFollowUpLabelledDues37(t *testing.T) {
	for item, want := range map[string]string{
		"Add a lag alert — Responsable : @dana, Échéance : avant le 15 décembre":        "2026-12-15",
		"Add a lag alert — Responsable: @dana, Fecha límite: antes del 15 de diciembre": "2026-12-15",
		"Add a lag alert — Responsabile: @dana, Scadenza: entro il 15 dicembre":         "2026-12-15",
		"Add a lag alert — 担当: @dana, 期限: 12月15日":                                       "2026-12-15",
		"Add a lag alert — 负责人: @dana, 截止日期: 12月底":                                      "2026-12-31",
	} {
		doc := mustParse(t, []byte(followUpHead37+"## Follow-ups\n\n- "+item+"\n"))
		if len(doc.Actions) != 1 || dueText37(doc.Actions[0]) != want || doc.Actions[0].Owner != "dana" {
			t.Errorf("%s: %v, want due %s", item, doc.Actions, want)
		}
	}
}
