package manifest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// Schema identifies the manifest format and its version.
const Schema = "deid.manifest/v1"

// FileName is the manifest's name inside an output folder.
const FileName = "manifest.json"

// Manifest is the content of manifest.json.
type Manifest struct {
	Schema     string   `json:"schema"`
	Tool       Tool     `json:"tool"`
	StartedAt  string   `json:"started_at"`
	FinishedAt string   `json:"finished_at"`
	Rules      Rules    `json:"rules"`
	Key        *Key     `json:"key"`
	Options    Options  `json:"options"`
	Inputs     []Input  `json:"inputs"`
	Outputs    []Output `json:"outputs"`
	Totals     Totals   `json:"totals"`
	Risk       *Risk    `json:"risk,omitempty"`
	Warnings   []string `json:"warnings,omitempty"`
	// Documents are files deid wrote about the data (the dataset card).
	Documents []Document `json:"documents,omitempty"`
	// Shard is set in the manifest of one shard of a planned run.
	Shard *Shard `json:"shard,omitempty"`
	// Encryption says the outputs, documents and this manifest are
	// encrypted (their sizes and hashes are the encrypted files'; rows are
	// the plaintext's).
	Encryption *Encryption `json:"encryption,omitempty"`
	// Rekeyed records each move of the encrypt tokens to a new key
	// (deid rekey), oldest first.
	Rekeyed []Rekey `json:"rekeyed,omitempty"`
	// Erasures records each erasure request applied (deid forget), oldest
	// first.
	Erasures []Erasure `json:"erasures,omitempty"`
	// Signature is an HMAC of the rest of the manifest under the run's key
	// (see Sign); it is the last field of the file.
	Signature string `json:"signature,omitempty"`
}

// Encryption is how a run's files are encrypted at rest.
type Encryption struct {
	Scheme     string   `json:"scheme"`     // "age"
	Recipients []string `json:"recipients"` // public keys
}

// Rekey is one move of a dataset's encrypt tokens to a new key.
type Rekey struct {
	From string `json:"from_fingerprint"`
	To   string `json:"to_fingerprint"`
	At   string `json:"at"`
	// Previous is the SHA-256 of the manifest before the move.
	Previous string `json:"previous_manifest_sha256"`
}

// Erasure is one erasure request applied to a dataset: how many subjects'
// values were given, how many records were removed or blanked, and a hash of
// each value's tokens, never the values.
type Erasure struct {
	At       string   `json:"at"`
	Action   string   `json:"action"` // drop or blank
	Subjects int      `json:"subjects"`
	Records  int64    `json:"records"`
	Tokens   []string `json:"token_sha256"` // SHA-256 of each subject's tokens, sorted
	// Previous is the SHA-256 of the manifest before the erasure.
	Previous string `json:"previous_manifest_sha256"`
}

// Sign returns the manifest's bytes with a signature made by sign over the
// unsigned bytes.
func (m *Manifest) Sign(sign func([]byte) string) ([]byte, error) {
	m.Signature = ""
	unsigned, err := m.Marshal()
	if err != nil {
		return nil, err
	}
	m.Signature = sign(unsigned)
	return m.Marshal()
}

// Unsigned splits a signed manifest file into the bytes that were signed and
// the signature. ok is false when the file carries no signature in the
// place deid writes it.
func Unsigned(raw []byte) (unsigned []byte, sig string, ok bool) {
	const tail = "\"\n}\n"
	const head = ",\n  \"signature\": \""
	if !bytes.HasSuffix(raw, []byte(tail)) {
		return nil, "", false
	}
	body := raw[:len(raw)-len(tail)]
	i := bytes.LastIndex(body, []byte(head))
	if i < 0 {
		return nil, "", false
	}
	sig = string(body[i+len(head):])
	return append(append([]byte{}, raw[:i]...), "\n}\n"...), sig, true
}

// Tool names the program that wrote the manifest.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Rules identifies the rule file and holds its resolved form.
type Rules struct {
	File     string `json:"file"`
	SHA256   string `json:"sha256"`
	Name     string `json:"name,omitempty"`
	Resolved any    `json:"resolved"`
}

// Key describes the key without revealing it.
type Key struct {
	Fingerprint string `json:"fingerprint"`
	Ephemeral   bool   `json:"ephemeral"`
}

