package pseudo

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// KeySize is the size in bytes of a key made by NewRandomKey, and the minimum
// size ParseKey accepts.
const KeySize = 32

// ErrShortKey is returned by ParseKey for keys of fewer than KeySize bytes.
var ErrShortKey = errors.New("key is shorter than 32 bytes")

// Key is a secret for keyed pseudonyms. Its zero value is not usable.
type Key struct {
	secret    []byte
	ephemeral bool
}

// NewRandomKey returns a key of KeySize random bytes.
func NewRandomKey() (*Key, error) {
	b := make([]byte, KeySize)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("read random key: %w", err)
	}
	return &Key{secret: b}, nil
}

// NewEphemeralKey returns a random key marked as ephemeral: made for one run
// and never stored, so its tokens cannot be linked to any other output.
func NewEphemeralKey() (*Key, error) {
	k, err := NewRandomKey()
	if err != nil {
		return nil, err
	}
	k.ephemeral = true
	return k, nil
}

// ParseKey decodes a key from the contents of a key file or environment
// variable: hex or base64 text (surrounding white space ignored), or raw
// bytes. The decoded key must hold at least KeySize bytes. Errors never
// contain any part of data.
func ParseKey(data []byte) (*Key, error) {
	text := strings.TrimSpace(string(data))
	if text == "" {
		return nil, errors.New("key is empty")
	}
	if b, err := hex.DecodeString(text); err == nil {
		return newKey(b)
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(text); err == nil {
			return newKey(b)
		}
	}
	return newKey(append([]byte(nil), data...))
}

func newKey(b []byte) (*Key, error) {
	if len(b) < KeySize {
		return nil, ErrShortKey
	}
	return &Key{secret: b}, nil
}

// Ephemeral reports whether the key was made by NewEphemeralKey.
func (k *Key) Ephemeral() bool { return k.ephemeral }

// Encode returns the key as a line of hex text, the form `deid keygen` writes.
func (k *Key) Encode() []byte {
	return []byte(hex.EncodeToString(k.secret) + "\n")
}

// Fingerprint identifies the key without revealing it: the first 16 bytes of
// an HMAC-SHA-256 of a fixed label, in hex, prefixed by the scheme.
func (k *Key) Fingerprint() string {
	sum := k.derive("deid key fingerprint v1")
	return "hmac-sha256:" + hex.EncodeToString(sum[:16])
}

// Sign returns an HMAC-SHA-256 of data under a subkey for signatures, as
// "hmac-sha256:" and hex: a manifest's signature.
func (k *Key) Sign(data []byte) string {
	m := hmac.New(sha256.New, k.derive("deid/v1/manifest-signature"))
	m.Write(data)
	return "hmac-sha256:" + hex.EncodeToString(m.Sum(nil))
}

// CheckSignature reports whether sig is Sign(data), in constant time.
func (k *Key) CheckSignature(data []byte, sig string) bool {
	return hmac.Equal([]byte(k.Sign(data)), []byte(sig))
}

// String hides the key; it exists so that printing a Key by mistake is safe.
func (k *Key) String() string { return "pseudo.Key(" + k.Fingerprint() + ")" }

// GoString hides the key from %#v.
func (k *Key) GoString() string { return k.String() }

// derive returns HMAC-SHA-256(secret, label): a subkey for one purpose, so
// that no two uses of the key share a MAC key.
func (k *Key) derive(label string) []byte {
	m := hmac.New(sha256.New, k.secret)
	m.Write([]byte(label))
	return m.Sum(nil)
}

// Subkey returns a 32-byte key for one purpose, derived from the key as
// HMAC-SHA-256(key, label): encryption keys never equal the MAC keys.
func (k *Key) Subkey(label string) []byte { return k.derive(label) }
