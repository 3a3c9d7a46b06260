//go:build !linux

package detect

import "time"

// threadCPU is not measured here; timing tests use the wall clock.
func threadCPU() time.Duration { return 0 }

// haveThreadCPU reports whether threadCPU measures.
const haveThreadCPU = false
