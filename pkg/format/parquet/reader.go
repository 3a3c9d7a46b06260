package parquet

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/deidtool/deid/pkg/record"
	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// ErrNotParquet is returned by Open for input that is not a Parquet file, or
// whose footer cannot be read.
var ErrNotParquet = errors.New("not a readable Parquet file")

// errCorrupt reports rows whose levels do not fit the schema.
var errCorrupt = errors.New("corrupt row: its repetition and definition levels do not fit the schema")

// rowsPerRead is how many rows one ReadRows call decodes.
const rowsPerRead = 128

// Reader reads the rows of a Parquet file as records, one row group at a
// time. Record.Line is the row's 1-based number in the file.
type Reader struct {
	name       string
	file       *pq.File
	tree       *node
	groups     []pq.RowGroup
	g          int     // current row group
	rows       pq.Rows // open rows of group g, nil between groups
	ended      bool    // rows reached the end of group g
	buf        []pq.Row
	raws       []rawRow  // buf's rows, detached
	n, i       int       // rows in buf, next row of buf
	row        int64     // rows returned so far
	groupStart int64     // rows before group g
	pool       sync.Pool // of *assembler, for Decode
	ncols      int
	err        error // sticky, after a fatal error
	names      map[string]bool
	at         io.ReaderAt // the file, for checkRowGroup
	size       int64
	dec        decoders
	omitted    []string // top-level fields left unread (Omit)
	unread     []bool   // per leaf column: left unread
}

// Open reads the footer of a Parquet file. name is used in errors.
func Open(name string, f io.ReaderAt, size int64) (r *Reader, err error) {
	defer recoverInto(&err, func(e error) error {
		return &record.ParseError{File: name, Err: fmt.Errorf("%w: %v", ErrNotParquet, e)}
	})
	if err := checkFrame(f, size); err != nil {
		return nil, &record.ParseError{File: name, Err: fmt.Errorf("%w: %v", ErrNotParquet, err)}
	}
	pf, err := pq.OpenFile(f, size, pq.SkipBloomFilters(true), pq.SkipPageIndex(true), pq.ReadBufferSize(1<<20))
	if err != nil {
		return nil, &record.ParseError{File: name, Err: fmt.Errorf("%w: %v", ErrNotParquet, scrubQuoted(err, nil))}
	}
	for _, rg := range pf.Metadata().RowGroups {
		for _, cc := range rg.Columns {
			if c := cc.MetaData.Codec; c == format.Lz4 || c == format.Lz4Raw {
				// The library's LZ4 decoder doubles its buffer without end on
				// corrupt data: a damaged page would exhaust memory.
				return nil, &record.ParseError{File: name, Err: fmt.Errorf("%w: LZ4-compressed pages are not read (the decoder cannot bound its memory on damaged data); rewrite the file with snappy, zstd or gzip", ErrNotParquet)}
			}
		}
	}
	tree, err := buildTree(pf.Schema())
	if err != nil {
		return nil, &record.ParseError{File: name, Err: fmt.Errorf("%w: %v", ErrNotParquet, err)}
	}
	ncols := len(pf.Schema().Columns())
	r = &Reader{name: name, file: pf, tree: tree, groups: pf.RowGroups(), buf: make([]pq.Row, rowsPerRead), ncols: ncols,
		at: f, size: size}
	return r, nil
}

// checkFrame checks a file's magic numbers and footer length before the
// library reads the footer: it allocates the length the file claims, so a
// few flipped bytes could otherwise ask for gigabytes.
func checkFrame(f io.ReaderAt, size int64) error {
	if size < 12 {
		return errors.New("too short")
	}
	var head, tail [8]byte
	// A ReaderAt may return io.EOF with a full read at the end of input.
	if n, err := f.ReadAt(head[:4], 0); n < 4 {
		return err
	}
	if n, err := f.ReadAt(tail[:], size-8); n < 8 {
		return err
	}
	if string(head[:4]) != "PAR1" || string(tail[4:]) != "PAR1" {
		return errors.New("no PAR1 magic number at its start and end (encrypted footers are not supported)")
	}
	if n := int64(binary.LittleEndian.Uint32(tail[:4])); n > size-12 {
		return fmt.Errorf("its footer length (%d bytes) exceeds the file", n)
	}
	return nil
}

