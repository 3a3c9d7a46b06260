// Command deid de-identifies datasets of support transcripts. See
// `deid --help` and README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"syscall"

	"github.com/deidtool/deid/pkg/cli"
)

// Set by the linker: -X main.version=... -X main.commit=... -X main.date=...
var (
	version = "dev"
	commit  = ""
	date    = ""
)

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		// A soft heap limit: Parquet row groups and batches of large records
		// otherwise let the heap grow to twice what is live before a
		// collection. Set GOMEMLIMIT to choose another.
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if p := os.Getenv("DEID_CPUPROFILE"); p != "" {
		// For profiling real runs (docs/performance.md).
		if f, err := os.Create(p); err == nil && pprof.StartCPUProfile(f) == nil {
			code := run()
			pprof.StopCPUProfile()
			f.Close()
			writeAllocProfile()
			os.Exit(code)
		}
	}
	code := run()
	writeAllocProfile()
	os.Exit(code)
}

// writeAllocProfile writes the allocation profile to $DEID_MEMPROFILE, if
// set (docs/performance.md).
func writeAllocProfile() {
	if p := os.Getenv("DEID_MEMPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
	}
}

// defaultMemoryLimit is the soft heap limit when GOMEMLIMIT is not set.
const defaultMemoryLimit = 256 << 20

func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, cli.BuildInfo{Version: version, Commit: commit, Date: date})
}
