package detect

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// refWords is the specification of Text.wordStarts: runs of letters (ASCII
// letters and letters or marks beyond ASCII) and apostrophes (' and ’) that
// start with a letter.
func refWords(s string) []int32 {
	var out []int32
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		letter := r < utf8.RuneSelf && isAlpha(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r))
		switch {
		case start < 0 && letter:
			start = i
		case start >= 0 && !letter && r != '\'' && r != '’':
			out = append(out, int32(start), int32(i))
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, int32(start), int32(len(s)))
	}
	return out
}

// refDigits is the specification of Text.digitSpans: maximal runs of
// digits and numberBytes that hold a digit.
func refDigits(s string) []int32 {
	var out []int32
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "0123456789")
		if k < 0 {
			break
		}
		start, end := i+k, i+k
		for start > i && strings.IndexByte(numberBytes, s[start-1]) >= 0 {
			start--
		}
		for end < len(s) && (isDigit(s[end]) || strings.IndexByte(numberBytes, s[end]) >= 0) {
			end++
		}
		out = append(out, int32(start), int32(end))
		i = end
	}
	return out
}

func checkLex(t *testing.T, s string) {
	t.Helper()
	tx := NewText(s)
	if want := refWords(s); !slices.Equal(want, tx.wordStarts()) {
		t.Fatalf("words of %q (-want +got):\n%s", s, cmp.Diff(want, tx.wordStarts(), cmpopts.EquateEmpty()))
	}
	if want := refDigits(s); !slices.Equal(want, tx.digitSpans()) {
		t.Fatalf("digit spans of %q (-want +got):\n%s", s, cmp.Diff(want, tx.digitSpans(), cmpopts.EquateEmpty()))
	}
	var seps, apos, highs []int32
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':' || c == '-' || c == '.':
			seps = append(seps, int32(i))
		case c == '\'':
			apos = append(apos, int32(i))
		case c >= 0x80:
			highs = append(highs, int32(i))
		}
	}
	for _, l := range []struct {
		name      string
		want, got []int32
	}{{"separators", seps, tx.seps}, {"apostrophes", apos, tx.apos}, {"multi-byte", highs, tx.highs}} {
		if !slices.Equal(l.want, l.got) {
			t.Fatalf("%s of %q (-want +got):\n%s", l.name, s, cmp.Diff(l.want, l.got, cmpopts.EquateEmpty()))
		}
	}
	if tx.Lower != asciiLower(s) {
		t.Fatalf("lower of %q: %q", s, tx.Lower)
	}
}

// TestLex compares the lexer's words, digit stretches and lower-cased copy
// with the plain definitions above, on texts of every length around the
// lexer's 64-byte blocks.
func TestLex(t *testing.T) {
	for _, s := range []string{"", "a", "'a", "a'", "''", "Hello, World!", "“DOB” 12/03/1990", "call +1 (415) 555-0132 now",
		"12 - 34 ab 56", "  7  ", "María—José « Hola » l’été", "x\xffy 9", strings.Repeat("ab1 ", 40)} {
		checkLex(t, s)
	}
	alphabet := []string{"a", "Z", "é", "É", "’", "“", "—", "\u00a0", "'", " ", "  ", "-", ".", "/", "(", ")", "+", "0", "7", ",", "\n", "\xc3", "ß", "日本", ":"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for k := rng.IntN(200); k > 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		checkLex(t, b.String())
	}
}

// FuzzLex checks the lexer against the plain definitions on any input.
func FuzzLex(f *testing.F) {
	f.Add("Hi, my name is María; call +1 (415) 555-0132 or “DOB” 12/03/1990")
	f.Fuzz(func(t *testing.T, s string) { checkLex(t, s) })
}

