package detect

import (
	"github.com/deidtool/deid/pkg/numwords"
	"regexp"
	"slices"
	"strings"
	"time"
)

// findDate returns the first date in s: 1990-02-28, 14/07/1985, 03.10.90,
// 5th of June 1979, March 5, 1984. It finds what the regular expression
// dateSpec in context_test.go finds, without its cost.
func findDate(s string) (int, int, bool) {
	for i := 0; i < len(s); i++ {
		if !boundaryBeforeASCII(s, i) {
			continue
		}
		if end := dateAt(s, i); end >= 0 {
			return i, end, true
		}
	}
	return 0, 0, false
}

// boundaryBeforeASCII is regexp's \b before i: ASCII word bytes only.
func boundaryBeforeASCII(s string, i int) bool {
	return i < len(s) && asciiWord(s[i]) && (i == 0 || !asciiWord(s[i-1]))
}

// wordEndASCII is regexp's \b after a word byte at j-1.
func wordEndASCII(s string, j int) bool { return j >= len(s) || !asciiWord(s[j]) }

// dateAt returns the end of a date starting at i, or -1.
func dateAt(s string, i int) int {
	if isDigit(s[i]) {
		// yyyy-mm-dd
		if i+4 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && isDateSep(s[i+4]) {
			for _, m := range digitEnds(s, i+5, 2) {
				if m >= 0 && m < len(s) && isDateSep(s[m]) {
					for _, d := range digitEnds(s, m+1, 2) {
						if d >= 0 && wordEndASCII(s, d) {
							return d
						}
					}
				}
			}
		}
		// dd-mm-yyyy, dd-mm-yy
		for _, d := range digitEnds(s, i, 2) {
			if d >= 0 && d < len(s) && isDateSep(s[d]) {
				for _, m := range digitEnds(s, d+1, 2) {
					if m >= 0 && m < len(s) && isDateSep(s[m]) {
						for _, n := range [2]int{4, 2} {
							y := m + 1 + n
							if y <= len(s) && allDigits(s[m+1:y]) && wordEndASCII(s, y) {
								return y
							}
						}
					}
				}
			}
		}
		// 5th of June 1979
		for _, d := range digitEnds(s, i, 2) {
			if d < 0 {
				continue
			}
			j := afterOrdinal(s, d)
			if j == d && j+2 <= len(s) && strings.EqualFold(s[j:j+2], "er") {
				j += 2 // le 1er juillet
			} else if j == d && j < len(s) && s[j] == '.' {
				j++ // am 3. März
			}
			for _, k := range [2]int{ofAfter(s, j), j} {
				if k < 0 {
					continue
				}
				m := k
				for m < len(s) && (isSpace(s[m]) || s[m] == '-') {
					m++
				}
				if m == k {
					continue
				}
				for _, e := range monthEnds(s, m) {
					if e < 0 {
						continue
					}
					if e < len(s) && s[e] == '.' {
						e++
					}
					if e < len(s) && s[e] == ',' {
						e++
					}
					f := e
					for f < len(s) && (isSpace(s[f]) || s[f] == '-') {
						f++
					}
					if f == e {
						continue
					}
					if f+2 < len(s) && strings.EqualFold(s[f:f+2], "de") && isSpace(s[f+2]) {
						f = skipSpace(s, f+2) // 3 de marzo de 1985
					}
					if f+4 <= len(s) && allDigits(s[f:f+4]) && wordEndASCII(s, f+4) {
						return f + 4
					}
					if y := shortYear(s, f); y > 0 {
						return y // 7 Mar '85
					}
				}
			}
		}
		// yyyymmdd: 19750201
		if i+8 <= len(s) && allDigits(s[i:i+8]) && wordEndASCII(s, i+8) && compactDate(s[i:i+8]) {
			return i + 8
		}
		return -1
	}
	// March 5, 1984
	for _, e := range monthEnds(s, i) {
		if e < 0 {
			continue
		}
		if e < len(s) && s[e] == '.' {
			e++
		}
		k := skipSpace(s, e)
		if k == e {
			continue
		}
		for _, d := range digitEnds(s, k, 2) {
			if d < 0 {
				continue
			}
			j := afterOrdinal(s, d)
			if j < len(s) && s[j] == ',' {
				j++
			}
			y := skipSpace(s, j)
			if y > j && y+4 <= len(s) && allDigits(s[y:y+4]) && wordEndASCII(s, y+4) {
				return y + 4
			}
			if e := shortYear(s, y); y > j && e > 0 {
				return e // March 7, '85
			}
		}
	}
	return -1
}

func isDateSep(c byte) bool { return c == '-' || c == '/' || c == '.' }

// shortYear returns the end of a year written with an apostrophe and two
// digits at i ('85, ’85), or -1.
func shortYear(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "'"):
		i++
	case strings.HasPrefix(s[i:], "’"):
		i += len("’")
	default:
		return -1
	}
	if i+2 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && wordEndASCII(s, i+2) {
		return i + 2
	}
	return -1
}

// compactDate reports whether 8 digits are a date of 1900–2099 written
// yyyymmdd, with a month of 01–12 and a day of 01–31.
func compactDate(d string) bool {
	century, month, day := d[:2], d[4:6], d[6:8]
	return (century == "19" || century == "20") && month >= "01" && month <= "12" && day >= "01" && day <= "31"
}

