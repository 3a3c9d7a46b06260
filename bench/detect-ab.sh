#!/usr/bin/env bash
# Compares the free-text detectors of the working tree with those of an
# earlier commit: both test binaries run BenchmarkScan (the labeled corpus,
# record values on) and BenchmarkScanGenerated (bench/gen transcripts) in
# alternating rounds, and, where valgrind is installed, callgrind counts
# the instructions of one pass over each benchmark's texts, which do not
# wander with the machine's load as times do.
#
#   bench/detect-ab.sh [BASE_REF] [ROUNDS]     (defaults: HEAD, 5)
#
# Prints, per binary and benchmark, the fastest and the median ns/op of the
# rounds, then the instruction counts. Needs Go, git; valgrind is optional.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
BENCH=$(pwd)/bench
BASE=${1:-HEAD}
ROUNDS=${2:-5}
OUT=$(pwd)/bench/out
mkdir -p "$OUT"
csv="$OUT/tickets-20.csv"
[ -s "$csv" ] || go run ./bench/gen -format csv -mb 20 > "$csv"

tree=$(mktemp -d)
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
git worktree add --detach "$tree" "$BASE" >/dev/null 2>&1
(cd "$tree/pkg/detect" && go test -c -o "$OUT/detect-base.test" .)
(cd pkg/detect && go test -c -o "$OUT/detect-new.test" .)

echo "base: $(git rev-parse --short "$BASE"); new: the working tree; $(nproc) cores, $(go version | cut -d' ' -f3)"
log=$(mktemp)
cd pkg/detect # the benchmarks read testdata/ from here
for _ in $(seq "$ROUNDS"); do
  for b in base new; do
    DEID_BENCH_CSV=$csv "$OUT/detect-$b.test" -test.run XXX -test.bench 'Scan$|ScanGenerated$' -test.benchtime 2s |
      awk -v b=$b '/^Benchmark/ { print b, $1, $3 }' >> "$log"
  done
done
sort -k2,2 -k1,1 -k3,3n "$log" | awk -f "$BENCH/fastest-median.awk" | sort -k2,2 -k1,1
rm -f "$log"

command -v valgrind >/dev/null || { echo "(no valgrind: no instruction counts)"; exit 0; }
# Under valgrind: no preemption signals (they can trip callgrind up), and no
# RDTSCP, which Go's runtime uses where the CPU has it and valgrind 3.19
# cannot run.
for b in base new; do
  for pair in 'ScanGenerated$:*Scanner).Scan' 'Scan$:*ScanKnown'; do
    bench=${pair%%:*} fn=${pair#*:}
    n=$(GOGC=off GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off DEID_BENCH_CSV=$csv valgrind --tool=callgrind --toggle-collect="$fn" --callgrind-out-file=/dev/null \
      "$OUT/detect-$b.test" -test.run XXX -test.bench "$bench" -test.benchtime 1x -test.cpu 1 2>&1 >/dev/null |
      awk '/Collected :/ { print $4 }')
    printf '%-4s %-18s %15s instructions\n' "$b" "$bench" "$n"
  done
done
