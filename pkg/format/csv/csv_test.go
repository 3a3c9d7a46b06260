package csv

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/record"
)

// readAll returns the records' values as [][]string, plus the first error.
func readAll(t testing.TB, in string, opts ReaderOptions) ([]string, [][]string, error) {
	t.Helper()
	r := NewReader(strings.NewReader(in), opts)
	h, err := r.Header()
	if err != nil {
		return nil, nil, err
	}
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return h, rows, nil
		}
		if err != nil {
			return h, rows, err
		}
		row := make([]string, len(rec.Fields))
		for i, f := range rec.Fields {
			row[i] = f.Value.Str
		}
		rows = append(rows, row)
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		comma  byte
		header []string
		rows   [][]string
	}{
		{"simple", "a,b\n1,2\n3,4\n", 0, []string{"a", "b"}, [][]string{{"1", "2"}, {"3", "4"}}},
		{"no final newline", "a,b\n1,2", 0, []string{"a", "b"}, [][]string{{"1", "2"}}},
		{"quoted comma and quotes", "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", 0, []string{"a", "b"}, [][]string{{"x,y", `say "hi"`}}},
		{"line breaks inside quotes kept exactly", "a,b\r\n\"l1\r\nl2\nl3\",z\r\n", 0, []string{"a", "b"}, [][]string{{"l1\r\nl2\nl3", "z"}}},
		{"crlf records", "a,b\r\n1,2\r\n", 0, []string{"a", "b"}, [][]string{{"1", "2"}}},
		{"lone cr inside unquoted value", "a,b\n1\r2,3\n", 0, []string{"a", "b"}, [][]string{{"1\r2", "3"}}},
		{"bom", "\xef\xbb\xbfa,b\n1,2\n", 0, []string{"a", "b"}, [][]string{{"1", "2"}}},
		{"semicolon sniffed", "a;b;\"c;d\"\n1;2,5;3\n", 0, []string{"a", "b", "c;d"}, [][]string{{"1", "2,5", "3"}}},
		{"tab given", "a\tb\n1\t2\n", '\t', []string{"a", "b"}, [][]string{{"1", "2"}}},
		{"blank lines skipped", "a,b\n\n1,2\n\n", 0, []string{"a", "b"}, [][]string{{"1", "2"}}},
		{"single column keeps empty values", "a\n\nx\n", 0, []string{"a"}, [][]string{{""}, {"x"}}},
		{"leading zeros and spaces kept", "id,n\n007, 1 \n", 0, []string{"id", "n"}, [][]string{{"007", " 1 "}}},
		{"empty quoted", "a,b\n\"\",\n", 0, []string{"a", "b"}, [][]string{{"", ""}}},
		{"header only", "a,b\n", 0, []string{"a", "b"}, nil},
		{"empty input", "", 0, nil, nil},
		{"excel's sep line", "sep=;\r\na;b\r\n1,5;2\r\n", 0, []string{"a", "b"}, [][]string{{"1,5", "2"}}},
		{"sep line in capitals", "SEP=|\na|b\n1|2\n", 0, []string{"a", "b"}, [][]string{{"1", "2"}}},
		{"a delimiter given wins over the sep line", "sep=;\na,b\n1;5,2\n", ',', []string{"a", "b"}, [][]string{{"1;5", "2"}}},
		{"blank lines before the header", "\n\r\n\na,b\n1,2\n", 0, []string{"a", "b"}, [][]string{{"1", "2"}}},
		{"a header named sep", "sep=x,b\n1,2\n", 0, []string{"sep=x", "b"}, [][]string{{"1", "2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, rows, err := readAll(t, tt.in, ReaderOptions{Comma: tt.comma})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.header, h); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.rows, rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	const canary = "CANARY-SECRET"
	tests := []struct {
		name  string
		in    string
		max   int
		line  int64
		field string
		err   error
	}{
		{"ragged row", "a,b\n1,2\n" + canary + "\n", 0, 3, "", record.ErrFieldCount},
		{"a line of one empty quoted field is a record, not a blank line", "a,b\n1,2\n\"\"\n", 0, 3, "", record.ErrFieldCount},
		{"bare quote", "a,b\n1,x\"" + canary + "\n", 0, 2, "b", record.ErrQuote},
		{"text after closing quote", "a,b\n\"" + canary + "\"x,2\n", 0, 2, "a", record.ErrQuote},
		{"unterminated quote", "a,b\n1,\"" + canary + "\n2,3\n", 0, 2, "b", record.ErrQuote},
		{"invalid utf-8", "a,b\n1,\xff" + canary + "\n", 0, 2, "b", record.ErrInvalidUTF8},
		{"duplicate header", "a,b,a\n1,2,3\n", 0, 1, "column 3", record.ErrDuplicateField},
		{"lines before the header counted", "\nsep=,\na,b\n1,2\n" + canary + "\n", 0, 5, "", record.ErrFieldCount},
		{"record too large", "a,b\n1," + strings.Repeat("x", 5000) + canary + "\n", 1024, 2, "", record.ErrRecordTooLarge},
		{"quoted record too large", "a,b\n1,\"" + strings.Repeat("x\n", 3000) + canary + "\"\n", 1024, 2, "b", record.ErrRecordTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := readAll(t, tt.in, ReaderOptions{Name: "in.csv", MaxRecordBytes: tt.max})
			var pe *record.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want ParseError wrapping %v", err, tt.err)
			}
			got := record.ParseError{File: pe.File, Line: pe.Line, Field: pe.Field}
			want := record.ParseError{File: "in.csv", Line: tt.line, Field: tt.field}
			if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return true })); diff != "" {
				t.Errorf("position (-want +got):\n%s", diff)
			}
			if strings.Contains(err.Error(), "CANARY") {
				t.Errorf("error holds the value: %v", err)
			}
		})
	}
}

