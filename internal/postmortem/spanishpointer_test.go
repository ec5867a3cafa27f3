package postmortem

import "testing"

// A Spanish sentence without a clock that opens with a demonstrative, a
// noun and "fue" ("Esa llamada fue el primer aviso") names the moment of
// the clock of the sentence before.
func TestMomentProseSpanishDemonstrative(t *testing.T) {
	wantTimes(t, "# Caída de la caja 2026-08-14\n\n**Zona horaria:** UTC\n\n## Resumen\n\n"+
		"A las 9:12 la caja dejó de cobrar. A las 9:31 llamó una tienda de Vigo. Esa llamada fue el primer aviso que tuvimos.\n",
		map[string]string{FieldStart: "2026-08-14T09:12Z", FieldDetect: "2026-08-14T09:31Z"})
	if demonstrativeWas("ese día fuimos a la oficina") || !demonstrativeWas("este correo fue la alerta") {
		t.Error("demonstrativeWas")
	}
}
