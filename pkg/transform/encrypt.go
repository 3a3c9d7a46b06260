package transform

import (
	"encoding/base64"
	"errors"
	"regexp"
	"strings"

	"github.com/deidtool/deid/pkg/encrypt"
	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
)

// EncryptFormat is the shape of an encrypt token.
type EncryptFormat string

// The encrypt formats.
const (
	// EncryptToken is AES-SIV: the value (and its JSON kind) sealed, as
	// unpadded base64url.
	EncryptToken EncryptFormat = "token"
	// EncryptDigits is FF1 over the value's digits, separators kept: an
	// identifier keeps its shape. It needs at least MinEncryptDigits digits.
	EncryptDigits EncryptFormat = "digits"
)

// MinEncryptDigits is the fewest digits EncryptDigits accepts: FF1's domain
// must hold at least a million values (encrypt.MinFF1Domain).
const MinEncryptDigits = 6

// errFewDigits is the error for a value too short for FF1.
var errFewDigits = errors.New("encrypt (format: digits) needs at least 6 digits: fewer give under a million possible values, which can be enumerated")

// Encrypt replaces a value with a reversible token: equal values in the same
// namespace give equal tokens under the same key (so joins work), and only
// the key holder can turn a token back into its value (deid reveal).
type Encrypt struct {
	Namespace string
	Format    EncryptFormat
	// Kind says what the field holds (email, phone, name, id), so scanned
	// text of the same record finds its value; the value itself is
	// encrypted exactly as it is, never normalized.
	Kind pseudo.Kind
}

// Name implements Operator.
func (Encrypt) Name() string { return "encrypt" }

// ciphers are a worker's encryption state, made on first use.
type ciphers struct {
	siv *encrypt.SIV
	ff1 *encrypt.FF1
}

func (c *Context) ciphers() *ciphers {
	if c.enc == nil {
		k := c.mustKey()
		siv, err := encrypt.NewSIV(append(k.Subkey("deid/v1/encrypt/siv/mac"), k.Subkey("deid/v1/encrypt/siv/ctr")...))
		if err != nil {
			panic(err) // 64-byte key: cannot fail
		}
		ff1, err := encrypt.NewFF1(k.Subkey("deid/v1/encrypt/ff1"), 10)
		if err != nil {
			panic(err)
		}
		c.enc = &ciphers{siv: siv, ff1: ff1}
	}
	return c.enc
}

var b64 = base64.RawURLEncoding

// kindTag records a value's JSON kind inside the sealed bytes, so reveal
// gives back a number as a number.
var kindTag = map[record.Kind]byte{record.KindString: 's', record.KindNumber: 'n', record.KindBool: 'b'}

// Apply implements Operator.
func (e Encrypt) Apply(c *Context, v record.Value) (record.Value, error) {
	if e.Format == EncryptDigits {
		s, err := e.digits(c, v.Str, true)
		if err != nil {
			return v, err
		}
		return withKind(v, s), nil
	}
	tag := kindTag[v.Kind]
	if tag == 0 {
		tag = 's'
	}
	return record.String(e.seal(c, tag, v.Str)), nil
}

// ApplySpan implements Operator: "<EMAIL~token>" in text.
func (e Encrypt) ApplySpan(c *Context, entity, text string) (string, error) {
	if e.Format == EncryptDigits {
		s, err := e.digits(c, text, true)
		if err != nil {
			return "", err
		}
		return "<" + entity + "~" + s + ">", nil
	}
	return "<" + entity + "~" + e.seal(c, 's', text) + ">", nil
}

func (e Encrypt) ad() []byte { return []byte("deid/v1/encrypt/" + e.Namespace) }

func (e Encrypt) seal(c *Context, tag byte, s string) string {
	plain := make([]byte, 0, len(s)+1)
	plain = append(append(plain, tag), s...)
	return b64.EncodeToString(c.ciphers().siv.Seal(plain, e.ad()))
}

