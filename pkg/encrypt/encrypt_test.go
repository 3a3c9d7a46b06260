package encrypt

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
)

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSIVVectors: RFC 5297 Appendix A.1 (deterministic AES-SIV) and
// A.2 (several associated data strings and a nonce).
func TestSIVVectors(t *testing.T) {
	for _, tc := range []struct {
		name, key, plain, want string
		ad                     []string
	}{
		{"A.1", "fffefdfc fbfaf9f8 f7f6f5f4 f3f2f1f0 f0f1f2f3 f4f5f6f7 f8f9fafb fcfdfeff",
			"11223344 55667788 99aabbcc ddee",
			"85632d07 c6e8f37f 950acd32 0a2ecc93 40c02b96 90c4dc04 daef7f6a fe5c",
			[]string{"10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627"}},
		{"A.2", "7f7e7d7c 7b7a7978 77767574 73727170 40414243 44454647 48494a4b 4c4d4e4f",
			"74686973 20697320 736f6d65 20706c61 696e7465 78742074 6f20656e 63727970 74207573 696e6720 5349562d 414553",
			"7bdb6e3b 432667eb 06f4d14b ff2fbd0f cb900f2f ddbe4043 26601965 c889bf17 dba77ceb 094fa663 b7a3f748 ba8af829 ea64ad54 4a272e9c 485b62a3 fd5c0d",
			[]string{"00112233 44556677 8899aabb ccddeeff deaddada deaddada ffeeddcc bbaa9988 77665544 33221100",
				"10203040 50607080 90a0",
				"09f91102 9d74e35b d84156c5 635688c0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := NewSIV(unhex(t, tc.key))
			if err != nil {
				t.Fatal(err)
			}
			var ad [][]byte
			for _, a := range tc.ad {
				ad = append(ad, unhex(t, a))
			}
			got := s.Seal(unhex(t, tc.plain), ad...)
			if want := unhex(t, tc.want); !bytes.Equal(got, want) {
				t.Fatalf("Seal = %x, want %x", got, want)
			}
			back, err := s.Open(got, ad...)
			if err != nil || !bytes.Equal(back, unhex(t, tc.plain)) {
				t.Fatalf("Open = %x, %v", back, err)
			}
			bad := bytes.Clone(got)
			bad[len(bad)-1] ^= 1
			if _, err := s.Open(bad, ad...); err != ErrAuth {
				t.Errorf("tampered token: %v, want ErrAuth", err)
			}
			if _, err := s.Open(got); err != ErrAuth {
				t.Errorf("wrong associated data: %v, want ErrAuth", err)
			}
		})
	}
}

func numerals(s string) []uint8 {
	out := make([]uint8, len(s))
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			out[i] = uint8(c - '0')
		default:
			out[i] = uint8(c-'a') + 10
		}
	}
	return out
}

func text(x []uint8) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	var b strings.Builder
	for _, d := range x {
		b.WriteByte(digits[d])
	}
	return b.String()
}

// TestFF1Vectors: NIST's FF1 samples 1-3 (AES-128) and 7-9 (AES-256).
func TestFF1Vectors(t *testing.T) {
	k128 := "2B7E151628AED2A6ABF7158809CF4F3C"
	k256 := "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94"
	for _, tc := range []struct {
		name, key, tweak string
		radix            int
		plain, want      string
	}{
		{"sample 1", k128, "", 10, "0123456789", "2433477484"},
		{"sample 2", k128, "39383736353433323130", 10, "0123456789", "6124200773"},
		{"sample 3", k128, "3737373770717273373737", 36, "0123456789abcdefghi", "a9tv40mll9kdu509eum"},
		{"sample 7", k256, "", 10, "0123456789", "6657667009"},
		{"sample 8", k256, "39383736353433323130", 10, "0123456789", "1001623463"},
		{"sample 9", k256, "3737373770717273373737", 36, "0123456789abcdefghi", "xs8a0azh2avyalyzuwd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := NewFF1(unhex(t, tc.key), tc.radix)
			if err != nil {
				t.Fatal(err)
			}
			got, err := f.Encrypt(numerals(tc.plain), unhex(t, tc.tweak))
			if err != nil {
				t.Fatal(err)
			}
			if text(got) != tc.want {
				t.Fatalf("Encrypt = %s, want %s", text(got), tc.want)
			}
			back, err := f.Decrypt(got, unhex(t, tc.tweak))
			if err != nil || text(back) != tc.plain {
				t.Fatalf("Decrypt = %s, %v", text(back), err)
			}
		})
	}
}

func TestFF1Domain(t *testing.T) {
	f, _ := NewFF1(make([]byte, 16), 10)
	for _, n := range []int{1, 2, 5} {
		if _, err := f.Encrypt(make([]uint8, n), nil); err != ErrDomain {
			t.Errorf("%d digits: %v, want ErrDomain", n, err)
		}
	}
	if _, err := f.Encrypt(make([]uint8, 6), nil); err != nil {
		t.Errorf("6 digits (a million values): %v", err)
	}
}
