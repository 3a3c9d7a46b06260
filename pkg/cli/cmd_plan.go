package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/manifest"
)

func newPlanCmd(g *globalOptions) *cobra.Command {
	o := &runOptions{}
	cmd := &cobra.Command{
		Use:   "plan --rules FILE --shards N --out PLAN [flags] INPUT...",
		Short: "Split a run into shards for a cluster",
		Long: `List the inputs (files, globs and folders, searched for .csv, .tsv, .jsonl,
.ndjson, .json, maybe .gz or .zst), hash them, and assign them to N shards
balanced by bytes. The plan records the rule file's hash, the key's
fingerprint and the run options, so that every shard runs the same way:

  deid run --plan PLAN --shard-index I --out DIR     (one per shard; the index
      defaults to $SLURM_ARRAY_TASK_ID, then $JOB_COMPLETION_INDEX)
  deid manifest merge --plan PLAN DIR                (once all shards are done)

The key is never in the plan: shards read it from --key-file, DEID_KEY_FILE or
DEID_KEY (a mounted secret). Inputs are not split: a shard handles whole files.
` + exitStatusHelp,
		Example: `  deid plan -r rules/support-transcripts.yaml --shards 8 --key-file deid.key -o plan.json exports/
  sbatch --array=0-7 deploy/slurm/shard.sbatch plan.json out`,
		PreRunE: func(_ *cobra.Command, args []string) error {
			o.inputs = args
			var errs []error
			if o.rules == "" {
				errs = append(errs, errors.New("--rules FILE is required"))
			}
			if o.out == "" {
				errs = append(errs, errors.New("--out PLAN is required (- for stdout)"))
			}
			if o.shards < 1 {
				errs = append(errs, errors.New("--shards must be at least 1"))
			}
			if len(args) == 0 {
				errs = append(errs, errors.New("name at least one INPUT"))
			}
			if slices.Contains(args, "-") {
				errs = append(errs, errors.New("a plan cannot read stdin; name files"))
			}
			if o.key.ephemeral {
				errs = append(errs, errors.New("shards must share a key: --ephemeral-key cannot be used with a plan"))
			}
			if err := errors.Join(errs...); err != nil {
				return usagef(err)
			}
			save := o.out
			o.out = "plan" // validate the shared run options without a real folder
			err := o.validate()
			o.out = save
			return err
		},
		RunE: func(*cobra.Command, []string) error { return runPlan(g, o) },
	}
	o.AddFlags(cmd.Flags())
	for _, name := range []string{"manifest", "workers"} {
		cmd.Flags().MarkHidden(name)
	}
	cmd.Flags().IntVar(&o.shards, "shards", 0, "number of shards")
	return cmd
}

func runPlan(g *globalOptions, o *runOptions) error {
	rf, key, err := loadRulesAndKey(g, o)
	if err != nil {
		return err
	}
	paths, err := expandInputs(o.inputs)
	if err != nil {
		return err
	}
	// Shards may run in another working folder: the plan names files by
	// absolute paths (a shipped pack by its name).
	rulesPath := o.rules
	if _, err := os.Stat(rulesPath); err == nil {
		if rulesPath, err = filepath.Abs(rulesPath); err != nil {
			return err
		}
	}
	p := &manifest.Plan{
		Schema: manifest.PlanSchema, Tool: manifest.Tool{Name: "deid", Version: g.build.Version}, CreatedAt: now(),
		Rules: manifest.PlanRules{File: rulesPath, SHA256: rf.SHA256},
		Options: manifest.PlanOptions{From: o.from, To: o.to, Compress: o.compress, OnError: o.onError, Strict: o.strict, MaxRecordBytes: o.maxRecordBytes, Delimiter: o.delimiter, Encoding: o.encoding,
			ParquetCompression: o.parquet.compression, ParquetRowGroupRows: o.parquet.rowGroupRows, ParquetSample: o.parquet.sampleRows},
		Shards: o.shards,
	}
	if key != nil {
		p.KeyFingerprint = key.Fingerprint()
	}
	names := map[string]string{}
	var sizes []int64
	for _, path := range paths {
		spec, err := specFor(o, path, nil)
		if err != nil {
			return err
		}
		name := outputName(spec)
		if prev, dup := names[name]; dup {
			return usagef(fmt.Errorf("inputs %s and %s would both write %s; plan them separately", prev, path, name))
		}
		names[name] = path
		size, sum, err := hashFile(path)
		if err != nil {
			return err
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		p.Inputs = append(p.Inputs, manifest.PlanInput{Path: abs, Bytes: size, SHA256: sum, Output: name})
		sizes = append(sizes, size)
	}
	for i, s := range manifest.Balance(sizes, o.shards) {
		p.Inputs[i].Shard = s
	}
	if o.out == "-" {
		data, err := p.Marshal()
		if err != nil {
			return err
		}
		_, err = g.stdout.Write(data)
		return err
	}
	if err := writeJSONFile(o.out, p.Marshal); err != nil {
		return fmt.Errorf("write plan: %w", err)
	}
	load := make([]int64, o.shards)
	for _, in := range p.Inputs {
		load[in.Shard] += in.Bytes
	}
	g.log.Info("plan written", "plan", o.out, "inputs", len(p.Inputs), "shards", o.shards,
		"largest_shard_bytes", slices.Max(load), "smallest_shard_bytes", slices.Min(load))
	return nil
}

// expandInputs turns globs and folders into files, in a stable order, and
// refuses duplicates.
func expandInputs(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		if strings.ContainsAny(a, "*?[") {
			matches, err := filepath.Glob(a)
			if err != nil {
				return nil, usagef(fmt.Errorf("bad pattern %s: %w", a, err))
			}
			if len(matches) == 0 {
				return nil, usagef(fmt.Errorf("pattern %s matches no file", a))
			}
			for _, m := range matches {
				add(m)
			}
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("open input: %w", err)
		}
		if !st.IsDir() {
			add(a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
				if f, _ := formatOf(p); f != "" {
					found = append(found, p)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", a, err)
		}
		slices.Sort(found)
		for _, f := range found {
			add(f)
		}
	}
	return out, nil
}

// hashFile returns a file's size and SHA-256.
func hashFile(path string) (int64, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", fmt.Errorf("open input: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", fmt.Errorf("read input %s: %w", path, err)
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}
