package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/deidtool/deid/pkg/format/agecrypt"
	"github.com/deidtool/deid/pkg/format/compress"
)

// Data formats deid reads and writes.
const (
	formatCSV     = "csv"
	formatJSONL   = "jsonl"
	formatJSON    = "json" // an output holding one JSON array of records (read as JSONL is)
	formatParquet = "parquet"
)

var formatExts = map[string]string{
	".csv": formatCSV, ".tsv": formatCSV, ".psv": formatCSV,
	".jsonl": formatJSONL, ".ndjson": formatJSONL, ".json": formatJSONL,
	".parquet": formatParquet,
}

// inputSpec is one input and where its output goes.
type inputSpec struct {
	path      string // as given; "-" for stdin
	format    string
	comma     byte   // 0: sniff
	encoding  string // --encoding; "" for UTF-8, or UTF-16 by its byte-order mark
	codec     compress.Codec
	out       string // output path, "-" for stdout
	outName   string // output path relative to the output folder
	outFormat string
	outCodec  compress.Codec
	stdin     *bufio.Reader // buffered stdin, already sniffed
	wantSHA   string        // for planned inputs: the SHA-256 the plan recorded
	age       bool          // the input is age-encrypted (codec sniffed after decryption)
	stdinJSON bool          // stdin read with --from json: its output is named stdin.json
	outAge    bool          // the output is encrypted to age recipients
}

// ageName strips ".age" from a file name.
func ageName(name string) (string, bool) {
	if strings.HasSuffix(strings.ToLower(name), agecrypt.Ext) {
		return name[:len(name)-len(agecrypt.Ext)], true
	}
	return name, false
}

// formatOf infers the format of a file name (compression extension removed).
func formatOf(name string) (string, byte) {
	name, _ = ageName(name)
	base, _ := compress.SplitExt(name)
	ext := strings.ToLower(filepath.Ext(base))
	comma := byte(0)
	switch ext {
	case ".tsv":
		comma = '\t'
	case ".psv":
		comma = '|'
	}
	return formatExts[ext], comma
}

// outputName names the output of an input: its base name, the format's
// extension when the format changes, and the output's compression extension.
func outputName(in *inputSpec) string {
	base := "stdin." + in.format
	if in.stdinJSON {
		base = "stdin." + formatJSON
	}
	if in.path != "-" {
		base = filepath.Base(in.path)
	}
	base, _ = ageName(base)
	base, _ = compress.SplitExt(base)
	if in.outFormat != in.format {
		if _, known := formatExts[strings.ToLower(filepath.Ext(base))]; known {
			base = strings.TrimSuffix(base, filepath.Ext(base))
		}
		base += "." + in.outFormat
	}
	if in.outAge {
		return base + in.outCodec.Ext() + agecrypt.Ext
	}
	return base + in.outCodec.Ext()
}

// planInputs resolves every input's format, compression and output path.
func planInputs(o *runOptions, stdin *bufio.Reader) ([]*inputSpec, error) {
	var specs []*inputSpec
	names := map[string]string{}
	stdinUsed := false
	for _, p := range o.inputs {
		if p == "-" {
			if stdinUsed {
				return nil, usagef(errors.New("stdin (-) can be read only once"))
			}
			stdinUsed = true
		}
		in, err := specFor(o, p, stdin)
		if err != nil {
			return nil, err
		}
		if o.out == "-" {
			in.out, in.outName = "-", "-"
		} else {
			in.outName = outputName(in)
			in.out = filepath.Join(o.out, in.outName)
			if prev, dup := names[in.outName]; dup {
				return nil, usagef(fmt.Errorf("inputs %s and %s would both write %s; run them into separate folders", prev, p, in.out))
			}
			names[in.outName] = p
			if err := refuseOverwrite(in.out, o.inputs); err != nil {
				return nil, err
			}
		}
		specs = append(specs, in)
	}
	return specs, nil
}

