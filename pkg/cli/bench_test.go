package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRun runs `deid run` with the support pack, in this process, on
// the file $DEID_BENCH_FILE (a CSV or JSONL made by bench/gen), with
// $DEID_BENCH_WORKERS workers (default 1): the path users run, end to end,
// for profiles and instruction counts (bench/run-ab.sh). MB/s is of input.
//
//	go run ./bench/gen -format csv -mb 5 > /tmp/t5.csv
//	DEID_BENCH_FILE=/tmp/t5.csv go test -bench '^BenchmarkRun$' -run XXX ./pkg/cli
func BenchmarkRun(b *testing.B) {
	in := os.Getenv("DEID_BENCH_FILE")
	if in == "" {
		b.Skip("set DEID_BENCH_FILE to a CSV or JSONL made by bench/gen")
	}
	st, err := os.Stat(in)
	if err != nil {
		b.Fatal(err)
	}
	workers := os.Getenv("DEID_BENCH_WORKERS")
	if workers == "" {
		workers = "1"
	}
	key := filepath.Join(repoRoot, "examples", "DEMO-KEY-NOT-SECRET.key")
	rules := filepath.Join(repoRoot, "rules", "support-transcripts.yaml")
	b.SetBytes(st.Size())
	for range b.N {
		out := filepath.Join(b.TempDir(), "out")
		args := []string{"run", "-q", "-r", rules, "--key-file", key, "--workers", workers, "-o", out, in}
		if code := Main(context.Background(), args, nil, io.Discard, io.Discard, BuildInfo{}); code != 0 {
			b.Fatalf("deid run: exit %d", code)
		}
	}
}
