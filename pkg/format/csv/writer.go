package csv

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"sync"

	"github.com/deidtool/deid/pkg/record"
)

// WriterOptions configures a Writer.
type WriterOptions struct {
	Comma byte // field delimiter, default ','
	CRLF  bool // end records with "\r\n" instead of "\n"
	// BOM starts the output with a UTF-8 byte-order mark, by which
	// spreadsheet programs know the text is UTF-8
	BOM bool
}

// ErrNewColumn is returned when a record has a field the header lacks.
var ErrNewColumn = errors.New("field is not a column of the CSV header (taken from the first record)")

// ColumnError names the field that is not a column; it wraps ErrNewColumn.
type ColumnError struct{ Name string }

func (e *ColumnError) Error() string {
	return "field " + record.QuoteName(e.Name) + ": " + ErrNewColumn.Error()
}

// Unwrap returns ErrNewColumn.
func (e *ColumnError) Unwrap() error { return ErrNewColumn }

// Writer writes records as delimited text. The header is set by SetColumns or
// taken from the first record; later records are written in header order,
// missing fields as empty cells. Values are written exactly; fields are
// quoted when they hold the delimiter, a quote, a line break, or start or end
// with white space. Besides Write, it offers Prepare and WritePrepared
// (pipeline.Preparer), so the encoding can run on many goroutines once
// SetColumns has set the header.
type Writer struct {
	w       *bufio.Writer
	opts    WriterOptions
	columns []string
	index   map[string]int
	cells   []string
	buf     []byte
	eol     string
	preset  bool      // SetColumns set the header: Prepare may encode
	rows    sync.Pool // of *preparedRow
}

// preparedRow is a record encoded by Prepare, with its cells' storage.
type preparedRow struct {
	line  []byte
	cells []string
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer, opts WriterOptions) *Writer {
	if opts.Comma == 0 {
		opts.Comma = ','
	}
	eol := "\n"
	if opts.CRLF {
		eol = "\r\n"
	}
	return &Writer{w: bufio.NewWriterSize(w, 256<<10), opts: opts, eol: eol}
}

// SetColumns writes the header now, before any record. Calling it after the
// first Write has no effect. It must not run concurrently with Prepare.
func (w *Writer) SetColumns(cols []string) error {
	if w.columns != nil {
		return nil
	}
	w.preset = true
	return w.setColumns(cols)
}

func (w *Writer) setColumns(cols []string) error {
	w.columns = append([]string{}, cols...)
	w.index = make(map[string]int, len(cols))
	for i, c := range cols {
		w.index[c] = i
	}
	w.cells = make([]string, len(cols))
	if w.opts.BOM {
		w.w.WriteString("\xef\xbb\xbf")
	}
	return w.writeRow(w.columns)
}

// Write writes one record.
func (w *Writer) Write(rec *record.Record) error {
	if w.columns == nil {
		names := make([]string, len(rec.Fields))
		for i, f := range rec.Fields {
			names[i] = f.Name
		}
		if err := w.setColumns(names); err != nil {
			return err
		}
	}
	if err := w.fill(w.cells, rec); err != nil {
		return err
	}
	return w.writeRow(w.cells)
}

// fill sets cells to rec's values in header order.
func (w *Writer) fill(cells []string, rec *record.Record) error {
	inOrder := len(rec.Fields) == len(w.columns)
	for i := 0; inOrder && i < len(rec.Fields); i++ {
		inOrder = rec.Fields[i].Name == w.columns[i]
	}
	if inOrder {
		for i, f := range rec.Fields {
			cells[i] = record.ScalarText(f.Value)
		}
		return nil
	}
	clear(cells)
	for _, f := range rec.Fields {
		i, ok := w.index[f.Name]
		if !ok {
			return &ColumnError{Name: f.Name}
		}
		cells[i] = record.ScalarText(f.Value)
	}
	return nil
}

// Prepare encodes a record's line for WritePrepared when SetColumns set the
// header, and returns nil (WritePrepared then writes the record itself)
// when the header is to come from the first record. It may run
// concurrently with itself and with WritePrepared.
func (w *Writer) Prepare(rec *record.Record) (any, error) {
	if !w.preset {
		return nil, nil
	}
	p, _ := w.rows.Get().(*preparedRow)
	if p == nil {
		p = &preparedRow{cells: make([]string, len(w.columns))}
	}
	if err := w.fill(p.cells, rec); err != nil {
		return nil, err
	}
	p.line = w.appendRow(p.line[:0], p.cells)
	clear(p.cells) // the pooled row must not keep the values alive
	return p, nil
}

// WritePrepared writes a record's line from Prepare, in input order; a nil
// preparation writes the record.
func (w *Writer) WritePrepared(rec *record.Record, prepared any) error {
	p, _ := prepared.(*preparedRow)
	if p == nil {
		return w.Write(rec)
	}
	_, err := w.w.Write(p.line)
	if cap(p.line) <= 64<<10 {
		w.rows.Put(p) // a huge line's buffer is left to the collector
	}
	return err
}

func (w *Writer) writeRow(cells []string) error {
	w.buf = w.appendRow(w.buf[:0], cells)
	_, err := w.w.Write(w.buf)
	return err
}

// appendRow appends cells as one line of delimited text.
func (w *Writer) appendRow(b []byte, cells []string) []byte {
	for i, c := range cells {
		if i > 0 {
			b = append(b, w.opts.Comma)
		}
		if !w.needsQuotes(c) {
			b = append(b, c...)
			continue
		}
		b = append(b, '"')
		for {
			j := strings.IndexByte(c, '"')
			if j < 0 {
				b = append(b, c...)
				break
			}
			b = append(b, c[:j+1]...)
			b = append(b, '"')
			c = c[j+1:]
		}
		b = append(b, '"')
	}
	return append(b, w.eol...)
}

func (w *Writer) needsQuotes(c string) bool {
	if c == "" {
		return false
	}
	if c[0] == ' ' || c[0] == '\t' || c[len(c)-1] == ' ' || c[len(c)-1] == '\t' || strings.HasPrefix(c, "\ufeff") {
		return true // also: a leading BOM must not be taken for the file's
	}
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case '"', '\r', '\n', w.opts.Comma:
			return true
		}
	}
	return false
}

// Flush writes buffered data to the underlying writer.
func (w *Writer) Flush() error { return w.w.Flush() }

// Columns returns the header, or nil before the first record.
func (w *Writer) Columns() []string { return w.columns }