// digitEnds returns the ends of 2 and 1 digits at i (longest first), -1
// for those that are not there.
func digitEnds(s string, i, n int) [2]int {
	out := [2]int{-1, -1}
	if i < len(s) && isDigit(s[i]) {
		out[1] = i + 1
		if n == 2 && i+1 < len(s) && isDigit(s[i+1]) {
			out[0] = i + 2
		}
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// afterOrdinal returns j past an ordinal suffix (st, nd, rd, th) at j, if
// one is there.
func afterOrdinal(s string, j int) int {
	if j+2 <= len(s) && ordinalSuffix(s[j:j+2]) {
		return j + 2
	}
	return j
}

func ordinalSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ofAfter returns the end of white space and "of" (or Spanish and
// Portuguese "de") at j, or -1.
func ofAfter(s string, j int) int {
	k := skipSpace(s, j)
	if k == j || k+2 > len(s) || !strings.EqualFold(s[k:k+2], "of") && !strings.EqualFold(s[k:k+2], "de") {
		return -1
	}
	return k + 2
}

// months are the month names and their short forms: English, then
// German, French, Spanish, Italian, Portuguese, Dutch and Russian (the
// languages of dobWords), with and without accents.
var months = []string{"january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
	"july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec",
	// de
	"januar", "jänner", "februar", "märz", "maerz", "mai", "juni", "juli", "oktober", "okt", "dezember", "dez",
	// fr
	"janvier", "janv", "février", "fevrier", "févr", "fevr", "mars", "avril", "avr", "juin", "juillet", "juil", "août", "aout",
	"septembre", "octobre", "novembre", "décembre", "decembre", "déc",
	// es
	"enero", "ene", "febrero", "marzo", "abril", "abr", "mayo", "junio", "julio", "agosto", "ago", "septiembre", "setiembre",
	"octubre", "noviembre", "diciembre", "dic",
	// it
	"gennaio", "gen", "febbraio", "aprile", "maggio", "mag", "giugno", "giu", "luglio", "lug", "settembre", "set", "ottobre", "ott",
	"dicembre",
	// pt
	"janeiro", "fevereiro", "fev", "março", "abril", "maio", "junho", "julho", "setembro", "outubro", "out", "dezembro",
	// nl
	"januari", "februari", "maart", "mrt", "mei", "augustus", "okt",
	// ru, in the genitive a date takes ("2 января 1990")
	"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
}

// monthStart holds the bytes a month name starts with, in either case.
var monthStart = func() (set [256]bool) {
	for _, m := range months {
		set[m[0]], set[m[0]-'a'+'A'] = true, true
	}
	return set
}()

// monthEnds returns the ends of the month names at i (any case), longest
// first; unused entries are -1.
func monthEnds(s string, i int) [4]int {
	out := [4]int{-1, -1, -1, -1}
	if i >= len(s) || !monthStart[s[i]] {
		return out
	}
	k := 0
	for _, m := range months {
		if e := i + len(m); k < len(out) && e <= len(s) && strings.EqualFold(s[i:e], m) && !slices.Contains(out[:k], e) {
			out[k] = e
			k++
		}
	}
	slices.SortFunc(out[:k], func(a, b int) int { return b - a })
	return out
}

var dobWords = newKeywords("born", "dob", "d.o.b", "date of birth", "birth date", "birthdate", "birthday", "birthdays", "bday", "b-day", "geboren", "geb.", "né le", "née le",
	"fecha de nacimiento", "nacido", "nacida", "geburtsdatum", "geburtstag", "date de naissance", "data de nascimento", "nascido", "nascida",
	"data di nascita", "nato il", "nata il", "geboortedatum", "geboren op", "fecha de nac", "fecha nac", "f. nac", "fec. nac",
	"data de nasc", "data nasc", "date de naiss",
	"nací", "naci el", "nasci", "nasceu", "sono nato", "sono nata", "född", "født", "urodzony", "urodzona", "data urodzenia", "syntynyt",
	"b.", "рождения", "родился", "родилась")

type dobDetector struct{}

func (dobDetector) Entity() string { return DateOfBirth }

func (dobDetector) Name() string { return "date_of_birth" }

func (dobDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{{"my birthday is 12 August.", "12 August"}, {"fecha de nac.: 05/03/1978", "05/03/1978"},
			{"mi fecha de nacimiento es cinco de marzo de mil novecientos ochenta", "cinco de marzo de mil novecientos ochenta"},
			{"Geburtsdatum: dritte Mai neunzehnhundertneunzig", "dritte Mai neunzehnhundertneunzig"},
			{"date de naissance le douze juin mille neuf cent quatre-vingt-cinq", "douze juin mille neuf cent quatre-vingt-cinq"},
			{"b. 1990-12-01 (per passport)", "1990-12-01"},
			{"Customer: b. 03/14/1985", "03/14/1985"},
			{"my birthday is 7/4, year 1990", "7/4, year 1990"},
			{"birthday: 04.07.", "04.07."},
			{"I was born on 14/07/1985 in Lyon", "14/07/1985"},
			{"DOB: 1990-02-28.", "1990-02-28"},
			{"my birthday is March 5, 1984", "March 5, 1984"},
			{"date of birth 5th of June 1979", "5th of June 1979"},
			{"geboren am 03.10.1990", "03.10.1990"},
			{"Geburtsdatum: 03.04.1981", "03.04.1981"},
			{"DOB 19750201, thanks", "19750201"},
			{"date de naissance le 12/05/1969", "12/05/1969"},
			{"data de nascimento 21/09/1992", "21/09/1992"},
			{"geboren am 3. März 1985 in Köln", "3. März 1985"},
			{"fecha de nacimiento: 3 de marzo de 1985", "3 de marzo de 1985"},
			{"née le 1er juillet 1990", "1er juillet 1990"},
			{"data di nascita 15 luglio 1990", "15 luglio 1990"},
			{"geboortedatum 3 maart 1985", "3 maart 1985"},
			// read out in words (spoken.go)
			{"my date of birth is march third nineteen eighty five", "march third nineteen eighty five"},
			{"dob the twenty-first of june nineteen ninety", "twenty-first of june nineteen ninety"},
			{"born january twenty first two thousand and three, thanks", "january twenty first two thousand and three"},
			{"birthday is june 5th nineteen eighty", "june 5th nineteen eighty"},
			{"ich bin am 3. März 1985 geboren", "3. März 1985"},
			{"hij is op 03-04-1981 geboren", "03-04-1981"},
			{"Hola, nací el 5 de mayo de 1990.", "5 de mayo de 1990"},
			{"Nasci em 15/08/1992. Abraços", "15/08/1992"},
			{"jag är född 1985-03-12", "1985-03-12"},
			{"data urodzenia: 12.03.1985", "12.03.1985"},
			{"she was born 7 Mar '85 in Leeds", "7 Mar '85"},
			{"my bday is 12/25/1990 lol", "12/25/1990"},
			{"I was born on 1985-03-14 in Leeds, and my daughter on 2 February 2012.", "2 February 2012"},
			{"Full name;Date of birth;City\nDolores Abernathy;14.07.1986;Sweetwater", "14.07.1986"},
			{"客户：我的出生日期是1985年3月14日。", "1985年3月14日"},
			{"お客様：生年月日は1990年5月3日です。", "1990年5月3日"},
			{"고객: 생년월일은 1988년 11월 2일입니다.", "1988년 11월 2일"},
			{"Клиент: я родился 2 января 1990 года", "2 января 1990"},
		},
		NoMatch: []string{"la fecha de nacimiento es importante para el registro", "geboren: unbekannt", "née le cinq", "data di nascita: cinque maggio", "the DOB field shows 01/01/1900, the default", "the birthday sale ends 2024-12-01", "happy birthday week! Offer valid until 12/31/2026", "our company was born in 2009, founded May 4, 2009", "Our company birthday is June 1 every year", "Happy birthday to our app, launched 2019-05-01!", "see item b. 2024-01-05 below", "The birthday sale ends 12/25; order date 03/03/2024.", "my birthday is in may, i think", "date of birth? may i ask why", "born in march", "the order from 14/07/2024 arrived", "due 2024-03-05", "born to run", "my birthday is in May", "DOB 19751301",
			"born in 1975 and the policy started 12-Mar-2020", "the birthday sale runs 7/4 to 7/8", "birthday 4.2.1 release", "birthday 12/45", "born in 1975. The policy started 12-Mar-2020",
			"am 3. März 1985 bestellt, die Tochter ist geboren", "and my daughter on 2 February 2012 ordered it",
			"name,order date\nAna Lee,2024-03-05", "客户：订单日期2024年3月1日", "заказ от 05.03.2024"},
	}
}

func (dobDetector) Find(t *Text, dst []Span) []Span {
	digits := len(t.digitSpans()) > 0
	if digits {
		dst = findTableBirthDates(t, dst)
		dst = findScriptBirthDates(t, dst)
	}
	for _, h := range keywordHits(t, dobWords) {
		if digits && strings.HasPrefix(t.Lower[h:], "geboren") {
			dst = dateBefore(t.S, int(h), dst)
		}
		start := phraseEnd(t, dobWords, int(h))
		if t.Lower[h] == 'b' && start-int(h) == 2 && !bornAbbrev(t.S, int(h)) {
			continue // "b." is "born" only before a date, opening a line or a bracket
		}
		if nonPersonBirthday(t.Lower, int(h)) {
			continue // "our company birthday is June 1"
		}
		window := clauseCut(t.S[start:min(len(t.S), start+48)])
		if digits && digitNear(window, 0, len(window), false) {
			if a, b, ok := findDate(window); ok {
				if !futureYear(window[a:b]) && !placeholderDate(window[a:b]) {
					dst = append(dst, Span{Start: start + a, End: start + b, Entity: DateOfBirth, Priority: prioDate})
					dst = relativeBirthDate(t, start+b, dst)
				}
				continue
			}
		}
		// no written date: one read out in words ("march third nineteen
		// eighty five"), which takes more room, and whose year may hold
		// an "and" (two thousand and three)
		if a, b, ok := spokenDate(sentenceCut(t.Lower[start:min(len(t.S), start+64)])); ok {
			dst = append(dst, Span{Start: start + a, End: start + b, Entity: DateOfBirth, Priority: prioDate})
			continue
		}
		if t.Lower[h] != 'b' { // (English's cues, read above)
			// in other languages' words, after "es", "est", "ist" …
			k := skipVerbAfterCue(t.Lower, start)
			if a, b, ok := spokenDateOther(sentenceCut(t.Lower[k:min(len(t.S), k+96)])); ok {
				dst = append(dst, Span{Start: k + a, End: k + b, Entity: DateOfBirth, Priority: prioDate})
				continue
			}
		}
		// a birthday without its year: "my birthday is 12 August"
		if digits && t.Lower[h] == 'b' && strings.HasPrefix(t.Lower[h:], "birthday") {
			a, b, ok := dayMonth(window)
			if !ok {
				a, b, ok = numericDayMonth(window)
			}
			if ok {
				// and its year said apart: "12 August, year 1990"
				if r := strings.TrimPrefix(strings.TrimPrefix(window[b:], ","), " "); strings.HasPrefix(r, "year ") &&
					len(r) >= 9 && allDigits(r[5:9]) && (r[5] == '1' || r[5] == '2') && (len(r) == 9 || !isDigit(r[9])) {
					b = len(window) - len(r) + 9
				}
				dst = append(dst, Span{Start: start + a, End: start + b, Entity: DateOfBirth, Priority: prioDate})
			}
		}
	}
	return dst
}

// futureYear reports whether the date d holds a four-digit year after
// the current one: no one was born then ("valid until 12/31/2099").
func futureYear(d string) bool {
	for i := 0; i+4 <= len(d); i++ {
		if (i == 0 || !isDigit(d[i-1])) && (i+4 == len(d) || !isDigit(d[i+4])) && allDigits(d[i:i+4]) {
			y := int(d[i]-'0')*1000 + int(d[i+1]-'0')*100 + int(d[i+2]-'0')*10 + int(d[i+3]-'0')
			return y > time.Now().Year()
		}
	}
	return false
}

// skipVerbAfterCue returns where the value after a cue ending at i
// starts: past blanks, a colon and a copula ("es", "est le", "ist der",
// "é", "è").
func skipVerbAfterCue(lower string, i int) int {
	i = skipBlank(lower, i)
	if i < len(lower) && lower[i] == ':' {
		i = skipBlank(lower, i+1)
	}
	for _, v := range [...]string{"es ", "est ", "ist ", "is ", "é ", "è ", "era ", "war ", "was ", "é o ", "è il "} {
		if strings.HasPrefix(lower[i:], v) {
			return skipBlank(lower, i+len(v))
		}
	}
	return i
}

// placeholderDate reports whether d is what a form shows when no birth
// date was given: the first of January 1900 (01/01/1900, 1900-01-01) or
// of year 1 (0001-01-01).
func placeholderDate(d string) bool {
	var buf [8]byte
	n := 0
	for i := 0; i < len(d); i++ {
		if isDigit(d[i]) {
			if n == len(buf) {
				return false
			}
			buf[n] = d[i]
			n++
		}
	}
	switch string(buf[:n]) {
	case "01011900", "19000101", "111900", "190011", "00010101":
		return true
	}
	return false
}

// dayMonth finds a day and a month's name, in either order, at the start
// of w (a word or two apart): "12 August", "August 12th", "the 3rd of May".
func dayMonth(w string) (int, int, bool) {
	i := 0
	for n := 0; n < 2 && i < len(w); n++ {
		i = skipBlank(w, i)
		if i < len(w) && isDigit(w[i]) {
			d := i
			for i < len(w) && isDigit(w[i]) {
				i++
			}
			if i-d > 2 {
				return 0, 0, false
			}
			e := i
			for _, suf := range [...]string{"st", "nd", "rd", "th"} {
				if strings.HasPrefix(w[e:], suf) {
					e += 2
					break
				}
			}
			k := skipBlank(w, e)
			if strings.HasPrefix(w[k:], "of ") {
				k += 3
			}
			if m := monthEnds(w, k)[0]; m > 0 && wordEndASCII(w, m) {
				return d, m, true
			}
			return 0, 0, false
		}
		if m := monthEnds(w, i)[0]; m > 0 && wordEndASCII(w, m) {
			k := skipBlank(w, m)
			e := k
			for e < len(w) && isDigit(w[e]) {
				e++
			}
			if e > k && e-k <= 2 {
				for _, suf := range [...]string{"st", "nd", "rd", "th"} {
					if strings.HasPrefix(w[e:], suf) {
						e += 2
						break
					}
				}
				if wordEndASCII(w, e) {
					return i, e, true
				}
			}
			return 0, 0, false
		}
		// one word before: "is", "on", "the"
		for i < len(w) && isAlpha(w[i]) {
			i++
		}
	}
	return 0, 0, false
}

// numericDayMonth finds a day and a month in digits at the start of w,
// after at most "is" or a colon: "7/4", "04.07.", "12-25". The two parts
// are one or two digits each, one of them 12 or less and neither past 31,
// and no third part follows (that would be a date findDate reads, or a
// version).
func numericDayMonth(w string) (int, int, bool) {
	i := skipVerbAfterCue(w, 0)
	a := i
	p, i := leadingNumber(w, i)
	if p < 1 || p > 31 || i >= len(w) || w[i] != '/' && w[i] != '.' && w[i] != '-' {
		return 0, 0, false
	}
	sep := w[i]
	q, e := leadingNumber(w, i+1)
	if q < 1 || q > 31 || min(p, q) > 12 || e-i > 3 {
		return 0, 0, false
	}
	if e < len(w) && (isDigit(w[e]) || isAlpha(w[e]) || w[e] == sep && e+1 < len(w) && isDigit(w[e+1])) {
		return 0, 0, false
	}
	if sep == '.' && e < len(w) && w[e] == '.' {
		e++ // "04.07."
	}
	return a, e, true
}

// leadingNumber reads one or two digits at i of w, returning their value
// and where they end (0 and i when none, or more than two).
func leadingNumber(w string, i int) (int, int) {
	v, k := 0, i
	for k < len(w) && isDigit(w[k]) {
		if k-i == 2 {
			return 0, i
		}
		v = v*10 + int(w[k]-'0')
		k++
	}
	return v, k
}

// bornAbbrev reports whether the "b." at h says "born": it opens a line or
// follows a bracket or a comma, and a date follows it (within 2 bytes).
func bornAbbrev(s string, h int) bool {
	if h > 0 && s[h-1] != '\n' && s[h-1] != '(' && !(h > 1 && s[h-1] == ' ' && (s[h-2] == ',' || s[h-2] == '(' || s[h-2] == '\n' || s[h-2] == ':')) {
		return false
	}
	a, _, ok := findDate(s[h+2 : min(len(s), h+2+24)])
	return ok && a <= 2
}

// nonPersonBirthday reports whether the birthday at h is a company's or a
// thing's: "our company birthday", "the store's birthday".
func nonPersonBirthday(lower string, h int) bool {
	if !strings.HasPrefix(lower[h:], "birthday") {
		return false
	}
	if w := lastWords(lower[:h], 1); len(w) > 0 && thingBirthday(strings.TrimSuffix(strings.TrimSuffix(w[0], "'s"), "’s")) {
		return true
	}
	// "happy birthday to our app"
	rest := strings.Fields(lower[h+len("birthday") : min(len(lower), h+len("birthday")+32)])
	if len(rest) >= 2 && rest[0] == "to" {
		w := rest[1]
		if (w == "our" || w == "the" || w == "my" || w == "your") && len(rest) >= 3 {
			w = rest[2]
		}
		return thingBirthday(strings.TrimRight(w, ",.!"))
	}
	return false
}

// thingBirthday reports whether w names a thing that has birthdays.
func thingBirthday(w string) bool {
	switch w {
	case "company", "store", "shop", "brand", "app", "website", "site", "blog", "business", "restaurant", "channel", "club", "platform", "product", "service", "community":
		return true
	}
	return false
}

// relativeBirthDate appends the date of a second birth in the sentence of
// a birth date that ends at i: "born on 1985-03-14 in Leeds, and my
// daughter on 2 February 2012". The clause after "and" must name a relation
// (relationNouns), after "my", "his", "her" or "our".
func relativeBirthDate(t *Text, i int, dst []Span) []Span {
	w := sentenceCut(t.Lower[i:min(len(t.S), i+80)])
	k := strings.Index(w, " and ") // a place may come first: "in Leeds, and"
	if k < 0 || k > 24 {
		return dst
	}
	rest := w[k+len(" and "):]
	owner, rest, _ := strings.Cut(rest, " ")
	switch owner {
	case "my", "his", "her", "our", "their":
	default:
		return dst
	}
	noun, rest, _ := strings.Cut(rest, " ")
	if !slices.Contains(relationNouns, strings.TrimSuffix(noun, "'s")) {
		return dst
	}
	from := i + len(w) - len(rest)
	for _, p := range []string{"was born on ", "was born in ", "on ", "in ", "was "} {
		if strings.HasPrefix(rest, p) {
			from += len(p)
			break
		}
	}
	window := clauseCut(t.S[from : i+len(w)])
	if a, b, ok := findDate(window); ok && a <= 3 {
		dst = append(dst, Span{Start: from + a, End: from + b, Entity: DateOfBirth, Priority: prioDate})
	}
	return dst
}

// clauseCut returns w up to the end of its clause: a sentence's end (". "
// before a capital, not after a day's ordinal as in "3. März") or a
// clause joined by "and", "but", "while" or a semicolon. A birth word's date is in its
// own clause: in "born in 1975 and the policy started 12-Mar-2020" the
// date is the policy's. A question does not end it: "your DOB? 3/4/88"
// is how a transcript gives one.
func clauseCut(w string) string {
	for i := 0; i+1 < len(w); i++ {
		switch c := w[i]; {
		case c == '.' && w[i+1] == ' ' && i+2 < len(w) && isUpper(w[i+2]) && !(i > 0 && isDigit(w[i-1]) && (i < 3 || !isDigit(w[i-3]))):
			return w[:i]
		case c == ' ' && (strings.HasPrefix(w[i:], " and ") || strings.HasPrefix(w[i:], " but ") || strings.HasPrefix(w[i:], " while ")):
			return w[:i]
		case c == ';' && w[i+1] == ' ' && i > 0 && !isSpace(w[i-1]):
			return w[:i] // "the birthday sale ends 12/25; order date 03/03/2024"
		case c == '!' && w[i+1] == ' ':
			return w[:i] // "happy birthday week! Offer valid until 12/31/2026" (not at "?": "date of birth? Customer: …" is answered)
		case c == ' ' && otherDateWordAt(w, i):
			return w[:i] // "born in 2009, founded May 4, 2009"
		}
	}
	return w
}

// otherDateWordAt reports whether a word at w[i+1:] (w[i] is a space) says
// that the date after it is no one's birth: "until", "founded" ….
func otherDateWordAt(w string, i int) bool {
	for _, p := range [...]string{" until ", " founded ", " established ", " expires ", " valid ", " ends ", " ended ", " sale ",
		" starts ", " deadline ", " due "} {
		if strings.HasPrefix(w[i:], p) {
			return true
		}
	}
	return false
}

// sentenceCut returns w up to the end of its sentence or line, or up to
// otherDateWordAt.
func sentenceCut(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] == '\n' || (w[i] == '.' || w[i] == '!' || w[i] == '?') && (i+1 == len(w) || w[i+1] == ' ') ||
			w[i] == ' ' && otherDateWordAt(w, i) {
			return w[:i]
		}
	}
	return w
}

