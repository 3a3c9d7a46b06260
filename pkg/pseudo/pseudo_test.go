package pseudo

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var testSecret = bytes.Repeat([]byte{7}, KeySize)

func TestParseKey(t *testing.T) {
	hexKey := hex.EncodeToString(testSecret)
	tests := []struct {
		name    string
		in      []byte
		wantErr error
	}{
		{"hex with newline", []byte(hexKey + "\n"), nil},
		{"upper-case hex", []byte(strings.ToUpper(hexKey)), nil},
		{"base64", []byte(base64.StdEncoding.EncodeToString(testSecret)), nil},
		{"raw url base64", []byte(base64.RawURLEncoding.EncodeToString(testSecret)), nil},
		{"raw bytes", testSecret, nil},
		{"short hex", []byte(hexKey[:40]), ErrShortKey},
		{"empty", []byte("  \n"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := ParseKey(tt.in)
			if tt.name == "empty" {
				if err == nil {
					t.Fatal("want error for empty key")
				}
				return
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil && !bytes.Equal(k.secret, testSecret) {
				t.Errorf("decoded key differs")
			}
		})
	}
}

func TestKeyNeverPrinted(t *testing.T) {
	k, err := ParseKey(testSecret)
	if err != nil {
		t.Fatal(err)
	}
	hexKey := hex.EncodeToString(testSecret)
	for _, s := range []string{fmt.Sprint(k), fmt.Sprintf("%v %+v %#v %s", k, k, k, k), k.Fingerprint()} {
		if strings.Contains(s, hexKey) || strings.Contains(s, string(testSecret)) {
			t.Errorf("key material in %q", s)
		}
	}
	if !strings.HasPrefix(k.Fingerprint(), "hmac-sha256:") || len(k.Fingerprint()) != len("hmac-sha256:")+32 {
		t.Errorf("fingerprint %q has the wrong shape", k.Fingerprint())
	}
}

func TestDigestDependsOnKeyNamespaceValue(t *testing.T) {
	k1, _ := ParseKey(testSecret)
	k2, _ := ParseKey(bytes.Repeat([]byte{8}, KeySize))
	h1, h1b, h2 := k1.NewHasher(PurposePseudonym), k1.NewHasher(PurposePseudonym), k2.NewHasher(PurposePseudonym)
	base := h1.Digest("email", "a@b.c")
	if base != h1b.Digest("email", "a@b.c") {
		t.Error("same key, namespace and value gave different digests")
	}
	for name, d := range map[string][32]byte{
		"other key":       h2.Digest("email", "a@b.c"),
		"other namespace": h1.Digest("phone", "a@b.c"),
		"other value":     h1.Digest("email", "a@b.d"),
		"shifted split":   h1.Digest("emaila", "@b.c"),
		"other purpose":   k1.NewHasher(PurposeDateShift).Digest("email", "a@b.c"),
	} {
		if d == base {
			t.Errorf("%s gave the same digest", name)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		kind Kind
		in   string
		cc   string
		want string
	}{
		{KindEmail, "  John.Doe@Example.COM ", "", "john.doe@example.com"},
		{KindEmail, "Jane dot Doe at Gmail dot com", "", "jane.doe@gmail.com"},
		{KindEmail, "jane.doe [at] gmail [dot] com", "", "jane.doe@gmail.com"},
		{KindEmail, "j_doe(at)example.org", "", "j_doe@example.org"},
		{KindEmail, "sales at acme dot co dot uk", "", "sales@acme.co.uk"},
		{KindEmail, "no address at all", "", "no address at all"},
		{KindEmail, "meet at the cafe. ok", "", "meet at the cafe. ok"},
		{KindEmail, "Foo.Bar%40Gmail.com", "", "foo.bar@gmail.com"},
		{KindPhone, "%2B353871234567", "", "+353871234567"},
		{KindEmail, "j o h n dot s m i t h at gmail dot com", "", "john.smith@gmail.com"},
		{KindEmail, "mary underscore jones at outlook dot com", "", "mary_jones@outlook.com"},
		{KindEmail, "a b at c d", "", "a b at c d"},
		{KindEmail, "k dot patel eighty eight at hotmail dot com", "", "k.patel88@hotmail.com"},
		{KindEmail, "john underscore smith nineteen ninety at yahoo dot com", "", "john_smith1990@yahoo.com"},
		{KindEmail, "ann twenty at x dot org", "", "ann20@x.org"},
		{KindEmail, "ann seven oh at x dot org", "", "ann70@x.org"},
		{KindEmail, "ann is great at x dot org", "", "ann is great at x dot org"},
		{KindEmail, "juan punto perez arroba gmail punto com", "", "juan.perez@gmail.com"},
		{KindEmail, "marie point dubois arobase orange point fr", "", "marie.dubois@orange.fr"},
		{KindEmail, "luca punto rossi chiocciola libero punto it", "", "luca.rossi@libero.it"},
		{KindEmail, "ana ponto silva arroba gmail ponto com", "", "ana.silva@gmail.com"},
		{KindEmail, "jonas punkt weber at gmx punkt de", "", "jonas.weber@gmx.de"},
		{KindPhone, "+1 (415) 555-0132", "", "+14155550132"},
		{KindPhone, "0044 20 7946 0018", "", "+442079460018"},
		{KindPhone, "020 7946 0018", "44", "+442079460018"},
		{KindPhone, "+44 20 7946 0018", "44", "+442079460018"},
		{KindPhone, "(415) 555-0132", "1", "+14155550132"},
		{KindPhone, "1-415-555-0132", "1", "+14155550132"},
		{KindPhone, "415.555.0132", "", "4155550132"},
		{KindPhone, "four one five, five five five, oh one three two", "", "4155550132"},
		{KindPhone, "plus one four one five five five five uh zero one three two", "", "+14155550132"},
		{KindPhone, "four one five five double five zero one 32", "1", "+14155550132"},
		{KindPhone, "four one five five fifty five oh one three two", "", "4155550132"},
		{KindPhone, "four fifteen, five fifty five, oh one thirty two", "", "4155550132"},
		{KindPhone, "five five five, twelve thirty four", "", "5551234"},
		{KindPhone, "one eight hundred five five five one two one two", "", "18005551212"},
		{KindPhone, "area code four one five then five five five twelve twelve", "", "4155551212"},
		{KindPhone, "seven twenty oh one two three four", "", "72001234"},
		{KindPhone, "cinco cinco cinco, uno dos tres, cuatro cinco seis siete", "", "5551234567"},
		{KindPhone, "seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho", "", "612345678"},
		{KindPhone, "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "33", "+33612345678"},
		{KindPhone, "zéro un, quarante-deux, soixante et onze, quatre-vingt-dix-neuf, zéro trois", "", "0142719903"},
		{KindPhone, "null eins sieben zwei, drei vier fünf, sechs sieben acht neun", "49", "+491723456789"},
		{KindPhone, "tre tre tre uno due tre quattro cinque sei sette", "", "3331234567"},
		{KindPhone, "nove um dois", "", ""}, // "um" is the English filler, so two digit words: no number
		{KindPhone, "415-555-0132, two lines", "", "4155550132"},
		{KindPhone, "415-555-0132, twenty lines", "", "4155550132"},
		{KindPhone, "+1 415 555 0132 (mobile)", "", "+14155550132"},
		{KindName, "  José  María O'Brien", "", "jose maria o'brien"},
		{KindName, "MÜLLER, Jürgen", "", "muller jurgen"},
		{KindID, " A-12 ", "", "A-12"},
		{KindText, " A-12 ", "", " A-12 "},
	}
	for _, tt := range tests {
		if got := Normalize(tt.kind, tt.in, tt.cc); got != tt.want {
			t.Errorf("Normalize(%s, %q, %q) = %q, want %q", tt.kind, tt.in, tt.cc, got, tt.want)
		}
	}
}

func TestShapes(t *testing.T) {
	var d [32]byte
	for i := range d {
		d[i] = byte(i * 37)
	}
	if got := HexToken(d, 8); len(got) != 8 || strings.Trim(got, "0123456789abcdef") != "" {
		t.Errorf("HexToken = %q", got)
	}
	// every length, odd ones too, is a prefix of the full hex digest
	full := hex.EncodeToString(d[:])
	for n := -1; n <= 70; n++ {
		want := full[:min(max(n, 1), 64)]
		if diff := cmp.Diff(want, HexToken(d, n)); diff != "" {
			t.Errorf("HexToken(d, %d) (-want +got):\n%s", n, diff)
		}
		if diff := cmp.Diff("<X_"+want, string(AppendHexToken([]byte("<X_"), d, n))); diff != "" {
			t.Errorf("AppendHexToken(d, %d) (-want +got):\n%s", n, diff)
		}
	}
	tests := []struct{ template string }{
		{"+1 (415) 555-0132"}, {"00012345"}, {"98765"}, {strings.Repeat("9", 80)}, {"no digits"},
	}
	for _, tt := range tests {
		got := DigitsLike(d, tt.template)
		mask := func(s string) string {
			return strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return '#'
				}
				return r
			}, s)
		}
		if diff := cmp.Diff(mask(tt.template), mask(got)); diff != "" {
			t.Errorf("DigitsLike(%q) changed the layout (-want +got):\n%s", tt.template, diff)
		}
		if first := strings.IndexAny(tt.template, "123456789"); first >= 0 && first == strings.IndexAny(tt.template, "0123456789") && got[first] == '0' {
			t.Errorf("DigitsLike(%q) = %q starts with a zero", tt.template, got)
		}
	}
}

// TestDigestIsHMAC recomputes Digest with crypto/hmac, call after call on
// one Hasher (which reuses its buffers), so a pseudonym made anywhere is
// the documented HMAC-SHA-256(subkey, len(namespace) | namespace | value).
func TestDigestIsHMAC(t *testing.T) {
	k, _ := ParseKey(testSecret)
	h := k.NewHasher(PurposePseudonym)
	for _, in := range [][2]string{{"email", "a@b.c"}, {"", ""}, {"name", strings.Repeat("é", 300)}, {"id", "A-1"}, {"email", "a@b.c"}} {
		mac := hmac.New(sha256.New, k.derive(PurposePseudonym))
		mac.Write(binary.BigEndian.AppendUint32(nil, uint32(len(in[0]))))
		mac.Write([]byte(in[0] + in[1]))
		want := [32]byte(mac.Sum(nil))
		if got := h.Digest(in[0], in[1]); got != want {
			t.Errorf("Digest(%q, %q) = %x, want %x", in[0], in[1], got, want)
		}
	}
}
