package jsonl

import (
	"bufio"
	"io"

	"github.com/deidtool/deid/pkg/record"
)

// Writer writes records as JSON Lines, one object per line, fields in record
// order. Values that kept their original encoding are written verbatim.
type Writer struct {
	w   *bufio.Writer
	buf []byte
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 256<<10)}
}

// Write writes one record.
func (w *Writer) Write(rec *record.Record) error {
	w.buf = record.AppendJSONObject(w.buf[:0], rec.Fields)
	w.buf = append(w.buf, '\n')
	_, err := w.w.Write(w.buf)
	return err
}

// Flush writes buffered data to the underlying writer.
func (w *Writer) Flush() error { return w.w.Flush() }
