#!/usr/bin/env bash
# Submit a planned deid run to Slurm: one array task per shard, then the merge
# once every task succeeded. Prints the two job ids.
#
#   DEID_KEY_FILE=/secrets/deid.key deploy/slurm/submit.sh plan.json /shared/out
set -Eeuo pipefail
PLAN=${1:?usage: submit.sh PLAN OUTDIR}
OUT=${2:?usage: submit.sh PLAN OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
shards=$(sed -n 's/^  "shards": \([0-9][0-9]*\),$/\1/p' "$PLAN")
[[ -n $shards ]] || { echo "submit.sh: no shard count in $PLAN" >&2; exit 2; }
array=$(sbatch --parsable --array=0-$((shards - 1)) "$here/shard.sbatch" "$PLAN" "$OUT")
merge=$(sbatch --parsable --dependency=afterok:"${array%%;*}" "$here/merge.sbatch" "$PLAN" "$OUT")
echo "array job $array, merge job $merge"
