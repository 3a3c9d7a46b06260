package parquet

import (
	"io"
	"os"
	"testing"
)

// BenchmarkCopy reads a Parquet file as records and writes them back under
// the identity schema: the format's own cost, without rules. The file is
// DEID_BENCH_PARQUET (bench/parquet.sh makes one), else the DuckDB fixture.
func BenchmarkCopy(b *testing.B) {
	path := os.Getenv("DEID_BENCH_PARQUET")
	if path == "" {
		path = "testdata/npm_types.parquet"
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	for b.Loop() {
		f, _ := os.Open(path)
		r, err := Open(path, f, st.Size())
		if err != nil {
			b.Fatal(err)
		}
		s, err := r.OutputSchema(keepAll, "")
		if err != nil {
			b.Fatal(err)
		}
		w, err := NewWriter(io.Discard, s, WriterOptions{FlushAfter: r.RowGroupEnds()})
		if err != nil {
			b.Fatal(err)
		}
		rows := 0
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if err := w.Write(rec); err != nil {
				b.Fatal(err)
			}
			rows++
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
		r.Close()
		f.Close()
		b.ReportMetric(float64(rows)/b.Elapsed().Seconds()*float64(b.N), "rows/s")
	}
}
