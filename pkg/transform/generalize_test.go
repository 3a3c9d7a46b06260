package transform

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestTruncateISO checks the text fast path of TruncateTime against the
// parse-and-format path on random timestamps, valid and not.
func TestTruncateISO(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	accepted := 0
	digits := func(n, max int) string { return fmt.Sprintf("%0*d", n, rng.IntN(max)) }
	for range 20000 {
		s := digits(4, 10000) + "-" + digits(2, 14) + "-" + digits(2, 33)
		switch rng.IntN(4) {
		case 1:
			s += "T" + digits(2, 26) + ":" + digits(2, 62) + ":" + digits(2, 62)
		case 2:
			s += "T" + digits(2, 26) + ":" + digits(2, 62) + ":" + digits(2, 62) + "." + digits(1+rng.IntN(9), 1000) + "Z"
		case 3:
			s += "T" + digits(2, 24) + ":" + digits(2, 60) + ":" + digits(2, 60) + []string{"Z", "+02:00", "x", ".Z", ".1234567890Z"}[rng.IntN(5)]
		}
		for _, unit := range []TimeUnit{UnitHour, UnitDay, UnitMonth, UnitYear} {
			fast, ok := truncateISO(s, unit)
			if !ok {
				continue
			}
			accepted++
			tm, l, parsed := parseTimestamp(s)
			if !parsed {
				t.Fatalf("truncateISO(%q, %s) = %q, but it is no timestamp", s, unit, fast)
			}
			want := truncateTime(tm, unit)
			if fast != l.format(want) {
				t.Fatalf("truncateISO(%q, %s) = %q, want %q", s, unit, fast, l.format(want))
			}
		}
		if _, _, parsed := parseTimestamp(s); parsed && len(s) == 10 {
			if _, ok := truncateISO(s, UnitDay); !ok {
				t.Fatalf("truncateISO(%q) refused a date", s)
			}
		}
	}
	if accepted < 10000 {
		t.Fatalf("only %d timestamps took the fast path", accepted)
	}
}
