package postmortem

import "testing"

// A narrative tells when the team learned of the incident in everyday
// words: German "gemerkt" (noticed), Spanish "nos enteramos" (we found
// out), and French "le premier signe" (the first sign) in a sentence
// that points back at the clock of the one before.
func TestMomentProseLearnedWords(t *testing.T) {
	for src, want := range map[string]string{
		"# Störung Kasse 2026-08-14\n\n**Zeitzone:** UTC\n\n## Zusammenfassung\n\n" +
			"Um 09:12 Uhr fiel die Kasse aus. Gemerkt haben wir es erst um 09:31 Uhr, als eine Filiale anrief.\n": "2026-08-14T09:31Z",
		"# Caída de la caja 2026-08-14\n\n**Zona horaria:** UTC\n\n## Resumen\n\n" +
			"A las 9:12 la caja dejó de cobrar. Nos enteramos a las 9:31, cuando una tienda llamó al soporte.\n": "2026-08-14T09:31Z",
		"# Panne de caisse 2026-08-14\n\n**Fuseau :** UTC\n\n## Résumé\n\n" +
			"La caisse est tombée à 9 h 12. Vers 9 h 31, une boutique nous a écrit. C'est le premier signe que nous avons eu.\n": "2026-08-14T09:31Z",
	} {
		wantTimes(t, src, map[string]string{FieldDetect: want})
	}
}
