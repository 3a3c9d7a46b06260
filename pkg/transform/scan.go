package transform

import (
	"strings"

	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
)

// Scan finds personal data in free text and sends every span through the
// operator of its entity type. Values of the record's own identifier fields
// are found too (by Plan, see KnownSource) and replaced the way their field
// was, so a customer's email in the transcript gets the same token as in the
// customer_email column. The text is rewritten once, from spans found on the
// original, so no detector ever sees another's output.
type Scan struct {
	Scanner  *detect.Scanner
	Entities map[string]Operator // operator per entity type; others get a tag redaction
}

// Name implements Operator.
func (Scan) Name() string { return "scan" }

// Apply implements Operator. Non-string scalars are scanned as text too.
func (s Scan) Apply(c *Context, v record.Value) (record.Value, error) {
	out, err := s.scan(c, v.Str)
	if err != nil || out == v.Str {
		return v, err
	}
	return record.String(out), nil
}

// ApplySpan implements Operator by scanning the span as a text.
func (s Scan) ApplySpan(c *Context, _, text string) (string, error) { return s.scan(c, text) }

func (s Scan) scan(c *Context, text string) (string, error) {
	c.spans = s.Scanner.ScanKnown(text, &c.prepared, c.spans)
	return detect.Rewrite(text, c.spans, func(sp detect.Span) (string, error) {
		if c.stats != nil {
			if c.stats.Entities == nil {
				c.stats.Entities = map[string]int64{}
			}
			c.stats.Entities[sp.Entity]++
		}
		if c.perRec != nil {
			c.perRec[sp.Entity]++
		}
		if sp.Ref == 0 {
			sp.Ref = c.matchKnown(sp, text[sp.Start:sp.End])
		}
		if sp.Ref > 0 {
			op := c.knownOps[sp.Ref-1]
			switch op.(type) {
			case Pseudonymize, Hash:
				// a known value recurs in a transcript: its token is
				// made once per record (its entity is the value's)
				if tok := c.knownTokens[sp.Ref-1]; tok != "" {
					return tok, nil
				}
				tok, err := op.ApplySpan(c, sp.Entity, c.known[sp.Ref-1].Text)
				if err == nil {
					c.knownTokens[sp.Ref-1] = tok
				}
				return tok, err
			case Mask, Encrypt:
				// Encrypt seals the span itself, so reveal gives back the
				// text exactly (a first name stays a first name).
				return op.ApplySpan(c, sp.Entity, text[sp.Start:sp.End])
			default:
				return "<" + sp.Entity + ">", nil
			}
		}
		op, ok := s.Entities[sp.Entity]
		if !ok {
			op = Redact{Mode: RedactTag}
		}
		return op.ApplySpan(c, sp.Entity, text[sp.Start:sp.End])
	})
}

// matchKnown returns the Ref of a known value that a detector span is
// another spelling of (same entity, same normalized value), or 0.
func (c *Context) matchKnown(sp detect.Span, s string) int {
	for i, k := range c.known {
		if k.Entity != sp.Entity {
			continue
		}
		switch sp.Entity {
		case detect.Email:
			if strings.EqualFold(strings.TrimSpace(k.Text), s) {
				return i + 1
			}
		case detect.Phone:
			a, b := pseudo.Normalize(pseudo.KindPhone, k.Text, ""), pseudo.Normalize(pseudo.KindPhone, s, "")
			a, b = strings.TrimPrefix(a, "+"), strings.TrimPrefix(b, "+")
			n := min(len(a), len(b))
			if n >= 6 && a[len(a)-n:] == b[len(b)-n:] {
				return i + 1
			}
		case detect.Person:
			if c.knownNames[i] == "" {
				c.knownNames[i] = pseudo.NormalizeName(k.Text) + "\x00" // made once per record
			}
			if c.knownNames[i][:len(c.knownNames[i])-1] == pseudo.NormalizeName(s) {
				return i + 1
			}
		}
	}
	return 0
}

// KnownSource is a field whose value identifies the record's subject and is
// therefore also looked for in the record's scanned text.
type KnownSource struct {
	Path   []string // map path, no lists
	Entity string
	Match  detect.Match
	Op     Operator // how the field itself is treated; decides the span's replacement
}

// collectKnown gathers the record's identifying values before any operator
// runs.
func (c *Context) collectKnown(sources []KnownSource, rec *record.Record) {
	c.known, c.knownOps, c.knownNames, c.knownTokens = c.known[:0], c.knownOps[:0], c.knownNames[:0], c.knownTokens[:0]
	for _, src := range sources {
		v, ok := rec.Lookup(src.Path)
		if !ok || v.Kind != record.KindString && v.Kind != record.KindNumber {
			continue
		}
		s := strings.TrimSpace(v.Str)
		if len(s) < 3 || len(s) > 256 {
			continue
		}
		match := src.Match
		if match == detect.MatchExact && mostlyDigits(s) {
			match = detect.MatchDigits
		}
		c.known = append(c.known, detect.Value{Text: v.Str, Entity: src.Entity, Match: match, Ref: len(c.known) + 1})
		c.knownOps = append(c.knownOps, src.Op)
		c.knownNames = append(c.knownNames, "")
		c.knownTokens = append(c.knownTokens, "")
	}
	c.prepared.Reset(c.known)
}

func mostlyDigits(s string) bool {
	digits, other := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			other++
		}
	}
	return digits >= 6 && other == 0
}
