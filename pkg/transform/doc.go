// Package transform applies a compiled Plan to records: row rules that drop
// whole records, and field operators (keep, drop, redact, mask, pseudonymize,
// hash, generalize, truncate) chosen per field path, with the rule file's
// default for every field no rule names.
//
// Operators are immutable and shared by all workers; the mutable state a
// worker needs (HMAC states, counters, caches) lives in an Applier, one per
// goroutine. Every operator also works on a span of free text (ApplySpan), so
// that a detector can send what it finds through the same operators as the
// structured fields.
//
// Errors returned by operators describe the problem ("not a timestamp in a
// known layout") and never contain the value.
package transform
