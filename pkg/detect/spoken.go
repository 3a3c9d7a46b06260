package detect

import (
	"slices"
	"strconv"
	"strings"

	"github.com/deidtool/deid/pkg/numwords"
)

// Numbers read out digit by digit. Call-center transcripts come from
// speech recognition, which writes what the caller said: "my number is
// five five five, one two three, four five six seven", "double four",
// "oh" for zero, numerals mixed in ("four one one one 1111"), "uh" between
// groups. Such a run is found from its digit words (keyword hits, so text
// without them pays nothing more), read once per text, and handed to the
// phone, card and SSN detectors, which take the runs of their kind, and to
// the record's own digits (findDigits).

// digitWords are the words a run of spoken digits starts with: the digit
// words of English, Spanish, French, Italian, German, Portuguese and
// Dutch, and the teens and tens many read a number's pairs with ("five
// five five, twelve thirty four", "cinco cinco cinco, treinta y cuatro",
// "zéro six, douze, trente-quatre"), as pkg/numwords reads them, and
// "double" and "triple".
var digitWords = newKeywords(append(numwords.Words(), "double", "triple")...)

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
	case "uh", "um", "er", "erm", "ah", "dash", "hyphen", "space", "then", "euh", "eh", "ehm", "äh", "ähm":
		return true
	}
	return false
}

