package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/deidtool/deid/pkg/record"
)

// DefaultMaxRecordBytes bounds one record when ReaderOptions leaves it zero.
const DefaultMaxRecordBytes = 64 << 20

// ReaderOptions configures a Reader.
type ReaderOptions struct {
	Name           string // input name for errors; default "-"
	Comma          byte   // field delimiter; 0 means sniff from the header (',' ';' '\t' '|'), else ','
	MaxRecordBytes int    // default DefaultMaxRecordBytes
}

// Reader reads records from delimited text. The first line is the header.
type Reader struct {
	br        *bufio.Reader
	opts      ReaderOptions
	bom       bool  // a UTF-8 byte-order mark started the input
	line      int64 // lines consumed so far
	header    []string
	headerErr error
	started   bool
	crlf      bool
	buf       []byte // bytes of the current record's fields
	ends      []int  // end offset of each field in buf
	raw       []byte // the current physical line
	arena     []byte // ReadRaw's records, back to back, in blocks
	block     int    // the size of a new block: arenaSize (tests lower it)
	recBytes  int
}

// arenaSize is the size of the blocks ReadRaw copies records into. Records
// share a block (no allocation per record); one that outgrows what is left
// moves to an allocation of its own, and the next record starts a block.
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

// Header returns the column names, reading the header line if needed. A
// stream with no bytes at all has no header and returns nil, nil.
func (r *Reader) Header() ([]string, error) {
	if r.started {
		return r.header, r.headerErr
	}
	r.started = true
	r.header, r.headerErr = r.readHeader()
	return r.header, r.headerErr
}

func (r *Reader) readHeader() ([]string, error) {
	if bom, _ := r.br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		r.br.Discard(3)
		r.bom = true
	}
	r.skipPreamble()
	if r.opts.Comma == 0 {
		r.opts.Comma = r.sniff()
	}
	start := r.line + 1
	n, err := r.readRecord()
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	r.crlf = bytes.HasSuffix(r.raw, []byte("\r\n"))
	s := string(r.buf)
	seen := make(map[string]int, n)
	header := make([]string, n)
	prev := 0
	for i := 0; i < n; i++ {
		name := s[prev:r.ends[i]]
		prev = r.ends[i]
		col := "column " + strconv.Itoa(i+1)
		switch {
		case !utf8.ValidString(name):
			return nil, r.errorf(start, col, record.ErrInvalidUTF8)
		case name == "":
			return nil, r.errorf(start, col, errors.New("empty column name in header"))
		}
		if j, dup := seen[name]; dup {
			return nil, r.errorf(start, col, fmt.Errorf("%w: header repeats column %d", record.ErrDuplicateField, j+1))
		}
		seen[name] = i
		header[i] = name
	}
	return header, nil
}

