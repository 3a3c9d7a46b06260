package detect

import (
	"strings"
	"unicode"
	"unsafe"

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
	t := textPool.Get().(*Text)
	t.reset(text)
	dst = findValues(t, values, dst)
	t.release()
	return dst
}

// ScanValues is FindValues followed by Scan with the spans found, sharing
// the work of preparing the text.
func (s *Scanner) ScanValues(text string, values []Value, dst []Span) []Span {
	t := textPool.Get().(*Text)
	t.reset(text)
	dst = findValues(t, values, dst[:0])
	dst = s.scan(t, dst)
	t.release()
	return dst
}

func findValues(t *Text, values []Value, dst []Span) []Span {
	text := t.S
	var folded *foldedText
	for _, v := range values {
		switch v.Match {
		case MatchName:
			if folded == nil {
				folded = t.folded()
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
			dst = findDigits(t, v, dst)
		default:
			needle := strings.ToLower(strings.TrimSpace(v.Text))
			if len(needle) < 3 {
				continue
			}
			lower := t.Lower
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
func findDigits(t *Text, v Value, dst []Span) []Span {
	text := t.S
	var buf [32]byte
	want := buf[:0]
	for i := 0; i < len(v.Text); i++ {
		if isDigit(v.Text[i]) {
			want = append(want, v.Text[i])
		}
	}
	if len(want) < 6 {
		return dst
	}
	scanRuns(t, sepsPhone, func(r *numberRun) {
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

	buf     []byte
	offsBuf []int
}

func fold(text string) *foldedText {
	f := &foldedText{}
	f.fold(text)
	return f
}

// folded returns t.S folded, made on first use.
func (t *Text) folded() *foldedText {
	if !t.foldDone {
		t.foldDone = true
		t.fold.fold(t.S)
	}
	return &t.fold
}

// fold sets f to text folded, reusing f's buffers.
func (f *foldedText) fold(text string) {
	ascii := true
	for i := 0; i < len(text) && ascii; i++ {
		ascii = text[i] < 0x80
	}
	if ascii {
		f.s, f.offs = asciiLower(text), nil // offsets are the identity
		return
	}
	b := f.buf[:0]
	offs := f.offsBuf[:0]
	for i, r := range text {
		if r < 0x80 {
			c := byte(r)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			offs = append(offs, i)
			continue
		}
		var folded string
		if r >= latinFoldFirst && r < latinFoldFirst+rune(len(latinFolds)) {
			folded = latinFolds[r-latinFoldFirst]
		} else {
			folded = foldRune(r)
		}
		n := len(b)
		b = append(b, folded...)
		for k := n; k < len(b); k++ {
			offs = append(offs, i)
		}
	}
	offs = append(offs, len(text))
	f.buf, f.offsBuf = b, offs
	f.s, f.offs = unsafe.String(unsafe.SliceData(b), len(b)), offs
}

// foldRune lower-cases r and removes its accents (NFKD, marks dropped).
func foldRune(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

// latinFolds holds foldRune of U+0080 to U+024F (Latin-1 and Latin
// Extended-A and -B), the accented letters of most names, made once.
const latinFoldFirst = 0x80

var latinFolds = func() []string {
	out := make([]string, 0x250-latinFoldFirst)
	for i := range out {
		out[i] = foldRune(rune(latinFoldFirst + i))
	}
	return out
}()

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
