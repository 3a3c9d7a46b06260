package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Street addresses written in Chinese (北京市朝阳区建国路88号), Japanese
// (東京都渋谷区神南1-2-3), Korean (서울특별시 강남구 테헤란로 123) and Russian
// (ул. Ленина, д. 10, кв. 5). Each is read from its house number, the
// digit stretch the lexer found, back over the words of its script to the
// marker that makes it an address: a road's character before 号, a
// prefecture's or ward's before a block number, a road's syllable before
// the number, a street's abbreviation. Texts without these scripts cost
// a look at their first multi-byte character.

// cnRoads end a Chinese road's name before its number and 号.
const cnRoads = "路街道巷弄里"

// cnStops end a Chinese address read backwards: the verbs and particles
// before it (地址是…, 寄到…, 住在…).
const cnStops = "是在到寄住址为于往送的"

// cnUnits may follow 号: 88号院3号楼2单元501室.
const cnUnits = "院楼栋幢单元室层座号期"

// jpAreas are the markers of a Japanese address's areas: prefecture,
// city, ward, town, village, county.
const jpAreas = "都道府県市区町村郡"

// koAreas end the words of a Korean address: province, city, district,
// county, neighbourhood, town, township, road, street.
const koAreas = "도시구군동읍면로길"

// ruStreets are the Russian street words, lower case.
var ruStreets = map[string]bool{"ул.": true, "ул": true, "улица": true, "пр.": true, "просп.": true, "проспект": true,
	"пер.": true, "переулок": true, "ш.": true, "шоссе": true, "бульвар": true, "б-р": true, "наб.": true,
	"набережная": true, "пл.": true, "площадь": true, "мкр.": true, "микрорайон": true}

// textScripts says which scripts without Latin letters a text holds, of
// those some readers look for (Text.scripts).
type textScripts struct{ han, hangul, cyrillic, arabic, devanagari, thai, hebrew bool }

// scripts returns which of textScripts' scripts t holds, read once from
// the first bytes of its multi-byte characters: most texts have none
// past Latin-1 and Latin Extended (first bytes below 0xD0).
func (t *Text) scripts() textScripts {
	if t.scriptsDone {
		return t.scriptSet
	}
	t.scriptsDone = true
	var a textScripts
	s := t.S
	for _, h := range t.highs {
		i := int(h)
		c := s[i]
		if c < 0xD0 {
			continue // Latin, Greek, or a continuation byte
		}
		switch {
		case c == 0xD0 || c == 0xD1:
			a.cyrillic = true
		case c == 0xD6 || c == 0xD7:
			a.hebrew = true
		case c >= 0xD8 && c <= 0xDB:
			a.arabic = true
		case c == 0xE0 && i+1 < len(s) && (s[i+1] == 0xA4 || s[i+1] == 0xA5):
			a.devanagari = true
		case c == 0xE0 && i+1 < len(s) && (s[i+1] == 0xB8 || s[i+1] == 0xB9):
			a.thai = true
		case c >= 0xE3 && c <= 0xE9:
			a.han = true
		case c >= 0xEA && c <= 0xED:
			a.hangul = true
		}
	}
	t.scriptSet = a
	return a
}

// findScriptAddresses appends the addresses of these scripts.
func findScriptAddresses(t *Text, dst []Span) []Span {
	s := t.S
	spans := t.digitSpans()
	if len(spans) == 0 || len(t.highs) == 0 {
		return dst
	}
	sc := t.scripts()
	if !sc.han && !sc.hangul && !sc.cyrillic {
		return dst
	}
	for k := 0; k+1 < len(spans); k += 2 {
		i, to := int(spans[k]), int(spans[k+1])
		for i < to && !isDigit(s[i]) {
			i++
		}
		if i == to || i == 0 {
			continue
		}
		var a, b int
		var ok bool
		switch {
		case sc.han && s[i-1] >= 0x80:
			a, b, ok = cjkAddress(s, i)
		case sc.hangul && s[i-1] == ' ':
			a, b, ok = koreanAddress(s, i)
		}
		if !ok && sc.cyrillic {
			a, b, ok = russianAddress(s, i)
		}
		if ok {
			dst = append(dst, Span{Start: a, End: b, Entity: StreetAddress, Priority: prioAddress})
		}
	}
	return dst
}

// cnDivisionIn reports whether run names a Chinese province and a city,
// or a city and a district, before a street: 山东省…市, 北京市…区.
func cnDivisionIn(run string) bool {
	p := strings.Index(run, "省")
	if p < 0 {
		p = strings.Index(run, "自治区")
	}
	c := strings.Index(run, "市")
	return p >= 0 && c > p || c >= 0 && (strings.LastIndex(run, "区") > c || strings.LastIndex(run, "县") > c)
}

// digitsAt returns the end of the digits at i, with "-digits" groups
// after them (1-2-3) when hyphens is set.
func digitsAt(s string, i int, hyphens bool) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	for hyphens && j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

// hanRunBefore returns the start of the Han characters ending at i, at
// most max of them, stopping before a character of stops.
func hanRunBefore(s string, i, max int, stops string) (int, int) {
	a, n := i, 0
	for a > 0 && n < max {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(stops, r) {
			break
		}
		a -= size
		n++
	}
	return a, n
}

