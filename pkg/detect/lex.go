package detect

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Byte classes of the lexer.
const (
	clsLetter = 1 << iota // a-z, A-Z, and every byte of a multi-byte character
	clsDigit
	clsNumber // a separator that may stand inside a number: " -./()+"
	clsApos
	clsUpper
	clsSpace // ' ', which numberBytes has too but lex joins runs over it later
	clsSep   // ':', '-' and '.', which separate the parts of MAC and IPv6 addresses
)

var (
	byteClass [256]uint8
	lowerByte [256]byte
)

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		lowerByte[c] = b
		switch {
		case b >= 'a' && b <= 'z', b >= 0x80:
			byteClass[c] = clsLetter
		case b >= 'A' && b <= 'Z':
			byteClass[c] = clsLetter | clsUpper
			lowerByte[c] = b + 'a' - 'A'
		case b >= '0' && b <= '9':
			byteClass[c] = clsDigit
		case b == '\'':
			byteClass[c] = clsApos
		}
	}
	for i := 0; i < len(numberBytes); i++ {
		if numberBytes[i] != ' ' {
			byteClass[numberBytes[i]] |= clsNumber
		}
	}
	byteClass[' '] = clsSpace
	for _, c := range []byte(":-.") {
		byteClass[c] |= clsSep
	}
}

// blockMasks are the byte classes of 64 bytes of text, a bit per byte.
type blockMasks struct {
	word   uint64 // letters (a-z, A-Z, bytes >= 0x80) and apostrophes
	number uint64 // digits and numberBytes other than ' '
	apos   uint64 // '\''
	sep    uint64 // ':', '-', '.'
	high   uint64 // bytes >= 0x80
}

// lexBlocks lower-cases src (ASCII letters only) into dst and sets
// masks[i] to the classes of src[64*i:64*i+64]. len(src) and len(dst) are
// 64*len(masks). It reports whether any byte changed (an upper-case letter).
// On amd64 with AVX2 it runs 32 bytes per instruction (lex_amd64.s);
// lexBlocksGeneric is its specification.
var lexBlocks = lexBlocksGeneric

// lexBlocksGeneric is lexBlocks in Go, 8 bytes at a time.
func lexBlocksGeneric(src, dst []byte, masks []blockMasks) bool {
	var upper uint64
	for bi := range masks {
		blk := src[bi*64 : bi*64+64]
		out := dst[bi*64 : bi*64+64]
		var m blockMasks
		for j := 0; j < 64; j += 8 {
			// lower-case 8 bytes at once: add 0x20 to the bytes in A-Z
			x := binary.LittleEndian.Uint64(blk[j:])
			a := x & 0x7f7f7f7f7f7f7f7f
			up := (a + 0x3f3f3f3f3f3f3f3f) &^ (a + 0x2525252525252525) &^ x & 0x8080808080808080
			binary.LittleEndian.PutUint64(out[j:], x|up>>2)
			upper |= up
			// gather the classes of 8 bytes, then each class's bits
			// into 8 bits of its mask
			k := uint64(byteClass[blk[j]]) | uint64(byteClass[blk[j+1]])<<8 | uint64(byteClass[blk[j+2]])<<16 |
				uint64(byteClass[blk[j+3]])<<24 | uint64(byteClass[blk[j+4]])<<32 | uint64(byteClass[blk[j+5]])<<40 |
				uint64(byteClass[blk[j+6]])<<48 | uint64(byteClass[blk[j+7]])<<56
			const ones, gather = 0x0101010101010101, 0x0102040810204080
			m.word |= ((k | k>>3) & ones * gather >> 56) << j      // clsLetter or clsApos
			m.number |= ((k>>1 | k>>2) & ones * gather >> 56) << j // clsDigit or clsNumber
			m.apos |= (k >> 3 & ones * gather >> 56) << j
			m.sep |= (k >> 6 & ones * gather >> 56) << j
			m.high |= (x >> 7 & ones * gather >> 56) << j
		}
		masks[bi] = m
	}
	return upper != 0
}

