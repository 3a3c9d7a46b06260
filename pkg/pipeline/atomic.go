package pipeline

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// TempPrefix starts the name of every temporary file deid writes, so that a
// file left by a killed run is recognisable and never mistaken for output.
const TempPrefix = ".deid-tmp-"

// AtomicFile is an output file that appears under its final name only when
// Commit succeeds. Until then the data lives in a temporary file in the same
// folder (so the rename cannot cross file systems).
type AtomicFile struct {
	f      *os.File
	final  string
	closed bool
	gone   bool
	// bytes written, and how many of them writeback has been started for
	written, kicked int64
}

// writebackChunk is how many written bytes AtomicFile lets gather before it
// asks the kernel to start writing them out. Without this, a multi-gigabyte
// output sits in the page cache until Close's fsync, which then stalls the
// run for seconds with the CPUs idle.
const writebackChunk = 8 << 20

// CreateAtomic starts an output that will be called path.
func CreateAtomic(path string, perm os.FileMode) (*AtomicFile, error) {
	var rnd [6]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, err
	}
	dir, base := filepath.Split(path)
	tmp := filepath.Join(dir, TempPrefix+base+"-"+hex.EncodeToString(rnd[:]))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return nil, err
	}
	return &AtomicFile{f: f, final: path}, nil
}

// Write writes to the temporary file, starting the writeback of every
// full writebackChunk as it goes.
func (a *AtomicFile) Write(p []byte) (int, error) {
	n, err := a.f.Write(p)
	a.written += int64(n)
	if a.written-a.kicked >= writebackChunk {
		startWriteback(a.f, a.kicked, a.written-a.kicked)
		a.kicked = a.written
	}
	return n, err
}

// Close flushes the temporary file to disk and closes it, without renaming.
func (a *AtomicFile) Close() error {
	if a.closed {
		return nil
	}
	a.closed = true
	err := a.f.Sync()
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Commit closes the file and renames it to its final name.
func (a *AtomicFile) Commit() error {
	if a.gone {
		return errors.New("commit after abort")
	}
	if err := a.Close(); err != nil {
		a.Abort()
		return err
	}
	if err := os.Rename(a.f.Name(), a.final); err != nil {
		a.Abort()
		return fmt.Errorf("rename output into place: %w", err)
	}
	a.gone = true
	syncDir(filepath.Dir(a.final))
	return nil
}

// Abort closes and removes the temporary file. It is safe to call after
// Commit (it then does nothing) and more than once.
func (a *AtomicFile) Abort() {
	if a.gone {
		return
	}
	a.gone = true
	if !a.closed {
		a.closed = true
		a.f.Close()
	}
	os.Remove(a.f.Name())
}

// syncDir makes a rename durable; errors are ignored (not all file systems
// support syncing a directory).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
