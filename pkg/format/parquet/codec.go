package parquet

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/deidtool/deid/pkg/record"
	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/deprecated"
	"github.com/parquet-go/parquet-go/format"
)

// Errors of the value conversions. They never hold the value.
var (
	errNotNumber    = errors.New("value is not a number of the column's type")
	errNotBool      = errors.New("value is not true or false")
	errNotTime      = errors.New("value is not a timestamp, date or time of the column's layout")
	errNotBase64    = errors.New("binary value is not base64")
	errBadLength    = errors.New("value has the wrong length for the column")
	errNotScalar    = errors.New("a list or map where the column holds a scalar")
	errUnsupported  = errors.New("unsupported column type")
	errRequiredNull = errors.New("null in a required column")
)

// leafCodec converts the values of one leaf column to record values and
// back, losslessly for the column's type.
type leafCodec struct {
	name   string // as manifests show it
	kind   pq.Kind
	decode func(pq.Value) record.Value
	encode func(record.Value) (pq.Value, error)
	// isTime: the column holds timestamps or dates that generalize can keep
	// as such.
	isTime bool
	// isString: the column holds text (operators that write strings keep it).
	isString bool
}

const julianUnixEpoch = 2440588

// timeUnit is a timestamp's precision.
type timeUnit struct {
	perSec int64 // units per second
	digits int   // fraction digits shown
	suffix string
}

var (
	unitMillis = timeUnit{1e3, 3, "ms"}
	unitMicros = timeUnit{1e6, 6, "us"}
	unitNanos  = timeUnit{1e9, 9, "ns"}
)

func unitOf(u format.TimeUnit) timeUnit {
	switch u.Value.(type) {
	case *format.MilliSeconds:
		return unitMillis
	case *format.NanoSeconds:
		return unitNanos
	}
	return unitMicros
}

// codecFor picks the codec of a leaf type from its physical, logical and
// converted types.
func codecFor(t pq.Type) (*leafCodec, error) {
	kind := t.Kind()
	lt := t.LogicalType()
	var ct deprecated.ConvertedType = -1
	if c := t.ConvertedType(); c != nil {
		ct = *c
	}
	if lt != nil && lt.Value != nil {
		switch l := lt.Value.(type) {
		case *format.StringType, *format.EnumType:
			return stringCodec(kind), nil
		case *format.JsonType:
			c := stringCodec(kind)
			c.name = "json"
			return c, nil
		case *format.DecimalType:
			return decimalCodec(kind, int(l.Scale), t.Length()), nil
		case *format.DateType:
			return dateCodec(), nil
		case *format.TimeType:
			return timeOfDayCodec(kind, unitOf(l.Unit)), nil
		case *format.TimestampType:
			return timestampCodec(unitOf(l.Unit), l.IsAdjustedToUTC), nil
		case *format.IntType:
			return intCodec(kind, !l.IsSigned), nil
		case *format.UUIDType:
			return uuidCodec(), nil
		case *format.NullType:
			return &leafCodec{name: "null", kind: kind, decode: func(pq.Value) record.Value { return record.Null() },
				encode: func(v record.Value) (pq.Value, error) {
					if v.Kind != record.KindNull {
						return pq.Value{}, errUnsupported
					}
					return pq.NullValue(), nil
				}}, nil
		}
	}
	switch ct {
	case deprecated.UTF8, deprecated.Enum, deprecated.Json:
		return stringCodec(kind), nil
	case deprecated.Date:
		return dateCodec(), nil
	case deprecated.TimestampMillis:
		return timestampCodec(unitMillis, true), nil
	case deprecated.TimestampMicros:
		return timestampCodec(unitMicros, true), nil
	case deprecated.TimeMillis:
		return timeOfDayCodec(kind, unitMillis), nil
	case deprecated.TimeMicros:
		return timeOfDayCodec(kind, unitMicros), nil
	case deprecated.Uint8, deprecated.Uint16, deprecated.Uint32, deprecated.Uint64:
		return intCodec(kind, true), nil
	}
	switch kind {
	case pq.Boolean:
		return boolCodec(), nil
	case pq.Int32, pq.Int64:
		return intCodec(kind, false), nil
	case pq.Int96:
		return int96Codec(), nil
	case pq.Float, pq.Double:
		return floatCodec(kind), nil
	case pq.ByteArray, pq.FixedLenByteArray:
		return binaryCodec(kind, t.Length()), nil
	}
	return nil, errUnsupported
}

// scalarText returns the text of a scalar record value.
func scalarText(v record.Value) (string, error) {
	if !v.IsScalar() {
		return "", errNotScalar
	}
	return v.Str, nil
}

