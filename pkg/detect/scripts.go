package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names introduced in scripts without capital letters: Chinese (我叫王芳),
// Japanese (私の名前は田中花子です, 田中と申します), Korean (제 이름은
// 김민준입니다), Arabic (اسمي محمد الأحمد), Hebrew (שמי יוסי כהן) and Hindi (मेरा नाम राहुल शर्मा
// है), Thai (ผมชื่อสมชาย ใจดี). Only first-person introductions are read ("my name is", not "the
// app's name is"): with no capitals, the cue is all there is. The capitalised-name readers cannot see them, and Chinese and
// Japanese are written without spaces, so the lexer's words do not hold
// the cue alone: the cues are looked for as strings, only in texts that
// hold a character of one of these scripts.

// scriptCue is an introduction and how its name is read.
type scriptCue struct {
	cue    string
	before bool // the name stands before the cue (田中と申します)
	read   func(s string, i int) (int, int, bool)
}

var scriptCues = []scriptCue{
	{cue: "我叫", read: hanName},
	{cue: "我的名字是", read: hanName},
	{cue: "我的名字叫", read: hanName},
	{cue: "姓名：", read: hanName},
	{cue: "姓名:", read: hanName},
	{cue: "私の名前は", read: japaneseName},
	{cue: "僕の名前は", read: japaneseName},
	{cue: "と申します", before: true, read: japaneseNameBefore},
	{cue: "제 이름은", read: koreanName},
	{cue: "내 이름은", read: koreanName},
	{cue: "저의 이름은", read: koreanName},
	{cue: "제 이름이", read: koreanName},
	{cue: "اسمي", read: arabicName},
	{cue: "שמי ", read: hebrewName},
	{cue: "קוראים לי ", read: hebrewName},
	{cue: "השם שלי ", read: hebrewName},
	{cue: "मेरा नाम", read: devanagariName},
	{cue: "ผมชื่อ", read: thaiName},
	{cue: "ฉันชื่อ", read: thaiName},
	{cue: "หนูชื่อ", read: thaiName},
	{cue: "ชื่อของฉันคือ", read: thaiName},
	{cue: "ชื่อของผมคือ", read: thaiName},
}

// findScriptNames flags the names after (or before) scriptCues.
func findScriptNames(t *Text, dst []Span) []Span {
	s := t.S
	if sc := t.scripts(); !sc.han && !sc.hangul && !sc.arabic && !sc.devanagari && !sc.thai && !sc.hebrew {
		return dst
	}
	for _, c := range scriptCues {
		for off := 0; off < len(s); {
			k := strings.Index(s[off:], c.cue)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(c.cue)
			from := skipBlank(s, off)
			if c.before {
				from = at
			}
			if a, b, ok := c.read(s, from); ok {
				dst = append(dst, Span{Start: a, End: b, Entity: Person, Priority: prioPerson})
			}
		}
	}
	return dst
}

// hanStops are characters that end a Chinese name read after its cue
// when no punctuation does: 我叫王芳我想… (我, 的, 是, 在 …).
const hanStops = "我你他她的是在想要了和电手今现住有号地邮"

// hanSurnames are the common Chinese surnames, the first character of
// the names hanName reads: 我叫外卖 ("I ordered takeout") names no one.
const hanSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧司诸上張劉陳楊黃趙吳許韓馮鄧蕭葉蘇呂盧鍾譚陸龔萬錢嚴顧賀"

// hanName reads a Chinese name at i: two or three Han characters (a
// common surname and a given name), ended by punctuation, a space,
// another script or a hanStops character.
func hanName(s string, i int) (int, int, bool) {
	if r, _ := utf8.DecodeRuneInString(s[i:]); !strings.ContainsRune(hanSurnames, r) {
		return 0, 0, false
	}
	j, n := i, 0
	for j < len(s) && n < 3 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(hanStops, r) {
			break
		}
		j += size
		n++
	}
	return i, j, n >= 2
}

