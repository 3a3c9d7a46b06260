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
