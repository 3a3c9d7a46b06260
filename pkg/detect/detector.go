package detect

import "strings"

// Detector finds one kind of entity in text.
type Detector interface {
	// Name identifies the detector ("email", "phone").
	Name() string
	// Entity is the entity type of the spans it finds ("EMAIL").
	Entity() string
	// Find appends the spans it finds in text to dst. Spans may overlap;
	// a Scanner resolves overlaps across detectors.
	Find(text string, dst []Span) []Span
	// Examples are texts the detector must and must not flag.
	Examples() Examples
}

// Examples are a detector's own test cases.
type Examples struct {
	// Match pairs a text with the exact substring that must be flagged.
	Match [][2]string
	// NoMatch texts must produce no span of the detector.
	NoMatch []string
}

// Priorities of the built-in detectors: the more specific wins a tie.
const (
	prioPhone   = 10
	prioIP      = 20
	prioDate    = 25
	prioSSN     = 30
	prioCard    = 40
	prioAddress = 45
	prioIBAN    = 50
	prioPerson  = 55
	prioURL     = 60
	prioEmail   = 70
	prioMAC     = 75
	prioSecret  = 90
	prioRecord  = 100 // values from the record's own fields
)

// Entities lists the entity types of the built-in detectors.
func Entities() []string {
	var out []string
	for _, d := range Default() {
		out = append(out, d.Entity())
	}
	return out
}

// Default returns the built-in detectors, every entity type on.
func Default() []Detector {
	return []Detector{
		emailDetector{}, phoneDetector{}, cardDetector{}, ssnDetector{}, ibanDetector{},
		ipv4Detector{}, ipv6Detector{}, macDetector{}, urlDetector{}, dobDetector{},
		addressDetector{}, personDetector{}, secretDetector{}, passwordDetector{},
	}
}

// Scanner runs a set of detectors over texts. It is immutable and safe for
// concurrent use.
type Scanner struct {
	detectors []Detector
	allow     map[string]bool
}

// NewScanner returns a Scanner over detectors; texts listed in allow are
// never reported, whatever detector finds them.
func NewScanner(detectors []Detector, allow []string) *Scanner {
	s := &Scanner{detectors: detectors, allow: map[string]bool{}}
	for _, a := range allow {
		s.allow[strings.ToLower(a)] = true
	}
	return s
}

// Detectors returns the scanner's detectors.
func (s *Scanner) Detectors() []Detector { return s.detectors }

// Scan returns the entities in text, without overlaps, sorted by position.
// extra spans (such as a record's own values) join the resolution.
func (s *Scanner) Scan(text string, dst []Span, extra ...Span) []Span {
	dst = append(dst[:0], extra...)
	for _, d := range s.detectors {
		dst = d.Find(text, dst)
	}
	if len(s.allow) > 0 {
		out := dst[:0]
		for _, sp := range dst {
			if !s.allow[strings.ToLower(text[sp.Start:sp.End])] {
				out = append(out, sp)
			}
		}
		dst = out
	}
	return Resolve(dst)
}

// Rewrite returns text with every span replaced by repl(span). Spans must
// be sorted and must not overlap (as Scan returns them).
func Rewrite(text string, spans []Span, repl func(Span) (string, error)) (string, error) {
	if len(spans) == 0 {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	prev := 0
	for _, sp := range spans {
		r, err := repl(sp)
		if err != nil {
			return "", err
		}
		b.WriteString(text[prev:sp.Start])
		b.WriteString(r)
		prev = sp.End
	}
	b.WriteString(text[prev:])
	return b.String(), nil
}

// Byte classes used by the detectors.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isHex(c byte) bool   { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// wordByte reports whether c continues a word: ASCII letters and digits,
// '_', and any byte of a multi-byte UTF-8 character (letters such as é).
func wordByte(c byte) bool { return isAlnum(c) || c == '_' || c >= 0x80 }

// boundaryBefore reports whether a match may start at i.
func boundaryBefore(text string, i int) bool { return i == 0 || !wordByte(text[i-1]) }

// boundaryAfter reports whether a match may end at j.
func boundaryAfter(text string, j int) bool { return j >= len(text) || !wordByte(text[j]) }

// lowerWindow returns up to n bytes of text before i, lower-cased, for
// context words.
func lowerWindow(text string, i, n int) string {
	return strings.ToLower(text[max(0, i-n):i])
}

// clauseWindow is like lowerWindow but stops at the start of the sentence
// or line, so context words of an earlier sentence do not count.
func clauseWindow(text string, i, n int) string {
	w := lowerWindow(text, i, n)
	for _, brk := range []string{". ", "! ", "? ", "\n"} {
		if k := strings.LastIndex(w, brk); k >= 0 {
			w = w[k+len(brk):]
		}
	}
	return w
}

// containsWord reports whether s contains any of words as a whole word
// (not inside a longer word: "ver" is not in "server").
func containsWord(s string, words ...string) bool {
	for _, w := range words {
		for off := 0; ; {
			k := strings.Index(s[off:], w)
			if k < 0 {
				break
			}
			i, j := off+k, off+k+len(w)
			if (i == 0 || !isAlpha(s[i-1])) && (j == len(s) || !isAlpha(s[j]) || !isAlpha(w[len(w)-1])) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// containsAny reports whether s contains any of words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
