package pseudo

import (
	"strings"
	"unicode"

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
	"[dot]", ".", "(dot)", ".", "{dot}", ".", "<dot>", ".", " dot ", ".")

// unspellEmail returns the address a spelled-out one (lower case, no "@")
// stands for, "jane dot doe at gmail dot com" giving jane.doe@gmail.com,
// so that it shares the token of the address written plainly. Text that
// does not come out as one address is returned as it was.
func unspellEmail(s string) string {
	u := spelledEmail.Replace(s)
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
