package transform

import (
	"errors"
	"math"
	"net/netip"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
)

// Errors of the generalize operators. They never quote the value.
var (
	ErrNotTimestamp = errors.New("value is not a timestamp in a known layout")
	ErrNotNumber    = errors.New("value is not a number")
	ErrNotIP        = errors.New("value is not an IP address")
	ErrNoSubject    = errors.New("date_shift subject field is missing or empty")
)

// TimeUnit is the precision a timestamp is generalized to.
type TimeUnit string

// The time units.
const (
	UnitHour  TimeUnit = "hour"
	UnitDay   TimeUnit = "day"
	UnitMonth TimeUnit = "month"
	UnitYear  TimeUnit = "year"
)

// TruncateTime cuts timestamps down to a unit in their own time zone and
// writes them back in the layout they came in: "2024-03-05T14:22:10.123Z" to
// day is "2024-03-05T00:00:00.000Z".
type TruncateTime struct {
	Unit TimeUnit
}

// Name implements Operator.
func (TruncateTime) Name() string { return "generalize" }

// Apply implements Operator.
func (g TruncateTime) Apply(_ *Context, v record.Value) (record.Value, error) {
	out, err := g.apply(v.Str)
	if err != nil {
		return v, err
	}
	return withKind(v, out), nil
}

// ApplySpan implements Operator.
func (g TruncateTime) ApplySpan(_ *Context, _, text string) (string, error) { return g.apply(text) }

func (g TruncateTime) apply(s string) (string, error) {
	s = strings.TrimSpace(s)
	if out, ok := truncateISO(s, g.Unit); ok {
		return out, nil
	}
	t, l, ok := parseTimestamp(s)
	if !ok {
		return "", ErrNotTimestamp
	}
	return l.format(truncateTime(t, g.Unit)), nil
}

// truncateTime cuts t down to unit in its own time zone.
func truncateTime(t time.Time, unit TimeUnit) time.Time {
	y, m, d := t.Date()
	switch unit {
	case UnitHour:
		return time.Date(y, m, d, t.Hour(), 0, 0, 0, t.Location())
	case UnitDay:
		return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
	case UnitMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, t.Location())
	case UnitYear:
		return time.Date(y, 1, 1, 0, 0, 0, 0, t.Location())
	}
	return t
}

// truncateISO is TruncateTime for the commonest layouts, done on the text:
// "2024-03-05", "2024-03-05T14:22:10", with a fraction and "Z" or not.
// Truncating in the value's own zone never changes its date fields above
// the unit or its zone, so the fields below the unit are set to their
// first value in place. Anything else (offsets, spaces, other layouts) is
// left to parseTimestamp: ok is false.
func truncateISO(s string, unit TimeUnit) (string, bool) {
	n := len(s)
	if n < 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[0:4]) || !allDigits(s[5:7]) || !allDigits(s[8:10]) {
		return "", false
	}
	year := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	month := time.Month(int(s[5]-'0')*10 + int(s[6]-'0'))
	day := int(s[8]-'0')*10 + int(s[9]-'0')
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) {
		return "", false
	}
	timeAt := -1 // where HH:MM:SS starts
	if n > 10 {
		if n < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || !allDigits(s[11:13]) || !allDigits(s[14:16]) || !allDigits(s[17:19]) {
			return "", false
		}
		if s[11:13] > "23" || s[14:16] > "59" || s[17:19] > "59" {
			return "", false
		}
		rest := s[19:]
		if len(rest) > 0 && rest[0] == '.' {
			k := 1
			for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
				k++
			}
			if k == 1 || k > 10 {
				return "", false
			}
			rest = rest[k:]
		}
		if rest != "" && rest != "Z" {
			return "", false
		}
		timeAt = 11
	}
	b := []byte(s)
	zero := func(from, to int) {
		for i := from; i < to; i++ {
			if b[i] >= '0' && b[i] <= '9' {
				b[i] = '0'
			}
		}
	}
	end := n
	if end > 0 && b[end-1] == 'Z' {
		end--
	}
	switch unit {
	case UnitHour:
		if timeAt >= 0 {
			zero(timeAt+3, end)
		}
	case UnitDay, UnitMonth, UnitYear:
		if timeAt >= 0 {
			zero(timeAt, end)
		}
		if unit == UnitMonth || unit == UnitYear {
			b[8], b[9] = '0', '1'
		}
		if unit == UnitYear {
			b[5], b[6] = '0', '1'
		}
	default:
		return "", false
	}
	return string(b), true
}

// daysIn returns the number of days of month in year.
func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DateShift moves every timestamp of one subject by the same keyed number of
// days in [-MaxDays, MaxDays], so intervals within a subject survive while
// absolute dates do not. The subject is read from another field of the same
// record (before any operator ran), normalized as SubjectKind.
type DateShift struct {
	Subject     string // field path of the subject, e.g. "customer_email"
	SubjectKind pseudo.Kind
	Namespace   string
	MaxDays     int
	subject     int // index into the Plan's subject list, set by NewPlan
}

