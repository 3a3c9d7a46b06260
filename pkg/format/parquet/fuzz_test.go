package parquet

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/deidtool/deid/pkg/record"
	"github.com/google/go-cmp/cmp"
)

// FuzzReader feeds mutated Parquet files to the reader: it must end in rows
// or a *record.ParseError naming the file, never a panic or a hang, and what
// it reads must come back unchanged through the writer.
func FuzzReader(f *testing.F) {
	for _, name := range []string{"duckdb_types.parquet"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, mustInfer(f), WriterOptions{})
	if err != nil {
		f.Fatal(err)
	}
	w.Write(&record.Record{Fields: []record.Field{{Name: "a", Value: record.String("x")}}})
	w.Flush()
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Open("in.parquet", bytes.NewReader(data), int64(len(data)))
		if err != nil {
			checkParseError(t, err)
			return
		}
		var recs []*record.Record
		for len(recs) < 10000 {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				checkParseError(t, err)
				var pe *record.ParseError
				if errors.As(err, &pe) && pe.Fatal {
					return
				}
				continue
			}
			recs = append(recs, rec)
		}
		s, err := r.OutputSchema(keepAll, "")
		if err != nil {
			return // a schema the library cannot write back
		}
		var out bytes.Buffer
		w, err := NewWriter(&out, s, WriterOptions{})
		if err != nil {
			return
		}
		for _, rec := range recs {
			if err := w.Write(rec); err != nil {
				return // values the file's own type rejects (a fuzzed UTF-8 string, say)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatalf("flush: %v", err)
		}
		back, err := Open("out.parquet", bytes.NewReader(out.Bytes()), int64(out.Len()))
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		var again []*record.Record
		for {
			rec, err := back.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("reading back: %v", err)
			}
			again = append(again, rec)
		}
		if diff := cmp.Diff(recs, again); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}

func checkParseError(t *testing.T, err error) {
	t.Helper()
	var pe *record.ParseError
	if !errors.As(err, &pe) || pe.File != "in.parquet" {
		t.Fatalf("error %v is not a ParseError naming the file", err)
	}
}

// mustInfer returns a one-string-column schema.
func mustInfer(f *testing.F) *Schema {
	iw := NewInferringWriter(io.Discard, WriterOptions{}, 1, false, nil)
	if err := iw.Write(&record.Record{Fields: []record.Field{{Name: "a", Value: record.String("x")}}}); err != nil {
		f.Fatal(err)
	}
	return iw.Schema()
}
