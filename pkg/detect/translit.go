package detect

import (
	"strings"
	"unicode/utf8"
)

// Record names are looked for as they are written in other scripts and
// spellings too: a CRM holds "Jürgen Müller" and the customer signs
// "Juergen Mueller"; it holds "Дмитрий Иванов" and the agent writes
// "Dmitry Ivanov".

// umlautSpellings are the ASCII spellings of letters that German and the
// Nordic languages write out when they have no ä, ö, ü, ø or å (folding
// writes them a, o, u, o, a).
var umlautSpellings = map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ø': "oe", 'å': "aa",
	'Ä': "ae", 'Ö': "oe", 'Ü': "ue", 'Ø': "oe", 'Å': "aa"}

// umlautSpelling returns part with its umlauts written out, folded, and
// whether it had any.
func umlautSpelling(part string) (string, bool) {
	if !strings.ContainsAny(part, "äöüøåÄÖÜØÅ") {
		return "", false
	}
	var b strings.Builder
	for _, r := range part {
		if s, ok := umlautSpellings[r]; ok {
			b.WriteString(s)
		} else {
			b.WriteRune(r)
		}
	}
	return string(foldAppend(nil, b.String())), true
}

// cyrillicLatin spells the letters of folded Russian, Ukrainian and
// Belarusian text in Latin letters (й and ё fold to и and е).
var cyrillicLatin = map[rune]string{'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u"}

// maxLatinSpellings bounds the spellings of one name part.
const maxLatinSpellings = 8

// latinSpellings returns the common Latin spellings of a folded part in
// Cyrillic letters ("дмитрии", from Дмитрий: dmitrii, dmitriy, dmitry,
// dmitri), or nil when part holds other letters.
func latinSpellings(part string) []string {
	var b strings.Builder
	for _, r := range part {
		s, ok := cyrillicLatin[r]
		if !ok {
			if r < utf8.RuneSelf && (r == '-' || r == '\'') {
				b.WriteRune(r)
				continue
			}
			return nil
		}
		b.WriteString(s)
	}
	base := b.String()
	if len(base) < 2 {
		return nil
	}
	out := []string{base}
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		if len(out) < maxLatinSpellings {
			out = append(out, s)
		}
	}
	// the endings -ий, -ей, -ия and -ья, and кс, spelt several ways
	for _, e := range [][]string{{"ii", "iy", "y", "i"}, {"ei", "ey"}, {"iya", "ia"}, {"ya", "ia"}} {
		for _, s := range out {
			if stem, ok := strings.CutSuffix(s, e[0]); ok {
				for _, alt := range e[1:] {
					add(stem + alt)
				}
			}
		}
	}
	for _, s := range out {
		if strings.Contains(s, "ks") {
			add(strings.ReplaceAll(s, "ks", "x"))
		}
		if strings.HasPrefix(s, "e") {
			add("y" + s) // Евгений: Yevgeny
		}
	}
	return out
}

// spellings adds to k the other spellings of the name value vi, whose
// needles start at own: its umlauts written out (Mueller for Müller), and
// a name in Cyrillic letters in Latin ones (Dmitry Ivanov), whole and by
// parts.
func (k *Known) spellings(text string, vi, own int) {
	add := func(s string) {
		if len(s) >= 2 {
			k.needles = append(k.needles, nameNeedle{s: s, v: vi})
		}
	}
	if full, ok := umlautSpelling(strings.TrimSpace(text)); ok {
		add(full)
		if strings.Contains(full, " ") {
			for p := range strings.FieldsSeq(text) {
				if s, ok := umlautSpelling(p); ok {
					add(s)
				}
			}
		}
	}
	if c, _ := utf8.DecodeRuneInString(k.needles[own].s); c < 0x400 || c > 0x4ff {
		return // not Cyrillic
	}
	var parts [][]string
	for p := range strings.FieldsSeq(k.needles[own].s) {
		sp := latinSpellings(strings.TrimRight(p, ",;"))
		if sp == nil {
			return
		}
		parts = append(parts, sp)
		for _, s := range sp {
			add(s)
		}
	}
	if len(parts) >= 2 {
		for _, w := range combine(parts) { // the whole name
			add(w)
		}
	}
}

