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
	// every message of a transcript, and in the next record's fields
	digests map[digestKey][32]byte
}

// digestKey identifies a keyed digest: the value as written, how it is
// normalized, and the namespace it is hashed in.
type digestKey struct {
	namespace, country, value string
	kind                      pseudo.Kind
}

// maxDigests bounds the digest cache; it is emptied when full.
const maxDigests = 4096

// digest returns the keyed digest of value normalized as kind, from the
// cache when value was seen recently.
func (c *Context) digest(namespace string, kind pseudo.Kind, value, country string) [32]byte {
	k := digestKey{namespace: namespace, country: country, value: value, kind: kind}
	if d, ok := c.digests[k]; ok {
		return d
	}
	if c.digests == nil || len(c.digests) >= maxDigests {
		c.digests = make(map[digestKey][32]byte, 256)
	}
	d := c.pseudonym().Digest(namespace, pseudo.Normalize(kind, value, country))
	k.value = strings.Clone(value) // not a view that would keep a whole input buffer alive
	c.digests[k] = d
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
