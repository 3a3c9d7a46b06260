package charset

import (
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	tests := []struct{ name, canon string }{
		{"", "utf-8"}, {"UTF-8", "utf-8"}, {"utf8", "utf-8"}, {"unicode-1-1-utf-8", "utf-8"},
		{"windows-1252", "windows-1252"}, {"cp1252", "windows-1252"}, {"latin1", "windows-1252"},
		{"ISO-8859-1", "windows-1252"}, {"iso-8859-15", "iso-8859-15"}, {"utf-16", "utf-16"},
		{"utf-16le", "utf-16le"}, {"UTF-16BE", "utf-16be"}, {"shift_jis", "shift_jis"}, {"windows-1251", "windows-1251"},
	}
	for _, tt := range tests {
		_, canon, err := Lookup(tt.name)
		if err != nil {
			t.Errorf("Lookup(%q): %v", tt.name, err)
			continue
		}
		if canon != tt.canon {
			t.Errorf("Lookup(%q) = %q, want %q", tt.name, canon, tt.canon)
		}
	}
	for _, bad := range []string{"klingon", "utf-9", "ebcdic-xyz"} {
		if _, _, err := Lookup(bad); err == nil {
			t.Errorf("Lookup(%q): no error", bad)
		}
	}
}

func TestNewReader(t *testing.T) {
	const want = "name,text\nJosé Müller,€5 — “ok”\n"
	utf16le := func(bom bool, s string) string {
		var b strings.Builder
		if bom {
			b.WriteString("\xff\xfe")
		}
		for _, r := range s {
			if r > 0xffff {
				panic("no surrogates here")
			}
			b.WriteByte(byte(r))
			b.WriteByte(byte(r >> 8))
		}
		return b.String()
	}
	utf16be := func(s string) string {
		var b strings.Builder
		b.WriteString("\xfe\xff")
		for _, r := range s {
			b.WriteByte(byte(r >> 8))
			b.WriteByte(byte(r))
		}
		return b.String()
	}
	tests := []struct{ name, encoding, in string }{
		{"utf-8 as is", "", want},
		{"windows-1252", "windows-1252", "name,text\nJos\xe9 M\xfcller,\x805 \x97 \x93ok\x94\n"},
		{"utf-16 by its mark", "utf-16", utf16le(true, want)},
		{"utf-16 big-endian by its mark", "utf-16", utf16be(want)},
		{"utf-16le without a mark", "utf-16le", utf16le(false, want)},
		{"a mark overrides the order named", "utf-16be", utf16le(true, want)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _, err := NewReader(strings.NewReader(tt.in), tt.encoding)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, string(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	for head, want := range map[string]string{"\xff\xfename": "utf-16", "\xfe\xff\x00n": "utf-16", "\xef\xbb\xbfname": "", "name": "", "": "", "\xff": ""} {
		if got := Sniff([]byte(head)); got != want {
			t.Errorf("Sniff(%q) = %q, want %q", head, got, want)
		}
	}
}