// cjkAddress reads a Chinese address whose house number starts at i
// (建国路88号) or a Japanese one whose block number does (神南1-2-3,
// 梅田3丁目).
func cjkAddress(s string, i int) (int, int, bool) {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.Is(unicode.Han, before) {
		return 0, 0, false
	}
	// Chinese: a road's character, the number, 号; or, for a street of
	// another word, a province's, a city's or a district's before it
	// (山东省厦头市彭桥7号)
	if j := digitsAt(s, i, false); strings.HasPrefix(s[j:], "号") {
		a, n := hanRunBefore(s, i, 24, cnStops)
		if n < 3 {
			return 0, 0, false // 3号, 路1号: no more than a number
		}
		if !strings.ContainsRune(cnRoads, before) && !cnDivisionIn(s[a:i]) {
			return 0, 0, false
		}
		for _, route := range []string{"国道", "県道", "府道", "都道", "道道", "市道", "省道", "县道"} {
			if strings.HasSuffix(s[a:i], route) {
				return 0, 0, false // a numbered highway: 県道406号, 国道1号
			}
		}
		b := j + len("号")
		for m := 0; b < len(s) && m < 12; m++ {
			if isDigit(s[b]) || s[b] == '-' {
				b++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[b:])
			if !strings.ContainsRune(cnUnits, r) {
				break
			}
			b += size
		}
		return a, b, true
	}
	// Japanese: areas, then a block number with hyphens or 丁目
	a, n := hanRunBefore(s, i, 16, "")
	if n < 3 {
		return 0, 0, false
	}
	areas := 0
	for _, r := range s[a:i] {
		if strings.ContainsRune(jpAreas, r) {
			areas++
		}
	}
	j := digitsAt(s, i, true)
	chome := strings.HasPrefix(s[j:], "丁目")
	if areas == 0 || !chome && strings.IndexByte(s[i:j], '-') < 0 {
		return 0, 0, false
	}
	if chome {
		// 3丁目1番1号
		j += len("丁目")
		for _, suffix := range []string{"番地", "番", "号"} {
			if e := digitsAt(s, j, false); e > j && strings.HasPrefix(s[e:], suffix) {
				j = e + len(suffix)
			}
		}
	}
	// a postcode before it: 〒150-0041
	if p := strings.LastIndex(s[max(0, a-16):a], "〒"); p >= 0 {
		q := max(0, a-16) + p
		if e := digitsAt(s, q+len("〒"), true); strings.TrimSpace(s[e:a]) == "" && e > q+len("〒") {
			a = q
		}
	}
	return a, j, true
}

// koreanAddress reads a Korean address whose building number starts at i
// after a space: a road's word (테헤란로, 세종대로23길) and one to three
// area words before it (서울특별시 강남구).
func koreanAddress(s string, i int) (int, int, bool) {
	start, words, road := i-1, 0, false
	for words < 4 {
		e := start // the word ends before the space at e
		a := e
		for a > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:a])
			if !unicode.Is(unicode.Hangul, r) && !isDigit(byte(r)) {
				break
			}
			a -= size
		}
		if a == e {
			break
		}
		last, _ := utf8.DecodeLastRuneInString(s[a:e])
		if !strings.ContainsRune(koAreas, last) {
			break
		}
		if words == 0 {
			if last != '로' && last != '길' {
				return 0, 0, false
			}
			road = true
		}
		words++
		start = a
		if a == 0 || s[a-1] != ' ' {
			break
		}
		start = a - 1
	}
	if !road || words < 2 {
		return 0, 0, false // a road and an area at least
	}
	if s[start] == ' ' {
		start++
	}
	return start, digitsAt(s, i, true), true
}

// russianAddress reads a Russian address whose house number starts at i:
// a street word (ул., проспект …), one to three words of its name, the
// house ("д. 10", "дом 10" or the number alone) and an apartment or
// building after it (", кв. 5", ", корп. 2").
func russianAddress(s string, i int) (int, int, bool) {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	for _, house := range []string{"д.", "дом", "Д.", "Дом"} {
		if strings.HasSuffix(s[:k], house) {
			k -= len(house)
			for k > 0 && (s[k-1] == ' ' || s[k-1] == ',') {
				k--
			}
			break
		}
	}
	// up to four words back, one of them a street word
	for w := 0; w < 4 && k > 0; w++ {
		a := k
		for a > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:a])
			if !unicode.Is(unicode.Cyrillic, r) && r != '.' && r != '-' {
				break
			}
			a -= size
		}
		if a == k {
			return 0, 0, false
		}
		if ruStreets[strings.ToLower(s[a:k])] && w == 0 && !strings.HasSuffix(s[a:k], ".") && a > 1 && s[a-1] == ' ' {
			// the name before the street word: "Невский проспект 28"
			p := a - 1
			q := p
			for q > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:q])
				if !unicode.Is(unicode.Cyrillic, r) && r != '-' {
					break
				}
				q -= size
			}
			if r, _ := utf8.DecodeRuneInString(s[q:]); q < p && unicode.IsUpper(r) {
				return q, digitsAt(s, i, false), true
			}
		}
		if ruStreets[strings.ToLower(s[a:k])] && w > 0 { // the street's name between it and the number
			j := digitsAt(s, i, false)
			if j < len(s) && s[j] == '/' && j+1 < len(s) && isDigit(s[j+1]) {
				j = digitsAt(s, j+1, false) // 10/2
			}
			for _, unit := range []string{", кв. ", ", кв ", ", корп. ", ", стр. ", ", оф. "} {
				if strings.HasPrefix(s[j:], unit) && j+len(unit) < len(s) && isDigit(s[j+len(unit)]) {
					j = digitsAt(s, j+len(unit), false)
				}
			}
			return a, j, true
		}
		k = a
		for k > 0 && (s[k-1] == ' ' || s[k-1] == ',') {
			k--
		}
	}
	return 0, 0, false
}
