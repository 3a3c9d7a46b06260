#!/usr/bin/env bash
# A CI step that de-identifies a new export and fails the job rather than
# leak: a column nobody named (rules with default: fail), a bad record, or
# personal data that survived all stop it with a non-zero exit.
#
#   DEID_KEY_FILE=/run/secrets/deid.key examples/ci/pipeline.sh RULES OUTDIR INPUT...
#
# Exit status: deid's (1 findings, 2 rules or usage, 3 data) or 0.
set -Eeuo pipefail
RULES=${1:?usage: pipeline.sh RULES OUTDIR INPUT...}
OUT=${2:?usage: pipeline.sh RULES OUTDIR INPUT...}
shift 2
: "${DEID_KEY_FILE:?set DEID_KEY_FILE to the key file from the secret store}"
DEID=${DEID:-deid}

"$DEID" check --rules "$RULES"
"$DEID" run --quiet --log-format json --rules "$RULES" --out "$OUT" "$@"
"$DEID" verify --json "$OUT" > "$OUT.verify.json"
echo "de-identified into $OUT; verify report in $OUT.verify.json"
