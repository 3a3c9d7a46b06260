package pseudo

import (
	"strings"
	"unicode"

	"github.com/deidtool/deid/pkg/numwords"

	"golang.org/x/text/unicode/norm"
)

// Kind says how a value is normalized before it is hashed, so that spellings
// of the same thing give the same token.
type Kind string

// The normalization kinds.
const (
	KindText  Kind = "text"  // exact value
	KindID    Kind = "id"    // surrounding white space removed
	KindEmail Kind = "email" // trimmed, lower-cased
	KindPhone Kind = "phone" // digits only, "00" and "+" as international prefix
	KindName  Kind = "name"  // accents removed, lower-cased, spaces collapsed
)

// Kinds lists every Kind, for validation and help texts.
var Kinds = []Kind{KindText, KindID, KindEmail, KindPhone, KindName}

// Normalize returns the canonical form of s for kind. For phones,
// countryCode (digits, e.g. "44") turns national numbers into international
// ones, so "020 7946 0018" and "+44 20 7946 0018" agree; leave it empty to
// keep national numbers as their digits.
func Normalize(kind Kind, s, countryCode string) string {
	switch kind {
	case KindID:
		return strings.TrimSpace(s)
	case KindEmail:
		s = strings.ToLower(strings.TrimSpace(s))
		if !strings.Contains(s, "@") {
			s = unspellEmail(s)
		}
		return s
	case KindPhone:
		return normalizePhone(s, countryCode)
	case KindName:
		return NormalizeName(s)
	default:
		return s
	}
}

// spelledEmail turns the words and brackets of a spelled-out address
// into its "@" and dots, and a URL's "%40" into "@".
var spelledEmail = strings.NewReplacer("%40", "@", "[at]", "@", "(at)", "@", "{at}", "@", "<at>", "@", " at ", "@",
	" arroba ", "@", " arobase ", "@", " chiocciola ", "@",
	"[dot]", ".", "(dot)", ".", "{dot}", ".", "<dot>", ".", " dot ", ".", " underscore ", "_", " dash ", "-", " hyphen ", "-",
	" punto ", ".", " ponto ", ".", " point ", ".", " punkt ", ".", " punt ", ".")

// unspellEmail returns the address a spelled-out one (lower case, no "@")
// stands for, "jane dot doe at gmail dot com" giving jane.doe@gmail.com,
// so that it shares the token of the address written plainly. Text that
// does not come out as one address is returned as it was.
func unspellEmail(s string) string {
	u := joinSpelledLetters(spelledEmail.Replace(s))
	if at := strings.IndexByte(u, '@'); at > 0 {
		u = unspeakMailbox(u[:at]) + u[at:]
	}
	for i := 0; i < len(u); i++ {
		if u[i] == ' ' && i > 0 && i+1 < len(u) && u[i-1] != ' ' && u[i-1] != '@' && u[i-1] != '.' &&
			u[i+1] != ' ' && u[i+1] != '@' && u[i+1] != '.' {
			return s // a space inside a label: prose, not an address
		}
	}
	u = strings.ReplaceAll(u, " ", "")
	if strings.Count(u, "@") != 1 || strings.HasPrefix(u, "@") || !strings.Contains(u[strings.IndexByte(u, '@'):], ".") {
		return s
	}
	return u
}

