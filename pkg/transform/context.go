package transform

import (
	"hash/maphash"
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
	// each known value's span token, made on first use in the record
	knownTokens []string
	spans       []detect.Span
	stats       *FieldStats
	perRec      map[string]int // spans per entity in the current record

	// digests of recent values, by a hash of the value: a customer's name
	// or email recurs in every message of a transcript, and in every
	// ticket the customer opened
	digests *[digestSlots]cachedDigest
	seed    maphash.Seed
}

// cachedDigest is a keyed digest and what it was made from: the value as
// written, how it is normalized, and the namespace it is hashed in.
type cachedDigest struct {
	namespace, country, value string
	kind                      pseudo.Kind
	d                         [32]byte
}

// digestSlots is how many digests a worker remembers (a power of two); a
// value's slot is chosen by its hash, and a newer value takes it over.
const digestSlots = 2048

// maxCachedValue is the longest value whose digest is remembered: longer
// ones are not identifiers that recur, and would hold memory.
const maxCachedValue = 256

// digest returns the keyed digest of value normalized as kind, remembered
// when value was hashed lately.
func (c *Context) digest(namespace string, kind pseudo.Kind, value, country string) [32]byte {
	if len(value) > maxCachedValue {
		return c.pseudonym().Digest(namespace, pseudo.Normalize(kind, value, country))
	}
	if c.digests == nil {
		c.digests = new([digestSlots]cachedDigest)
		c.seed = maphash.MakeSeed()
	}
	h := maphash.String(c.seed, value) ^ uint64(len(kind))<<56 ^ uint64(len(namespace))<<48
	if namespace != "" {
		h ^= uint64(namespace[0]) << 40
	}
	if kind != "" {
		h ^= uint64(kind[0]) << 32
	}
	e := &c.digests[h&(digestSlots-1)]
	if len(e.value) == len(value) && e.value == value && e.kind == kind && e.namespace == namespace && e.country == country {
		return e.d
	}
	d := c.pseudonym().Digest(namespace, pseudo.Normalize(kind, value, country))
	// a copy, not a view that would keep a whole input buffer alive
	*e = cachedDigest{namespace: namespace, country: country, value: strings.Clone(value), kind: kind, d: d}
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