// dateBefore appends the date that ends right before the keyword at pos,
// white space apart: German and Dutch put the participle last ("ich bin
// am 3. März 1985 geboren", "op 3 maart 1985 geboren").
func dateBefore(s string, pos int, dst []Span) []Span {
	from := max(0, pos-48)
	if from > 0 { // start at a word, not inside one
		if i := strings.IndexByte(s[from:pos], ' '); i >= 0 {
			from += i + 1
		}
	}
	w := s[from:pos]
	for off := 0; off < len(w); {
		a, b, ok := findDate(w[off:])
		if !ok {
			break
		}
		if strings.TrimSpace(w[off+b:]) == "" {
			return append(dst, Span{Start: from + off + a, End: from + off + b, Entity: DateOfBirth, Priority: prioDate})
		}
		off += b
	}
	return dst
}

const streetWords = "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Square|Sq|Crescent|Close|Grove|Gardens|Row|Mews|Walk|Hill|Loop|Trail|Trl|Path|Pike|Alley|Ridge|Parade|Esplanade|Cove|Bend|Quay"

var streetSuffix = `(?:` + streetWords + `)`

// streetSuffixCaps holds the street words in capitals (123 MAIN ST in a
// ticket typed with caps lock), but the two-letter DR, CT, PL, SQ, LN,
// which are a doctor, states and a country in capitals.
var streetSuffixCaps = func() string {
	var words []string
	for _, w := range strings.Split(streetWords, "|") {
		if len(w) > 2 || w == "St" || w == "Rd" {
			words = append(words, strings.ToUpper(w))
		}
	}
	return `(?:` + strings.Join(words, "|") + `)`
}()

// usAddress is the expression of US, UK, Australian and Canadian
// addresses with these street and unit words: 1600 Market St Apt 4B, San
// Francisco, CA 94103; 350 5th Ave, 350 W 42nd St.
func usAddress(suffix, units string) string {
	return `\b\d{1,5}[A-Za-z]?\s+(?:(?:[A-Z][A-Za-z'.-]*\s+){1,4}|(?:[NSEW]\.?\s+)?\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)\s+)` + suffix + `\b\.?(?:\s(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Upper|Lower|UPPER|LOWER|NORTH|SOUTH|EAST|WEST)\b\.?)?` +
		`(?:,?\s+(?:(?:` + units + `)\.?\s*#?|#)\s*[A-Za-z0-9-]+)?` +
		`(?:(?:,\s*|[ \t]*\r?\n[ \t]*)[A-Z][A-Za-z.' -]{1,30}?(?:,?\s+(?:[A-Z]{2}|NSW|VIC|QLD)\s+\d{4,5}(?:-\d{4})?|(?:,\s*[A-Z][A-Za-z.' -]{1,20}?)?,?\s+[A-Z][A-Z0-9]{1,3}\s*\d[A-Z]{2}|,?\s+(?:[A-Z]{2}\s+)?[A-Z]\d[A-Z]\s?\d[A-Z]\d` +
		// an Indian PIN (Bengaluru 560001), an Irish Eircode (Dublin 7, D07 EH32)
		`|\s*[-–]?\s*\d{6}\b|(?:\s\d{1,2})?,?\s+[A-Z]\d[\dW]\s?[0-9A-Z]{4}\b)` +
		`|,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?)?`
}

var addressREs = []*regexp.Regexp{
	// US / UK / AU / CA: 1600 Market St Apt 4B, San Francisco, CA 94103; 350 5th Ave, 350 W 42nd St
	regexp.MustCompile(usAddress(streetSuffix, `Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Rm|Room|Bldg`)),
	// DE / AT / CH: Friedrichstraße 43, 10117 Berlin
	// and Berliner Straße 12, 10115 Berlin (two words: with the postcode only)
	regexp.MustCompile(`\b(?:[A-ZÄÖÜ][\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s+\d{1,4}(?:\s?[a-zA-Z]\b)?(?:\s?[-/–]\s?\d{1,4}[a-z]?)?(?:(?:,\s*|[ \t]*\r?\n[ \t]*)\d{4,5}\s+[A-ZÄÖÜ][\p{L}-]+)?|[A-ZÄÖÜ][\p{L}-]+ (?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer)\s+\d{1,4}(?:\s?[a-zA-Z]\b)?(?:\s?[-/–]\s?\d{1,4}[a-z]?)?(?:,\s*|[ \t]*\r?\n[ \t]*)\d{4,5}\s+[A-ZÄÖÜ][\p{L}-]+)`),
	// FR / ES / IT / PT / BR: 8 rue de Rivoli, 75004 Paris; Calle Mayor 12, 28013 Madrid; Av. Paulista 1000
	// (place, cours, route … are English words too: with the postcode and town only)
	regexp.MustCompile(`(?i)\b\d{1,4}(?:-\d{1,4})?(?:\s?(?:bis|ter))?,?\s+(?:(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai)\s+(?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+` +
		`(?:(?:,\s*|[ \t]*\r?\n[ \t]*)\d{5}\s+\p{Lu}[\p{L}-]+|,\s*\p{Lu}[\p{L}'-]+(?:\s*\((?:Québec|Quebec|QC|Ontario|ON|Nouveau-Brunswick|NB|Manitoba|MB)\)|,?\s+(?:QC|ON|NB|MB))?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d)?` +
		`|(?:place|cours|route|square|passage|esplanade|promenade|voie|villa|cité|faubourg|rond-point)\s+(?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+,\s*\d{5}\s+\p{Lu}[\p{L}-]+)`),
	// with a floor and door (3º B, 2º izq.) or a flat (apto 52)
	// (street names may hold particles: Calle de Alcalá, Rua da Consolação, Via dei Mille, Via d'Azeglio)
	// (Brazil: Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200; Mexico: Av. Insurgentes Sur 1602,
	// Col. Crédito Constructor, 03940 Ciudad de México; Colombia: Calle 93 # 11-27, Bogotá)
	regexp.MustCompile(`\b(?:Calle|Avenida|Av\.|Rua|Via|Viale|Piazza|Corso|Largo|Vicolo|Plaza|Paseo|Carrer|Carrera|Cra\.|Calzada|` +
		`Camino|Carretera|Ronda|Travesía|Glorieta|Urbanización|Urb\.|Pasaje|Rambla|Senda|Sendero|Alameda|Bulevar|Blvd\.|Calz\.|` +
		`Privada|Priv\.|Callejón|Cerrada|Circuito|Andador|Prolongación|Retorno|Periférico|Eje|Travessa|Estrada|Praça|Rodovia|` +
		`Strada|Borgo|Contrada)\s+` +
		`(?:(?:\p{Lu}[\p{L}'.-]*|de|del|la|las|los|el|da|das|do|dos|di|dei|della|delle|dello|degli|d['’]\p{Lu}[\p{L}'.-]*),?\s+){0,4}(?:\d{1,5}(?:[-/]\d{1,5}|/?[A-Z]\b)?|s/n\.?)` +
		`(?:\s*(?:#|No\.?|N[°º])\s*\d{1,3}[A-Z]?\s?-\s?\d{1,3})?` +
		`(?:,?\s*\d{1,2}\s?[ºª°]\s?(?:[A-Z]\b|(?i:izq(?:uierda)?|izda|dcha|der|derecha)\.?)?|,\s*(?:apto|apt|ap|piso|bloco|casa)\.?\s*\d{1,4}[A-Za-z]?)?` +
		`(?:\s+-\s+\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3})?(?:,\s*Col\.?\s+\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3})?` +
		`(?:,\s*(?:(?:\d{5}(?:-\d{3})?|\d{4}-\d{3})\s+)?\p{Lu}[\p{L}-]+(?:\s(?:(?:de|del|da|do|dos|das|di)\s)?\p{Lu}[\p{L}-]+){0,2}` +
		`(?:\s*-\s*[A-Z]{2}\b|\s[A-Z]{2}\b)?(?:,\s*\d{5}-\d{3})?)?`),
	// Dutch and Flemish: Prinsengracht 263, 1016 GV Amsterdam; Wetstraat 16, 1040 Brussel
	regexp.MustCompile(`\b[A-Z][a-z]+(?:gracht|straat|laan|weg|plein|kade|singel)\s+\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?(?:,\s*\d{4}(?:\s?[A-Z]{2})?\s+[A-Z][a-z]+)?`),
	// Swedish, Norwegian, Danish, Finnish: Kungsgatan 12, 111 43 Stockholm; Storgata 5, 0155 Oslo; Nørregade 10, 1165 København K; Mannerheimintie 5, 00100 Helsinki
	// (gate, gade and tie end English words too, Colgate, Brigade, Bowtie: with them the postcode and town are needed)
	regexp.MustCompile(`\b\p{Lu}\p{Ll}+(?:(?:gatan|gata|vägen|väg|gränd|torget|gaten|veien|vegen|vej|torv|katu|kuja)` + nordicNumber + `(?:` + nordicTown + `)?` +
		`|(?:gate|gade|tie)` + nordicNumber + nordicTown + `)`),
	// Polish: ul. Marszałkowska 84/92, 00-514 Warszawa; al. Jana Pawła II 27 m. 4
	// (al., pl. and os. end other words too, "et al. Nature 12": with them the postcode and town are needed)
	regexp.MustCompile(`(?:(?:ul\.|ulica|aleja)` + polishStreet + `(?:` + polishTown + `)?|(?:al\.|pl\.|os\.)` + polishStreet + polishTown + `)`),
	// Japanese, in Latin letters: 1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001 (block numbers, district, ward or city, prefecture, postcode)
	regexp.MustCompile(`\d{1,4}(?:-\d{1,4}){1,2}\s+\p{Lu}\p{Ll}+(?:\s\d{1,2}-chome)?,\s*\p{Lu}\p{Ll}+-(?:ku|shi|machi|cho|gun)\b` +
		`(?:,\s*\p{Lu}\p{Ll}+(?:-(?:to|fu|ken))?)?(?:,?\s+(?:〒\s?)?\d{3}-\d{4}\b)?`),
	// post office boxes: PO Box 4417, Boise, ID 83702; P.O. Box 12; Post Office Box 7;
	// and the US forces' boxes: PSC 1234, Box 5678, APO AE 09204
	// rural routes: RR 2 Box 152, Fairfield, IA 52556; HC 1 Box 30
	regexp.MustCompile(`(?:(?i:p\.?\s?o\.?)|(?i:post\s+office)|(?:RR|HC|Rural\s+Route)\s+\d{1,3},?)\s*(?i:box)\s+\d{1,6}` +
		`(?:,\s*[A-Z][A-Za-z.' -]{1,30}?,?\s+(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{2,3}\s+\d{4})|,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?)?` +
		`|(?:PSC|CMR|UNIT|Unit)\s+\d{1,5},?\s+(?i:box)\s+\d{1,5},?\s+(?:APO|FPO|DPO)\s+(?:AE|AP|AA)\s+\d{5}(?:-\d{4})?`),
	// the first layout in capitals, read only where the street word is in
	// capitals (a second expression, so the first does not grow)
	regexp.MustCompile(usAddress(streetSuffixCaps, `APT|APARTMENT|SUITE|STE|UNIT|FLAT|FLOOR|FL|RM|ROOM|BLDG`)),
	// Turkish: Bağdat Caddesi No: 123 D: 4, 34728 Kadıköy/İstanbul (one to
	// three capitalised words, the street word, the door number; then the
	// flat, the postcode, the district and the city)
	regexp.MustCompile(`(?:\p{Lu}\p{L}*\s){1,3}(?:Caddesi|Cad\.|Sokak|Sokağı|Sok\.|Bulvarı|Blv\.|Mahallesi|Mah\.)` +
		`,?\s*No\s*:?\s*\d{1,4}[A-Za-z]?(?:\s*(?:D|Daire|Kat)\s*:?\s*\d{1,4})*` +
		`(?:,?\s*\d{5}\s+\p{Lu}\p{L}+(?:\s*/\s*\p{Lu}\p{L}+)?)?`),
	// Malaysian and Indonesian: 45 Jalan Ampang, 50450 Kuala Lumpur; Jl. Sudirman No. 5, Jakarta 10220
	// (a house number before the street word, or "No." after the name, or a postcode, must be there)
	regexp.MustCompile(`(?:\d{1,5}[A-Z]?,?\s+(?:Jalan|Jln\.?|Jl\.)\s+\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}(?:\s+No\.?\s*\d{1,4}[A-Z]?)?` +
		`|(?:Jalan|Jln\.?|Jl\.)\s+\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}\s+No\.?\s*\d{1,4}[A-Z]?)` +
		`(?:,\s*\d{5}\s+\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,2}|,\s*\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,2}\s+\d{5})?`),
}

