// Package encrypt makes reversible tokens: deterministic authenticated
// encryption with AES-SIV (RFC 5297), so equal values give equal, joinable
// tokens that only the key holder can turn back into the values, and
// format-preserving encryption of digit strings with NIST SP 800-38G FF1.
//
// Both are built on the standard library's AES; the tests check them
// against the standards' published vectors.
package encrypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"errors"
)

// ErrAuth is the error for a token that was not made under this key (or was
// changed): nothing about the value is revealed.
var ErrAuth = errors.New("token does not authenticate under this key")

// SIV is AES-SIV-CMAC (RFC 5297) with a 32-, 48- or 64-byte key: the first
// half keys S2V (the synthetic IV, a CMAC), the second half AES-CTR.
type SIV struct {
	mac cmac
	ctr cipher.Block
}

// NewSIV returns AES-SIV for key.
func NewSIV(key []byte) (*SIV, error) {
	switch len(key) {
	case 32, 48, 64:
	default:
		return nil, errors.New("AES-SIV key must be 32, 48 or 64 bytes")
	}
	half := len(key) / 2
	m, err := aes.NewCipher(key[:half])
	if err != nil {
		return nil, err
	}
	c, err := aes.NewCipher(key[half:])
	if err != nil {
		return nil, err
	}
	return &SIV{mac: newCMAC(m), ctr: c}, nil
}

// Seal encrypts plaintext with the associated data: the result is the 16-byte
// synthetic IV followed by the ciphertext. Equal inputs give equal outputs.
func (s *SIV) Seal(plaintext []byte, ad ...[]byte) []byte {
	v := s.s2v(plaintext, ad)
	out := make([]byte, 16+len(plaintext))
	copy(out, v[:])
	s.xorCTR(out[16:], plaintext, v)
	return out
}

// Open decrypts what Seal returned, or fails with ErrAuth.
func (s *SIV) Open(sealed []byte, ad ...[]byte) ([]byte, error) {
	if len(sealed) < 16 {
		return nil, ErrAuth
	}
	var v [16]byte
	copy(v[:], sealed[:16])
	plain := make([]byte, len(sealed)-16)
	s.xorCTR(plain, sealed[16:], v)
	want := s.s2v(plain, ad)
	if subtle.ConstantTimeCompare(want[:], v[:]) != 1 {
		return nil, ErrAuth
	}
	return plain, nil
}

// xorCTR is AES-CTR keyed by the second half, with the IV's bits 31 and 63
// cleared as RFC 5297 requires.
func (s *SIV) xorCTR(dst, src []byte, v [16]byte) {
	v[8] &= 0x7f
	v[12] &= 0x7f
	cipher.NewCTR(s.ctr, v[:]).XORKeyStream(dst, src)
}

// s2v is RFC 5297's S2V over the associated data and the plaintext.
func (s *SIV) s2v(plaintext []byte, ad [][]byte) [16]byte {
	var zero [16]byte
	d := s.mac.sum(zero[:])
	for _, a := range ad {
		d = dbl(d)
		m := s.mac.sum(a)
		xor16(&d, m)
	}
	if len(plaintext) >= 16 {
		t := make([]byte, len(plaintext))
		copy(t, plaintext)
		tail := t[len(t)-16:]
		for i := range 16 {
			tail[i] ^= d[i]
		}
		return s.mac.sum(t)
	}
	d = dbl(d)
	var p [16]byte
	copy(p[:], plaintext)
	p[len(plaintext)] = 0x80
	xor16(&d, p)
	return s.mac.sum(d[:])
}

func xor16(d *[16]byte, m [16]byte) {
	for i := range 16 {
		d[i] ^= m[i]
	}
}

// dbl multiplies by x in GF(2^128), as CMAC and S2V define it.
func dbl(b [16]byte) [16]byte {
	var out [16]byte
	carry := b[0] >> 7
	for i := 0; i < 15; i++ {
		out[i] = b[i]<<1 | b[i+1]>>7
	}
	out[15] = b[15] << 1
	if carry == 1 {
		out[15] ^= 0x87
	}
	return out
}

// cmac is AES-CMAC (RFC 4493).
type cmac struct {
	b      cipher.Block
	k1, k2 [16]byte
}

func newCMAC(b cipher.Block) cmac {
	var l [16]byte
	b.Encrypt(l[:], l[:])
	k1 := dbl(l)
	return cmac{b: b, k1: k1, k2: dbl(k1)}
}

func (c cmac) sum(msg []byte) [16]byte {
	var x [16]byte
	n := len(msg)
	full := n > 0 && n%16 == 0
	blocks := (n + 15) / 16
	if blocks == 0 {
		blocks = 1
	}
	for i := 0; i < blocks-1; i++ {
		for j := range 16 {
			x[j] ^= msg[i*16+j]
		}
		c.b.Encrypt(x[:], x[:])
	}
	var last [16]byte
	rest := msg[(blocks-1)*16:]
	copy(last[:], rest)
	if full {
		xor16(&last, c.k1)
	} else {
		last[len(rest)] = 0x80
		xor16(&last, c.k2)
	}
	xor16(&x, last)
	c.b.Encrypt(x[:], x[:])
	return x
}
