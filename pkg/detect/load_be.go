//go:build !(386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm)

package detect

import (
	"encoding/binary"
	"unsafe"
)

// load64 reads the eight bytes at p as a little-endian number, whatever
// the architecture's byte order. The caller makes sure they lie in one
// buffer.
func load64(p unsafe.Pointer) uint64 { return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(p), 8)) }

// wordBounds splits a word's two int32 bounds, read as one number from
// Text.words: on a big-endian machine the start is the high half.
func wordBounds(w uint64) (int, int) { return int(int32(uint32(w >> 32))), int(int32(uint32(w))) }