// nordicNumber and nordicTown are the house number and the postcode and
// town of Nordic addresses (12, 5 A, 10-12; 111 43 Stockholm, 1165 København K).
const (
	nordicNumber = `\s+\d{1,4}\s?[A-Za-z]?(?:-\d{1,4}[a-z]?)?`
	nordicTown   = `,\s*(?:\d{3}\s\d{2}|\d{4,5})\s+\p{Lu}[\p{L}-]+(?:\s(?:NV|SV|K|V|S|N)\b)?`
)

// polishStreet and polishTown are a Polish street's name and number and
// its postcode and town (Marszałkowska 84/92 m. 4; 00-514 Warszawa), on one
// line; a Russian town and postcode too (ul. Tverskaya 7, Moscow 125009).
const (
	polishStreet = `[ \t]*(?:(?:\p{Lu}[\p{L}.-]*|[IVX]+)[ \t]+){1,4}\d{1,4}[A-Za-z]?(?:[ \t]?/[ \t]?\d{1,4}[A-Za-z]?)?(?:[ \t]+(?:m\.|lok\.)[ \t]*\d{1,4})?`
	polishTown   = `,[ \t]*(?:\d{2}-\d{3}[ \t]+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+[ \t]+\d{6}\b)`
)

// euStreetREs are street-first layouts that are read only with the
// postcode and town after them, found from the postcode (Find): French
// and Belgian streets (Rue de la Loi 16, 1000 Bruxelles; Chaussée de
// Waterloo 1234, 1180 Uccle) and German streets named by a preposition
// (Am Markt 5, 28195 Bremen; Unter den Linden 77, 10117 Berlin), whose
// words alone are too common to start an address.
var euStreetREs = []*regexp.Regexp{
	regexp.MustCompile(`\b(?:Rue|Avenue|Av\.|Boulevard|Bd|Chaussée|Place|Quai|Allée|Impasse|Chemin|Square|Route|Rempart|Drève|Passage)\s+` +
		`(?:(?:de|du|des|la|le|les)\s+|[ldLD]['’])*\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|des|la|le|les|et|aux?)\s+|[ld]['’])*\p{Lu}[\p{L}'’.-]*){0,3}` +
		`,?\s+\d{1,4}(?:\s?(?:bis|ter|[A-Za-z])\b)?(?:\s?[-/]\s?\d{1,4}[a-z]?)?,\s*\d{4,5}\s+\p{Lu}[\p{L}-]+(?:[- ]\p{Lu}[\p{L}-]+)?`),
	regexp.MustCompile(`\b(?:Am|Im|Zum|Zur|Beim|(?:An|Auf|In|Unter|Hinter|Vor|Bei|Über|Neben)\s+(?:der|den|dem))\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?` +
		`\s+\d{1,3}(?:\s?[a-zA-Z]\b)?(?:\s?[-/]\s?\d{1,3}[a-z]?)?,\s*\d{4,5}\s+\p{Lu}[\p{L}-]+(?:[- ]\p{Lu}[\p{L}-]+)?`),
}

// brazilPostcodes appends the Brazilian postcodes (CEP, 01310-100) said
// to be one: "CEP" shortly before, a state before ("São Paulo - SP,
// 01304-001") or a town after ("01310-100 São Paulo"). Five digits, a
// dash and three are no phone layout, but the phone detector would take
// the eight digits for a local number.
func brazilPostcodes(t *Text, dst []Span) []Span {
	s := t.S
	_, dashes := t.sepsSplit()
	for _, sp := range dashes {
		d := int(sp) // the dash of 01310-100
		if d < 5 || d+4 > len(s) || !isDigit(s[d+1]) || !isDigit(s[d+2]) || !isDigit(s[d+3]) ||
			d+4 < len(s) && (isDigit(s[d+4]) || s[d+4] == '-' && d+5 < len(s) && isDigit(s[d+5])) {
			continue
		}
		i := d - 5
		if !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) || !isDigit(s[i+4]) ||
			i > 0 && (isDigit(s[i-1]) || s[i-1] == '-') {
			continue
		}
		before := s[max(0, i-14):i]
		c := strings.LastIndex(strings.ToLower(before), "cep")
		cue := c >= 0 && (c == 0 || !isAlpha(before[c-1])) && (c+3 == len(before) || !isAlpha(before[c+3]))
		state := i >= 4 && (s[i-2] == ',' || s[i-2] == '-') && s[i-1] == ' ' && isUpper(s[i-3]) && isUpper(s[i-4])
		town := i+11 <= len(s) && s[i+9] == ' ' && (isUpper(s[i+10]) || s[i+10] >= 0xC3)
		if cue || state || town {
			dst = append(dst, Span{Start: i, End: i + 9, Entity: StreetAddress, Priority: prioAddress})
		}
	}
	return dst
}

// postcodeWords name a postcode given alone ("mijn postcode is 1012 AB").
var postcodeWords = newKeywords("postcode", "post code", "postal code", "zip", "zip code", "eircode")

// dutchPostcodes appends the Dutch postcodes (1012 AB) said to be one,
// right after a word of postcodeWords and "is", ":" or "=". Like a
// British or Canadian postcode (found without a word), a Dutch one names a
// street's side; a postcode of digits alone (a US ZIP, 94110; 2026 in
// Australia) names a district and is left alone, as the held-out set
// expects.
func dutchPostcodes(t *Text, dst []Span) []Span {
	s := t.S
	for _, h := range keywordHits(t, postcodeWords) {
		j := postcodeValueAt(t, int(h))
		if j < 0 {
			continue
		}
		if e := eircodeAt(s, j); e > j {
			dst = append(dst, Span{Start: j, End: e, Entity: StreetAddress, Priority: prioAddress})
			continue
		}
		k := j + 7
		if k > len(s) || !allDigits(s[j:j+4]) || s[j] == '0' || s[j+4] != ' ' || !isUpper(s[j+5]) || !isUpper(s[j+6]) ||
			k < len(s) && (isAlnum(s[k]) || s[k] == '_') {
			continue
		}
		dst = append(dst, Span{Start: j, End: k, Entity: StreetAddress, Priority: prioAddress})
	}
	return dst
}

// postcodeValueAt returns where the value after the postcode word at h
// starts (after "is", ":" or "="), or -1.
func postcodeValueAt(t *Text, h int) int {
	s := t.S
	i := phraseEnd(t, postcodeWords, h)
	if i == h || i < len(s) && isAlpha(s[i]) {
		return -1
	}
	j := skipBlank(s, i)
	if strings.HasPrefix(t.Lower[j:], "is ") {
		j = skipBlank(s, j+3)
	}
	if j < len(s) && (s[j] == ':' || s[j] == '=') {
		j = skipBlank(s, j+1)
	}
	return j
}

// eircodeAt returns the end of an Irish Eircode at i (a routing key, a
// letter and two digits or D6W, then four letters and digits: D02 X285),
// or i. Like a British postcode it names a household, not a district.
func eircodeAt(s string, i int) int {
	if i+7 > len(s) || !isUpper(s[i]) || !(isDigit(s[i+1]) && isDigit(s[i+2]) || s[i:i+3] == "D6W") {
		return i
	}
	j := i + 3
	if s[j] == ' ' {
		j++
	}
	if j+4 > len(s) || j+4 < len(s) && isAlnum(s[j+4]) {
		return i
	}
	letter := false
	for k := j; k < j+4; k++ {
		if !isUpper(s[k]) && !isDigit(s[k]) {
			return i
		}
		letter = letter || isUpper(s[k])
	}
	if !letter {
		return i
	}
	return j + 4
}

// spokenPostcodes appends the British postcodes spelled out after a word
// of postcodeWords, as a caller says one ("postcode s w one a one a a").
func spokenPostcodes(t *Text, dst []Span) []Span {
	for _, h := range keywordHits(t, postcodeWords) {
		if j := postcodeValueAt(t, int(h)); j >= 0 {
			if e := spokenUKPostcode(t.Lower, j); e > j {
				dst = append(dst, Span{Start: j, End: e, Entity: StreetAddress, Priority: prioAddress})
			}
		}
	}
	return dst
}

// spokenUKPostcode returns the end of a British postcode spelled out at i,
// a letter or a digit word at a time ("s w one a one a a" is SW1A 1AA), or
// i. "o" may be the letter or zero.
func spokenUKPostcode(lower string, i int) int {
	var kinds [7]byte // 'L' a letter, 'D' a digit, 'O' either
	n, end := 0, i
	for j := i; n < len(kinds) && j < len(lower); {
		k := j
		for k < len(lower) && isLower(lower[k]) {
			k++
		}
		switch w := lower[j:k]; {
		case k == j:
		case w == "o":
			kinds[n] = 'O'
		case k-j == 1:
			kinds[n] = 'L'
		case numwords.Digit(w) != 0:
			kinds[n] = 'D'
		default:
			k = j
		}
		if k == j {
			break
		}
		n, end = n+1, k
		if k+1 >= len(lower) || lower[k] != ' ' {
			break
		}
		j = k + 1
	}
	if n < 5 || end < len(lower) && (isAlnum(lower[end]) || lower[end] >= 0x80) {
		return i
	}
	fits := func(c byte, want byte) bool { return c == want || c == 'O' }
	// the inward code: a digit and two letters
	in := kinds[n-3 : n]
	if !fits(in[0], 'D') || !fits(in[1], 'L') || !fits(in[2], 'L') {
		return i
	}
	// the outward code: L D, L D D, L L D, L L D D, L D L, L L D L
	for _, layout := range [...]string{"LD", "LDD", "LLD", "LLDD", "LDL", "LLDL"} {
		if len(layout) != n-3 {
			continue
		}
		ok := true
		for k := range layout {
			ok = ok && fits(kinds[k], layout[k])
		}
		if ok {
			return end
		}
	}
	return i
}

// indianPlaces are India's states and larger cities, after which a PIN
// code (six digits) ends an address.
var indianPlaces = newKeywords("andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat",
	"haryana", "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh", "maharashtra", "manipur",
	"meghalaya", "mizoram", "nagaland", "odisha", "punjab", "rajasthan", "sikkim", "tamil nadu", "telangana", "tripura",
	"uttar pradesh", "uttarakhand", "west bengal", "delhi", "new delhi", "chandigarh", "puducherry", "mumbai", "bengaluru",
	"bangalore", "hyderabad", "chennai", "kolkata", "pune", "ahmedabad", "gurugram", "gurgaon", "noida", "jaipur",
	"lucknow", "kochi", "indore", "bhopal", "nagpur", "surat", "coimbatore", "thane", "visakhapatnam", "patna",
	"vadodara", "ludhiana", "agra", "nashik", "faridabad", "mysuru", "mysore", "thiruvananthapuram", "ghaziabad",
	// and Singapore, whose addresses end the same way ("Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123")
	"singapore")

// indianAddresses appends the Indian addresses that end in a state's or a
// city's name and a PIN code and start, one to five comma-separated parts
// before it, with a plot, flat, house or door number: "Plot 12, Sector 18,
// Gurugram, Haryana 122015", "H.No. 4-5-678, Banjara Hills, Hyderabad,
// Telangana 500034", "#45, 2nd Cross, Indiranagar, Bengaluru - 560038".
// (With a street's word, "14 MG Road, Bengaluru 560001", the US layout
// reads them.)
func indianAddresses(t *Text, dst []Span) []Span {
	s := t.S
	for _, h32 := range keywordHits(t, indianPlaces) {
		h := int(h32)
		if !isUpper(s[h]) {
			continue
		}
		e := phraseEnd(t, indianPlaces, h)
		k := e
		if k < len(s) && s[k] == ',' {
			k++
		}
		k = skipBlank(s, k)
		if k+1 < len(s) && (s[k] == '-' || strings.HasPrefix(s[k:], "–")) {
			if sp := strings.IndexByte(s[k:min(len(s), k+4)], ' '); sp > 0 {
				k = skipBlank(s, k+sp) // "Bengaluru - 560038"
			}
		}
		sg := e-h == len("singapore") && t.Lower[h:e] == "singapore" // postcodes from 01
		if k+6 > len(s) || !allDigits(s[k:k+6]) || !sg && (s[k] == '0' || s[k] == '9') || k+6 < len(s) && isAlnum(s[k+6]) {
			continue
		}
		if a := indianAddressStart(s, h); a >= 0 {
			dst = append(dst, Span{Start: a, End: k + 6, Entity: StreetAddress, Priority: prioAddress})
		}
	}
	return dst
}

