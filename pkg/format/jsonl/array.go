package jsonl

import (
	"bytes"
	"errors"
	"io"

	"github.com/deidtool/deid/pkg/record"
)

// A file whose first character (after a byte-order mark and white space)
// is "[" holds one JSON array of records, as an export to .json does,
// instead of one record per line. The Reader then returns the array's
// elements one by one, each numbered by the line it starts on.

// The states of an array's reading.
const (
	arrayOpen  = iota // before "["
	arrayFirst        // after "[": an element or "]"
	arrayNext         // after an element: "," or "]"
	arrayEnded        // after "]"
)

// errArray reports an array whose commas and brackets are not JSON's.
var errArray = errors.New("the JSON array is malformed")

// Array reports whether the input holds one JSON array of records rather
// than JSON Lines, reading (and counting) only the white space before its
// first character. Call it before the first Read or ReadRaw to know it
// early (a writer may answer in kind); they call it too.
func (r *Reader) Array() (bool, error) {
	if r.mode != modeUnknown {
		return r.mode == modeArray, nil
	}
	if bom, _ := r.br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		r.br.Discard(3)
	}
	c, err := r.peekNonSpace(true)
	if err != nil && err != io.EOF {
		return false, err
	}
	r.mode = modeLines
	if err == nil && c == '[' {
		r.mode = modeArray
	}
	return r.mode == modeArray, nil
}

// peekNonSpace returns the next byte that is not JSON white space without
// reading it, counting the line ends it passes (as blank lines, with
// blank), or io.EOF.
func (r *Reader) peekNonSpace(blank bool) (byte, error) {
	for {
		b, err := r.br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case '\n':
			r.line++
			if blank {
				r.blank++
			}
		case ' ', '\t', '\r':
		default:
			return b[0], nil
		}
		r.br.Discard(1)
	}
}

// readElement returns the next element of the array as a rawLine, or
// io.EOF after "]". An element over the size limit is an error that
// leaves the Reader at the next one; a malformed array is a fatal error.
func (r *Reader) readElement() (any, error) {
	if r.arrayErr != nil {
		return nil, r.arrayErr
	}
	for {
		c, err := r.peekNonSpace(false)
		if err == io.EOF {
			if r.state == arrayEnded {
				return nil, io.EOF
			}
			return nil, r.arrayFatal(errors.New("the JSON array is not closed"))
		}
		if err != nil {
			return nil, err
		}
		switch r.state {
		case arrayOpen:
			r.br.Discard(1) // "[", as Array saw
			r.state = arrayFirst
			continue
		case arrayEnded:
			return nil, r.arrayFatal(errors.New("text after the JSON array"))
		case arrayNext:
			switch c {
			case ',':
				r.br.Discard(1)
				if c, err := r.peekNonSpace(false); err == nil && c == ']' {
					return nil, r.arrayFatal(errors.New("a comma before the JSON array's end"))
				}
				r.state = arrayFirst
				continue
			case ']':
				r.br.Discard(1)
				r.state = arrayEnded
				continue
			}
			return nil, r.arrayFatal(errors.New("no comma between two elements of the JSON array"))
		}
		// arrayFirst: an element, or the end of an empty array
		if c == ']' {
			r.br.Discard(1)
			r.state = arrayEnded
			continue
		}
		if c == ',' {
			return nil, r.arrayFatal(errors.New("an empty element in the JSON array"))
		}
		r.state = arrayNext
		return r.readValue()
	}
}

// readValue reads one JSON value of the array (an object, or anything else
// for Decode to refuse) to its end, brackets and strings matched.
func (r *Reader) readValue() (any, error) {
	start := r.line + 1
	r.elem = r.elem[:0]
	depth, inString, escaped, tooLarge := 0, false, false, false
	for {
		c, err := r.br.ReadByte()
		if err == io.EOF {
			return nil, r.arrayFatal(errors.New("the JSON array ends inside an element"))
		}
		if err != nil {
			return nil, err
		}
		if c == '\n' {
			r.line++
		}
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			if depth == 0 { // the array's own "]" after a scalar
				r.br.UnreadByte()
				return r.element(start, tooLarge)
			}
			depth--
		case depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n'):
			r.br.UnreadByte() // after a scalar
			if c == '\n' {
				r.line--
			}
			return r.element(start, tooLarge)
		}
		if !tooLarge {
			r.elem = append(r.elem, c)
			tooLarge = len(r.elem) > r.opts.MaxRecordBytes
		}
		if depth == 0 && !inString && len(r.elem) > 0 && closes(r.elem[0], c) {
			return r.element(start, tooLarge)
		}
	}
}

// closes reports whether c closes a value that open opened.
func closes(open, c byte) bool {
	return open == '{' && c == '}' || open == '[' && c == ']' || open == '"' && c == '"'
}

// element returns the value read as a rawLine numbered start.
func (r *Reader) element(start int64, tooLarge bool) (any, error) {
	if tooLarge {
		return nil, r.errorf(start, "", record.ErrRecordTooLarge)
	}
	return &rawLine{text: r.keep(bytes.TrimSpace(r.elem)), line: start}, nil
}

// arrayFatal makes err the answer to every later read.
func (r *Reader) arrayFatal(err error) error {
	pe := &record.ParseError{File: r.opts.Name, Line: r.line + 1, Err: errors.Join(errArray, err), Fatal: true}
	r.arrayErr = pe
	return pe
}
