package parquet

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/deidtool/deid/pkg/record"
	"github.com/google/go-cmp/cmp"
	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/deprecated"
)

// message is one turn of a transcript in the fixtures.
type message struct {
	Role string  `parquet:"role"`
	Text *string `parquet:"text,optional"`
	TS   int64   `parquet:"ts,timestamp(millisecond)"`
}

// ticket exercises every type the reader must keep, in the REQUIRED layout
// Go writers produce, with optional fields and lists beside it.
type ticket struct {
	ID       int64             `parquet:"id"`
	Small    int32             `parquet:"small,int(16)"`
	Email    string            `parquet:"customer_email,dict"`
	Notes    *string           `parquet:"notes,optional"`
	Opened   int64             `parquet:"opened,timestamp(microsecond)"`
	OpenedNs int64             `parquet:"opened_ns,timestamp(nanosecond:local)"`
	Day      int32             `parquet:"day,date"`
	Amount   int64             `parquet:"amount,decimal(2:12)"`
	Score    float64           `parquet:"score"`
	Ratio    float32           `parquet:"ratio"`
	Flag     bool              `parquet:"flag"`
	Legacy   deprecated.Int96  `parquet:"legacy_ts"`
	Blob     []byte            `parquet:"blob"`
	Tags     []string          `parquet:"tags,list"`
	Messages []message         `parquet:"messages,list"`
	Attrs    map[string]string `parquet:"attrs"`
	Bare     []int64           `parquet:"bare"` // repeated without LIST: the legacy layout
}

func strp(s string) *string { return &s }

func fixtureTickets() []ticket {
	return []ticket{
		{ID: 1, Small: -3, Email: "ann@example.com", Notes: strp("call back"), Opened: 1_700_000_000_123_456,
			OpenedNs: 1_700_000_000_123_456_789, Day: 19700, Amount: -12345, Score: 0.1, Ratio: 1.5, Flag: true,
			Legacy: deprecated.Int96{0x2a05f200, 0x00000d18, 2460000}, Blob: []byte{0, 255, 10},
			Tags: []string{"a", "b"}, Messages: []message{{Role: "customer", Text: strp("hi, I am Ann"), TS: 1_700_000_000_001},
				{Role: "agent", Text: nil, TS: 1_700_000_000_002}}, Attrs: map[string]string{"k": "v"}, Bare: []int64{7, 8}},
		{ID: 2, Email: "bob@example.com", Tags: []string{}, Messages: []message{}, Attrs: map[string]string{}},
		{ID: 3, Email: "ann@example.com", Notes: strp(""), Tags: nil, Messages: []message{{Role: "customer", Text: strp("x")}}},
	}
}

func writeFixture(t *testing.T, rows []ticket, opts ...pq.WriterOption) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tickets.parquet")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := pq.NewGenericWriter[ticket](f, append(opts, pq.MaxRowsPerRowGroup(2))...)
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}

