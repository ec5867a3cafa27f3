package postmortem

import (
	"slices"
	"testing"
)

// A document downloaded from an online editor as Markdown: people chips
// become links to their addresses, a template's example row keeps its
// escaped brackets, a Due cell may say there is no date ("sem data"),
// and the comments follow as footnotes. A chip owns the action by the
// name it shows; the example row and the comments open nothing.
func TestDownloadedDocActions(t *testing.T) {
	src := "# Relatório de incidente: balanças offline\n\n**Data / Date:** 2027-02-10\n\n" +
		"## **Plano de ação / Action items**\n\n" +
		"| **Ação / Action** | **Responsável / Owner** | **Prazo / Due** | **Status** |\n| :---- | :---- | :---- | :---- |\n" +
		"| Reservar IPs fixos para as balanças | [Lúcia Prado](mailto:lucia.prado@example.com.br) | 02/03/2027 | ☐ Pendente |\n" +
		"| Monitorar o DHCP da loja 12 | Time de Redes | 16/03/2027 | ☐ Pendente |\n" +
		"| Revisar o firmware das balanças | Time de Redes | *sem data* | ☐ Pendente |\n" +
		"| *\\[Ação\\]* | *\\[Nome\\]* | *\\[dd/mm/aaaa\\]* | ☐ |\n\n" +
		"[^n1]: **Lúcia Prado** (Feb 11, 2027): confirmar com o fornecedor até sexta.\n\n" +
		"[^n2]: **Caio Reis** (Feb 12, 2027): ok.\n"
	doc := mustParse(t, []byte(src))
	var tracked []string
	for _, a := range doc.Actions {
		if a.Tracked() {
			tracked = append(tracked, actionLine(a))
		}
	}
	want := []string{
		"Reservar IPs fixos para as balanças|Lúcia Prado|2027-03-02||Open",
		"Monitorar o DHCP da loja 12|Time de Redes|2027-03-16||Open",
		"Revisar o firmware das balanças|Time de Redes|||Open",
	}
	if !slices.Equal(tracked, want) {
		t.Errorf("tracked actions %q, want %q", tracked, want)
	}
	// "sem data", no date: the due is not given, not a date unread
	if a := doc.Actions[2]; !IsPlaceholder(a.DueRaw) {
		t.Errorf("due %q of %q read as a date, want none given", a.DueRaw, a.Title)
	}
}
