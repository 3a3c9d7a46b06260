package detect

import "strings"

// The recipient of a mailing block: a name on its line between a "Ship
// to:" and the address's first line.
//
//	Ship to:
//	Jane Doe
//	500 Oak Ave

// addressedWords open a mailing block: the recipient's name on its line,
// then the address.
var addressedWords = newKeywords("ship to", "deliver to", "mail to", "send to", "bill to", "sold to", "ship it to",
	"send it to", "deliver it to", "shipping address", "billing address", "mailing address", "delivery address",
	"recipient")

// findAddressees flags the name of a mailing block: after "Ship to:" (on
// its line or the next), a name that ends its line, when the next line
// opens an address ("500 Oak Ave", "P.O. Box 12", "Apt 4").
func findAddressees(t *Text, dst []Span) []Span {
	s := t.S
	for _, h32 := range keywordHits(t, addressedWords) {
		i := phraseEnd(t, addressedWords, int(h32))
		if i < len(s) && isAlpha(s[i]) {
			continue
		}
		if i < len(s) && s[i] == ':' {
			i++
		}
		i = skipBlank(s, i)
		if i < len(s) && s[i] == '\r' {
			i++
		}
		if i < len(s) && s[i] == '\n' {
			i = skipBlank(s, i+1)
		}
		e := nameLineAt(s, i)
		if e < 0 || !endsLine(s, e) {
			continue
		}
		nl := strings.IndexByte(s[e:min(len(s), e+4)], '\n')
		if nl < 0 || !addressLineAt(s, skipBlank(s, e+nl+1)) {
			continue
		}
		if a, b := trimNotNames(t, i, e); b-a >= 2 && !orgWords[strings.ToLower(lastWord(s[a:b]))] {
			dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
		}
	}
	return dst
}

// addressLineAt reports whether an address's first line starts at i: a
// house number, or a box, unit or apartment word.
func addressLineAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] == '#' {
		return true
	}
	if isDigit(s[i]) {
		// a house number, then a street's capitalised name or an ordinal
		// ("500 Oak Ave", "350 5th Ave"; not "500 units")
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j < len(s) && isAlpha(s[j]) && j+1 < len(s) && s[j+1] == ' ' {
			j++ // 221B
		}
		return j+1 < len(s) && s[j] == ' ' && (isUpper(s[j+1]) || isDigit(s[j+1]))
	}
	for _, w := range [...]string{"P.O.", "PO Box", "P.O. Box", "Apt", "Apartment", "Flat", "Unit", "Suite"} {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}
