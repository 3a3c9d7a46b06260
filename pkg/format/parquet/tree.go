package parquet

import (
	"fmt"

	"github.com/deidtool/deid/pkg/record"
	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// shape is how a schema node maps onto record values.
type shape uint8

const (
	shapeLeaf  shape = iota // a scalar
	shapeGroup              // a map of the group's fields
	shapeList               // a LIST-annotated group: a list
	shapeMap                // a MAP-annotated group: a map keyed by the key column
)

// node is one node of a Parquet schema with its levels, as the record
// assembler and shredder walk it.
type node struct {
	name     string
	pn       pq.Node
	shape    shape
	optional bool
	repeated bool
	def, rep int // maximum definition and repetition levels at this node
	children []*node
	// For shapeList and shapeMap: the repeated child; for shapeList the
	// element node (the repeated child itself in the 2-level layout, else
	// its only child); for shapeMap the key and value nodes.
	rpt, elem, key, value *node
	col                   int // leaf: column index
	first                 int // first leaf column under the node
	last                  int // one past the last leaf column under the node
	codec                 *leafCodec
	path                  string // dotted path for messages ("messages[].text")
	// For schemas inferred from CSV or JSONL: the leaf takes any value as
	// JSON text, or reads an empty string as null.
	anyAsJSON, emptyIsNull bool
	// omitted: a top-level field the reader leaves unread (Reader.Omit)
	omitted bool
}

// buildTree walks a schema root into nodes, numbering leaves in schema order
// as Parquet does.
func buildTree(root pq.Node) (*node, error) {
	col := 0
	var walk func(name string, pn pq.Node, parent *node) (*node, error)
	walk = func(name string, pn pq.Node, parent *node) (*node, error) {
		n := &node{name: name, pn: pn, optional: pn.Optional(), repeated: pn.Repeated(), first: col}
		if parent != nil {
			n.def, n.rep = parent.def, parent.rep
			if n.optional || n.repeated {
				n.def++
			}
			if n.repeated {
				n.rep++
			}
		}
		if pn.Leaf() {
			n.shape, n.col = shapeLeaf, col
			col++
			n.last = col
			c, err := codecFor(pn.Type())
			if err != nil {
				return nil, fmt.Errorf("column %s: %w", record.QuoteName(name), err)
			}
			n.codec = c
			return n, nil
		}
		n.shape = shapeGroup
		if lt := groupLogical(pn); lt != nil {
			switch lt.Value.(type) {
			case *format.ListType:
				n.shape = shapeList
			case *format.MapType:
				n.shape = shapeMap
			}
		}
		fields := pn.Fields()
		if len(fields) == 0 {
			return nil, fmt.Errorf("group %s has no fields", record.QuoteName(name))
		}
		for _, f := range fields {
			c, err := walk(f.Name(), f, n)
			if err != nil {
				return nil, err
			}
			n.children = append(n.children, c)
		}
		n.last = col
		switch n.shape {
		case shapeList:
			if len(n.children) != 1 || !n.children[0].repeated {
				n.shape = shapeGroup // not a valid LIST: read it as the group it is
				break
			}
			r := n.children[0]
			n.rpt, n.elem = r, r
			// Backward-compatibility rules of the Parquet LIST spec: the
			// repeated node is the element unless it is a group of one
			// field that is not named "array" or "<list>_tuple".
			if r.shape == shapeGroup && len(r.children) == 1 && r.name != "array" && r.name != n.name+"_tuple" {
				n.elem = r.children[0]
			}
		case shapeMap:
			if len(n.children) != 1 || !n.children[0].repeated || len(n.children[0].children) < 1 {
				n.shape = shapeGroup
				break
			}
			r := n.children[0]
			n.rpt, n.key = r, r.children[0]
			if n.key.shape != shapeLeaf {
				return nil, fmt.Errorf("map %s: its key is not a leaf", record.QuoteName(name))
			}
			if len(r.children) > 1 {
				n.value = r.children[1]
			}
		}
		return n, nil
	}
	top, err := walk("", root, nil)
	if err != nil {
		return nil, err
	}
	top.shape = shapeGroup
	top.assignPaths(nil)
	return top, nil
}

// assignPaths sets the record path of n and the nodes under it: list
// elements add "[]" (a bare repeated field is a list too), map values "*".
func (n *node) assignPaths(segs []string) {
	n.path = record.JoinTokens(segs)
	sub := func(seg string) []string { return append(segs[:len(segs):len(segs)], seg) }
	switch n.shape {
	case shapeList:
		n.rpt.path = n.path
		n.elem.assignPaths(sub(record.ListSuffix))
	case shapeMap:
		n.rpt.path, n.key.path = n.path, n.path
		if n.value != nil {
			n.value.assignPaths(sub("*"))
		}
	case shapeGroup:
		for _, c := range n.children {
			cs := sub(c.name)
			if c.repeated {
				cs = append(cs, record.ListSuffix)
			}
			c.assignPaths(cs)
		}
	}
}

func joinPath(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// groupLogical returns a group node's LIST or MAP annotation, from the logical
// type or the legacy converted type.
func groupLogical(pn pq.Node) (lt *format.LogicalType) {
	defer func() {
		if recover() != nil {
			lt = nil
		}
	}()
	return pn.Type().LogicalType()
}

// leaves lists the leaf nodes under n in column order.
func (n *node) leaves(dst []*node) []*node {
	if n.shape == shapeLeaf {
		return append(dst, n)
	}
	for _, c := range n.children {
		dst = c.leaves(dst)
	}
	return dst
}
