package transform

import (
	"strconv"
	"strings"
	"time"
)

// timeLayout is a timestamp layout recognised in data. Epoch layouts hold
// numbers of seconds or milliseconds; the others are Go time layouts.
type timeLayout struct {
	layout string
	epoch  time.Duration // 0, time.Second or time.Millisecond
}

// parseTimestamp recognises the common timestamp layouts and returns the
// instant with the layout it was written in, so that the result of an
// operator can be written back the same way (same precision, same zone
// style). It accepts ISO 8601 / RFC 3339 dates and date-times with 'T' or a
// space, optional seconds, fractions of 1 to 9 digits (dot or comma), zones
// "Z", "+hh:mm", "+hhmm" or "+hh"; "YYYY/MM/DD" dates; and 10- or 13-digit
// Unix epoch seconds or milliseconds.
func parseTimestamp(s string) (time.Time, timeLayout, bool) {
	if n := len(s); (n == 10 || n == 13) && allDigits(s) {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, timeLayout{}, false
		}
		if n == 10 {
			return time.Unix(v, 0).UTC(), timeLayout{epoch: time.Second}, true
		}
		return time.UnixMilli(v).UTC(), timeLayout{epoch: time.Millisecond}, true
	}
	layout, ok := guessLayout(s)
	if !ok {
		for _, l := range fixedLayouts {
			if t, err := time.Parse(l, s); err == nil && t.Format(l) == s {
				return t, timeLayout{layout: l}, true
			}
		}
		return time.Time{}, timeLayout{}, false
	}
	t, err := time.Parse(layout, s)
	if err != nil || t.Format(layout) != s {
		return time.Time{}, timeLayout{}, false
	}
	return t, timeLayout{layout: layout}, true
}

// fixedLayouts are the other layouts tried when the ISO family does not
// fit: e-mail and HTTP dates, and ISO with a zone name.
var fixedLayouts = []string{
	time.RFC1123, time.RFC1123Z, time.RFC850, time.ANSIC, time.UnixDate,
	"2006-01-02 15:04:05 MST", "2006-01-02T15:04:05 MST", "2006-01-02 15:04:05.000 MST",
	"02 Jan 2006", "2 Jan 2006", "Jan 2, 2006", "January 2, 2006", "2 January 2006",
}

func (l timeLayout) format(t time.Time) string {
	switch l.epoch {
	case time.Second:
		return strconv.FormatInt(t.Unix(), 10)
	case time.Millisecond:
		return strconv.FormatInt(t.UnixMilli(), 10)
	}
	return t.Format(l.layout)
}

func guessLayout(s string) (string, bool) {
	if len(s) < 10 || !allDigits(s[0:4]) || !allDigits(s[5:7]) || !allDigits(s[8:10]) || s[4] != s[7] {
		return "", false
	}
	var b strings.Builder
	switch s[4] {
	case '-':
		b.WriteString("2006-01-02")
	case '/':
		b.WriteString("2006/01/02")
	default:
		return "", false
	}
	rest := s[10:]
	if rest == "" {
		return b.String(), true
	}
	if rest[0] != 'T' && rest[0] != ' ' {
		return "", false
	}
	b.WriteByte(rest[0])
	rest = rest[1:]
	switch {
	case len(rest) >= 8 && rest[2] == ':' && rest[5] == ':':
		b.WriteString("15:04:05")
		rest = rest[8:]
	case len(rest) >= 5 && rest[2] == ':':
		b.WriteString("15:04")
		rest = rest[5:]
	default:
		return "", false
	}
	if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 1 || n > 10 {
			return "", false
		}
		b.WriteByte(rest[0])
		b.WriteString(strings.Repeat("0", n-1))
		rest = rest[n:]
	}
	switch {
	case rest == "":
	case rest == "Z":
		b.WriteString("Z07:00")
	case len(rest) == 6 && rest[3] == ':':
		b.WriteString("-07:00")
	case len(rest) == 5:
		b.WriteString("-0700")
	case len(rest) == 3:
		b.WriteString("-07")
	default:
		return "", false
	}
	return b.String(), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
