package parquet

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/s2"
	"github.com/klauspost/compress/zstd"
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
		})
	}
}

// TestPageHeaderParserIsBounded: random bytes never panic, loop or allocate
// what they claim.
func TestPageHeaderParserIsBounded(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	for i := 0; i < 20000; i++ {
		b := make([]byte, 1+rng.IntN(200))
		for j := range b {
			b[j] = byte(rng.IntN(256))
		}
		_, n, _ := readPageHeader(bytes.NewReader(b), 0, int64(len(b)))
		if n < 0 || n > int64(len(b)) {
			t.Fatalf("consumed %d of %d bytes", n, len(b))
		}
	}
}
