package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/deidtool/deid/pkg/format/parquet"
	"os"
	"path/filepath"
	"strconv"

	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/pipeline"
)

// shardIndex resolves the shard to run: --shard-index, then
// SLURM_ARRAY_TASK_ID (Slurm array jobs), then JOB_COMPLETION_INDEX
// (Kubernetes Indexed Jobs).
func shardIndex(o *runOptions, count int) (int, error) {
	i, source := o.shardIndex, "--shard-index"
	if i < 0 {
		for _, env := range []string{"SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"} {
			if v := os.Getenv(env); v != "" {
				n, err := strconv.Atoi(v)
				if err != nil {
					return 0, usagef(fmt.Errorf("%s is not a number", env))
				}
				i, source = n, env
				break
			}
		}
	}
	if i < 0 {
		return 0, usagef(errors.New("no shard index: give --shard-index or run under Slurm (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX)"))
	}
	if i >= count {
		return 0, usagef(fmt.Errorf("%s is %d, but the plan has shards 0 to %d", source, i, count-1))
	}
	return i, nil
}

// runShard runs one shard of a plan. A shard whose manifest is already there
// and intact is not run again; a shard killed half-way is run again from the
// start (its temporary files are ignored).
func runShard(ctx context.Context, g *globalOptions, o *runOptions) error {
	started := now()
	p, planSHA, err := manifest.ReadPlan(o.plan)
	if err != nil {
		return usagef(err)
	}
	idx, err := shardIndex(o, p.Shards)
	if err != nil {
		return err
	}
	if manifest.ShardComplete(o.out, idx, planSHA) {
		g.log.Info("shard already complete; nothing to do", "shard", idx, "manifest", filepath.Join(o.out, manifest.ShardFileName(idx)))
		return nil
	}
	rf, err := loadRules(p.Rules.File)
	if err != nil {
		return err
	}
	if rf.SHA256 != p.Rules.SHA256 {
		return usagef(fmt.Errorf("rule file %s changed since the plan was made (sha256 %s, plan says %s)", p.Rules.File, rf.SHA256, p.Rules.SHA256))
	}
	key, err := o.key.load(rf.Plan.NeedsKey() || p.KeyFingerprint != "", g.log)
	if err != nil {
		return err
	}
	fp := ""
	if key != nil {
		fp = key.Fingerprint()
	}
	if fp != p.KeyFingerprint {
		return usagef(fmt.Errorf("the key's fingerprint %q is not the plan's %q: every shard must use the plan's key", fp, p.KeyFingerprint))
	}
	// The shard runs with the plan's options.
	o.rules, o.from, o.to, o.compress, o.onError = p.Rules.File, p.Options.From, p.Options.To, p.Options.Compress, p.Options.OnError
	o.strict, o.maxRecordBytes, o.delimiter, o.encoding = p.Options.Strict, p.Options.MaxRecordBytes, p.Options.Delimiter, p.Options.Encoding
	o.parquet = parquetOptions{compression: p.Options.ParquetCompression, rowGroupRows: p.Options.ParquetRowGroupRows,
		sampleRows: p.Options.ParquetSample}
	if o.parquet.sampleRows == 0 {
		o.parquet.sampleRows = parquet.DefaultSampleRows
	}
	var specs []*inputSpec
	for _, in := range p.Inputs {
		if in.Shard != idx {
			continue
		}
		spec, err := specFor(o, in.Path, nil)
		if err != nil {
			return err
		}
		spec.outName, spec.out = in.Output, filepath.Join(o.out, in.Output)
		spec.wantSHA = in.SHA256
		specs = append(specs, spec)
		// Only this shard writes this output: temporary files of a killed
		// earlier attempt are its own to clean up.
		stale, _ := filepath.Glob(filepath.Join(o.out, pipeline.TempPrefix+in.Output+"-*"))
		for _, f := range stale {
			os.Remove(f)
		}
	}
	shard := &manifest.Shard{Index: idx, Count: p.Shards, PlanSHA256: planSHA}
	return execute(ctx, g, o, rf, key, specs, filepath.Join(o.out, manifest.ShardFileName(idx)), shard, started)
}