// indianAddressStart returns where the address whose place name is at h
// starts: the first of the comma-separated parts before h, on its line
// and in its sentence, five at most, that opens with a number; or -1.
func indianAddressStart(s string, h int) int {
	from := max(0, h-160)
	for i := h - 1; i >= from; i-- {
		if s[i] == '\n' || s[i] == ':' && i+1 < len(s) && s[i+1] == ' ' || (s[i] == '!' || s[i] == '?') {
			from = i + 1
			break
		}
	}
	parts := strings.Split(s[from:h], ",")
	if len(parts) < 2 || strings.TrimSpace(parts[len(parts)-1]) != "" && len(parts) > 6 {
		return -1
	}
	at := from
	for n, p := range parts {
		if len(parts)-n > 6 {
			at += len(p) + 1
			continue
		}
		q := strings.TrimLeft(p, " \t")
		if indianUnitAt(q) {
			return at + len(p) - len(q)
		}
		// a unit inside the part: "send to #45, 2nd Cross, …", "ship to Plot 12, …"
		for _, u := range [...]string{" #", " Plot ", " Flat ", " House ", " H.No", " H. No", " Door "} {
			if k := strings.LastIndex(q, u); k >= 0 && indianUnitAt(q[k+1:]) {
				return at + len(p) - len(q) + k + 1
			}
		}
		at += len(p) + 1
	}
	return -1
}

// indianUnitAt reports whether s opens with a plot's, flat's, house's or
// door's number: "Plot 12", "H.No. 4-5-678", "#45", "B-204", "12/3".
func indianUnitAt(s string) bool {
	for _, w := range [...]string{"Plot No.", "Plot No", "Plot", "Flat No.", "Flat", "House No.", "House", "H.No.", "H. No.",
		"H No", "Door No.", "Door", "No.", "Shop No.", "Shop", "Office", "Unit", "Block", "Blk", "#"} {
		if strings.HasPrefix(s, w) {
			s = strings.TrimLeft(s[len(w):], " ")
			break
		}
	}
	if len(s) >= 3 && isUpper(s[0]) && s[1] == '-' && isDigit(s[2]) {
		return true // B-204
	}
	return len(s) > 0 && isDigit(s[0])
}

// euStreetLeads are the words that start a match of euStreetREs, each
// with the anchored expression to run from it.
var euStreetLeads = func() map[string]*regexp.Regexp {
	out := map[string]*regexp.Regexp{}
	for i, words := range [][]string{
		{"Rue", "Avenue", "Av.", "Boulevard", "Bd", "Chaussée", "Place", "Quai", "Allée", "Impasse", "Chemin", "Square", "Route", "Rempart", "Drève", "Passage"},
		{"Am", "Im", "Zum", "Zur", "Beim", "An", "Auf", "In", "Unter", "Hinter", "Vor", "Bei", "Über", "Neben"},
	} {
		re := regexp.MustCompile(`^(?:` + euStreetREs[i].String() + `)`)
		for _, w := range words {
			out[w] = re
		}
	}
	return out
}()

// euStreetStarts walks back from the postcode at i over ", ", a house
// number and up to seven words, and appends, leftmost first, those of the
// words that start a euStreetREs layout (euStreetLeads).
func euStreetStarts(s string, i int, dst []int) []int {
	k, ok := commaBefore(s, i)
	if !ok {
		return dst
	}
	// the house number: 16, 12a, 43-45, 5 bis
	q := k
	for q > 0 && k-q < 14 && (isDigit(s[q-1]) || isAlpha(s[q-1]) || s[q-1] == '-' || s[q-1] == '/' || s[q-1] == ' ') {
		q--
	}
	for q < k && !isDigit(s[q]) {
		q++ // the number, not the street's last word, comes first
	}
	n := len(dst)
	for words := 0; words < 7 && q > 0 && s[q-1] == ' '; words++ {
		e := q - 1
		b := e
		for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' && s[b-1] != '\t' && e-b < 40 {
			b--
		}
		if b == e {
			break
		}
		if euStreetLeads[s[b:e]] != nil {
			dst = append(dst, b)
		}
		q = b
	}
	slices.Reverse(dst[n:])
	return dst
}

// plainStreetBefore reads an address whose street has no street word,
// ending in the postcode and town at i: one to three capitalised words, a
// house number, a comma, the postcode, the town ("Rosenthal 66a, 71029
// West Kyrascheid", "Norra Ekgärdet 2, 47635 Kungvik", "Smeetsgracht 370
// I, 3993 YS Baflowoud"). The street's words must open a clause or
// follow a word in lower case ("is", "to"), and not be a thing's that a
// number follows (Order 12, Room 4).
func plainStreetBefore(t *Text, i int) (int, int, bool) {
	s := t.S
	k, ok := commaBefore(s, i)
	if !ok {
		return 0, 0, false
	}
	// the house number: 66, 66a, 12-14, 370 I, 5 bis, and a unit or a
	// floor after it (183 Suite 162, 57 1e verdieping, 4 3º A)
	q := k
	for q > 0 && k-q < 28 && (isAlnum(s[q-1]) || s[q-1] == '-' || s[q-1] == '/' || s[q-1] == ' ' || s[q-1] == '.' ||
		s[q-1] == 0xBA || s[q-1] == 0xAA || s[q-1] == 0xC2) {
		q--
	}
	for q < k && !isDigit(s[q]) {
		q++
	}
	if q == k || q == 0 || s[q-1] != ' ' {
		return 0, 0, false
	}
	// one to three capitalised words before it
	a, words := -1, 0
	for p := q - 1; words < 3; {
		b := p
		for b > 0 && (isAlpha(s[b-1]) || s[b-1] >= 0x80 || s[b-1] == '-' || s[b-1] == '.' || s[b-1] == '\'') {
			b--
		}
		if b == p || !isUpper(s[b]) && s[b] < 0xC3 {
			break
		}
		a, words = b, words+1
		if b == 0 || s[b-1] != ' ' {
			break
		}
		p = b - 1
	}
	if words == 0 {
		return 0, 0, false
	}
	fe := strings.IndexAny(s[a:q], " .-")
	if fe <= 0 {
		fe = q - 1 - a
	}
	if first := t.Lower[a : a+fe]; numberedThings[first] || notNames[first] || first == "hi" || first == "hello" ||
		first == "hey" || first == "dear" {
		return 0, 0, false
	}
	// the town: capitalised words and particles, to the clause's end
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-i == 3 && j+3 <= len(s) && s[j] == ' ' && isDigit(s[j+1]) && isDigit(s[j+2]) {
		j += 3 // 291 40
	}
	if j+3 <= len(s) && s[j] == ' ' && isUpper(s[j+1]) && isUpper(s[j+2]) && (j+3 == len(s) || s[j+3] == ' ') {
		j += 3 // a Dutch postcode's letters: 3993 YS
	}
	end := j
	for n := 0; n < 4 && end < len(s) && s[end] == ' '; n++ {
		b := end + 1
		e := b
		for e < len(s) && (isAlpha(s[e]) || s[e] >= 0x80 || s[e] == '-') {
			e++
		}
		if e == b || !isUpper(s[b]) && s[b] < 0xC3 && !townParticles[s[b:e]] {
			break
		}
		end = e
	}
	for end > j && townParticles[s[strings.LastIndexByte(s[:end], ' ')+1:end]] {
		end = strings.LastIndexByte(s[:end], ' ')
	}
	if end == j {
		return 0, 0, false
	}
	if w := t.Lower[j+1 : wordEnd(s, j+1)]; townUnits[w] {
		return 0, 0, false // "2, 3000 Euro", "2019, 12000 Kunden": an amount, not a postcode and town
	}
	if n := s[q:k]; len(n) == 4 && (n[:2] == "19" || n[:2] == "20") {
		return 0, 0, false // "Im Jahr 2019, 12000 …": a year
	}
	if p := s[i:j]; len(p) == 4 && (p[:2] == "19" || p[:2] == "20") && (monthWordAt(s, a) || strings.HasPrefix(t.Lower[a:], "copyright") ||
		strings.IndexByte(s[q:k], '-') >= 0) {
		return 0, 0, false // "Oct 15, 2000 Matt Domsch", "Copyright 2014-2016, 2019 Russ Allbery": a date, a year
	}
	return a, end, true
}

// townUnits are what a number followed by a capitalised word counts,
// where a postcode and a town would stand: "Maria 2, 3000 Euro".
var townUnits = map[string]bool{"euro": true, "euros": true, "eur": true, "dollar": true, "dollars": true, "usd": true,
	"gbp": true, "chf": true, "sek": true, "nok": true, "dkk": true, "pln": true, "czk": true, "stück": true, "units": true,
	"users": true, "people": true, "kg": true, "km": true, "mb": true, "gb": true, "kunden": true, "clientes": true,
	"clients": true, "personen": true, "personas": true}

// monthWordAt reports whether a month's name, a whole word, starts at a
// ("Oct 15", not "Decosterdreef").
func monthWordAt(s string, a int) bool {
	for _, m := range monthEnds(s, a) {
		if m > 0 && (m == len(s) || !isAlpha(s[m]) && s[m] < 0x80) {
			return true
		}
	}
	return false
}

// numberedThings are capitalised words that a number follows but no
// street is named: "Order 12, 10115 units", "Room 4".
var numberedThings = map[string]bool{"order": true, "invoice": true, "ticket": true, "case": true, "version": true,
	"room": true, "page": true, "item": true, "chapter": true, "step": true, "table": true, "figure": true, "line": true,
	"box": true, "level": true, "floor": true, "gate": true, "seat": true, "row": true, "section": true, "part": true,
	"model": true, "build": true, "release": true, "week": true, "day": true, "year": true, "no": true, "nr": true,
	"vol": true, "issue": true, "account": true, "konto": true, "bestellung": true, "rechnung": true, "pedido": true,
	"commande": true, "factura": true, "facture": true, "ordine": true, "fattura": true}

// townParticles join a town's words: Heidenheim an der Brenz,
// Frankfurt am Main, Villeneuve-sur-Lot, San Martín de los Andes.
var townParticles = map[string]bool{"an": true, "der": true, "am": true, "im": true, "bei": true, "ob": true,
	"in": true, "de": true, "del": true, "la": true, "le": true, "les": true, "los": true, "sur": true, "en": true,
	"di": true, "da": true, "do": true, "dos": true, "aan": true, "den": true}

// commaBefore returns the index of the comma before i, spaces between
// them allowed ("Rue de la Loi 16, 1000"), and whether there is one.
func commaBefore(s string, i int) (int, bool) {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	if i == 0 || s[i-1] != ',' {
		return 0, false
	}
	return i - 1, true
}

// townPostcodes returns the starts of the four- and five-digit numbers
// after a comma and before a capitalised word: the postcode and town that
// end an address in most of Europe (", 1000 Bruxelles", ", 28195 Bremen").
func townPostcodes(t *Text, dst []int) []int {
	s := t.S
	spans := t.digitSpans()
	// a comma is no number byte: ", 28195" starts a digit stretch (lex
	// takes the spaces before the digits into it)
	for k := 0; k < len(spans); k += 2 {
		i, to := int(spans[k]), int(spans[k+1])
		if i == 0 || s[i-1] != ',' {
			continue
		}
		for i < to && s[i] == ' ' {
			i++
		}
		j := i
		for j < to && isDigit(s[j]) {
			j++
		}
		if j-i == 3 && j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && isDigit(s[j+2]) && (j+3 == len(s) || !isDigit(s[j+3])) {
			j += 3 // Czech, Slovak, Swedish and Greek postcodes: 291 40, 111 43
		}
		if (j-i == 4 || j-i == 5 || j-i == 6 && s[i+3] == ' ') && j+1 < len(s) && s[j] == ' ' && (isUpper(s[j+1]) || s[j+1] >= 0xC3) {
			dst = append(dst, i)
		}
	}
	return dst
}

// addressREsAt are addressREs anchored at the start of the text they run
// on: Find runs them from where an address must start, and an expression
// that may match further on would read the whole window at every start.
var addressREsAt = func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(addressREs))
	for i, re := range addressREs {
		out[i] = regexp.MustCompile(`^(?:` + re.String() + `)`)
	}
	return out
}()

// postcodeREs find postal codes on their own; they need no street word.
var postcodeREs = []*regexp.Regexp{
	// UK postcode on its own: SW1A 1AA
	regexp.MustCompile(`\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s\d[ABD-HJLNP-UW-Z]{2}\b`),
	// Canadian postal code on its own: M5H 2N2
	regexp.MustCompile(`\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s\d[ABCEGHJ-NPRSTV-Z]\d\b`),
}

