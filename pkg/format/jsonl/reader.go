package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/deidtool/deid/pkg/record"
)

// DefaultMaxRecordBytes bounds one line when ReaderOptions leaves it zero.
const DefaultMaxRecordBytes = 64 << 20

// ReaderOptions configures a Reader.
type ReaderOptions struct {
	Name           string // input name for errors; default "-"
	MaxRecordBytes int    // default DefaultMaxRecordBytes
}

// Reader reads JSON Lines, or a file holding one JSON array of records
// (array.go). Blank lines are skipped and counted. Besides
// Read, it offers ReadRaw and Decode (pipeline.RawSource), so the parsing
// can run on many goroutines.
type Reader struct {
	br      *bufio.Reader
	opts    ReaderOptions
	line    int64
	blank   int64
	parsers sync.Pool // of *parser: their stacks keep their storage
	arena   []byte    // ReadRaw's lines, back to back, in blocks
	block   int       // the size of a new block: arenaSize (tests lower it)

	// one JSON array of records instead of lines (array.go)
	mode     int8   // modeUnknown until Array looked, then modeLines or modeArray
	state    int8   // arrayOpen … arrayEnded
	elem     []byte // the element being read
	arrayErr error  // sticky, after a malformed array
}

// The Reader's modes.
const (
	modeUnknown = iota
	modeLines
	modeArray
)

// arenaSize is the size of the blocks ReadRaw copies lines into, so that a
// line costs no allocation of its own; a line longer than a sixteenth of a
// block gets its own.
const arenaSize = 256 << 10

// NewReader returns a Reader on r.
func NewReader(r io.Reader, opts ReaderOptions) *Reader {
	if opts.Name == "" {
		opts.Name = "-"
	}
	if opts.MaxRecordBytes <= 0 {
		opts.MaxRecordBytes = DefaultMaxRecordBytes
	}
	return &Reader{br: bufio.NewReaderSize(r, 256<<10), opts: opts, block: arenaSize}
}

// BlankLines returns how many empty or white-space-only lines were skipped.
func (r *Reader) BlankLines() int64 { return r.blank }

// Read returns the next record, or io.EOF. A *record.ParseError leaves the
// Reader ready to read the next line.
func (r *Reader) Read() (*record.Record, error) {
	raw, err := r.ReadRaw()
	if err != nil {
		return nil, err
	}
	return r.Decode(raw)
}

// rawLine is a line ReadRaw returns: the record's text, trimmed, and its
// line number.
type rawLine struct {
	text []byte
	line int64
}

// ReadRaw returns the next non-blank line for Decode, or io.EOF; a
// *record.ParseError (a line too long) leaves the Reader ready to read the
// next line. It must not run concurrently with itself or Read.
func (r *Reader) ReadRaw() (any, error) {
	if r.mode == modeUnknown {
		if _, err := r.Array(); err != nil {
			return nil, err
		}
	}
	if r.mode == modeArray {
		return r.readElement()
	}
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
		return &rawLine{text: trimmed, line: r.line}, nil
	}
}

// keep copies a line out of the read buffer into the current block.
func (r *Reader) keep(chunk []byte) []byte {
	if len(chunk) > r.block/16 {
		return bytes.Clone(chunk)
	}
	if cap(r.arena)-len(r.arena) < len(chunk) {
		r.arena = make([]byte, 0, r.block)
	}
	n := len(r.arena)
	r.arena = append(r.arena, chunk...)
	return r.arena[n:len(r.arena):len(r.arena)]
}

// Decode parses a line from ReadRaw into a record, which keeps views into
// the line. It may run concurrently with itself and with ReadRaw.
func (r *Reader) Decode(raw any) (*record.Record, error) {
	rl := raw.(*rawLine)
	p, _ := r.parsers.Get().(*parser)
	if p == nil {
		p = &parser{}
	}
	defer r.parsers.Put(p)
	line := rl.text
	p.data, p.pos, p.depth, p.path = line, 0, 0, p.path[:0]
	p.skipSpace()
	if p.pos >= len(line) || line[p.pos] != '{' {
		if p.pos < len(line) && line[p.pos] == '[' && r.mode != modeArray {
			// a .json export holding one array of records
			return nil, r.errorf(rl.line, "", fmt.Errorf("%w: it starts a JSON array, and deid reads JSON Lines, one object per line (jq -c '.[]' turns an array into them)", record.ErrNotObject))
		}
		return nil, r.errorf(rl.line, "", record.ErrNotObject)
	}
	fields, err := p.object()
	if err == nil {
		p.skipSpace()
		if p.pos != len(line) {
			err = p.syntax("text after the object")
		}
	}
	p.data = nil // the pooled parser must not keep the line alive
	if err != nil {
		var fe *fieldError
		if errors.As(err, &fe) {
			return nil, r.errorf(rl.line, fe.path, fe.err)
		}
		return nil, r.errorf(rl.line, "", err)
	}
	return &record.Record{Fields: fields, Line: rl.line}, nil
}

func (r *Reader) errorf(line int64, field string, err error) error {
	return &record.ParseError{File: r.opts.Name, Line: line, Field: field, Err: err}
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
			return nil, r.errorf(r.line, "", record.ErrRecordTooLarge)
		}
		if line == nil && err == nil {
			r.line++
			return r.keep(chunk), nil
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