func openFile(t *testing.T, path string) *Reader {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	st, _ := f.Stat()
	r, err := Open(path, f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func readAll(t *testing.T, r *Reader) []*record.Record {
	t.Helper()
	var out []*record.Record
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
	r.Close()
	return out
}

// keepAll is the identity rule set.
func keepAll([]string, int, bool) (Fate, error) { return Fate{Keep: true}, nil }

// copyFile runs records from in to a new file through decide (no operator
// runs: the records are written as read).
func copyFile(t *testing.T, in string, decide Decide, compression string) (string, *Schema) {
	t.Helper()
	r := openFile(t, in)
	s, err := r.OutputSchema(decide, compression)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.parquet")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWriter(f, s, WriterOptions{FlushAfter: r.RowGroupEnds(), Metadata: r.Metadata()})
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range readAll(t, r) {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return out, s
}

func TestReadValues(t *testing.T) {
	r := openFile(t, writeFixture(t, fixtureTickets()))
	recs := readAll(t, r)
	if len(recs) != 3 {
		t.Fatalf("read %d records, want 3", len(recs))
	}
	var b []byte
	for _, rec := range recs {
		b = record.AppendJSONObject(b, rec.Fields)
		b = append(b, '\n')
	}
	got := string(b)
	golden := filepath.Join("testdata", "tickets.jsonl")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		os.WriteFile(golden, b, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	if recs[2].Line != 3 {
		t.Errorf("third record's Line = %d, want 3", recs[2].Line)
	}
}

func TestDuckDBFixture(t *testing.T) {
	in := filepath.Join("testdata", "duckdb_types.parquet")
	recs := readAll(t, openFile(t, in))
	var b []byte
	for _, rec := range recs {
		b = record.AppendJSONObject(b, rec.Fields)
		b = append(b, '\n')
	}
	golden := filepath.Join("testdata", "duckdb_types.jsonl")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		os.WriteFile(golden, b, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(b)); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	out, _ := copyFile(t, in, keepAll, "")
	inR, outR := openFile(t, in), openFile(t, out)
	if diff := cmp.Diff(inR.Schema().String(), outR.Schema().String()); diff != "" {
		t.Errorf("schema (-in +out):\n%s", diff)
	}
	if diff := cmp.Diff(readAll(t, inR), readAll(t, outR)); diff != "" {
		t.Errorf("records (-in +out):\n%s", diff)
	}
	if diff := cmp.Diff(inR.RowGroupEnds(), outR.RowGroupEnds()); diff != "" {
		t.Errorf("row groups (-in +out):\n%s", diff)
	}
}

func TestRoundTripIdentity(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts []pq.WriterOption
	}{
		{"snappy", []pq.WriterOption{pq.Compression(&pq.Snappy)}},
		{"zstd", []pq.WriterOption{pq.Compression(&pq.Zstd)}},
		{"gzip", []pq.WriterOption{pq.Compression(&pq.Gzip)}},
		{"none", []pq.WriterOption{pq.Compression(&pq.Uncompressed)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := writeFixture(t, fixtureTickets(), tc.opts...)
			out, s := copyFile(t, in, keepAll, "")
			if s.Changed {
				t.Error("identity schema reported as changed")
			}
			inR, outR := openFile(t, in), openFile(t, out)
			if diff := cmp.Diff(inR.Schema().String(), outR.Schema().String()); diff != "" {
				t.Errorf("schema (-in +out):\n%s", diff)
			}
			if diff := cmp.Diff(inR.RowGroupEnds(), outR.RowGroupEnds()); diff != "" {
				t.Errorf("row groups (-in +out):\n%s", diff)
			}
			if diff := cmp.Diff(readAll(t, inR), readAll(t, outR)); diff != "" {
				t.Errorf("records (-in +out):\n%s", diff)
			}
			if got, want := outR.Codec(), inR.Codec(); got != want {
				t.Errorf("codec %s, want %s", got, want)
			}
		})
	}
}

func TestOutputSchemaDropsAndRetypes(t *testing.T) {
	in := writeFixture(t, fixtureTickets())
	decide := func(path []string, inherited int, scalar bool) (Fate, error) {
		switch record.JoinTokens(path) {
		case "notes", "blob", "attrs", "legacy_ts":
			return Fate{Drop: true}, nil
		case "id", "opened":
			return Fate{KeepTime: true}, nil // a transform: id becomes a string, opened stays a timestamp
		case "messages":
			return Fate{Descend: true, Inherit: -1}, nil
		case "messages[]":
			return Fate{Descend: true, Inherit: -1}, nil
		case "messages[].ts":
			return Fate{Drop: true}, nil
		}
		return Fate{Keep: true}, nil
	}
	_, s := copyFileWith(t, in, decide)
	if !s.Changed {
		t.Error("schema not reported as changed")
	}
	got := s.Fields()
	want := [][2]string{{"id", "string"}, {"small", "int32"}, {"customer_email", "string"},
		{"opened", "timestamp[us]"}, {"opened_ns", "timestamp[ns]"}, {"day", "date"}, {"amount", "decimal(scale=2)"},
		{"score", "double"}, {"ratio", "float"}, {"flag", "bool"}, {"tags[]", "string"},
		{"messages[].role", "string"}, {"messages[].text", "string"}, {"bare[]", "int64"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
}

// copyFileWith is copyFile for rules that drop fields: the records are cut
// down the way the rules would before writing.
func copyFileWith(t *testing.T, in string, decide Decide) (string, *Schema) {
	t.Helper()
	r := openFile(t, in)
	s, err := r.OutputSchema(decide, "zstd")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, s, WriterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range readAll(t, r) {
		rec.Fields = prune(rec.Fields, nil, decide)
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.parquet")
	os.WriteFile(out, buf.Bytes(), 0o644)
	return out, s
}

// prune drops the fields decide drops (a stand-in for the transform
// package in these tests).
func prune(fields []record.Field, path []string, decide Decide) []record.Field {
	var out []record.Field
	for _, f := range fields {
		p := sub(path, f.Name)
		fate, _ := decide(p, -1, f.Value.IsScalar())
		if fate.Drop {
			continue
		}
		if fate.Descend && f.Value.Kind == record.KindList {
			for i, e := range f.Value.List {
				if e.Kind == record.KindMap {
					f.Value.List[i].Map = prune(e.Map, sub(p, record.ListSuffix), decide)
				}
			}
		}
		out = append(out, f)
	}
	return out
}

func TestCorruptInput(t *testing.T) {
	good, err := os.ReadFile(writeFixture(t, fixtureTickets()))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"empty":       {},
		"not parquet": []byte("id,name\n1,ann\n"),
		"truncated":   good[:len(good)/2],
		"no footer":   good[:len(good)-8],
	}
	// Flip bytes inside the data pages: errors, never panics.
	for _, at := range []int{8, 40, 100, 200, 400} {
		if at < len(good)-100 {
			b := bytes.Clone(good)
			for i := at; i < at+16; i++ {
				b[i] ^= 0x5a
			}
			cases["flipped@"+strings.Repeat("x", at%7)+string(rune('a'+at%26))] = b
		}
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			r, err := Open("in.parquet", bytes.NewReader(data), int64(len(data)))
			if err == nil {
				for {
					_, err = r.Read()
					if err != nil {
						break
					}
				}
				if err == io.EOF {
					return // a flip that hit padding or statistics
				}
			}
			var pe *record.ParseError
			if !errors.As(err, &pe) || pe.File != "in.parquet" {
				t.Fatalf("error %v is not a ParseError naming the file", err)
			}
		})
	}
}
