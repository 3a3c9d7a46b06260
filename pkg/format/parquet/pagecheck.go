package parquet

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/deidtool/deid/pkg/record"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/s2"
	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/format"
)

// MaxPageBytes is the largest uncompressed page deid reads. The library
// allocates what a page header claims, and its decompressors grow without a
// bound on a page that expands beyond its header, so before a row group is
// read every page header is checked against this limit and every compressed
// page is decompressed once under the limit its header gives.
const MaxPageBytes = 256 << 20

// maxHeaderBytes bounds one page header (thrift); real ones are tens of
// bytes, a few kilobytes with statistics.
const maxHeaderBytes = 64 << 10

var errPageHeader = errors.New("malformed page header")

// pageHeader is what checkPages needs of a thrift PageHeader.
type pageHeader struct {
	uncompressed, compressed int64
	v2                       bool
	levels                   int64 // data page v2: level bytes before the compressed values
	v2Compressed             bool
}

// checkRowGroup checks every page of row group g before the library reads
// it (see MaxPageBytes), but those of columns left unread. Errors name the
// column.
func (r *Reader) checkRowGroup(g int) error {
	md := r.file.Metadata()
	if g >= len(md.RowGroups) {
		return nil
	}
	for i, cc := range md.RowGroups[g].Columns {
		if i < len(r.unread) && r.unread[i] {
			continue // never read (Omit)
		}
		m := cc.MetaData
		name := record0(m.PathInSchema)
		start := m.DataPageOffset
		if m.DictionaryPageOffset > 0 && m.DictionaryPageOffset < start {
			start = m.DictionaryPageOffset
		}
		end := start + m.TotalCompressedSize
		if start < 4 || m.TotalCompressedSize < 0 || end > r.size-8 || end < start {
			return fmt.Errorf("column %s: its pages lie outside the file", name)
		}
		for off := start; off < end; {
			h, hlen, err := r.dec.readPageHeader(r.at, off, end)
			if err != nil {
				return fmt.Errorf("column %s: page at byte %d: %w", name, off, err)
			}
			if h.uncompressed < 0 || h.compressed < 0 || off+hlen+h.compressed > end {
				return fmt.Errorf("column %s: page at byte %d: sizes do not fit its column chunk", name, off)
			}
			if h.uncompressed > MaxPageBytes {
				return fmt.Errorf("column %s: a page claims %d bytes uncompressed; deid reads pages up to %d", name, h.uncompressed, MaxPageBytes)
			}
			if err := r.dec.checkExpansion(r.at, off+hlen, h, m.Codec); err != nil {
				return fmt.Errorf("column %s: page at byte %d: %w", name, off, err)
			}
			off += hlen + h.compressed
		}
	}
	return nil
}

func record0(path []string) string { return record.QuoteName(strings.Join(path, ".")) }

// decoders are the bounded decompressors of checkExpansion, made once per
// Reader.
type decoders struct {
	gz  *gzip.Reader
	zs  *zstd.Decoder
	buf []byte // page headers and compressed pages, read into it in turn
}

// read reads n bytes at off into d.buf and returns them, or nil when
// fewer are there.
func (d *decoders) read(at io.ReaderAt, off, n int64) ([]byte, error) {
	if int64(cap(d.buf)) < n {
		d.buf = make([]byte, n)
	}
	b := d.buf[:n]
	if m, err := at.ReadAt(b, off); int64(m) < n {
		return nil, err
	}
	return b, nil
}

// checkExpansion decompresses a page under the size its header claims: a
// page that expands further is refused before the library decodes it.
func (d *decoders) checkExpansion(at io.ReaderAt, off int64, h pageHeader, codec format.CompressionCodec) error {
	if codec == format.Uncompressed || h.v2 && !h.v2Compressed {
		return nil
	}
	size := h.compressed
	if codec == format.Snappy {
		// a snappy block starts with the length it decodes to, a varint
		// (after the levels on a v2 page): only that is read
		size = min(size, max(h.levels, 0)+binary.MaxVarintLen64)
	}
	data, err := d.read(at, off, size)
	if data == nil {
		return fmt.Errorf("truncated page: %v", err)
	}
	want := h.uncompressed
	if h.v2 {
		if h.levels < 0 || h.levels > h.compressed || h.levels > h.uncompressed {
			return errors.New("level sizes do not fit the page")
		}
		data, want = data[h.levels:], h.uncompressed-h.levels
	}
	var n int64
	switch codec {
	case format.Snappy:
		l, err := s2.DecodedLen(data)
		if err != nil {
			return errors.New("corrupt snappy page")
		}
		n = int64(l)
	case format.Gzip:
		if d.gz == nil {
			d.gz, err = gzip.NewReader(bytes.NewReader(data))
		} else {
			err = d.gz.Reset(bytes.NewReader(data))
		}
		if err != nil {
			return errors.New("corrupt gzip page")
		}
		n, _ = io.Copy(io.Discard, io.LimitReader(d.gz, want+1))
	case format.Zstd:
		// The library's DecodeAll allocates the size a frame header
		// declares before decoding: check that first.
		var fh zstd.Header
		if err := fh.Decode(data); err != nil {
			return errors.New("corrupt zstd page")
		}
		if fh.HasFCS && fh.FrameContentSize > uint64(want) {
			return fmt.Errorf("the page expands beyond the %d bytes its header claims", want)
		}
		if d.zs == nil {
			d.zs, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true),
				zstd.WithDecoderMaxMemory(MaxPageBytes+1<<20))
			if err != nil {
				return err
			}
		}
		if err := d.zs.Reset(bytes.NewReader(data)); err != nil {
			return errors.New("corrupt zstd page")
		}
		n, _ = io.Copy(io.Discard, io.LimitReader(d.zs, want+1))
	case format.Brotli:
		n, _ = io.Copy(io.Discard, io.LimitReader(brotli.NewReader(bytes.NewReader(data)), want+1))
	default:
		return nil // no other codec gets this far (LZ4 is refused at Open)
	}
	if n > want {
		return fmt.Errorf("the page expands beyond the %d bytes its header claims", want)
	}
	return nil
}