// Omit leaves the top-level fields for which unread returns true out of
// the records: their columns are neither decompressed nor decoded, and
// each record names them in Omitted. It returns their names. At least one
// field is always read, so that rows can be counted. Call it before the
// first Read or ReadRaw.
func (r *Reader) Omit(unread func(name string) bool) []string {
	if r.rows != nil || r.row > 0 {
		panic("parquet: Omit after the first read")
	}
	var omit []*node
	for _, c := range r.tree.children {
		if unread(c.name) {
			omit = append(omit, c)
		}
	}
	if len(omit) > 0 && len(omit) == len(r.tree.children) {
		omit = omit[1:] // rows are read column by column: keep one
	}
	if len(omit) == 0 {
		return nil
	}
	r.unread = make([]bool, r.ncols)
	for _, c := range omit {
		c.omitted = true
		r.omitted = append(r.omitted, c.name)
		for col := c.first; col < c.last; col++ {
			r.unread[col] = true
		}
	}
	return r.omitted
}

// groupRows opens the rows of row group g, without the columns Omit left
// out.
func (r *Reader) groupRows(g int) pq.Rows {
	rg := r.groups[g]
	if r.unread == nil {
		return rg.Rows()
	}
	var cols []pq.ColumnChunk
	for i, c := range rg.ColumnChunks() {
		if !r.unread[i] {
			cols = append(cols, c)
		}
	}
	return pq.NewRowGroupRowReader(projectedGroup{rg, cols})
}

// projectedGroup is a row group whose rows hold some of its columns: each
// value still carries the index of its column in the file.
type projectedGroup struct {
	pq.RowGroup
	cols []pq.ColumnChunk
}

func (g projectedGroup) ColumnChunks() []pq.ColumnChunk { return g.cols }

// Schema returns the file's schema.
func (r *Reader) Schema() *pq.Schema { return r.file.Schema() }

// Columns describes the file's leaf columns as Schema.Fields does.
func (r *Reader) Columns() [][2]string { return (&Schema{s: r.file.Schema()}).Fields() }

// RowGroupEnds returns, for every row group, the number of the last row it
// holds (1-based, cumulative), for writers that keep row groups aligned.
func (r *Reader) RowGroupEnds() []int64 {
	ends := make([]int64, len(r.groups))
	var n int64
	for i, g := range r.groups {
		n += g.NumRows()
		ends[i] = n
	}
	return ends
}

// Metadata returns the file's key/value metadata in file order.
func (r *Reader) Metadata() [][2]string {
	var kv [][2]string
	for _, e := range r.file.Metadata().KeyValueMetadata {
		kv = append(kv, [2]string{e.Key, e.Value})
	}
	return kv
}

// Codec returns the compression codec of the file's first column chunk, as
// its name ("SNAPPY", "ZSTD", ...); empty for a file without row groups.
func (r *Reader) Codec() string {
	md := r.file.Metadata()
	if len(md.RowGroups) == 0 || len(md.RowGroups[0].Columns) == 0 {
		return ""
	}
	return md.RowGroups[0].Columns[0].MetaData.Codec.String()
}

// Read returns the next row as a record, or io.EOF after the last one.
// Errors name the file, the row and its row group.
func (r *Reader) Read() (*record.Record, error) {
	raw, err := r.ReadRaw()
	if err != nil {
		return nil, err
	}
	return r.Decode(raw)
}

// rawRow is a row copied out of the library's buffers, with its number and
// row group.
type rawRow struct {
	row   pq.Row
	line  int64
	group int
}

// ReadRaw returns the next row, copied out of the library's buffers, for
// Decode; io.EOF after the last one. With Decode it lets the pipeline
// assemble records in its workers.
func (r *Reader) ReadRaw() (raw any, err error) {
	if r.err != nil {
		return nil, r.err
	}
	defer recoverInto(&err, func(e error) error { return r.fatal(fmt.Errorf("%w: %v", errCorrupt, r.scrub(e))) })
	for r.i >= r.n {
		if r.ended || r.rows == nil {
			if r.rows != nil {
				r.rows.Close()
				r.rows, r.ended = nil, false
				if got, want := r.row-r.groupStart, r.groups[r.g].NumRows(); got != want {
					return nil, r.fatal(fmt.Errorf("the row group holds %d rows, its footer says %d", got, want))
				}
				r.g++
				r.groupStart = r.row
			}
			if r.g >= len(r.groups) {
				return nil, io.EOF
			}
			if err := r.checkRowGroup(r.g); err != nil {
				return nil, r.fatal(err)
			}
			r.rows = r.groupRows(r.g)
		}
		n, err := r.rows.ReadRows(r.buf)
		r.n, r.i = n, 0
		r.raws = detach(r.buf[:n])
		if err == io.EOF {
			r.ended = true
		} else if err != nil {
			return nil, r.fatal(err)
		}
	}
	rr := &r.raws[r.i]
	r.i++
	r.row++
	rr.line, rr.group = r.row, r.g
	return rr, nil
}

