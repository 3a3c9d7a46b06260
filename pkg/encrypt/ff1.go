package encrypt

import (
	"crypto/aes"
	"crypto/cipher"
	"errors"
	"math"
	"math/big"
)

// MinFF1Domain is the smallest domain (radix^length) FF1 accepts here: NIST
// SP 800-38G Rev. 1 requires at least a million values, since small domains
// can be enumerated.
const MinFF1Domain = 1_000_000

// ErrDomain is the error for an input too short (or too long) to encrypt
// with FF1.
var ErrDomain = errors.New("FF1: the value's domain is too small to encrypt safely (fewer than a million possible values), or the value is too long")

// FF1 is format-preserving encryption (NIST SP 800-38G) of numeral strings
// in one radix: a string of n digits encrypts to another of n digits.
type FF1 struct {
	b     cipher.Block
	radix int
}

// NewFF1 returns FF1 for an AES key (16, 24 or 32 bytes) and a radix from 2
// to 36.
func NewFF1(key []byte, radix int) (*FF1, error) {
	if radix < 2 || radix > 36 {
		return nil, errors.New("FF1 radix must be 2 to 36")
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return &FF1{b: b, radix: radix}, nil
}

// Encrypt enciphers the numerals x (values 0 to radix-1) with tweak.
func (f *FF1) Encrypt(x []uint8, tweak []byte) ([]uint8, error) { return f.cipher(x, tweak, true) }

// Decrypt deciphers what Encrypt returned.
func (f *FF1) Decrypt(x []uint8, tweak []byte) ([]uint8, error) { return f.cipher(x, tweak, false) }

func (f *FF1) cipher(x []uint8, tweak []byte, enc bool) ([]uint8, error) {
	n := len(x)
	if n < 2 || n > 4096 || math.Pow(float64(f.radix), float64(n)) < MinFF1Domain {
		return nil, ErrDomain
	}
	for _, d := range x {
		if int(d) >= f.radix {
			return nil, errors.New("FF1: numeral out of range for the radix")
		}
	}
	u := n / 2
	v := n - u
	a, b := append([]uint8(nil), x[:u]...), append([]uint8(nil), x[u:]...)
	bLen := int(math.Ceil(math.Ceil(float64(v)*math.Log2(float64(f.radix))) / 8))
	d := 4*((bLen+3)/4) + 4
	radix := big.NewInt(int64(f.radix))

	p := []byte{1, 2, 1, byte(f.radix >> 16), byte(f.radix >> 8), byte(f.radix), 10, byte(u % 256),
		byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n),
		byte(len(tweak) >> 24), byte(len(tweak) >> 16), byte(len(tweak) >> 8), byte(len(tweak))}
	pad := (16 - (len(tweak)+bLen+1)%16) % 16
	q := make([]byte, len(tweak)+pad+1+bLen)
	copy(q, tweak)

	modU := new(big.Int).Exp(radix, big.NewInt(int64(u)), nil)
	modV := new(big.Int).Exp(radix, big.NewInt(int64(v)), nil)
	for step := 0; step < 10; step++ {
		i := step
		if !enc {
			i = 9 - step
		}
		// Q = T || 0^pad || [i] || [NUM(B)]^b; for decryption the roles of A
		// and B swap.
		src := b
		if !enc {
			src = a
		}
		q[len(tweak)+pad] = byte(i)
		num(src, radix).FillBytes(q[len(tweak)+pad+1:])
		r := f.prf(append(append([]byte(nil), p...), q...))
		s := make([]byte, 0, ((d+15)/16)*16)
		s = append(s, r[:]...)
		for j := 1; len(s) < d; j++ {
			var blk [16]byte
			copy(blk[:], r[:])
			for k := 0; k < 8; k++ {
				blk[15-k] ^= byte(uint64(j) >> (8 * k))
			}
			f.b.Encrypt(blk[:], blk[:])
			s = append(s, blk[:]...)
		}
		y := new(big.Int).SetBytes(s[:d])
		m, mod := u, modU
		if i%2 == 1 {
			m, mod = v, modV
		}
		if enc {
			c := new(big.Int).Add(num(a, radix), y)
			c.Mod(c, mod)
			a, b = b, str(c, radix, m)
		} else {
			c := new(big.Int).Sub(num(b, radix), y)
			c.Mod(c, mod)
			b, a = a, str(c, radix, m)
		}
	}
	return append(a, b...), nil
}

// prf is CBC-MAC with a zero IV over whole blocks.
func (f *FF1) prf(msg []byte) [16]byte {
	var y [16]byte
	for i := 0; i < len(msg); i += 16 {
		for j := range 16 {
			y[j] ^= msg[i+j]
		}
		f.b.Encrypt(y[:], y[:])
	}
	return y
}

// num is the number the numerals x stand for, most significant first.
func num(x []uint8, radix *big.Int) *big.Int {
	n := new(big.Int)
	for _, d := range x {
		n.Mul(n, radix)
		n.Add(n, big.NewInt(int64(d)))
	}
	return n
}

// str writes n as exactly m numerals.
func str(n *big.Int, radix *big.Int, m int) []uint8 {
	out := make([]uint8, m)
	x := new(big.Int).Set(n)
	r := new(big.Int)
	for i := m - 1; i >= 0; i-- {
		x.DivMod(x, radix, r)
		out[i] = uint8(r.Int64())
	}
	return out
}
