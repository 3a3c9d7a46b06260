package pseudo

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"hash"
)

// Purposes for NewHasher: each derives its own subkey from the Key.
const (
	PurposePseudonym = "deid/v1/pseudonymize"
	PurposeDateShift = "deid/v1/date-shift"
)

// Hasher computes keyed digests of (namespace, value) pairs. It reuses one
// HMAC state and is not safe for concurrent use: give each goroutine its own.
type Hasher struct {
	mac hash.Hash
	buf []byte
	sum []byte // Sum's output, reused: an array passed to it would escape
}

// NewHasher returns a Hasher whose subkey is derived from k for purpose.
func (k *Key) NewHasher(purpose string) *Hasher {
	return &Hasher{mac: hmac.New(sha256.New, k.derive(purpose))}
}

// Digest returns HMAC-SHA-256(subkey, len(namespace) | namespace | value).
// The length prefix keeps ("ab", "c") and ("a", "bc") apart.
func (h *Hasher) Digest(namespace, value string) [32]byte {
	h.mac.Reset()
	h.buf = binary.BigEndian.AppendUint32(h.buf[:0], uint32(len(namespace)))
	h.buf = append(h.buf, namespace...)
	h.buf = append(h.buf, value...)
	h.mac.Write(h.buf)
	h.sum = h.mac.Sum(h.sum[:0])
	return [32]byte(h.sum)
}

// Uint64 returns the first 8 bytes of Digest(namespace, value) as a number,
// for keyed choices such as a per-subject date shift.
func (h *Hasher) Uint64(namespace, value string) uint64 {
	d := h.Digest(namespace, value)
	return binary.BigEndian.Uint64(d[:8])
}