// skipPreamble passes over the lines before the header that hold no
// column names: blank lines, and the "sep=;" line with which Excel names
// a file's delimiter (taken as the delimiter unless one was given).
func (r *Reader) skipPreamble() {
	for {
		head, _ := r.br.Peek(8)
		switch {
		case bytes.HasPrefix(head, []byte("\n")):
			r.br.Discard(1)
		case bytes.HasPrefix(head, []byte("\r\n")):
			r.br.Discard(2)
		case len(head) >= 6 && bytes.EqualFold(head[:4], []byte("sep=")) && head[4] != '"' && head[4] >= ' ' &&
			(head[5] == '\n' || head[5] == '\r' && len(head) >= 7 && head[6] == '\n'):
			if r.opts.Comma == 0 {
				r.opts.Comma = head[4]
			}
			r.br.Discard(6 + b2i(head[5] == '\r'))
		default:
			return
		}
		r.line++
	}
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Comma returns the delimiter in use (after sniffing).
func (r *Reader) Comma() byte { return r.opts.Comma }

// BOM reports whether the input started with a UTF-8 byte-order mark
// (which the header does not hold).
func (r *Reader) BOM() bool { return r.bom }

// CRLF reports whether the header line ended with "\r\n".
func (r *Reader) CRLF() bool { return r.crlf }

// sniff picks the delimiter that occurs most often outside quotes in the
// first line. It looks only at bytes already arrived, reading more one chunk
// at a time, so a slow stream (a terminal, a pipe) is not waited on for more
// than the first line.
func (r *Reader) sniff() byte {
	var peek []byte
	for {
		p, _ := r.br.Peek(r.br.Buffered())
		if i := bytes.IndexByte(p, '\n'); i >= 0 {
			peek = p[:i]
			break
		}
		if len(p) >= 64<<10 {
			peek = p
			break
		}
		if more, err := r.br.Peek(len(p) + 1); err != nil {
			peek = more
			break
		}
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range peek {
		if c == '"' {
			quoted = !quoted
		} else if !quoted && (c == ',' || c == ';' || c == '\t' || c == '|') {
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t', '|'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// Read returns the next record, or io.EOF. A *record.ParseError leaves the
// Reader ready to read the record after the bad one.
func (r *Reader) Read() (*record.Record, error) {
	raw, err := r.ReadRaw()
	if err != nil {
		return nil, err
	}
	return r.Decode(raw)
}

// rawRecord is what ReadRaw returns: a record's physical lines, as read,
// and the line it starts on.
type rawRecord struct {
	text []byte
	line int64
}

// ReadRaw returns the next record's lines for Decode, or io.EOF. It finds
// where the record ends, which is all a reader must do in input order; a
// *record.ParseError (a record too large) leaves the Reader ready to read
// the next line. It must not run concurrently with itself or Read.
func (r *Reader) ReadRaw() (any, error) {
	if _, err := r.Header(); err != nil {
		return nil, err
	}
	if r.header == nil {
		return nil, io.EOF
	}
	for {
		start := r.line + 1
		r.recBytes = 0
		if cap(r.arena)-len(r.arena) < r.block/16 {
			r.arena = make([]byte, 0, r.block)
		}
		from0 := len(r.arena)
		text, err := r.appendLine(r.arena[from0:from0])
		if err != nil {
			if err == record.ErrRecordTooLarge {
				return nil, r.errorf(start, "", err)
			}
			return nil, err
		}
		if len(r.header) != 1 && (len(text) == 1 && text[0] == '\n' || len(text) == 2 && text[0] == '\r' && text[1] == '\n') {
			continue // blank line
		}
		// A record goes on to the next line only inside a quoted field.
		st, from, col := fieldStart, 0, 1
		for {
			if st, from, col = r.split(text, from, st, col); st != inQuotes {
				break
			}
			from = len(text)
			if text, err = r.appendLine(text); err != nil {
				switch err {
				case io.EOF:
					// the quoted field is not closed: Decode reports it
					return r.keep(text, start), nil
				case record.ErrRecordTooLarge:
					return nil, r.errorf(start, r.colName(col), err)
				}
				return nil, err
			}
		}
		return r.keep(text, start), nil
	}
}

// keep makes text, appended by ReadRaw at the end of the arena, a raw
// record: it stays in the arena when it fitted; when append had to move it
// elsewhere, it keeps that memory and the next record starts a new block.
func (r *Reader) keep(text []byte, line int64) *rawRecord {
	n := len(r.arena)
	if len(text) > 0 && cap(r.arena) > n && &text[0] == &r.arena[:n+1][n] {
		r.arena = r.arena[:n+len(text)]
	} else {
		r.arena = nil
	}
	return &rawRecord{text: text[:len(text):len(text)], line: line}
}

// Where split left a record.
const (
	fieldStart = iota // at the start of a field
	inQuotes          // inside a quoted field, at the end of the text
	ended             // at the end of the record (or of a bad one)
)

// split reads text from from, at the start of field col or inside the
// quoted field col (st), to the end of text's last line, and says whether
// the record goes on inside a quoted field (inQuotes, where to go on, and
// which field) or ends there (ended). The record ends where Decode's
// parsing ends, even on bad input: a quote that does not start a field, or
// text after a closing quote, end it at the line's end.
func (r *Reader) split(text []byte, from, st, col int) (int, int, int) {
	comma := r.opts.Comma
	i := from
	for {
		if st == fieldStart {
			q := bytes.IndexByte(text[i:], '"')
			if q < 0 {
				return ended, len(text), col // unquoted fields to the end of the line
			}
			if q > 0 && text[i+q-1] != comma {
				return ended, len(text), col // a quote inside an unquoted field
			}
			col += bytes.Count(text[i:i+q], []byte{comma})
			i += q + 1
		}
		// inside a quoted field
		q := bytes.IndexByte(text[i:], '"')
		if q < 0 {
			return inQuotes, len(text), col
		}
		i += q + 1
		if i < len(text) && text[i] == '"' {
			i++ // an escaped quote
			st = inQuotes
			continue
		}
		if i < len(text) && text[i] == comma {
			i++
			st, col = fieldStart, col+1
			continue
		}
		return ended, len(text), col // the end of the line, or text after the closing quote
	}
}

// Decode parses a record from ReadRaw. The record's values share the raw
// record's memory. It may run concurrently with itself and with ReadRaw.
func (r *Reader) Decode(raw any) (*record.Record, error) {
	rr := raw.(*rawRecord)
	text, start, comma := rr.text, rr.line, r.opts.Comma
	// the record's end of line is not part of its last field
	if n := len(text); n >= 2 && text[n-2] == '\r' && text[n-1] == '\n' {
		text = text[:n-2]
	} else if n >= 1 && text[n-1] == '\n' {
		text = text[:n-1]
	}
	s := unsafe.String(unsafe.SliceData(text), len(text))
	fields := make([]record.Field, 0, len(r.header))
	add := func(v string) {
		if col := len(fields); col < len(r.header) { // more are counted below
			fields = append(fields, record.Field{Name: r.header[col], Value: record.Value{Kind: record.KindString, Str: v}})
		}
	}
	n, pos := 0, 0
	for {
		n++
		if pos < len(s) && s[pos] == '"' {
			// Quoted field: runs to a lone quote; "" is a quote.
			pos++
			var val string
			var unescaped []byte
			for {
				i := strings.IndexByte(s[pos:], '"')
				if i < 0 {
					return nil, r.errorf(start, r.colName(n), fmt.Errorf("%w: quoted field is not closed", record.ErrQuote))
				}
				if pos+i+1 < len(s) && s[pos+i+1] == '"' {
					unescaped = append(unescaped, s[pos:pos+i+1]...)
					pos += i + 2
					continue
				}
				if unescaped == nil {
					val = s[pos : pos+i]
				} else {
					unescaped = append(unescaped, s[pos:pos+i]...)
					val = unsafe.String(unsafe.SliceData(unescaped), len(unescaped))
				}
				pos += i + 1
				break
			}
			add(val)
			if pos == len(s) {
				break
			}
			if s[pos] != comma {
				return nil, r.errorf(start, r.colName(n), fmt.Errorf("%w: text after the closing quote", record.ErrQuote))
			}
			pos++
			continue
		}
		// Unquoted field: runs to the next delimiter or the end.
		end := strings.IndexByte(s[pos:], comma)
		last := end < 0
		if last {
			end = len(s) - pos
		}
		field := s[pos : pos+end]
		if strings.IndexByte(field, '"') >= 0 {
			return nil, r.errorf(start, r.colName(n), fmt.Errorf("%w: quote in an unquoted field", record.ErrQuote))
		}
		add(field)
		if last {
			break
		}
		pos += end + 1
	}
	if n != len(r.header) {
		return nil, r.errorf(start, "", fmt.Errorf("%w: %d fields, header has %d", record.ErrFieldCount, n, len(r.header)))
	}
	for _, f := range fields {
		if !utf8.ValidString(f.Value.Str) {
			return nil, r.errorf(start, f.Name, record.ErrInvalidUTF8)
		}
	}
	return &record.Record{Line: start, Fields: fields}, nil
}

func (r *Reader) errorf(line int64, field string, err error) error {
	return &record.ParseError{File: r.opts.Name, Line: line, Field: field, Err: err}
}

// readLine reads one physical line including its "\n" into r.raw.
func (r *Reader) readLine() (err error) {
	r.raw, err = r.appendLine(r.raw[:0])
	return err
}

// appendLine appends one physical line including its "\n" to dst; at the
// end of the input it returns io.EOF and dst as it was.
func (r *Reader) appendLine(dst []byte) ([]byte, error) {
	n := len(dst)
	for {
		chunk, err := r.br.ReadSlice('\n')
		r.recBytes += len(chunk)
		if r.recBytes > r.opts.MaxRecordBytes {
			r.skipRestOfLine(chunk, err)
			return dst[:n], record.ErrRecordTooLarge
		}
		dst = append(dst, chunk...)
		switch err {
		case nil:
			r.line++
			return dst, nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			if len(dst) > n {
				r.line++
				return dst, nil
			}
			return dst, io.EOF
		default:
			return dst, err
		}
	}
}

// skipRestOfLine discards input up to the next "\n" after an oversized line.
func (r *Reader) skipRestOfLine(chunk []byte, err error) {
	for err == bufio.ErrBufferFull {
		chunk, err = r.br.ReadSlice('\n')
	}
	if len(chunk) > 0 || err == nil {
		r.line++
	}
}

// readRecord parses one record into r.buf / r.ends and returns its field
// count.
func (r *Reader) readRecord() (int, error) {
	r.buf, r.ends, r.recBytes = r.buf[:0], r.ends[:0], 0
	start := r.line + 1
	if err := r.readLine(); err != nil {
		if err == record.ErrRecordTooLarge {
			return 0, r.errorf(start, "", err)
		}
		return 0, err
	}
	comma := r.opts.Comma
	line := r.raw
	pos := 0
	for {
		col := len(r.ends) + 1
		if pos < len(line) && line[pos] == '"' {
			// Quoted field: runs until a lone quote, maybe across lines.
			pos++
			for {
				i := bytes.IndexByte(line[pos:], '"')
				if i < 0 {
					r.buf = append(r.buf, line[pos:]...)
					if err := r.readLine(); err != nil {
						if err == io.EOF {
							return 0, r.errorf(start, r.colName(col), fmt.Errorf("%w: quoted field is not closed", record.ErrQuote))
						}
						if err == record.ErrRecordTooLarge {
							return 0, r.errorf(start, r.colName(col), err)
						}
						return 0, err
					}
					line, pos = r.raw, 0
					continue
				}
				r.buf = append(r.buf, line[pos:pos+i]...)
				pos += i + 1
				if pos < len(line) && line[pos] == '"' {
					r.buf = append(r.buf, '"')
					pos++
					continue
				}
				break
			}
			r.ends = append(r.ends, len(r.buf))
			switch rest := line[pos:]; {
			case len(rest) == 0 || rest[0] == '\n' || (len(rest) == 2 && rest[0] == '\r' && rest[1] == '\n'):
				return len(r.ends), nil
			case rest[0] == comma:
				pos++
			default:
				return 0, r.errorf(start, r.colName(col), fmt.Errorf("%w: text after the closing quote", record.ErrQuote))
			}
			continue
		}
		// Unquoted field: runs to the next delimiter or the end of the line.
		end := bytes.IndexByte(line[pos:], comma)
		last := end < 0
		if last {
			end = len(line) - pos
			if bytes.HasSuffix(line, []byte("\r\n")) {
				end -= 2
			} else if bytes.HasSuffix(line, []byte("\n")) {
				end--
			}
		}
		field := line[pos : pos+end]
		if bytes.IndexByte(field, '"') >= 0 {
			return 0, r.errorf(start, r.colName(col), fmt.Errorf("%w: quote in an unquoted field", record.ErrQuote))
		}
		r.buf = append(r.buf, field...)
		r.ends = append(r.ends, len(r.buf))
		if last {
			return len(r.ends), nil
		}
		pos += end + 1
	}
}

// colName names column col (1-based) by its header name once known.
func (r *Reader) colName(col int) string {
	if col <= len(r.header) {
		return r.header[col-1]
	}
	return "column " + strconv.Itoa(col)
}
