package pseudo

import (
	"crypto/sha256"
	"encoding/hex"
)

// HexToken returns the first n hex digits of d (n is clamped to 1..64).
func HexToken(d [32]byte, n int) string {
	var buf [64]byte
	return string(AppendHexToken(buf[:0], d, n))
}

// AppendHexToken appends HexToken(d, n) to dst, for callers that build a
// longer token around it without an intermediate string.
func AppendHexToken(dst []byte, d [32]byte, n int) []byte {
	n = min(max(n, 1), 64)
	var buf [64]byte
	hex.Encode(buf[:], d[:(n+1)/2]) // only the bytes the digits come from
	return append(dst, buf[:n]...)
}

// DigitsLike returns template with every ASCII digit replaced by a digit
// derived from d, and every other byte kept: DigitsLike(d, "+1 (415) 555-0132")
// keeps the plus sign, spaces, parentheses and dash. When the template's first
// digit is not zero, neither is the result's, so numbers keep their length.
func DigitsLike(d [32]byte, template string) string {
	out := []byte(template)
	stream := d
	pos, block := 0, uint32(0)
	first := true
	for i, c := range out {
		if c < '0' || c > '9' {
			continue
		}
		if pos == len(stream) {
			block++
			stream = sha256.Sum256(append(d[:], byte(block>>24), byte(block>>16), byte(block>>8), byte(block)))
			pos = 0
		}
		b := stream[pos]
		pos++
		if first && c != '0' {
			out[i] = '1' + b%9
		} else {
			out[i] = '0' + b%10
		}
		first = false
	}
	return string(out)
}
