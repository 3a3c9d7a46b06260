package transform

import (
	"errors"
	"strings"

	"github.com/deidtool/deid/pkg/record"
)

// Selector picks fields by path. Segments are separated by dots; a segment
// ending in "[]" descends into every element of a list; '*' (any run of
// characters within a segment) and '?' (one character) make it a glob:
// "ticket_id", "*_email", "customer.address.zip", "messages[].text".
type Selector struct {
	text string
	segs []string
	glob bool
}

// ParseSelector checks and compiles a selector.
func ParseSelector(s string) (Selector, error) {
	if strings.TrimSpace(s) != s || s == "" {
		return Selector{}, errors.New("field selector is empty or has surrounding spaces")
	}
	segs := record.PathTokens(s)
	for _, seg := range segs {
		if seg == "" {
			return Selector{}, errors.New("field selector has an empty segment")
		}
		if seg != record.ListSuffix && strings.ContainsAny(seg, "[]") {
			return Selector{}, errors.New(`field selector may only use "[]" at the end of a segment`)
		}
	}
	return Selector{text: s, segs: segs, glob: strings.ContainsAny(s, "*?")}, nil
}

// String returns the selector as written.
func (s Selector) String() string { return s.text }

// IsGlob reports whether the selector has wildcards.
func (s Selector) IsGlob() bool { return s.glob }

// Match reports whether the selector names exactly the field at path segs
// (path tokens, see record.PathTokens).
func (s Selector) Match(segs []string) bool {
	if !s.glob {
		return s.text == record.JoinTokens(segs)
	}
	if len(segs) != len(s.segs) {
		return false
	}
	for i := range segs {
		if !globMatch(s.segs[i], segs[i]) {
			return false
		}
	}
	return true
}

// MatchBelow reports whether the selector names some field strictly inside
// the field at path segs.
func (s Selector) MatchBelow(segs []string) bool {
	if len(s.segs) <= len(segs) {
		return false
	}
	for i := range segs {
		if !globMatch(s.segs[i], segs[i]) {
			return false
		}
	}
	return true
}

// globMatch matches name against pattern, where '*' matches any run of
// characters and '?' any one character; everything else is literal.
func globMatch(pattern, name string) bool {
	if !strings.ContainsAny(pattern, "*?") {
		return pattern == name
	}
	p, n := []rune(pattern), []rune(name)
	// Iterative matching with one backtrack point for the last '*'.
	pi, ni, star, mark := 0, 0, -1, 0
	for ni < len(n) {
		switch {
		case pi < len(p) && (p[pi] == '?' || p[pi] == n[ni]):
			pi++
			ni++
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, ni
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			ni = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}
