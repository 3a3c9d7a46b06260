package detect

import "strings"

// NationalID is the entity type of national identity numbers other than
// the US SSN, each with its check digits: Brazil's CPF, Spain's DNI and
// NIE, Italy's codice fiscale, France's NIR (social security number), the
// UK's National Insurance number, the Netherlands' BSN, Canada's SIN,
// India's Aadhaar and PAN, Australia's tax file number, Sweden's
// personnummer, Denmark's CPR number, South Africa's identity number and
// Singapore's NRIC and FIN. A customer gives one to prove who they are; it
// names them as surely as their name does.
const NationalID = "NATIONAL_ID"

type nationalIDDetector struct{}

func (nationalIDDetector) Entity() string { return NationalID }

func (nationalIDDetector) Name() string { return "national_id" }

func (nationalIDDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"CPF 123.456.789-09, telefone", "123.456.789-09"},
			{"meu cpf é 52998224725", "52998224725"},
			{"mi DNI es 12345678Z", "12345678Z"},
			{"DNI 12345678-Z por favor", "12345678-Z"},
			{"mi dni: 12345678z", "12345678z"},
			{"NIE X1234567L", "X1234567L"},
			{"codice fiscale RSSMRA85T10A562S grazie", "RSSMRA85T10A562S"},
			{"numéro de sécu 1 85 05 78 006 084 91", "1 85 05 78 006 084 91"},
			{"NI number AB 12 34 56 C", "AB 12 34 56 C"},
			{"national insurance AB123456C", "AB123456C"},
			{"mijn BSN is 111222333", "111222333"},
			{"my SIN is 046 454 286", "046 454 286"},
			{"numéro d'assurance sociale 046-454-286", "046-454-286"},
			{"Aadhaar 2345 6789 0127", "2345 6789 0127"},
			{"TFN 123 456 782", "123 456 782"},
			{"personnummer 19811218-9876", "19811218-9876"},
			{"mitt personnummer är 811218-9876", "811218-9876"},
			{"CPR-nummer 010190-1234", "010190-1234"},
			{"SA ID number 8001015009087", "8001015009087"},
			{"my NRIC is S1234567D", "S1234567D"},
			{"PAN ABCPM1234C", "ABCPM1234C"},
		},
		NoMatch: []string{"CPF 123.456.789-00", "Merge: 43016715e b114b26a5", "order 12345678Z", "DNI 12345678A", "RSSMRA85T10A562X",
			"1 85 05 78 006 084 35", "ticket QQ 12 34 56 E", "part AB123456C", "BSN 111222334", "id 111222333", "SIN 046 454 287", "phone 046 454 286",
			"card 2345 6789 0127", "Aadhaar 2345 6789 0124", "version 123.456.789-09b",
			"TFN 123 456 781", "personnummer 19811218-9875", "order 811218-9876", "CPR-nummer 320190-1234", "ID number 8001015009088",
			"SKU S1234567D", "NRIC S1234567A", "PAN ABCDE1234F", "model ABCPM1234C"},
	}
}

// nationalIDWords are the words that make a bare number an identity
// number where its layout alone does not: an unpunctuated CPF, a BSN, an
// Aadhaar number, an unspaced NINO.
var nationalIDWords = newKeywords("cpf", "bsn", "burgerservicenummer", "sofinummer", "aadhaar", "aadhar", "uidai",
	"national insurance", "ni number", "ni no", "nino", "dni", "nie", "nif", "codice fiscale", "sécu", "secu",
	"sécurité sociale", "securite sociale", "nir", "sin", "social insurance", "assurance sociale", "d'assurance sociale",
	"tfn", "tax file number", "personnummer", "personnr", "personal identity number", "cpr", "cpr-nummer", "cpr-nr",
	"personnummeret", "id number", "identity number", "nric", "fin", "pan", "permanent account number")

// birthIDWords are the nationalIDWords of the numbers that start with a
// birth date (Sweden's, Denmark's, South Africa's).
var birthIDWords = newKeywords("personnummer", "personnr", "personal identity number", "cpr", "cpr-nummer", "cpr-nr",
	"personnummeret", "id number", "identity number")

