package transform

import (
	"errors"
	"fmt"
	"strings"

	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
)

// FieldError is an operator's failure on one field of a record. Err never
// contains the value.
type FieldError struct {
	Path string
	Err  error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("field %s: %v", record.QuoteName(e.Path), e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// Applier applies a Plan to records, one at a time. It caches the decision
// for every field path it meets and counts what it does. Each worker
// goroutine needs its own Applier.
type Applier struct {
	plan  *Plan
	ctx   *Context
	root  *node
	stats *Stats
}

// node caches the plan's decision for one field path.
type node struct {
	segs     []string
	path     string // as shown in errors and counts (safePath)
	decision decision
	stats    *FieldStats
	children map[string]*node
	elem     *node
}

// NewApplier returns an Applier for p; key may be nil if !p.NeedsKey().
func (p *Plan) NewApplier(key *pseudo.Key) *Applier {
	return &Applier{
		plan:  p,
		ctx:   NewContext(key),
		root:  &node{decision: decision{descend: true, rule: -1, inherit: -1}},
		stats: newStats(p),
	}
}

// Stats returns the counts so far. The Applier keeps updating them.
func (a *Applier) Stats() *Stats { return a.stats }

// Apply transforms rec in place. It returns false when a row rule drops the
// record. Errors are *FieldError values naming the field.
func (a *Applier) Apply(rec *record.Record) (bool, error) {
	a.stats.Records++
	for i := range a.plan.Rows {
		if a.plan.Rows[i].Holds(rec) {
			a.stats.RowsDropped[i]++
			if a.plan.Rows[i].Blank {
				for j := range rec.Fields {
					rec.Fields[j].Value = record.Null()
				}
				a.stats.Kept++
				return true, nil
			}
			return false, nil
		}
	}
	a.ctx.subjects = a.ctx.subjects[:0]
	for _, path := range a.plan.subjects {
		v, _ := rec.Lookup(path)
		s := ""
		if v.IsScalar() && v.Kind != record.KindNull {
			s = v.Str
		}
		a.ctx.subjects = append(a.ctx.subjects, s)
	}
	if len(a.plan.Known) > 0 {
		a.ctx.collectKnown(a.plan.Known, rec)
	}
	for _, name := range rec.Omitted {
		if err := a.omitted(name); err != nil {
			return false, err
		}
	}
	if len(a.plan.Limits) > 0 {
		if a.ctx.perRec == nil {
			a.ctx.perRec = map[string]int{}
		}
		clear(a.ctx.perRec)
	}
	fields, err := a.applyFields(a.root, rec.Fields)
	if err != nil {
		return false, err
	}
	rec.Fields = fields
	for i, lim := range a.plan.Limits {
		if a.ctx.perRec[lim.Entity] > lim.Max {
			a.stats.LimitHits[i]++
			if lim.Drop {
				return false, nil
			}
		}
	}
	if r := a.plan.Risk; r != nil {
		c := r.Key(rec)
		if a.plan.Suppress[c] {
			a.stats.Suppressed++
			return false, nil
		}
		if a.stats.Classes == nil {
			a.stats.Classes = map[ClassKey]int64{}
		}
		a.stats.Classes[c]++
	}
	a.stats.Kept++
	return true, nil
}

// omitted counts a top-level field the reader left out (Plan.Unread) as
// dropped, as applyValue would have.
func (a *Applier) omitted(name string) error {
	n := a.child(a.root, name)
	d := n.decision
	switch {
	case d.descend, d.rule >= 0 && a.plan.Fields[d.rule].Action != ActionDrop, d.rule < 0 && a.plan.Default != DefaultDrop:
		return &FieldError{Path: pathOf(n), Err: errors.New("the reader left the field out, but the rules do not drop it")}
	}
	if d.rule >= 0 {
		a.stats.RuleMatched[d.rule] = true
	}
	n.stats.Dropped++
	return nil
}

// applyFields filters and transforms the fields of a record or map in place.
func (a *Applier) applyFields(parent *node, fields []record.Field) ([]record.Field, error) {
	out := fields[:0]
	for _, f := range fields {
		n := a.child(parent, f.Name)
		keep, err := a.applyValue(n, &f.Value)
		if err != nil {
			return nil, err
		}
		if keep {
			out = append(out, f)
		}
	}
	clear(fields[len(out):])
	return out, nil
}

// applyValue applies n's decision to v; it returns false if v is dropped.
func (a *Applier) applyValue(n *node, v *record.Value) (bool, error) {
	d := n.decision
	if d.descend {
		switch v.Kind {
		case record.KindMap:
			fields, err := a.applyFields(n, v.Map)
			if err != nil {
				return false, err
			}
			v.Map, v.Raw = fields, nil
			n.stats.kinds |= 1 << record.KindMap
			return true, nil
		case record.KindList:
			e := a.elem(n)
			out := v.List[:0]
			for i := range v.List {
				keep, err := a.applyValue(e, &v.List[i])
				if err != nil {
					return false, err
				}
				if keep {
					out = append(out, v.List[i])
				}
			}
			v.List, v.Raw = out, nil
			n.stats.kinds |= 1 << record.KindList
			return true, nil
		}
		// A scalar where rules expected a container: nothing names it.
		d = decision{rule: d.inherit}
	}
	if d.rule < 0 {
		return a.applyDefault(n, v)
	}
	rule := &a.plan.Fields[d.rule]
	a.stats.RuleMatched[d.rule] = true
	switch rule.Action {
	case ActionDrop:
		n.stats.Dropped++
		return false, nil
	case ActionKeep:
		a.count(n, *v)
		return true, nil
	}
	if err := a.applyOp(n, rule.Op, v); err != nil {
		return false, &FieldError{Path: pathOf(n), Err: err}
	}
	return true, nil
}

func (a *Applier) applyDefault(n *node, v *record.Value) (bool, error) {
	switch a.plan.Default {
	case DefaultKeep:
		a.count(n, *v)
		return true, nil
	case DefaultFail:
		return false, &FieldError{Path: pathOf(n), Err: record.ErrUnexpectedField}
	default:
		n.stats.Dropped++
		return false, nil
	}
}

// applyOp runs op on v, or on every scalar inside v.
func (a *Applier) applyOp(n *node, op Operator, v *record.Value) error {
	switch v.Kind {
	case record.KindNull:
		n.stats.Nulls++
		n.stats.kinds |= 1 << record.KindNull
		return nil
	case record.KindList:
		for i := range v.List {
			if err := a.applyOp(n, op, &v.List[i]); err != nil {
				return err
			}
		}
		v.Raw = nil
		return nil
	case record.KindMap:
		for i := range v.Map {
			if err := a.applyOp(n, op, &v.Map[i].Value); err != nil {
				return err
			}
		}
		v.Raw = nil
		return nil
	}
	n.stats.Values++
	if v.Kind == record.KindString && strings.TrimSpace(v.Str) == "" {
		n.stats.kinds |= 1 << record.KindString
		return nil // an empty cell holds nothing to protect and nothing to parse
	}
	a.ctx.stats = n.stats
	out, err := op.Apply(a.ctx, *v)
	if err != nil {
		return err
	}
	if out.Kind != v.Kind || out.Str != v.Str {
		n.stats.Changed++
		*v = out
	}
	n.stats.kinds |= 1 << v.Kind
	return nil
}

// count records a kept value (or container) in n's counts.
func (a *Applier) count(n *node, v record.Value) {
	if v.Kind == record.KindNull {
		n.stats.Nulls++
	} else {
		n.stats.Values++
	}
	n.stats.kinds |= 1 << v.Kind
}

// maxChildren bounds the cached field names under one map: maps keyed by
// data (ids, emails) would otherwise grow the cache and the counts without
// limit. Past it, decisions are made afresh and counted under "parent.*".
const maxChildren = 1024

func (a *Applier) child(parent *node, name string) *node {
	if n, ok := parent.children[name]; ok {
		return n
	}
	// The node outlives the record: a copy, not a view that would keep the
	// input's read buffer alive for the rest of the run.
	name = strings.Clone(name)
	segs := append(append([]string(nil), parent.segs...), name)
	if len(parent.children) >= maxChildren {
		return a.newNode(segs, parent.decision.inherit, true)
	}
	n := a.newNode(segs, parent.decision.inherit, false)
	if parent.children == nil {
		parent.children = map[string]*node{}
	}
	parent.children[name] = n
	return n
}

func (a *Applier) elem(list *node) *node {
	if list.elem == nil {
		segs := append(append([]string(nil), list.segs...), record.ListSuffix)
		list.elem = a.newNode(segs, list.decision.inherit, false)
	}
	return list.elem
}

func (a *Applier) newNode(segs []string, inherited int, overflow bool) *node {
	n := &node{segs: segs, decision: a.plan.decide(segs, inherited)}
	n.path = safePath(segs, overflow)
	path := n.path
	st, ok := a.stats.Fields[path]
	if !ok {
		st = &FieldStats{Path: path}
		switch d := n.decision; {
		case d.descend:
			st.Action = "descend"
		case d.rule < 0:
			st.Action = string(a.plan.Default) + " (default)"
		default:
			st.Action = a.plan.Fields[d.rule].Action
			st.Rule = a.plan.Fields[d.rule].Selector.String()
		}
		a.stats.Fields[path] = st
	}
	n.stats = st
	return n
}

func pathOf(n *node) string { return n.path }

// safePath is the path of a field as errors and the manifest show it: a
// segment that looks like data rather than a name (it holds an '@', six or
// more digits, or is very long) is shown as "*", and so is the last segment
// of an overflow node. Field names of maps keyed by emails or ids never
// reach a message this way.
func safePath(segs []string, overflow bool) string {
	out := segs
	for i, seg := range segs {
		if overflow && i == len(segs)-1 || record.LooksLikeData(seg) {
			if &out[0] == &segs[0] {
				out = append([]string(nil), segs...)
			}
			out[i] = "*"
		}
	}
	return record.JoinTokens(out)
}

func kindName(k uint8) string { return record.Kind(k).String() }
