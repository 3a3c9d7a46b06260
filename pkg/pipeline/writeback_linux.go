package pipeline

import (
	"os"

	"golang.org/x/sys/unix"
)

// startWriteback asks the kernel to start writing the given range of f to
// disk without waiting for it (sync_file_range with
// SYNC_FILE_RANGE_WRITE), so that the fsync in Close only waits for the
// last stretch. Advisory: errors are ignored, fsync reports real ones.
func startWriteback(f *os.File, off, n int64) {
	if rc, err := f.SyscallConn(); err == nil {
		rc.Control(func(fd uintptr) {
			unix.SyncFileRange(int(fd), off, n, unix.SYNC_FILE_RANGE_WRITE)
		})
	}
}
