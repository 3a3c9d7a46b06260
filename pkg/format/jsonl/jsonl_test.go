package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/record"
)

func TestFidelity(t *testing.T) {
	// Every kept value comes out byte for byte; key order is kept.
	in := `{"big":123456789012345678901234567890,"f":0.10000000000000000555,"neg":-0.0,"e":6.02E+23,` +
		`"s":"tab\tnew\nline \"q\" \\ \/ \u00e9 \ud83d\ude00 <&>","empty":"","n":null,"t":true,` +
		`"list":[1,"a",[],{}],"obj":{"z":1,"a":2},"ws" : [ 1 , 2 ]}` + "\n"
	r := NewReader(strings.NewReader(in), ReaderOptions{})
	rec, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Write(rec)
	w.Flush()
	want := strings.Replace(in, `"ws" : [ 1 , 2 ]`, `"ws":[ 1 , 2 ]`, 1)
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if s := rec.Fields[4].Value.Str; s != "tab\tnew\nline \"q\" \\ / é 😀 <&>" {
		t.Errorf("decoded string = %q", s)
	}
}

func TestEncodeChangedValues(t *testing.T) {
	got := string(record.AppendJSONObject(nil, []record.Field{
		{Name: "s", Value: record.String("<EMAIL_1f> \"x\"\n\x01 é")},
		{Name: "n", Value: record.Null()},
		{Name: "l", Value: record.Value{Kind: record.KindList, List: []record.Value{record.String("a"), {Kind: record.KindNumber, Str: "2"}}}},
	}))
	want := `{"s":"<EMAIL_1f> \"x\"\n\u0001 é","n":null,"l":["a",2]}`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
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
		{"not json", "{\"a\":1}\n" + canary + "\n", 0, 2, "", record.ErrNotObject},
		{"array line", "[1,2]\n", 0, 1, "", record.ErrNotObject},
		{"bad value", "{\"a\":{\"b\":" + canary + "}}\n", 0, 1, "a.b", record.ErrSyntax},
		{"bad in list", "{\"m\":[{\"t\":1},{\"t\":tru}]}\n", 0, 1, "m[1].t", record.ErrSyntax},
		{"trailing text", "{\"a\":1} " + canary + "\n", 0, 1, "", record.ErrSyntax},
		{"unclosed", "{\"a\":\"" + canary + "\n", 0, 1, "a", record.ErrSyntax},
		{"invalid utf-8", "{\"a\":\"\xff" + canary + "\"}\n", 0, 1, "a", record.ErrInvalidUTF8},
		{"lone surrogate", "{\"a\":\"\\ud800" + canary + "\"}\n", 0, 1, "a", record.ErrInvalidUTF8},
		{"duplicate key", "{\"a\":1,\"b\":{\"c\":1,\"c\":\"" + canary + "\"}}\n", 0, 1, "b.c", record.ErrDuplicateField},
		{"too deep", "{\"a\":" + strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1) + "}\n", 0, 1, "a" + strings.Repeat("[0]", MaxDepth-1), record.ErrTooDeep},
		{"too large", "{\"a\":\"" + strings.Repeat("x", 4000) + canary + "\"}\n{}\n", 1024, 1, "", record.ErrRecordTooLarge},
		{"leading zero", "{\"a\":01}\n", 0, 1, "", record.ErrSyntax},
		{"control char", "{\"a\":\"x\x01\"}\n", 0, 1, "a", record.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in), ReaderOptions{Name: "in.jsonl", MaxRecordBytes: tt.max})
			var err error
			for err == nil {
				_, err = r.Read()
			}
			var pe *record.ParseError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want ParseError wrapping %v", err, tt.err)
			}
			if pe.Line != tt.line || pe.Field != tt.field || pe.File != "in.jsonl" {
				t.Errorf("at %s:%d field %q, want line %d field %q", pe.File, pe.Line, pe.Field, tt.line, tt.field)
			}
			if strings.Contains(err.Error(), "CANARY") {
				t.Errorf("error holds the value: %v", err)
			}
		})
	}
}

