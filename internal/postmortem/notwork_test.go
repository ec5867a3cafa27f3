package postmortem

import (
	"strings"
	"testing"
)

// Lists, items and table rows of a post-mortem that are no open work,
// each in a small document with one real action after it that must
// still be read with its owner and due date: sections of observations,
// questions, people and references in English and the vocabulary's
// languages, and such sections under the action list ("### Open
// questions"); headings that say their work is done ("Improvements
// made", "Remediation applied"); items that say there is nothing to do
// ("None.", "Keine.", "特になし") or only point somewhere ("Dashboard:
// [latency](…)", "Note: …"); states that close work ("already in place",
// "live since 2026-11-03", "~~Open~~ Done"); a list a label introduces as
// criteria ("**Acceptance criteria**").

// probeSet gathers probes; add appends one.
type probeSet []probe38

func (ps *probeSet) add(name, md string, want ...string) { *ps = append(*ps, probe38{name, md, want}) }

type probe38 struct {
	name, md string
	want     []string // title prefixes of the open actions
}

const probeHead38 = "# Incident 2026-11-02: API errors\n\n**Severity:** SEV2\n\n## Summary\n\nThe API returned errors for 30 minutes.\n\n"

func runProbes38(t *testing.T, probes []probe38) {
	for _, pr := range probes {
		doc, err := Parse([]byte(probeHead38+pr.md), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range doc.Actions {
			if a.Tracked() {
				got = append(got, a.Title+" {"+a.Owner+"|"+dueStr38(a)+"}")
			}
		}
		ok := len(got) == len(pr.want)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.HasPrefix(got[i], pr.want[i])
		}
		if !ok {
			t.Errorf("%s: open actions %q, want %q", pr.name, got, pr.want)
		}
	}
}

func TestNoWorkForms(t *testing.T) {
	runProbes38(t, probes38)
}

func dueStr38(a Action) string {
	if a.Due.IsZero() {
		return ""
	}
	return a.Due.Format("2006-01-02")
}

const real38 = "## Action items\n\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n"

var want38 = []string{"Add a canary check for config pushes {dana|2026-12-01}"}

