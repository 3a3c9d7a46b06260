package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/deidtool/deid/pkg/format/agecrypt"
	"github.com/deidtool/deid/pkg/format/charset"
	"github.com/deidtool/deid/pkg/format/compress"
	"github.com/deidtool/deid/pkg/format/csv"
	"github.com/deidtool/deid/pkg/format/jsonl"
	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/transform"
)

// parquetOptions are the Parquet settings of `deid run`.
type parquetOptions struct {
	compression  string // "" keeps each column's codec
	rowGroupRows int64
	sampleRows   int
}

func (p *parquetOptions) validate() error {
	var errs []error
	if p.compression != "" && !slices.Contains(parquet.Compressions, p.compression) {
		errs = append(errs, errors.New("--parquet-compression must be snappy, zstd, gzip, brotli or none"))
	}
	if p.rowGroupRows < 0 {
		errs = append(errs, errors.New("--parquet-row-group-rows must not be negative"))
	}
	if p.sampleRows < 1 {
		errs = append(errs, errors.New("--parquet-sample must be at least 1"))
	}
	return errors.Join(errs...)
}

// isParquetFile reports whether a file starts with Parquet's magic bytes.
func isParquetFile(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	var magic [4]byte
	_, err = io.ReadFull(f, magic[:])
	return err == nil && bytes.Equal(magic[:], []byte("PAR1"))
}

// parquetInput is an open Parquet input: the file (the input itself, or a
// temporary copy of stdin or of a compressed file).
type parquetInput struct {
	reader *parquet.Reader
	file   *os.File
	temp   bool
}

func (p *parquetInput) close() {
	if p.reader != nil {
		p.reader.Close()
	}
	p.file.Close()
	if p.temp {
		os.Remove(p.file.Name())
	}
}

// parquetDecide tells the Parquet package what the plan does to each field
// of the input's schema.
func parquetDecide(p *transform.Plan) parquet.Decide {
	return func(path []string, inherited int, scalar bool) (parquet.Fate, error) {
		f, err := p.Fate(path, inherited, scalar)
		if err != nil {
			return parquet.Fate{}, err
		}
		switch {
		case f.Descend:
			return parquet.Fate{Descend: true, Inherit: f.Inherit}, nil
		case f.Action == transform.ActionKeep:
			return parquet.Fate{Keep: true}, nil
		case f.Action == transform.ActionDrop:
			return parquet.Fate{Drop: true}, nil
		}
		switch f.Op.(type) {
		case transform.TruncateTime, transform.DateShift:
			return parquet.Fate{KeepTime: true}, nil
		}
		return parquet.Fate{}, nil
	}
}

// parquetSink adapts the Parquet writers to the run's sink.
type parquetSink interface {
	sink
	Schema() *parquet.Schema
}

// fixedSink is a Writer under a schema known before the first record.
type fixedSink struct {
	*parquet.Writer
	schema *parquet.Schema
}

func (s fixedSink) Schema() *parquet.Schema { return s.schema }

// newParquetSink returns the writer of a Parquet output: under the schema
// derived from a Parquet input, or inferred from the first records.
func (r *runner) newParquetSink(out io.Writer, in *inputSpec, pin *parquetInput) (parquetSink, error) {
	opts := parquet.WriterOptions{Compression: r.o.parquet.compression, RowGroupRows: r.o.parquet.rowGroupRows}
	if pin == nil {
		return parquet.NewInferringWriter(out, opts, r.o.parquet.sampleRows, in.format == formatCSV, r.rules.Types), nil
	}
	schema, err := pin.reader.OutputSchema(parquetDecide(r.rules.Plan), r.o.parquet.compression)
	if err != nil {
		var fe *transform.FieldError
		if errors.As(err, &fe) {
			return nil, &record.ParseError{File: in.path, Where: "schema", Field: fe.Path, Err: fe.Err}
		}
		return nil, &record.ParseError{File: in.path, Where: "schema", Err: err}
	}
	opts.FlushAfter = pin.reader.RowGroupEnds()
	for _, kv := range pin.reader.Metadata() {
		if schema.Changed && describesSchema(kv[0]) {
			continue
		}
		opts.Metadata = append(opts.Metadata, kv)
	}
	if opts.Compression == "" {
		opts.Compression = "snappy" // for columns without a codec of their own
	}
	w, err := parquet.NewWriter(out, schema, opts)
	if err != nil {
		return nil, err
	}
	return fixedSink{w, schema}, nil
}

// describesSchema reports whether a key/value metadata entry restates the
// file's schema (Arrow, pandas, Spark); after fields are dropped or retyped
// it would describe columns that are gone, so it is not carried over.
func describesSchema(key string) bool {
	switch key {
	case "ARROW:schema", "pandas", "org.apache.spark.sql.parquet.row.metadata", "org.apache.spark.sql.parquet.row.attributes":
		return true
	}
	return false
}

