package parquet

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/deidtool/deid/pkg/record"
	pq "github.com/parquet-go/parquet-go"
)

// ErrNotInSchema is wrapped by the error for a record field the output
// schema has no column for (a field that first appears after the sample a
// schema was inferred from).
var ErrNotInSchema = errors.New("field is not in the Parquet output schema")

// FieldError is a record's value that does not fit the output schema.
type FieldError struct {
	Path string
	Err  error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("field %s: %v", record.QuoteName(e.Path), e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// WriterOptions configures a Writer.
type WriterOptions struct {
	// Compression names the default codec: "snappy" (the default), "zstd",
	// "gzip", "lz4", "none". Columns of a derived schema carry their own.
	Compression string
	// RowGroupRows caps the rows of one row group; 0 means the library
	// default.
	RowGroupRows int64
	// FlushAfter lists record numbers (Record.Line) after which a row group
	// ends: the input's row group ends, so output row groups line up.
	FlushAfter []int64
	// Metadata is written as the file's key/value metadata.
	Metadata [][2]string
}

// Writer writes records as the rows of a Parquet file.
type Writer struct {
	w       *pq.Writer
	tree    *node
	sh      shredder
	pool    sync.Pool // of *shredder, for Prepare
	ncols   int
	pending []pq.Row
	flushAt []int64
}

// codecByName is the writer option for a --parquet-compression name.
func codecByName(name string) (pq.WriterOption, error) {
	c, err := compressionCodec(name)
	if err != nil {
		return nil, err
	}
	return pq.Compression(c), nil
}

// NewWriter starts a Parquet file with schema s on out.
func NewWriter(out io.Writer, s *Schema, opts WriterOptions) (w *Writer, err error) {
	defer recoverInto(&err, func(e error) error { return fmt.Errorf("parquet writer: %w", e) })
	tree, err := buildTree(s.s)
	if err != nil {
		return nil, err
	}
	name := opts.Compression
	if name == "" {
		name = "snappy"
	}
	codec, err := codecByName(name)
	if err != nil {
		return nil, err
	}
	options := []pq.WriterOption{s.s, codec, pq.PageBufferSize(1 << 20)}
	if opts.RowGroupRows > 0 {
		options = append(options, pq.MaxRowsPerRowGroup(opts.RowGroupRows))
	}
	for _, kv := range opts.Metadata {
		options = append(options, pq.KeyValueMetadata(kv[0], kv[1]))
	}
	ncols := len(s.s.Columns())
	return &Writer{w: pq.NewWriter(out, options...), tree: tree, flushAt: opts.FlushAfter, ncols: ncols,
		sh: shredder{cols: make([][]pq.Value, ncols)}}, nil
}

// Prepare turns a record into a row; it may run concurrently with itself
// and with WritePrepared (the pipeline calls it in its workers).
func (w *Writer) Prepare(rec *record.Record) (row any, err error) {
	defer recoverInto(&err, func(e error) error { return fmt.Errorf("parquet writer: %w", e) })
	sh, _ := w.pool.Get().(*shredder)
	if sh == nil {
		sh = &shredder{cols: make([][]pq.Value, w.ncols)}
	}
	defer w.pool.Put(sh)
	r, err := sh.row(w.tree, rec.Fields)
	if err != nil {
		return nil, err
	}
	return r, nil
}

// WritePrepared adds a record Prepare turned into a row.
func (w *Writer) WritePrepared(rec *record.Record, row any) (err error) {
	r, ok := row.(pq.Row)
	if !ok {
		return w.Write(rec)
	}
	defer recoverInto(&err, func(e error) error { return fmt.Errorf("parquet writer: %w", e) })
	return w.add(rec.Line, r)
}

// Write adds one record. Errors are *FieldError values for a value that does
// not fit its column; they never hold the value.
func (w *Writer) Write(rec *record.Record) (err error) {
	defer recoverInto(&err, func(e error) error { return fmt.Errorf("parquet writer: %w", e) })
	row, err := w.sh.row(w.tree, rec.Fields)
	if err != nil {
		return err
	}
	return w.add(rec.Line, row)
}

// add queues a row, first ending the row group when the input's ended
// before this record.
func (w *Writer) add(line int64, row pq.Row) error {
	for len(w.flushAt) > 0 && line > w.flushAt[0] {
		w.flushAt = w.flushAt[1:]
		if err := w.flush(true); err != nil {
			return err
		}
	}
	w.pending = append(w.pending, row)
	if len(w.pending) >= rowsPerRead {
		return w.flush(false)
	}
	return nil
}

// flush hands the pending rows to the library, and ends the row group when
// group is set.
func (w *Writer) flush(group bool) error {
	if len(w.pending) > 0 {
		if _, err := w.w.WriteRows(w.pending); err != nil {
			return fmt.Errorf("parquet writer: %w", scrub(err))
		}
		clear(w.pending)
		w.pending = w.pending[:0]
	}
	if group {
		if err := w.w.Flush(); err != nil {
			return fmt.Errorf("parquet writer: %w", scrub(err))
		}
	}
	return nil
}

// Flush writes the last rows and the footer; the Writer is done after it.
func (w *Writer) Flush() (err error) {
	defer recoverInto(&err, func(e error) error { return fmt.Errorf("parquet writer: %w", e) })
	if err := w.flush(false); err != nil {
		return err
	}
	if err := w.w.Close(); err != nil {
		return fmt.Errorf("parquet writer: %w", scrub(err))
	}
	return nil
}

// shredder turns record fields into one flat row of leaf values.
type shredder struct {
	cols [][]pq.Value
}

func (s *shredder) row(root *node, fields []record.Field) (pq.Row, error) {
	for c := range s.cols {
		s.cols[c] = s.cols[c][:0]
	}
	if err := s.fields(root, fields, 0); err != nil {
		return nil, err
	}
	n := 0
	for _, c := range s.cols {
		n += len(c)
	}
	row := make(pq.Row, 0, n)
	for _, c := range s.cols {
		row = append(row, c...)
	}
	return row, nil
}

// nulls writes the one value each leaf under n gets when n is null or an
// empty list, at definition level def.
func (s *shredder) nulls(n *node, rep, def int) {
	for c := n.first; c < n.last; c++ {
		s.cols[c] = append(s.cols[c], pq.NullValue().Level(rep, def, c))
	}
}

// value writes one instance of n (n's own repetition is the caller's).
func (s *shredder) value(n *node, v record.Value, rep int) error {
	if v.Kind == record.KindNull || n.emptyIsNull && v.Kind == record.KindString && v.Str == "" {
		if n.optional {
			s.nulls(n, rep, n.def-1)
			return nil
		}
		return &FieldError{Path: n.path, Err: errRequiredNull}
	}
	return s.inst(n, v, rep)
}

func (s *shredder) inst(n *node, v record.Value, rep int) error {
	switch n.shape {
	case shapeLeaf:
		if v.Kind == record.KindNull {
			return &FieldError{Path: n.path, Err: errRequiredNull}
		}
		var pv pq.Value
		var err error
		if n.anyAsJSON {
			pv = pq.ByteArrayValue(record.AppendJSON(nil, v))
		} else {
			pv, err = n.codec.encode(v)
		}
		if err != nil {
			return &FieldError{Path: n.path, Err: err}
		}
		s.cols[n.col] = append(s.cols[n.col], pv.Level(rep, n.def, n.col))
		return nil
	case shapeList:
		if v.Kind != record.KindList {
			return &FieldError{Path: n.path, Err: errors.New("not a list where the column holds a list")}
		}
		return s.list(n.rpt, v.List, rep, func(e record.Value, rep int) error {
			if n.elem == n.rpt {
				return s.inst(n.rpt, e, rep)
			}
			return s.value(n.elem, e, rep)
		})
	case shapeMap:
		if v.Kind != record.KindMap {
			return &FieldError{Path: n.path, Err: errors.New("not a map where the column holds a map")}
		}
		for i, f := range v.Map {
			r := rep
			if i > 0 {
				r = n.rpt.rep
			}
			if err := s.value(n.key, record.String(f.Name), r); err != nil {
				return err
			}
			for _, c := range n.rpt.children[1:] {
				x := record.Null()
				if c == n.value {
					x = f.Value
				}
				if err := s.value(c, x, r); err != nil {
					return err
				}
			}
		}
		if len(v.Map) == 0 {
			s.nulls(n.rpt, rep, n.rpt.def-1)
		}
		return nil
	}
	if v.Kind != record.KindMap {
		return &FieldError{Path: n.path, Err: errors.New("not a map where the column holds a group")}
	}
	return s.fields(n, v.Map, rep)
}

// fields writes the fields of a group instance; fields the schema lacks are
// an error unless they hold nothing.
func (s *shredder) fields(n *node, fields []record.Field, rep int) error {
	used := 0
	for i, c := range n.children {
		v := record.Null()
		// Fields usually come in schema order: look there first.
		if i < len(fields) && fields[i].Name == c.name {
			v, used = fields[i].Value, used+1
		} else {
			for j := range fields {
				if fields[j].Name == c.name {
					v, used = fields[j].Value, used+1
					break
				}
			}
		}
		var err error
		if c.repeated {
			var list []record.Value
			switch v.Kind {
			case record.KindList:
				list = v.List
			case record.KindNull:
			default:
				return &FieldError{Path: c.path, Err: errors.New("not a list where the column is repeated")}
			}
			err = s.list(c, list, rep, func(e record.Value, rep int) error { return s.inst(c, e, rep) })
		} else {
			err = s.value(c, v, rep)
		}
		if err != nil {
			return err
		}
	}
	if used < len(fields) {
		for _, f := range fields {
			if !n.has(f.Name) && !empty(f.Value) {
				return &FieldError{Path: joinPath(n.path, f.Name), Err: ErrNotInSchema}
			}
		}
	}
	return nil
}

func (n *node) has(name string) bool {
	for _, c := range n.children {
		if c.name == name {
			return true
		}
	}
	return false
}

// empty reports whether v holds no scalar at all (null, [], {}).
func empty(v record.Value) bool {
	switch v.Kind {
	case record.KindNull:
		return true
	case record.KindList:
		for _, e := range v.List {
			if !empty(e) {
				return false
			}
		}
		return true
	case record.KindMap:
		for _, f := range v.Map {
			if !empty(f.Value) {
				return false
			}
		}
		return true
	}
	return false
}

// list writes the instances of the repeated node r.
func (s *shredder) list(r *node, elems []record.Value, rep int, elem func(record.Value, int) error) error {
	if len(elems) == 0 {
		s.nulls(r, rep, r.def-1)
		return nil
	}
	for i, e := range elems {
		er := rep
		if i > 0 {
			er = r.rep
		}
		if err := elem(e, er); err != nil {
			return err
		}
	}
	return nil
}
