package parquet

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/deidtool/deid/pkg/record"
	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
)

// Schema is the schema of a Parquet output.
type Schema struct {
	s *pq.Schema
	// Changed reports whether the schema differs from the input's (fields
	// dropped or retyped), so metadata describing the input's schema must
	// not be carried over.
	Changed bool
}

// Fields describes the leaf columns: their record paths and types, in
// column order, as manifests list them.
func (s *Schema) Fields() [][2]string {
	tree, err := buildTree(s.s)
	if err != nil {
		return nil
	}
	var out [][2]string
	for _, l := range tree.leaves(nil) {
		out = append(out, [2]string{l.path, l.codec.name})
	}
	return out
}

// String prints the schema in Parquet's message syntax.
func (s *Schema) String() string { return s.s.String() }

// Fate is what the rules do to the field at one record path.
type Fate struct {
	Drop    bool // the field and everything in it go
	Keep    bool // the field stays as it is
	Descend bool // rules name fields inside: each child has its own fate
	Inherit int  // with Descend: passed to the children's Decide
	// Otherwise an operator transforms every scalar in the field: text
	// columns stay text, others become strings, except that KeepTime
	// keeps timestamp and date columns (generalize writes them back as
	// timestamps).
	KeepTime bool
}

// Decide returns the fate of the field at a record path (list elements are
// "[]" tokens); inherited is the Inherit of the nearest ancestor that
// descended, -1 at the top. scalar says the field holds scalars only.
type Decide func(path []string, inherited int, scalar bool) (Fate, error)

// OutputSchema derives the schema of an output from the input's: fields
// dropped by decide are gone, transformed leaves become strings unless
// they hold text already, and every other column keeps its name, order,
// type, logical type, repetition, encoding and codec. compression, unless
// empty, replaces every column's codec.
func (r *Reader) OutputSchema(decide Decide, compression string) (s *Schema, err error) {
	defer recoverInto(&err, func(e error) error { return fmt.Errorf("derive the Parquet output schema: %w", e) })
	d := &deriver{decide: decide}
	if compression != "" {
		c, err := compressionCodec(compression)
		if err != nil {
			return nil, err
		}
		d.codec = c
	}
	var fields []pq.Field
	for _, c := range r.tree.children {
		f, err := d.field(c, []string{c.name}, -1)
		if err != nil {
			return nil, err
		}
		if f != nil {
			fields = append(fields, f)
		}
	}
	if len(fields) == 0 {
		return nil, errors.New("the rules drop every column, and a Parquet file needs at least one")
	}
	if len(fields) != len(r.tree.children) {
		d.changed = true
	}
	root := &group{Node: r.file.Schema(), fields: fields}
	return &Schema{s: pq.NewSchema(r.file.Schema().Name(), root), Changed: d.changed}, nil
}

type deriver struct {
	decide  Decide
	codec   compress.Codec // nil: each column keeps its own
	changed bool
}

func sub(path []string, seg string) []string { return append(path[:len(path):len(path)], seg) }

// field derives the output field for n, a field of a group, or nil.
func (d *deriver) field(n *node, path []string, inherited int) (pq.Field, error) {
	if n.repeated { // a bare repeated field: a list of instances of n
		f, err := d.decide(path, inherited, false)
		if err != nil {
			return nil, err
		}
		if f.Descend {
			path = sub(path, record.ListSuffix)
			if f, err = d.decide(path, f.Inherit, n.shape == shapeLeaf); err != nil {
				return nil, err
			}
		}
		return d.instance(n, f, path)
	}
	f, err := d.decide(path, inherited, n.shape == shapeLeaf)
	if err != nil {
		return nil, err
	}
	return d.instance(n, f, path)
}