// Name implements Operator.
func (DateShift) Name() string { return "generalize" }

// Apply implements Operator.
func (g DateShift) Apply(c *Context, v record.Value) (record.Value, error) {
	out, err := g.apply(c, v.Str)
	if err != nil {
		return v, err
	}
	return withKind(v, out), nil
}

// ApplySpan implements Operator.
func (g DateShift) ApplySpan(c *Context, _, text string) (string, error) { return g.apply(c, text) }

func (g DateShift) apply(c *Context, s string) (string, error) {
	subj := c.subject(g.subject)
	if subj == "" {
		return "", ErrNoSubject
	}
	t, l, ok := parseTimestamp(strings.TrimSpace(s))
	if !ok {
		return "", ErrNotTimestamp
	}
	span := uint64(2*g.MaxDays + 1)
	days := int(c.dateShift().Uint64(g.Namespace, pseudo.Normalize(g.SubjectKind, subj, ""))%span) - g.MaxDays
	return l.format(t.AddDate(0, 0, days)), nil
}

// Bucket replaces a number by the range it falls in: fixed Width ranges
// ("30-39" for width 10), or the ranges between sorted Bounds ("<18",
// "18-29", "65+").
type Bucket struct {
	Width  float64
	Bounds []float64
}

// Name implements Operator.
func (Bucket) Name() string { return "generalize" }

// Apply implements Operator.
func (g Bucket) Apply(_ *Context, v record.Value) (record.Value, error) {
	out, err := g.apply(v.Str)
	if err != nil {
		return v, err
	}
	return record.String(out), nil
}

// ApplySpan implements Operator.
func (g Bucket) ApplySpan(_ *Context, _, text string) (string, error) { return g.apply(text) }

func (g Bucket) apply(s string) (string, error) {
	x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return "", ErrNotNumber
	}
	if len(g.Bounds) == 0 {
		lo := math.Floor(x/g.Width) * g.Width
		return rangeText(lo, lo+g.Width), nil
	}
	if x < g.Bounds[0] {
		return "<" + num(g.Bounds[0]), nil
	}
	for i := 1; i < len(g.Bounds); i++ {
		if x < g.Bounds[i] {
			return rangeText(g.Bounds[i-1], g.Bounds[i]), nil
		}
	}
	return num(g.Bounds[len(g.Bounds)-1]) + "+", nil
}

// rangeText writes [lo, hi) as "lo-(hi-1)" when both are whole numbers
// (ages, counts) and as "lo-hi" otherwise.
func rangeText(lo, hi float64) string {
	if lo == math.Trunc(lo) && hi == math.Trunc(hi) {
		return num(lo) + "-" + num(hi-1)
	}
	return num(lo) + "-" + num(hi)
}

func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// Postcode keeps the first KeepChars letters and digits of a postal code
// ("SW1A 1AA" with 3 is "SW1"; "94107" with 3 is "941").
type Postcode struct {
	KeepChars int
}

// Name implements Operator.
func (Postcode) Name() string { return "generalize" }

// Apply implements Operator.
func (g Postcode) Apply(_ *Context, v record.Value) (record.Value, error) {
	return record.String(g.apply(v.Str)), nil
}

// ApplySpan implements Operator.
func (g Postcode) ApplySpan(_ *Context, _, text string) (string, error) { return g.apply(text), nil }

func (g Postcode) apply(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == g.KeepChars {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToUpper(r))
			n++
		}
	}
	return b.String()
}

// IPPrefix replaces an IP address by the first address of its network:
// /24 for IPv4 and /48 for IPv6 by default.
type IPPrefix struct {
	V4Bits int
	V6Bits int
}

// Name implements Operator.
func (IPPrefix) Name() string { return "generalize" }

// Apply implements Operator.
func (g IPPrefix) Apply(_ *Context, v record.Value) (record.Value, error) {
	out, err := g.apply(v.Str)
	if err != nil {
		return v, err
	}
	return record.String(out), nil
}

// ApplySpan implements Operator.
func (g IPPrefix) ApplySpan(_ *Context, _, text string) (string, error) { return g.apply(text) }

func (g IPPrefix) apply(s string) (string, error) {
	a, err := netip.ParseAddr(strings.TrimSpace(s))
	if err != nil {
		return "", ErrNotIP
	}
	bits := g.V6Bits
	if a.Is4() || a.Is4In6() {
		a = a.Unmap()
		bits = g.V4Bits
	}
	p, err := a.WithZone("").Prefix(bits)
	if err != nil {
		return "", ErrNotIP
	}
	return p.Addr().String(), nil
}

// withKind keeps a number a number when the operator's output is still one
// (an epoch timestamp), and makes everything else a string.
func withKind(v record.Value, s string) record.Value {
	if v.Kind == record.KindNumber && allDigits(s) {
		return record.Value{Kind: record.KindNumber, Str: s}
	}
	return record.String(s)
}
