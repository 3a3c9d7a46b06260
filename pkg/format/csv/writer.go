package csv

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"github.com/deidtool/deid/pkg/record"
)

// WriterOptions configures a Writer.
type WriterOptions struct {
	Comma byte // field delimiter, default ','
	CRLF  bool // end records with "\r\n" instead of "\n"
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
// with white space.
type Writer struct {
	w       *bufio.Writer
	opts    WriterOptions
	columns []string
	index   map[string]int
	cells   []string
	eol     string
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
// first Write has no effect.
func (w *Writer) SetColumns(cols []string) error {
	if w.columns != nil {
		return nil
	}
	w.columns = append([]string{}, cols...)
	w.index = make(map[string]int, len(cols))
	for i, c := range cols {
		w.index[c] = i
	}
	w.cells = make([]string, len(cols))
	return w.writeRow(w.columns)
}

// Write writes one record.
func (w *Writer) Write(rec *record.Record) error {
	if w.columns == nil {
		names := make([]string, len(rec.Fields))
		for i, f := range rec.Fields {
			names[i] = f.Name
		}
		if err := w.SetColumns(names); err != nil {
			return err
		}
	}
	inOrder := len(rec.Fields) == len(w.columns)
	for i := 0; inOrder && i < len(rec.Fields); i++ {
		inOrder = rec.Fields[i].Name == w.columns[i]
	}
	if inOrder {
		for i, f := range rec.Fields {
			w.cells[i] = record.ScalarText(f.Value)
		}
	} else {
		clear(w.cells)
		for _, f := range rec.Fields {
			i, ok := w.index[f.Name]
			if !ok {
				return &ColumnError{Name: f.Name}
			}
			w.cells[i] = record.ScalarText(f.Value)
		}
	}
	return w.writeRow(w.cells)
}

func (w *Writer) writeRow(cells []string) error {
	for i, c := range cells {
		if i > 0 {
			w.w.WriteByte(w.opts.Comma)
		}
		if !w.needsQuotes(c) {
			w.w.WriteString(c)
			continue
		}
		w.w.WriteByte('"')
		for {
			j := strings.IndexByte(c, '"')
			if j < 0 {
				w.w.WriteString(c)
				break
			}
			w.w.WriteString(c[:j+1])
			w.w.WriteByte('"')
			c = c[j+1:]
		}
		w.w.WriteByte('"')
	}
	_, err := w.w.WriteString(w.eol)
	return err
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
