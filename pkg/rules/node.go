package rules

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"gopkg.in/yaml.v3"
)

// decoder walks a YAML node tree and collects positioned errors.
type decoder struct {
	file string
	errs ErrorList
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	e := &Error{File: d.file, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	d.errs = append(d.errs, e)
}

// entry is one key of a mapping with its value.
type entry struct {
	key, val *yaml.Node
}

// mapping returns the entries of a mapping node by key, reporting duplicate
// keys and keys not in allowed (with a did-you-mean).
func (d *decoder) mapping(n *yaml.Node, what string, allowed []string) (map[string]entry, bool) {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping", what)
		return nil, false
	}
	out := make(map[string]entry, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "%s: keys must be plain names", what)
			continue
		}
		if prev, dup := out[k.Value]; dup {
			d.errorf(k, "%s: key %q is repeated (first at line %d)", what, k.Value, prev.key.Line)
			continue
		}
		if !slices.Contains(allowed, k.Value) {
			d.errorf(k, "%s: unknown key %q%s", what, k.Value, suggest(k.Value, allowed))
			continue
		}
		out[k.Value] = entry{k, v}
	}
	return out, true
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func (d *decoder) scalar(n *yaml.Node, what string) (*yaml.Node, bool) {
	n = resolve(n)
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s must be a single value", what)
		return nil, false
	}
	return n, true
}

func (d *decoder) str(n *yaml.Node, what string) (string, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return "", false
	}
	if s.Tag == "!!null" {
		d.errorf(s, "%s must not be empty", what)
		return "", false
	}
	return s.Value, true
}

func (d *decoder) integer(n *yaml.Node, what string, lo, hi int) (int, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(s.Value)
	if err != nil || v < lo || v > hi {
		d.errorf(s, "%s must be a whole number from %d to %d", what, lo, hi)
		return 0, false
	}
	return v, true
}

func (d *decoder) number(n *yaml.Node, what string) (float64, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(s.Value, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		d.errorf(s, "%s must be a number", what)
		return 0, false
	}
	return v, true
}

func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return false, false
	}
	var b bool
	if s.Tag != "!!bool" || s.Decode(&b) != nil {
		d.errorf(s, "%s must be true or false", what)
		return false, false
	}
	return b, true
}

func (d *decoder) oneOf(n *yaml.Node, what string, choices []string) (string, bool) {
	s, ok := d.str(n, what)
	if !ok {
		return "", false
	}
	if !slices.Contains(choices, s) {
		d.errorf(n, "%s: unknown value %q%s; expected one of %v", what, s, suggest(s, choices), choices)
		return "", false
	}
	return s, true
}

// seq returns the items of a sequence node.
func (d *decoder) seq(n *yaml.Node, what string) ([]*yaml.Node, bool) {
	n = resolve(n)
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a list", what)
		return nil, false
	}
	return n.Content, true
}

func (d *decoder) strList(n *yaml.Node, what string) ([]string, []*yaml.Node, bool) {
	items, ok := d.seq(n, what)
	if !ok {
		return nil, nil, false
	}
	out := make([]string, 0, len(items))
	nodes := make([]*yaml.Node, 0, len(items))
	for _, it := range items {
		if s, ok := d.str(it, what+" item"); ok {
			out = append(out, s)
			nodes = append(nodes, it)
		}
	}
	return out, nodes, true
}