// digits runs FF1 over the digits of s (encrypting or decrypting), leaving
// every other character in place.
func (e Encrypt) digits(c *Context, s string, enc bool) (string, error) {
	var x []uint8
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			x = append(x, s[i]-'0')
		}
	}
	if len(x) < MinEncryptDigits {
		return "", errFewDigits
	}
	var y []uint8
	var err error
	if enc {
		y, err = c.ciphers().ff1.Encrypt(x, e.ad())
	} else {
		y, err = c.ciphers().ff1.Decrypt(x, e.ad())
	}
	if err != nil {
		return "", err
	}
	out := []byte(s)
	j := 0
	for i := range out {
		if out[i] >= '0' && out[i] <= '9' {
			out[i] = '0' + y[j]
			j++
		}
	}
	return string(out), nil
}

// ErrNotToken is the error for a value that is not an encrypt token (or
// was made under another key or namespace).
var ErrNotToken = errors.New("not an encrypt token of this key and namespace")

// open reverses seal.
func (e Encrypt) open(c *Context, token string) (record.Value, error) {
	sealed, err := b64.DecodeString(token)
	if err != nil {
		return record.Value{}, ErrNotToken
	}
	plain, err := c.ciphers().siv.Open(sealed, e.ad())
	if err != nil || len(plain) == 0 {
		return record.Value{}, ErrNotToken
	}
	s := string(plain[1:])
	switch plain[0] {
	case 'n':
		return record.Value{Kind: record.KindNumber, Str: s}, nil
	case 'b':
		return record.Value{Kind: record.KindBool, Str: s}, nil
	}
	return record.String(s), nil
}

// Decrypt is the inverse of an Encrypt, for deid reveal.
type Decrypt struct{ Enc Encrypt }

// Name implements Operator.
func (Decrypt) Name() string { return "decrypt" }

// Apply implements Operator. Empty values were never encrypted.
func (d Decrypt) Apply(c *Context, v record.Value) (record.Value, error) {
	if v.Kind == record.KindNull || v.Str == "" {
		return v, nil
	}
	if d.Enc.Format == EncryptDigits {
		s, err := d.Enc.digits(c, v.Str, false)
		if err != nil {
			return v, err
		}
		return withKind(v, s), nil
	}
	return d.Enc.open(c, v.Str)
}

// ApplySpan implements Operator; reveal rewrites text with RevealSpans.
func (d Decrypt) ApplySpan(c *Context, _, text string) (string, error) {
	v, err := d.Apply(c, record.String(text))
	return v.Str, err
}

// spanToken matches "<ENTITY~payload>" in text.
var spanToken = regexp.MustCompile(`<([A-Z][A-Z0-9_]*)~([A-Za-z0-9_\-]+|[0-9][^<>]*)>`)

// RevealSpans decrypts the "<ENTITY~token>" spans an Encrypt wrote into
// text, with the entity types' operators.
type RevealSpans struct {
	// Entities holds the operators that may have written each entity
	// type's spans; the first whose token authenticates wins.
	Entities map[string][]Encrypt
}

// Name implements Operator.
func (RevealSpans) Name() string { return "reveal" }

// Apply implements Operator.
func (r RevealSpans) Apply(c *Context, v record.Value) (record.Value, error) {
	return rewriteTokens(v, r.Entities, func(e Encrypt, entity string, plain record.Value) (string, error) {
		return plain.Str, nil
	}, c)
}

