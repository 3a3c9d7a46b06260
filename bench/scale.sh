#!/usr/bin/env bash
# Times `deid run` with the support pack on the generated CSV with one
# worker and with two, interleaved, and prints each round's ratio: the
# speed issue's scaling check (2 workers ≥ 1.8× one worker).
#
#   bench/scale.sh [SIZE_MB] [ROUNDS]     (defaults: 1024, 2; data in bench/out/)
#
# Needs: Go, GNU time (/usr/bin/time).
set -Eeuo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1024}
ROUNDS=${2:-2}
OUT=bench/out
mkdir -p "$OUT"
go build -o "$OUT/deid" ./cmd/deid
[ -x /usr/bin/time ] || { echo "bench: install GNU time (apt-get install time)" >&2; exit 2; }
[ -f "$OUT/key" ] || "$OUT/deid" keygen -q -o "$OUT/key"
f="$OUT/tickets-$MB.csv"
[ -s "$f" ] || go run ./bench/gen -format csv -mb "$MB" > "$f"

# run N: wall seconds, CPU seconds and peak RSS (MB) of a run with N workers
run() {
  local log; log=$(mktemp)
  rm -rf "$OUT/scale-out"
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$OUT/deid" run -q -r rules/support-transcripts.yaml \
    --key-file "$OUT/key" --workers "$1" -o "$OUT/scale-out" "$f" > /dev/null 2>&1
  awk '{ printf "%.2f %.2f %.0f", $1, $2 + $3, $4 / 1024 }' "$log"
  rm -f "$log"
}

echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3); input $(stat -c %s "$f") bytes"
for round in $(seq "$ROUNDS"); do
  read -r w1 c1 m1 <<< "$(run 1)"
  read -r w2 c2 m2 <<< "$(run 2)"
  awk -v r="$round" -v w1="$w1" -v c1="$c1" -v m1="$m1" -v w2="$w2" -v c2="$c2" -v m2="$m2" 'BEGIN {
    printf "round %d: 1 worker %.2f s (CPU %.2f s, %d MB), 2 workers %.2f s (CPU %.2f s, %d MB): %.2fx\n", r, w1, c1, m1, w2, c2, m2, w1 / w2 }'
done
rm -rf "$OUT/scale-out"