// japaneseName reads a Japanese name at i: kanji and katakana (and the
// long-vowel mark), up to a hiragana particle or copula (です, と, で),
// punctuation or a space; two to six characters.
func japaneseName(s string, i int) (int, int, bool) {
	j, n := i, 0
	for j < len(s) && n < 7 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.In(r, unicode.Han, unicode.Katakana) && r != 'ー' {
			break
		}
		j += size
		n++
	}
	return i, j, n >= 2 && n <= 6
}

// japaneseNameBefore reads a Japanese name ending at i (before と申します):
// one to six kanji or katakana.
func japaneseNameBefore(s string, i int) (int, int, bool) {
	a, n := i, 0
	for a > 0 && n < 7 {
		r, size := utf8.DecodeLastRuneInString(s[:a])
		if !unicode.In(r, unicode.Han, unicode.Katakana) && r != 'ー' {
			break
		}
		a -= size
		n++
	}
	return a, i, n >= 1 && n <= 6
}

// koreanCopulas end a Korean name said as "X입니다", "X이에요", "X예요".
var koreanCopulas = []string{"입니다", "이에요", "예요", "이야", "이고", "이라고", "라고"}

// koreanName reads a Korean name at i: two to four Hangul syllables, a
// copula after them taken off.
func koreanName(s string, i int) (int, int, bool) {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.Is(unicode.Hangul, r) {
			break
		}
		j += size
	}
	for _, c := range koreanCopulas {
		if strings.HasSuffix(s[i:j], c) {
			j -= len(c)
			break
		}
	}
	n := utf8.RuneCountInString(s[i:j])
	return i, j, n >= 2 && n <= 4
}

// arabicName reads an Arabic name at i: one to three words of Arabic
// letters; a word that starts with و ("and") after the first ends it.
func arabicName(s string, i int) (int, int, bool) {
	return scriptWords(s, i, unicode.Arabic, func(w string, first bool) bool { return !first && strings.HasPrefix(w, "و") }, 3)
}

// hebrewName reads a Hebrew name at i: one or two words of Hebrew
// letters, after "is" (הוא, היא) when it comes first; a word that starts
// with ו ("and") after the first ends it.
func hebrewName(s string, i int) (int, int, bool) {
	for _, is := range [...]string{"הוא ", "היא "} {
		if strings.HasPrefix(s[i:], is) {
			i += len(is)
			break
		}
	}
	return scriptWords(s, i, unicode.Hebrew, func(w string, first bool) bool { return !first && strings.HasPrefix(w, "ו") }, 2)
}

// devanagariName reads a Hindi name at i: one to three words of
// Devanagari, up to the verb (है, हूँ, हूं).
func devanagariName(s string, i int) (int, int, bool) {
	return scriptWords(s, i, unicode.Devanagari, func(w string, first bool) bool {
		return w == "है" || w == "हूँ" || w == "हूं" || w == "और"
	}, 3)
}

// scriptWords reads up to max words of script at i, parted by single
// spaces, before a word that stop says ends the name (first: it would be
// the name's first word).
func scriptWords(s string, i int, script *unicode.RangeTable, stop func(w string, first bool) bool, max int) (int, int, bool) {
	end, words := i, 0
	for j := i; words < max; {
		k := j
		for k < len(s) {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !unicode.Is(script, r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
				break
			}
			k += size
		}
		if k == j || stop(s[j:k], words == 0) {
			break
		}
		end, words = k, words+1
		if k+1 >= len(s) || s[k] != ' ' {
			break
		}
		j = k + 1
	}
	return i, end, words > 0
}

// thaiParticles end a Thai sentence politely; they follow a name said
// alone (ผมชื่อสมชายครับ).
var thaiParticles = []string{"นะครับ", "นะคะ", "ครับ", "ค่ะ", "คะ", "จ้า", "นะ"}

