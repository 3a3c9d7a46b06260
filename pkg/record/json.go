package record

import (
	"math/bits"
	"unicode/utf8"
)

// AppendJSON appends the JSON encoding of v to dst. A value that still has
// its Raw encoding is copied verbatim; others are encoded with object keys in
// record order and without HTML escaping, so tokens such as "<EMAIL_3f9a>"
// stay readable.
func AppendJSON(dst []byte, v Value) []byte {
	if v.Raw != nil {
		return append(dst, v.Raw...)
	}
	switch v.Kind {
	case KindNull:
		return append(dst, "null"...)
	case KindBool, KindNumber:
		return append(dst, v.Str...)
	case KindString:
		return AppendJSONString(dst, v.Str)
	case KindList:
		dst = append(dst, '[')
		for i, e := range v.List {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = AppendJSON(dst, e)
		}
		return append(dst, ']')
	case KindMap:
		return AppendJSONObject(dst, v.Map)
	}
	return dst
}

// AppendJSONObject appends fields as a JSON object.
func AppendJSONObject(dst []byte, fields []Field) []byte {
	dst = append(dst, '{')
	for i, f := range fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = AppendJSONString(dst, f.Name)
		dst = append(dst, ':')
		dst = AppendJSON(dst, f.Value)
	}
	return append(dst, '}')
}

const hexDigits = "0123456789abcdef"

// AppendJSONString appends s as a JSON string. Invalid UTF-8 is written as
// U+FFFD (readers reject it, so only operators could produce it).
func AppendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time past plain ASCII, which needs no escape,
		// then straight to the first byte that may
		if i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if m := SpecialJSON8(x) | x&0x8080808080808080; m == 0 { // and bytes past ASCII
				i += 8
				continue
			} else {
				i += bits.TrailingZeros64(m) / 8
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// SpecialJSON8 flags, in the high bit of each byte of x (eight bytes of a
// JSON string, the first in the low bits), the bytes that end the string,
// start an escape or are control characters, with the byte tests of "Bit
// Twiddling Hacks": zero when there are none, and the lowest flag is the
// first such byte (flags above it may be false). The JSONL parser scans
// strings with it; AppendJSONString adds the bytes past ASCII.
func SpecialJSON8(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	less20 := (x - lo*0x20) & ^x & hi
	quote := (x ^ lo*'"' - lo) & ^(x ^ lo*'"') & hi
	slash := (x ^ lo*'\\' - lo) & ^(x ^ lo*'\\') & hi
	return less20 | quote | slash
}

// ScalarText returns the text of a scalar for formats without types (CSV):
// the string, the number's digits, "true"/"false", or "" for null. Lists and
// maps are written as JSON.
func ScalarText(v Value) string {
	switch v.Kind {
	case KindNull:
		return ""
	case KindList, KindMap:
		return string(AppendJSON(nil, v))
	}
	return v.Str
}
