package parquet

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/deidtool/deid/pkg/record"
	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/encoding/thrift"
	"github.com/parquet-go/parquet-go/format"
)

// lie rewrites a Parquet file's footer after edit changed its metadata.
func lie(t *testing.T, file []byte, edit func(*format.FileMetaData)) []byte {
	t.Helper()
	n := int(binary.LittleEndian.Uint32(file[len(file)-8:]))
	start := len(file) - 8 - n
	var md format.FileMetaData
	if err := thrift.Unmarshal(new(thrift.CompactProtocol), file[start:len(file)-8], &md); err != nil {
		t.Fatal(err)
	}
	edit(&md)
	footer, err := thrift.Marshal(new(thrift.CompactProtocol), &md)
	if err != nil {
		t.Fatal(err)
	}
	out := append(bytes.Clone(file[:start]), footer...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(footer)))
	return append(out, "PAR1"...)
}

// TestFooterLies: footers that lie about sizes, offsets and counts end in a
// positioned error (or, where the lie does not matter, the right rows), never
// a panic or an allocation of the claimed size.
func TestFooterLies(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "duckdb_types.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	huge := int64(1) << 50
	cases := map[string][]byte{
		"footer length past the file": func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint32(b[len(b)-8:], 0x7fffffff)
			return b
		}(),
		"compressed size huge": lie(t, good, func(md *format.FileMetaData) {
			md.RowGroups[0].Columns[0].MetaData.TotalCompressedSize = huge
		}),
		"uncompressed size huge": lie(t, good, func(md *format.FileMetaData) {
			md.RowGroups[0].Columns[0].MetaData.TotalUncompressedSize = huge
		}),
		"page offset past the file": lie(t, good, func(md *format.FileMetaData) {
			md.RowGroups[0].Columns[1].MetaData.DataPageOffset = huge
		}),
		"negative offset": lie(t, good, func(md *format.FileMetaData) {
			md.RowGroups[0].Columns[1].MetaData.DataPageOffset = -5
		}),
		"more rows than stored": lie(t, good, func(md *format.FileMetaData) {
			md.RowGroups[0].NumRows = 1 << 40
			md.NumRows = 1 << 40
		}),
		"fewer rows than stored": lie(t, good, func(md *format.FileMetaData) {
			md.RowGroups[0].NumRows = 1
			md.NumRows = 1
		}),
		"value count huge": lie(t, good, func(md *format.FileMetaData) {
			md.RowGroups[0].Columns[0].MetaData.NumValues = huge
		}),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			r, err := Open("lie.parquet", bytes.NewReader(data), int64(len(data)))
			rows := 0
			for err == nil && rows < 1000 {
				_, err = r.Read()
				rows++
			}
			if err == io.EOF {
				if rows-1 != 4 {
					t.Fatalf("read %d rows to the end, the file holds 4", rows-1)
				}
				t.Logf("read the 4 rows to the end: the lie did not matter")
				return
			}
			var pe *record.ParseError
			if !errors.As(err, &pe) || pe.File != "lie.parquet" {
				t.Fatalf("error %v is not a ParseError naming the file", err)
			}
			t.Logf("%v", err)
		})
	}
}

// TestLZ4Refused: LZ4 pages are refused up front (the library's decoder
// grows its buffer without bound on damaged data), with a clear error.
func TestLZ4Refused(t *testing.T) {
	path := writeFixture(t, fixtureTickets(), pq.Compression(&pq.Lz4Raw))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	_, err = Open("lz4.parquet", f, st.Size())
	var pe *record.ParseError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "LZ4-compressed pages are not read") {
		t.Fatalf("error %v, want the LZ4 refusal", err)
	}
}
