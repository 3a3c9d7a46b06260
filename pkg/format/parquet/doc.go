// Package parquet reads and writes Parquet files as deid records, for any
// schema and without compile-time structs.
//
// A Reader turns each row into a record.Record: groups become maps with their
// fields in schema order, LIST and MAP columns (and bare repeated fields)
// become lists and maps, and leaves become scalars whose text is lossless for
// their type: numbers and decimals as their digits, timestamps as RFC 3339 at
// the column's precision, dates as 2006-01-02, binary that is not text as
// base64. A Writer does the inverse under a schema: either one derived from
// the input's (OutputSchema: fields the rules drop are gone, transformed
// leaves become strings, all else keeps its type, nullability, encoding and
// codec) or one inferred from the first records (Infer) when converting from
// CSV or JSONL.
//
// It is the only package that imports github.com/parquet-go/parquet-go, and it
// turns the library's panics on hostile files into errors.
package parquet