// combine returns names made of one spelling of each part, in order, up to
// maxLatinSpellings of them.
func combine(parts [][]string) []string {
	wholes := []string{""}
	for _, sp := range parts {
		var next []string
		for _, w := range wholes {
			for _, s := range sp {
				if len(next) < maxLatinSpellings {
					next = append(next, strings.TrimPrefix(w+" "+s, " "))
				}
			}
		}
		wholes = next
	}
	return wholes
}

// hasCyrillic reports whether t holds a Cyrillic letter.
func hasCyrillic(t *Text) bool {
	for _, h := range t.highs {
		if c := t.S[h]; c >= 0xd0 && c <= 0xd3 {
			return true
		}
	}
	return false
}

// addCyrillic adds the Cyrillic spellings of k's names in Latin letters
// (Иванов for Ivanov), for a text that holds Cyrillic: made once per
// record, when its first such text is scanned.
func (k *Known) addCyrillic() {
	k.cyrillicDone = true
	n := len(k.needles)
	for i := 0; i < n; i++ {
		nd := k.needles[i]
		if nd.unspaced || len(nd.s) < 3 {
			continue
		}
		for _, c := range cyrillicSpellings(nd.s) {
			// (Cyrillic has no capitals isUpper sees: a needle that must
			// be capitalised would never match)
			k.needles = append(k.needles, nameNeedle{s: c, v: nd.v})
		}
	}
	if len(k.needles) > n {
		k.index()
	}
}

// latinCyrillic spells Latin letters in Cyrillic, the digraphs first.
var latinCyrillic = []struct{ latin, cyr string }{
	{"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}, {"yu", "ю"}, {"ya", "я"},
	{"yo", "е"}, {"ye", "е"}, {"iy", "ий"}, {"a", "а"}, {"b", "б"}, {"v", "в"}, {"w", "в"}, {"g", "г"}, {"d", "д"},
	{"e", "е"}, {"z", "з"}, {"i", "и"}, {"j", "й"}, {"k", "к"}, {"c", "к"}, {"q", "к"}, {"l", "л"}, {"m", "м"},
	{"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"},
	{"x", "кс"},
}

// cyrillicSpellings returns the folded Cyrillic spellings of a folded name
// in Latin letters (dmitry: дмитрии, as Дмитрий folds), or nil when it
// holds other bytes. A final y after a consonant is -ий, as is a final i
// (Yuri, Юрий); a y after a vowel is й.
func cyrillicSpellings(name string) []string {
	if strings.Contains(name, " ") {
		var parts [][]string
		for p := range strings.FieldsSeq(name) {
			sp := cyrillicSpellings(p)
			if sp == nil {
				return nil
			}
			parts = append(parts, sp)
		}
		return combine(parts)
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		c := name[i]
		switch {
		case c == '-' || c == '\'':
			b.WriteByte(c)
			i++
			continue
		case c < 'a' || c > 'z':
			return nil
		case c == 'y' && (i+1 == len(name) || !isAlpha(name[i+1])):
			if i > 0 && strings.IndexByte("aeiou", name[i-1]) < 0 {
				b.WriteString("ий") // Dmitry
			} else {
				b.WriteString("й") // Sergey
			}
			i++
			continue
		case c == 'y' && i+1 < len(name) && strings.IndexByte("aeiou", name[i+1]) < 0:
			b.WriteString("ы")
			i++
			continue
		}
		n := 0
		for _, d := range latinCyrillic {
			if strings.HasPrefix(name[i:], d.latin) {
				b.WriteString(d.cyr)
				n = len(d.latin)
				break
			}
		}
		if n == 0 {
			return nil
		}
		i += n
	}
	base := string(foldAppend(nil, b.String()))
	out := []string{base}
	// Yuri: Юрий
	if strings.HasSuffix(name, "i") && len(name) > 2 && strings.IndexByte("aeiou", name[len(name)-2]) < 0 {
		out = append(out, base+"и")
	}
	return out
}
