package detect

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time the calling thread has used, so that a
// timing test on a shared machine counts its own work and not the time
// other processes held the core. The caller locks its goroutine to the
// thread (runtime.LockOSThread).
func threadCPU() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD, Linux 2.6.26 and later
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// haveThreadCPU reports whether threadCPU measures.
const haveThreadCPU = true