func (nationalIDDetector) Find(t *Text, dst []Span) []Span {
	s := t.S
	spans := t.digitSpans()
	for k := 0; k+1 < len(spans); k += 2 {
		i, to := int(spans[k]), int(spans[k+1])
		if to-i < 2 || to-i > 28 {
			continue // shorter or longer than any layout, with blanks around
		}
		for i < to && !isDigit(s[i]) {
			i++
		}
		for to > i && !isDigit(s[to-1]) {
			to--
		}
		// the lengths of the layouts read: NIE 7; DNI 8; BSN 9; CPF 11
		// and 14; Aadhaar 12 and 14; NIR 15 and 21; a codice fiscale's
		// first digits 2, a NINO's 6 or 8
		switch n := to - i; n {
		case 9, 11, 12, 15: // BSN, CPF, Aadhaar, NIR unbroken; SIN 046 454 286
			if (!isDigit(s[i+3]) || !isDigit(s[i+4])) && (n != 11 || s[i+3] != s[i+7] || s[i+3] != ' ' && s[i+3] != '-') {
				continue
			}
		case 14: // CPF 123.456.789-09, Aadhaar 2345 6789 0127
			if s[i+3] != '.' && s[i+4] != ' ' {
				continue
			}
		case 21: // NIR 1 85 05 78 006 084 91
			if s[i+1] != ' ' || s[i+4] != ' ' {
				continue
			}
		case 7: // a NIE's, after its X, Y or Z; an NRIC's or FIN's, after S, T, F or G
			if i < 1 || strings.IndexByte("XYZxyzSTFGstfg", s[i-1]) < 0 {
				continue
			}
		case 4: // a PAN's, after five capitals
			if i < 5 || !isUpper(s[i-1]) {
				continue
			}
		case 13: // a personnummer 19811218-9876, a South African number
			if s[i+8] != '-' && s[i+8] != '+' && !isDigit(s[i+8]) {
				continue
			}
		case 8: // a DNI's, its letter after; a NINO's pairs
			if (to == len(s) || !isAlpha(s[to]) && !((s[to] == '-' || s[to] == ' ') && to+1 < len(s) && isAlpha(s[to+1]))) && (i < 3 || s[i-1] != ' ' || !isUpper(s[i-2])) {
				continue
			}
		case 2:
			if i < 6 || !isAlpha(s[i-1]) {
				continue
			}
		case 6:
			if i < 2 || !isUpper(s[i-1]) {
				continue
			}
		default:
			continue
		}
		if a, b, ok := nationalIDAt(t, i, to); ok {
			dst = append(dst, Span{Start: a, End: b, Entity: NationalID, Priority: prioNationalID})
		}
	}
	return dst
}

// nationalIDAt reads the identity numbers whose digits start at i (a digit
// stretch ending at to) and returns the first one's bounds. A number after
// a reference word ("order 12345678Z") passed its check by chance, unless
// an identity word is nearer.
func nationalIDAt(t *Text, i, to int) (int, int, bool) {
	a, b, ok := nationalIDRun(t, i, to)
	if ok && clauseHas(t, numberContext, a, 32) && !clauseHas(t, nationalIDWords, a, 32) {
		return 0, 0, false
	}
	return a, b, ok
}

