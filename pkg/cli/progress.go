package cli

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"
)

// progress prints "rows, MB/s" on one terminal line of stderr every half
// second. It does nothing when stderr is not a terminal.
type progress struct {
	w     io.Writer
	rows  atomic.Int64
	bytes atomic.Int64
	stop  chan struct{}
	wg    sync.WaitGroup
	on    bool
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, stop: make(chan struct{})}
	if f, ok := w.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		p.on = true
	}
	return p
}

// start begins printing for the input called name.
func (p *progress) start(name string) {
	if !p.on {
		return
	}
	p.rows.Store(0)
	p.bytes.Store(0)
	p.stop = make(chan struct{})
	begin := time.Now()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				fmt.Fprint(p.w, "\r\033[K")
				return
			case <-t.C:
				secs := time.Since(begin).Seconds()
				fmt.Fprintf(p.w, "\r\033[K%s: %d rows, %.1f MB/s", name, p.rows.Load(), float64(p.bytes.Load())/1e6/secs)
			}
		}
	}()
}

// done stops printing and clears the line.
func (p *progress) done() {
	if !p.on {
		return
	}
	close(p.stop)
	p.wg.Wait()
}

// countingReader counts the bytes read through it into n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}
