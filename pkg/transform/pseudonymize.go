package transform

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
)

// TokenFormat is the shape of a pseudonym written into a field.
type TokenFormat string

// The token formats.
const (
	FormatToken  TokenFormat = "token"  // Prefix + hex digits: "cust_3f9a2c1b0d4e5f60"
	FormatEmail  TokenFormat = "email"  // "u_3f9a2c1b0d4e5f60@example.invalid"
	FormatDigits TokenFormat = "digits" // the value's digits replaced, separators kept
)

// DefaultTokenLength is the number of hex digits in a token (64 bits).
const DefaultTokenLength = 16

// DefaultEmailDomain is the domain of email-shaped tokens; .invalid is
// reserved (RFC 2606) and never delivers mail.
const DefaultEmailDomain = "example.invalid"

// Pseudonymize replaces a value with a keyed token. Equal normalized values
// in the same namespace give equal tokens under the same key, whatever field,
// file or machine they come from, so joins and conversations stay coherent.
type Pseudonymize struct {
	Kind        pseudo.Kind // normalization before hashing
	Namespace   string      // values are only linkable within a namespace
	Format      TokenFormat
	Prefix      string // for FormatToken and FormatEmail
	Length      int    // hex digits, default DefaultTokenLength
	Domain      string // for FormatEmail, default DefaultEmailDomain
	CountryCode string // for KindPhone: calling code for national numbers
}

// Name implements Operator.
func (Pseudonymize) Name() string { return "pseudonymize" }

// Apply implements Operator. Empty and blank values stay as they are: they
// identify nobody, and a token for "nothing" would only add noise.
func (p Pseudonymize) Apply(c *Context, v record.Value) (record.Value, error) {
	if strings.TrimSpace(v.Str) == "" {
		return v, nil
	}
	d := c.digest(p.Namespace, p.Kind, v.Str, p.CountryCode)
	if p.Format == FormatDigits {
		return record.String(pseudo.DigitsLike(d, v.Str)), nil
	}
	var buf [128]byte // most tokens: built here, then copied once into the string
	b := append(buf[:0], p.Prefix...)
	b = pseudo.AppendHexToken(b, d, p.length())
	if p.Format == FormatEmail {
		b = append(append(b, '@'), p.domain()...)
	}
	return record.String(string(b)), nil
}

// ApplySpan implements Operator: a typed token "<EMAIL_3f9a2c1b0d4e5f60>"
// whose digits equal those of the same value's field token.
func (p Pseudonymize) ApplySpan(c *Context, entity, text string) (string, error) {
	d := c.digest(p.Namespace, p.Kind, text, p.CountryCode)
	var buf [128]byte
	b := append(append(append(buf[:0], '<'), entity...), '_')
	b = pseudo.AppendHexToken(b, d, p.length())
	return string(append(b, '>')), nil
}

func (p Pseudonymize) length() int {
	if p.Length <= 0 {
		return DefaultTokenLength
	}
	return p.Length
}

func (p Pseudonymize) domain() string {
	if p.Domain == "" {
		return DefaultEmailDomain
	}
	return p.Domain
}

// Hash replaces a value with the unkeyed SHA-256 of its normalized form.
// Anyone can recompute it, so on low-entropy values (emails, phones, names)
// a dictionary reverses it; rule files must acknowledge that to use it.
type Hash struct {
	Kind   pseudo.Kind
	Length int // hex digits, default 64
}

// Name implements Operator.
func (Hash) Name() string { return "hash" }

// Apply implements Operator.
func (h Hash) Apply(_ *Context, v record.Value) (record.Value, error) {
	return record.String(h.sum(v.Str)), nil
}

// ApplySpan implements Operator.
func (h Hash) ApplySpan(_ *Context, _, text string) (string, error) { return h.sum(text), nil }

func (h Hash) sum(s string) string {
	d := sha256.Sum256([]byte(pseudo.Normalize(h.Kind, s, "")))
	out := hex.EncodeToString(d[:])
	if h.Length > 0 && h.Length < len(out) {
		out = out[:h.Length]
	}
	return out
}