func stringCodec(kind pq.Kind) *leafCodec {
	return &leafCodec{name: "string", kind: kind, isString: true,
		// The reader detaches every row from the library's buffers, so the
		// string may share the row's bytes.
		decode: func(v pq.Value) record.Value {
			b := v.ByteArray()
			if len(b) == 0 {
				return record.String("")
			}
			return record.String(unsafe.String(&b[0], len(b)))
		},
		encode: func(v record.Value) (pq.Value, error) {
			s, err := scalarText(v)
			if err != nil {
				return pq.Value{}, err
			}
			if s == "" {
				return pq.ByteArrayValue([]byte{}), nil
			}
			// The writer copies the bytes into its pages and never writes
			// to them, so the value may share the string's bytes.
			return pq.ByteArrayValue(unsafe.Slice(unsafe.StringData(s), len(s))), nil
		}}
}

func boolCodec() *leafCodec {
	return &leafCodec{name: "bool", kind: pq.Boolean,
		decode: func(v pq.Value) record.Value {
			return record.Value{Kind: record.KindBool, Str: strconv.FormatBool(v.Boolean())}
		},
		encode: func(v record.Value) (pq.Value, error) {
			s, err := scalarText(v)
			if err != nil {
				return pq.Value{}, err
			}
			b, err := strconv.ParseBool(s)
			if err != nil {
				return pq.Value{}, errNotBool
			}
			return pq.BooleanValue(b), nil
		}}
}

func intCodec(kind pq.Kind, unsigned bool) *leafCodec {
	name := "int64"
	if kind == pq.Int32 {
		name = "int32"
	}
	if unsigned {
		name = "u" + name
	}
	c := &leafCodec{name: name, kind: kind}
	c.decode = func(v pq.Value) record.Value {
		var s string
		switch {
		case kind == pq.Int32 && unsigned:
			s = strconv.FormatUint(uint64(uint32(v.Int32())), 10)
		case kind == pq.Int32:
			s = strconv.FormatInt(int64(v.Int32()), 10)
		case unsigned:
			s = strconv.FormatUint(uint64(v.Int64()), 10)
		default:
			s = strconv.FormatInt(v.Int64(), 10)
		}
		return record.Value{Kind: record.KindNumber, Str: s}
	}
	c.encode = func(v record.Value) (pq.Value, error) {
		s, err := scalarText(v)
		if err != nil {
			return pq.Value{}, err
		}
		bits := 64
		if kind == pq.Int32 {
			bits = 32
		}
		if unsigned {
			u, err := strconv.ParseUint(s, 10, bits)
			if err != nil {
				return pq.Value{}, errNotNumber
			}
			if kind == pq.Int32 {
				return pq.Int32Value(int32(uint32(u))), nil
			}
			return pq.Int64Value(int64(u)), nil
		}
		i, err := strconv.ParseInt(s, 10, bits)
		if err != nil {
			return pq.Value{}, errNotNumber
		}
		if kind == pq.Int32 {
			return pq.Int32Value(int32(i)), nil
		}
		return pq.Int64Value(i), nil
	}
	return c
}

func floatCodec(kind pq.Kind) *leafCodec {
	bits, name := 64, "double"
	if kind == pq.Float {
		bits, name = 32, "float"
	}
	return &leafCodec{name: name, kind: kind,
		decode: func(v pq.Value) record.Value {
			f := v.Double()
			if kind == pq.Float {
				f = float64(v.Float())
			}
			s := strconv.FormatFloat(f, 'g', -1, bits)
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return record.String(s) // JSON has no literal for these
			}
			return record.Value{Kind: record.KindNumber, Str: s}
		},
		encode: func(v record.Value) (pq.Value, error) {
			s, err := scalarText(v)
			if err != nil {
				return pq.Value{}, err
			}
			f, err := strconv.ParseFloat(s, bits)
			if err != nil {
				return pq.Value{}, errNotNumber
			}
			if kind == pq.Float {
				return pq.FloatValue(float32(f)), nil
			}
			return pq.DoubleValue(f), nil
		}}
}

