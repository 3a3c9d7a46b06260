package detect

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Match says how a known value is looked for in text.
type Match int

// The ways known values match.
const (
	MatchExact  Match = iota // case-insensitive, whole words
	MatchName                // case- and accent-insensitive, whole name and each part
	MatchDigits              // the same digits in any layout (phones, account numbers)
)

// Value is a value known to identify someone in this record (a field's
// value), to be found in the record's text.
type Value struct {
	Text   string
	Entity string
	Match  Match
	Ref    int // returned in Span.Ref, for the caller
}

// commonWords are first names that are also ordinary words; as a part of a
// name they only match when capitalised mid-sentence.
var commonWords = map[string]bool{"will": true, "may": true, "june": true, "april": true, "august": true, "mark": true,
	"bill": true, "grace": true, "hope": true, "joy": true, "faith": true, "rose": true, "summer": true, "dawn": true,
	"art": true, "sky": true, "river": true, "max": true, "ray": true, "rich": true, "frank": true, "sue": true,
	"pat": true, "guy": true, "don": true, "jack": true, "chase": true, "hunter": true, "page": true, "lane": true,
	"alexa": true, "victoria": true, "de": true, "van": true, "von": true, "da": true, "del": true, "la": true, "le": true,
	"di": true, "du": true, "al": true, "bin": true, "el": true, "dos": true, "das": true, "der": true}

// FindValues returns a span (Priority above every detector) for each
// occurrence of a known value in text. Names also match by their parts
// ("María" for "María José Fernández"); every part maps to the same Ref.
func FindValues(text string, values []Value, dst []Span) []Span {
	var lower string
	var folded *foldedText
	for _, v := range values {
		switch v.Match {
		case MatchName:
			if folded == nil {
				folded = fold(text)
			}
			full := fold(v.Text).s
			dst = folded.findWords(text, full, v, dst, false)
			parts := strings.Fields(full)
			if len(parts) < 2 {
				continue
			}
			for _, p := range parts {
				if len([]rune(p)) < 2 {
					continue
				}
				dst = folded.findWords(text, p, v, dst, commonWords[p] || notNames[p])
			}
		case MatchDigits:
			dst = findDigits(text, v, dst)
		default:
			if lower == "" {
				lower = asciiLower(text)
			}
			needle := strings.ToLower(strings.TrimSpace(v.Text))
			if len(needle) < 3 {
				continue
			}
			for off := 0; ; {
				k := strings.Index(lower[off:], needle)
				if k < 0 {
					break
				}
				i, j := off+k, off+k+len(needle)
				off = i + 1
				if boundaryBefore(text, i) && boundaryAfter(text, j) {
					dst = append(dst, Span{Start: i, End: j, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
				}
			}
		}
	}
	return dst
}

// findDigits finds runs whose digits end with the value's digits (at least
// six of them), so "+1 (415) 555-0132" in a field matches "415 555 0132" in
// the text.
func findDigits(text string, v Value, dst []Span) []Span {
	var want []byte
	for i := 0; i < len(v.Text); i++ {
		if isDigit(v.Text[i]) {
			want = append(want, v.Text[i])
		}
	}
	if len(want) < 6 {
		return dst
	}
	scanRunsIn(text, 0, len(text), " -./()+", func(r *numberRun) {
		d := r.digits
		if len(d) < 6 || !boundaryAfter(text, r.end) {
			return
		}
		// compare the trailing digits: country codes and trunk zeros differ
		n := min(len(d), len(want))
		if n < 6 || n < len(d)-3 || n < len(want)-3 || string(d[len(d)-n:]) != string(want[len(want)-n:]) {
			return
		}
		dst = append(dst, Span{Start: r.start, End: r.end, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
	})
	return dst
}

// foldedText is a text lower-cased and stripped of accents, with the offset
// in the original of every folded byte.
type foldedText struct {
	s    string
	offs []int
}

func fold(text string) *foldedText {
	ascii := true
	for i := 0; i < len(text) && ascii; i++ {
		ascii = text[i] < 0x80
	}
	if ascii {
		return &foldedText{s: asciiLower(text)} // offsets are the identity
	}
	var b strings.Builder
	offs := make([]int, 0, len(text)+1)
	for i, r := range text {
		if r < 0x80 {
			b.WriteByte(byte(unicode.ToLower(r)))
			offs = append(offs, i)
			continue
		}
		for _, d := range norm.NFKD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			n := b.Len()
			b.WriteRune(unicode.ToLower(d))
			for k := n; k < b.Len(); k++ {
				offs = append(offs, i)
			}
		}
	}
	offs = append(offs, len(text))
	return &foldedText{s: b.String(), offs: offs}
}

// findWords appends a span for each whole-word occurrence of needle (folded)
// in f. With capitalised, the original text must start with an upper-case
// letter there.
func (f *foldedText) findWords(text, needle string, v Value, dst []Span, capitalised bool) []Span {
	if needle == "" {
		return dst
	}
	for off := 0; ; {
		k := strings.Index(f.s[off:], needle)
		if k < 0 {
			return dst
		}
		a, b := off+k, off+k+len(needle)
		off = a + 1
		i, j := a, b
		if f.offs != nil {
			i, j = f.offs[a], f.offs[b]
		}
		if !boundaryBefore(text, i) || !boundaryAfter(text, j) {
			continue
		}
		if capitalised && (!isUpper(text[i]) || sentenceStart(text, i)) {
			continue
		}
		dst = append(dst, Span{Start: i, End: j, Entity: v.Entity, Priority: prioRecord, Ref: v.Ref})
	}
}

// sentenceStart reports whether i begins a sentence or line, where a
// capital letter says nothing about names.
func sentenceStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '"' || text[i-1] == '(') {
		i--
	}
	return i == 0 || strings.IndexByte(".!?:\n", text[i-1]) >= 0
}
