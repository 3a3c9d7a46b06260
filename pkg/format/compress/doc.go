// Package compress detects and handles the compression of deid's inputs and
// outputs: none, gzip or zstd. Detection trusts the magic bytes first and the
// file name's extension second, so a mislabelled file is still read right.
//
// Writers are deterministic: the same bytes in give the same bytes out (no
// timestamps or names in gzip headers), so re-runs are byte-identical.
package compress