// decimalCodec shows a decimal as its digits with the scale's fraction
// ("-12.50"); the physical value is the unscaled two's-complement integer.
func decimalCodec(kind pq.Kind, scale, length int) *leafCodec {
	c := &leafCodec{name: fmt.Sprintf("decimal(scale=%d)", scale), kind: kind}
	c.decode = func(v pq.Value) record.Value {
		var u big.Int
		switch kind {
		case pq.Int32:
			u.SetInt64(int64(v.Int32()))
		case pq.Int64:
			u.SetInt64(v.Int64())
		default:
			b := v.ByteArray()
			u.SetBytes(b)
			if len(b) > 0 && b[0]&0x80 != 0 {
				u.Sub(&u, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
			}
		}
		return record.Value{Kind: record.KindNumber, Str: formatDecimal(&u, scale)}
	}
	c.encode = func(v record.Value) (pq.Value, error) {
		s, err := scalarText(v)
		if err != nil {
			return pq.Value{}, err
		}
		u, ok := parseDecimal(s, scale)
		if !ok {
			return pq.Value{}, errNotNumber
		}
		switch kind {
		case pq.Int32:
			if !u.IsInt64() || u.Int64() < math.MinInt32 || u.Int64() > math.MaxInt32 {
				return pq.Value{}, errNotNumber
			}
			return pq.Int32Value(int32(u.Int64())), nil
		case pq.Int64:
			if !u.IsInt64() {
				return pq.Value{}, errNotNumber
			}
			return pq.Int64Value(u.Int64()), nil
		}
		b := twosComplement(u, length)
		if b == nil {
			return pq.Value{}, errNotNumber
		}
		if kind == pq.FixedLenByteArray {
			return pq.FixedLenByteArrayValue(b), nil
		}
		return pq.ByteArrayValue(b), nil
	}
	return c
}

func formatDecimal(u *big.Int, scale int) string {
	neg := u.Sign() < 0
	digits := new(big.Int).Abs(u).String()
	if scale > 0 {
		if len(digits) <= scale {
			digits = strings.Repeat("0", scale-len(digits)+1) + digits
		}
		digits = digits[:len(digits)-scale] + "." + digits[len(digits)-scale:]
	}
	if neg {
		return "-" + digits
	}
	return digits
}

// parseDecimal reads "-12.5" at a scale as its unscaled integer; more
// fraction digits than the scale are an error, not a rounding.
func parseDecimal(s string, scale int) (*big.Int, bool) {
	if s == "" || len(s) > 100 {
		return nil, false
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if len(frac) > scale {
		if strings.Trim(frac[scale:], "0") != "" {
			return nil, false
		}
		frac = frac[:scale]
	}
	frac += strings.Repeat("0", scale-len(frac))
	u, ok := new(big.Int).SetString(intPart+frac, 10)
	return u, ok
}

// twosComplement encodes u big-endian in length bytes (0: as few as fit).
func twosComplement(u *big.Int, length int) []byte {
	n := length
	if n == 0 {
		n = (u.BitLen()+8)/8 + 1
	}
	mod := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
	half := new(big.Int).Rsh(mod, 1)
	if u.Cmp(half) >= 0 || u.Cmp(new(big.Int).Neg(half)) < 0 {
		return nil
	}
	x := new(big.Int).Set(u)
	if x.Sign() < 0 {
		x.Add(x, mod)
	}
	return x.FillBytes(make([]byte, n))
}

func dateCodec() *leafCodec {
	return &leafCodec{name: "date", kind: pq.Int32, isTime: true,
		decode: func(v pq.Value) record.Value {
			t := time.Unix(int64(v.Int32())*86400, 0).UTC()
			if !inYearRange(t) {
				return rawNumber(strconv.FormatInt(int64(v.Int32()), 10))
			}
			return record.String(t.Format(time.DateOnly))
		},
		encode: func(v record.Value) (pq.Value, error) {
			if v.Kind == record.KindNumber {
				n, err := strconv.ParseInt(v.Str, 10, 32)
				if err != nil {
					return pq.Value{}, errNotTime
				}
				return pq.Int32Value(int32(n)), nil
			}
			t, err := timeOf(v)
			if err != nil {
				return pq.Value{}, err
			}
			y, m, d := t.Date()
			days := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
			return pq.Int32Value(int32(days)), nil
		}}
}

// timestampCodec shows a timestamp as RFC 3339 with the unit's fraction
// digits, "Z" when adjusted to UTC and no zone when local.
func timestampCodec(u timeUnit, utc bool) *leafCodec {
	return &leafCodec{name: "timestamp[" + u.suffix + "]", kind: pq.Int64, isTime: true,
		decode: func(v pq.Value) record.Value {
			t := unitsToTime(v.Int64(), u)
			if !inYearRange(t) {
				return rawNumber(strconv.FormatInt(v.Int64(), 10))
			}
			return record.String(formatTime(t, u.digits, utc))
		},
		encode: func(v record.Value) (pq.Value, error) {
			if v.Kind == record.KindNumber {
				n, err := strconv.ParseInt(v.Str, 10, 64)
				if err != nil {
					return pq.Value{}, errNotTime
				}
				return pq.Int64Value(n), nil
			}
			t, err := timeOf(v)
			if err != nil {
				return pq.Value{}, err
			}
			n, ok := timeToUnits(t, u)
			if !ok {
				return pq.Value{}, errNotTime
			}
			return pq.Int64Value(n), nil
		}}
}

// int96Codec reads the legacy INT96 timestamps (Impala, Hive, old Spark):
// nanoseconds of the day, then the Julian day.
func int96Codec() *leafCodec {
	return &leafCodec{name: "int96-timestamp", kind: pq.Int96, isTime: true,
		decode: func(v pq.Value) record.Value {
			i := v.Int96()
			nanos := int64(uint64(i[1])<<32 | uint64(i[0]))
			days := int64(int32(i[2])) - julianUnixEpoch
			t := time.Unix(days*86400, 0).UTC().Add(time.Duration(nanos))
			if !inYearRange(t) || nanos < 0 || nanos >= 86400e9 {
				// Out of range: the raw value, nanoseconds since Julian day 0.
				x := new(big.Int).Mul(big.NewInt(int64(int32(i[2]))), big.NewInt(86400e9))
				return rawNumber(x.Add(x, big.NewInt(nanos)).String())
			}
			return record.String(formatTime(t, 9, true))
		},
		encode: func(v record.Value) (pq.Value, error) {
			if v.Kind == record.KindNumber {
				x, ok := new(big.Int).SetString(v.Str, 10)
				if !ok {
					return pq.Value{}, errNotTime
				}
				day, nanos := new(big.Int).DivMod(x, big.NewInt(86400e9), new(big.Int))
				if !day.IsInt64() || day.Int64() > math.MaxInt32 || day.Int64() < math.MinInt32 {
					return pq.Value{}, errNotTime
				}
				n := nanos.Uint64()
				return pq.Int96Value(deprecated.Int96{uint32(n), uint32(n >> 32), uint32(int32(day.Int64()))}), nil
			}
			t, err := timeOf(v)
			if err != nil {
				return pq.Value{}, err
			}
			t = t.UTC()
			y, m, d := t.Date()
			midnight := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			nanos := uint64(t.Sub(midnight))
			day := midnight.Unix()/86400 + julianUnixEpoch
			return pq.Int96Value(deprecated.Int96{uint32(nanos), uint32(nanos >> 32), uint32(day)}), nil
		}}
}

func timeOfDayCodec(kind pq.Kind, u timeUnit) *leafCodec {
	return &leafCodec{name: "time[" + u.suffix + "]", kind: kind,
		decode: func(v pq.Value) record.Value {
			n := v.Int64()
			if kind == pq.Int32 {
				n = int64(v.Int32())
			}
			t := unitsToTime(n, u)
			return record.String(t.UTC().Format("15:04:05." + strings.Repeat("0", u.digits)))
		},
		encode: func(v record.Value) (pq.Value, error) {
			s, err := scalarText(v)
			if err != nil {
				return pq.Value{}, err
			}
			t, err := time.Parse("15:04:05.999999999", s)
			if err != nil {
				return pq.Value{}, errNotTime
			}
			n, _ := timeToUnits(t.AddDate(1970, 0, 0), u)
			if kind == pq.Int32 {
				return pq.Int32Value(int32(n)), nil
			}
			return pq.Int64Value(n), nil
		}}
}

func uuidCodec() *leafCodec {
	return &leafCodec{name: "uuid", kind: pq.FixedLenByteArray,
		decode: func(v pq.Value) record.Value {
			b := v.ByteArray()
			if len(b) != 16 {
				return record.String(base64.StdEncoding.EncodeToString(b))
			}
			return record.String(fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]))
		},
		encode: func(v record.Value) (pq.Value, error) {
			s, err := scalarText(v)
			if err != nil {
				return pq.Value{}, err
			}
			h := strings.ReplaceAll(s, "-", "")
			b := make([]byte, 16)
			if len(h) != 32 {
				return pq.Value{}, errBadLength
			}
			for i := range b {
				x, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
				if err != nil {
					return pq.Value{}, errBadLength
				}
				b[i] = byte(x)
			}
			return pq.FixedLenByteArrayValue(b), nil
		}}
}

