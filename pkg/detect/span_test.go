package detect

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// refResolve is the definition Resolve implements: longest span first, then
// the higher priority, then the earlier one, each kept unless it overlaps a
// span kept before it; the result sorted by start.
func refResolve(spans []Span) []Span {
	spans = slices.Clone(spans)
	slices.SortStableFunc(spans, byStrength)
	var kept []Span
	for _, s := range spans {
		if !slices.ContainsFunc(kept, func(k Span) bool { return s.Start < k.End && k.Start < s.End }) {
			kept = append(kept, s)
		}
	}
	slices.SortStableFunc(kept, byStart)
	return kept
}

// TestResolve compares Resolve with refResolve on random sets of spans,
// few and many, sparse and crowded, with equal spans from different
// sources.
func TestResolve(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for round := range 3000 {
		n, width := rng.IntN(60), 1+rng.IntN(400)
		if round%10 == 0 {
			n, width = 65+rng.IntN(300), 1+rng.IntN(200) // clusters of many spans
		}
		spans := make([]Span, n)
		for i := range spans {
			a := rng.IntN(width)
			spans[i] = Span{Start: a, End: a + 1 + rng.IntN(12), Priority: rng.IntN(3) * 10, Ref: i}
			if i > 0 && rng.IntN(8) == 0 {
				spans[i] = spans[i-1]
				spans[i].Ref = i // the same span found twice
			}
		}
		want := refResolve(spans)
		got := Resolve(slices.Clone(spans))
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Resolve(%v) (-want +got):\n%s", spans, diff)
		}
	}
}

// TestURLQueryWithPersonalData: a link ends before a query that holds an
// email or a phone, which are then found on their own; a query without
// them stays in the link.
func TestURLQueryWithPersonalData(t *testing.T) {
	s := NewScanner(Default(), nil)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"see https://shop.example.com/checkout?email=maria.lopez%40gmail.com&phone=%2B14155550123&step=2 ok",
			[]string{"URL https://shop.example.com/checkout", "EMAIL maria.lopez%40gmail.com", "PHONE %2B14155550123"}},
		{"see https://example.com/a?x=1&page=2 ok", []string{"URL https://example.com/a?x=1&page=2"}},
	} {
		var got []string
		for _, sp := range s.Scan(c.text, nil) {
			got = append(got, sp.Entity+" "+c.text[sp.Start:sp.End])
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}

// TestPlainCharacters: numbers and addresses written with no-break spaces,
// dashes, full-width or Arabic-Indic digits and characters of no width are
// found, their spans on the original text.
func TestPlainCharacters(t *testing.T) {
	s := NewScanner(Default(), nil)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Card: 4111\u00a01111\u00a01111\u00a01111 ok", []string{"CREDIT_CARD 4111\u00a01111\u00a01111\u00a01111"}},
		{"call 415–555–0132 today", []string{"PHONE 415–555–0132"}},
		{"番号は４１５−５５５−０１３２です", []string{"PHONE ４１５−５５５−０１３２"}},
		{"رقم هاتفي +٩٧١ ٥٠ ١٢٣ ٤٥٦٧ شكرا", []string{"PHONE +٩٧١ ٥٠ ١٢٣ ٤٥٦٧"}},
		{"mail jo\u200bhn.smith@example.com now", []string{"EMAIL jo\u200bhn.smith@example.com"}},
		{"IBAN\u00a0DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000.", []string{"IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000"}},
		{"Zoë paid, Ⅻ", nil},
	} {
		var got []string
		for _, sp := range s.Scan(c.text, nil) {
			got = append(got, sp.Entity+" "+c.text[sp.Start:sp.End])
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
