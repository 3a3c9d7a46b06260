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

// TestCredentialURLs checks that a link whose query carries a credential
// (a key, a token, a signature: eight characters or more, not a word) is
// a SECRET, and any other link a URL.
func TestCredentialURLs(t *testing.T) {
	tests := []struct{ url, entity string }{
		{"https://api.example.com/v2/orders?api_key=Zk4mQ9vT2bR7nX1c", Secret},
		{"https://files.example.com/a.pdf?X-Amz-Expires=300&X-Amz-Signature=9f8e7d6c5b4a3928", Secret},
		{"https://example.com/x?TOKEN=AbC12345&page=2", Secret},
		{"https://example.com/reset?user=jane&token=8f3a", URL}, // too short to be one
		{"https://example.com/x?token=expiredlink", URL},        // a word
		{"https://example.com/x?id=12345678&tokenized=AbC12345", URL},
		{"https://example.com/?q=api_key%3DZk4mQ9vT2bR7nX1c", URL},
	}
	for _, tc := range tests {
		text := "see " + tc.url + " now"
		spans := (urlDetector{}).Find(NewText(text), nil)
		var got []string
		for _, s := range spans {
			got = append(got, s.Entity+" "+text[s.Start:s.End])
		}
		if diff := cmp.Diff([]string{tc.entity + " " + tc.url}, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.url, diff)
		}
	}
}