// binaryCodec handles byte arrays with no text annotation: valid UTF-8 that
// needs no escaping would be ambiguous with base64, so every value is base64.
func binaryCodec(kind pq.Kind, length int) *leafCodec {
	name := "binary"
	if kind == pq.FixedLenByteArray {
		name = "fixed[" + strconv.Itoa(length) + "]"
	}
	return &leafCodec{name: name, kind: kind,
		decode: func(v pq.Value) record.Value {
			return record.String(base64.StdEncoding.EncodeToString(v.ByteArray()))
		},
		encode: func(v record.Value) (pq.Value, error) {
			s, err := scalarText(v)
			if err != nil {
				return pq.Value{}, err
			}
			b, err := base64.StdEncoding.DecodeString(s)
			if err != nil {
				return pq.Value{}, errNotBase64
			}
			if kind == pq.FixedLenByteArray {
				if len(b) != length {
					return pq.Value{}, errBadLength
				}
				return pq.FixedLenByteArrayValue(b), nil
			}
			return pq.ByteArrayValue(b), nil
		}}
}

// inYearRange reports whether t's year has the four digits RFC 3339 needs.
func inYearRange(t time.Time) bool { return t.Year() >= 0 && t.Year() <= 9999 }

// rawNumber is a time column's raw value, shown when no date can show it.
func rawNumber(s string) record.Value { return record.Value{Kind: record.KindNumber, Str: s} }

