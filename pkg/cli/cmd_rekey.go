package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/croissant"
	"github.com/deidtool/deid/pkg/format/agecrypt"
	"github.com/deidtool/deid/pkg/format/compress"
	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/pipeline"
	"github.com/deidtool/deid/pkg/pseudo"
	"github.com/deidtool/deid/pkg/rules"
	"github.com/deidtool/deid/pkg/transform"
)

func newRekeyCmd(g *globalOptions) *cobra.Command {
	var from, to, rulesPath, out string
	cmd := &cobra.Command{
		Use:   "rekey --from OLD.key --to NEW.key --out NEWDIR DIR",
		Short: "Move a dataset's encrypt tokens to a new key",
		Long: `Read the deid output in DIR (its manifest must be signed by the OLD key), turn
every token of an ` + "`encrypt`" + ` rule — in fields and in scanned text — into the same
value's token under the NEW key, and write the dataset to NEWDIR with a manifest
signed by the new key that records the move (both fingerprints and the old
manifest's SHA-256). DIR is not changed. The rule file is the one the manifest
names (or --rules, which must have the same SHA-256).

Keyed pseudonyms (pseudonymize, date_shift) are one-way: a dataset that holds
any cannot be moved to a new key; regenerate it from its source with the new
key (docs/security.md, "A leaked key").
` + exitStatusHelp,
		Example: `  deid rekey --from old.key --to new.key --out export-v2 export`,
		Args:    cobra.ExactArgs(1),
		PreRunE: func(*cobra.Command, []string) error {
			if from == "" || to == "" || out == "" {
				return usagef(errors.New("rekey needs --from OLD.key, --to NEW.key and --out NEWDIR"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRekey(cmd, g, args[0], out, from, to, rulesPath)
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "file of the key the dataset was made with")
	f.StringVar(&to, "to", "", "file of the new key")
	f.StringVarP(&out, "out", "o", "", "folder for the rekeyed dataset (not DIR)")
	f.StringVarP(&rulesPath, "rules", "r", "", "the rule file (default: the one the manifest names)")
	return cmd
}

func runRekey(cmd *cobra.Command, g *globalOptions, dir, out, fromFile, toFile, rulesPath string) error {
	oldKey, err := keySource{file: fromFile}.load(true, g.log)
	if err != nil {
		return err
	}
	newKey, err := keySource{file: toFile}.load(true, g.log)
	if err != nil {
		return err
	}
	if oldKey.Fingerprint() == newKey.Fingerprint() {
		return usagef(errors.New("--from and --to are the same key"))
	}
	ds, err := openDataset(dir, out, oldKey, rulesPath)
	if err != nil {
		return err
	}
	kp, from, err := ds.rf.Plan.RekeyPlan(newKey)
	if err != nil {
		return usagef(err)
	}
	if _, err := ds.rewrite(cmd, g, kp, from, oldKey); err != nil {
		return err
	}
	m := ds.m
	m.Rekeyed = append(m.Rekeyed, manifest.Rekey{From: oldKey.Fingerprint(), To: newKey.Fingerprint(), At: now(), Previous: sha256hex(ds.raw)})
	m.Key.Fingerprint = newKey.Fingerprint()
	if err := ds.finish(newKey); err != nil {
		return err
	}
	g.log.Info("rekeyed", "outputs", len(m.Outputs), "from", oldKey.Fingerprint(), "to", newKey.Fingerprint(), "out", out)
	return nil
}

// dataset is a finished deid output folder being rewritten into another.
type dataset struct {
	dir, out string
	raw      []byte // the manifest as read
	m        *manifest.Manifest
	rf       *rules.File
	updates  map[string]croissant.FileUpdate
}

// openDataset reads DIR's manifest, checks that key is the dataset's (by
// fingerprint and the manifest's signature) and loads its rule file
// (rulesPath, or the one the manifest names; the SHA-256 must match).
func openDataset(dir, out string, key *pseudo.Key, rulesPath string) (*dataset, error) {
	if filepath.Clean(dir) == filepath.Clean(out) {
		return nil, usagef(errors.New("--out must be another folder: the original is never changed"))
	}
	mpath := filepath.Join(dir, manifest.FileName)
	raw, err := os.ReadFile(mpath)
	if err != nil {
		if _, aerr := os.Stat(mpath + agecrypt.Ext); aerr == nil {
			return nil, usagef(fmt.Errorf("%s is encrypted at rest (manifest.json.age): decrypt its files with age first; rekey and forget read plain folders", dir))
		}
		return nil, usagef(fmt.Errorf("%s: no manifest: not a finished deid output", dir))
	}
	m, err := manifest.Read(mpath)
	if err != nil {
		return nil, usagef(fmt.Errorf("%s: %w", mpath, err))
	}
	if m.Shard != nil {
		return nil, usagef(errors.New("this is one shard's output: merge the run (deid manifest merge) first"))
	}
	if m.Key == nil || m.Key.Fingerprint != key.Fingerprint() {
		return nil, usagef(errors.New("the key given is not the dataset's key (fingerprints differ)"))
	}
	if unsigned, sig, ok := manifest.Unsigned(raw); !ok || !key.CheckSignature(unsigned, sig) {
		return nil, &findingsError{msg: "the manifest's signature does not match the key: run deid verify first"}
	}
	if rulesPath == "" {
		rulesPath = m.Rules.File
	}
	rf, err := loadRules(rulesPath)
	if err != nil {
		return nil, err
	}
	if rf.SHA256 != m.Rules.SHA256 {
		return nil, usagef(fmt.Errorf("rule file %s is not the one the dataset was made with (sha256 differs)", rulesPath))
	}
	for _, o := range m.Outputs {
		if o.Path == "-" {
			return nil, usagef(errors.New("an output of this run went to stdout: there is nothing in the folder to rewrite"))
		}
	}
	return &dataset{dir: dir, out: out, raw: raw, m: m, rf: rf, updates: map[string]croissant.FileUpdate{}}, nil
}

// rewrite runs every output of the dataset through plan (whose rules come
// from the rule file's rules from) into the new folder, updating the
// manifest's outputs, and returns the rows the plan's row rules matched.
func (ds *dataset) rewrite(cmd *cobra.Command, g *globalOptions, plan *transform.Plan, from []int, key *pseudo.Key) (int64, error) {
	prf := &rules.File{Name: ds.rf.Name, SHA256: ds.rf.SHA256, Title: ds.rf.Title, Plan: plan, Resolved: rules.Resolved{Default: "keep"}}
	for _, i := range from {
		prf.Lines = append(prf.Lines, ds.rf.Lines[i])
	}
	o := &runOptions{out: ds.out, compress: "auto", onError: "fail", maxRecordBytes: 64 << 20,
		parquet: parquetOptions{sampleRows: parquet.DefaultSampleRows}}
	if err := os.MkdirAll(ds.out, 0o755); err != nil {
		return 0, fmt.Errorf("create output folder: %w", err)
	}
	r := &runner{g: g, o: o, rules: prf, key: key, matched: make([]bool, len(plan.Fields)), progress: newProgress(g.stderr, g.quiet)}
	var files []*pipeline.AtomicFile
	defer func() {
		for _, f := range files {
			f.Abort()
		}
	}()
	var matched int64
	m := ds.m
	for i, out := range m.Outputs {
		in := &inputSpec{path: filepath.Join(ds.dir, filepath.FromSlash(out.Path)), format: out.Format, codec: compress.Codec(out.Compression),
			out: filepath.Join(ds.out, filepath.FromSlash(out.Path)), outName: out.Path, outFormat: out.Format, outCodec: compress.Codec(out.Compression)}
		if err := os.MkdirAll(filepath.Dir(in.out), 0o755); err != nil {
			return 0, err
		}
		mi, mo, f, err := r.process(cmd.Context(), in)
		if err != nil {
			return 0, err
		}
		files = append(files, f)
		var dropped int64
		for _, d := range mi.RowsDropped {
			dropped += d.Rows
		}
		matched += dropped
		if mi.Rows != out.Rows {
			return 0, fmt.Errorf("%s: %d rows read, the manifest says %d", out.Path, mi.Rows, out.Rows)
		}
		m.Outputs[i].Bytes, m.Outputs[i].SHA256, m.Outputs[i].Rows, m.Outputs[i].Columns = mo.Bytes, mo.SHA256, mo.Rows, mo.Columns
		ds.updates[out.Path] = croissant.FileUpdate{Bytes: mo.Bytes, SHA256: mo.SHA256}
	}
	for _, f := range files {
		if err := f.Commit(); err != nil {
			return 0, fmt.Errorf("commit output: %w", err)
		}
	}
	return matched, nil
}

// finish rewrites the documents (dataset card, croissant.json) and writes
// the new manifest, signed with key.
func (ds *dataset) finish(key *pseudo.Key) error {
	m := ds.m
	m.Totals.RowsWritten = 0
	for _, o := range m.Outputs {
		m.Totals.RowsWritten += o.Rows
	}
	for i, d := range m.Documents {
		var doc []byte
		switch d.Path {
		case CardName:
			doc = datasetCard(m, ds.rf, ds.out)
		case croissant.FileName:
			old, err := os.ReadFile(filepath.Join(ds.dir, d.Path))
			if err != nil {
				return err
			}
			if doc, err = croissant.UpdateFiles(old, ds.updates); err != nil {
				return err
			}
		default:
			continue
		}
		if err := writeJSONFile(filepath.Join(ds.out, d.Path), func() ([]byte, error) { return doc, nil }); err != nil {
			return err
		}
		m.Documents[i].Bytes, m.Documents[i].SHA256 = int64(len(doc)), sha256hex(doc)
	}
	if err := writeJSONFile(filepath.Join(ds.out, manifest.FileName), func() ([]byte, error) { return m.Sign(key.Sign) }); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}