var probes38 = func() []probe38 {
	var ps probeSet
	add := ps.add
	// G1: sections that are no action list, with an action list after.
	heads := []string{
		"What went well", "What went wrong", "Where we got lucky", "Lessons learned", "Contributing factors",
		"Root cause (5 whys)", "Impact", "Detection", "Trigger", "Customer communication", "Supporting information",
		"Appendix", "Glossary", "References", "Links", "Participants", "Attendees", "Open questions", "Questions discussed",
		"Decisions", "Things we considered", "Hypotheses ruled out", "Metrics", "Review checklist", "Postmortem checklist",
		"Sign-off", "Approvals", "Follow-up questions", "Why didn't monitoring prevent this?", "Improvements made",
		"Improvements already shipped", "Remediation applied", "Preventive measures already in place",
		"Corrective actions implemented", "Follow-up meeting attendees", "Recommendations considered and rejected",
		"Ce qui s'est bien passé", "Ce qui a mal fonctionné", "Leçons apprises", "Questions ouvertes", "Annexe",
		"Was gut lief", "Was schlecht lief", "Erkenntnisse", "Offene Fragen", "Anhang", "Teilnehmende", "Qué salió bien",
		"Qué salió mal", "Lecciones aprendidas", "Preguntas abiertas", "Anexo", "O que deu certo", "O que deu errado",
		"Lições aprendidas", "Perguntas em aberto", "うまくいったこと", "うまくいかなかったこと", "教訓", "未解決の質問", "参加者", "付録", "做得好的", "做得不好的",
		"经验教训", "待解决问题", "参与人员", "附录", "Что прошло хорошо", "Что пошло не так", "Извлечённые уроки", "Открытые вопросы",
		"Участники", "Приложение", "Wat ging goed", "Wat ging mis", "Cosa è andato bene", "Lezioni apprese",
		"Co poszło dobrze", "Wnioski", "Vad gick bra", "Lärdomar", "Neler iyi gitti", "Çıkarılan dersler", "잘된 점", "교훈",
	}
	asideHeads := []string{
		"What went well", "What went wrong", "Where we got lucky", "Appendix", "Glossary", "References", "Participants",
		"Attendees", "Open questions", "Decisions", "Things we considered", "Hypotheses ruled out", "Follow-up questions",
		"Why didn't monitoring prevent this?", "Follow-up meeting attendees", "Recommendations considered and rejected",
		"Ce qui s'est bien passé", "Ce qui a mal fonctionné", "Questions ouvertes", "Annexe", "Was gut lief",
		"Was schlecht lief", "Offene Fragen", "Anhang", "Teilnehmende", "Qué salió bien", "Qué salió mal",
		"Preguntas abiertas", "Anexo", "O que deu certo", "O que deu errado", "Perguntas em aberto", "うまくいったこと",
		"うまくいかなかったこと", "未解決の質問", "参加者", "付録", "做得好的", "做得不好的", "待解决问题", "参与人员", "附录", "Что прошло хорошо",
		"Что пошло не так", "Открытые вопросы", "Участники", "Приложение", "Wat ging goed", "Wat ging mis",
		"Cosa è andato bene", "Co poszło dobrze", "Vad gick bra", "Neler iyi gitti", "잘된 점",
	}
	bodies := map[string]string{
		"bullets":  "- Alerting fired within two minutes (@erin)\n- We should have a second region\n- Roll back faster next time\n",
		"numbered": "1. Why did the API fail? The pool ran out.\n2. Why? A config push doubled the workers.\n",
		"ticked":   "- [x] Timeline reviewed\n- [x] Shared in #incidents\n",
		"boxes":    "- [ ] Reviewed by the service owner (@erin)\n- [x] Timeline complete\n",
		"table":    "| Item | Owner | Status |\n|---|---|---|\n| Alerting fired quickly | @erin | ok |\n| Pager escalation slow | @finn | noted |\n",
	}
	for _, h := range heads {
		for _, k := range []string{"bullets", "numbered", "ticked", "boxes"} {
			add("G1 "+k+" "+h, "## "+h+"\n\n"+bodies[k]+"\n"+real38, want38...)
		}
	}
	// G1b: the same without an action heading: nothing is tracked.
	for _, h := range asideHeads {
		for _, k := range []string{"bullets", "boxes", "table"} {
			add("G1b "+k+" "+h, "## "+h+"\n\n"+bodies[k])
		}
	}
	// G2: subsections of the action list that hold no open work.
	subs := []string{"Completed", "Done", "Open questions", "Questions", "Notes", "Not doing", "Out of scope", "Won't do",
		"Rejected", "Parking lot", "Decisions", "Already in place", "Shipped",
		"Immediate (done during the incident)", "Mitigations applied", "Short-term fix applied", "References", "Context", "Discussion",
		"Erledigt", "Offene Fragen", "Terminé", "Questions ouvertes", "Hecho", "Preguntas abiertas", "Concluído",
		"完了", "対応済み", "已完成", "Выполнено", "Открытые вопросы", "Dropped", "Won't fix"}
	for _, s := range subs {
		add("G2 "+s, real38+"\n### "+s+"\n\n- Page the database team on pool alerts\n- Should the cache be warmed on deploy?\n", want38...)
	}
	// G3: items of an action list that are no work.
	notWork := []string{"None.", "N/A", "TBD", "Nothing further.", "No action needed.", "No further action required",
		"All items are tracked in [OPS-12](https://jira.example.com/browse/OPS-12)", "See the board: https://jira.example.com/board/7",
		"Note: owners to confirm by Friday", "_Items below were agreed in the review on 2026-11-05._",
		"Dashboard: [latency](https://grafana.example.com/d/abc)", "Q: Should the cache be warmed on deploy?",
		"Aucune.", "Keine.", "Ninguna.", "なし", "无", "Нет.",
		"Tracking epic: OPS-12", "Related incident: INC-2025-044", "Runbook: https://wiki.example.com/runbooks/api",
	}
	for _, w := range notWork {
		add("G3 "+w, real38+"- "+w+"\n", want38...)
	}
	// G4: items of an action list already done.
	done := []string{"Shipped in #123: rate-limit the retries", "Rate-limit the retries — shipped in #123", "Rate-limit the retries (landed)",
		"Rate-limit the retries — rolled out on 2026-11-02", "Rate-limit the retries — already in place", "Rate-limit the retries — fixed by PR #12",
		"Rate-limit the retries: deployed to prod", "Rate-limit the retries — won't fix",
		"Rate-limit the retries — duplicate of #12", "Rate-limit the retries — superseded by #14", "✅ Rate-limit the retries",
		"~~Rate-limit the retries~~", "Rate-limit the retries ✔", "Rate-limit the retries (DONE)",
		"[done] Rate-limit the retries", "Rate-limit the retries — complete", "Rate-limit the retries — merged", "Rate-limit the retries — resolved",
		"Rate-limit the retries (merged in #88)", "Rate-limit the retries — released in v2.3.1", "Rate-limit the retries — live since 2026-11-03",
		"Rate-limit the retries — in place since 2026-11-03", "Rate-limit the retries (completed 2026-11-04)", "Rate-limit the retries — done by @erin on 2026-11-04",
		"Rate-limit the retries — not needed", "Rate-limit the retries — obsolete", "Rate-limit the retries — cancelled", "Rate-limit the retries — dropped",
		"Landed: rate-limit the retries", "Deployed: rate-limit the retries", "Already done: rate-limit the retries",
		"Rolled back the config push", "Restarted the API pods", "Increased the pool size to 200", "Added an alert on pool saturation",
		"Ajouter une alerte — fait", "Ajouter une alerte (terminé)",
		"Alarm hinzufügen — erledigt", "Alarm hinzufügen (umgesetzt)",
		"Añadir una alerta — hecho", "Añadir una alerta (completado)",
		"Adicionar alerta — concluído", "Adicionar alerta (feito)",

		"添加告警 — 已完成",
		"Добавить алерт — сделано", "Добавить алерт (выполнено)",
		"Aggiungere un alert — fatto", "Alert toevoegen — gedaan",
		"Dodać alert — zrobione", "Lägg till larm — klart",
		"Alarm ekle — tamamlandı", "알림 추가 (완료)",
	}
	for _, d := range done {
		add("G4 "+d, real38+"- "+d+"\n", want38...)
	}
	// G5: an action table whose status cell says the work is done or dropped.
	states := []string{"Shipped", "Landed", "Deployed", "Deployed to prod", "Merged", "Rolled out", "Rolled out 2026-11-02", "In place", "Already in place",
		"Fixed", "Fixed by PR #12", "Resolved", "Won't fix", "Duplicate", "Duplicate of #12", "Superseded", "Superseded by #14",
		"Released", "Live", "Complete", "Completed", "✅", "✔️", "Closed", "Finished", "Cancelled", "Dropped", "Obsolete", "Not needed",
		"Done ✅", "~~Open~~ Done", "Hecho", "Erledigt", "Terminé", "完了", "已完成", "Готово", "Concluído", "Fatto", "Gedaan", "Klart",
		"Implemented", "Verified", "Applied", "Delivered", "Accepted risk", "Declined", "Rejected", "Abandoned",
	}
	for _, st := range states {
		add("G5 "+st, "## Action items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Add a canary check for config pushes | @dana | 2026-12-01 | Open |\n| Rate-limit the retries | @erin | 2026-11-20 | "+st+" |\n", want38...)
	}
	// G6: tables that are no action table, in sections that are none.
	tables := map[string]string{
		"impact":       "## Impact\n\n| Service | Owner | Impact |\n|---|---|---|\n| Checkout | @payments | 12% errors |\n| Search | @search | slow |\n",
		"participants": "## Participants\n\n| Name | Role | Team |\n|---|---|---|\n| Erin | Incident commander | SRE |\n| Finn | Scribe | API |\n",
		"alerts":       "## Detection\n\n| Alert | Owner | Fired at |\n|---|---|---|\n| APIErrorRate | @sre | 10:02 |\n",
		"hypotheses":   "## Hypotheses ruled out\n\n| Hypothesis | Owner | Result |\n|---|---|---|\n| DNS failure | @erin | ruled out |\n| Bad deploy | @finn | confirmed |\n",
		"metrics":      "## Metrics\n\n| Metric | Target | Actual |\n|---|---|---|\n| Time to detect | 5 min | 2 min |\n",
		"glossary":     "## Glossary\n\n| Term | Meaning |\n|---|---|\n| Pool | The database connection pool |\n",
		"questions":    "## Open questions\n\n| Question | Owner | Answer |\n|---|---|---|\n| Was the canary skipped? | @erin | yes |\n",
		"factors":      "## Contributing factors\n\n| Factor | Owner | Notes |\n|---|---|---|\n| No config validation | @platform | known gap |\n",
		"comms":        "## Customer communication\n\n| Time | Channel | Owner | Message |\n|---|---|---|---|\n| 10:15 | Statuspage | @erin | Investigating |\n",
		"went":         "## What went well\n\n| What | Who |\n|---|---|\n| Fast rollback | @finn |\n",
	}
	for k, tb := range tables {
		add("G6 "+k, tb+"\n"+real38, want38...)
		add("G6b "+k, tb)
	}
	// G8: what was done during the incident, under headings of its own.
	resp := []string{"Immediate response", "Short-term fix (applied)", "Mitigation", "Workaround", "Hotfix", "Temporary fix", "Interim measures",
		"Containment", "Stabilisation", "Remediation applied", "Remediation (done during the incident)", "Immediate actions",
		"Immediate fix", "Actions during the incident", "Emergency measures",
		"Mesures immédiates", "Contournement", "Sofortmaßnahmen", "Workaround (umgesetzt)", "Medidas inmediatas", "Solución temporal",
		"Medidas imediatas", "暫定対応", "初動対応", "応急処置", "应急措施", "临时措施", "Временное решение",
		"Misure immediate", "Directe maatregelen", "Działania doraźne", "Omedelbara åtgärder", "Acil müdahale", "긴급 조치",
	}
	for _, r := range resp {
		add("G8 "+r, "## "+r+"\n\n- Roll back the config push\n- Restart the API pods (@finn)\n\n"+real38, want38...)
	}
	return ps
}()

