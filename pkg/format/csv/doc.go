// Package csv reads and writes delimited text (CSV, TSV, semicolon CSV) as
// deid records, one field per column named by the header line.
//
// Unlike encoding/csv, the reader keeps every value exactly as written:
// carriage returns and line breaks inside quoted fields survive, so a kept
// value comes out unchanged. It is strict by default (RFC 4180): a quote in
// an unquoted field, an unterminated quote, a row with the wrong number of
// fields, invalid UTF-8, or a record over the size limit is a
// *record.ParseError naming the file, line and column, never the value.
package csv