// specFor resolves one input's format and compression, and those of its
// output (not its path).
func specFor(o *runOptions, p string, stdin *bufio.Reader) (*inputSpec, error) {
	in := &inputSpec{path: p}
	if p == "-" {
		if o.from == "" {
			return nil, usagef(errors.New("reading stdin needs --from csv|jsonl|json|parquet"))
		}
		in.format = o.from
		if o.from == formatJSON {
			in.format, in.stdinJSON = formatJSONL, true // the JSON Lines reader reads an array too
		}
		in.stdin = stdin
		if head, _ := stdin.Peek(32); agecrypt.Sniff(head) {
			in.age = true
		} else {
			c, err := compress.Sniff(stdin, "")
			if err != nil {
				return nil, err
			}
			in.codec = c
		}
	} else {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("open input: %w", err)
		}
		if st.IsDir() {
			return nil, usagef(fmt.Errorf("input %s is a folder; name its files", p))
		}
		in.format, in.comma = formatOf(p)
		if o.from != "" {
			in.format = o.from
		}
		if in.format == formatJSON {
			in.format = formatJSONL // the JSON Lines reader reads an array too
		}
		if in.age, err = isAgeFile(p); err != nil {
			return nil, err
		}
		if !in.age {
			if in.codec, err = sniffFile(p); err != nil {
				return nil, err
			}
		}
	}
	switch in.format {
	case formatCSV, formatJSONL, formatParquet:
	default:
		if p != "-" && !in.age && isParquetFile(p) {
			in.format = formatParquet
			break
		}
		return nil, usagef(fmt.Errorf("input %s: cannot tell its format from the name; use --from csv|jsonl|parquet", p))
	}
	if o.delimiter != "" {
		in.comma = o.delimiter[0]
	}
	if o.encoding != "" && in.format == formatParquet {
		return nil, usagef(fmt.Errorf("input %s: --encoding applies to CSV and JSONL inputs; Parquet strings are UTF-8", p))
	}
	in.encoding = o.encoding
	in.outFormat = in.format
	if o.to != "" {
		in.outFormat = o.to
	}
	in.outCodec = in.codec
	if in.age {
		// known once decrypted; "auto" keeps the name's compression
		in.outCodec = compress.None
		if n, ok := ageName(p); ok {
			_, in.outCodec = compress.SplitExt(n)
		}
	}
	in.outAge = len(o.encryptTo)+len(o.recipientsFiles) > 0
	if o.compress != "auto" {
		in.outCodec = compress.Codec(o.compress)
	}
	if in.outFormat == formatParquet {
		// Parquet compresses inside the file (--parquet-compression).
		if in.outCodec != compress.None && o.compress != "auto" {
			return nil, usagef(errors.New("--compress does not apply to Parquet output; use --parquet-compression"))
		}
		in.outCodec = compress.None
	}
	return in, nil
}

// sniffFile reads the first bytes of a file to find its compression.
func sniffFile(p string) (compress.Codec, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", fmt.Errorf("open input: %w", err)
	}
	defer f.Close()
	c, err := compress.Sniff(bufio.NewReaderSize(f, 16), p)
	if err != nil {
		return "", fmt.Errorf("input %s: %w", p, err)
	}
	return c, nil
}

// isAgeFile reports whether a file is age-encrypted (by its first bytes).
func isAgeFile(p string) (bool, error) {
	f, err := os.Open(p)
	if err != nil {
		return false, fmt.Errorf("open input: %w", err)
	}
	defer f.Close()
	head := make([]byte, 32)
	n, _ := io.ReadFull(f, head)
	return agecrypt.Sniff(head[:n]), nil
}

// refuseOverwrite fails when out is one of the inputs.
func refuseOverwrite(out string, inputs []string) error {
	ost, err := os.Stat(out)
	if err != nil {
		return nil
	}
	for _, p := range inputs {
		if p == "-" {
			continue
		}
		if ist, err := os.Stat(p); err == nil && os.SameFile(ist, ost) {
			return usagef(fmt.Errorf("output %s would overwrite input %s; choose another --out folder", out, p))
		}
	}
	return nil
}
