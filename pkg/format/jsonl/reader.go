package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"io"

	"github.com/deidtool/deid/pkg/record"
)

// DefaultMaxRecordBytes bounds one line when ReaderOptions leaves it zero.
const DefaultMaxRecordBytes = 64 << 20

// ReaderOptions configures a Reader.
type ReaderOptions struct {
	Name           string // input name for errors; default "-"
	MaxRecordBytes int    // default DefaultMaxRecordBytes
}

// Reader reads JSON Lines. Blank lines are skipped and counted.
type Reader struct {
	br    *bufio.Reader
	opts  ReaderOptions
	line  int64
	blank int64
	p     parser // reused: its stacks keep their storage
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader, opts ReaderOptions) *Reader {
	if opts.Name == "" {
		opts.Name = "-"
	}
	if opts.MaxRecordBytes <= 0 {
		opts.MaxRecordBytes = DefaultMaxRecordBytes
	}
	return &Reader{br: bufio.NewReaderSize(r, 256<<10), opts: opts}
}

// BlankLines returns how many empty or white-space-only lines were skipped.
func (r *Reader) BlankLines() int64 { return r.blank }

// Read returns the next record, or io.EOF. A *record.ParseError leaves the
// Reader ready to read the next line.
func (r *Reader) Read() (*record.Record, error) {
	for {
		line, err := r.readLine()
		if err != nil {
			return nil, err
		}
		if r.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		trimmed := bytes.TrimRight(line, " \t\r\n")
		if len(bytes.TrimLeft(trimmed, " \t")) == 0 {
			r.blank++
			continue
		}
		return r.parse(trimmed)
	}
}

func (r *Reader) parse(line []byte) (*record.Record, error) {
	p := &r.p
	p.data, p.pos, p.depth, p.path = line, 0, 0, p.path[:0]
	p.skipSpace()
	if p.pos >= len(line) || line[p.pos] != '{' {
		return nil, r.errorf("", record.ErrNotObject)
	}
	fields, err := p.object()
	if err == nil {
		p.skipSpace()
		if p.pos != len(line) {
			err = p.syntax("text after the object")
		}
	}
	if err != nil {
		var fe *fieldError
		if errors.As(err, &fe) {
			return nil, r.errorf(fe.path, fe.err)
		}
		return nil, r.errorf("", err)
	}
	return &record.Record{Fields: fields, Line: r.line}, nil
}

func (r *Reader) errorf(field string, err error) error {
	return &record.ParseError{File: r.opts.Name, Line: r.line, Field: field, Err: err}
}

// readLine returns the next line in a new slice (records keep views into
// it), or io.EOF.
func (r *Reader) readLine() ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.br.ReadSlice('\n')
		if len(line)+len(chunk) > r.opts.MaxRecordBytes {
			for err == bufio.ErrBufferFull {
				_, err = r.br.ReadSlice('\n')
			}
			r.line++
			return nil, r.errorf("", record.ErrRecordTooLarge)
		}
		if line == nil && err == nil {
			r.line++
			return append(make([]byte, 0, len(chunk)), chunk...), nil
		}
		line = append(line, chunk...)
		switch err {
		case nil:
			r.line++
			return line, nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			if len(line) > 0 {
				r.line++
				return line, nil
			}
			return nil, io.EOF
		default:
			return nil, err
		}
	}
}