func TestReadRecoversAfterBadRow(t *testing.T) {
	r := NewReader(strings.NewReader("a,b\n1\n2,x\"y\n3,4\n"), ReaderOptions{})
	var got []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, "error")
			continue
		}
		got = append(got, rec.Fields[0].Value.Str)
	}
	if diff := cmp.Diff([]string{"error", "error", "3"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestWriteQuotesOnlyWhatNeedsIt(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf, WriterOptions{})
	rec := &record.Record{Fields: []record.Field{
		{Name: "a", Value: record.String("plain")},
		{Name: "b", Value: record.String("x,y")},
		{Name: "c", Value: record.String("say \"hi\"\r\nbye")},
		{Name: "d", Value: record.String(" pad")},
		{Name: "e", Value: record.Null()},
		{Name: "f", Value: record.Value{Kind: record.KindNumber, Str: "1.50"}},
	}}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	w.Write(&record.Record{Fields: []record.Field{{Name: "b", Value: record.String("only b")}}})
	if err := w.Write(&record.Record{Fields: []record.Field{{Name: "zz", Value: record.String("new")}}}); !errors.Is(err, ErrNewColumn) {
		t.Errorf("new column: err = %v", err)
	}
	w.Flush()
	want := "a,b,c,d,e,f\nplain,\"x,y\",\"say \"\"hi\"\"\r\nbye\",\" pad\",,1.50\n,only b,,,,\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// roundTrip writes what it read and reads it back: the values must be equal.
func roundTrip(t *testing.T, in string) {
	r := NewReader(strings.NewReader(in), ReaderOptions{MaxRecordBytes: 1 << 16})
	var recs []*record.Record
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *record.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("non-ParseError %T: %v", err, err)
			}
			if _, herr := r.Header(); herr != nil {
				return // a bad header: nothing to round-trip
			}
			continue
		}
		recs = append(recs, rec)
	}
	if r.header == nil {
		return
	}
	var buf bytes.Buffer
	w := NewWriter(&buf, WriterOptions{Comma: r.Comma(), CRLF: r.CRLF()})
	w.SetColumns(r.header)
	for _, rec := range recs {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	r2 := NewReader(bytes.NewReader(buf.Bytes()), ReaderOptions{Comma: r.Comma(), MaxRecordBytes: 1 << 20})
	if h, err := r2.Header(); err != nil || !cmp.Equal(h, r.header) {
		t.Fatalf("header after round trip: %q, %v; want %q", h, err, r.header)
	}
	for i, want := range recs {
		got, err := r2.Read()
		if err != nil {
			t.Fatalf("record %d after round trip: %v\noutput: %q", i, err, buf.String())
		}
		if diff := cmp.Diff(want.Fields, got.Fields); diff != "" {
			t.Fatalf("record %d changed (-want +got):\n%s", i, diff)
		}
	}
	if _, err := r2.Read(); err != io.EOF {
		t.Fatalf("extra record after round trip: %v", err)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, in := range []string{
		"a,b\n1,2\n",
		"a;b\r\n\"x\r\ny\";\" lead\"\r\n",
		"a\n\n\n",
		"a,b\n\"\"\"\",\"a\"\"b\"\n",
	} {
		roundTrip(t, in)
	}
}

func FuzzReadWrite(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "a;b\r\n\"x\r\ny\";z\r\n", "x\n\"\"\n", "a,b\n1,\"2\n", "\xef\xbb\xbfa|b\n|\n", "sep=;\r\n\na;b\n1;2\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip(t, string(data))
	})
}

