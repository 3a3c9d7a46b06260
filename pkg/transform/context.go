package transform

import (
	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/pseudo"
)

// Context is the per-worker state operators use: keyed hashers (created on
// first use) and the current record's date-shift subjects. It is not safe for
// concurrent use.
type Context struct {
	key      *pseudo.Key
	pseudo   *pseudo.Hasher
	shift    *pseudo.Hasher
	enc      *ciphers
	subjects []string

	// scanning state: the record's known values, span buffers, and the
	// counts of the field being scanned
	known    []detect.Value
	knownOps []Operator // the field operator of each known value
	spans    []detect.Span
	stats    *FieldStats
	perRec   map[string]int // spans per entity in the current record
}

// NewContext returns a Context for key, which may be nil when no operator
// is keyed.
func NewContext(key *pseudo.Key) *Context { return &Context{key: key} }

func (c *Context) pseudonym() *pseudo.Hasher {
	if c.pseudo == nil {
		c.pseudo = c.mustKey().NewHasher(pseudo.PurposePseudonym)
	}
	return c.pseudo
}

func (c *Context) dateShift() *pseudo.Hasher {
	if c.shift == nil {
		c.shift = c.mustKey().NewHasher(pseudo.PurposeDateShift)
	}
	return c.shift
}

// mustKey returns the key. Plans that need a key are refused without one
// (Plan.NeedsKey), so a nil key here is a programming error.
func (c *Context) mustKey() *pseudo.Key {
	if c.key == nil {
		panic("transform: keyed operator used without a key")
	}
	return c.key
}

func (c *Context) subject(i int) string {
	if i < len(c.subjects) {
		return c.subjects[i]
	}
	return ""
}
