#!/usr/bin/env bash
# End-to-end test of deid on a real Slurm cluster: a single-node cluster on
# localhost (Debian's slurm-wlm and munge, no systemd; slurm-localhost.sh)
# runs a planned run as an array job. One task is killed on its first try and
# requeued with `scontrol requeue`; then the merge job checks every shard, and
# the outputs are compared byte for byte with a single-machine run.
#
#   bash deploy/slurm/e2e.sh        (as root; .ci/run runs it)
set -Eeuo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
here=$repo/deploy/slurm
log() { printf '[slurm-e2e] %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || { log "needs root (it starts Slurm daemons)"; exit 2; }

WORK=$(mktemp -d /tmp/deid-slurm-e2e.XXXXXX)
chmod 0755 "$WORK"
mkdir -p "$WORK/in"
go build -o "$WORK/deid" ./cmd/deid
# large enough that the killed shard is still running when it is killed
# (0.3 s in), however fast deid gets: each shard takes seconds
for i in 1 2 3; do go run ./bench/gen -format csv -mb 40 -seed "$i" > "$WORK/in/tickets-$i.csv"; done
go run ./bench/gen -format jsonl -mb 40 -seed 4 > "$WORK/in/tickets-4.jsonl"
"$WORK/deid" keygen -q -o "$WORK/key"
export DEID_KEY_FILE=$WORK/key

"$WORK/deid" plan -q -r rules/support-transcripts.yaml --shards 3 -o "$WORK/plan.json" "$WORK/in"
"$WORK/deid" run -q -r rules/support-transcripts.yaml -o "$WORK/single" "$WORK"/in/tickets-*
log "plan and single-machine reference ready in $WORK"

bash "$here/slurm-localhost.sh" install
bash "$here/slurm-localhost.sh" start >/dev/null
trap 'bash "$here/slurm-localhost.sh" stop >/dev/null 2>&1 || true' EXIT
export SLURM_CONF=/tmp/slurm-localhost/slurm.conf
export DEID=$WORK/deid DEID_E2E_KILL_TASK=1 DEID_E2E_KILL_AFTER=0.3

set +e
jobid=$(sbatch --parsable --wait --array=0-2 --chdir="$WORK" --output="$WORK/shard-%A_%a.log" \
  "$here/shard.sbatch" "$WORK/plan.json" "$WORK/out")
rc=$?
set -e
jobid=${jobid%%;*}
log "array job $jobid finished with exit $rc (task 1 was killed on purpose)"
((rc != 0)) || die "the killed task did not fail the array"
[[ -e $WORK/out/manifest.shard-00000.json && -e $WORK/out/manifest.shard-00002.json ]] || die "shards 0 and 2 did not finish"
[[ ! -e $WORK/out/manifest.shard-00001.json ]] || die "the killed shard left a manifest"
if "$WORK/deid" manifest merge -q --plan "$WORK/plan.json" "$WORK/out" 2>/dev/null; then
  die "merge accepted a run with a missing shard"
fi

scontrol requeue "${jobid}_1"
# Slurm makes a requeued job wait about two minutes before it is eligible
# again; the test does not need to wait for that.
scontrol update JobId="${jobid}_1" StartTime=now
for ((i = 0; i < 240; i++)); do
  state=$(scontrol -o show job "${jobid}_1" | grep -o 'JobState=[A-Z_]*' | head -1)
  [[ $state == JobState=COMPLETED ]] && break
  [[ $state == JobState=FAILED || $state == JobState=CANCELLED ]] && ((i > 2)) && die "requeued task ended $state"
  sleep 0.5
done
[[ $state == JobState=COMPLETED ]] || die "requeued task did not complete ($state)"
log "requeued task 1 completed"

set +e
sbatch --wait --chdir="$WORK" --output="$WORK/merge.log" "$here/merge.sbatch" "$WORK/plan.json" "$WORK/out" >/dev/null
rc=$?
set -e
((rc == 0)) || { cat "$WORK/merge.log" >&2; die "merge job exit $rc"; }
[[ -e $WORK/out/manifest.json ]] || die "no merged manifest"

n=0
for f in "$WORK"/single/tickets-*; do
  cmp "$f" "$WORK/out/$(basename "$f")" || die "$(basename "$f") differs from the single-machine run"
  n=$((n + 1))
done
((n == 4)) || die "compared $n outputs, want 4"
left=$(find "$WORK/out" -name '.deid-tmp-*' | wc -l)
log "outputs identical to the single-machine run ($n files); temporary files left behind: $left"
((left == 0)) || die "the requeued shard did not clean up the killed attempt's temporary files"
log "OK"
rm -rf "$WORK"