func unitsToTime(n int64, u timeUnit) time.Time {
	return time.Unix(n/u.perSec, (n%u.perSec)*(1e9/u.perSec)).UTC()
}

func timeToUnits(t time.Time, u timeUnit) (int64, bool) {
	sec := t.Unix()
	if sec > math.MaxInt64/u.perSec || sec < math.MinInt64/u.perSec {
		return 0, false
	}
	return sec*u.perSec + int64(t.Nanosecond())/(1e9/u.perSec), true
}

func formatTime(t time.Time, digits int, utc bool) string {
	t = t.UTC()
	y, mo, d := t.Date()
	h, mi, sec := t.Clock()
	var buf [40]byte
	b := buf[:0]
	b = appendDigits(b, y, 4)
	b = append(b, '-')
	b = appendDigits(b, int(mo), 2)
	b = append(b, '-')
	b = appendDigits(b, d, 2)
	b = append(b, 'T')
	b = appendDigits(b, h, 2)
	b = append(b, ':')
	b = appendDigits(b, mi, 2)
	b = append(b, ':')
	b = appendDigits(b, sec, 2)
	if digits > 0 {
		b = append(b, '.')
		frac := t.Nanosecond()
		for i := 9; i > digits; i-- {
			frac /= 10
		}
		b = appendDigits(b, frac, digits)
	}
	if utc {
		b = append(b, 'Z')
	}
	return string(b)
}

// appendDigits appends n (0 <= n) zero-padded to width digits.
func appendDigits(b []byte, n, width int) []byte {
	var buf [10]byte
	i := len(buf)
	for ; width > 0 || n > 0; width-- {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, buf[i:]...)
}

// parseFast reads the layout formatTime writes ("2006-01-02T15:04:05",
// then an optional fraction and an optional Z), the common case; ok is
// false for anything else.
func parseFast(s string) (t time.Time, ok bool) {
	if len(s) < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return t, false
	}
	num := func(i, n int) int {
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, mo, d, h, mi, sec := num(0, 4), num(5, 2), num(8, 2), num(11, 2), num(14, 2), num(17, 2)
	if y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 {
		return t, false
	}
	rest, nanos := s[19:], 0
	if len(rest) > 0 && rest[0] == '.' {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 1 || n > 10 {
			return t, false
		}
		nanos = num(20, n-1)
		for i := n - 1; i < 9; i++ {
			nanos *= 10
		}
		rest = rest[n:]
	}
	if rest != "" && rest != "Z" {
		return t, false
	}
	t = time.Date(y, time.Month(mo), d, h, mi, sec, nanos, time.UTC)
	if t.Day() != d {
		return t, false // February 30th and the like
	}
	return t, true
}

// timeOf reads a scalar record value as a time (see parseTime).
func timeOf(v record.Value) (time.Time, error) {
	s, err := scalarText(v)
	if err != nil {
		return time.Time{}, err
	}
	return parseTime(s)
}

// parseTime reads what formatTime writes, and the other layouts generalize
// may leave: an offset instead of Z, no fraction, a date alone.
func parseTime(s string) (time.Time, error) {
	if t, ok := parseFast(s); ok {
		return t, nil
	}
	if !utf8.ValidString(s) || len(s) > 64 {
		return time.Time{}, errNotTime
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999Z07:00",
		"2006-01-02 15:04:05.999999999", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errNotTime
}
