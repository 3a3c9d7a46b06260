package record

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// refJSONString is AppendJSONString one byte at a time, as it was before
// it skipped plain ASCII eight bytes at a time.
func refJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, `\ufffd`...)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

func TestAppendJSONString(t *testing.T) {
	var tests []string
	for c := range 256 { // every byte value at every offset of a block
		for at := range 9 {
			b := []byte(strings.Repeat("abcdefgh", 3))
			b[at+3] = byte(c)
			tests = append(tests, string(b))
		}
	}
	tests = append(tests, "", "a", `"quoted" \ path`, "line\nbreak\ttab\r", "é and 😀 \xff\xfe", strings.Repeat("0123456789", 20)+"\x01")
	for _, s := range tests {
		if diff := cmp.Diff(string(refJSONString(nil, s)), string(AppendJSONString(nil, s))); diff != "" {
			t.Errorf("AppendJSONString(%q) (-byte by byte +got):\n%s", s, diff)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	f.Add("plain text, then \"quotes\" and \\ and \x00 and é")
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(string(refJSONString(nil, s)), string(AppendJSONString(nil, s))); diff != "" {
			t.Fatalf("(-byte by byte +got):\n%s", diff)
		}
	})
}
