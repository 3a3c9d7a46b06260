package jsonl

import (
	"bufio"
	"io"
	"sync"

	"github.com/deidtool/deid/pkg/record"
)

// Writer writes records as JSON Lines, one object per line, fields in record
// order. Values that kept their original encoding are written verbatim.
// Besides Write, it offers Prepare and WritePrepared (pipeline.Preparer), so
// the encoding can run on many goroutines.
type Writer struct {
	w    *bufio.Writer
	buf  []byte
	bufs sync.Pool // of *[]byte, for Prepare
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

// Prepare encodes a record's line for WritePrepared. It may run
// concurrently with itself and with WritePrepared.
func (w *Writer) Prepare(rec *record.Record) (any, error) {
	b, _ := w.bufs.Get().(*[]byte)
	if b == nil {
		b = new([]byte)
	}
	*b = record.AppendJSONObject((*b)[:0], rec.Fields)
	*b = append(*b, '\n')
	return b, nil
}

// WritePrepared writes a line from Prepare, in input order.
func (w *Writer) WritePrepared(_ *record.Record, prepared any) error {
	b := prepared.(*[]byte)
	_, err := w.w.Write(*b)
	if cap(*b) <= 64<<10 {
		w.bufs.Put(b) // a huge line's buffer is left to the collector
	}
	return err
}

// Flush writes buffered data to the underlying writer.
func (w *Writer) Flush() error { return w.w.Flush() }
