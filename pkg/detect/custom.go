package detect

import (
	"fmt"
	"regexp"
	"strings"
)

// Validator checks a candidate's characters beyond its pattern.
type Validator string

// The validators a custom detector may name.
const (
	ValidateNone  Validator = ""
	ValidateLuhn  Validator = "luhn"  // payment cards, IMEIs
	ValidateMod97 Validator = "mod97" // IBANs and other ISO 7064 codes
	// ValidateVerhoeff is the Verhoeff check digit (Aadhaar and other
	// national and account numbers).
	ValidateVerhoeff Validator = "verhoeff"
)

// Custom is a detector defined in a rule file: a regular expression, an
// optional validator, keywords that must occur in the text before the
// expression runs, and context words that must occur shortly before a match.
type Custom struct {
	name      string
	entity    string
	re        *regexp.Regexp
	validator Validator
	keywords  []string // lower case; empty: always run
	context   []string // lower case; empty: no context needed
	examples  Examples
}

// NewCustom compiles a custom detector. The pattern's first group, when it
// has one, is the span; otherwise the whole match is.
func NewCustom(name, entity, pattern string, v Validator, keywords, context []string, ex Examples) (*Custom, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, fmt.Errorf("pattern: %w", err)
	}
	switch v {
	case ValidateNone, ValidateLuhn, ValidateMod97, ValidateVerhoeff:
	default:
		return nil, fmt.Errorf("unknown validator %q (luhn, mod97 or verhoeff)", v)
	}
	lower := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = strings.ToLower(w)
		}
		return out
	}
	return &Custom{name: name, entity: entity, re: re, validator: v, keywords: lower(keywords), context: lower(context), examples: ex}, nil
}

// Name implements Detector.
func (c *Custom) Name() string { return c.name }

// Entity implements Detector.
func (c *Custom) Entity() string { return c.entity }

// Examples implements Detector.
func (c *Custom) Examples() Examples { return c.examples }

// Find implements Detector.
func (c *Custom) Find(t *Text, dst []Span) []Span {
	if len(c.keywords) > 0 && !containsAny(t.Lower, c.keywords...) {
		return dst
	}
	for _, m := range c.re.FindAllStringSubmatchIndex(t.S, -1) {
		start, end := m[0], m[1]
		if len(m) >= 4 && m[2] >= 0 {
			start, end = m[2], m[3]
		}
		if start == end || !c.valid(t.S[start:end]) {
			continue
		}
		if len(c.context) > 0 && !containsAny(lowerWindow(t, start, 48), c.context...) {
			continue
		}
		dst = append(dst, Span{Start: start, End: end, Entity: c.entity, Priority: prioSecret})
	}
	return dst
}

func (c *Custom) valid(s string) bool {
	var chars []byte
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) {
			chars = append(chars, s[i])
		}
	}
	switch c.validator {
	case ValidateLuhn:
		for _, ch := range chars {
			if !isDigit(ch) {
				return false
			}
		}
		return len(chars) > 1 && luhn(chars)
	case ValidateMod97:
		return len(chars) > 4 && mod97(chars)
	case ValidateVerhoeff:
		for _, ch := range chars {
			if !isDigit(ch) {
				return false
			}
		}
		return len(chars) > 1 && verhoeff(chars)
	}
	return true
}

// DenyList flags every whole-word, case-insensitive occurrence of its terms
// as Entity: names of projects, internal hosts, anything no detector knows.
type DenyList struct {
	terms  []string
	entity string
}

// DenyEntity is the entity type of deny-list matches.
const DenyEntity = "DENY_LIST"

// NewDenyList returns a detector for terms.
func NewDenyList(terms []string) *DenyList {
	d := &DenyList{entity: DenyEntity}
	for _, t := range terms {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			d.terms = append(d.terms, t)
		}
	}
	return d
}

// Name implements Detector.
func (d *DenyList) Name() string { return "deny_list" }

// Entity implements Detector.
func (d *DenyList) Entity() string { return d.entity }

// Examples implements Detector.
func (d *DenyList) Examples() Examples {
	if len(d.terms) == 0 {
		return Examples{}
	}
	return Examples{Match: [][2]string{{"about " + d.terms[0] + ".", d.terms[0]}}}
}

// Find implements Detector.
func (d *DenyList) Find(t *Text, dst []Span) []Span {
	for _, term := range d.terms {
		for off := 0; ; {
			k := strings.Index(t.Lower[off:], term)
			if k < 0 {
				break
			}
			i, j := off+k, off+k+len(term)
			off = i + 1
			if boundaryBefore(t.S, i) && boundaryAfter(t.S, j) {
				dst = append(dst, Span{Start: i, End: j, Entity: d.entity, Priority: prioRecord})
			}
		}
	}
	return dst
}

// CheckExamples runs a detector's examples through a scanner of that
// detector alone and returns one message per failure.
func CheckExamples(d Detector) []string {
	var fails []string
	s := NewScanner([]Detector{d}, nil)
	ex := d.Examples()
	for _, m := range ex.Match {
		found := false
		for _, sp := range s.Scan(m[0], nil) {
			found = found || m[1] == "" || strings.EqualFold(m[0][sp.Start:sp.End], m[1])
		}
		switch {
		case !found && m[1] == "":
			fails = append(fails, fmt.Sprintf("%s: %q should flag something", d.Name(), m[0]))
		case !found:
			fails = append(fails, fmt.Sprintf("%s: %q should flag %q", d.Name(), m[0], m[1]))
		}
	}
	for _, text := range ex.NoMatch {
		for _, sp := range s.Scan(text, nil) {
			fails = append(fails, fmt.Sprintf("%s: %q should not flag %q", d.Name(), text, text[sp.Start:sp.End]))
		}
	}
	return fails
}