// TestWordTables checks that every keyword set's first word and every
// ASCII given name is found in the lexicon with what it stands for, every
// word of notNames in notNameWords, and that other words, among them words
// sharing a long word's first eight bytes or its length, are not.
func TestWordTables(t *testing.T) {
	find := func(wt *wordTable, w string) *lexEntry {
		e := wt.lookup(lexKey(w), w)
		// allHits lets a word by on its first slot alone: a word of the
		// table must pass
		if m := wt.meta[lexHash(lexKey(w), len(w))]; e != nil && !(m != 0 && (int(m>>24) == len(w) || m&lexChain != 0)) {
			t.Fatalf("%q is in the table but its first slot turns it away", w)
		}
		// the same through a text's keys: what lies around the word
		// must not matter
		tx := NewText("xxxxxxxxx" + w + "yyyyyyyyy")
		if head, _ := tx.wordKeys(9, 9+len(w)); w == asciiLower(w) && wt.lookup(head, w) != e {
			t.Fatalf("%q looked up through a text's keys: %+v, not %+v", w, wt.lookup(head, w), e)
		}
		return e
	}
	words, others := map[string]bool{}, map[string]bool{}
	for w, kw := range keywordIndex {
		words[w] = true
		if e := find(&lexicon, w); e == nil || !slices.Equal(e.keywords, kw) || e.name != (firstNames[w] && isASCIIWord(w)) {
			t.Errorf("lexicon entry of keyword %q: %+v", w, e)
		}
	}
	for n := range firstNames {
		if !isASCIIWord(n) {
			continue
		}
		words[n] = true
		if e := find(&lexicon, n); e == nil || !e.name || !slices.Equal(e.keywords, keywordIndex[n]) {
			t.Errorf("lexicon entry of given name %q: %+v", n, e)
		}
	}
	for w := range notNames {
		others[w] = true
	}
	rng := rand.New(rand.NewPCG(23, 24))
	var tries []string
	for w := range words {
		if len(w) > 8 {
			tries = append(tries, w[:8]+strings.Repeat("z", len(w)-8), w[:len(w)-1]+"q", w+"s")
		}
		tries = append(tries, w[:len(w)-1], strings.ToUpper(w))
	}
	for w := range others {
		tries = append(tries, w, w[:len(w)-1], w+"s")
	}
	for range 20000 {
		b := make([]byte, 1+rng.IntN(20))
		for i := range b {
			b[i] = "abcdefghijklmnopqrstuvwxyz'"[rng.IntN(27)]
		}
		tries = append(tries, string(b))
	}
	for _, w := range append(tries, "thanks", "order", "customer", "agent") {
		if got := find(&lexicon, w); (got != nil) != words[w] {
			t.Errorf("lexicon.lookup(%q) = %+v, in the lexicon: %v", w, got, words[w])
		}
		if got := find(&notNameWords, w); (got != nil) != others[w] {
			t.Errorf("notNameWords.lookup(%q) = %+v, in notNames: %v", w, got, others[w])
		}
	}
}

// TestLexBlocks compares lexBlocks (AVX2 assembly where the machine has
// it) with lexBlocksGeneric: every byte value at every position of a
// block, then random blocks.
func TestLexBlocks(t *testing.T) {
	check := func(src []byte) {
		t.Helper()
		n := len(src) / 64
		gotLow, wantLow := make([]byte, len(src)), make([]byte, len(src))
		gotM, wantM := make([]blockMasks, n), make([]blockMasks, n)
		gotUp := lexBlocks(src, gotLow, gotM)
		wantUp := lexBlocksGeneric(src, wantLow, wantM)
		if gotUp != wantUp || string(gotLow) != string(wantLow) || !slices.Equal(gotM, wantM) {
			t.Fatalf("lexBlocks(%q) = %v %q %+v, want %v %q %+v", src, gotUp, gotLow, gotM, wantUp, wantLow, wantM)
		}
	}
	check(nil)
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 64; pos++ {
			src := []byte(strings.Repeat("a", 128))
			src[pos], src[64+63-pos] = byte(c), byte(c)
			check(src)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		src := make([]byte, 64*(1+rng.IntN(4)))
		for i := range src {
			src[i] = byte(rng.IntN(256))
		}
		check(src)
	}
}
