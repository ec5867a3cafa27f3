package postmortem

import (
	"testing"
	"time"
)

// An essay tells its times in its story: "It began at …" on "the
// evening of" a day, a person "paged … at …", "By … every stream was
// back"; the zone written on the first time holds for the others.
func TestEssayTimes(t *testing.T) {
	src := "# The night the stream went quiet\n\n" +
		"For an hour on the evening of Saturday 14 March 2026, listeners to our streams heard silence.\n\n" +
		"It began at 7:58 p.m. Eastern, when the encoder stopped sending audio. Our monitoring paged Dee Okafor-Lind, who was on call, at 8:09 p.m., and by then the drama was off air.\n\n" +
		"By 9:26 p.m. every stream was back, and the special was posted the next morning.\n"
	doc := mustParse(t, []byte(src))
	for key, want := range map[string]time.Time{
		FieldStart:  time.Date(2026, 3, 14, 23, 58, 0, 0, time.UTC), // EDT, from 8 March
		FieldDetect: time.Date(2026, 3, 15, 0, 9, 0, 0, time.UTC),
		FieldEnd:    time.Date(2026, 3, 15, 1, 26, 0, 0, time.UTC),
	} {
		if e, ok := doc.Time(key); !ok || !e.Time.Equal(want) {
			t.Errorf("%s = %+v, want %v", key, e, want)
		}
	}
}