// thaiName reads a Thai name at i: the given name up to a space or a
// polite particle, and the surname after one space when it is no
// particle either.
func thaiName(s string, i int) (int, int, bool) {
	word := func(j int) int {
		k, n := j, 0
		for k < len(s) && n < 24 {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !unicode.Is(unicode.Thai, r) {
				break
			}
			k += size
			n++
		}
		for _, p := range thaiParticles {
			if k-j > len(p) && strings.HasSuffix(s[j:k], p) {
				return k - len(p)
			}
		}
		return k
	}
	isParticle := func(w string) bool {
		for _, p := range thaiParticles {
			if w == p {
				return true
			}
		}
		return false
	}
	e := word(i)
	if e == i || isParticle(s[i:e]) {
		return 0, 0, false
	}
	if e+1 < len(s) && s[e] == ' ' {
		if f := word(e + 1); f > e+1 && !isParticle(s[e+1:f]) {
			e = f
		}
	}
	return i, e, true
}

// scriptBirthCues say, in Chinese, Japanese and Korean, that a birth date
// follows: 出生日期, 生日, 生年月日, 誕生日, 생년월일, 생일.
var scriptBirthCues = []string{"出生日期", "出生于", "出生於", "生日", "生年月日", "誕生日", "생년월일", "생일"}

// findScriptBirthDates flags the date after a scriptBirthCues word, a
// separator or a particle apart (生年月日：1985年3月14日, 생일은 1990년 5월 3일).
func findScriptBirthDates(t *Text, dst []Span) []Span {
	if sc := t.scripts(); !sc.han && !sc.hangul {
		return dst
	}
	s := t.S
	for _, cue := range scriptBirthCues {
		for off := 0; off < len(s); {
			k := strings.Index(s[off:], cue)
			if k < 0 {
				break
			}
			off += k + len(cue)
			// up to four characters between: ：, :, 是, は, 은, 는, 이, 가, spaces
			i := off
			for n := 0; n < 4 && i < len(s) && !isDigit(s[i]); n++ {
				r, size := utf8.DecodeRuneInString(s[i:])
				if !strings.ContainsRune("：:是为為はがのは은는이가 ", r) {
					break
				}
				i += size
			}
			if e := cjkDateAt(s, i); e > 0 {
				dst = append(dst, Span{Start: i, End: e, Entity: DateOfBirth, Priority: prioDate})
			}
		}
	}
	return dst
}

// cjkDateAt returns the end of a date at i written the Chinese, Japanese
// or Korean way (1985年3月14日, 1990년 5월 3일) or numerically (1985-03-14,
// 1985/3/14, 1985.03.14), or -1.
func cjkDateAt(s string, i int) int {
	num := func(j, min, max int) int {
		k := j
		for k < len(s) && isDigit(s[k]) && k-j < max {
			k++
		}
		if k-j < min || k < len(s) && isDigit(s[k]) {
			return -1
		}
		return k
	}
	y := num(i, 4, 4)
	if y < 0 {
		return -1
	}
	for _, marks := range [][3]string{{"年", "月", "日"}, {"년 ", "월 ", "일"}, {"년", "월", "일"}} {
		if !strings.HasPrefix(s[y:], marks[0]) {
			continue
		}
		m := num(y+len(marks[0]), 1, 2)
		if m < 0 || !strings.HasPrefix(s[m:], marks[1]) {
			return -1
		}
		d := num(m+len(marks[1]), 1, 2)
		if d < 0 || !strings.HasPrefix(s[d:], marks[2]) {
			return -1
		}
		return d + len(marks[2])
	}
	if y < len(s) && (s[y] == '-' || s[y] == '/' || s[y] == '.') {
		sep := s[y]
		m := num(y+1, 1, 2)
		if m < 0 || m >= len(s) || s[m] != sep {
			return -1
		}
		return num(m+1, 1, 2)
	}
	return -1
}
