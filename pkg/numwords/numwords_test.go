package numwords

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDigit(t *testing.T) {
	got := map[byte][]string{}
	for _, w := range strings.Fields("zero oh cero zéro null nul one uno un une eins een um two dos deux due zwei dois " +
		"three tres três trois tre drei drie four cuatro quatre quattro vier quatro five cinco cinq cinque fünf vijf " +
		"six seis sei sechs zes seven siete sept sette sieben sete zeven eight ocho huit otto acht oito " +
		"nine nueve neuf nove neun negen once ten fifty the") {
		got[Digit(w)] = append(got[Digit(w)], w)
	}
	want := map[byte][]string{
		0:   {"um", "once", "ten", "fifty", "the"},
		'0': {"zero", "oh", "cero", "zéro", "null", "nul"},
		'1': {"one", "uno", "un", "une", "eins", "een"},
		'2': {"two", "dos", "deux", "due", "zwei", "dois"},
		'3': {"three", "tres", "três", "trois", "tre", "drei", "drie"},
		'4': {"four", "cuatro", "quatre", "quattro", "vier", "quatro"},
		'5': {"five", "cinco", "cinq", "cinque", "fünf", "vijf"},
		'6': {"six", "seis", "sei", "sechs", "zes"},
		'7': {"seven", "siete", "sept", "sette", "sieben", "sete", "zeven"},
		'8': {"eight", "ocho", "huit", "otto", "acht", "oito"},
		'9': {"nine", "nueve", "neuf", "nove", "neun", "negen"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("digits (-want +got):\n%s", diff)
	}
}

func TestPair(t *testing.T) {
	tests := []struct {
		in   string
		want string // the pair's digits, then the words it took after a space; "" for none
	}{
		{"twelve thirty", "12 1"},
		{"fifty five oh", "55 2"},
		{"fifty oh one", "50 1"},
		{"fifty", "50 1"},
		{"ninety nine", "99 2"},
		{"treinta y cuatro", "34 3"},
		{"treinta y", "30 1"}, // a joining word with no unit after it is not taken
		{"cuarenta cinco", "45 2"},
		{"veinticuatro", "24 1"},
		{"doce", "12 1"},
		{"vinte e dois", "22 3"},
		{"setenta e sete", "77 3"},
		{"setenta y siete", "77 3"},
		{"vingt et un", "21 3"},
		{"trente quatre", "34 2"},
		{"soixante dix huit", "78 3"},
		{"soixante dix", "70 2"},
		{"soixante et onze", "71 3"},
		{"soixante douze", "72 2"},
		{"quatre vingt", "80 2"},
		{"quatre vingts", "80 2"},
		{"quatre vingt dix neuf", "99 4"},
		{"quatre vingt onze", "91 3"},
		{"quatre vingt trois", "83 3"},
		{"dix sept", "17 2"},
		{"dix deux", "10 1"},
		{"quatorze", "14 1"},
		{"dezoito", "18 1"},
		{"achtzehn", "18 1"},
		{"negentien", "19 1"},
		{"diciotto", "18 1"},
		{"quatre", ""},
		{"five", ""},
		{"once", ""},
		{"", ""},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.in)
		d, n := Pair(func(i int) string {
			if i < len(words) {
				return words[i]
			}
			return ""
		})
		got := ""
		if n > 0 {
			got = string(d[:]) + " " + string(rune('0'+n))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Pair(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
