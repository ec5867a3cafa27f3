package postmortem

import (
	"testing"
	"time"
)

// A stated time whose day reads either way round is read day first
// where the document writes its days so (a dotted day, a day above 12
// first) or states its times in a zone whose writers put the day first;
// in a US zone it stays month first.
func TestStatedDayFirst(t *testing.T) {
	for _, c := range []struct {
		src  string
		want time.Time
	}{
		{"# Broker outage\n\n- **Start:** 05/02/2026 09:30 CET\n", time.Date(2026, 2, 5, 8, 30, 0, 0, time.UTC)},
		{"# Broker outage\n\n- **Start:** 05/02/2026 09:30 UTC\n- **Review:** 12.02.2026\n", time.Date(2026, 2, 5, 9, 30, 0, 0, time.UTC)},
		{"# Broker outage\n\n- **Start:** 05/02/2026 09:30 UTC\n- **End:** 25/02/2026 10:00 UTC\n", time.Date(2026, 2, 5, 9, 30, 0, 0, time.UTC)},
		{"# Broker outage\n\n- **Start:** 05/02/2026 09:30 EST\n", time.Date(2026, 5, 2, 14, 30, 0, 0, time.UTC)},
	} {
		doc := mustParse(t, []byte(c.src))
		if s, ok := doc.Time(FieldStart); !ok || s.Err != nil || !s.Time.Equal(c.want) {
			t.Errorf("%q: start %+v, want %v", c.src, s, c.want)
		}
	}
}