// detach copies rows' values and their bytes into memory of their own (one
// allocation for all the values and one for all the bytes), since the
// library reuses its buffers, and returns them as raw rows.
func detach(rows []pq.Row) []rawRow {
	size, count := 0, 0
	for _, row := range rows {
		count += len(row)
		for _, v := range row {
			if !v.IsNull() {
				if k := v.Kind(); k == pq.ByteArray || k == pq.FixedLenByteArray || k == pq.Int96 {
					size += len(v.ByteArray())
				}
			}
		}
	}
	arena := make([]byte, 0, size)
	values := make([]pq.Value, count)
	raws := make([]rawRow, len(rows))
	for ri, row := range rows {
		out := values[:len(row):len(row)]
		values = values[len(row):]
		for i, v := range row {
			out[i] = v
			if v.IsNull() {
				continue
			}
			switch v.Kind() {
			case pq.ByteArray, pq.FixedLenByteArray:
				start := len(arena)
				arena = append(arena, v.ByteArray()...)
				b := arena[start:len(arena):len(arena)]
				nv := pq.ByteArrayValue(b)
				if v.Kind() == pq.FixedLenByteArray {
					nv = pq.FixedLenByteArrayValue(b)
				}
				out[i] = nv.Level(v.RepetitionLevel(), v.DefinitionLevel(), v.Column())
			case pq.Int96:
				out[i] = pq.Int96Value(v.Int96()).Level(v.RepetitionLevel(), v.DefinitionLevel(), v.Column())
			}
		}
		raws[ri].row = out
	}
	return raws
}

// Decode assembles a row from ReadRaw into a record. It may run
// concurrently with itself and with ReadRaw.
func (r *Reader) Decode(raw any) (rec *record.Record, err error) {
	rr := raw.(*rawRow)
	defer recoverInto(&err, func(e error) error { return r.rowError(rr, fmt.Errorf("%w: %v", errCorrupt, e)) })
	a, _ := r.pool.Get().(*assembler)
	if a == nil {
		a = &assembler{cols: make([][]pq.Value, r.ncols), pos: make([]int, r.ncols)}
	}
	defer r.pool.Put(a)
	fields, err := a.record(r.tree, rr.row)
	if err != nil {
		return nil, r.rowError(rr, err)
	}
	return &record.Record{Fields: fields, Line: rr.line, Omitted: r.omitted}, nil
}

// rowError positions err at a row.
func (r *Reader) rowError(rr *rawRow, err error) error {
	return &record.ParseError{File: r.name, Line: rr.line, Where: fmt.Sprintf("row %d (row group %d)", rr.line, rr.group), Err: err}
}

// Close releases the open row group.
func (r *Reader) Close() error {
	if r.dec.zs != nil {
		r.dec.zs.Close()
		r.dec.zs = nil
	}
	if r.rows != nil {
		err := r.rows.Close()
		r.rows = nil
		return err
	}
	return nil
}

// fatal positions err and makes it the answer to every later Read: the
// rest of a row group whose pages do not decode cannot be read.
func (r *Reader) fatal(err error) error {
	var pe *record.ParseError
	if !errors.As(err, &pe) {
		pe = &record.ParseError{File: r.name, Line: r.row + 1, Where: fmt.Sprintf("row group %d", r.g), Err: r.scrub(err)}
	}
	pe.Fatal = true
	r.err = pe
	return pe
}

// assembler turns one flat row of leaf values into record fields.
type assembler struct {
	cols [][]pq.Value // the row's values by column
	pos  []int        // next value of each column
	slab []record.Field
}

// fieldSlab is how many fields the assembler allocates at once.
const fieldSlab = 128

// fields returns an empty slice with room for n fields, cut from a slab
// shared with other records (the slab lives as long as any of them).
func (a *assembler) fields(n int) []record.Field {
	if n > fieldSlab/4 {
		return make([]record.Field, 0, n)
	}
	if len(a.slab) < n {
		a.slab = make([]record.Field, fieldSlab)
	}
	f := a.slab[:0:n]
	a.slab = a.slab[n:]
	return f
}

func (a *assembler) record(root *node, row pq.Row) ([]record.Field, error) {
	// The row holds each column's values together, in column order:
	// slice it rather than copy.
	for c := range a.cols {
		a.cols[c], a.pos[c] = nil, 0
	}
	for i := 0; i < len(row); {
		c := row[i].Column()
		j := i + 1
		for j < len(row) && row[j].Column() == c {
			j++
		}
		if c < 0 || c >= len(a.cols) || a.cols[c] != nil {
			return nil, errCorrupt
		}
		a.cols[c] = row[i:j:j]
		i = j
	}
	v, err := a.inst(root)
	if err != nil {
		return nil, err
	}
	for c := range a.cols {
		if a.pos[c] != len(a.cols[c]) {
			return nil, errCorrupt
		}
	}
	return v.Map, nil
}