func TestBlankLinesAndRecovery(t *testing.T) {
	r := NewReader(strings.NewReader("\xef\xbb\xbf{\"a\":1}\r\n\n  \nnot json\n{\"a\":2}"), ReaderOptions{})
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
	if diff := cmp.Diff([]string{"1", "error", "2"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if r.BlankLines() != 2 {
		t.Errorf("blank lines = %d, want 2", r.BlankLines())
	}
}

// FuzzReadWrite checks the parser against encoding/json: what deid accepts
// is valid JSON with the same meaning, and writing it back gives the same
// values.
func FuzzReadWrite(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{"a":[1,{"b":"c\u00e9"}],"d":null}`, `{"x":"\ud83d\ude00"}`, `{"a":1,"a":2}`, `{}`, `{"n":-1.5e-3}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.ContainsAny(data, "\n") {
			return
		}
		rec, err := NewReader(bytes.NewReader(data), ReaderOptions{}).Read()
		if err != nil {
			var pe *record.ParseError
			if err != io.EOF && !errors.As(err, &pe) {
				t.Fatalf("non-ParseError %T: %v", err, err)
			}
			return
		}
		if !json.Valid(data) || !utf8.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		var want any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		out := record.AppendJSONObject(nil, rec.Fields)
		var got any
		dec = json.NewDecoder(bytes.NewReader(out))
		dec.UseNumber()
		if err := dec.Decode(&got); err != nil {
			t.Fatalf("output is not JSON: %q: %v", out, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("values changed (-want +got):\n%s", diff)
		}
		// Re-encode every value from its decoded form: still the same.
		strip(rec.Fields)
		again := record.AppendJSONObject(nil, rec.Fields)
		got = nil
		dec = json.NewDecoder(bytes.NewReader(again))
		dec.UseNumber()
		if err := dec.Decode(&got); err != nil || !cmp.Equal(want, got) {
			t.Fatalf("re-encoded values differ: %q (%v)", again, err)
		}
	})
}

func strip(fields []record.Field) {
	for i := range fields {
		stripValue(&fields[i].Value)
	}
}

func stripValue(v *record.Value) {
	v.Raw = nil
	for i := range v.List {
		stripValue(&v.List[i])
	}
	strip(v.Map)
}

// TestPrepareWritesWhatWriteWrites checks that encoding in Prepare (on the
// workers) gives the bytes Write gives.
func TestPrepareWritesWhatWriteWrites(t *testing.T) {
	in := "{\"a\": 1, \"b\": [true, null, \"x\\u00e9\"]}\n{\"c\": {\"d\": \"e\"}}\n"
	r := NewReader(strings.NewReader(in), ReaderOptions{})
	var plain, prepared bytes.Buffer
	w1, w2 := NewWriter(&plain), NewWriter(&prepared)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := w1.Write(rec); err != nil {
			t.Fatal(err)
		}
		p, err := w2.Prepare(rec)
		if err != nil {
			t.Fatal(err)
		}
		if err := w2.WritePrepared(rec, p); err != nil {
			t.Fatal(err)
		}
	}
	w1.Flush()
	w2.Flush()
	if diff := cmp.Diff(plain.String(), prepared.String()); diff != "" {
		t.Errorf("prepared output differs (-Write +Prepare):\n%s", diff)
	}
	if plain.Len() == 0 {
		t.Error("nothing written")
	}
}

// TestLinesKeepTheirBytes reads every line before encoding any, with blocks
// small enough that lines share them, end them and outgrow them: a line
// whose bytes a later one overwrote would show.
func TestLinesKeepTheirBytes(t *testing.T) {
	var in strings.Builder
	var want []string
	for i := range 300 {
		v := strings.Repeat("é", i%40)
		line := `{"i":` + strconv.Itoa(i) + `,"v":"` + v + `"}`
		want = append(want, line)
		in.WriteString(line)
		if i%7 == 0 {
			in.WriteString("\r\n\n")
		} else {
			in.WriteString("\n")
		}
	}
	for _, block := range []int{16, 160, 700, 4096, arenaSize} {
		r := NewReader(strings.NewReader(in.String()), ReaderOptions{})
		r.block = block
		var recs []*record.Record
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, rec)
		}
		var got []string
		for _, rec := range recs {
			strip(rec.Fields) // encode from the values, not the raw views
			got = append(got, string(record.AppendJSONObject(nil, rec.Fields)))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("blocks of %d (-want +got):\n%s", block, diff)
		}
	}
}

