package manifest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// CheckFile reports whether the file at path has the given size and SHA-256;
// the error says what differs (never the content).
func CheckFile(path string, size int64, sum string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return err
	}
	if n != size {
		return fmt.Errorf("has %d bytes, manifest says %d", n, size)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != sum {
		return fmt.Errorf("sha256 differs from the manifest")
	}
	return nil
}

// ShardComplete reports whether shard i of the plan already finished in dir:
// its manifest is there, names this plan, and every output it lists is intact.
func ShardComplete(dir string, i int, planSHA string) bool {
	m, err := Read(filepath.Join(dir, ShardFileName(i)))
	if err != nil || m.Shard == nil || m.Shard.Index != i || m.Shard.PlanSHA256 != planSHA {
		return false
	}
	for _, o := range m.Outputs {
		if CheckFile(filepath.Join(dir, filepath.FromSlash(o.Path)), o.Bytes, o.SHA256) != nil {
			return false
		}
	}
	return true
}

// Merge checks the shard manifests of a planned run in dir and combines them
// into the manifest of the whole run. It returns the problems found (a
// missing or incomplete shard, another plan, rules or key, an input that
// changed, an output that does not match its manifest); with any, the merged
// manifest is nil.
func Merge(p *Plan, planSHA, dir string) (*Manifest, []string) {
	var problems []string
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	shards := make([]*Manifest, p.Shards)
	for i := range shards {
		name := ShardFileName(i)
		m, err := Read(filepath.Join(dir, name))
		if err != nil {
			report("shard %d: %s is missing or unreadable", i, name)
			continue
		}
		switch {
		case m.Shard == nil || m.Shard.Index != i || m.Shard.Count != p.Shards:
			report("shard %d: %s does not describe shard %d of %d", i, name, i, p.Shards)
			continue
		case m.Shard.PlanSHA256 != planSHA:
			report("shard %d: made from another plan", i)
			continue
		case m.Rules.SHA256 != p.Rules.SHA256:
			report("shard %d: made with other rules (sha256 %s, plan says %s)", i, m.Rules.SHA256, p.Rules.SHA256)
		}
		fp := ""
		if m.Key != nil {
			fp = m.Key.Fingerprint
		}
		if fp != p.KeyFingerprint {
			report("shard %d: made with another key (fingerprint %q, plan says %q)", i, fp, p.KeyFingerprint)
		}
		for _, o := range m.Outputs {
			if err := CheckFile(filepath.Join(dir, filepath.FromSlash(o.Path)), o.Bytes, o.SHA256); err != nil {
				report("shard %d: output %s %v", i, o.Path, err)
			}
		}
		shards[i] = m
	}
	// Every planned input must appear in its shard, unchanged.
	for _, in := range p.Inputs {
		m := shards[in.Shard]
		if m == nil {
			continue
		}
		j := slices.IndexFunc(m.Inputs, func(x Input) bool { return x.Path == in.Path })
		switch {
		case j < 0:
			report("shard %d: input %s of the plan is missing", in.Shard, in.Path)
		case m.Inputs[j].SHA256 != in.SHA256:
			report("shard %d: input %s changed after the plan was made", in.Shard, in.Path)
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return combine(p, shards), nil
}

// combine builds the whole run's manifest from complete shards: inputs and
// outputs in plan order, totals summed, a warning kept only when every
// shard that read data gave it.
func combine(p *Plan, shards []*Manifest) *Manifest {
	first := shards[0]
	out := &Manifest{Schema: Schema, Tool: first.Tool, Rules: first.Rules, Key: first.Key, Options: first.Options,
		Inputs: []Input{}, Outputs: []Output{}}
	out.StartedAt, out.FinishedAt = first.StartedAt, first.FinishedAt
	warned := map[string]int{}
	withData := 0
	for _, m := range shards {
		out.StartedAt = min(out.StartedAt, m.StartedAt)
		out.FinishedAt = max(out.FinishedAt, m.FinishedAt)
		if len(m.Inputs) > 0 {
			withData++
			for _, w := range m.Warnings {
				warned[w]++
			}
		}
	}
	for _, in := range p.Inputs {
		m := shards[in.Shard]
		j := slices.IndexFunc(m.Inputs, func(x Input) bool { return x.Path == in.Path })
		out.Inputs = append(out.Inputs, m.Inputs[j])
		out.Outputs = append(out.Outputs, m.Outputs[j])
	}
	for _, m := range shards {
		out.Totals.Inputs += m.Totals.Inputs
		out.Totals.RowsRead += m.Totals.RowsRead
		out.Totals.RowsWritten += m.Totals.RowsWritten
		out.Totals.RowsDropped += m.Totals.RowsDropped
		out.Totals.RowsSkipped += m.Totals.RowsSkipped
	}
	for _, w := range first.Warnings {
		if warned[w] == withData && withData > 0 {
			out.Warnings = append(out.Warnings, w)
		}
	}
	for _, m := range shards[1:] {
		for _, w := range m.Warnings {
			if warned[w] == withData && !slices.Contains(out.Warnings, w) {
				out.Warnings = append(out.Warnings, w)
			}
		}
	}
	slices.Sort(out.Warnings)
	return out
}