func normalizePhone(s, cc string) string {
	t := strings.TrimSpace(s)
	if len(t) > 3 && t[0] == '%' && t[1] == '2' && (t[2] == 'B' || t[2] == 'b') {
		t = "+" + t[3:] // a URL's "%2B" for the "+"
	}
	if strings.IndexFunc(t, isASCIILetter) >= 0 {
		t = unspeakDigits(t) // "five five five …", as speech recognition writes a number
	}
	intl := strings.HasPrefix(t, "+")
	digits := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= '0' && c <= '9' {
			digits = append(digits, c)
		}
	}
	d := string(digits)
	if !intl && strings.HasPrefix(d, "00") {
		intl, d = true, d[2:]
	}
	switch {
	case intl:
		return "+" + d
	case cc == "":
		return d
	case strings.HasPrefix(d, cc) && len(d)-len(cc) >= 9 && !strings.HasPrefix(d, "0"):
		return "+" + d
	default:
		return "+" + cc + strings.TrimPrefix(d, "0")
	}
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// spokenDigits are the English words of a number read out digit by digit
// (in a spelled mailbox: unspeakMailbox; a phone's words are numwords').
var spokenDigits = map[string]string{"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3",
	"four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

// unspeakDigits writes a number read out as words with digits: "five five
// five, one two three four" gives "555 1234", "double four" "44", "plus"
// "+", pairs as detect reads them ("twelve thirty four" 1234, "fifty"
// 50, "eight hundred" 800). A transcript's phone said that way then shares the token of the
// number written plainly. Other words are dropped, as a phone's letters
// always were; a value with fewer than three digit words ("555-0132, two
// lines") is returned as it was, so tokens made before stay as they were.
func unspeakDigits(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && (r < '0' || r > '9') && r != '+'
	})
	var b strings.Builder
	spoken := 0       // digit words read alone, but "o" and "oh"
	leadZero := false // the first number word a zero
	repeat := 1
	single := false // the last word read one digit ("eight" before "hundred")
	for i := 0; i < len(words); i++ {
		w := words[i]
		wasSingle := single
		single = false
		if b.Len() == 0 {
			leadZero = numwords.Digit(w) == '0'
		}
		if p, n := numwords.Pair(func(k int) string { return wordAt(words, i+k) }); n > 0 && repeat == 1 {
			b.Write(p[:]) // "twelve", "fifty five", "treinta y cuatro", "soixante-dix-huit"
			i += n - 1
			continue
		}
		switch d := numwords.Digit(w); {
		case d != 0:
			b.WriteString(strings.Repeat(string(d), repeat))
			single = repeat == 1
			repeat = 1
			if w != "o" && w != "oh" {
				spoken++
			}
		case w == "hundred" && wasSingle:
			b.WriteString("00") // "one eight hundred …"
		case w == "double":
			repeat = 2
		case w == "triple":
			repeat = 3
		case w == "plus" && b.Len() == 0:
			b.WriteByte('+')
		case w[0] == '+' || w[0] >= '0' && w[0] <= '9':
			b.WriteString(w)
			repeat = 1
		}
	}
	// as pkg/detect reads a number said in words: three digits read
	// alone, or a zero and nine digits in all (read in pairs, as the
	// French do)
	if spoken < 3 && !(leadZero && b.Len() >= 9) {
		return s
	}
	return b.String()
}

// wordAt returns words[i], or "" past the end.
func wordAt(words []string, i int) string {
	if i < len(words) {
		return words[i]
	}
	return ""
}

// mailboxTens and mailboxUnits are the words of a number said in a
// mailbox ("smith eighty two" is smith82).
var (
	mailboxTens = map[string]byte{"twenty": '2', "thirty": '3', "forty": '4', "fifty": '5', "sixty": '6',
		"seventy": '7', "eighty": '8', "ninety": '9'}
	mailboxTeens = map[string]string{"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
		"fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
)

// unspeakMailbox writes the numbers said in words in each label of a
// spelled mailbox as digits, joined to the word before them: "k.patel
// eighty eight" becomes "k.patel88". A label with other spaces is left as
// it was (and unspellEmail then keeps the text).
func unspeakMailbox(local string) string {
	var b strings.Builder
	for i := 0; i < len(local); {
		j := i
		for j < len(local) && local[j] != '.' && local[j] != '_' && local[j] != '-' {
			j++
		}
		label := local[i:j]
		if words := strings.Fields(label); len(words) > 1 {
			digits, ok := "", true
			for k, w := range words[1:] {
				switch {
				case mailboxTens[w] != 0:
					if k+2 < len(words) && len(spokenDigits[words[k+2]]) == 1 && words[k+2] != "o" && words[k+2] != "oh" && words[k+2] != "zero" {
						digits += string(mailboxTens[w]) // "eighty two": the units follow
					} else {
						digits += string(mailboxTens[w]) + "0"
					}
				case mailboxTeens[w] != "":
					digits += mailboxTeens[w]
				case spokenDigits[w] != "":
					digits += spokenDigits[w]
				default:
					ok = false
				}
			}
			if ok {
				label = words[0] + digits
			}
		}
		b.WriteString(label)
		if j < len(local) {
			b.WriteByte(local[j])
		}
		i = j + 1
	}
	return b.String()
}

// joinSpelledLetters removes the spaces inside runs of single letters or
// digits, as a caller spells a mailbox: "j o h n.s m i t h@gmail.com"
// becomes "john.smith@gmail.com".
func joinSpelledLetters(u string) string {
	single := func(i int) bool { // u[i] is a character alone between non-word bytes
		return isWordByte(u[i]) && (i == 0 || !isWordByte(u[i-1])) && (i+1 == len(u) || !isWordByte(u[i+1]))
	}
	var b []byte
	for i := 0; i < len(u); i++ {
		if u[i] == ' ' && i > 0 && i+1 < len(u) && single(i-1) && single(i+1) {
			if b == nil {
				b = append(make([]byte, 0, len(u)), u[:i]...)
			}
			continue
		}
		if b != nil {
			b = append(b, u[i])
		}
	}
	if b == nil {
		return u
	}
	return string(b)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// NormalizeName folds a person's name for matching: compatibility
// decomposition, combining marks removed, lower case, runs of white space and
// punctuation between words collapsed to one space. "  José  O'Brien" becomes
// "jose o'brien".
func NormalizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r) || r == ',' || r == '.':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
