package csv

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/record"
)

// refRead is the line-by-line parser Read used before ReadRaw and Decode
// split the work: readRecord parses while it reads. The split reader must
// find the same records, errors and lines on any input.
func refRead(r *Reader) (*record.Record, error) {
	if _, err := r.Header(); err != nil {
		return nil, err
	}
	if r.header == nil {
		return nil, io.EOF
	}
	for {
		start := r.line + 1
		n, err := r.readRecord()
		if err != nil {
			return nil, err
		}
		if n == 1 && len(r.buf) == 0 && len(r.header) != 1 && (string(r.raw) == "\n" || string(r.raw) == "\r\n") {
			// A blank line. (The parser also skipped a line of two
			// quotes, an empty field; the split reader counts it as a
			// record with too few fields, like any other.)
			continue
		}
		if n != len(r.header) {
			return nil, r.errorf(start, "", fmt.Errorf("%w: %d fields, header has %d", record.ErrFieldCount, n, len(r.header)))
		}
		s := string(r.buf)
		rec := &record.Record{Line: start, Fields: make([]record.Field, n)}
		prev := 0
		for i := 0; i < n; i++ {
			v := s[prev:r.ends[i]]
			prev = r.ends[i]
			if !utf8.ValidString(v) {
				return nil, r.errorf(start, r.header[i], record.ErrInvalidUTF8)
			}
			rec.Fields[i] = record.Field{Name: r.header[i], Value: record.Value{Kind: record.KindString, Str: v}}
		}
		return rec, nil
	}
}

// readTrace reads in to the end (past bad records) and describes each
// record or error.
func readTrace(in string, opts ReaderOptions, read func(*Reader) (*record.Record, error)) []string {
	r := NewReader(strings.NewReader(in), opts)
	if _, err := r.Header(); err != nil {
		return []string{"header error: " + err.Error()}
	}
	var out []string
	for range 10000 {
		rec, err := read(r)
		if err == io.EOF {
			return out
		}
		if err != nil {
			out = append(out, "error: "+err.Error())
			var pe *record.ParseError
			if !errors.As(err, &pe) {
				return append(out, "fatal")
			}
			continue
		}
		out = append(out, fmt.Sprintf("line %d: %q", rec.Line, rec.Fields))
	}
	return append(out, "too many records")
}

func TestSplitMatchesParser(t *testing.T) {
	pieces := []string{"a", "bc", ",", ",", "\"", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", ";", "é", "\xff"}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 20000 {
		var b strings.Builder
		if i%2 == 0 {
			b.WriteString("h1,h2,h3\n")
		}
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		in := b.String()
		opts := ReaderOptions{Name: "in.csv"}
		if i%5 == 0 {
			opts.MaxRecordBytes = 1 + rng.IntN(20)
		}
		want := readTrace(in, opts, refRead)
		got := readTrace(in, opts, (*Reader).Read)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("input %q (max %d): split reader differs from the parser (-want +got):\n%s", in, opts.MaxRecordBytes, diff)
		}
		block := 1 + rng.IntN(64)
		if diff := cmp.Diff(want, readKept(in, opts, block)); diff != "" {
			t.Fatalf("input %q (max %d, blocks of %d): records read first, described after (-want +got):\n%s", in, opts.MaxRecordBytes, block, diff)
		}
	}
}

// readKept is readTrace for the split reader with blocks of the given size,
// describing the records only after reading them all: a record whose bytes
// a later one overwrote would show.
func readKept(in string, opts ReaderOptions, block int) []string {
	r := NewReader(strings.NewReader(in), opts)
	r.block = block
	if _, err := r.Header(); err != nil {
		return []string{"header error: " + err.Error()}
	}
	var recs []*record.Record
	var errs []error
	for range 10000 {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		recs, errs = append(recs, rec), append(errs, err)
		var pe *record.ParseError
		if err != nil && !errors.As(err, &pe) {
			break
		}
	}
	var out []string
	for i, rec := range recs {
		if errs[i] != nil {
			out = append(out, "error: "+errs[i].Error())
			var pe *record.ParseError
			if !errors.As(errs[i], &pe) {
				return append(out, "fatal")
			}
			continue
		}
		out = append(out, fmt.Sprintf("line %d: %q", rec.Line, rec.Fields))
	}
	if len(recs) == 10000 {
		out = append(out, "too many records")
	}
	return out
}

func FuzzSplit(f *testing.F) {
	f.Add("a,b\n\"x\ny\",2\n", 0)
	f.Add("a,b\n\"x\"\"\n,y\",\"\n", 5)
	f.Add("a;b\n1;\"2\n\n\"\n", 0)
	f.Fuzz(func(t *testing.T, in string, max int) {
		opts := ReaderOptions{Name: "in.csv", MaxRecordBytes: max % 64}
		want := readTrace(in, opts, refRead)
		got := readTrace(in, opts, (*Reader).Read)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("split reader differs from the parser (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(want, readKept(in, opts, 1+max%17)); diff != "" {
			t.Fatalf("records read first, described after (-want +got):\n%s", diff)
		}
	})
}
