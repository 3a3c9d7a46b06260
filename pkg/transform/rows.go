package transform

import (
	"regexp"
	"strings"

	"github.com/deidtool/deid/pkg/record"
)

// CondOp is the comparison of a row condition.
type CondOp string

// The row-condition comparisons. A missing or null field equals nothing and
// matches nothing; it is empty.
const (
	CondEquals     CondOp = "equals"
	CondNotEquals  CondOp = "not_equals"
	CondIn         CondOp = "in"
	CondNotIn      CondOp = "not_in"
	CondEmpty      CondOp = "empty"
	CondNotEmpty   CondOp = "not_empty"
	CondMatches    CondOp = "matches"
	CondNotMatches CondOp = "not_matches"
)

// RowRule drops a whole record when its condition holds on the input record
// (before any field operator). Dropped records are counted by Reason.
type RowRule struct {
	Field      []string // map path of the field, e.g. ["consent"]
	Op         CondOp
	Values     []string       // for equals / not_equals (one) and in / not_in
	Regexp     *regexp.Regexp // for matches / not_matches
	IgnoreCase bool
	Reason     string
	// Func, when set, is the condition instead (erasure requests); it may
	// be called concurrently.
	Func func(record.Value) bool
	// Blank keeps a matching record with every field null instead of
	// dropping it.
	Blank bool
}

// Holds reports whether the rule's condition is true for rec.
func (r *RowRule) Holds(rec *record.Record) bool {
	v, ok := rec.Lookup(r.Field)
	if r.Func != nil {
		return ok && v.IsScalar() && v.Kind != record.KindNull && r.Func(v)
	}
	present := ok && v.Kind != record.KindNull && v.IsScalar()
	s := v.Str
	switch r.Op {
	case CondEmpty:
		return !present || s == ""
	case CondNotEmpty:
		return present && s != ""
	case CondMatches:
		return present && r.Regexp.MatchString(s)
	case CondNotMatches:
		return !present || !r.Regexp.MatchString(s)
	}
	in := false
	if present {
		for _, want := range r.Values {
			if s == want || (r.IgnoreCase && strings.EqualFold(s, want)) {
				in = true
				break
			}
		}
	}
	switch r.Op {
	case CondEquals, CondIn:
		return in
	default: // not_equals, not_in
		return !in
	}
}
