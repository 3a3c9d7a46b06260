package transform

import (
	"errors"
	"strings"

	"github.com/deidtool/deid/pkg/record"
)

// Default is what happens to a field that no rule names.
type Default string

// The defaults.
const (
	DefaultDrop Default = "drop" // minimization: unnamed fields are removed
	DefaultKeep Default = "keep" // unnamed fields pass through unchanged
	DefaultFail Default = "fail" // an unnamed field stops the run
)

// Action names for FieldRule.Action besides an operator's Name.
const (
	ActionKeep = "keep"
	ActionDrop = "drop"
)

// FieldRule applies one action to the fields its selector names. Op is nil
// for ActionKeep and ActionDrop. A rule that names a list or a map applies to
// the whole of it: keep and drop to the container, operators to every scalar
// inside.
type FieldRule struct {
	Selector Selector
	Action   string
	Op       Operator
}

// Limit is a record-level policy on detections: when the scanned fields of
// one record hold more than Max spans of Entity, the record is dropped (Drop)
// or only counted as flagged.
type Limit struct {
	Entity string
	Max    int
	Drop   bool
	Reason string
}

// Plan is a compiled rule file: immutable, shared by every worker.
type Plan struct {
	Default Default
	Fields  []FieldRule
	Rows    []RowRule
	// Known are the fields whose values scan looks for in the record's text.
	Known []KnownSource
	// Limits drop or flag records whose scanned text holds too many
	// entities of one type.
	Limits []Limit
	// Risk, when set, counts equivalence classes of quasi-identifiers.
	Risk *Risk
	// Suppress holds the classes to drop (the second pass of a run with
	// Risk.Suppress); nil otherwise.
	Suppress map[ClassKey]bool
	exact    map[string]int // selector text -> index in Fields, non-glob only
	subjects [][]string     // distinct date-shift subject paths
	needsKey bool
}

// NewPlan checks and indexes the rules. Exact selectors take precedence over
// globs; among globs the first in file order wins.
func NewPlan(def Default, fields []FieldRule, rows []RowRule) (*Plan, error) {
	switch def {
	case DefaultDrop, DefaultKeep, DefaultFail:
	default:
		return nil, errors.New("default must be drop, keep or fail")
	}
	p := &Plan{Default: def, Fields: fields, Rows: rows, exact: map[string]int{}}
	subjectIdx := map[string]int{}
	for i := range p.Fields {
		f := &p.Fields[i]
		if !f.Selector.IsGlob() {
			if _, dup := p.exact[f.Selector.String()]; dup {
				return nil, errors.New("field " + record.QuoteName(f.Selector.String()) + " is named twice")
			}
			p.exact[f.Selector.String()] = i
		}
		switch op := f.Op.(type) {
		case Pseudonymize, Encrypt:
			p.needsKey = true
		case Scan:
			for _, eo := range op.Entities {
				switch eo.(type) {
				case Pseudonymize, Encrypt:
					p.needsKey = true
				}
			}
		case DateShift:
			p.needsKey = true
			idx, ok := subjectIdx[op.Subject]
			if !ok {
				idx = len(p.subjects)
				subjectIdx[op.Subject] = idx
				p.subjects = append(p.subjects, strings.Split(op.Subject, "."))
			}
			op.subject = idx
			f.Op = op
		}
	}
	return p, nil
}

// NeedsKey reports whether any operator of the plan is keyed.
func (p *Plan) NeedsKey() bool { return p.needsKey }

// decision is what the plan does with the field at one path.
type decision struct {
	rule    int  // index in Fields, or -1 for the default
	descend bool // a rule names something inside: look at the children
	inherit int  // for descend: the rule unnamed children fall back to, or -1
}

// decide resolves the action for the field at segs. inherited is the rule
// that named an ancestor when the walk descended past it, or -1.
func (p *Plan) decide(segs []string, inherited int) decision {
	if i, ok := p.exact[record.JoinTokens(segs)]; ok {
		return decision{rule: i}
	}
	glob := -1
	for i := range p.Fields {
		if s := p.Fields[i].Selector; s.IsGlob() && s.Match(segs) {
			glob = i
			break
		}
	}
	fallback := inherited
	if glob >= 0 {
		fallback = glob
	}
	for i := range p.Fields {
		if s := p.Fields[i].Selector; !s.IsGlob() && s.MatchBelow(segs) {
			return decision{descend: true, rule: -1, inherit: fallback}
		}
	}
	if glob >= 0 {
		return decision{rule: glob}
	}
	for i := range p.Fields {
		if s := p.Fields[i].Selector; s.IsGlob() && s.MatchBelow(segs) {
			return decision{descend: true, rule: -1, inherit: fallback}
		}
	}
	return decision{rule: inherited}
}