// rewriteTokens replaces every "<ENTITY~token>" span of v whose entity has
// operators in ents: the first operator whose token decrypts under c gives
// the plaintext to put, which with turns into the replacement.
func rewriteTokens(v record.Value, ents map[string][]Encrypt, with func(Encrypt, string, record.Value) (string, error), c *Context) (record.Value, error) {
	if v.Kind != record.KindString || !strings.Contains(v.Str, "~") {
		return v, nil
	}
	var firstErr error
	out := spanToken.ReplaceAllStringFunc(v.Str, func(m string) string {
		sub := spanToken.FindStringSubmatch(m)
		ops, ok := ents[sub[1]]
		if !ok {
			return m // another entity type, or not deid's
		}
		var err error
		for _, e := range ops {
			var plain record.Value
			if plain, err = (Decrypt{Enc: e}).Apply(c, record.String(sub[2])); err == nil {
				var s string
				if s, err = with(e, sub[1], plain); err == nil {
					return s
				}
			}
		}
		if firstErr == nil {
			firstErr = err
		}
		return m
	})
	if firstErr != nil {
		return v, firstErr
	}
	return record.String(out), nil
}

// ApplySpan implements Operator.
func (r RevealSpans) ApplySpan(c *Context, _, text string) (string, error) {
	v, err := r.Apply(c, record.String(text))
	return v.Str, err
}

// RevealPlan returns the plan that undoes p's encryption: fields p encrypts
// are decrypted, fields p scans have their encrypted spans decrypted, and
// everything else is kept as it is; and, for each of its rules, the index
// of the rule of p it comes from. It fails when p encrypts nothing.
func (p *Plan) RevealPlan() (*Plan, []int, error) {
	var fields []FieldRule
	var from []int
	known := map[string][]Encrypt{}
	for _, k := range p.Known {
		if e, ok := k.Op.(Encrypt); ok {
			known[k.Entity] = append(known[k.Entity], e)
		}
	}
	for i, f := range p.Fields {
		switch op := f.Op.(type) {
		case Encrypt:
			fields = append(fields, FieldRule{Selector: f.Selector, Action: "decrypt", Op: Decrypt{Enc: op}})
			from = append(from, i)
		case Scan:
			ents := map[string][]Encrypt{}
			for name, ops := range known {
				ents[name] = append(ents[name], ops...)
			}
			for name, eop := range op.Entities {
				if e, ok := eop.(Encrypt); ok {
					ents[name] = append(ents[name], e)
				}
			}
			if len(ents) > 0 {
				fields = append(fields, FieldRule{Selector: f.Selector, Action: "reveal", Op: RevealSpans{Entities: ents}})
				from = append(from, i)
			}
		}
	}
	if len(fields) == 0 {
		return nil, nil, errors.New("the rule file encrypts nothing, so there is nothing to reveal")
	}
	rp, err := NewPlan(DefaultKeep, fields, nil)
	if err != nil {
		return nil, nil, err
	}
	rp.needsKey = true
	return rp, from, nil
}

// Rekey turns a token made under the context's key into the same value's
// token under another key: decrypt, then encrypt with To.
type Rekey struct {
	Enc Encrypt
	To  *Context // the new key's context, its ciphers made beforehand
}

// Name implements Operator.
func (Rekey) Name() string { return "rekey" }

// Apply implements Operator.
func (r Rekey) Apply(c *Context, v record.Value) (record.Value, error) {
	if v.Kind == record.KindNull || v.Str == "" {
		return v, nil
	}
	plain, err := (Decrypt{Enc: r.Enc}).Apply(c, v)
	if err != nil {
		return v, err
	}
	return r.Enc.Apply(r.To, plain)
}

// ApplySpan implements Operator.
func (r Rekey) ApplySpan(c *Context, _, text string) (string, error) {
	v, err := r.Apply(c, record.String(text))
	return v.Str, err
}

// RekeySpans re-encrypts the "<ENTITY~token>" spans of text under To.
type RekeySpans struct {
	Entities map[string][]Encrypt
	To       *Context
}

// Name implements Operator.
func (RekeySpans) Name() string { return "rekey" }

// Apply implements Operator.
func (r RekeySpans) Apply(c *Context, v record.Value) (record.Value, error) {
	return rewriteTokens(v, r.Entities, func(e Encrypt, entity string, plain record.Value) (string, error) {
		return e.ApplySpan(r.To, entity, plain.Str)
	}, c)
}

