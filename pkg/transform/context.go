package transform

import (
	"strings"

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
	knownOps []Operator   // the field operator of each known value
	prepared detect.Known // known, prepared for the record's texts
	// each known value normalized as a name, and a NUL, made on first use
	knownNames []string
	spans      []detect.Span
	stats      *FieldStats
	perRec     map[string]int // spans per entity in the current record

	// digests of recent values: a customer's name or email recurs in
	// every message of a transcript
	digests    [recentDigests]cachedDigest
	digestNext int
}

// cachedDigest is a keyed digest and what it was made from: the value as
// written, how it is normalized, and the namespace it is hashed in.
type cachedDigest struct {
	namespace, country, value string
	kind                      pseudo.Kind
	d                         [32]byte
}

// recentDigests is how many digests a worker remembers, the most recent
// first out: enough for one record's identifiers.
const recentDigests = 32

// digest returns the keyed digest of value normalized as kind, from the
// recent ones when value was hashed lately.
func (c *Context) digest(namespace string, kind pseudo.Kind, value, country string) [32]byte {
	for i := range c.digests {
		e := &c.digests[i]
		if len(e.value) == len(value) && e.value == value && e.kind == kind && e.namespace == namespace && e.country == country {
			return e.d
		}
	}
	d := c.pseudonym().Digest(namespace, pseudo.Normalize(kind, value, country))
	// a copy, not a view that would keep a whole input buffer alive
	c.digests[c.digestNext] = cachedDigest{namespace: namespace, country: country, value: strings.Clone(value), kind: kind, d: d}
	c.digestNext = (c.digestNext + 1) % recentDigests
	return d
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