// TestInvalidUTF8AnyOffset puts a byte that is not UTF-8 at every offset of
// strings of several lengths, keys and values: each line is refused, and
// the same line with a valid two-byte character instead is read.
func TestInvalidUTF8AnyOffset(t *testing.T) {
	for n := 1; n <= 24; n++ {
		for at := range n {
			for _, key := range []bool{false, true} {
				build := func(c string) string {
					s := strings.Repeat("a", at) + c + strings.Repeat("b", n-at-1)
					if key {
						return `{"` + s + `":1}`
					}
					return `{"k":"` + s + `"}`
				}
				_, err := NewReader(strings.NewReader(build("\xff")), ReaderOptions{}).Read()
				if !errors.Is(err, record.ErrInvalidUTF8) {
					t.Errorf("length %d, bad byte at %d, in key %v: err = %v, want ErrInvalidUTF8", n, at, key, err)
				}
				if _, err := NewReader(strings.NewReader(build("é")), ReaderOptions{}).Read(); err != nil {
					t.Errorf("length %d, é at %d, in key %v: %v", n, at, key, err)
				}
			}
		}
	}
}

// TestArray reads files holding one JSON array of records: each element
// a record numbered by the line it starts on, and a malformed array a
// fatal error that names the line.
func TestArray(t *testing.T) {
	type rec struct {
		Line int64
		A    string
	}
	tests := []struct {
		name string
		in   string
		max  int
		want []rec
		errs []int64 // lines of the errors met, in order
	}{
		{"one line", `[{"a":"1"},{"a":"2"}]`, 0, []rec{{1, "1"}, {1, "2"}}, nil},
		{"pretty", "[\n  {\n    \"a\": \"1\",\n    \"b\": 2\n  },\n  {\"a\": \"2\"}\n]\n", 0, []rec{{2, "1"}, {6, "2"}}, nil},
		{"empty", "[ ]\n", 0, nil, nil},
		{"mark and blank lines first", "\xef\xbb\xbf\n \n[{\"a\":\"x]\\\"}{\"}]", 0, []rec{{3, "x]\"}{"}}, nil},
		{"not an object, then one", "[1, {\"a\":\"2\"}]", 0, []rec{{1, "2"}}, []int64{1}},
		{"an element too large, then one", "[{\"a\":\"" + strings.Repeat("x", 2000) + "\"},\n{\"a\":\"2\"}]", 1024, []rec{{2, "2"}}, []int64{1}},
		{"no comma", "[{\"a\":\"1\"}\n{\"a\":\"2\"}]", 0, []rec{{1, "1"}}, []int64{2}},
		{"a trailing comma", "[{\"a\":\"1\"},\n]", 0, []rec{{1, "1"}}, []int64{2}},
		{"not closed", "[{\"a\":\"1\"},\n{\"a\":", 0, []rec{{1, "1"}}, []int64{2}},
		{"text after", "[{\"a\":\"1\"}]\nmore", 0, []rec{{1, "1"}}, []int64{2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in), ReaderOptions{Name: "x.json", MaxRecordBytes: tt.max})
			if ok, err := r.Array(); !ok || err != nil {
				t.Fatalf("Array() = %v, %v", ok, err)
			}
			var got []rec
			var errs []int64
			for range 10 {
				rec1, err := r.Read()
				if err == io.EOF {
					break
				}
				var pe *record.ParseError
				if errors.As(err, &pe) {
					errs = append(errs, pe.Line)
					if pe.Fatal {
						break
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				v, _ := rec1.Get("a")
				got = append(got, rec{rec1.Line, v.Str})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.errs, errs); diff != "" {
				t.Errorf("error lines (-want +got):\n%s", diff)
			}
		})
	}
	// JSON Lines stay JSON Lines
	if ok, _ := NewReader(strings.NewReader("\n{\"a\":1}\n"), ReaderOptions{}).Array(); ok {
		t.Error("JSON Lines read as an array")
	}
}

// FuzzArray checks the array reader against encoding/json: an input it
// reads without an error is a JSON array holding that many objects.
//
//	go test -run XXX -fuzz FuzzArray ./pkg/format/jsonl
func FuzzArray(f *testing.F) {
	for _, s := range []string{`[{"a":1},{"b":[1,{"c":"]"}]}]`, "[\n{\"a\":\"x\\\"]\"}\n]", `[]`, `[1]`, `[{"a":1},]`, `[{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in), ReaderOptions{})
		if ok, err := r.Array(); !ok || err != nil {
			return
		}
		n := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return
			}
			n++
		}
		var elems []map[string]json.RawMessage
		if err := json.Unmarshal([]byte(strings.TrimPrefix(in, "\xef\xbb\xbf")), &elems); err != nil {
			t.Fatalf("read %d records, but encoding/json: %v", n, err)
		}
		if len(elems) != n {
			t.Fatalf("read %d records, encoding/json %d", n, len(elems))
		}
	})
}