// Lists under an action that are no actions of their own: its details,
// a quote, its sub-steps, a story of the response told without times;
// and lines beside an action list that are no work: a template's
// guidance, a legend, a group's name in a row or an item of its own, a
// total, the linked issues; takeaways elsewhere.
func TestNoWorkBesideActions(t *testing.T) {
	var ps probeSet
	add := ps.add
	add("nested details", "## Action items\n\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n  - Context: the push skipped validation\n  - Acceptance: bad pushes are blocked\n  - Why: it would have caught this\n", want38...)
	add("nested details plain", "## Action items\n\n- Add a canary check for config pushes (@dana, due 2026-12-01)\n  - The push skipped validation last time\n  - Link: https://jira.example.com/browse/OPS-12\n", want38...)
	add("nested acceptance boxes", "## Action items\n\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n  - Acceptance criteria:\n    - [ ] Bad pushes are blocked\n    - [ ] An alert fires\n", want38...)
	add("duplicate twice list", real38+"\n## Jira tickets\n\n- OPS-12: Add a canary check for config pushes (@dana)\n", want38...)
	add("continuation para", "## Action items\n\n1. Add a canary check for config pushes (@dana, due 2026-12-01)\n\n   This needs the validation library first, which the platform team owns.\n", want38...)
	add("numbered substeps", "## Action items\n\n1. Add a canary check for config pushes (@dana, due 2026-12-01)\n   - write the validator\n   - wire it into CI\n", want38...)
	add("action then quote", "## Action items\n\n- Add a canary check for config pushes (@dana, due 2026-12-01)\n  > \"We would have caught this in staging\" — Erin\n", want38...)
	add("why it matters", "## Action items\n\n- **Add a canary check for config pushes** (@dana, due 2026-12-01)\n  - *Why:* the push skipped validation\n  - *How:* a CI step\n", want38...)
	add("timeline bullets no times", "## Action items\n\n- Add a canary check for config pushes (@dana, due 2026-12-01)\n\n## Incident response\n\n- Erin paged the database team\n- Finn rolled back the push\n- Service recovered\n", want38...)
	add("response section imperative", "## Response\n\n1. Identify the bad push\n2. Roll it back\n3. Confirm recovery\n\n"+real38, want38...)
	add("runbook steps", "## Runbook used\n\n1. Check the pool dashboard\n2. Restart the API pods\n3. Page the DBA if it persists\n\n"+real38, want38...)
	add("recommendations done", "## Recommendations\n\n- Add a canary check for config pushes (@dana, due 2026-12-01)\n- Keep the manual rollback drill — already in place\n", want38...)
	add("guidelines", "## Action items\n\n_Guidelines:_\n\n- Every action item should have an owner\n- Prefer small, concrete actions\n\n| Action | Owner | Due |\n|---|---|---|\n| Add a canary check for config pushes | @dana | 2026-12-01 |\n", want38...)
	add("guidelines quote", "## Action items\n\n> Each action should have an owner and a due date.\n\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n", want38...)
	add("group rows table", "## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| **Short term** | | |\n| Add a canary check for config pushes | @dana | 2026-12-01 |\n| **Long term** | | |\n", want38...)
	add("group rows italic", "## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| *Prevent* | | |\n| Add a canary check for config pushes | @dana | 2026-12-01 |\n| *Detect* | | |\n", want38...)
	add("flat group items", "## Action items\n\n- **Short-term:**\n- Add a canary check for config pushes (@dana, due 2026-12-01)\n- **Long-term:**\n", want38...)
	add("priority legend", "## Action items\n\nPriority legend:\n\n- P0: must fix this week\n- P1: within a month\n\n1. Add a canary check for config pushes (@dana, due 2026-12-01)\n", want38...)
	add("linked issues", real38+"- Linked issues: OPS-1, OPS-2\n", want38...)
	add("status legend table", real38+"\n| Status | Meaning |\n|---|---|\n| Open | not started |\n| Done | shipped |\n", want38...)
	add("approvals table", real38+"\n## Approvals\n\n| Approver | Role | Date |\n|---|---|---|\n| Erin | SRE lead | 2026-11-05 |\n", want38...)
	add("timeline action mention", "## Timeline\n\n- 10:02 — Alert fired\n- 10:30 — Erin: action item, check the pool size later\n- 10:45 — TODO: write this up\n\n"+real38, want38...)
	add("todo prose", "## Notes\n\nTODO: add the graphs from Grafana.\n\n"+real38, want38...)
	add("template comment", "## Action items\n\n<!-- List each action with an owner and due date -->\n\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n", want38...)
	add("owner legend", "## Action items\n\nOwners:\n\n- @dana — platform\n- @erin — SRE\n\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n", want38...)
	add("summary counts", "## Action items\n\n- Total: 3 (1 done, 2 open)\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n", want38...)
	add("exec summary bullets", "## Executive summary\n\n- 30 minutes of API errors\n- Root cause: a config push\n- Follow-up: add a canary (see below)\n\n"+real38, want38...)
	add("what we learned should", "## What we learned\n\n- We should validate configs\n- We need better canaries\n\n"+real38, want38...)
	add("next review", real38+"\n## Next steps\n\n- Review again on 2026-12-15\n", "Add a canary check", "Review again")
	add("action item prose label", "## Impact\n\nAction item: none.\n\n"+real38, want38...)
	add("key takeaways", "## Key takeaways\n\n- [ ] Canaries catch bad pushes\n")
	add("follow-up done heading", "## Follow-up (completed)\n\n- Rolled back the push\n- Restart the pods\n\n"+real38, want38...)
	add("action items (done)", "## Action items (all done)\n\n- Restart the pods\n\n"+real38, want38...)
	add("mitigation steps imperative", "## Mitigation steps\n\n- Roll back the push\n- Restart the pods\n\n"+real38, want38...)
	add("workaround for customers", "## Workaround\n\n- Retry the request after a minute\n\n"+real38, want38...)
	runProbes38(t, ps)
}

