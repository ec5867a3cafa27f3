package postmortem

import "testing"

// A Russian narrative tells the start and the end by the first and the
// last failure ("первая ошибка", "последняя ошибка"), and names its
// story "Как это было" (how it went).
func TestMomentProseRussianFirstLastFailure(t *testing.T) {
	src := "# Сбой корзины\n\n**Дата:** 2026-08-14\n\n**Часовой пояс:** UTC\n\n## Как это было\n\n" +
		"В 09:05 мы включили новый кеш. Первая ошибка корзины в логах — 09:12. " +
		"Кеш отключили, и последняя ошибка была в 10:05.\n"
	doc := wantTimes(t, src, map[string]string{FieldStart: "2026-08-14T09:12Z", FieldEnd: "2026-08-14T10:05Z"})
	found := false
	for _, s := range doc.Sections {
		found = found || s.Key == "what_happened"
	}
	if !found {
		t.Error(`"Как это было" is not the section of what happened`)
	}
}

// Ukrainian names the story the same way: "Як це було".
func TestUkrainianHowItWentHeading(t *testing.T) {
	doc := mustParse(t, []byte("# Збій кошика\n\n**Дата:** 2026-08-14\n\n## Як це було\n\nКошик не працював годину.\n"))
	for _, s := range doc.Sections {
		if s.Key == "what_happened" {
			return
		}
	}
	t.Error(`"Як це було" is not the section of what happened`)
}