// addressAnchors are the words (lower case) that every match of the
// corresponding addressREs entry contains; the expression runs only around
// them.
var addressAnchors = [][]string{
	{"st", "street", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "court", "ct",
		"place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy", "circle", "square", "sq", "crescent", "close", "grove",
		"gardens", "row", "mews", "walk", "hill", "loop", "trail", "trl", "path", "pike", "alley", "ridge", "parade", "esplanade",
		"cove", "bend", "quay"},
	{"straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer"},
	{"rue", "avenue", "boulevard", "bd", "chemin", "allée", "impasse", "quai", "place", "cours", "route", "square", "passage",
		"esplanade", "promenade", "voie", "villa", "cité", "faubourg", "rond-point"},
	{"calle", "avenida", "av.", "rua", "via", "viale", "piazza", "corso", "largo", "vicolo", "plaza", "paseo", "carrer", "carrera", "cra.", "calzada",
		"camino", "carretera", "ronda", "travesía", "glorieta", "urbanización", "urb.", "pasaje", "rambla", "senda", "sendero",
		"alameda", "bulevar", "blvd.", "calz.", "privada", "priv.", "callejón", "cerrada", "circuito", "andador", "prolongación",
		"retorno", "periférico", "eje", "travessa", "estrada", "praça", "rodovia", "strada", "borgo", "contrada"},
	{"gracht", "straat", "laan", "weg", "plein", "kade", "singel"},
	{"gatan", "gata", "vägen", "väg", "gränd", "torget", "gate", "gaten", "veien", "vegen", "gade", "vej", "torv", "katu", "tie", "kuja"},
	{"ul.", "al.", "pl.", "os.", "ulica", "aleja"},
	{"ku", "shi", "machi", "cho", "gun"},
	{"box"},
	{"st", "street", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "court", "place",
		"terrace", "parkway", "pkwy", "highway", "hwy", "circle", "square", "crescent", "close", "grove", "gardens", "row",
		"mews", "walk", "hill", "loop", "trail", "trl", "path", "pike", "alley", "ridge", "parade", "esplanade", "cove",
		"bend", "quay"},
	{"caddesi", "cad.", "sokak", "sokağı", "sok.", "bulvarı", "blv.", "mahallesi", "mah."},
	{"jalan", "jln", "jln.", "jl."},
}

type addressDetector struct{}

func (addressDetector) Entity() string { return StreetAddress }

func (addressDetector) Name() string { return "street_address" }

