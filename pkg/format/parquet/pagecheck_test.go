package parquet

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/google/go-cmp/cmp"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/s2"
	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/encoding/thrift"
	"github.com/parquet-go/parquet-go/format"
)

// TestPageBombs: a page that expands beyond the size its header claims is
// refused before the library decodes it, for every codec deid checks.
func TestPageBombs(t *testing.T) {
	big := make([]byte, 8<<20) // 8 MiB of zeros: compresses to almost nothing
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(big)
	w.Close()
	enc, _ := zstd.NewWriter(nil)
	zs := enc.EncodeAll(big, nil)
	var br bytes.Buffer
	bw := brotli.NewWriter(&br)
	bw.Write(big)
	bw.Close()
	for _, tc := range []struct {
		name  string
		codec format.CompressionCodec
		data  []byte
	}{
		{"gzip", format.Gzip, gz.Bytes()},
		{"zstd", format.Zstd, zs},
		{"snappy", format.Snappy, s2.EncodeSnappy(nil, big)},
		{"brotli", format.Brotli, br.Bytes()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d decoders
			h := pageHeader{uncompressed: 1000, compressed: int64(len(tc.data))}
			err := d.checkExpansion(bytes.NewReader(tc.data), 0, h, tc.codec)
			if err == nil || !strings.Contains(err.Error(), "expands beyond") {
				t.Fatalf("bomb: %v", err)
			}
			h.uncompressed = int64(len(big))
			if err := d.checkExpansion(bytes.NewReader(tc.data), 0, h, tc.codec); err != nil {
				t.Fatalf("honest page: %v", err)
			}
			// a data page v2: level bytes, then the compressed values
			levels := []byte{1, 2, 3, 4, 5, 6, 7}
			v2 := append(append([]byte{}, levels...), tc.data...)
			h = pageHeader{uncompressed: 1000, compressed: int64(len(v2)), v2: true, v2Compressed: true, levels: int64(len(levels))}
			err = d.checkExpansion(bytes.NewReader(v2), 0, h, tc.codec)
			if err == nil || !strings.Contains(err.Error(), "expands beyond") {
				t.Fatalf("v2 bomb: %v", err)
			}
			h.uncompressed = int64(len(big) + len(levels))
			if err := d.checkExpansion(bytes.NewReader(v2), 0, h, tc.codec); err != nil {
				t.Fatalf("honest v2 page: %v", err)
			}
		})
	}
}

// TestPageHeaderParserIsBounded: random bytes never panic, loop or allocate
// what they claim.
func TestPageHeaderParserIsBounded(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	var d decoders
	for i := 0; i < 20000; i++ {
		b := make([]byte, 1+rng.IntN(200))
		for j := range b {
			b[j] = byte(rng.IntN(256))
		}
		_, n, _ := d.readPageHeader(bytes.NewReader(b), 0, int64(len(b)))
		if n < 0 || n > int64(len(b)) {
			t.Fatalf("consumed %d of %d bytes", n, len(b))
		}
	}
}

// TestLongPageHeader: a page header longer than the first read (statistics
// of long strings) is read again whole, for v1 and v2 data pages.
func TestLongPageHeader(t *testing.T) {
	long := bytes.Repeat([]byte("x"), 3*firstHeaderBytes)
	stats := format.Statistics{MinValue: long, MaxValue: long}
	for _, tc := range []struct {
		name string
		ph   format.PageHeader
		want pageHeader
	}{
		{"v1", format.PageHeader{Type: format.DataPage, UncompressedPageSize: 5000, CompressedPageSize: 400,
			DataPageHeader: thrift.New(format.DataPageHeader{NumValues: 10, Statistics: stats})},
			pageHeader{uncompressed: 5000, compressed: 400, v2Compressed: true}},
		{"v2", format.PageHeader{Type: format.DataPageV2, UncompressedPageSize: 5000, CompressedPageSize: 400,
			DataPageHeaderV2: thrift.New(format.DataPageHeaderV2{NumValues: 10, NumRows: 10, DefinitionLevelsByteLength: 3,
				RepetitionLevelsByteLength: 2, IsCompressed: thrift.New(true), Statistics: stats})},
			pageHeader{uncompressed: 5000, compressed: 400, v2: true, levels: 5, v2Compressed: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := thrift.Marshal(new(thrift.CompactProtocol), &tc.ph)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) <= firstHeaderBytes {
				t.Fatalf("the header is %d bytes: not longer than the first read", len(b))
			}
			file := append(b, make([]byte, 400)...)
			var d decoders
			h, n, err := d.readPageHeader(bytes.NewReader(file), 0, int64(len(file)))
			if err != nil || n != int64(len(b)) {
				t.Fatalf("read %d of %d header bytes: %v", n, len(b), err)
			}
			if diff := cmp.Diff(tc.want, h, cmp.AllowUnexported(pageHeader{})); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
		})
	}
}
