// Package manifest defines manifest.json, the record of a deid run that
// proves what was done to a dataset: the tool version, the rules (file hash
// and resolved form), the key fingerprint, every input and output with sizes,
// SHA-256 digests and row counts, per-field actions and counts, and rows
// dropped or skipped with their reasons. It never holds an input value.
//
// Encoding is deterministic (fixed field order, sorted lists), so the same
// run gives a byte-identical manifest when SOURCE_DATE_EPOCH fixes the times.
// The schema is documented in docs/manifest.md.
package manifest
