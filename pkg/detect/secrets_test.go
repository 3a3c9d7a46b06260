package detect

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSecretMatchers compares each hand-written secret matcher with the
// regular expression it stands for, on random tokens after each keyword.
func TestSecretMatchers(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	const alphabet = "ABCXYZabcxyz0189_-./ baprs"
	checked := 0
	for _, p := range secretPatterns {
		if p.match == nil {
			continue
		}
		for range 4000 {
			kw := p.keywords[rng.IntN(len(p.keywords))]
			var b strings.Builder
			b.WriteString(kw)
			if rng.IntN(3) == 0 {
				b.WriteString("b-") // xox tokens
			}
			n := rng.IntN(100)
			for range n {
				switch r := rng.IntN(60); {
				case r == 0:
					b.WriteString(".eyJ")
				case r < 6:
					b.WriteByte("_-./ é"[rng.IntN(6)])
				default:
					b.WriteByte(alphabet[rng.IntN(12)])
				}
			}
			s := b.String()
			end, ok := p.match(s, 0)
			loc := p.re.FindStringIndex(s)
			if loc != nil && loc[0] != 0 {
				loc = nil // a match further on starts at no keyword hit
			}
			if (loc != nil) != ok || ok && loc[1] != end {
				t.Fatalf("%s on %q: hand %d %v, expression %v", kw, s, end, ok, loc)
			}
			if ok {
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d matches checked", checked)
	}
}
