package cli

import (
	"runtime"
	"sync"
)

// orderedBatch is how many items a worker of inOrder takes at a time.
const orderedBatch = 256

// inOrder reads items with next until it reports the end (ok false) or an
// error, has batches of them processed on every core, each worker by its
// own function from newWorker, and hands the batches' results to collect
// on one goroutine, in reading order. It returns next's error, after every
// batch read before it was collected.
func inOrder[T, R any](next func() (item T, ok bool, err error), newWorker func() func([]T) R, collect func(R)) error {
	type batch struct {
		items []T
		out   chan R
	}
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *batch, workers)
	order := make(chan *batch, 2*workers) // bounds the batches in flight
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		fn := newWorker()
		go func() {
			defer wg.Done()
			for b := range work {
				b.out <- fn(b.items)
			}
		}()
	}
	collected := make(chan struct{})
	go func() {
		defer close(collected)
		for b := range order {
			collect(<-b.out)
		}
	}()
	var err error
	for done := false; !done; {
		b := &batch{items: make([]T, 0, orderedBatch), out: make(chan R, 1)}
		for len(b.items) < orderedBatch {
			it, ok, e := next()
			if e != nil || !ok {
				err, done = e, true
				break
			}
			b.items = append(b.items, it)
		}
		order <- b
		work <- b
	}
	close(work)
	close(order)
	wg.Wait()
	<-collected
	return err
}