// nationalIDRun is nationalIDAt before the reference words.
func nationalIDRun(t *Text, i, to int) (int, int, bool) {
	s := t.S
	// the letters before: a codice fiscale's six; a NINO's two
	if n := to - i; n == 2 {
		return codiceFiscale(s, i)
	} else if n == 6 || n == 8 {
		if a, b, ok := nino(t, i); ok {
			return a, b, true
		}
	}
	if to-i == 4 {
		return pan(t, i)
	}
	if i > 1 && (isAlnum(s[i-1]) || s[i-1] == '_') && (isAlnum(s[i-2]) || s[i-2] == '_') {
		return 0, 0, false // inside a word (one letter before may be a NIE's)
	}
	var digits [16]byte
	nd := 0
	j := i
	for j < len(s) && nd < len(digits) && (isDigit(s[j]) || (s[j] == '.' || s[j] == '-' || s[j] == ' ') && j+1 < len(s) && isDigit(s[j+1])) {
		if isDigit(s[j]) {
			digits[nd] = s[j]
			nd++
		}
		j++
	}
	if j < len(s) && isDigit(s[j]) {
		return 0, 0, false // longer than any
	}
	d := digits[:nd]
	run := s[i:j]
	start := i
	// NIE: X, Y or Z, seven digits, a letter
	if i > 0 && nd == 7 && j == i+7 && strings.IndexByte("XYZxyz", s[i-1]) >= 0 && (i == 1 || !isAlnum(s[i-2])) {
		if c, ok := dniLetterAfter(s, j); ok && dniLetter(int(lowerByte[s[i-1]]-'x')*10000000+atoi(d)) == c && (isUpper(s[j]) || clauseHas(t, nationalIDWords, i, 24)) {
			return i - 1, j + 1, true
		}
	}
	// NRIC and FIN: S, T, F or G, seven digits, a check letter
	if i > 0 && nd == 7 && j == i+7 && strings.IndexByte("STFGstfg", s[i-1]) >= 0 && (i == 1 || !isAlnum(s[i-2])) && j < len(s) &&
		boundaryAfter(s, j+1) && nricLetter(s[i-1]&^0x20, d) == s[j]&^0x20 && (isUpper(s[j]) || clauseHas(t, nationalIDWords, i, 24)) {
		return i - 1, j + 1, true
	}
	if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_') {
		return 0, 0, false
	}
	if a, b, ok := birthID(t, i, j, run, d); ok {
		return a, b, true
	}
	switch {
	case nd == 8 && j == i+8:
		// DNI: eight digits and their letter, a dash or space between
		// at most
		k := j
		if k+1 < len(s) && (s[k] == '-' || s[k] == ' ') && isAlpha(s[k+1]) {
			k++
		}
		if c, ok := dniLetterAfter(s, k); ok && dniLetter(atoi(d)) == c && (isUpper(s[k]) || clauseHas(t, nationalIDWords, i, 24)) {
			return start, k + 1, true // (in lower case, a hash's "43016715e" but for a cue)
		}
	case nd == 11 && (laidOut(run, "3.3.3-2") || j == i+11 && clauseHas(t, nationalIDWords, i, 24)):
		if cpfValid(d) && boundaryAfter(s, j) {
			return start, j, true
		}
	case nd == 15 && (d[0] == '1' || d[0] == '2') && (laidOut(run, "1 2 2 2 3 3 2") || j == i+15):
		if nirValid(d) && boundaryAfter(s, j) {
			return start, j, true
		}
	case nd == 9 && (j == i+9 || laidOut(run, "3 3 3") || laidOut(run, "3-3-3")) && clauseHas(t, nationalIDWords, i, 24):
		// a BSN (unbroken), a Canadian SIN, which passes Luhn's check, or
		// an Australian tax file number
		if (j == i+9 && bsnValid(d) || luhn(d) || tfnValid(d)) && boundaryAfter(s, j) {
			return start, j, true
		}
	case nd == 12 && d[0] >= '2' && (laidOut(run, "4 4 4") || j == i+12) && clauseHas(t, nationalIDWords, i, 24):
		if verhoeff(d) && boundaryAfter(s, j) {
			return start, j, true
		}
	}
	return 0, 0, false
}

// birthID reads, after one of birthIDWords, the identity numbers that
// start with their holder's birth date: Sweden's personnummer
// (19811218-9876, 811218-9876, Luhn's check on the last ten digits),
// Denmark's CPR number (010190-1234, no check digit since 2007) and South
// Africa's identity number (8001015009087, Luhn's check). The digits run
// from i to j in s.
func birthID(t *Text, i, j int, run string, d []byte) (int, int, bool) {
	if len(d) != 10 && len(d) != 12 && len(d) != 13 || !boundaryAfter(t.S, j) || !clauseHas(t, birthIDWords, i, 32) {
		return 0, 0, false
	}
	switch {
	case len(d) == 13 && j == i+13:
		if dateDigits(d[:6], true) && luhn(d) {
			return i, j, true
		}
	case len(d) == 12 && (j == i+12 || laidOut(run, "8-4") || laidOut(run, "8+4")):
		if dateDigits(d[2:8], true) && luhn(d[2:]) {
			return i, j, true
		}
	case len(d) == 10 && (j == i+10 || laidOut(run, "6-4") || laidOut(run, "6+4")):
		if dateDigits(d[:6], true) && luhn(d) || dateDigits(d[:6], false) && clauseHas(t, cprWords, i, 32) {
			return i, j, true
		}
	}
	return 0, 0, false
}

