package parquet

import (
	"testing"
	"time"
)

func TestFormatParseTime(t *testing.T) {
	for _, tc := range []struct {
		t      time.Time
		digits int
		utc    bool
		want   string
	}{
		{time.Date(2024, 3, 5, 14, 22, 10, 123456789, time.UTC), 9, true, "2024-03-05T14:22:10.123456789Z"},
		{time.Date(2024, 3, 5, 14, 22, 10, 123456789, time.UTC), 6, false, "2024-03-05T14:22:10.123456"},
		{time.Date(2024, 3, 5, 14, 22, 10, 120000000, time.UTC), 3, true, "2024-03-05T14:22:10.120Z"},
		{time.Date(5, 1, 2, 3, 4, 5, 0, time.UTC), 0, true, "0005-01-02T03:04:05Z"},
	} {
		got := formatTime(tc.t, tc.digits, tc.utc)
		if got != tc.want || got != tc.t.Format(layoutFor(tc.digits, tc.utc)) {
			t.Errorf("formatTime = %q, want %q", got, tc.want)
		}
		back, err := parseTime(got)
		if err != nil || !back.Equal(tc.t.Truncate(time.Duration(pow10(9-tc.digits)))) {
			t.Errorf("parseTime(%q) = %v, %v", got, back, err)
		}
	}
	for _, s := range []string{"2024-02-30T00:00:00Z", "2024-13-01T00:00:00", "2024-03-05T14:22:10.Z", "2024-03-05T24:00:00",
		"2024-03-05T14:22:10.1234567890Z", "2024-03-05"} {
		slow, errSlow := time.Parse(time.RFC3339Nano, s)
		fast, ok := parseFast(s)
		if ok && (errSlow != nil && !isLocal(s) || !fast.Equal(slow) && !isLocal(s)) {
			t.Errorf("parseFast(%q) accepted %v; time.Parse says %v, %v", s, fast, slow, errSlow)
		}
	}
}

func isLocal(s string) bool { return s[len(s)-1] != 'Z' }

func pow10(n int) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

func layoutFor(digits int, utc bool) string {
	l := "2006-01-02T15:04:05"
	if digits > 0 {
		l += "."
		for range digits {
			l += "0"
		}
	}
	if utc {
		l += "Z07:00"
	}
	return l
}
