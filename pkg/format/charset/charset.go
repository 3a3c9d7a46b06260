// Package charset turns CSV and JSONL input written in another character
// encoding than UTF-8 into UTF-8 as it is read: the Windows-1252 of
// spreadsheet exports, Latin-1, the UTF-16 of "Unicode text" exports, and
// the encodings the WHATWG Encoding Standard names (Shift_JIS, GBK,
// Windows-1251 …). deid writes UTF-8 whatever it reads.
package charset

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Lookup returns the encoding called name (a WHATWG label, case-folded:
// "windows-1252", "latin1", "utf-16le", "shift_jis" …) and its canonical
// name. "" and "utf-8" are UTF-8, for which it returns a nil encoding.
func Lookup(name string) (encoding.Encoding, string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "", "utf-8", "utf8":
		return nil, "utf-8", nil
	case "utf-16":
		// a byte-order mark decides; little-endian without one, as
		// Windows writes it
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16", nil
	}
	e, err := htmlindex.Get(n)
	if err != nil {
		return nil, "", fmt.Errorf("unknown encoding %q (use a WHATWG name: windows-1252, iso-8859-15, utf-16le, shift_jis …)", name)
	}
	canon, err := htmlindex.Name(e)
	if err != nil {
		canon = n
	}
	if canon == "utf-8" {
		return nil, "utf-8", nil
	}
	return e, strings.ToLower(canon), nil
}

// Sniff returns "utf-16" when head, the first bytes of an input, is a
// UTF-16 byte-order mark, and "" otherwise: a spreadsheet's "Unicode text"
// export needs no option.
func Sniff(head []byte) string {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return "utf-16"
	}
	return ""
}

// NewReader returns r decoded from the encoding called name to UTF-8 (r
// itself for UTF-8), and the encoding's canonical name. A byte-order mark
// at the start overrides name's byte order, and is dropped.
func NewReader(r io.Reader, name string) (io.Reader, string, error) {
	e, canon, err := Lookup(name)
	if err != nil || e == nil {
		return r, canon, err
	}
	return transform.NewReader(r, unicode.BOMOverride(e.NewDecoder())), canon, nil
}
