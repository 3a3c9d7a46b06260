package transform

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/deidtool/deid/pkg/record"
)

// Operator transforms one scalar value of a field, or one span of free text.
// Implementations are immutable; per-worker state comes through *Context.
type Operator interface {
	// Name is the operator's name in the rule file ("mask").
	Name() string
	// Apply transforms a non-null scalar field value.
	Apply(c *Context, v record.Value) (record.Value, error)
	// ApplySpan transforms a span of text that a detector found, of the given
	// entity type ("EMAIL").
	ApplySpan(c *Context, entity, text string) (string, error)
}

// Keep is the operator that changes nothing.
type Keep struct{}

// Name implements Operator.
func (Keep) Name() string { return "keep" }

// Apply implements Operator.
func (Keep) Apply(_ *Context, v record.Value) (record.Value, error) { return v, nil }

// ApplySpan implements Operator.
func (Keep) ApplySpan(_ *Context, _, text string) (string, error) { return text, nil }

// RedactMode says what Redact writes in place of a value.
type RedactMode string

// The redaction modes.
const (
	RedactConstant RedactMode = "constant" // a fixed text, "[REDACTED]" by default
	RedactTag      RedactMode = "tag"      // "<FIELD>" for fields, "<ENTITY>" for spans
	RedactNull     RedactMode = "null"     // null (an empty cell in CSV)
)

// DefaultRedaction is the text a constant redaction writes when none is given.
const DefaultRedaction = "[REDACTED]"

// Redact replaces a value entirely.
type Redact struct {
	Mode  RedactMode
	Value string // the constant for RedactConstant
	Tag   string // the tag for RedactTag on fields, set from the field name
}

// Name implements Operator.
func (Redact) Name() string { return "redact" }

// Apply implements Operator.
func (r Redact) Apply(_ *Context, _ record.Value) (record.Value, error) {
	switch r.Mode {
	case RedactNull:
		return record.Null(), nil
	case RedactTag:
		return record.String("<" + r.Tag + ">"), nil
	default:
		return record.String(r.Value), nil
	}
}

// ApplySpan implements Operator. A null redaction removes the span.
func (r Redact) ApplySpan(_ *Context, entity, _ string) (string, error) {
	switch r.Mode {
	case RedactNull:
		return "", nil
	case RedactTag:
		return "<" + entity + ">", nil
	default:
		return r.Value, nil
	}
}

// Mask hides the characters of a value behind Char, keeping the first and
// last few. With KeepSeparators, characters that are neither letters nor
// digits stay in place and are not counted, so "4111-1111-1111-1111" with
// KeepLast 4 becomes "****-****-****-1111".
type Mask struct {
	Char           rune // default '*'
	KeepFirst      int  // default 0
	KeepLast       int  // default 0
	KeepSeparators bool // default true in rule files
}

// Name implements Operator.
func (Mask) Name() string { return "mask" }

// Apply implements Operator.
func (m Mask) Apply(_ *Context, v record.Value) (record.Value, error) {
	return record.String(m.mask(v.Str)), nil
}

// ApplySpan implements Operator.
func (m Mask) ApplySpan(_ *Context, _, text string) (string, error) { return m.mask(text), nil }

func (m Mask) mask(s string) string {
	char := m.Char
	if char == 0 {
		char = '*'
	}
	counted := func(r rune) bool {
		return !m.KeepSeparators || unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	n := 0
	for _, r := range s {
		if counted(r) {
			n++
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for _, r := range s {
		if !counted(r) {
			b.WriteRune(r)
			continue
		}
		if i < m.KeepFirst || i >= n-m.KeepLast {
			b.WriteRune(r)
		} else {
			b.WriteRune(char)
		}
		i++
	}
	return b.String()
}

// Truncate keeps the first MaxChars characters of a value and appends Suffix
// when it cut something.
type Truncate struct {
	MaxChars int
	Suffix   string // default ""
}

// Name implements Operator.
func (Truncate) Name() string { return "truncate" }

// Apply implements Operator.
func (t Truncate) Apply(_ *Context, v record.Value) (record.Value, error) {
	s := t.cut(v.Str)
	if s == v.Str {
		return v, nil
	}
	return record.String(s), nil
}

// ApplySpan implements Operator.
func (t Truncate) ApplySpan(_ *Context, _, text string) (string, error) { return t.cut(text), nil }

func (t Truncate) cut(s string) string {
	if utf8.RuneCountInString(s) <= t.MaxChars {
		return s
	}
	i, n := 0, 0
	for i = range s {
		if n == t.MaxChars {
			break
		}
		n++
	}
	return s[:i] + t.Suffix
}