// openParquet opens a Parquet input. The input chain (raw, the hashing
// buffered reader; dec, its decompressed view) is read to the end: a plain
// file is then opened again to be read by seeking, and stdin or a
// compressed file is first copied, decompressed, to a temporary file.
func openParquet(in *inputSpec, raw, dec io.Reader, ids *agecrypt.Identities) (*parquetInput, error) {
	if in.age && in.codec != compress.None && in.codec != "" {
		// Reading it by seeking would mean a decrypted copy on disk.
		return nil, &record.ParseError{File: in.path, Err: errors.New("a compressed, age-encrypted Parquet file is not read (it would need a decrypted copy on disk): Parquet compresses inside the file, so encrypt it uncompressed")}
	}
	p := &parquetInput{}
	switch {
	case in.stdin == nil && (in.codec == "none" || in.codec == ""):
		// A plain file (or an age-encrypted one, decrypted by random
		// access): read it through the chain to hash it, then again by
		// seeking.
		// (in large reads: io.Discard would read 8 KiB at a time)
		buf := make([]byte, 1<<20)
		for {
			_, err := raw.Read(buf)
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, err
			}
		}
		f, err := os.Open(in.path)
		if err != nil {
			return nil, fmt.Errorf("open input: %w", err)
		}
		p.file = f
	default:
		f, err := os.CreateTemp("", "deid-parquet-*")
		if err != nil {
			return nil, fmt.Errorf("spool Parquet input: %w", err)
		}
		p.file, p.temp = f, true
		// An encrypted stdin is spooled encrypted, and decrypted by
		// random access: no plaintext reaches the disk.
		src := dec
		if in.age {
			src = raw
		}
		if _, err := io.Copy(f, src); err != nil {
			p.close()
			return nil, err
		}
	}
	st, err := p.file.Stat()
	if err != nil {
		p.close()
		return nil, err
	}
	var at io.ReaderAt = p.file
	size := st.Size()
	if in.age {
		if at, size, err = ids.DecryptAt(p.file, size); err != nil {
			p.close()
			return nil, &record.ParseError{File: in.path, Err: err}
		}
	}
	if p.reader, err = parquet.Open(in.path, at, size); err != nil {
		p.close()
		return nil, err
	}
	return p, nil
}

// recordSource is a file's records, whatever its format, for the commands
// that only read (scan, verify).
type recordSource interface {
	Read() (*record.Record, error)
}

// openRecords opens a file of the given format and compression as records;
// close releases it. The CSV reader is returned too (nil for other formats)
// for callers that need its header. Path "-" reads stdin, through the
// buffered reader that specFor sniffed.
func openRecords(path, format string, codec compress.Codec, comma byte, encoding string, ids *agecrypt.Identities, stdin *bufio.Reader) (recordSource, *csv.Reader, func(), error) {
	var f io.Closer = io.NopCloser(nil)
	buffered := stdin
	if path != "-" {
		file, err := os.Open(path)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("open input: %w", err)
		}
		f, buffered = file, bufio.NewReaderSize(file, 256<<10)
	}
	plain := buffered
	encrypted := false
	if head, _ := buffered.Peek(32); agecrypt.Sniff(head) && format == formatParquet {
		encrypted, codec = true, compress.None // decrypted by random access
	} else if agecrypt.Sniff(head) {
		d, err := ids.Decrypt(buffered)
		if err != nil {
			f.Close()
			return nil, nil, nil, &record.ParseError{File: path, Err: err}
		}
		plain, encrypted = bufio.NewReaderSize(d, 256<<10), true
		name, _ := ageName(path)
		if codec, err = compress.Sniff(plain, name); err != nil {
			f.Close()
			return nil, nil, nil, &record.ParseError{File: path, Err: err}
		}
	}
	dec, err := compress.NewReader(plain, codec)
	if err != nil {
		f.Close()
		return nil, nil, nil, &record.ParseError{File: path, Err: err}
	}
	closeAll := func() { dec.Close(); f.Close() }
	switch format {
	case formatParquet:
		pin, err := openParquet(&inputSpec{path: path, codec: codec, age: encrypted, stdin: stdin}, buffered, dec, ids)
		if err != nil {
			closeAll()
			return nil, nil, nil, err
		}
		return pin.reader, nil, func() { pin.close(); closeAll() }, nil
	}
	text, _, err := decodeText(&inputSpec{codec: codec, encoding: encoding}, plain, dec)
	if err != nil {
		closeAll()
		return nil, nil, nil, &record.ParseError{File: path, Err: err}
	}
	if format == formatCSV {
		r := csv.NewReader(text, csv.ReaderOptions{Name: path, Comma: comma})
		return r, r, closeAll, nil
	}
	return jsonl.NewReader(text, jsonl.ReaderOptions{Name: path}), nil, closeAll, nil
}

// decodeText returns the text of a CSV or JSONL input as UTF-8 (dec, its
// decompressed bytes, decoded from in.encoding) and the name of the
// encoding read when it is not UTF-8. An uncompressed input (plain, the
// same bytes buffered) that starts with a UTF-16 byte-order mark is read
// as UTF-16 without --encoding.
func decodeText(in *inputSpec, plain *bufio.Reader, dec io.Reader) (io.Reader, string, error) {
	if in.format == formatParquet {
		return dec, "", nil
	}
	name := in.encoding
	if name == "" && (in.codec == compress.None || in.codec == "") {
		head, _ := plain.Peek(2)
		name = charset.Sniff(head)
	}
	text, canon, err := charset.NewReader(dec, name)
	if canon == "utf-8" {
		canon = ""
	}
	return text, canon, err
}
