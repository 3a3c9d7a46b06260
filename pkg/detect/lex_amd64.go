//go:build amd64 && !purego

package detect

import "golang.org/x/sys/cpu"

// lexBlocksAVX2 is lexBlocksGeneric for nblocks blocks of 64 bytes, 32
// bytes per instruction (lex_amd64.s).
//
//go:noescape
func lexBlocksAVX2(src, dst *byte, nblocks int, masks *blockMasks) (upper bool)

func init() {
	if cpu.X86.HasAVX2 {
		lexBlocks = func(src, dst []byte, masks []blockMasks) bool {
			if len(masks) == 0 {
				return false
			}
			_, _ = src[64*len(masks)-1], dst[64*len(masks)-1] // the kernel reads and writes this far
			return lexBlocksAVX2(&src[0], &dst[0], len(masks), &masks[0])
		}
	}
}
