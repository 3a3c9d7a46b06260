#!/usr/bin/env bash
# Times `deid run` on a nested Parquet file written by DuckDB: an identity
# run (every field kept, so the cost is reading and writing Parquet) and the
# support pack (detection on the transcript text), each twice, interleaved.
# Prints rows/s and peak RSS.
#
#   bench/parquet.sh [ROWS]      (default 1500000, about 260 MB; kept in bench/out/)
#
# Needs: Go, GNU time, node and DuckDB (npm install --prefix testdata/npm).
set -Eeuo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1500000}
OUT=bench/out
mkdir -p "$OUT"
go build -o "$OUT/deid" ./cmd/deid
[ -d testdata/npm/node_modules ] || npm install --prefix testdata/npm --no-audit --no-fund
[ -f "$OUT/key" ] || "$OUT/deid" keygen -q -o "$OUT/key"
f="$OUT/tickets-$ROWS.parquet"
if [ ! -s "$f" ]; then
  sql=$(sed "s/ROWS/$ROWS/; s|OUTFILE|$f|" bench/parquet-gen.sql)
  node testdata/npm/query.mjs "$sql" > /dev/null
fi
printf 'version: 1\ndefault: keep\n' > "$OUT/identity.yaml"

measure() {
  local name=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null 2>&1
  read -r secs kb < "$log"
  rm -f "$log"
  awk -v n="$name" -v s="$secs" -v k="$kb" -v r="$ROWS" \
    'BEGIN { printf "%-28s %7.2f s %9.0f rows/s %6.0f MB RSS\n", n, s, r/s, k/1024 }'
}

echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3); input $(stat -c %s "$f") bytes, $ROWS rows"
for round in 1 2; do
  echo "-- round $round"
  rm -rf "$OUT/pq-identity" "$OUT/pq-support"
  measure "identity" "$OUT/deid" run -q -r "$OUT/identity.yaml" -o "$OUT/pq-identity" "$f"
  measure "support-transcripts" "$OUT/deid" run -q -r rules/support-transcripts.yaml --key-file "$OUT/key" -o "$OUT/pq-support" "$f"
done
