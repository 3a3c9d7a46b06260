package jsonl

import (
	"bufio"
	"io"
	"sync"

	"github.com/deidtool/deid/pkg/record"
)

// Writer writes records as JSON Lines, one object per line, fields in record
// order, or as one JSON array (NewArrayWriter). Values that kept their original encoding are written verbatim.
// Besides Write, it offers Prepare and WritePrepared (pipeline.Preparer), so
// the encoding can run on many goroutines.
type Writer struct {
	w    *bufio.Writer
	buf  []byte
	bufs sync.Pool // of *[]byte, for Prepare

	array bool // one JSON array of records (NewArrayWriter)
	n     int  // records written
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 256<<10)}
}

// NewArrayWriter returns a Writer that writes one JSON array of records,
// one per line, as the Reader reads them back: for an input that was one.
// Close ends the array.
func NewArrayWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 256<<10), array: true}
}

// IsArray reports whether w writes one JSON array (NewArrayWriter).
func (w *Writer) IsArray() bool { return w.array }

// Write writes one record.
func (w *Writer) Write(rec *record.Record) error {
	w.buf = record.AppendJSONObject(w.buf[:0], rec.Fields)
	if !w.array {
		w.buf = append(w.buf, '\n')
	}
	return w.put(w.buf)
}

// put writes a record's bytes, after the array's opening or a comma.
func (w *Writer) put(b []byte) error {
	if w.array {
		sep := ",\n"
		if w.n == 0 {
			sep = "[\n"
		}
		w.w.WriteString(sep)
	}
	w.n++
	_, err := w.w.Write(b)
	return err
}

// Close ends the array of an array Writer (an empty one is "[]") and
// flushes.
func (w *Writer) Close() error {
	if w.array {
		end := "\n]\n"
		if w.n == 0 {
			end = "[]\n"
		}
		w.w.WriteString(end)
	}
	return w.Flush()
}

// Prepare encodes a record's line for WritePrepared. It may run
// concurrently with itself and with WritePrepared.
func (w *Writer) Prepare(rec *record.Record) (any, error) {
	b, _ := w.bufs.Get().(*[]byte)
	if b == nil {
		b = new([]byte)
	}
	*b = record.AppendJSONObject((*b)[:0], rec.Fields)
	if !w.array {
		*b = append(*b, '\n')
	}
	return b, nil
}

// WritePrepared writes a line from Prepare, in input order.
func (w *Writer) WritePrepared(_ *record.Record, prepared any) error {
	b := prepared.(*[]byte)
	err := w.put(*b)
	if cap(*b) <= 64<<10 {
		w.bufs.Put(b) // a huge line's buffer is left to the collector
	}
	return err
}

// Flush writes buffered data to the underlying writer.
func (w *Writer) Flush() error { return w.w.Flush() }
