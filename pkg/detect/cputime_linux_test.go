package detect

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU returns the CPU time the calling thread has used
// (CLOCK_THREAD_CPUTIME_ID, in nanoseconds), so that a timing test on a
// shared machine counts its own work and not the time other processes held
// the core. The caller locks its goroutine to the thread
// (runtime.LockOSThread).
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// haveThreadCPU reports whether threadCPU measures.
const haveThreadCPU = true