// TestPrepareWritesWhatWriteWrites checks that encoding in Prepare (on the
// workers) gives the bytes Write gives, records in or out of header order.
func TestPrepareWritesWhatWriteWrites(t *testing.T) {
	str := func(s string) record.Value { return record.Value{Kind: record.KindString, Str: s} }
	recs := []*record.Record{
		{Line: 2, Fields: []record.Field{{Name: "a", Value: str("1")}, {Name: "b", Value: str("x,\"y\"")}}},
		{Line: 3, Fields: []record.Field{{Name: "b", Value: str(" lead")}, {Name: "a", Value: str("l1\nl2")}}},
		{Line: 4, Fields: []record.Field{{Name: "b", Value: str("only b")}}},
	}
	for _, crlf := range []bool{false, true} {
		var plain, prepared bytes.Buffer
		w1 := NewWriter(&plain, WriterOptions{Comma: ';', CRLF: crlf})
		w2 := NewWriter(&prepared, WriterOptions{Comma: ';', CRLF: crlf})
		for _, w := range []*Writer{w1, w2} {
			if err := w.SetColumns([]string{"a", "b"}); err != nil {
				t.Fatal(err)
			}
		}
		for _, rec := range recs {
			if err := w1.Write(rec); err != nil {
				t.Fatal(err)
			}
			p, err := w2.Prepare(rec)
			if err != nil || p == nil {
				t.Fatalf("Prepare = %v, %v; want a prepared line", p, err)
			}
			if err := w2.WritePrepared(rec, p); err != nil {
				t.Fatal(err)
			}
		}
		w1.Flush()
		w2.Flush()
		if diff := cmp.Diff(plain.String(), prepared.String()); diff != "" {
			t.Errorf("crlf %v: prepared output differs (-Write +Prepare):\n%s", crlf, diff)
		}
	}
	// a field the header lacks is Prepare's error
	w := NewWriter(io.Discard, WriterOptions{})
	w.SetColumns([]string{"a"})
	if _, err := w.Prepare(recs[0]); !errors.Is(err, ErrNewColumn) {
		t.Errorf("Prepare of a record with a new field: err = %v, want ErrNewColumn", err)
	}
	// without SetColumns, the header comes from the first Write: Prepare
	// leaves the record to WritePrepared
	var buf bytes.Buffer
	w = NewWriter(&buf, WriterOptions{})
	if p, err := w.Prepare(recs[0]); p != nil || err != nil {
		t.Errorf("Prepare before the header = %v, %v; want nil, nil", p, err)
	}
	if err := w.WritePrepared(recs[0], nil); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if got, want := buf.String(), "a,b\n1,\"x,\"\"y\"\"\"\n"; got != want {
		t.Errorf("WritePrepared(nil) wrote %q, want %q", got, want)
	}
}

// TestByteOrderMark checks that the reader reports a UTF-8 byte-order mark
// it passed over, and that a writer asked for one writes it before the
// header, whichever way rows come (Write, or Prepare after SetColumns).
func TestByteOrderMark(t *testing.T) {
	for _, in := range []string{"\xef\xbb\xbfa,b\n1,2\n", "a,b\n1,2\n"} {
		r := NewReader(strings.NewReader(in), ReaderOptions{})
		if _, err := r.Header(); err != nil {
			t.Fatal(err)
		}
		if got, want := r.BOM(), strings.HasPrefix(in, "\xef"); got != want {
			t.Errorf("BOM() on %q = %v", in, got)
		}
	}
	rec := &record.Record{Fields: []record.Field{{Name: "a", Value: record.String("1")}}}
	for _, preset := range []bool{false, true} {
		var buf bytes.Buffer
		w := NewWriter(&buf, WriterOptions{BOM: true})
		if preset {
			if err := w.SetColumns([]string{"a"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != "\xef\xbb\xbfa\n1\n" {
			t.Errorf("preset %v: %q", preset, got)
		}
	}
}