// lex makes, in one pass over t.S, the lower-cased copy, the words
// (wordStarts: runs of letters and apostrophes that start with a letter)
// and the digit stretches (digitSpans: runs of digits and numberBytes that
// hold a digit), so every detector shares them.
//
// lexBlocks classifies the bytes into bit masks, 64 bytes a mask; the
// words and stretches are where a mask changes, so the pass visits a few
// bits per word and has no branch per byte.
func (t *Text) lex() {
	s := t.S
	n := len(s)
	if cap(t.lowerBuf) < n+16 {
		t.lowerBuf = make([]byte, n+16, n+n/4+16)
	}
	// eight zero bytes on each side of the lower-cased copy, so that
	// eight bytes can be read at a word's start and up to its end
	// (Text.wordKeys)
	t.lowerBuf = t.lowerBuf[:n+16]
	clear(t.lowerBuf[:8])
	clear(t.lowerBuf[n+8:])
	low := t.lowerBuf[8 : n+8]
	nb := (n + 63) / 64
	if cap(t.masks) < nb {
		t.masks = make([]blockMasks, nb, nb+nb/4)
	}
	masks := t.masks[:nb]
	src := unsafe.Slice(unsafe.StringData(s), n)
	full := n &^ 63
	upper := lexBlocks(src[:full], low[:full], masks[:full/64])
	if full < n {
		// the last, partial block, through a copy padded with zeros
		// (which belong to no class)
		in, out := &t.tail[0], &t.tail[1]
		*in = [64]byte{}
		copy(in[:], src[full:])
		upper = lexBlocks(in[:], out[:], masks[full/64:]) || upper
		copy(low[full:], out[:])
	}
	words, bounds, highs, apos, seps := t.words[:0], t.bounds[:0], t.highs[:0], t.apos[:0], t.seps[:0]
	var carryW, carryN uint64 // the last bit of the previous block
	leadingApos := false
	for bi := range masks {
		m := &masks[bi]
		base := int32(bi * 64)
		for x := m.high; x != 0; x &= x - 1 {
			highs = append(highs, base+int32(bits.TrailingZeros64(x)))
		}
		for x := m.apos; x != 0; x &= x - 1 {
			apos = append(apos, base+int32(bits.TrailingZeros64(x)))
		}
		for x := m.sep; x != 0; x &= x - 1 {
			seps = append(seps, base+int32(bits.TrailingZeros64(x)))
		}
		wm, nm := m.word, m.number
		if wm&^(wm<<1|carryW)&m.apos != 0 {
			leadingApos = true // a run of word bytes starts with an apostrophe
		}
		for x := wm ^ (wm<<1 | carryW); x != 0; x &= x - 1 {
			words = append(words, base+int32(bits.TrailingZeros64(x)))
		}
		for x := nm ^ (nm<<1 | carryN); x != 0; x &= x - 1 {
			bounds = append(bounds, base+int32(bits.TrailingZeros64(x)))
		}
		// the masks' bits past the text are zero: a run open at the end
		// of a partial block was closed at n above
		carryW, carryN = wm>>63, nm>>63
	}
	if carryW != 0 {
		words = append(words, int32(n))
	}
	if carryN != 0 {
		bounds = append(bounds, int32(n))
	}
	if leadingApos {
		// a word starts with a letter, not an apostrophe
		kept := words[:0]
		for w := 0; w+1 < len(words); w += 2 {
			a, b := words[w], words[w+1]
			for a < b && s[a] == '\'' {
				a++
			}
			if a < b {
				kept = append(kept, a, b)
			}
		}
		words = kept
	}
	t.words = words
	// join the runs of number bytes that only spaces part, extend them
	// over the spaces around them, and keep those that hold a digit
	digits := t.digits[:0]
	gs, ge, hasDigit := -1, -1, false
	flush := func() {
		if gs >= 0 && hasDigit {
			for gs > 0 && s[gs-1] == ' ' {
				gs--
			}
			for ge < n && s[ge] == ' ' {
				ge++
			}
			if len(digits) > 0 && int(digits[len(digits)-1]) > gs {
				gs = int(digits[len(digits)-1])
			}
			digits = append(digits, int32(gs), int32(ge))
		}
	}
	for b := 0; b+1 < len(bounds); b += 2 {
		from, to := int(bounds[b]), int(bounds[b+1])
		if gs >= 0 {
			k := ge
			for k < from && s[k] == ' ' {
				k++
			}
			if k != from {
				flush()
				gs, hasDigit = -1, false
			}
		}
		if gs < 0 {
			gs = from
		}
		ge = to
		for i := from; i < to && !hasDigit; i++ {
			hasDigit = isDigit(s[i])
		}
	}
	flush()
	t.digits, t.bounds, t.highs, t.apos, t.seps = digits, bounds[:0], highs, apos, seps
	if len(highs) > 0 && !highsAllLetters(s, highs) {
		t.splitWords()
	}
	t.Lower = s
	if upper {
		t.Lower = unsafe.String(unsafe.SliceData(low), n)
	}
}

// highsAllLetters reports whether every multi-byte character of s (highs:
// the positions of its bytes >= 0x80) is a letter or a mark, or ’ after a
// letter: then no word needs splitWords, as in most texts whose only such
// characters are the accented letters of names.
func highsAllLetters(s string, highs []int32) bool {
	for k := 0; k < len(highs); {
		i := int(highs[k])
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7: // Latin-1 and Latin Extended-A and -B letters
		case r == '’':
			if i == 0 || !isAlpha(s[i-1]) && s[i-1] < 0x80 {
				return false // a word does not start with it
			}
		case !unicode.IsLetter(r) && !unicode.IsMark(r):
			return false
		}
		for k++; k < len(highs) && int(highs[k]) < i+size; k++ {
		}
	}
	return true
}

// splitWords splits the words that hold multi-byte characters at those
// that are not letters or marks: curly quotes, dashes, no-break spaces and
// other punctuation do not belong to the word they touch (“DOB”, «Hola»,
// Maria—she). The lexer's byte classes cannot tell them from letters. The
// typographic apostrophe ’ stays inside a word, as ' does (I’m).
func (t *Text) splitWords() {
	s := t.S
	in := t.words
	out := t.bounds[:0] // lex is done with its scratch
	highs := t.highs
	h := 0
	for w := 0; w+1 < len(in); w += 2 {
		a, b := int(in[w]), int(in[w+1])
		for h < len(highs) && int(highs[h]) < a {
			h++
		}
		if h == len(highs) || int(highs[h]) >= b {
			out = append(out, int32(a), int32(b)) // no multi-byte character
			continue
		}
		start := -1
		for i := a; i < b; {
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:b])
			}
			apos := r == '\'' || r == '’' // I’m, name’s
			part := apos || r < utf8.RuneSelf && byteClass[r]&clsLetter != 0 || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r))
			switch {
			case part && start < 0 && !apos:
				start = i
			case !part && start >= 0:
				out = append(out, int32(start), int32(i))
				start = -1
			}
			i += size
		}
		if start >= 0 {
			out = append(out, int32(start), int32(b))
		}
	}
	t.words, t.bounds = out, in[:0]
}
