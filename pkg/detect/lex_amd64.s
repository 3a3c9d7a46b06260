//go:build amd64 && !purego

#include "textflag.h"

// The constants, a byte each, broadcast to Y6-Y14 by VPBROADCASTB.
DATA lexconst<>+0(SB)/1, $0x20
DATA lexconst<>+1(SB)/1, $0x60
DATA lexconst<>+2(SB)/1, $0x7b
DATA lexconst<>+3(SB)/1, $0x27
DATA lexconst<>+4(SB)/1, $0x3a
DATA lexconst<>+5(SB)/1, $0x2a
DATA lexconst<>+6(SB)/1, $0x2c
DATA lexconst<>+7(SB)/1, $0x2d
DATA lexconst<>+8(SB)/1, $0x2e
GLOBL lexconst<>(SB), RODATA|NOPTR, $9

// HALF classifies 32 bytes at off(SI), writes them lower-cased to
// off(DI) and the five 32-bit masks to the block's blockMasks at R8 (w, n,
// a, s, h: the offsets of word, number, apos, sep and high). Y0-Y4 are
// scratch, Y6-Y14 hold the constants, Y15 gathers the upper-case letters.
//
// Only VEX-encoded vector instructions are used: a legacy SSE instruction
// while the upper halves of the Y registers are dirty costs a state
// transition (measured here at over 100 ns each).
#define HALF(off, w, n, a, s, h) \
	VMOVDQU off(SI), Y0; \
	VPOR Y8, Y0, Y1; \
	VPCMPGTB Y9, Y1, Y2; \
	VPCMPGTB Y1, Y10, Y1; \
	VPAND Y1, Y2, Y2; \
	VPAND Y8, Y2, Y3; \
	VPOR Y3, Y0, Y1; \
	VMOVDQU Y1, off(DI); \
	VPANDN Y3, Y0, Y3; \
	VPOR Y3, Y15, Y15; \
	VPMOVMSKB Y0, AX; \
	MOVL AX, h(R8); \
	VPCMPEQB Y11, Y0, Y4; \
	VPMOVMSKB Y4, BX; \
	MOVL BX, a(R8); \
	VPOR Y4, Y2, Y2; \
	VPMOVMSKB Y2, DX; \
	ORL AX, DX; \
	MOVL DX, w(R8); \
	VPCMPGTB Y11, Y0, Y3; \
	VPCMPGTB Y0, Y12, Y4; \
	VPAND Y3, Y4, Y3; \
	VPCMPEQB Y13, Y0, Y4; \
	VPANDN Y3, Y4, Y3; \
	VPCMPEQB Y14, Y0, Y4; \
	VPANDN Y3, Y4, Y3; \
	VPMOVMSKB Y3, AX; \
	MOVL AX, n(R8); \
	VPCMPEQB Y12, Y0, Y3; \
	VPCMPEQB Y6, Y0, Y4; \
	VPOR Y4, Y3, Y3; \
	VPCMPEQB Y7, Y0, Y4; \
	VPOR Y4, Y3, Y3; \
	VPMOVMSKB Y3, BX; \
	MOVL BX, s(R8)

// Bytes >= 0x80 are negative to the signed comparisons, so they fall in
// no ASCII range: they are word bytes through the high mask alone.
//
// letters:  (X|0x20) > 0x60 && 0x7B > (X|0x20); lower-cased: X | (letter & 0x20)
// number:   X > 0x27 && 0x3A > X, not '*' or ',' ("()+-./" and digits)
// sep:      ':', '-', '.'

// func lexBlocksAVX2(src, dst *byte, nblocks int, masks *blockMasks) (upper bool)
TEXT ·lexBlocksAVX2(SB), NOSPLIT, $0-33
	MOVQ src+0(FP), SI
	MOVQ dst+8(FP), DI
	MOVQ nblocks+16(FP), CX
	MOVQ masks+24(FP), R8
	VPBROADCASTB lexconst<>+0(SB), Y8
	VPBROADCASTB lexconst<>+1(SB), Y9
	VPBROADCASTB lexconst<>+2(SB), Y10
	VPBROADCASTB lexconst<>+3(SB), Y11
	VPBROADCASTB lexconst<>+4(SB), Y12
	VPBROADCASTB lexconst<>+5(SB), Y13
	VPBROADCASTB lexconst<>+6(SB), Y14
	VPBROADCASTB lexconst<>+7(SB), Y6
	VPBROADCASTB lexconst<>+8(SB), Y7
	VPXOR Y15, Y15, Y15

loop:
	TESTQ CX, CX
	JEQ   done
	HALF(0, 0, 8, 16, 24, 32)
	HALF(32, 4, 12, 20, 28, 36)
	ADDQ  $64, SI
	ADDQ  $64, DI
	ADDQ  $40, R8
	DECQ  CX
	JMP   loop

done:
	VPTEST  Y15, Y15
	SETNE   upper+32(FP)
	VZEROUPPER
	RET
