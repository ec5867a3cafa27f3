package postmortem

import "testing"

// A notes tool's database of actions, exported as a table, heads its
// title column "Name" in the workspace's language; under an action
// heading, beside an owner or a status column in that language, its
// rows are actions. Elsewhere a table of names is no action list.
func TestDatabaseNameColumn(t *testing.T) {
	src := "# Outage\n\n## Ações\n\n| Nome | Responsável | Status |\n| --- | --- | --- |\n" +
		"| Alert on refused notifications | Rafael Nogueira | Concluído ✅ |\n| Fetch the chain | Juliana Prado | Em andamento |\n\n" +
		"## Impacto\n\n| ID | Name | Status |\n| --- | --- | --- |\n| 1 | Checkout | degraded |\n"
	doc := mustParse(t, []byte(src))
	checkActionLines(t, doc, []string{"Alert on refused notifications|Rafael Nogueira|||Done", "Fetch the chain|Juliana Prado|||Open"})
}