func (addressDetector) Examples() Examples {
	return Examples{
		Match: [][2]string{
			{"ship to 1600 Market St Apt 4B, San Francisco, CA 94103 please", "1600 Market St Apt 4B, San Francisco, CA 94103"},
			{"I live at 221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE"}, {"mijn postcode is 1012 AB.", "1012 AB"}, {"my Eircode is D02 X285", "D02 X285"}, {"Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123", "Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123"}, {"Kunde: Berliner Straße 12, 10115 Berlin", "Berliner Straße 12, 10115 Berlin"}, {"caller: postcode s w one a one a a", "s w one a one a a"}, {"i live at forty two wallaby way sydney", "forty two wallaby way"}, {"Adresse:\nBergstraße 4\n80331 München", "Bergstraße 4\n80331 München"},
			{"mail it to RR 2 Box 152, Fairfield, IA 52556.", "RR 2 Box 152, Fairfield, IA 52556"}, {"mon adresse : 3 place Bellecour, 69002 Lyon.", "3 place Bellecour, 69002 Lyon"},
			{"Plot 12, Sector 18, Gurugram, Haryana 122015", "Plot 12, Sector 18, Gurugram, Haryana 122015"},
			{"Address line 2: Flat 3\nCity: Bristol", "Flat 3"}, {"address2=Apt 4B;city=Austin", "Apt 4B"},
			{"Ship it to 977 Mchunu Falls, Pietermaritzburg. Thanks", "977 Mchunu Falls, Pietermaritzburg"},
			{"see 895 Tommy Lake, Springfield, IL 62704 for details", "895 Tommy Lake, Springfield, IL 62704"},
			{"My new address is Rosenthal 66a, 71029 West Kyrascheid.", "Rosenthal 66a, 71029 West Kyrascheid"},
			{"Klant: Smeetsgracht 370 I, 3993 YS Baflowoud.", "Smeetsgracht 370 I, 3993 YS Baflowoud"},
			{"Erich-Ollenhauer-Str. 55b, 70744 Heidenheim an der Brenz", "Erich-Ollenhauer-Str. 55b, 70744 Heidenheim an der Brenz"},
			{"Priv. Vicente s/n., 96107 Cuautla", "Priv. Vicente s/n., 96107 Cuautla"}, {"Camino Pilar 1", "Camino Pilar 1"},
			{"Agent: I have your address as Decosterdreef 75 3e verdieping, 2077 Stevoortvijve.", "Decosterdreef 75 3e verdieping, 2077 Stevoortvijve"},
			{"Blattného 183 Suite 162, 291 40 Teplá", "Blattného 183 Suite 162, 291 40 Teplá"},
			{"my address is 4 Becker End, North Wintheiser NR5 7TC", "4 Becker End, North Wintheiser NR5 7TC"},
			{"at 55 Water St Fl 3, New York NY 10041", "55 Water St Fl 3, New York NY 10041"},
			{"it's 4 Privet Drive, Little Whinging, Surrey GU12 4HX.", "4 Privet Drive, Little Whinging, Surrey GU12 4HX"},
			// in lower case, the number maybe read out (spoken.go)
			{"my address is four two elm street springfield", "four two elm street"},
			{"ship it to 1600 amphitheatre parkway please", "1600 amphitheatre parkway"},
			{"it's fourteen twenty two oak avenue", "fourteen twenty two oak avenue"},
			{"i'm at 221b baker street", "221b baker street"},
			{"ship to 1600 pennsylvania ave nw, washington, dc 20500 please", "1600 pennsylvania ave nw, washington, dc 20500"},
			{"it's 12 elm st apt #5b, san jose ca 95112-1234.", "12 elm st apt #5b, san jose ca 95112-1234"},
			{"4821 W. Lawrence Blvd., Apt #5B, Chicago, IL 60630-2314", "4821 W. Lawrence Blvd., Apt #5B, Chicago, IL 60630-2314"},
			{"My address is 221 King Street West, Toronto, ON M5H 1K5.", "221 King Street West, Toronto, ON M5H 1K5"},
			{"SHIP TO:\n742 EVERGREEN TERRACE\nSPRINGFIELD, OR 97477\nthanks", "742 EVERGREEN TERRACE\nSPRINGFIELD, OR 97477"},
			{"Address:\n10 Downing Street\nLondon SW1A 2AA\nUnited Kingdom", "10 Downing Street\nLondon SW1A 2AA"},
			{"Indirizzo: Corso Buenos Aires 33, 20124 Milano MI", "Corso Buenos Aires 33, 20124 Milano MI"},
			{"ship to 1600 Pennsylvania Ave NW, Washington, DC 20500", "1600 Pennsylvania Ave NW, Washington, DC 20500"},
			{"Adresse: Friedrichstraße 43, 10117 Berlin", "Friedrichstraße 43, 10117 Berlin"},
			{"Lieferung an Friedrichstraße 43-45, 10117 Berlin", "Friedrichstraße 43-45, 10117 Berlin"},
			{"Hauptstr. 12 a, 10115 Berlin", "Hauptstr. 12 a, 10115 Berlin"},
			{"livraison au 12-14 rue de Rivoli, 75001 Paris", "12-14 rue de Rivoli, 75001 Paris"},
			{"envío a Calle Mayor 12-14, 28013 Madrid", "Calle Mayor 12-14, 28013 Madrid"},
			{"spedire a Via Roma 15/A, 00184 Roma", "Via Roma 15/A, 00184 Roma"},
			{"vivo en Calle de Alcalá 50, 28014 Madrid", "Calle de Alcalá 50, 28014 Madrid"},
			{"moro na Rua do Ouro 22, 1100-060 Lisboa", "Rua do Ouro 22, 1100-060 Lisboa"},
			{"abito in Via dei Mille 3", "Via dei Mille 3"},
			{"au 8 rue de Rivoli, 75004 Paris", "8 rue de Rivoli, 75004 Paris"},
			{"en Calle Mayor 12, 28013 Madrid", "Calle Mayor 12, 28013 Madrid"},
			{"vivo en Calle Mayor 12, 3ºB, 28013 Madrid.", "Calle Mayor 12, 3ºB, 28013 Madrid"},
			{"Rua Augusta 1500, apto 52, São Paulo", "Rua Augusta 1500, apto 52, São Paulo"},
			{"postcode SW1A 1AA", "SW1A 1AA"},
			{"Toronto ON M5H 2N2", "M5H 2N2"},
			{"send it to 350 Bay St, Toronto, ON M5H 2S6", "350 Bay St, Toronto, ON M5H 2S6"},
			{"Apt 4B, 350 5th Ave, New York, NY 10118", "Apt 4B, 350 5th Ave, New York, NY 10118"},
			{"SHIP TO 123 MAIN ST, SPRINGFIELD, IL 62704 NOT THE OLD ONE", "123 MAIN ST, SPRINGFIELD, IL 62704"},
			{"office at 1 Infinite Loop, Cupertino, CA 95014.", "1 Infinite Loop, Cupertino, CA 95014"},
			{"Prinsengracht 263, 1016 GV Amsterdam", "Prinsengracht 263, 1016 GV Amsterdam"},
			{"Wetstraat 16, 1040 Brussel", "Wetstraat 16, 1040 Brussel"},
			{"Notre bureau: Rue de la Loi 16, 1000 Bruxelles.", "Rue de la Loi 16, 1000 Bruxelles"},
			{"Chaussée de Waterloo 1234, 1180 Uccle", "Chaussée de Waterloo 1234, 1180 Uccle"},
			{"Lieferadresse: Am Markt 5, 28195 Bremen.", "Am Markt 5, 28195 Bremen"},
			{"Unter den Linden 77, 10117 Berlin", "Unter den Linden 77, 10117 Berlin"},
			{"Ship to PO Box 4417, Boise, ID 83702; thanks", "PO Box 4417, Boise, ID 83702"},
			{"Military address: PSC 1234, Box 5678, APO AE 09204. Thanks", "PSC 1234, Box 5678, APO AE 09204"},
			{"adresim Bağdat Caddesi No: 123 D: 4, 34728 Kadıköy/İstanbul, telefonum", "Bağdat Caddesi No: 123 D: 4, 34728 Kadıköy/İstanbul"},
			{"I moved to 45 Jalan Ampang, 50450 Kuala Lumpur.", "45 Jalan Ampang, 50450 Kuala Lumpur"},
			{"kirim ke Jl. Sudirman No. 5, Jakarta 10220 ya", "Jl. Sudirman No. 5, Jakarta 10220"},
			{"Flat B, 12/F, 88 Queen's Road Central, Hong Kong", "Flat B, 12/F, 88 Queen's Road Central, Hong Kong"},
			{"Billing: Level 3, 50 Bridge Street, Sydney NSW 2000.", "Level 3, 50 Bridge Street, Sydney NSW 2000"},
			{"Suite 5, 3rd Floor, 10 Downing Street, London SW1A 2AA", "Suite 5, 3rd Floor, 10 Downing Street, London SW1A 2AA"},
			{"or P.O. Box 12, Austin, TX 78701", "P.O. Box 12, Austin, TX 78701"},
			{"write to Post Office Box 7", "Post Office Box 7"},
			{"meu CEP é 01310-100", "01310-100"},
			{"São Paulo - SP, 01304-001", "01304-001"},
			{"leverans till Kungsgatan 12, 111 43 Stockholm.", "Kungsgatan 12, 111 43 Stockholm"},
			{"adresse Nørregade 10, 1165 København K", "Nørregade 10, 1165 København K"},
			{"osoite Mannerheimintie 5 A, 00100 Helsinki", "Mannerheimintie 5 A, 00100 Helsinki"},
			{"Storgata 5, 0155 Oslo", "Storgata 5, 0155 Oslo"},
			{"wysyłka na ul. Marszałkowska 84/92, 00-514 Warszawa.", "ul. Marszałkowska 84/92, 00-514 Warszawa"},
			{"al. Jana Pawła II 27 m. 4, 00-867 Warszawa", "al. Jana Pawła II 27 m. 4, 00-867 Warszawa"},
			{"mieszkam przy ul. Długa 5", "ul. Długa 5"},
			{"My address: 1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001.", "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001"},
			{"We're at 14 Ormond Quay Upper, Dublin 7, D07 EH32; phone", "14 Ormond Quay Upper, Dublin 7, D07 EH32"},
			{"deliver to 14 MG Road, Bengaluru 560001, contact", "14 MG Road, Bengaluru 560001"},
			{"Livrez au 1234 rue Sainte-Catherine O, Montréal (Québec) H3G 1P1, merci", "1234 rue Sainte-Catherine O, Montréal (Québec) H3G 1P1"},
			{"Endereço: Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200.", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"},
			{"a Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, por favor", "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México"},
			{"c/o Hamid, Calle 93 # 11-27, Bogotá; ref", "Calle 93 # 11-27, Bogotá"},
			{"deliver to Flat 302, Sai Residency, 14 MG Road, Bengaluru 560001.", "Flat 302, Sai Residency, 14 MG Road, Bengaluru 560001"},
			{"pickup at Unit 7B, Riverside Industrial Estate, Leeds LS10 1AB, dock 4", "Unit 7B, Riverside Industrial Estate, Leeds LS10 1AB"},
			// in Chinese, Japanese, Korean and Russian (addresses_intl.go)
			{"客户：我的地址是北京市朝阳区建国路88号，电话", "北京市朝阳区建国路88号"}, {"客户：我的地址是山东省厦头市彭桥7号。", "山东省厦头市彭桥7号"},
			{"请寄到上海市浦东新区世纪大道100号院3号楼2单元501室", "上海市浦东新区世纪大道100号院3号楼2单元501室"},
			{"住所は〒150-0041 東京都渋谷区神南1-2-3です。", "〒150-0041 東京都渋谷区神南1-2-3"},
			{"大阪府大阪市北区梅田3丁目1番1号に送ってください。", "大阪府大阪市北区梅田3丁目1番1号"},
			{"주소는 서울특별시 강남구 테헤란로 123입니다.", "서울특별시 강남구 테헤란로 123"},
			{"мой адрес: ул. Ленина, д. 10, кв. 5, Москва.", "ул. Ленина, д. 10, кв. 5"},
			{"адрес — Невский проспект 28, Санкт-Петербург", "Невский проспект 28"},
		},
		NoMatch: []string{"my zip is 94110", "客户：上海市的订单12345号", "I have 3 Red Light cameras", "we went on 10 Theme Park rides", "Level 3 Support Center is open", "Order 12, 10115 units shipped", "Agent: Hi Maria 2, 3000 Euro", "Oct 15, 2000 Matt Domsch", "Copyright 2014-2016, 2019 Russ Allbery", "La diagonal 3 del cuadro", "Address 2: see ticket 4411", "address 2 issues: 12 of them", "I need 3 place settings for dinner", "I moved to Pune 411001 last year", "the zip code field is required", "jalan-jalan ke mall", "Jalan Ampang is busy", "Bağdat Caddesi çok kalabalık", "I waited 3 days for the way out", "plan 5 Gb data", "give me 2 minutes", "version 2 Drive sync",
			"two hours on the road", "one way street", "it's five minutes down the road", "three more miles of highway",
			"the 2 of us took the road", "i drove 30 miles on the highway",
			"finished 2 5th place", "came 3rd in the race", "check the box 5 times", "the PO 4411, Box 12",
			"Im Jahr 2019, 12000 Kunden haben bestellt", "Windows 10, 2004 Update", "Am Montag 5 Stunden",
			"Place 2 orders, 1000 Units today", "I accepted 01310-100 yesterday", "0800\n\n    Add Arphic PL fonts",
			"the tie 2 of them", "Gate 12, Terminal 5", "postcode is a b c d e f", "Die Straße 12 ist gesperrt", "zip code 12345", "eircode D02 1234", "zip code is nine oh two one oh", "on my way", "no way", "in 2 ways", "bought Colgate 12 times", "the Brigade 2 stood", "pl. 3 items", "ul. 5", "Jones et al. Nature 12, 34-56", "et al.\n\nMon Apr 10",
			"Unit tests, Riverside, 14 more", "12-3 Team, Shibuya-style", "我住在3号楼", "订单3号到了", "注文番号は12-345です。",
			"고객: 주문번호 123입니다", "заказ номер 12345 от 5 мая", "и пр. 10 штук", "別名県道406号", "沿着国道318号走"},
	}
}

func (addressDetector) Find(t *Text, dst []Span) []Span {
	dst = findLowerStreets(t, dst) // in lower case, the number maybe read out: spoken.go
	dst = findScriptAddresses(t, dst)
	dst = spokenPostcodes(t, dst)
	if len(t.digitSpans()) == 0 {
		return dst
	}
	text := t.S
	add := func(m []int) {
		end := townSentenceEnd(text, m[0], m[1])
		for end > m[0] && (text[end-1] == ' ' || text[end-1] == ',') {
			end--
		}
		dst = append(dst, Span{Start: unitBefore(text, m[0]), End: hongKongTail(text, end), Entity: StreetAddress, Priority: prioAddress})
	}
	var hbuf [32]int
	hits := hbuf[:0]
	var buf [8]int
	for i := range addressREs {
		// each layout's expression runs only from where its match must
		// start, found by hand from the street word: the house number
		// before it (US, UK, FR), the street name it ends (DE, NL), or the
		// street word itself (ES)
		starts := buf[:0]
		for _, h := range keywordHits(t, addressKeywords[i]) {
			if a, ok := addressStart(text, i, int(h)); ok {
				starts = append(starts, a)
			}
		}
		slices.Sort(starts)
		starts = slices.Compact(starts)
		matchedTo := 0
		for _, a := range starts {
			if a < matchedTo {
				continue // inside the last address: matches do not overlap
			}
			if m := addressREsAt[i].FindStringIndex(text[a:min(len(text), a+addressWindow)]); m != nil {
				add([]int{a, a + m[1]})
				matchedTo = a + m[1]
			}
		}
	}
	dst = rareStreetAddresses(t, dst)
	hits = postcodeHits(t, hits[:0])
	for _, re := range postcodeREs {
		findAround(t, hits, 6, 6, re, add)
	}
	dst = brazilPostcodes(t, dst)
	dst = dutchPostcodes(t, dst)
	dst = secondAddressLines(t, dst)
	dst = indianAddresses(t, dst)
	for _, i := range townPostcodes(t, hits[:0]) {
		var leads [7]int
		found := false
		for _, a := range euStreetStarts(text, i, leads[:0]) {
			if m := euStreetLeads[text[a:a+strings.IndexByte(text[a:], ' ')]].FindStringIndex(text[a:min(len(text), i+addressWindow/4)]); m != nil {
				add([]int{a, a + m[1]})
				found = true
				break
			}
		}
		if !found {
			if a, b, ok := plainStreetBefore(t, i); ok {
				dst = append(dst, Span{Start: a, End: b, Entity: StreetAddress, Priority: prioAddress})
			}
		}
	}
	return dst
}

// rareStreetWords are the street suffixes of the US Postal Service's
// list (Publication 28) that streetWords lacks, and plurals: 895 Tommy
// Lake, 1781 Patel Track, 977 Mchunu Falls. Most are common words, so an
// address on one needs more than the layout: a postcode or a unit after
// the street word, or an address's cue before it (rareStreetAddresses).
var rareStreetWords = []string{"Annex", "Arcade", "Bayou", "Beach", "Bluff", "Bluffs", "Bottom", "Branch", "Bridge", "Brook",
	"Brooks", "Burg", "Burgs", "Bypass", "Camp", "Canyon", "Cape", "Causeway", "Center", "Centers", "Circles", "Cliff",
	"Cliffs", "Club", "Common", "Commons", "Corner", "Corners", "Course", "Courts", "Coves", "Creek", "Crest", "Crossing",
	"Crossroad", "Crossroads", "Curve", "Dale", "Dam", "Divide", "Drives", "Estate", "Estates", "Expressway", "Extension",
	"Extensions", "Fall", "Falls", "Ferry", "Field", "Fields", "Flat", "Flats", "Ford", "Fords", "Forest", "Forge", "Forges",
	"Fork", "Forks", "Fort", "Freeway", "Garden", "Gateway", "Glen", "Glens", "Green", "Greens", "Groves", "Harbor",
	"Harbors", "Haven", "Heights", "Hills", "Hollow", "Inlet", "Island", "Islands", "Isle", "Junction", "Junctions", "Key",
	"Keys", "Knoll", "Knolls", "Lake", "Lakes", "Land", "Landing", "Light", "Lights", "Loaf", "Lock", "Locks", "Lodge",
	"Mall", "Manor", "Manors", "Meadow", "Meadows", "Mill", "Mills", "Mission", "Motorway", "Mount", "Mountain",
	"Mountains", "Neck", "Orchard", "Oval", "Overpass", "Park", "Parks", "Parkways", "Pass", "Passage", "Pine", "Pines",
	"Plain", "Plains", "Plaza", "Point", "Points", "Port", "Ports", "Prairie", "Radial", "Ramp", "Ranch", "Rapid",
	"Rapids", "Rest", "Ridges", "River", "Roads", "Route", "Run", "Shoal", "Shoals", "Shore", "Shores", "Skyway", "Spring",
	"Springs", "Spur", "Spurs", "Squares", "Station", "Stravenue", "Stream", "Streets", "Summit", "Throughway", "Trace",
	"Track", "Trafficway", "Trailer", "Tunnel", "Turnpike", "Underpass", "Union", "Unions", "Valley", "Valleys", "Via",
	"Viaduct", "View", "Views", "Village", "Villages", "Ville", "Vista", "Walks", "Wall", "Ways", "Well", "Wells",
	// and Britain's: 4 Becker End, 871 Alessandro Wynd
	"End", "Wynd", "Mead", "Croft", "Rise", "Dell", "Bank", "Brae", "Chase", "Vale", "Glade", "Garth", "Gate", "Drove",
	"Fold", "Wharf", "Yard", "Approach", "Broadway", "Circus", "Dene", "Nook", "Paddock", "Grange", "Wood", "Woods"}

// rareStreetKeywords are rareStreetWords as a keyword set, and
// rareStreetRE the US layout with them, anchored.
var (
	rareStreetKeywords = func() *keywords {
		words := make([]string, len(rareStreetWords))
		for i, w := range rareStreetWords {
			words[i] = strings.ToLower(w)
		}
		return newKeywords(words...)
	}()
	rareStreetRE = regexp.MustCompile(`^(?:` + usAddress(`(?:`+strings.Join(rareStreetWords, "|")+`)`,
		`Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Rm|Room|Bldg`) + `)`)
)

// townSentenceEnd returns where the address text[a:end] ends when the
// town after its last comma ends a sentence: "977 Main Street,
// Pietermaritzburg. Thanks" ends before the full stop ("St. Albans" goes
// on: a word of two letters before the dot is an abbreviation).
func townSentenceEnd(text string, a, end int) int {
	c := strings.LastIndexByte(text[a:end], ',')
	if c < 0 {
		return end
	}
	for k := a + c + 1; k < end; k++ {
		if text[k] != '.' || k+1 < end && text[k+1] != ' ' {
			continue
		}
		w := k
		for w > a && isAlpha(text[w-1]) {
			w--
		}
		if k-w > 2 {
			return k
		}
	}
	return end
}

// addressCueWords say that an address follows: "my address is", "ship it
// to", "I live at".
var addressCueWords = newKeywords("address", "addr", "ship to", "ship it to", "shipping to", "deliver to", "deliver it to",
	"send it to", "mail it to", "live at", "lives at", "living at", "located at", "moved to", "move to", "moving to",
	"reside at", "resides at", "residence")

// rareStreetAddresses appends the US-layout addresses on rareStreetWords
// that have a postcode or a unit after the street word ("895 Tommy Lake,
// Springfield, IL 62704") or an address's cue in their clause before them
// ("ship it to 977 Mchunu Falls"): "3 Red Light cameras" and "10 Theme
// Park rides" have neither.
func rareStreetAddresses(t *Text, dst []Span) []Span {
	text := t.S
	matchedTo := 0
	for _, h32 := range keywordHits(t, rareStreetKeywords) {
		h := int(h32)
		a, ok := addressStart(text, 0, h)
		if !ok || a < matchedTo {
			continue
		}
		m := rareStreetRE.FindStringIndex(text[a:min(len(text), a+addressWindow)])
		if m == nil {
			continue
		}
		end := townSentenceEnd(text, a, a+m[1])
		for end > a && (text[end-1] == ' ' || text[end-1] == ',') {
			end--
		}
		if end <= h || !digitNear(text, h, end-h, false) && !clauseHas(t, addressCueWords, a, 48) {
			continue
		}
		dst = append(dst, Span{Start: unitBefore(text, a), End: end, Entity: StreetAddress, Priority: prioAddress})
		matchedTo = end
	}
	return dst
}

// addressLine2Words label a form's second address line, which holds the
// flat or suite alone ("Address line 2: Flat 3").
var addressLine2Words = newKeywords("address line 2", "address line two", "address 2", "address2", "addr2", "addr 2",
	"street address 2", "street address line 2", "adresszusatz")

// lineUnitWords open a second address line's value.
var lineUnitWords = []string{"apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "rm", "room", "bldg", "building",
	"#", "wohnung", "whg", "etage", "piso", "appartement", "apto", "no"}

// secondAddressLines appends the value of a labelled second address line
// ("Address line 2: Flat 3", "address2=Apt 4B"): a unit word and a number,
// the line's rest, at most 40 bytes.
func secondAddressLines(t *Text, dst []Span) []Span {
	for _, h := range keywordHits(t, addressLine2Words) {
		i := phraseEnd(t, addressLine2Words, int(h))
		if i < len(t.S) && isAlnum(t.S[i]) {
			continue // "address 2nd", "address 20"
		}
		i = skipBlank(t.Lower, i)
		if i >= len(t.S) || t.S[i] != ':' && t.S[i] != '=' && t.S[i] != '-' {
			continue
		}
		i = skipBlank(t.Lower, i+1)
		j := i
		for j < len(t.S) && j-i <= 40 && t.S[j] != '\n' && t.S[j] != '\r' && t.S[j] != ';' && t.S[j] != '|' && t.S[j] != '"' {
			j++
		}
		for j > i && (t.S[j-1] == ' ' || t.S[j-1] == ',' || t.S[j-1] == '.') {
			j--
		}
		if j-i > 40 || j == i || !digitNear(t.S, i, j-i, false) {
			continue
		}
		v := t.Lower[i:j]
		for _, u := range lineUnitWords {
			if strings.HasPrefix(v, u) && (len(v) == len(u) || u == "#" || !isAlpha(v[len(u)])) {
				dst = append(dst, Span{Start: i, End: j, Entity: StreetAddress, Priority: prioAddress})
				break
			}
		}
	}
	return dst
}

// unitBefore returns where the address found at a starts when a unit and
// a building's name come before it, a comma after each: "Flat 302, Sai
// Residency, 14 MG Road …", "Unit 7B, Riverside Industrial Estate, Leeds
// LS10 1AB" (the town before a postcode is passed over). Without a unit
// word ahead, a is where it starts.
func unitBefore(s string, a int) int {
	i := capsBack(s, a, 3)
	start := a // a floor before the address starts it: "Level 3, 50 Bridge Street"
	for range 3 {
		j, ok := commaBefore(s, i)
		if !ok {
			return start
		}
		k := j
		for k > 0 && j-k < 48 && strings.IndexByte(",\n:;(\"", s[k-1]) < 0 {
			k--
		}
		for k < j && s[k] == ' ' {
			k++
		}
		seg := s[k:j]
		for _, u := range unitWords {
			// the unit ends the segment: "deliver to Flat 302"
			if x := strings.LastIndex(seg, u); x >= 0 && (x == 0 || seg[x-1] == ' ') {
				if rest := seg[x+len(u):]; len(rest) > 0 && len(rest) <= 6 && isAlnum(rest[0]) && strings.IndexByte(rest, ' ') < 0 {
					return k + x
				}
			}
		}
		if floorSegment(seg) {
			start, i = k, k // 12/F, Level 3: a floor, the unit may come before it
			continue
		}
		if capsBack(s, j, 5) != k {
			return start // not a building's name either
		}
		i = k
	}
	return start
}

// floorSegment reports whether seg names a floor: "12/F", "Level 3",
// "Floor 12", "3rd Floor".
func floorSegment(seg string) bool {
	if n, ok := strings.CutSuffix(seg, "/F"); ok {
		return len(n) >= 1 && len(n) <= 3 && allDigits(n)
	}
	if w, n, ok := strings.Cut(seg, " "); ok {
		switch {
		case w == "Level" || w == "Floor" || w == "Fl.":
			return len(n) >= 1 && len(n) <= 3 && allDigits(n)
		case n == "Floor" && len(w) >= 3 && len(w) <= 5:
			switch w[len(w)-2:] {
			case "st", "nd", "rd", "th":
				return allDigits(w[:len(w)-2])
			}
		}
	}
	return false
}

// hongKongTail returns where an address ending at end ends when a district
// and "Hong Kong" or "Kowloon" follow it, which have no postcode: "88
// Queen's Road Central, Hong Kong".
func hongKongTail(s string, end int) int {
	k := end
	if k+1 < len(s) && s[k] == ' ' && isUpper(s[k+1]) {
		k = wordEnd(s, k+1) // the district: Central, Wan Chai's first word
	}
	for _, p := range []string{", Hong Kong", ", Kowloon", ", New Territories"} {
		if strings.HasPrefix(s[k:], p) && (k+len(p) == len(s) || !isAlpha(s[k+len(p)])) {
			return k + len(p)
		}
	}
	return end
}

// unitWords start a unit before an address, its number after them.
var unitWords = []string{"Unit ", "Flat ", "Suite ", "Apartment ", "Apt ", "Apt. ", "Building ", "Block ", "Plot ", "Shop ",
	"House No. ", "House No ", "Door No. ", "Door No "}

// capsBack returns where the up to n capitalised words (one space apart)
// that end at i start, or i.
func capsBack(s string, i, n int) int {
	start := i
	for w := 0; w < n; w++ {
		j := start
		if w > 0 {
			if j == 0 || s[j-1] != ' ' {
				break
			}
			j--
		} else {
			for j > 0 && s[j-1] == ' ' {
				j--
			}
		}
		k := j
		for k > 0 && (isAlpha(s[k-1]) || s[k-1] >= 0x80 || s[k-1] == '-' || s[k-1] == '\'') {
			k--
		}
		if k == j || !(isUpper(s[k]) || s[k] >= 0xC3) {
			break
		}
		start = k
	}
	return start
}

// addressWindow is the most an address may run from its start.
const addressWindow = 200

// addressStart returns where a match of addressREs[layout] that holds the
// street word at h would start, when the text around h has the shape
// that expression needs.
func addressStart(s string, layout, h int) (int, bool) {
	switch layout {
	case 0, 9: // 1600 Market St, 350 5th Ave: a number, one to four capitalised words or ordinals, the suffix
		// (9: the same in capitals, 123 MAIN ST)
		if !isUpper(s[h]) || (h+1 < len(s) && isUpper(s[h+1])) != (layout == 9) {
			return 0, false
		}
		q := h
		for words := 0; words <= 4; words++ {
			p := q
			for p > 0 && isSpace(s[p-1]) {
				p--
			}
			if p == q {
				return 0, false
			}
			q = p
			if words > 0 {
				if a, ok := houseNumberBefore(s, q, 5, true); ok {
					return a, true
				}
			}
			r := q
			for r > 0 && (isAlpha(s[r-1]) || s[r-1] == '\'' || s[r-1] == '.' || s[r-1] == '-') {
				r--
			}
			if o := s[r:q]; words == 0 && r > 0 && isDigit(s[r-1]) && (o == "st" || o == "nd" || o == "rd" || o == "th") {
				for d := 0; d < 3 && r > 0 && isDigit(s[r-1]); d++ {
					r-- // an ordinal street name: 5th, 42nd
				}
			} else if r == q || !isUpper(s[r]) {
				return 0, false
			}
			if r > 0 && !isSpace(s[r-1]) {
				return 0, false
			}
			q = r
		}
	case 1, 4, 5: // Friedrichstraße 43, Prinsengracht 263, Kungsgatan 12: the street word ends a name
		e := h
		for e < len(s) && s[e] != ' ' && s[e] != '\t' && s[e] != '\n' && s[e] != '\r' && s[e] != '\f' {
			e++
		}
		k := skipSpace(s, e)
		if k == e || k >= len(s) || !isDigit(s[k]) {
			return 0, false
		}
		a := h
		for a > 0 && (s[a-1] == '-' || s[a-1] >= 0x80 || isAlpha(s[a-1])) {
			a--
		}
		if a == h && isUpper(s[h]) && a >= 3 && s[a-1] == ' ' {
			// the street word alone (Berliner Straße 12): the word before
			// names the street
			b := a - 1
			for b > 0 && (s[b-1] == '-' || s[b-1] >= 0x80 || isAlpha(s[b-1])) {
				b--
			}
			if b < a-1 && (isUpper(s[b]) || s[b] >= 0xC3) {
				a = b
			}
		}
		return a, true
	case 2: // 8 rue de Rivoli, 12 bis avenue Foch
		p := h
		for p > 0 && isSpace(s[p-1]) {
			p--
		}
		if p == h {
			return 0, false
		}
		if p > 0 && s[p-1] == ',' {
			p--
		}
		if p >= 3 && (strings.EqualFold(s[p-3:p], "bis") || strings.EqualFold(s[p-3:p], "ter")) {
			p -= 3
			if p > 0 && isSpace(s[p-1]) {
				p--
			}
		}
		a, ok := houseNumberBefore(s, p, 4, false)
		if ok && a > 1 && s[a-1] == '-' && isDigit(s[a-2]) {
			if b, ok := houseNumberBefore(s, a-1, 4, false); ok {
				a = b // 12-14 rue de Rivoli
			}
		}
		return a, ok
	case 10: // Bağdat Caddesi No: 123: capitalised words before the street word
		a, q := -1, h
		for words := 0; words < 3 && q > 1 && s[q-1] == ' '; words++ {
			r := q - 1
			for r > 0 && (isAlpha(s[r-1]) || s[r-1] >= 0x80) {
				r--
			}
			if up, _ := upperAt(s, r); r == q-1 || !up {
				break
			}
			a, q = r, r
		}
		return a, a >= 0
	case 11: // 45 Jalan Ampang; Jl. Sudirman No. 5: the house number before the street word, or the street word
		if !isUpper(s[h]) {
			return 0, false
		}
		p := h
		for p > 0 && s[p-1] == ' ' {
			p--
		}
		if p > 0 && s[p-1] == ',' {
			p--
		}
		if a, ok := houseNumberBefore(s, p, 5, true); ok && p < h {
			return a, true
		}
		return h, true
	case 3: // Calle Mayor 12: the capitalised street word starts it
		return h, isUpper(s[h]) && digitNear(s, h, 70, false)
	case 6: // ul. Marszałkowska 84: the street word starts it, a capitalised word after it
		if h > 0 && asciiWord(s[h-1]) {
			return 0, false
		}
		k := h
		for k < len(s) && s[k] != ' ' && s[k] != '.' {
			k++
		}
		if k < len(s) && s[k] == '.' {
			k++
		}
		k = skipSpace(s, k)
		return h, k < len(s) && (isUpper(s[k]) || s[k] >= 0xC3) && digitNear(s, h, 70, false)
	case 7: // Shibuya-ku: back over the district and the block numbers before it
		if h < 2 || s[h-1] != '-' {
			return 0, false
		}
		// "1-2-3 Jingumae, Shibuya-ku": the numbers start at a word
		// boundary within 48 bytes, a digit, a dash, a digit
		for a := max(0, h-48); a+3 < h; a++ {
			if isDigit(s[a]) && (a == 0 || s[a-1] == ' ' || s[a-1] == '\n' || s[a-1] == ',' || s[a-1] == ':') {
				j := a
				for j < h && isDigit(s[j]) {
					j++
				}
				if j+1 < h && s[j] == '-' && isDigit(s[j+1]) {
					return a, true
				}
			}
		}
	case 8: // PO Box 4417: "PO", "P.O." or "Post Office" before "box"
		p := h
		for p > 0 && s[p-1] == ' ' {
			p--
		}
		for _, w := range [...]string{"post office", "p. o.", "p.o.", "p.o", "po."} {
			if p >= len(w) && strings.EqualFold(s[p-len(w):p], w) && (p == len(w) || !asciiWord(s[p-len(w)-1])) {
				return p - len(w), true
			}
		}
		if p >= 2 && strings.EqualFold(s[p-2:p], "po") && (p == 2 || !asciiWord(s[p-3])) {
			return p - 2, true
		}
		// PSC 1234, Box 5678 (an APO address); RR 2 Box 152 (a rural route)
		if p > 0 && s[p-1] == ',' {
			p--
		}
		q := p
		for q > 0 && isDigit(s[q-1]) {
			q--
		}
		if q < p && q > 1 && s[q-1] == ' ' {
			for _, w := range [...]string{"PSC", "CMR", "UNIT", "Unit", "RR", "HC", "Rural Route"} {
				if q-1 >= len(w) && s[q-1-len(w):q-1] == w && (q-1 == len(w) || !asciiWord(s[q-2-len(w)])) {
					return q - 1 - len(w), true
				}
			}
		}
	}
	return 0, false
}

// houseNumberBefore reports whether 1 to max digits (and, with letter, an
// optional letter: 221B) end at q at a word boundary, and where they start.
func houseNumberBefore(s string, q, max int, letter bool) (int, bool) {
	p := q
	if letter && p > 0 && isAlpha(s[p-1]) {
		p--
	}
	d := p
	for d > 0 && isDigit(s[d-1]) && p-d < max {
		d--
	}
	if d == p || d > 0 && asciiWord(s[d-1]) {
		return 0, false
	}
	return d, true
}

// digitNear reports whether a digit occurs within n bytes before h (before)
// or after it.
func digitNear(s string, h, n int, before bool) bool {
	lo, hi := h, min(len(s), h+n)
	if before {
		lo, hi = max(0, h-n), h
	}
	for i := lo; i < hi; i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// postcodeHits returns the positions of "digit letter letter" and
// "digit letter digit" triples at the end of a word: the inward half of UK
// and Canadian postcodes.
func postcodeHits(t *Text, dst []int) []int {
	s := t.S
	spans := t.digitSpans()
	// a letter is no number byte: a digit followed by one ends its
	// stretch, so only the last byte of each stretch can start a triple
	for k := 0; k < len(spans); k += 2 {
		i := int(spans[k+1]) - 1
		if i > 0 && i+2 < len(s) && isDigit(s[i]) && isUpper(s[i+1]) && (isUpper(s[i+2]) || isDigit(s[i+2])) && boundaryAfter(s, i+3) && s[i-1] == ' ' {
			dst = append(dst, i)
		}
	}
	return dst
}

// addressKeywords are addressAnchors as keyword sets; the German and Dutch
// street words are suffixes (Friedrichstraße, Prinsengracht).
var addressKeywords = func() []*keywords {
	out := make([]*keywords, len(addressAnchors))
	for i, a := range addressAnchors {
		if i == 1 || i == 4 || i == 5 {
			out[i] = newSuffixes(a...)
		} else {
			out[i] = newKeywords(a...)
		}
	}
	return out
}()
