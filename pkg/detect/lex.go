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

// lex makes, in one pass over t.S, the lower-cased copy, the words
// (wordStarts: runs of letters and apostrophes that start with a letter)
// and the digit stretches (digitSpans: runs of digits and numberBytes that
// hold a digit), so every detector shares them.
//
// The pass has no branch that depends on the text: for each block of 64
// bytes it builds a bit mask of word bytes and one of number bytes, and
// then visits only the bits where a mask changes (a branch per byte would
// be mispredicted about once per word).
func (t *Text) lex() {
	s := t.S
	n := len(s)
	if cap(t.lowerBuf) < n {
		t.lowerBuf = make([]byte, n, n+n/4)
	}
	low := t.lowerBuf[:n]
	words, bounds, highs, apos, seps := t.words[:0], t.bounds[:0], t.highs[:0], t.apos[:0], t.seps[:0]
	var upper uint64
	var carryW, carryN uint64 // the last bit of the previous block
	leadingApos := false
	src := unsafe.Slice(unsafe.StringData(s), n)
	for base := 0; base < n; base += 64 {
		var wm, nm, am uint64 // word, number and apostrophe bytes
		if base+64 <= n {
			blk := src[base : base+64]
			out := low[base : base+64]
			for j := 0; j < 64; j += 8 {
				// lower-case 8 bytes at once: add 0x20 to the bytes in A-Z
				x := binary.LittleEndian.Uint64(blk[j:])
				a := x & 0x7f7f7f7f7f7f7f7f
				up := (a + 0x3f3f3f3f3f3f3f3f) &^ (a + 0x2525252525252525) &^ x & 0x8080808080808080
				binary.LittleEndian.PutUint64(out[j:], x|up>>2)
				upper |= up
				// gather the classes of 8 bytes, then their word and number
				// bits into 8 bits of the masks
				if x&0x8080808080808080 != 0 {
					for i := j; i < j+8; i++ {
						if blk[i] >= 0x80 {
							highs = append(highs, int32(base+i))
						}
					}
				}
				k := uint64(byteClass[blk[j]]) | uint64(byteClass[blk[j+1]])<<8 | uint64(byteClass[blk[j+2]])<<16 |
					uint64(byteClass[blk[j+3]])<<24 | uint64(byteClass[blk[j+4]])<<32 | uint64(byteClass[blk[j+5]])<<40 |
					uint64(byteClass[blk[j+6]])<<48 | uint64(byteClass[blk[j+7]])<<56
				w := (k | k>>3) & 0x0101010101010101    // clsLetter or clsApos
				m := (k>>1 | k>>2) & 0x0101010101010101 // clsDigit or clsNumber
				wm |= (w * 0x0102040810204080 >> 56) << j
				nm |= (m * 0x0102040810204080 >> 56) << j
				if m := k >> 6 & 0x0101010101010101; m != 0 { // clsSep
					for m != 0 {
						seps = append(seps, int32(base+j+bits.TrailingZeros64(m)/8))
						m &= m - 1
					}
				}
				if a := k >> 3 & 0x0101010101010101; a != 0 { // clsApos
					am |= (a * 0x0102040810204080 >> 56) << j
					for a != 0 {
						apos = append(apos, int32(base+j+bits.TrailingZeros64(a)/8))
						a &= a - 1
					}
				}
			}
		} else {
			blk := s[base:]
			out := low[base:]
			for i := 0; i < len(blk); i++ {
				c := blk[i]
				k := byteClass[c]
				out[i] = lowerByte[c]
				upper |= uint64(k & clsUpper)
				if c >= 0x80 {
					highs = append(highs, int32(base+i))
				}
				if k&clsApos != 0 {
					apos = append(apos, int32(base+i))
					am |= 1 << i
				}
				if k&clsSep != 0 {
					seps = append(seps, int32(base+i))
				}
				wm |= uint64((k|k>>3)&1) << i    // clsLetter or clsApos
				nm |= uint64((k>>1|k>>2)&1) << i // clsDigit or clsNumber
			}
		}
		if wm&^(wm<<1|carryW)&am != 0 {
			leadingApos = true // a run of word bytes starts with an apostrophe
		}
		for x := wm ^ (wm<<1 | carryW); x != 0; x &= x - 1 {
			words = append(words, int32(base+bits.TrailingZeros64(x)))
		}
		for x := nm ^ (nm<<1 | carryN); x != 0; x &= x - 1 {
			bounds = append(bounds, int32(base+bits.TrailingZeros64(x)))
		}
		if base+64 > n {
			// the masks' bits past the text are zero: a run open at the
			// end was closed at n above
			carryW, carryN = 0, 0
			break
		}
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
	if len(highs) > 0 {
		t.splitWords()
	}
	t.lowerBuf = low
	t.Lower = s
	if upper != 0 {
		t.Lower = unsafe.String(unsafe.SliceData(low), n)
	}
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