// A spoken run needs at least minSpokenWords digit words read alone
// (numerals are the numeric detectors'; pairs, "twelve", "fifty five",
// add digits but do not count) and minSpokenDigits digits in all.
const (
	minSpokenWords  = 3
	minSpokenDigits = 7
	minPairedDigits = 9
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
	repeat := 1       // "double" or "triple" before the next digit
	single := false   // the last word read one digit ("eight" before "hundred")
	leadZero := false // the run starts with a zero said alone
	for j := i; j < len(s); {
		// a token: a word of letters (accented ones too: "zéro",
		// "fünf"), or digits
		k := j
		switch {
		case isAlpha(s[j]) || s[j] >= 0x80:
			for k < len(s) && (isAlpha(s[k]) || s[k] >= 0x80) {
				k++
			}
		case isDigit(s[j]):
			for k < len(s) && isDigit(s[k]) {
				k++
			}
		}
		if k == j || k < len(s) && (isAlnum(s[k]) || s[k] == '_') {
			break // no token, or one glued to more ("oneself", "4th")
		}
		w := lower[j:k]
		wasSingle := single
		single = false
		var pair [2]byte
		pairEnd := 0
		if numwords.IsPairWord(w) || w == "quatre" {
			pair, pairEnd = t.spokenPair(j, k) // ("quatre vingt" is 80)
		}
		switch d := numwords.Digit(w); {
		case pairEnd > 0:
			if repeat != 1 || numwords.EnglishTens(w) && k < len(s) && s[k] == '-' {
				// "double twelve" is no reading of digits, and
				// "twenty-one" a quantity (French writes its pairs
				// with hyphens: "trente-quatre")
				j = len(s)
				continue
			}
			if start < 0 {
				start = j
			}
			// (pairs add digits, not words: a run needs minSpokenWords
			// digits read one by one, which prices said in pairs,
			// "nineteen ninety nine, twenty nine ninety nine", lack)
			t.spokenBytes = append(t.spokenBytes, pair[0], pair[1])
			k, end = pairEnd, pairEnd
		case w == "hundred" && wasSingle && repeat == 1:
			t.spokenBytes = append(t.spokenBytes, '0', '0') // "one eight hundred …"
			end = k
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
				leadZero = d == '0' && repeat == 1
			}
			for range repeat {
				t.spokenBytes = append(t.spokenBytes, d)
			}
			single = repeat == 1
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
	// (not after "twenty-": "twenty-one two three" is no reading of
	// digits; nor is one digit over and over: "null, null, null, …")
	// A run read in pairs after a leading zero, as the French read their
	// numbers ("zéro six, douze, trente-quatre, …"), needs nine digits
	// in place of three single digits: no price starts with a zero.
	if start < 0 || words < minSpokenWords && !(leadZero && n >= minPairedDigits) || n < minSpokenDigits || n > maxRunDigits || !boundaryBefore(s, start) ||
		start >= 2 && s[start-1] == '-' && isAlpha(s[start-2]) || allSame(t.spokenBytes[from:]) {
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
	if d := t.spokenBytes[from:]; counting(d) && (len(d) != 9 || !containsAny(clauseWindow(t, start, 40), "ssn", "social")) {
		t.spokenBytes = t.spokenBytes[:from] // a count: "un deux trois quatre …"; after "social is", an SSN said
		return end
	}
	t.spoken = append(t.spoken, spokenRun{start: start, end: end, digits: t.spokenBytes[from:]})
	return end
}

// allSame reports whether every byte of b is b[0].
func allSame(b []byte) bool {
	for _, c := range b {
		if c != b[0] {
			return false
		}
	}
	return true
}

// counting reports whether b is a count said in words: the numbers from
// its first digit on, one after another ("1234567", "12345678910").
func counting(b []byte) bool {
	var buf [80]byte // more than maxRunDigits
	want := buf[:0]
	for n := int(b[0] - '0'); len(want) < len(b); n++ {
		want = strconv.AppendInt(want, int64(n), 10)
	}
	return string(want) == string(b)
}

// spokenPair reads a pair said in words (numwords.Pair) whose first word
// is lower[j:k], and returns its digits and where its last word ends, or
// 0 for none.
func (t *Text) spokenPair(j, k int) ([2]byte, int) {
	var words [5]string
	var ends [5]int
	words[0], ends[0] = t.Lower[j:k], k
	got := 1
	d, n := numwords.Pair(func(i int) string {
		for got <= i && got < len(words) {
			w, e := nextSpokenWord(t.Lower, ends[got-1])
			if w == "" {
				break
			}
			words[got], ends[got] = w, e
			got++
		}
		if i < got {
			return words[i]
		}
		return ""
	})
	if n == 0 {
		return d, 0
	}
	return d, ends[n-1]
}

// nextSpokenDigit reports whether the word after the separator at k is a
// digit word: "oh" and "double" only read a digit before one.
func nextSpokenDigit(lower string, k int) bool {
	w, _ := nextSpokenWord(lower, k)
	return numwords.Digit(w) != 0
}

// nextSpokenWord returns the word of letters after the separator at k (up
// to three spaces, commas or dashes) and its end, or "" when there is none.
func nextSpokenWord(lower string, k int) (string, int) {
	j := k
	for j < len(lower) && j-k < 3 && (lower[j] == ' ' || lower[j] == ',' || lower[j] == '-') {
		j++
	}
	e := j
	for e < len(lower) && (isAlpha(lower[e]) || lower[e] >= 0x80) {
		e++
	}
	if j == k || e == j || e < len(lower) && (isDigit(lower[e]) || lower[e] == '_') {
		return "", k
	}
	return lower[j:e], e
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
	case n <= 15 && clauseHasFrom(t, phoneWords, from, r.start):
		return Phone
	case n <= 15 && !clauseHasFrom(t, numberContext, from, r.start) && !namedAfter(t, r.end):
		return Phone
	}
	return ""
}

// namedAfter reports whether the words after a spoken run say what number
// it is: "… for the account", "… is my order number" (not "… on my
// account", which a phone may be).
func namedAfter(t *Text, end int) bool {
	w, e := nextSpokenWord(t.Lower, end)
	switch w {
	case "for", "is", "as":
	default:
		return false
	}
	for _, h := range keywordHits(t, numberContext) {
		if int(h) > e && int(h) <= e+24 {
			return !clauseHasFrom(t, phoneWords, end, int(h))
		}
	}
	return false
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

// Dates read out in words, as a caller confirms a birth date: "march
// third nineteen eighty five", "the fifth of june nineteen ninety",
// "january twenty-first two thousand and three", "june 5th nineteen
// eighty". The birth-date detector asks for one after its cue words when
// no written date is there.

// spokenMonths are the months' names.
var spokenMonths = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// spokenDayWords are the words of a day of the month: ordinals and
// cardinals, and the tens that lead "twenty third".
var spokenDayWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30}

// spokenYearWords are the words a year is read with ("nineteen eighty
// five", "two thousand and three", "twenty twelve", "oh four").
var spokenYearWords = map[string]bool{"nineteen": true, "eighteen": true, "twenty": true, "two": true,
	"thousand": true, "and": true, "hundred": true, "oh": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "thirty": true,
	"forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true, "one": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true}

// spokenToken returns the end of the word or number at i in lower (its
// letters, digits and an inner hyphen), or i when there is none.
func spokenToken(lower string, i int) int {
	j := i
	for j < len(lower) && (isAlnum(lower[j]) || lower[j] == '-' && j > i && j+1 < len(lower) && isAlpha(lower[j+1])) {
		j++
	}
	return j
}

// wordToks holds the bounds of the tokens of s, for the readers that look
// ahead by token.
type wordToks struct {
	s string
	b [][2]int
}

// word returns token k, or "" past either end.
func (w *wordToks) word(k int) string {
	if k < 0 || k >= len(w.b) {
		return ""
	}
	return w.s[w.b[k][0]:w.b[k][1]]
}

// spokenDate finds a date read out in words in w (lower-cased), and
// returns its bounds: a month with a day, a year or both, the day in
// words or digits ("5th"), the year in words.
func spokenDate(w string) (int, int, bool) {
	toks := wordToks{s: w}
	for i := 0; i < len(w); {
		if !isAlnum(w[i]) {
			i++
			continue
		}
		j := spokenToken(w, i)
		toks.b = append(toks.b, [2]int{i, j})
		i = j
	}
	word := toks.word
	// day reads a day at k: "third", "twenty third", "twenty-third",
	// "5th", "5"; it returns the tokens it took
	day := func(k int) int {
		x := word(k)
		if x == "" {
			return 0
		}
		if isDigit(x[0]) {
			n, i := 0, 0
			for i < len(x) && isDigit(x[i]) {
				n = n*10 + int(x[i]-'0')
				i++
			}
			if n < 1 || n > 31 || i > 2 || i < len(x) && x[i:] != "st" && x[i:] != "nd" && x[i:] != "rd" && x[i:] != "th" {
				return 0
			}
			return 1
		}
		if head, tail, ok := strings.Cut(x, "-"); ok {
			if (head == "twenty" || head == "thirty") && spokenDayWords[tail] > 0 && spokenDayWords[tail] < 10 {
				return 1
			}
			return 0
		}
		d, ok := spokenDayWords[x]
		if !ok {
			return 0
		}
		if (d == 20 || d == 30) && spokenDayWords[word(k+1)] > 0 && spokenDayWords[word(k+1)] < 10 {
			return 2
		}
		return 1
	}
	// year reads a year at k: two words at least, all year words (or one
	// four-digit number, which findDate reads already)
	year := func(k int) int {
		n := 0
		for ; k+n < len(toks.b) && n < 5; n++ {
			x := word(k + n)
			head, tail, hyphen := strings.Cut(x, "-")
			if !spokenYearWords[x] && !(hyphen && spokenYearWords[head] && spokenYearWords[tail]) {
				break
			}
		}
		for n > 0 && word(k+n-1) == "and" {
			n--
		}
		if n < 2 && !(n == 1 && strings.Contains(word(k), "-")) {
			return 0
		}
		return n
	}
	for m := range toks.b {
		if !spokenMonths[word(m)] {
			continue
		}
		start, end := m, m
		d := day(m + 1)
		switch {
		case word(m-1) == "of" && (day(m-2) > 0 || m >= 3 && day(m-3) == 2):
			// the fifth of june [nineteen ninety]
			start = m - 2
			if m >= 3 && day(m-3) == 2 {
				start = m - 3
			}
			end = m + year(m+1)
		case d > 0 && year(m+1+d) > 0: // march third nineteen eighty five
			end = m + d + year(m+1+d)
		case year(m+1) > 0: // june nineteen eighty
			end = m + year(m+1)
		case d > 0: // march third
			end = m + d
		default:
			continue
		}
		return toks.b[start][0], toks.b[end][1], true
	}
	return 0, 0, false
}

// Street addresses in lower case, the house number in digits or read out
// ("four two elm street", "1600 amphitheatre parkway", "fourteen twenty
// two oak avenue"): speech recognition writes no capitals, which the
// written layouts need. Found from the street word, read backwards.

// lowerStreetWords end a street's name; words that are common in prose
// ("way", "place" alone, "close") are left out.
var lowerStreetWords = newKeywords("street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln",
	"boulevard", "blvd", "court", "terrace", "parkway", "pkwy", "highway", "hwy", "crescent", "way", "place", "circle")

// commonStreetWord reports whether w, a street word of lowerStreetWords,
// is a common word too (way, place, circle): after "one" it names no
// street.
func commonStreetWord(w string) bool { return w == "way" || w == "place" || w == "circle" }

// notStreetNames are words before a street word that say what kind of
// street it is, not which ("one way street", "a busy road").
var notStreetNames = map[string]bool{"way": true, "side": true, "busy": true, "wrong": true, "next": true,
	"dead": true, "long": true, "short": true, "whole": true, "entire": true, "quiet": true, "other": true,
	"private": true, "public": true, "toll": true, "dirt": true, "gravel": true, "icy": true}

// houseNumberWords are the words of a house number read out.
var houseNumberWords = func() map[string]bool {
	m := map[string]bool{"zero": true}
	for w := range spokenYearWords {
		m[w] = true
	}
	delete(m, "and")
	delete(m, "thousand")
	return m
}()

// findLowerStreets flags "<house number> <one to three words> <street
// word>" in lower case.
func findLowerStreets(t *Text, dst []Span) []Span {
	s, lower := t.S, t.Lower
	for _, h32 := range keywordHits(t, lowerStreetWords) {
		h := int(h32)
		if s[h] < 'a' || s[h] > 'z' {
			continue // capitalised: the written layouts' (addressREs)
		}
		end := spokenToken(lower, h)
		// the name's words, backwards: lower case, no stop word
		i, names := h, 0
		for names < 3 {
			j := i
			for j > 0 && s[j-1] == ' ' {
				j--
			}
			k := j
			for k > 0 && (s[k-1] >= 'a' && s[k-1] <= 'z' || s[k-1] >= 0x80) {
				k--
			}
			if j == i || k == j || k > 0 && s[k-1] != ' ' || lowerStops[s[k:j]] || notStreetNames[s[k:j]] ||
				houseNumberWords[s[k:j]] || spokenDigit(s[k:j]) != 0 {
				break
			}
			i, names = k, names+1
		}
		if names == 0 {
			continue
		}
		// the house number: digits (and a letter), or number words
		start, words := -1, 0
		for words < 6 {
			j := i
			for j > 0 && s[j-1] == ' ' {
				j--
			}
			if j == i || j == 0 {
				break
			}
			k := j
			for k > 0 && isAlnum(s[k-1]) {
				k--
			}
			w := lower[k:j]
			switch {
			case k == j:
			case isDigit(w[0]) && words == 0 && len(w) <= 6 && (isDigit(w[len(w)-1]) || len(w) >= 2 && isDigit(w[len(w)-2])):
				start, i, words = k, k, 6 // "1600", "221b": the number, whole
				continue
			case houseNumberWords[w] || spokenDigit(w) != 0:
				start, i, words = k, k, words+1
				continue
			}
			break
		}
		if start < 0 || !boundaryBefore(s, start) {
			continue
		}
		if lower[start:min(len(lower), start+4)] == "one " && commonStreetWord(lower[h:end]) {
			continue // "one possible way", "one single place": a number, not a house's
		}
		dst = append(dst, Span{Start: start, End: lowerAddressTail(lower, end), Entity: StreetAddress, Priority: prioAddress})
	}
	return dst
}

// lowerAddressTail returns where a lower-case US address whose street
// ends at end ends: after a direction ("nw"), a unit ("apt #5b") and a
// town, state and ZIP code ("washington, dc 20500"), each there or not;
// the town counts only with the state and ZIP after it.
func lowerAddressTail(l string, end int) int {
	word := func(i int) int { // the end of the run of letters at i
		j := i
		for j < len(l) && l[j] >= 'a' && l[j] <= 'z' {
			j++
		}
		return j
	}
	if i := end + 1; i < len(l) && l[end] == ' ' {
		switch j := word(i); l[i:j] {
		case "n", "s", "e", "w", "ne", "nw", "se", "sw":
			end = j + b2i(j < len(l) && l[j] == '.')
		}
	}
	i := end
	if i < len(l) && l[i] == ',' {
		i++
	}
	if i < len(l) && l[i] == ' ' {
		k := i + 1
		u := word(k)
		switch l[k:u] {
		case "apt", "apartment", "suite", "ste", "unit":
		case "":
			if u < len(l) && l[u] == '#' {
				break
			}
			u = -1
		default:
			u = -1
		}
		if u >= 0 {
			u += b2i(u < len(l) && l[u] == '.')
			for u < len(l) && (l[u] == ' ' || l[u] == '#') {
				u++
			}
			v, digit := u, false
			for v < len(l) && (isAlnum(l[v]) || l[v] == '-') {
				digit = digit || isDigit(l[v])
				v++
			}
			if digit { // "apt 5b"; a spoken "apartment four" is left to the number readers
				end = v
			}
		}
	}
	// ", washington, dc 20500", ", san jose ca 95112-1234"
	if !strings.HasPrefix(l[end:], ", ") {
		return end
	}
	i = end + 2
	for words := 0; words < 3; words++ {
		j := word(i)
		if j == i {
			return end
		}
		k := j
		if k < len(l) && l[k] == ',' {
			k++
		}
		if k+9 <= len(l) && l[k] == ' ' && l[k+1] >= 'a' && l[k+1] <= 'z' && l[k+2] >= 'a' && l[k+2] <= 'z' && l[k+3] == ' ' &&
			allDigits(l[k+4:k+9]) {
			z := k + 9
			if z+5 <= len(l) && l[z] == '-' && allDigits(l[z+1:z+5]) {
				z += 5
			}
			if z == len(l) || !isAlnum(l[z]) {
				return z
			}
		}
		if j >= len(l) || l[j] != ' ' {
			return end
		}
		i = j + 1
	}
	return end
}

// spokenDateOther reads a birth date said in Spanish, French, German,
// Italian, Portuguese or Dutch words at the start of w (lower case): a
// day (a number word, or an ordinal: primero, premier, dritte), "de" or
// "di" maybe, a month's name, "de" maybe, and a year said in words that
// holds a hundred's or a thousand's word ("cinco de marzo de mil
// novecientos ochenta", "douze juin mille neuf cent quatre-vingt-cinq",
// "dritte Mai neunzehnhundertneunzig"). It returns the date's bounds.
func spokenDateOther(w string) (int, int, bool) {
	toks := wordToks{s: w}
	for i := 0; i < len(w) && len(toks.b) < 16; {
		if w[i] == ' ' || w[i] == '-' || w[i] == ',' {
			i++
			continue
		}
		j := i
		for j < len(w) && w[j] != ' ' && w[j] != '-' && w[j] != ',' && w[j] != '.' && w[j] != '\n' {
			j++
		}
		if j == i {
			break
		}
		toks.b = append(toks.b, [2]int{i, j})
		i = j
	}
	word := toks.word
	k := 0
	switch word(0) {
	case "el", "le", "der", "den", "il", "o", "am":
		k++ // "le douze juin", "der dritte Mai"
	}
	start := k
	// the day
	switch d := word(k); {
	case otherDayOrdinals[d] || germanDayOrdinal(d):
		k++
	case numwords.Digit(d) > '0':
		k++
	default:
		if _, n := numwords.Pair(func(i int) string { return word(k + i) }); n > 0 {
			k += n
		} else {
			return 0, 0, false
		}
	}
	if k >= len(toks.b) {
		return 0, 0, false
	}
	if x := word(k); x == "de" || x == "di" || x == "del" || x == "van" {
		k++
	}
	if !slices.Contains(months, word(k)) {
		return 0, 0, false
	}
	k++
	if x := word(k); x == "de" || x == "del" || x == "di" || x == "des" {
		k++
	}
	// the year: number words, one of them a hundred's or thousand's
	from, big := k, false
	for ; k < len(toks.b); k++ {
		x := word(k)
		if yearMarker(x) {
			big = true
			continue
		}
		if numwords.Digit(x) != 0 || numwords.IsPairWord(x) || x == "y" || x == "e" || x == "et" || x == "und" || x == "en" ||
			x == "vingt" || x == "vingts" {
			continue
		}
		break
	}
	if !big || k == from {
		return 0, 0, false
	}
	return toks.b[start][0], toks.b[k-1][1], true
}

// otherDayOrdinals are the first of the month in the languages of
// spokenDateOther, said as an ordinal.
var otherDayOrdinals = map[string]bool{"primero": true, "primer": true, "premier": true, "primo": true,
	"primeiro": true, "eerste": true}

// germanDayOrdinal reports whether d is a German ordinal of a day
// (erste, dritten, einunddreißigster …).
func germanDayOrdinal(d string) bool {
	for _, suf := range [...]string{"sten", "ster", "ste", "ten", "ter", "te"} {
		if stem, ok := strings.CutSuffix(d, suf); ok && germanOrdinalStems[stem] {
			return true
		}
	}
	return false
}

var germanOrdinalStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ers zwei drit vier fünf fuenf sechs sieb ach neun zehn elf zwölf zwoelf dreizehn vierzehn
		fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig einundzwanzig zweiundzwanzig dreiundzwanzig vierundzwanzig
		fünfundzwanzig sechsundzwanzig siebenundzwanzig achtundzwanzig neunundzwanzig dreißig dreissig einunddreißig
		einunddreissig`) {
		m[w] = true
	}
	return m
}()

// yearMarker reports whether x is, or holds, a hundred's or a thousand's
// word of those languages: a year said in words has one.
func yearMarker(x string) bool {
	switch x {
	case "mil", "mille", "cent", "cents", "cien", "ciento", "cem", "cento", "mila", "duizend", "honderd", "tausend",
		"hundert", "doscientos", "trescientos", "novecientos", "novecentos", "duemila", "tweeduizend", "zweitausend":
		return true
	}
	return strings.Contains(x, "hundert") || strings.Contains(x, "tausend") || strings.Contains(x, "honderd") ||
		strings.Contains(x, "duizend") || strings.HasPrefix(x, "millenove") || strings.HasPrefix(x, "duemila")
}
