package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/deidtool/deid/pkg/pipeline"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/rules"
	"github.com/deidtool/deid/pkg/transform"
)

// source yields n records {"i": "<line>", "t": "..."}; bad lines give parse
// errors, and lines in badTime carry a value the plan cannot generalize.
type source struct {
	n, next int
	bad     map[int]bool
	badTime map[int]bool
	block   chan struct{} // when set, Read blocks after n records
}

func (s *source) Read() (*record.Record, error) {
	if s.next >= s.n {
		if s.block != nil {
			<-s.block
		}
		return nil, io.EOF
	}
	s.next++
	line := int64(s.next)
	if s.bad[s.next] {
		return nil, &record.ParseError{File: "src", Line: line, Err: record.ErrSyntax}
	}
	t := "2024-05-06T07:08:09Z"
	if s.badTime[s.next] {
		t = "not-a-time"
	}
	return &record.Record{Line: line, Fields: []record.Field{
		{Name: "i", Value: record.String(strconv.Itoa(s.next))},
		{Name: "t", Value: record.String(t)},
		{Name: "x", Value: record.String("dropped by default")},
	}}, nil
}

type sink struct {
	got  []string
	fail int // fail on this write (1-based), 0 never
}

func (s *sink) Write(r *record.Record) error {
	if s.fail > 0 && len(s.got)+1 == s.fail {
		return errors.New("disk full")
	}
	if len(r.Fields) != 2 || r.Fields[1].Value.Str != "2024-05-06T00:00:00Z" {
		return errors.New("record not transformed")
	}
	s.got = append(s.got, r.Fields[0].Value.Str)
	return nil
}

func testPlan(t *testing.T) *transform.Plan {
	f, err := rules.Parse("r.yaml", []byte("version: 1\ndefault: drop\nkeep: [i]\nfields:\n  - {name: t, action: generalize, to: day}\nrows:\n  - drop_if: {field: i, equals: \"13\"}\n"))
	if err != nil {
		t.Fatal(err)
	}
	return f.Plan
}

func seq(from, to int, skip ...int) []string {
	var out []string
	for i := from; i <= to; i++ {
		skipped := false
		for _, s := range skip {
			skipped = skipped || s == i
		}
		if !skipped {
			out = append(out, strconv.Itoa(i))
		}
	}
	return out
}

func TestRunKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 3, 8} {
		src, dst := &source{n: 10000}, &sink{}
		res, err := pipeline.Run(context.Background(), src, dst, pipeline.Options{File: "src", Plan: testPlan(t), Workers: workers, BatchSize: 7})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(seq(1, 10000, 13), dst.got); diff != "" {
			t.Fatalf("workers=%d: order (-want +got):\n%s", workers, diff)
		}
		if res.Read != 10000 || res.Written != 9999 || res.Stats.RowsDropped[0] != 1 || res.Stats.Fields["x"].Dropped != 9999 {
			t.Errorf("workers=%d: counts read %d written %d dropped %v x %d", workers, res.Read, res.Written, res.Stats.RowsDropped, res.Stats.Fields["x"].Dropped)
		}
	}
}

func TestFirstErrorInInputOrderWins(t *testing.T) {
	for i := 0; i < 20; i++ {
		src := &source{n: 5000, bad: map[int]bool{4000: true}, badTime: map[int]bool{2500: true, 3100: true}}
		_, err := pipeline.Run(context.Background(), src, &sink{}, pipeline.Options{File: "src", Plan: testPlan(t), Workers: 4, BatchSize: 16})
		var pe *record.ParseError
		if !errors.As(err, &pe) || pe.Line != 2500 || pe.Field != "t" || !errors.Is(err, transform.ErrNotTimestamp) {
			t.Fatalf("err = %v, want the timestamp error at line 2500 field t", err)
		}
	}
}

func TestSkipCountsAndLists(t *testing.T) {
	src := &source{n: 3000, bad: map[int]bool{10: true, 2999: true}, badTime: map[int]bool{5: true, 1500: true}}
	dst := &sink{}
	res, err := pipeline.Run(context.Background(), src, dst, pipeline.Options{File: "src", Plan: testPlan(t), Workers: 4, BatchSize: 8, OnError: pipeline.Skip})
	if err != nil {
		t.Fatal(err)
	}
	want := []pipeline.Skipped{
		{Line: 5, Field: "t", Reason: transform.ErrNotTimestamp.Error()},
		{Line: 10, Reason: record.ErrSyntax.Error()},
		{Line: 1500, Field: "t", Reason: transform.ErrNotTimestamp.Error()},
		{Line: 2999, Reason: record.ErrSyntax.Error()},
	}
	if diff := cmp.Diff(want, res.Skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	if res.Skips != 4 || res.Read != 3000 || res.Written != 3000-4-1 {
		t.Errorf("skips %d read %d written %d", res.Skips, res.Read, res.Written)
	}
	if diff := cmp.Diff(seq(1, 3000, 5, 10, 13, 1500, 2999), dst.got); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

func TestSinkErrorStops(t *testing.T) {
	_, err := pipeline.Run(context.Background(), &source{n: 5000}, &sink{fail: 1234}, pipeline.Options{Plan: testPlan(t), Workers: 2})
	if err == nil || err.Error() != "disk full" {
		t.Errorf("err = %v", err)
	}
}

func TestCancelWhileReaderBlocks(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	src := &source{n: 100, block: make(chan struct{})}
	defer close(src.block)
	done := make(chan error, 1)
	go func() {
		_, err := pipeline.Run(ctx, src, &sink{}, pipeline.Options{Plan: testPlan(t), Workers: 2, BatchSize: 1000})
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	final := filepath.Join(dir, "out.csv")
	a, err := pipeline.CreateAtomic(final, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	a.Write([]byte("data"))
	if _, err := os.Stat(final); !os.IsNotExist(err) {
		t.Fatal("final name exists before commit")
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	a.Abort() // after commit: no effect
	if b, _ := os.ReadFile(final); string(b) != "data" {
		t.Fatalf("final content %q", b)
	}
	b, _ := pipeline.CreateAtomic(filepath.Join(dir, "other.csv"), 0o644)
	b.Write([]byte("partial"))
	b.Abort()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
}

// TestAtomicFileLarge writes past several writeback chunks in odd-sized
// pieces: the writeback started along the way must not change the bytes.
func TestAtomicFileLarge(t *testing.T) {
	final := filepath.Join(t.TempDir(), "big.csv")
	a, err := pipeline.CreateAtomic(final, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	var want []byte
	piece := make([]byte, 1<<20+7)
	for i := 0; len(want) < 20<<20; i++ {
		for j := range piece {
			piece[j] = byte(i + j)
		}
		if _, err := a.Write(piece); err != nil {
			t.Fatal(err)
		}
		want = append(want, piece...)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(final)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("content differs: %d bytes, want %d", len(got), len(want))
	}
}
