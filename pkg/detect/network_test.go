package detect

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// macsByEverySep is the MAC detector as it was before it read the
// separators' lists: every ':', '-' and '.' tried as the first separator
// of an address. TestMACLists checks the lists find the same.
func macsByEverySep(t *Text) []Span {
	text := t.S
	var dst []Span
	var next [3]int
	for _, sp := range t.seps {
		p := int(sp)
		kind, off := 0, 2
		switch text[p] {
		case '-':
			kind = 1
		case '.':
			kind, off = 2, 4
		}
		i := p - off
		if i < next[kind] || i < 0 || !isHex(text[i]) || !boundaryBefore(text, i) {
			continue
		}
		if end := macAt(text, i); end > 0 {
			dst = append(dst, Span{Start: i, End: end, Entity: MAC, Priority: prioMAC})
			next[kind] = end
		}
	}
	return dst
}

// TestMACLists compares the MAC detector with macsByEverySep on random
// texts of hex digits, separators and other bytes, and on addresses
// placed among them.
func TestMACLists(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 11))
	parts := []string{"0", "a", "F", "g", ":", "-", ".", " ", "00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E",
		"001a.2b3c.4d5e", "1a:2b", "x", "é"}
	found := 0
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		tx := NewText(b.String())
		got := macDetector{}.Find(tx, nil)
		want := macsByEverySep(tx)
		sortByStart(got)
		sortByStart(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%q (-every separator +lists):\n%s", tx.S, diff)
		}
		found += len(got)
	}
	if found < 1000 {
		t.Fatalf("only %d addresses in the random texts: the test says little", found)
	}
}
