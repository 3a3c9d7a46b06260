package pipeline

import (
	"cmp"
	"context"
	"errors"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/transform"
)

// Source yields records until io.EOF. A *record.ParseError is a problem with
// one record that the Source can read past; any other error is fatal.
type Source interface {
	Read() (*record.Record, error)
}

// RawSource is a Source that can leave the costly part of reading to the
// workers: ReadRaw returns the next record's raw form (in input order, on
// one goroutine, io.EOF at the end) and Decode, called concurrently, turns
// it into the record. Decode's errors count like Read's.
type RawSource interface {
	Source
	ReadRaw() (any, error)
	Decode(raw any) (*record.Record, error)
}

// Sink receives the records to write, in input order.
type Sink interface {
	Write(*record.Record) error
}

// Preparer is a Sink whose costly part of writing a record can run in the
// workers, in parallel: Prepare (called concurrently, on records the plan
// kept) returns what WritePrepared, called in input order, writes. A nil
// preparation means WritePrepared does all the work. Prepare's errors stop
// the run like Write's.
type Preparer interface {
	Sink
	Prepare(*record.Record) (any, error)
	WritePrepared(rec *record.Record, prepared any) error
}

// OnError says what a bad record does to the run.
type OnError int

// The error policies.
const (
	Fail OnError = iota // stop at the first bad record
	Skip                // leave the record out, count it and list its line
)

// MaxListedSkips is the most skipped records listed one by one in a Result;
// the total is always exact.
const MaxListedSkips = 1000

// Options configures Run.
type Options struct {
	File      string          // input name for error messages
	Plan      *transform.Plan // the compiled rules
	Key       *pseudo.Key     // nil when the plan needs no key
	Workers   int             // default runtime.GOMAXPROCS(0)
	BatchSize int             // records per batch, default 512
	OnError   OnError
	// Progress, when set, is advanced by the number of records written.
	Progress *atomic.Int64
}

// Skipped is one record left out under Skip. Field is shown as messages
// show it (record.SafeName): a map key that looks like data is "*".
type Skipped struct {
	Line   int64  `json:"line"`
	Field  string `json:"field,omitempty"`
	Reason string `json:"reason"`
}

// Result is what Run counted.
type Result struct {
	Read    int64 // records read (including skipped ones)
	Written int64
	Stats   *transform.Stats
	Skipped []Skipped // at most MaxListedSkips, in input order
	Skips   int64     // total skipped
}

type batch struct {
	seq   int
	raws  []any // from a RawSource, decoded into recs by a worker
	recs  []*record.Record
	keep  []bool
	prep  []any // Preparer's preparations, by record
	skips []Skipped
	err   error // fatal: reported when the writer reaches this batch
	eof   bool  // the source ended in this batch
}

