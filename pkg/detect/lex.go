package detect

import (
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
		byteClass[numberBytes[i]] |= clsNumber
	}
}

// lex makes, in one pass over t.S, the lower-cased copy, the words
// (wordStarts: runs of letters and apostrophes that start with a letter)
// and the digit stretches (digitSpans: runs of digits and numberBytes that
// hold a digit), so every detector shares them. The loop has no branch
// that depends on the text: every byte writes the next boundary slot and
// moves on by one only when it is a boundary, as a branch per word would
// be mispredicted about once per word.
func (t *Text) lex() {
	s := t.S
	n := len(s)
	if cap(t.lowerBuf) < n {
		t.lowerBuf = make([]byte, n, n+n/4)
	}
	if cap(t.words) < n+2 {
		t.words = make([]int32, n+2, n+n/4+2)
	}
	if cap(t.bounds) < n+2 {
		t.bounds = make([]int32, n+2, n+n/4+2)
	}
	low := t.lowerBuf[:n]
	words := t.words[:n+2]
	bounds := t.bounds[:n+2]
	var upper, high uint8
	var inWord, inNum uint8
	nw, nb := 0, 0
	for i := 0; i < n; i++ {
		c := s[i]
		k := byteClass[c]
		low[i] = lowerByte[c]
		upper |= k
		high |= c
		letter := k & clsLetter
		cont := (k | k>>3) & clsLetter // clsApos>>3 == clsLetter
		w := letter | inWord&cont
		words[nw] = int32(i)
		nw += int(w ^ inWord)
		inWord = w
		num := (k>>1 | k>>2) & 1 // clsDigit or clsNumber
		bounds[nb] = int32(i)
		nb += int(num ^ inNum)
		inNum = num
	}
	if inWord != 0 {
		words[nw] = int32(n)
		nw++
	}
	if inNum != 0 {
		bounds[nb] = int32(n)
		nb++
	}
	t.words = words[:nw]
	// keep the stretches that hold a digit
	digits := t.digits[:0]
	for b := 0; b+1 < nb; b += 2 {
		from, to := bounds[b], bounds[b+1]
		for i := from; i < to; i++ {
			if isDigit(s[i]) {
				digits = append(digits, from, to)
				break
			}
		}
	}
	t.digits = digits
	t.wordsDone, t.digitsDone = true, true
	t.nonASCII = high >= 0x80
	if t.nonASCII {
		t.splitWords()
	}
	t.lowerBuf = low
	t.Lower = s
	if upper&clsUpper != 0 {
		t.Lower = unsafe.String(unsafe.SliceData(low), n)
	}
}

// splitWords splits the words that hold multi-byte characters at those
// that are not letters or marks: curly quotes, dashes, no-break spaces and
// other punctuation do not belong to the word they touch (“DOB”, «Hola»,
// Maria—she). The lexer's byte classes cannot tell them from letters.
func (t *Text) splitWords() {
	s := t.S
	in := t.words
	out := t.bounds[:0] // lex is done with its scratch
	for w := 0; w+1 < len(in); w += 2 {
		a, b := int(in[w]), int(in[w+1])
		ascii := true
		for i := a; i < b; i++ {
			if s[i] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			out = append(out, int32(a), int32(b))
			continue
		}
		start := -1
		for i := a; i < b; {
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:b])
			}
			part := r == '\'' || r < utf8.RuneSelf && byteClass[r]&clsLetter != 0 || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r))
			switch {
			case part && start < 0 && r != '\'':
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
