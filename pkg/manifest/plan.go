package manifest

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// PlanSchema identifies the plan format and its version.
const PlanSchema = "deid.plan/v1"

// Plan splits a run into shards for a cluster: every input with its size,
// hash, shard and output name, the rules' hash and the key's fingerprint
// that every shard must use, and the run options. It holds no key and no
// data.
type Plan struct {
	Schema         string      `json:"schema"`
	Tool           Tool        `json:"tool"`
	CreatedAt      string      `json:"created_at"`
	Rules          PlanRules   `json:"rules"`
	KeyFingerprint string      `json:"key_fingerprint,omitempty"`
	Options        PlanOptions `json:"options"`
	Shards         int         `json:"shards"`
	Inputs         []PlanInput `json:"inputs"`
}

// PlanRules names the rule file by path and content hash.
type PlanRules struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

// PlanOptions are the run settings every shard uses.
type PlanOptions struct {
	From           string `json:"from,omitempty"`
	To             string `json:"to,omitempty"`
	Compress       string `json:"compress"`
	OnError        string `json:"on_error"`
	Strict         bool   `json:"strict"`
	MaxRecordBytes int    `json:"max_record_bytes"`
	Delimiter      string `json:"delimiter,omitempty"`
	Encoding       string `json:"encoding,omitempty"`
	// Parquet output settings, when given.
	ParquetCompression  string `json:"parquet_compression,omitempty"`
	ParquetRowGroupRows int64  `json:"parquet_row_group_rows,omitempty"`
	ParquetSample       int    `json:"parquet_sample,omitempty"`
}

// PlanInput is one input of a plan.
type PlanInput struct {
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
	Shard  int    `json:"shard"`
	Output string `json:"output"` // file name inside the output folder
}

// Shard identifies the shard a manifest describes.
type Shard struct {
	Index      int    `json:"index"`
	Count      int    `json:"count"`
	PlanSHA256 string `json:"plan_sha256"`
}

// ShardFileName is the name of shard i's manifest in the output folder.
func ShardFileName(i int) string { return fmt.Sprintf("manifest.shard-%05d.json", i) }

// Balance assigns items of the given sizes to n shards: largest first, each
// to the shard with the fewest bytes so far (the lowest index on a tie). The
// result is deterministic.
func Balance(sizes []int64, n int) []int {
	order := make([]int, len(sizes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(sizes[b], sizes[a]) })
	load := make([]int64, n)
	out := make([]int, len(sizes))
	for _, i := range order {
		best := 0
		for s := 1; s < n; s++ {
			if load[s] < load[best] {
				best = s
			}
		}
		out[i] = best
		load[best] += sizes[i]
	}
	return out
}

// Marshal encodes the plan as indented JSON with a final newline.
func (p *Plan) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ReadPlan loads a plan and returns it with the SHA-256 of its bytes.
func ReadPlan(path string) (*Plan, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	var p Plan
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, "", fmt.Errorf("decode plan %s: %w", path, err)
	}
	if p.Schema != PlanSchema {
		return nil, "", fmt.Errorf("plan %s: unknown schema %q", path, p.Schema)
	}
	if p.Shards < 1 {
		return nil, "", fmt.Errorf("plan %s: shards must be at least 1", path)
	}
	sum := sha256.Sum256(data)
	return &p, hex.EncodeToString(sum[:]), nil
}