// Run reads src to the end, applies the plan and writes to dst. It returns
// the first error in input order; on error dst has received a prefix of the
// output and must be discarded by the caller.
func Run(ctx context.Context, src Source, dst Sink, opts Options) (*Result, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	size := opts.BatchSize
	if size <= 0 {
		size = 512
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Goroutine lifetimes: the reader ends at EOF, at a fatal error or on
	// cancel, closing work (a reader blocked in src.Read, such as on a
	// terminal, ends with the process); workers end when work is closed or
	// on cancel, and the last one closes done; the writer runs in this
	// goroutine.
	// tokens bounds the batches in flight: the reader takes one per batch,
	// the writer gives it back after writing.
	tokens := make(chan struct{}, 4*workers)
	work := make(chan *batch, workers)
	done := make(chan *batch, workers)
	var read atomic.Int64

	go func() {
		defer close(work)
		for seq := 0; ; seq++ {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			b := readBatch(src, size, opts, &read)
			b.seq = seq
			last := b.err != nil || b.eof // b belongs to a worker once sent
			select {
			case work <- b:
			case <-ctx.Done():
				return
			}
			if last {
				return
			}
		}
	}()

	appliers := make([]*transform.Applier, workers)
	var wg sync.WaitGroup
	for i := range appliers {
		a := opts.Plan.NewApplier(opts.Key)
		appliers[i] = a
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var b *batch
				select {
				case b = <-work:
				case <-ctx.Done():
					return
				}
				if b == nil {
					return // work closed
				}
				if b.raws != nil {
					decodeBatch(src.(RawSource), b, opts)
				}
				applyBatch(a, b, opts)
				if p, ok := dst.(Preparer); ok && b.err == nil {
					prepareBatch(p, b)
				}
				select {
				case done <- b:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	res := &Result{Stats: nil}
	err := writeOrdered(ctx, done, tokens, dst, opts, res)
	cancel()
	for range done {
		// Drain so workers blocked on send can exit.
	}
	wg.Wait()
	if err == nil {
		err = parent.Err()
	}
	if err != nil {
		return nil, err
	}
	res.Read = read.Load()
	res.Stats = appliers[0].Stats()
	for _, a := range appliers[1:] {
		res.Stats.Merge(a.Stats())
	}
	return res, nil
}

// readBatch reads up to size records (good or skipped). Under Skip, bad
// records become skips; under Fail, the first one ends the batch with an
// error.
func readBatch(src Source, size int, opts Options, read *atomic.Int64) *batch {
	b := &batch{recs: make([]*record.Record, 0, size)}
	rs, raw := src.(RawSource)
	if raw {
		b.raws = make([]any, 0, size)
	}
	for len(b.recs)+len(b.raws)+len(b.skips) < size {
		var rec *record.Record
		var r any
		var err error
		if raw {
			r, err = rs.ReadRaw()
		} else {
			rec, err = src.Read()
		}
		if err == io.EOF {
			b.eof = true
			return b
		}
		if err != nil {
			if skip(err, opts, b) {
				read.Add(1)
				continue
			}
			b.err = err
			return b
		}
		read.Add(1)
		if raw {
			b.raws = append(b.raws, r)
		} else {
			b.recs = append(b.recs, rec)
		}
	}
	return b
}

// skip records err as a skip of b when the policy allows.
func skip(err error, opts Options, b *batch) bool {
	var pe *record.ParseError
	if opts.OnError != Skip || !errors.As(err, &pe) || pe.Fatal {
		return false
	}
	b.skips = append(b.skips, Skipped{Line: pe.Line, Field: record.SafeName(pe.Field), Reason: pe.Err.Error()})
	return true
}

// decodeBatch decodes the raw records of b. A record that does not decode
// is a skip, or under Fail ends the batch with its error (the error wins
// over any batch error after it).
func decodeBatch(src RawSource, b *batch, opts Options) {
	for _, r := range b.raws {
		rec, err := src.Decode(r)
		if err != nil {
			if skip(err, opts, b) {
				continue
			}
			b.err = err
			break
		}
		b.recs = append(b.recs, rec)
	}
	b.raws = nil
}

// applyBatch applies the plan to every record of b.
func applyBatch(a *transform.Applier, b *batch, opts Options) {
	b.keep = make([]bool, len(b.recs))
	for i, rec := range b.recs {
		keep, err := a.Apply(rec)
		if err == nil {
			b.keep[i] = keep
			continue
		}
		pe := &record.ParseError{File: opts.File, Line: rec.Line, Err: err}
		var fe *transform.FieldError
		if errors.As(err, &fe) {
			pe.Field, pe.Err = fe.Path, fe.Err
		}
		if opts.OnError == Skip {
			b.skips = append(b.skips, Skipped{Line: pe.Line, Field: record.SafeName(pe.Field), Reason: pe.Err.Error()})
			continue
		}
		b.err = pe
		b.recs = b.recs[:i]
		return
	}
}

// prepareBatch runs the sink's Prepare on the kept records of b; an error
// ends the batch there.
func prepareBatch(p Preparer, b *batch) {
	b.prep = make([]any, len(b.recs))
	for i, rec := range b.recs {
		if !b.keep[i] {
			continue
		}
		v, err := p.Prepare(rec)
		if err != nil {
			b.err = err
			b.recs = b.recs[:i]
			return
		}
		b.prep[i] = v
	}
}

// writeOrdered writes batches in sequence order as they arrive.
func writeOrdered(ctx context.Context, done <-chan *batch, tokens <-chan struct{}, dst Sink, opts Options, res *Result) error {
	pending := map[int]*batch{}
	next := 0
	for {
		var b *batch
		var ok bool
		select {
		case b, ok = <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if !ok {
			return nil
		}
		pending[b.seq] = b
		for b = pending[next]; b != nil; b = pending[next] {
			delete(pending, next)
			next++
			if err := writeBatch(b, dst, opts, res); err != nil {
				return err
			}
			<-tokens
		}
	}
}

func writeBatch(b *batch, dst Sink, opts Options, res *Result) error {
	for i, rec := range b.recs {
		if !b.keep[i] {
			continue
		}
		var err error
		if b.prep != nil {
			err = dst.(Preparer).WritePrepared(rec, b.prep[i])
		} else {
			err = dst.Write(rec)
		}
		if err != nil {
			return err
		}
		res.Written++
	}
	if opts.Progress != nil {
		opts.Progress.Add(int64(len(b.recs)))
	}
	res.Skips += int64(len(b.skips))
	slices.SortStableFunc(b.skips, func(x, y Skipped) int { return cmp.Compare(x.Line, y.Line) })
	for _, s := range b.skips {
		if len(res.Skipped) < MaxListedSkips {
			res.Skipped = append(res.Skipped, s)
		}
	}
	return b.err
}
