#!/usr/bin/env bash
# Compares whole `deid run`s of the working tree with those of an earlier
# commit: both builds run BenchmarkRun (pkg/cli: the support pack, in
# process, one worker) on a 5 MB CSV and a 5 MB JSONL made by bench/gen, in
# alternating rounds; then, where valgrind is installed, callgrind counts
# the instructions of one run of each, which do not wander with the
# machine's load as times do. Under valgrind SHA-256 runs without the SHA
# instructions most CPUs have, so its count is shown apart. (Asynchronous
# preemption is off under valgrind: its signals can trip callgrind up; so
# is RDTSCP, which Go's runtime uses where the CPU has it and valgrind 3.19
# cannot run.)
#
#   bench/run-ab.sh [BASE_REF] [ROUNDS]     (defaults: HEAD, 5)
set -Eeuo pipefail
cd "$(dirname "$0")/.."
BENCH=$(pwd)/bench
BASE=${1:-HEAD}
ROUNDS=${2:-5}
OUT=$(pwd)/bench/out
mkdir -p "$OUT"
for fmt in csv jsonl; do
  [ -s "$OUT/tickets-5.$fmt" ] || go run ./bench/gen -format $fmt -mb 5 > "$OUT/tickets-5.$fmt"
done

tree=$(mktemp -d)
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
git worktree add --detach "$tree" "$BASE" >/dev/null 2>&1
# the base may predate BenchmarkRun: give it this tree's
cp pkg/cli/bench_test.go "$tree/pkg/cli/"
(cd "$tree/pkg/cli" && go test -c -o "$OUT/cli-base.test" .)
(cd pkg/cli && go test -c -o "$OUT/cli-new.test" .)

echo "base: $(git rev-parse --short "$BASE"); new: the working tree; $(nproc) cores, $(go version | cut -d' ' -f3)"
log=$(mktemp)
cd pkg/cli
for _ in $(seq "$ROUNDS"); do
  for b in base new; do
    for fmt in csv jsonl; do
      DEID_BENCH_FILE=$OUT/tickets-5.$fmt "$OUT/cli-$b.test" -test.run XXX -test.bench '^BenchmarkRun$' -test.benchtime 4x -test.cpu 2 |
        awk -v k="$b $fmt" '/^BenchmarkRun/ { print k, $3 }' >> "$log"
    done
  done
done
sort -k2,2 -k1,1 -k3,3n "$log" | awk -f "$BENCH/fastest-median.awk" | sort -k2,2 -k1,1
rm -f "$log"

command -v valgrind >/dev/null || { echo "(no valgrind: no instruction counts)"; exit 0; }
cg=$(mktemp)
for b in base new; do
  for fmt in csv jsonl; do
    GOGC=off GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off DEID_BENCH_FILE=$OUT/tickets-5.$fmt valgrind --tool=callgrind --callgrind-out-file="$cg" \
      "$OUT/cli-$b.test" -test.run XXX -test.bench '^BenchmarkRun$' -test.benchtime 1x -test.cpu 1 >/dev/null 2>&1
    callgrind_annotate --auto=no "$cg" 2>/dev/null | awk -v k="$b $fmt" '
      /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
      /sha256\.block/ && !/=>/ { gsub(",", "", $1); sha += $1 }
      END { printf "%-10s %15d instructions, %15d without SHA-256 blocks\n", k, total, total - sha }'
  done
done
rm -f "$cg"
