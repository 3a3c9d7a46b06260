package parquet

import (
	"github.com/klauspost/compress/s2"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/format"
)

// fastSnappy is the SNAPPY codec at the standard level. The library's own
// codec compresses at the "better" level, which took an eighth of a run's
// CPU for a few percent smaller pages (docs/performance.md).
type fastSnappy struct{}

func (fastSnappy) String() string                            { return "SNAPPY" }
func (fastSnappy) CompressionCodec() format.CompressionCodec { return format.Snappy }
func (fastSnappy) Encode(dst, src []byte) ([]byte, error) {
	return s2.EncodeSnappy(dst[:cap(dst)], src), nil
}
func (fastSnappy) Decode(dst, src []byte) ([]byte, error) { return s2.Decode(dst[:cap(dst)], src) }

// fast swaps the library's snappy codec for fastSnappy.
func fast(c compress.Codec) compress.Codec {
	if c != nil && c.CompressionCodec() == format.Snappy {
		return fastSnappy{}
	}
	return c
}