// instance applies fate f to node n.
func (d *deriver) instance(n *node, f Fate, path []string) (pq.Field, error) {
	switch {
	case f.Drop:
		d.changed = true
		return nil, nil
	case f.Keep:
		return d.keep(n), nil
	case !f.Descend || n.shape == shapeLeaf:
		return d.retype(n, f.KeepTime), nil
	}
	switch n.shape {
	case shapeList:
		elemPath := sub(path, record.ListSuffix)
		ef, err := d.decide(elemPath, f.Inherit, n.elem.shape == shapeLeaf)
		if err != nil {
			return nil, err
		}
		e, err := d.instance(n.elem, ef, elemPath)
		if err != nil || e == nil {
			return nil, err
		}
		if n.elem == n.rpt {
			return d.wrap(n, []pq.Field{e}), nil
		}
		return d.wrap(n, []pq.Field{d.wrap(n.rpt, []pq.Field{e})}), nil
	case shapeMap:
		// The keys are data, so the rules inside a map are decided per
		// record; the schema holds whatever they may write only if the
		// values are text already.
		if n.value != nil {
			for _, l := range n.value.leaves(nil) {
				if !l.codec.isString {
					return nil, fmt.Errorf("rules name fields inside the map column %s, whose values are not text; name the whole column",
						record.QuoteName(n.path))
				}
			}
		}
		return d.keep(n), nil
	}
	var kept []pq.Field
	for _, c := range n.children {
		cf, err := d.field(c, sub(path, c.name), f.Inherit)
		if err != nil {
			return nil, err
		}
		if cf != nil {
			kept = append(kept, cf)
		}
	}
	if len(kept) == 0 {
		d.changed = true
		return nil, nil
	}
	if len(kept) != len(n.children) {
		d.changed = true
	}
	return d.wrap(n, kept), nil
}

// keep returns n unchanged but for the leaves' encodings and codecs.
func (d *deriver) keep(n *node) pq.Field {
	if n.shape == shapeLeaf {
		return d.leaf(n, n.pn)
	}
	fields := make([]pq.Field, len(n.children))
	for i, c := range n.children {
		fields[i] = d.keep(c)
	}
	return d.wrap(n, fields)
}

// retype turns the leaves under n into strings, but those holding text (and
// with keepTime, timestamps and dates).
func (d *deriver) retype(n *node, keepTime bool) pq.Field {
	if n.shape != shapeLeaf {
		fields := make([]pq.Field, len(n.children))
		for i, c := range n.children {
			fields[i] = d.retype(c, keepTime)
		}
		return d.wrap(n, fields)
	}
	if n.codec.isString || keepTime && n.codec.isTime {
		return d.leaf(n, n.pn)
	}
	d.changed = true
	s := pq.String()
	switch {
	case n.optional:
		s = pq.Optional(s)
	case n.repeated:
		s = pq.Repeated(s)
	}
	return d.leaf(n, s)
}

// leaf names a leaf node and gives it the input column's dictionary
// encoding and codec (or the chosen codec).
func (d *deriver) leaf(n *node, pn pq.Node) pq.Field {
	// A kept leaf keeps its encoding; the deprecated PLAIN_DICTIONARY is
	// written as RLE_DICTIONARY, and a retyped leaf keeps only the
	// dictionary (its other encodings were for the old type).
	if enc := n.pn.Encoding(); enc != nil {
		if e := enc.Encoding(); e == encodingPlainDictionary || e == encodingRLEDictionary {
			pn = pq.Encoded(pn, &pq.RLEDictionary)
		}
	}
	codec := d.codec
	if codec == nil {
		codec = fast(n.pn.Compression())
	}
	if codec != nil {
		pn = pq.Compressed(pn, codec)
	}
	return &named{Node: pn, name: n.name}
}

// wrap returns a group node like n's with other fields. The library's own
// Group sorts fields by name; this keeps their order.
func (d *deriver) wrap(n *node, fields []pq.Field) pq.Field {
	return &group{Node: n.pn, name: n.name, fields: fields}
}

// named gives a node a field name.
type named struct {
	pq.Node
	name string
}

func (f *named) Name() string                           { return f.name }
func (f *named) Value(base reflect.Value) reflect.Value { return reflect.Value{} }

// group is a group node with its fields in the given order.
type group struct {
	pq.Node
	name   string
	fields []pq.Field
}

func (g *group) Fields() []pq.Field                     { return g.fields }
func (g *group) Name() string                           { return g.name }
func (g *group) Value(base reflect.Value) reflect.Value { return reflect.Value{} }

// compressionCodec returns the codec for a --parquet-compression name.
func compressionCodec(name string) (compress.Codec, error) {
	switch strings.ToLower(name) {
	case "snappy":
		return fastSnappy{}, nil
	case "zstd":
		return &pq.Zstd, nil
	case "gzip":
		return &pq.Gzip, nil
	case "brotli":
		return &pq.Brotli, nil
	case "none", "uncompressed":
		return &pq.Uncompressed, nil
	}
	return nil, fmt.Errorf("unknown Parquet compression %q (snappy, zstd, gzip, brotli, none)", name)
}

// Compressions lists the names compressionCodec accepts.
var Compressions = []string{"snappy", "zstd", "gzip", "brotli", "none"}

var (
	encodingPlainDictionary = pq.PlainDictionary.Encoding()
	encodingRLEDictionary   = pq.RLEDictionary.Encoding()
)