// Columns decides the fate of flat, top-level columns (a CSV header) before
// any row is read: it returns the columns kept, in order, and marks in
// matched (len(p.Fields)) the rules that named one. Under DefaultFail an
// unnamed column is a *FieldError wrapping record.ErrUnexpectedField.
func (p *Plan) Columns(header []string, matched []bool) ([]string, error) {
	var kept []string
	for _, name := range header {
		d := p.decide([]string{name}, -1)
		if d.descend {
			d = decision{rule: d.inherit}
		}
		if d.rule >= 0 {
			matched[d.rule] = true
			if p.Fields[d.rule].Action != ActionDrop {
				kept = append(kept, name)
			}
			continue
		}
		switch p.Default {
		case DefaultKeep:
			kept = append(kept, name)
		case DefaultFail:
			return nil, &FieldError{Path: name, Err: record.ErrUnexpectedField}
		}
	}
	return kept, nil
}

// Unread reports whether the top-level field called name can be left
// unread: the plan drops it whole, and neither a row rule, a date-shift
// subject, a record value for scan (Known) nor the risk count looks at it.
// A reader may then leave it out of its records (record.Record.Omitted),
// and the Applier counts it as dropped.
func (p *Plan) Unread(name string) bool {
	d := p.decide([]string{name}, -1)
	switch {
	case d.descend:
		return false
	case d.rule >= 0 && p.Fields[d.rule].Action != ActionDrop:
		return false
	case d.rule < 0 && p.Default != DefaultDrop:
		return false
	}
	// reads reports whether path may look at the field: it starts with
	// it (a risk path is split on dots, so a field name with a dot in it
	// is compared as the path's prefix).
	reads := func(path []string) bool {
		return len(path) > 0 && (path[0] == name || strings.HasPrefix(strings.Join(path, "."), name))
	}
	for i := range p.Rows {
		// a blanking rule keeps the record with every field it has
		if p.Rows[i].Blank || reads(p.Rows[i].Field) {
			return false
		}
	}
	for _, s := range p.subjects {
		if reads(s) {
			return false
		}
	}
	for _, k := range p.Known {
		if reads(k.Path) {
			return false
		}
	}
	if p.Risk != nil {
		for _, q := range p.Risk.paths {
			if reads(q) {
				return false
			}
		}
	}
	return true
}

// Fate is what a plan does to the field at one path, decided from the path
// alone, for formats whose schema is known before any record (Parquet).
type Fate struct {
	Rule    int      // the deciding rule, -1 for the default
	Action  string   // ActionKeep, ActionDrop or the operator's name; "" with Descend
	Op      Operator // the operator, nil for keep and drop
	Descend bool     // rules name fields inside: each child has its own fate
	Inherit int      // with Descend: the inherited argument for the children
}

// Fate decides the field at segs as an Applier will: inherited is the
// Inherit of the nearest ancestor that descended (-1 at the top), scalar
// says the field never holds a list or map. Under DefaultFail an unnamed
// field is a *FieldError wrapping record.ErrUnexpectedField.
func (p *Plan) Fate(segs []string, inherited int, scalar bool) (Fate, error) {
	d := p.decide(segs, inherited)
	if d.descend && !scalar {
		return Fate{Rule: -1, Descend: true, Inherit: d.inherit}, nil
	}
	if d.descend {
		d = decision{rule: d.inherit}
	}
	if d.rule >= 0 {
		r := &p.Fields[d.rule]
		return Fate{Rule: d.rule, Action: r.Action, Op: r.Op}, nil
	}
	switch p.Default {
	case DefaultKeep:
		return Fate{Rule: -1, Action: ActionKeep}, nil
	case DefaultFail:
		return Fate{}, &FieldError{Path: record.JoinTokens(segs), Err: record.ErrUnexpectedField}
	}
	return Fate{Rule: -1, Action: ActionDrop}, nil
}