// Options are the run settings that affect the output.
type Options struct {
	OnError        string `json:"on_error"`
	Strict         bool   `json:"strict"`
	To             string `json:"to,omitempty"`
	Compress       string `json:"compress"`
	MaxRecordBytes int    `json:"max_record_bytes"`
	// Parquet output settings, when given.
	ParquetCompression  string `json:"parquet_compression,omitempty"`
	ParquetRowGroupRows int64  `json:"parquet_row_group_rows,omitempty"`
	ParquetSample       int    `json:"parquet_sample,omitempty"`
}

// Input is one input file as read.
type Input struct {
	Path        string `json:"path"`
	Format      string `json:"format"`
	Compression string `json:"compression"`
	// Encoding is the character encoding read, when not UTF-8.
	Encoding    string    `json:"encoding,omitempty"`
	Bytes       int64     `json:"bytes"`
	SHA256      string    `json:"sha256"`
	Rows        int64     `json:"rows"`
	BlankLines  int64     `json:"blank_lines,omitempty"`
	Skipped     int64     `json:"skipped"`
	SkippedRows []Skipped `json:"skipped_rows,omitempty"`
	RowsDropped []Dropped `json:"rows_dropped,omitempty"`
	// RowsFlagged counts records over a flag-only limit (still written).
	RowsFlagged []Dropped `json:"rows_flagged,omitempty"`
}

// Skipped is one bad record left out under --on-error skip: its line and
// what was wrong, never its content.
type Skipped struct {
	Line   int64  `json:"line"`
	Field  string `json:"field,omitempty"`
	Reason string `json:"reason"`
}

// Dropped counts the records a row rule removed.
type Dropped struct {
	Reason string `json:"reason"`
	Rows   int64  `json:"rows"`
}

// Output is one output file as written.
type Output struct {
	Path        string  `json:"path"` // relative to the manifest's folder
	Input       string  `json:"input"`
	Format      string  `json:"format"`
	Compression string  `json:"compression"`
	Bytes       int64   `json:"bytes"`
	SHA256      string  `json:"sha256"`
	Rows        int64   `json:"rows"`
	Schema      []Field `json:"schema"`
	// Columns are a Parquet output's leaf columns and their types, in
	// column order.
	Columns []Column      `json:"columns,omitempty"`
	Fields  []FieldCounts `json:"fields"`
}

// Column is one leaf column of a Parquet output.
type Column struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Document is a file about the data, such as the dataset card.
type Document struct {
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Field is one field of an output's schema, with the value types seen.
type Field struct {
	Name  string   `json:"name"`
	Types []string `json:"types"`
}

// FieldCounts says what happened to the input field at Path.
type FieldCounts struct {
	Path    string `json:"path"`
	Action  string `json:"action"`
	Rule    string `json:"rule,omitempty"`
	Values  int64  `json:"values"`
	Nulls   int64  `json:"nulls"`
	Changed int64  `json:"changed"`
	Dropped int64  `json:"dropped"`
	// Entities counts the spans scan found, per entity type.
	Entities map[string]int64 `json:"entities,omitempty"`
}

// Risk is the re-identification check over all outputs: records grouped by
// their quasi-identifiers' values (after the rules ran).
type Risk struct {
	QuasiIdentifiers []string `json:"quasi_identifiers"`
	K                int      `json:"k"`
	Enforce          string   `json:"enforce"`
	Records          int64    `json:"records"`
	Classes          int      `json:"classes"`
	SmallestClass    int64    `json:"smallest_class"`
	ClassesBelowK    int      `json:"classes_below_k"`
	RecordsBelowK    int64    `json:"records_in_classes_below_k"`
	UniqueShare      float64  `json:"unique_records_share"`
	Suppressed       int64    `json:"records_suppressed"`
}

// Totals sums the run.
type Totals struct {
	Inputs      int   `json:"inputs"`
	RowsRead    int64 `json:"rows_read"`
	RowsWritten int64 `json:"rows_written"`
	RowsDropped int64 `json:"rows_dropped"`
	RowsSkipped int64 `json:"rows_skipped"`
}

// Marshal encodes m as indented JSON with a final newline.
func (m *Manifest) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Read loads and decodes a manifest file.
func Read(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	return m, nil
}

// Parse decodes a manifest's bytes.
func Parse(data []byte) (*Manifest, error) {
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if m.Schema != Schema {
		return nil, fmt.Errorf("unknown schema %q", m.Schema)
	}
	return &m, nil
}