// firstHeaderBytes is how much of a page header readPageHeader reads
// first: headers without statistics fit in it; a longer one is read again
// with up to maxHeaderBytes.
const firstHeaderBytes = 1 << 10

// readPageHeader parses the thrift (compact protocol) page header at off,
// reading no more than maxHeaderBytes and allocating nothing it claims.
func (d *decoders) readPageHeader(at io.ReaderAt, off, end int64) (pageHeader, int64, error) {
	window := min(int64(maxHeaderBytes), end-off)
	h, n, err := d.parsePageHeader(at, off, min(window, firstHeaderBytes))
	if err != nil && window > firstHeaderBytes {
		h, n, err = d.parsePageHeader(at, off, window)
	}
	return h, n, err
}

// parsePageHeader parses a page header from the window bytes at off.
func (d *decoders) parsePageHeader(at io.ReaderAt, off, window int64) (pageHeader, int64, error) {
	if int64(cap(d.buf)) < window {
		d.buf = make([]byte, window)
	}
	buf := d.buf[:window]
	n, _ := at.ReadAt(buf, off)
	c := &compact{b: buf[:n]}
	var h pageHeader
	h.v2Compressed = true
	var err error
	c.structFields(func(id int16, typ byte) {
		switch {
		case id == 2 && typ == 5:
			h.uncompressed = c.varint()
		case id == 3 && typ == 5:
			h.compressed = c.varint()
		case id == 8 && typ == 12:
			h.v2 = true
			c.structFields(func(id int16, typ byte) {
				switch {
				case (id == 5 || id == 6) && typ == 5:
					h.levels += c.varint()
				case id == 7 && (typ == 1 || typ == 2):
					h.v2Compressed = typ == 1
				default:
					c.skip(typ, 0)
				}
			}, 1)
		default:
			c.skip(typ, 0)
		}
	}, 0)
	if c.err != nil {
		err = c.err
	}
	return h, int64(c.pos), err
}

// compact reads the thrift compact protocol from a byte slice, with every
// length checked against the bytes at hand.
type compact struct {
	b   []byte
	pos int
	err error
}

const maxDepth = 32

func (c *compact) fail() {
	if c.err == nil {
		c.err = errPageHeader
	}
	c.pos = len(c.b)
}

func (c *compact) byte1() byte {
	if c.pos >= len(c.b) {
		c.fail()
		return 0
	}
	b := c.b[c.pos]
	c.pos++
	return b
}

func (c *compact) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		b := c.byte1()
		if c.err != nil {
			return 0
		}
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	c.fail()
	return 0
}

// varint reads a zigzag varint.
func (c *compact) varint() int64 {
	u := c.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

func (c *compact) advance(n uint64) {
	if n > uint64(len(c.b)-c.pos) {
		c.fail()
		return
	}
	c.pos += int(n)
}

// structFields calls f for each field of a struct (f must consume the
// field's value), up to the stop byte.
func (c *compact) structFields(f func(id int16, typ byte), depth int) {
	if depth > maxDepth {
		c.fail()
		return
	}
	var last int16
	for c.err == nil {
		b := c.byte1()
		if b == 0 || c.err != nil {
			return
		}
		typ := b & 0x0f
		id := last + int16(b>>4)
		if b>>4 == 0 {
			id = int16(c.varint())
		}
		last = id
		f(id, typ)
	}
}

// element passes over a list, set or map element: there a boolean takes a
// byte of its own, so every element consumes at least one byte.
func (c *compact) element(typ byte, depth int) {
	if typ == 1 || typ == 2 {
		c.advance(1)
		return
	}
	c.skip(typ, depth)
}

// skip passes over a value of compact type typ.
func (c *compact) skip(typ byte, depth int) {
	if depth > maxDepth {
		c.fail()
		return
	}
	switch typ {
	case 1, 2: // booleans live in the type nibble (or one byte in lists)
	case 3:
		c.advance(1)
	case 4, 5, 6:
		c.uvarint()
	case 7:
		c.advance(8)
	case 8:
		c.advance(c.uvarint())
	case 9, 10:
		b := c.byte1()
		size := uint64(b >> 4)
		if size == 15 {
			size = c.uvarint()
		}
		et := b & 0x0f
		for i := uint64(0); i < size && c.err == nil; i++ {
			c.element(et, depth+1)
		}
	case 11:
		size := c.uvarint()
		if size == 0 {
			return
		}
		kv := c.byte1()
		for i := uint64(0); i < size && c.err == nil; i++ {
			c.element(kv>>4, depth+1)
			c.element(kv&0x0f, depth+1)
		}
	case 12:
		c.structFields(func(_ int16, t byte) { c.skip(t, depth+1) }, depth+1)
	default:
		c.fail()
	}
}
