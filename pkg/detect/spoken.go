package detect

// Numbers read out digit by digit. Call-center transcripts come from
// speech recognition, which writes what the caller said: "my number is
// five five five, one two three, four five six seven", "double four",
// "oh" for zero, numerals mixed in ("four one one one 1111"), "uh" between
// groups. Such a run is found from its digit words (keyword hits, so text
// without them pays nothing more), read once per text, and handed to the
// phone, card and SSN detectors, which take the runs of their kind, and to
// the record's own digits (findDigits).

// digitWords are the words a run of spoken digits is made of, and starts
// with.
var digitWords = newKeywords("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "double", "triple")

// spokenDigit returns the digit a lower-cased word reads out, or 0.
func spokenDigit(w string) byte {
	switch w {
	case "zero", "oh", "o":
		return '0'
	case "one":
		return '1'
	case "two":
		return '2'
	case "three":
		return '3'
	case "four":
		return '4'
	case "five":
		return '5'
	case "six":
		return '6'
	case "seven":
		return '7'
	case "eight":
		return '8'
	case "nine":
		return '9'
	}
	return 0
}

// spokenFillers may stand between the groups of a run without ending it.
func spokenFiller(w string) bool {
	switch w {
	case "uh", "um", "er", "erm", "ah", "dash", "hyphen", "space":
		return true
	}
	return false
}

// A spoken run needs at least minSpokenWords digit words (numerals alone
// are the numeric detectors') and minSpokenDigits digits in all.
const (
	minSpokenWords  = 3
	minSpokenDigits = 7
)

// spokenRun is a number read out in t: where it lies, its digits (a view
// of Text.spokenBytes), and the kind its digits and clause say it is.
type spokenRun struct {
	start, end int
	digits     []byte
	entity     string // Phone, CreditCard, USSSN, or "" (another number: an order, an account)
}

// spokenRuns returns the runs of spoken digits in t, read on first use
// (small, so that the three detectors and the record's digits asking
// for them pay no call once they are read).
func (t *Text) spokenRuns() []spokenRun {
	if !t.spokenDone {
		t.readSpokenRuns()
	}
	return t.spoken
}

// readSpokenRuns reads t.spoken.
func (t *Text) readSpokenRuns() {
	t.spokenDone = true
	t.spoken, t.spokenBytes = t.spoken[:0], t.spokenBytes[:0]
	hits := keywordHits(t, digitWords)
	if len(hits) < minSpokenWords {
		return
	}
	end := 0 // where the last run read ended: hits before it are inside it
	for _, h := range hits {
		if int(h) < end {
			continue
		}
		end = t.readSpoken(int(h))
	}
	// the digits' views, once spokenBytes no longer grows
	from := 0
	for i := range t.spoken {
		r := &t.spoken[i]
		n := len(r.digits)
		r.digits = t.spokenBytes[from : from+n : from+n]
		from += n
		r.entity = t.spokenKind(r)
	}
}

// readSpoken reads the run of digit words and numerals that may start at
// i, keeps it when it is long enough, and returns the offset up to which
// the text was read.
func (t *Text) readSpoken(i int) int {
	s, lower := t.S, t.Lower
	from := len(t.spokenBytes)
	start, end, words := -1, i, 0
	repeat := 1 // "double" or "triple" before the next digit
	for j := i; j < len(s); {
		// a token: a word of ASCII letters, or digits
		k := j
		switch {
		case isAlpha(s[j]):
			for k < len(s) && isAlpha(s[k]) {
				k++
			}
		case isDigit(s[j]):
			for k < len(s) && isDigit(s[k]) {
				k++
			}
		}
		if k == j || k < len(s) && (isAlnum(s[k]) || s[k] == '_' || s[k] >= 0x80) {
			break // no token, or one glued to more ("oneself", "4th")
		}
		w := lower[j:k]
		switch d := spokenDigit(w); {
		case isDigit(w[0]):
			if start < 0 || repeat != 1 {
				j = len(s) // a run starts with a word; "double 4" ends it
				continue
			}
			t.spokenBytes = append(t.spokenBytes, w...)
			end = k
		case d != 0 && (w != "o" && w != "oh" || start >= 0 || k < len(s) && s[k] == ' ' && nextSpokenDigit(lower, k)):
			// ("oh" leads a run only before a digit word, and not as
			// "oh, one …", where it is a sigh)
			if start < 0 {
				start = j
			}
			for range repeat {
				t.spokenBytes = append(t.spokenBytes, d)
			}
			repeat, end = 1, k
			words++
		case w == "double" || w == "triple":
			if repeat != 1 || !nextSpokenDigit(lower, k) {
				j = len(s) // ends the run
				continue
			}
			repeat = 2
			if w == "triple" {
				repeat = 3
			}
			if start < 0 {
				start = j
			}
		case start >= 0 && spokenFiller(w):
		default:
			j = len(s)
			continue
		}
		// the separator: spaces, a comma or a dash, on one line
		j = k
		for n := 0; j < len(s) && n < 3 && (s[j] == ' ' || s[j] == ',' || s[j] == '-'); n++ {
			j++
		}
		if j == k {
			break
		}
	}
	n := len(t.spokenBytes) - from
	// (not after "twenty-": "twenty-one two three" is no reading of digits)
	if start < 0 || words < minSpokenWords || n < minSpokenDigits || n > maxRunDigits || !boundaryBefore(s, start) ||
		start >= 2 && s[start-1] == '-' && isAlpha(s[start-2]) {
		t.spokenBytes = t.spokenBytes[:from]
		return max(end, i+1)
	}
	// a group of numerals just before it belongs to it: "415 five five five …"
	j := start
	for n := 0; j > 0 && n < 3 && (s[j-1] == ' ' || s[j-1] == ',' || s[j-1] == '-'); n++ {
		j--
	}
	g := j
	for g > 0 && j-g < 4 && isDigit(s[g-1]) {
		g--
	}
	if g < j && j < start && boundaryBefore(s, g) && n+j-g <= maxRunDigits {
		group := append([]byte(s[g:j]), t.spokenBytes[from:]...)
		t.spokenBytes = append(t.spokenBytes[:from], group...)
		start = g
	}
	t.spoken = append(t.spoken, spokenRun{start: start, end: end, digits: t.spokenBytes[from:]})
	return end
}

// nextSpokenDigit reports whether the word after the separator at k is a
// digit word: "oh" and "double" only read a digit before one.
func nextSpokenDigit(lower string, k int) bool {
	j := k
	for j < len(lower) && j-k < 3 && (lower[j] == ' ' || lower[j] == ',' || lower[j] == '-') {
		j++
	}
	e := j
	for e < len(lower) && isAlpha(lower[e]) {
		e++
	}
	return j > k && e > j && spokenDigit(lower[j:e]) != 0
}

// spokenKind says what a spoken run is, as the numeric detectors would
// say of its digits: a card number (13-19 digits, Luhn, a card network's
// prefix), an SSN (nine digits in valid ranges, after "social" or
// "SSN"), a phone (7-15 digits, not after words that make it an order or
// account number), or none of them.
func (t *Text) spokenKind(r *spokenRun) string {
	d := r.digits
	n := len(d)
	clause := clauseWindow(t, r.start, 40)
	from := r.start - len(clause)
	switch {
	case n >= 13 && n <= 19 && luhn(d) && issuer(d):
		return CreditCard
	case n == 9 && containsAny(clause, "ssn", "social security", "social is", "social"):
		if string(d[0:3]) == "000" || string(d[0:3]) == "666" || d[0] == '9' || string(d[3:5]) == "00" || string(d[5:9]) == "0000" {
			return ""
		}
		return USSSN
	case n <= 15 && (!clauseHasFrom(t, numberContext, from, r.start) || clauseHasFrom(t, phoneWords, from, r.start)):
		return Phone
	}
	return ""
}

// findSpoken appends a span of entity for each spoken run of that kind.
func findSpoken(t *Text, entity string, prio int, dst []Span) []Span {
	for i := range t.spokenRuns() {
		if r := &t.spoken[i]; r.entity == entity {
			dst = append(dst, Span{Start: r.start, End: r.end, Entity: entity, Priority: prio})
		}
	}
	return dst
}