// peek returns the next value of n's first leaf.
func (a *assembler) peek(n *node) (pq.Value, bool) {
	c := n.first
	if c >= len(a.cols) || a.pos[c] >= len(a.cols[c]) {
		return pq.Value{}, false
	}
	return a.cols[c][a.pos[c]], true
}

// skip consumes the one value each leaf under n holds for a null or empty n.
func (a *assembler) skip(n *node) error {
	for c := n.first; c < n.last; c++ {
		if a.pos[c] >= len(a.cols[c]) {
			return errCorrupt
		}
		a.pos[c]++
	}
	return nil
}

// value reads one instance of n, null when n is optional and absent.
func (a *assembler) value(n *node) (record.Value, error) {
	if n.optional {
		v, ok := a.peek(n)
		if !ok {
			return record.Value{}, errCorrupt
		}
		if v.DefinitionLevel() < n.def {
			return record.Null(), a.skip(n)
		}
	}
	return a.inst(n)
}

// inst reads one instance of n known to be present (n's own repetition is
// the caller's business).
func (a *assembler) inst(n *node) (record.Value, error) {
	switch n.shape {
	case shapeLeaf:
		c := n.col
		if a.pos[c] >= len(a.cols[c]) {
			return record.Value{}, errCorrupt
		}
		v := a.cols[c][a.pos[c]]
		a.pos[c]++
		if v.IsNull() {
			return record.Null(), nil
		}
		return n.codec.decode(v), nil
	case shapeList:
		elem := func() (record.Value, error) { return a.value(n.elem) }
		if n.elem == n.rpt {
			elem = func() (record.Value, error) { return a.inst(n.rpt) }
		}
		list, err := a.list(n.rpt, elem)
		return record.Value{Kind: record.KindList, List: list}, err
	case shapeMap:
		fields := []record.Field{}
		_, err := a.list(n.rpt, func() (record.Value, error) {
			k, err := a.value(n.key)
			if err != nil {
				return k, err
			}
			var v record.Value
			for _, c := range n.rpt.children[1:] {
				x, err := a.value(c)
				if err != nil {
					return x, err
				}
				if c == n.value {
					v = x
				}
			}
			fields = append(fields, record.Field{Name: k.Str, Value: v})
			return record.Value{}, nil
		})
		return record.Value{Kind: record.KindMap, Map: fields}, err
	}
	fields := a.fields(len(n.children))
	for _, c := range n.children {
		if c.omitted {
			continue
		}
		var v record.Value
		var err error
		if c.repeated {
			var list []record.Value
			list, err = a.list(c, func() (record.Value, error) { return a.inst(c) })
			v = record.Value{Kind: record.KindList, List: list}
		} else {
			v, err = a.value(c)
		}
		if err != nil {
			return record.Value{}, err
		}
		fields = append(fields, record.Field{Name: c.name, Value: v})
	}
	return record.Value{Kind: record.KindMap, Map: fields}, nil
}

// list reads the instances of the repeated node r.
func (a *assembler) list(r *node, elem func() (record.Value, error)) ([]record.Value, error) {
	v, ok := a.peek(r)
	if !ok {
		return nil, errCorrupt
	}
	if v.DefinitionLevel() < r.def {
		return []record.Value{}, a.skip(r)
	}
	var out []record.Value
	for {
		e, err := elem()
		if err != nil {
			return nil, err
		}
		out = append(out, e)
		v, ok := a.peek(r)
		if !ok || v.RepetitionLevel() < r.rep {
			return out, nil
		}
	}
}

// recoverInto turns a panic in the Parquet library into an error.
func recoverInto(err *error, wrap func(error) error) {
	if p := recover(); p != nil {
		e, ok := p.(error)
		if !ok {
			e = fmt.Errorf("%v", p)
		}
		*err = wrap(scrub(e))
	}
}

// quoted matches a Go-quoted string in a library message.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// scrub cuts a library error's message to one short line.
func scrub(err error) error {
	s, _, _ := strings.Cut(err.Error(), "\n")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return errors.New(s)
}

// scrubQuoted is scrub that also hides every quoted string of the message
// but the names in keep: the library quotes the bytes it found where it
// expected a magic number, and those bytes are the file's data.
func scrubQuoted(err error, keep map[string]bool) error {
	s := quoted.ReplaceAllStringFunc(scrub(err).Error(), func(q string) string {
		if u, e := strconv.Unquote(q); e == nil && keep[u] && !record.LooksLikeData(u) {
			return q
		}
		return `"…"`
	})
	return errors.New(s)
}

// scrub hides quoted strings of a library error but the file's column names.
func (r *Reader) scrub(err error) error {
	if r.names == nil {
		r.names = map[string]bool{}
		for _, path := range r.file.Schema().Columns() {
			for _, n := range path {
				r.names[n] = true
			}
		}
	}
	return scrubQuoted(err, r.names)
}
