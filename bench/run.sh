#!/usr/bin/env bash
# Times `deid run` with the support pack against `mlr cat` on the same
# generated files, interleaved in one sitting, and prints MB/s and peak RSS.
#
#   bench/run.sh [SIZE_MB]        (default 1024; data is kept in bench/out/)
#
# Needs: Go, GNU time (/usr/bin/time), Miller (apt-get install miller).
set -Eeuo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1024}
OUT=bench/out
mkdir -p "$OUT"
go build -o "$OUT/deid" ./cmd/deid
command -v mlr >/dev/null || { echo "bench: install Miller (apt-get install miller)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: install GNU time (apt-get install time)" >&2; exit 2; }
[ -f "$OUT/key" ] || "$OUT/deid" keygen -q -o "$OUT/key"

for fmt in csv jsonl; do
  f="$OUT/tickets-$MB.$fmt"
  [ -s "$f" ] || go run ./bench/gen -format "$fmt" -mb "$MB" > "$f"
done

# measure NAME CMD...: wall seconds and peak RSS (MB) of one command.
measure() {
  local name=$1 size=$2; shift 2
  local log; log=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$log" "$@" > /dev/null
  read -r secs kb < "$log"
  rm -f "$log"
  awk -v n="$name" -v s="$secs" -v k="$kb" -v b="$size" \
    'BEGIN { printf "%-34s %7.2f s %8.1f MB/s %7.0f MB RSS\n", n, s, b/1e6/s, k/1024 }'
}

echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3), $(mlr --version)"
for round in 1 2; do
  echo "-- round $round"
  for fmt in csv jsonl; do
    f="$OUT/tickets-$MB.$fmt"
    size=$(stat -c %s "$f")
    rm -rf "$OUT/run-$fmt"
    measure "mlr cat ($fmt)" "$size" mlr --i$fmt --o$fmt cat "$f"
    measure "deid run support pack ($fmt)" "$size" \
      "$OUT/deid" run -q -r rules/support-transcripts.yaml -o "$OUT/run-$fmt" --key-file "$OUT/key" "$f"
  done
done
