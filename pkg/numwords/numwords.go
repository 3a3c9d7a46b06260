// Package numwords reads numbers said in words, as speech recognition
// writes a caller reading out a phone, card or account number: digit
// words in English, Spanish, French, Italian, German, Portuguese and
// Dutch ("five five five", "cinco cinco cinco", "null eins sieben"), and
// the pairs many read numbers in ("twelve", "fifty five", "treinta y
// cuatro", "soixante-dix-huit", "vinte e dois"). pkg/detect finds such
// numbers in text and pkg/pseudo turns them back into digits before
// hashing; both read the words here, so a number is normalized to the
// digits it was found as.
//
// Words are given in lower case, accents kept ("zéro", "fünf", "três");
// a hyphenated number comes as its parts ("soixante", "dix", "huit").
package numwords

import (
	"sort"
	"strings"
)

// Digit returns the digit ('0' to '9') a word says, or 0. Words that are
// also common words of another language in the set are left out: the
// Portuguese "um" (the English filler) and the Spanish "once" (11, the
// English word) among the pairs.
func Digit(w string) byte { return digitOf[w] }

// digitWords lists the digit words by digit, zero to nine.
const digitWords = `zero oh o cero zéro null nul
one uno una un une eins uma een één
two dos deux due zwei zwo dois duas twee
three tres trois tre drei três drie
four cuatro quatre quattro vier quatro
five cinco cinq cinque fünf fuenf vijf
six seis sei sechs zes
seven siete sept sette sieben sete zeven
eight ocho huit otto acht oito
nine nueve neuf nove neun negen`

// digitOf maps each digit word to its digit.
var digitOf = func() map[string]byte {
	m := map[string]byte{}
	for d, line := range strings.Split(digitWords, "\n") {
		for _, w := range strings.Fields(line) {
			m[w] = byte('0' + d)
		}
	}
	return m
}()

// teens are the single words of 10 to 19 (and the Spanish 21 to 29).
var teens = map[string]int{
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
	"diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veintiuno": 21, "veintiún": 21, "veintidós": 22,
	"veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
	"veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
	"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
	"diciassette": 17, "diciotto": 18, "diciannove": 19,
	"zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
	"fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
	"dez": 10, "doze": 12, "treze": 13, "catorze": 14, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
	"dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
	"tien": 10, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
	"achttien": 18, "negentien": 19,
}

// A tens word's value and the word that may join its unit to it.
type tensWord struct {
	value int
	join  string // "y" (Spanish), "e" (Portuguese), "et" (French), "y|e" both; "" none
}

var tens = map[string]tensWord{
	"twenty": {20, ""}, "thirty": {30, ""}, "forty": {40, ""}, "fifty": {50, ""}, "sixty": {60, ""},
	"seventy": {70, ""}, "eighty": {80, ""}, "ninety": {90, ""},
	"veinte": {20, "y"}, "treinta": {30, "y"}, "cuarenta": {40, "y"}, "cincuenta": {50, "y"}, "sesenta": {60, "y"},
	"setenta": {70, "y|e"}, "ochenta": {80, "y"}, "noventa": {90, "y|e"},
	"vinte": {20, "e"}, "trinta": {30, "e"}, "quarenta": {40, "e"}, "cinquenta": {50, "e"}, "sessenta": {60, "e"},
	"oitenta": {80, "e"},
	"vingt":   {20, "et"}, "trente": {30, "et"}, "quarante": {40, "et"}, "cinquante": {50, "et"}, "soixante": {60, "et"},
}

// englishTens are the tens words written with a hyphen before their unit
// only in quantities ("twenty-one"): a caller's "twenty one" has none.
var englishTens = map[string]bool{"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true}

// EnglishTens reports whether w is an English tens word.
func EnglishTens(w string) bool { return englishTens[w] }

// IsPairWord reports whether w may start a pair: a teen or a tens word.
func IsPairWord(w string) bool {
	_, t := teens[w]
	_, u := tens[w]
	return t || u
}

// Pair reads a number from 10 to 99 said in words starting at word(0)
// (word(i) is the i-th word from there, "" past the end) and returns its
// two digits and how many words it took, or n == 0 when word(0) starts
// none. A tens word with no unit after it is its tens and '0' ("fifty"
// 50); French counts on from 60 and 80 by the teens ("soixante-dix-huit"
// 78, "quatre-vingt-onze" 91).
func Pair(word func(int) string) (d [2]byte, n int) {
	w := word(0)
	if v, ok := teens[w]; ok {
		if w == "dix" {
			if u := Digit(word(1)); u >= '7' {
				return digits(10 + int(u-'0')), 2 // dix-sept
			}
		}
		return digits(v), 1
	}
	t, ok := tens[w]
	n = 1
	if !ok {
		if w != "quatre" || word(1) != "vingt" && word(1) != "vingts" {
			return d, 0
		}
		t, n = tensWord{80, "et"}, 2 // quatre-vingt(s)
	}
	at := n
	if j := word(at); j != "" && (j == t.join || t.join == "y|e" && (j == "y" || j == "e")) {
		at++ // "treinta y cuatro", "vinte e dois", "vingt et un"
	}
	if t.join == "et" && (t.value == 60 || t.value == 80) {
		if v, ok := teens[word(at)]; ok && v < 20 {
			if u := Digit(word(at + 1)); word(at) == "dix" && u >= '7' {
				return digits(t.value + 10 + int(u-'0')), at + 2 // soixante-dix-sept
			}
			return digits(t.value + v), at + 1 // soixante-dix, quatre-vingt-onze
		}
	}
	if u := Digit(word(at)); u > '0' {
		return digits(t.value + int(u-'0')), at + 1
	}
	return digits(t.value), n // no unit: a joining word after it is not taken
}

func digits(v int) [2]byte { return [2]byte{byte('0' + v/10), byte('0' + v%10)} }

// Words returns the words a number said in words may start with, for a
// reader's keyword set: every digit word but the English "o" (a letter),
// and the teens and tens. English "double" and "triple" are the reader's.
func Words() []string {
	var out []string
	for _, w := range strings.Fields(digitWords) {
		if w != "o" {
			out = append(out, w)
		}
	}
	for w := range teens {
		out = append(out, w)
	}
	for w := range tens {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
