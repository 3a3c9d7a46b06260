package compress

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// Codec is a compression format.
type Codec string

// The codecs.
const (
	None Codec = "none"
	Gzip Codec = "gzip"
	Zstd Codec = "zstd"
)

// Codecs lists every Codec, for flag validation.
var Codecs = []Codec{None, Gzip, Zstd}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}
)

// Ext returns the file-name extension of c: ".gz", ".zst" or "".
func (c Codec) Ext() string {
	switch c {
	case Gzip:
		return ".gz"
	case Zstd:
		return ".zst"
	}
	return ""
}

// SplitExt splits a compression extension off a file name:
// "tickets.csv.gz" gives "tickets.csv" and Gzip.
func SplitExt(name string) (string, Codec) {
	lower := strings.ToLower(name)
	for _, s := range []struct {
		ext string
		c   Codec
	}{{".gz", Gzip}, {".gzip", Gzip}, {".zst", Zstd}, {".zstd", Zstd}} {
		if strings.HasSuffix(lower, s.ext) {
			return name[:len(name)-len(s.ext)], s.c
		}
	}
	return name, None
}

// Sniff returns the codec of the stream behind br from its first bytes. A
// name whose extension promises compression the bytes do not show is an
// error (a truncated or mislabelled file); an empty stream is uncompressed.
func Sniff(br *bufio.Reader, name string) (Codec, error) {
	head, _ := br.Peek(4)
	_, byExt := SplitExt(name)
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		return Gzip, nil
	case bytes.HasPrefix(head, zstdMagic):
		return Zstd, nil
	case len(head) > 0 && byExt != None:
		return None, fmt.Errorf("file name says %s but the content is not %s-compressed", byExt, byExt)
	}
	return None, nil
}

// NewReader returns a reader of the decompressed stream. Closing it releases
// the decoder, not r.
func NewReader(r io.Reader, c Codec) (io.ReadCloser, error) {
	switch c {
	case Gzip:
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("open gzip stream: %w", err)
		}
		return zr, nil
	case Zstd:
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
		if err != nil {
			return nil, fmt.Errorf("open zstd stream: %w", err)
		}
		return zr.IOReadCloser(), nil
	}
	return io.NopCloser(r), nil
}

// NewWriter returns a writer that compresses into w. Close flushes and ends
// the stream but does not close w.
func NewWriter(w io.Writer, c Codec) (io.WriteCloser, error) {
	switch c {
	case Gzip:
		return gzip.NewWriterLevel(w, gzip.DefaultCompression)
	case Zstd:
		return zstd.NewWriter(w, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(zstd.SpeedDefault))
	}
	return nopWriteCloser{w}, nil
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