// pan reads an Indian PAN whose digits start at i, after its cue: five
// capitals (the fourth says who holds it), four digits, a capital.
func pan(t *Text, i int) (int, int, bool) {
	s := t.S
	j := i + 4
	if i < 5 || j >= len(s) || !isUpper(s[j]) || !boundaryAfter(s, j+1) || i > 5 && (isAlnum(s[i-6]) || s[i-6] >= 0x80) ||
		!isUpper(s[i-5]) || !isUpper(s[i-4]) || !isUpper(s[i-3]) || strings.IndexByte("ABCFGHLJPT", s[i-2]) < 0 || !isUpper(s[i-1]) ||
		!allDigits(s[i:j]) || !clauseHas(t, nationalIDWords, i-5, 24) {
		return 0, 0, false
	}
	return i - 5, j + 1, true
}

// cprWords name Denmark's CPR number, which has no check digit.
var cprWords = newKeywords("cpr", "cpr-nummer", "cpr-nr")

// dateDigits reports whether six digits are a date: year, month and day
// (yearFirst) or day, month and year.
func dateDigits(d []byte, yearFirst bool) bool {
	m := atoi(d[2:4])
	day := atoi(d[4:6])
	if !yearFirst {
		day = atoi(d[:2])
	}
	return m >= 1 && m <= 12 && day >= 1 && day <= 31
}

// tfnValid checks an Australian tax file number: its digits weighted 1, 4,
// 3, 7, 5, 8, 6, 9, 10 sum to a multiple of 11.
func tfnValid(d []byte) bool {
	w := [9]int{1, 4, 3, 7, 5, 8, 6, 9, 10}
	sum := 0
	for k, c := range d[:9] {
		sum += int(c-'0') * w[k]
	}
	return sum%11 == 0
}

// nricLetter is the check letter of a Singapore NRIC or FIN whose first
// letter is first (S, T, F or G, upper case) and whose digits are d.
func nricLetter(first byte, d []byte) byte {
	w := [7]int{2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for k, c := range d[:7] {
		sum += int(c-'0') * w[k]
	}
	if first == 'T' || first == 'G' {
		sum += 4
	}
	if first == 'S' || first == 'T' {
		return "JZIHGFEDCBA"[sum%11]
	}
	return "XWUTRQPNMLK"[sum%11]
}

// laidOut reports whether run is laid out as layout says: group sizes
// parted by the separator between them ("3.3.3-2" is 123.456.789-09).
func laidOut(run, layout string) bool {
	k := 0
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		if !isDigit(c) {
			if k >= len(run) || run[k] != c {
				return false
			}
			k++
			continue
		}
		for n := int(c - '0'); n > 0; n-- {
			if k >= len(run) || !isDigit(run[k]) {
				return false
			}
			k++
		}
	}
	return k == len(run)
}

func atoi(d []byte) int {
	n := 0
	for _, c := range d {
		n = n*10 + int(c-'0')
	}
	return n
}

// dniLetter is the check letter of a DNI's number (a NIE's with its
// first letter as a digit).
func dniLetter(n int) byte { return "TRWAGMYFPDXBNJZSQVHLCKE"[n%23] }

// dniLetterAfter returns the letter at j, upper-cased, when a word ends
// after it.
func dniLetterAfter(s string, j int) (byte, bool) {
	if j >= len(s) || !isAlpha(s[j]) || !boundaryAfter(s, j+1) {
		return 0, false
	}
	return s[j] &^ 0x20, true
}

// cpfValid checks a CPF's two check digits (mod 11); eleven equal digits
// pass the check and are no number.
func cpfValid(d []byte) bool {
	same := true
	for _, c := range d {
		same = same && c == d[0]
	}
	if same {
		return false
	}
	for n := 9; n <= 10; n++ {
		sum := 0
		for k := 0; k < n; k++ {
			sum += int(d[k]-'0') * (n + 1 - k)
		}
		r := sum * 10 % 11 % 10
		if r != int(d[n]-'0') {
			return false
		}
	}
	return true
}