// ApplySpan implements Operator.
func (r RekeySpans) ApplySpan(c *Context, _, text string) (string, error) {
	v, err := r.Apply(c, record.String(text))
	return v.Str, err
}

// OneWay lists the fields (and entity types) p treats with keyed one-way
// operators (pseudonymize, date_shift): their output cannot be moved to
// another key without the source data.
func (p *Plan) OneWay() []string {
	var out []string
	for _, f := range p.Fields {
		switch op := f.Op.(type) {
		case Pseudonymize, DateShift:
			out = append(out, f.Selector.String())
		case Scan:
			for name, eo := range op.Entities {
				if _, ok := eo.(Pseudonymize); ok {
					out = append(out, f.Selector.String()+" ("+name+")")
				}
			}
		}
	}
	return out
}

// RekeyPlan returns the plan that moves p's encrypt tokens from the key the
// Applier is given to newKey's, keeping everything else; and the index of
// the rule of p each of its rules comes from. It fails when p encrypts
// nothing or holds one-way keyed values (see OneWay).
func (p *Plan) RekeyPlan(newKey *pseudo.Key) (*Plan, []int, error) {
	if ow := p.OneWay(); len(ow) > 0 {
		return nil, nil, errors.New("the data holds keyed pseudonyms, which are one-way (" + strings.Join(ow, ", ") +
			"): they cannot be moved to a new key; regenerate the dataset from its source with the new key (docs/security.md)")
	}
	rp, from, err := p.RevealPlan()
	if err != nil {
		return nil, nil, err
	}
	to := NewContext(newKey)
	to.ciphers() // made now: the workers share To
	var fields []FieldRule
	for _, f := range rp.Fields {
		switch op := f.Op.(type) {
		case Decrypt:
			fields = append(fields, FieldRule{Selector: f.Selector, Action: "rekey", Op: Rekey{Enc: op.Enc, To: to}})
		case RevealSpans:
			fields = append(fields, FieldRule{Selector: f.Selector, Action: "rekey", Op: RekeySpans{Entities: op.Entities, To: to}})
		}
	}
	kp, err := NewPlan(DefaultKeep, fields, nil)
	if err != nil {
		return nil, nil, err
	}
	kp.needsKey = true
	return kp, from, nil
}

// Erasure returns, for one identifier field treated by op, a condition that
// holds when the field's value (as written by op) belongs to one of the
// subjects: for pseudonymize and hash, the value is one of the subjects'
// tokens; for encrypt, it decrypts to one of the subjects' values (compared
// after normalization as kind, so "Ann@Example.com " finds "ann@example.com").
// ok is false for operators whose output cannot be matched. key may be nil
// for unkeyed operators.
func Erasure(op Operator, key *pseudo.Key, subjects []string) (func(record.Value) bool, bool) {
	ctx := NewContext(key)
	switch o := op.(type) {
	case Pseudonymize, Hash:
		// A digits-format token keeps the layout of the value it was made
		// from: compare its digits only.
		shape := func(s string) string { return s }
		if p, ok := o.(Pseudonymize); ok && p.Format == FormatDigits {
			shape = func(s string) string {
				return strings.Map(func(r rune) rune {
					if r >= '0' && r <= '9' {
						return r
					}
					return -1
				}, s)
			}
		}
		tokens := map[string]bool{}
		for _, s := range subjects {
			if v, err := o.Apply(ctx, record.String(s)); err == nil {
				tokens[shape(v.Str)] = true
			}
		}
		return func(v record.Value) bool { return tokens[shape(v.Str)] }, true
	case Encrypt:
		ctx.ciphers() // made now: the workers share it
		want := map[string]bool{}
		for _, s := range subjects {
			want[pseudo.Normalize(o.Kind, s, "")] = true
		}
		dec := Decrypt{Enc: o}
		return func(v record.Value) bool {
			plain, err := dec.Apply(ctx, v)
			return err == nil && want[pseudo.Normalize(o.Kind, plain.Str, "")]
		}, true
	}
	return nil, false
}
