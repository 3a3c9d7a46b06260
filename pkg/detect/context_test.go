package detect

import (
	"math/rand/v2"
	"net/netip"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// monthNames matches the words of months, longest first (the list is data;
// the layouts below are the specification).
var monthNames = func() string {
	names := slices.Clone(months)
	slices.SortStableFunc(names, func(a, b string) int { return len(b) - len(a) })
	return `(?:` + strings.Join(names, "|") + `)`
}()

// dateSpec is what findDate finds: the common numeric and written date
// layouts.
var dateSpec = regexp.MustCompile(`(?i)\b(?:` +
	`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}` +
	`|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})` +
	`|\d{1,2}(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de))?[\s-]+` + monthNames + `\.?,?[\s-]+(?:de\s+)?\d{4}` +
	`|` + monthNames + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
	`|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])` +
	`)\b`)

func checkDate(t *testing.T, s string) {
	t.Helper()
	a, b, ok := findDate(s)
	loc := dateSpec.FindStringIndex(s)
	if (loc != nil) != ok || ok && (loc[0] != a || loc[1] != b) {
		t.Fatalf("%q: found %d %d %v, want %v", s, a, b, ok, loc)
	}
}

// TestFindDate compares findDate with dateSpec on listed layouts and on
// random strings made of date pieces.
func TestFindDate(t *testing.T) {
	for _, s := range []string{"on 14/07/1985 in", "1990-02-28.", "is March 5, 1984", "5th of June 1979", "am 03.10.1990", "x 3-10-90 y",
		"12/12/123456", "Sept. 3, 1999", "sep 3 1999", "3 sept 1999", "31st-may-2001", "1-1-1", "2024/1/1x", "99 of jan 1990",
		"jan 1st, 1990", "jan 1st 1990", "mayday 1 1990", "3rd   of\n-Dec., 1990", "10/10/10/10", "1990-1-1-1", "1.2.34",
		"Nov 31st,1999", "the 3rd of may, 2001", "19750201", "19751301", "20240230x", "1975020112", "21000101", "",
		"am 3. März 1985", "3 de marzo de 1985", "le 1er juillet 1990", "15 luglio 1990", "3 maart 1985", "3 de março de 1985",
		"3. MÄRZ 1985", "12 févr. 1990", "1 de 1985", "3. 1985", "3er de mayo 1990", "marzo 3, 1985", "3 de junho, 1990"} {
		checkDate(t, s)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	const pieces = "0123456789 -/.,ofstndrhJanMayseptOcDderäzMÄ\n"
	compact := []string{"19", "20", "01", "12", "13", "31", "32", "00"}
	for range 100000 {
		b := make([]byte, 2+rng.IntN(24))
		for i := range b {
			b[i] = pieces[rng.IntN(len(pieces))]
		}
		checkDate(t, string(b))
	}
	for range 20000 { // compact dates, which random bytes seldom make
		var b []byte
		for k := rng.IntN(6); k > 0; k-- {
			b = append(b, compact[rng.IntN(len(compact))]...)
			if rng.IntN(4) == 0 {
				b = append(b, pieces[rng.IntN(len(pieces))])
			}
		}
		checkDate(t, string(b))
	}
}

// FuzzFindDate checks findDate against dateSpec on any input.
func FuzzFindDate(f *testing.F) {
	f.Add("born on March 5, 1984")
	f.Add("DOB 5th of June 1979")
	f.Fuzz(func(t *testing.T, s string) { checkDate(t, s) })
}

// TestPostcodeHits checks postcodeHits, which looks only at the last
// byte of each digit stretch, against a walk over every byte of them, on
// random texts of digits, capitals, spaces and separators.
func TestPostcodeHits(t *testing.T) {
	walk := func(tx *Text) []int {
		var out []int
		s, spans := tx.S, tx.digitSpans()
		for k := 0; k < len(spans); k += 2 {
			for i := int(spans[k]); i < int(spans[k+1]) && i+2 < len(s); i++ {
				if isDigit(s[i]) && isUpper(s[i+1]) && (isUpper(s[i+2]) || isDigit(s[i+2])) && boundaryAfter(s, i+3) && i > 0 && s[i-1] == ' ' {
					out = append(out, i)
				}
			}
		}
		return out
	}
	rng := rand.New(rand.NewPCG(31, 32))
	pieces := []string{"1", "2", "9", "A", "N", "Z", "a", " ", "  ", "-", ".", "(", ")", "+", "SW1A 1AA", "M5H 2N2", "\n", "é"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		tx := NewText(b.String())
		if diff := cmp.Diff(walk(tx), postcodeHits(tx, nil)); diff != "" {
			t.Fatalf("%q (-walk +postcodeHits):\n%s", tx.S, diff)
		}
	}
}

// TestIBANStarts checks ibanDetector, which tries only the first byte of
// each digit stretch, against trying every byte of them, on random texts
// of IBAN pieces, letters, digits and spaces.
func TestIBANStarts(t *testing.T) {
	walk := func(tx *Text) []Span {
		var out []Span
		text, spans, next := tx.S, tx.digitSpans(), 0
		for k := 0; k < len(spans); k += 2 {
			for d := int(spans[k]); d < int(spans[k+1]); d++ {
				i := d - 2
				if !isDigit(text[d]) || i < next || i < 0 || !isAlpha(text[i]) || !isAlpha(text[i+1]) || !boundaryBefore(text, i) ||
					i+3 >= len(text) || !isDigit(text[i+3]) {
					continue
				}
				if j, ok := ibanAt(text, i); ok {
					out = append(out, Span{Start: i, End: j, Entity: IBAN, Priority: prioIBAN})
					next = j + 1
				}
			}
		}
		return out
	}
	rng := rand.New(rand.NewPCG(41, 42))
	pieces := []string{"DE44 5001 0517 5407 3249 31", "GB29NWBK60161331926819", "DE", "44", "5001", " ", "  ", "x", "1", "-", "(", "IBAN ", "de89 3704"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		tx := NewText(b.String())
		if diff := cmp.Diff(walk(tx), ibanDetector{}.Find(tx, nil)); diff != "" {
			t.Fatalf("%q (-walk +Find):\n%s", tx.S, diff)
		}
	}
}

// TestIPv6ColonFilter checks ipv6Detector, which reads from the colons
// of the lexer's separator list that have another colon within five
// bytes, against a byte walk that finds those colons itself, on random
// texts of address pieces. (Without the filter, a reading from a lone
// colon could swallow an address: in "10:30123451.2001:db8::1" it read
// on through ".2001…" and rejected the whole.)
func TestIPv6ColonFilter(t *testing.T) {
	near := func(text string, c int) bool {
		for d := 1; d <= 5; d++ {
			if c-d >= 0 && text[c-d] == ':' || c+d < len(text) && text[c+d] == ':' {
				return true
			}
		}
		return false
	}
	every := func(text string) []Span {
		var out []Span
		off := 0
		for c := 0; c < len(text); c++ {
			if text[c] != ':' || c < off || !near(text, c) {
				continue
			}
			i, j := c, c
			for i > 0 && (isHex(text[i-1]) || text[i-1] == ':') {
				i--
			}
			for j < len(text) && (isHex(text[j]) || text[j] == ':' || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
				j++
			}
			off = max(j, c+1)
			cand := text[i:j]
			if strings.Count(cand, ":") < 2 || !boundaryBefore(text, i) || !boundaryAfter(text, j) || len(cand) < 6 {
				continue
			}
			a, err := netip.ParseAddr(cand)
			if err != nil || !a.Is6() || a.IsUnspecified() {
				continue
			}
			hex := 0
			for x := 0; x < len(cand); x++ {
				if isHex(cand[x]) {
					hex++
				}
			}
			if hex >= 4 {
				out = append(out, Span{Start: i, End: j, Entity: IPv6, Priority: prioIP})
			}
		}
		return out
	}
	rng := rand.New(rand.NewPCG(51, 52))
	pieces := []string{"2001:db8::1", "fe80::1ff:fe23:4567:890a", "::ffff:192.0.2.1", ":", "::", "a", "ff", "1234", "12345", ".", "1", " ", "Agent: ", "10:30", "[", "]:443"}
	found := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		tx := NewText(b.String())
		want := every(tx.S)
		found += len(want)
		if diff := cmp.Diff(want, ipv6Detector{}.Find(tx, nil)); diff != "" {
			t.Fatalf("%q (-every colon +Find):\n%s", tx.S, diff)
		}
	}
	if found < 1000 {
		t.Fatalf("only %d addresses in the random texts: the comparison says little", found)
	}
}
