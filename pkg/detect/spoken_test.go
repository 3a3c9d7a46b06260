package detect

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestSpokenRuns checks the runs read from digit words: where they start
// and end, their digits, and the kind they are given.
func TestSpokenRuns(t *testing.T) {
	type run struct{ Text, Digits, Entity string }
	tests := []struct {
		in   string
		want []run
	}{
		{"it's five five five, one two three, four five six seven.", []run{{"five five five, one two three, four five six seven", "5551234567", Phone}}},
		{"oh seven seven double oh nine double oh one two three", []run{{"oh seven seven double oh nine double oh one two three", "07700900123", Phone}}},
		{"four one five uh five five five dash oh one three two", []run{{"four one five uh five five five dash oh one three two", "4155550132", Phone}}},
		{"call 415 five five five zero one three two", []run{{"415 five five five zero one three two", "4155550132", Phone}}},
		{"555 one two 3456 seven", []run{{"555 one two 3456 seven", "5551234567", Phone}}},
		{"Card: four one one one one one one one one one one one one one one one", []run{{"four one one one one one one one one one one one one one one one", "4111111111111111", CreditCard}}},
		{"my social is five three six two two one two three four", []run{{"five three six two two one two three four", "536221234", USSSN}}},
		{"order number four four one two three nine eight seven", []run{{"four four one two three nine eight seven", "44123987", ""}}},
		// too few digit words or digits, or broken by a word or a line
		{"one two 3456789", nil},
		{"one two three four five six", nil},
		{"one two three four\nfive six seven", nil},
		{"one two three four and five six seven", nil},
		{"oh, one two three four five six", nil},
		{"someone two three four five six seven", nil},
		{"twenty-one two three four five six seven", nil},
		// pairs: teens and tens, a tens word with its unit or alone, and
		// "hundred" after a digit; they add digits but do not count as words
		{"my number is five five five, twelve thirty four", []run{{"five five five, twelve thirty four", "5551234", Phone}}},
		{"four one five five fifty five oh one three two", []run{{"four one five five fifty five oh one three two", "4155550132", Phone}}},
		{"it's four fifteen, five fifty five, oh one thirty two", []run{{"four fifteen, five fifty five, oh one thirty two", "4155550132", Phone}}},
		{"one eight hundred five five five one two one two", []run{{"one eight hundred five five five one two one two", "18005551212", Phone}}},
		{"area code four one five then five five five twelve twelve", []run{{"four one five then five five five twelve twelve", "4155551212", Phone}}},
		{"seven twenty oh one two three four", []run{{"seven twenty oh one two three four", "72001234", Phone}}},
		{"nineteen ninety nine, twenty nine ninety nine and thirty nine ninety nine", nil},
		{"twelve thirty four fifty six seventy eight", nil},
		{"five five five twenty-one", nil},
		// other languages, and the French pairs after a leading zero
		{"mi número es cinco cinco cinco, uno dos tres, cuatro cinco seis siete", []run{{"cinco cinco cinco, uno dos tres, cuatro cinco seis siete", "5551234567", Phone}}},
		{"mi teléfono es seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho", []run{{"seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho", "612345678", Phone}}},
		{"c'est le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", []run{{"zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "0612345678", Phone}}},
		{"zéro un, quarante-deux, soixante et onze, quatre-vingt-dix-neuf, zéro trois", []run{{"zéro un, quarante-deux, soixante et onze, quatre-vingt-dix-neuf, zéro trois", "0142719903", Phone}}},
		{"meine nummer ist null eins sieben zwei, drei vier fünf, sechs sieben acht neun", []run{{"null eins sieben zwei, drei vier fünf, sechs sieben acht neun", "01723456789", Phone}}},
		{"il mio numero è tre tre tre uno due tre quattro cinque sei sette", []run{{"tre tre tre uno due tre quattro cinque sei sette", "3331234567", Phone}}},
		{"mijn nummer is nul zes een twee drie vier vijf zes zeven acht", []run{{"nul zes een twee drie vier vijf zes zeven acht", "0612345678", Phone}}},
		{"douze, trente-quatre, cinquante-six, soixante-dix-huit", nil}, // pairs with no zero before them: prices, scores
		{"zéro six, douze, trente-quatre", nil},                         // seven digits read in pairs: too few
		{"[null, null, null, null, null, null, null, null]", nil},       // one digit over and over
		{"un deux trois quatre cinq six sept huit neuf dix", nil},       // a count
		{"one two three four five six seven", nil},
		// what the words after a run say it is
		{"it's four four zero one two three nine eight seven for the account", []run{{"four four zero one two three nine eight seven", "440123987", ""}}},
		{"four four one two three nine eight seven is my order number", []run{{"four four one two three nine eight seven", "44123987", ""}}},
		{"four one five five five five oh one three two on my account", []run{{"four one five five five five oh one three two", "4155550132", Phone}}},
		{"call four one five five five five oh one three two for the account", []run{{"four one five five five five oh one three two", "4155550132", Phone}}},
		{"double twelve three four five eight seven", []run{{"twelve three four five eight seven", "1234587", Phone}}}, // "double" reads no pair
		// a "double" before no digit word reads nothing; the next starts a run
		{"double double four four one two three four", []run{{"double four four one two three four", "4441234", Phone}}},
	}
	for _, tt := range tests {
		tx := NewText(tt.in)
		var got []run
		for _, r := range tx.spokenRuns() {
			got = append(got, run{tt.in[r.start:r.end], string(r.digits), r.entity})
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestSpelledLettersFilter checks spelledLettersMay against what it
// filters: on random texts of letters and separators, every text where
// spelledLetters finds a name must pass the filter.
func TestSpelledLettersFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	letters := []string{"a", "b", "n", "N", "é", "ab", "xyz"}
	seps := []string{" ", "-", ".", ". ", ", ", "  ", "'", "\n"}
	passed, found := 0, 0
	for range 20000 {
		var b []byte
		one := seps[rng.IntN(len(seps))] // half the texts keep to one separator
		for n := rng.IntN(40); n >= 0; n-- {
			b = append(b, letters[rng.IntN(len(letters))]...)
			if rng.IntN(2) == 0 {
				b = append(b, one...)
			} else {
				b = append(b, seps[rng.IntN(len(seps))]...)
			}
		}
		tx := NewText(string(b))
		may := spelledLettersMay(tx.masks[:(len(tx.S)+63)/64])
		if len(spelledLetters(tx, nil)) > 0 {
			found++
			if !may {
				t.Fatalf("%q: spelled letters found, but the filter said none", b)
			}
		}
		if may {
			passed++
		}
	}
	if found < 100 || passed == 20000 {
		t.Fatalf("found %d, filter passed %d of 20000: the texts do not test the filter", found, passed)
	}
}

// TestSpokenDate checks the dates read out in words that the birth-date
// detector takes after its cue words.
func TestSpokenDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{" is march third nineteen eighty five", "march third nineteen eighty five"},
		{" the fifth of june nineteen ninety", "fifth of june nineteen ninety"},
		{" twenty first of may two thousand and one", "twenty first of may two thousand and one"},
		{": january twenty-first two thousand and three, thanks", "january twenty-first two thousand and three"},
		{" june 5th nineteen eighty", "june 5th nineteen eighty"},
		{" june nineteen eighty", "june nineteen eighty"},
		{" april twelfth", "april twelfth"},
		{" december thirty first nineteen ninety-nine", "december thirty first nineteen ninety-nine"},
		// no date
		{" in may, i think", ""},
		{" may i ask why", ""},
		{" in march", ""},
		{" is the second of three", ""},
		{" june 45th", ""},
	}
	for _, tt := range tests {
		got := ""
		if a, b, ok := spokenDate(tt.in); ok {
			got = tt.in[a:b]
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("spokenDate(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
