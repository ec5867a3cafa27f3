package lint

import "testing"

// TestPersonCauseLackState checks a lack told as the state in which a new
// clause after a person's act finds something: no one at all ("with
// nobody at the lectern", "with no one on the tills"), none of the
// people who do the work ("with no second engineer aboard"), or an empty
// place ("with no vehicles in it"); and the same shapes with what is good
// to have none of, the manner of the person's own act, or no person.
func TestPersonCauseLackState(t *testing.T) {
	checkPersonCause(t, true, []string{
		"Fiona cancelled the relief crew, so the 06:10 ferry sailed with no second engineer aboard.",
		"Bogdan moved the Friday lecturers to the annex, and the main hall sat ready with nobody at the lectern for an hour.",
		"Kemal reassigned both vans to the north depot, and the south depot began its morning round with no vehicles in it.",
		"The kennel bookings were merged by Oksana, and the Leeds branch opened on Saturday with nobody to walk the dogs.",
		"Femke moved the cashier shift to 10:00, and the shop opened with no one on the tills.",
		"Halima swapped the weekend rotas, leaving the Ayr clinic with no nurses until Monday.",
	})
	checkPersonCause(t, false, []string{
		"Fiona found a relief engineer, so the 06:10 ferry sailed with no delay.",
		"Bogdan moved the Friday lecturers to the annex, and the talks ran with no interruptions.",
		"Kemal moved the batch jobs with no spare node, and they finished on time.",
		"The Leeds branch opened on Saturday with no bookings, as it does every bank holiday.",
		"09:40 fenna added a second cashier, shop running with no queue",
		"Halima swapped the weekend rotas, leaving the Ayr clinic with no gaps until Monday.",
		"The south depot began its morning round with no vehicles in it after the hailstorm damaged both vans.",
	})
}