// Items of an action list that another language writes as steps taken,
// by the forms its verbs take ("已回滚配置", "設定をロールバックしました",
// "Откатили релиз", "Pods neu gestartet", "Se revirtió el despliegue",
// "Revertido o deploy", "Rollback effectué"), and the work those forms
// must not take away: English verbs in "-ade" and words in "ge-",
// nouns in "-ité", infinitives, "已知", a task box.
func TestPastStepsInOtherLanguages(t *testing.T) {
	var ps probeSet
	add := ps.add
	add("prose already", "## Action items\n\nWe have already rolled back the config and added an alert on pool saturation.\n\n- [ ] Add a canary check for config pushes (@dana, due 2026-12-01)\n", want38...)
	add("prose will", "## Action items\n\nThe bad config was reverted at 10:40.\n\n1. Add a canary check for config pushes (@dana, due 2026-12-01)\n", want38...)
	add("zh done lead", "## 改进措施\n\n- 已回滚配置\n- 添加配置推送的金丝雀检查（负责人：@dana，截止：2026-12-01）\n", "添加配置推送的金丝雀检查")
	add("ja done end", "## 再発防止策\n\n- 設定をロールバックしました\n- アラート追加済み\n- 設定変更のカナリアチェックを追加する（担当：@dana、期限：2026-12-01）\n", "設定変更のカナリアチェックを追加する")
	add("ru past", "## Корректирующие действия\n\n- Откатили релиз\n- Перезапустили сервис\n- Добавить канареечную проверку конфигурации (@dana, до 2026-12-01)\n", "Добавить канареечную проверку")
	add("fr past", "## Actions correctives\n\n- Redémarré les pods de l'API\n- Rollback effectué\n- Ajouter une vérification canari des configurations (@dana, échéance 2026-12-01)\n", "Ajouter une vérification canari")
	add("de past", "## Maßnahmen\n\n- Pods neu gestartet\n- Alarm hinzugefügt\n- Canary-Prüfung für Konfigurationen einführen (@dana, bis 2026-12-01)\n", "Canary-Prüfung für Konfigurationen einführen")
	add("es past", "## Acciones correctivas\n\n- Se revirtió el despliegue\n- Revertido el cambio de configuración\n- Añadir una verificación canaria de configuración (@dana, fecha límite 2026-12-01)\n", "Añadir una verificación canaria")
	add("pt past", "## Ações corretivas\n\n- Revertido o deploy\n- Reiniciados os pods\n- Adicionar verificação canário de configuração (@dana, prazo 2026-12-01)\n", "Adicionar verificação canário")
	add("english ade", "## Action items\n\n- Upgrade the brokers to 3.7 (@dana)\n- Downgrade the client library (@erin)\n", "Upgrade the brokers", "Downgrade the client")
	add("english ge", "## Action items\n\n- Alert when logs are not ingested (@dana)\n- Page when no report is generated (@erin)\n", "Alert when logs", "Page when no report")
	add("french noun ite", "## Actions correctives\n\n- Sécurité des accès : revoir les droits (@dana)\n", "Sécurité des accès")
	add("german infinitive", "## Maßnahmen\n\n- Monitoring für den Pool einführen (@dana)\n- Verfügbarkeit gewährleisten (@erin)\n", "Monitoring für den Pool", "Verfügbarkeit gewährleisten")
	add("spanish infinitive", "## Acciones correctivas\n\n- Revisar el estado del clúster (@dana)\n", "Revisar el estado")
	add("chinese known", "## 改进措施\n\n- 已知问题需要修复（@dana）\n", "已知问题")
	add("boxed past stays", "## Action items\n\n- [ ] Redémarré les pods de l'API (@dana)\n", "Redémarré les pods")
	runProbes38(t, ps)
}
