// Package jsonl reads and writes JSON Lines: one JSON object per line, as
// deid records, and files holding one JSON array of objects (a .json
// export), read element by element and written back as an array. Nested
// objects and arrays become maps and lists.
//
// The reader keeps each value's original bytes (record.Value.Raw), so the
// writer reproduces kept values exactly: the digits of large integers and
// floats, string escapes, key order. It rejects what would make a record
// ambiguous or unsafe: invalid JSON, invalid UTF-8, duplicate keys, a line
// that is not an object, nesting deeper than MaxDepth, and lines over the
// record size limit. Errors are *record.ParseError values that name the file,
// line and field, never a value.
package jsonl