// nirValid checks a French NIR's key: 97 minus the first thirteen digits
// mod 97 (Corsica's 2A and 2B are written with digits here only).
func nirValid(d []byte) bool {
	n := 0
	for _, c := range d[:13] {
		n = (n*10 + int(c-'0')) % 97
	}
	return 97-n == atoi(d[13:])
}

// bsnValid is the Dutch "eleven test": 9·d1 + 8·d2 + … + 2·d8 − d9 is a
// multiple of 11.
func bsnValid(d []byte) bool {
	sum := 0
	for k := 0; k < 8; k++ {
		sum += int(d[k]-'0') * (9 - k)
	}
	sum -= int(d[8] - '0')
	return sum%11 == 0 && sum != 0
}

// verhoeff checks an Aadhaar number's last digit.
func verhoeff(d []byte) bool {
	c := 0
	for k := 0; k < len(d); k++ {
		c = verhoeffD[c][verhoeffP[k%8][d[len(d)-1-k]-'0']]
	}
	return c == 0
}

var verhoeffD = [10][10]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
	{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
	{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}

var verhoeffP = [8][10]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
	{8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 8, 7, 0, 6}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}

// codiceFiscale reads an Italian codice fiscale whose first digits start
// at i: six letters, two digits, a month letter, two digits, a letter,
// three digits and a check letter, sixteen characters in all.
func codiceFiscale(s string, i int) (int, int, bool) {
	a := i - 6
	if a < 0 || a+16 > len(s) || a > 0 && (isAlnum(s[a-1]) || s[a-1] >= 0x80) || !boundaryAfter(s, a+16) {
		return 0, 0, false
	}
	cf := s[a : a+16]
	for k := 0; k < 16; k++ {
		c := cf[k]
		switch k {
		case 6, 7, 9, 10, 12, 13, 14:
			if !isDigit(c) {
				return 0, 0, false
			}
		default:
			if !isAlpha(c) {
				return 0, 0, false
			}
		}
	}
	if strings.IndexByte("ABCDEHLMPRST", cf[8]&^0x20) < 0 {
		return 0, 0, false // the month
	}
	sum := 0
	for k := 0; k < 15; k++ {
		c := cf[k] &^ 0x20
		v := int(c - 'A')
		if isDigit(cf[k]) {
			v = int(cf[k] - '0')
		}
		if k%2 == 0 {
			v = cfOdd[v]
		}
		sum += v
	}
	if byte('A'+sum%26) != cf[15]&^0x20 {
		return 0, 0, false
	}
	return a, a + 16, true
}

// cfOdd is the value of a codice fiscale's character in an odd position
// (the first, third …), by its value in an even one.
var cfOdd = [26]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

// nino reads a UK National Insurance number whose digits start at i: two
// prefix letters, six digits (in pairs, or together after a cue word) and
// a suffix letter A to D.
func nino(t *Text, i int) (int, int, bool) {
	s := t.S
	spaced := i >= 3 && s[i-1] == ' '
	a := i - 2
	if spaced {
		a = i - 3
	}
	if a < 0 || a > 0 && (isAlnum(s[a-1]) || s[a-1] >= 0x80) || !isUpper(s[a]) || !isUpper(s[a+1]) {
		return 0, 0, false
	}
	var j int
	switch {
	case spaced && i+9 < len(s) && s[i+2] == ' ' && s[i+5] == ' ' && s[i+8] == ' ' && allDigits(s[i:i+2]+s[i+3:i+5]+s[i+6:i+8]):
		j = i + 9 // "QQ 12 34 56 C"
	case !spaced && i+7 <= len(s) && allDigits(s[i:i+6]) && clauseHas(t, nationalIDWords, a, 24):
		j = i + 6 // "QQ123456C"
	default:
		return 0, 0, false
	}
	if j >= len(s) || s[j] < 'A' || s[j] > 'D' || !boundaryAfter(s, j+1) {
		return 0, 0, false
	}
	p := s[a : a+2]
	if strings.IndexByte("DFIQUV", p[0]) >= 0 || strings.IndexByte("DFIOQUV", p[1]) >= 0 {
		return 0, 0, false
	}
	switch p {
	case "BG", "GB", "NK", "KN", "TN", "NT", "ZZ":
		return 0, 0, false
	}
	return a, j + 1, true
}
