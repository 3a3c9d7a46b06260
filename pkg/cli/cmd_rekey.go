package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/croissant"
	"github.com/deidtool/deid/pkg/format/compress"
	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/pipeline"
	"github.com/deidtool/deid/pkg/rules"
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
	if filepath.Clean(dir) == filepath.Clean(out) {
		return usagef(errors.New("--out must be another folder: rekey never changes the original"))
	}
	mpath := filepath.Join(dir, manifest.FileName)
	raw, err := os.ReadFile(mpath)
	if err != nil {
		return usagef(fmt.Errorf("%s: no manifest: not a finished deid output", dir))
	}
	m, err := manifest.Read(mpath)
	if err != nil {
		return usagef(fmt.Errorf("%s: %w", mpath, err))
	}
	if m.Shard != nil {
		return usagef(errors.New("this is one shard's output: merge the run (deid manifest merge) and rekey the whole"))
	}
	oldKey, err := keySource{file: fromFile}.load(true, g.log)
	if err != nil {
		return err
	}
	newKey, err := keySource{file: toFile}.load(true, g.log)
	if err != nil {
		return err
	}
	switch {
	case m.Key == nil || m.Key.Fingerprint != oldKey.Fingerprint():
		return usagef(errors.New("the --from key is not the dataset's key (fingerprints differ)"))
	case oldKey.Fingerprint() == newKey.Fingerprint():
		return usagef(errors.New("--from and --to are the same key"))
	}
	if unsigned, sig, ok := manifest.Unsigned(raw); !ok || !oldKey.CheckSignature(unsigned, sig) {
		return &findingsError{msg: "the manifest's signature does not match the --from key: run deid verify before rekeying"}
	}
	if rulesPath == "" {
		rulesPath = m.Rules.File
	}
	rf, err := loadRules(rulesPath)
	if err != nil {
		return err
	}
	if rf.SHA256 != m.Rules.SHA256 {
		return usagef(fmt.Errorf("rule file %s is not the one the dataset was made with (sha256 differs)", rulesPath))
	}
	kp, from, err := rf.Plan.RekeyPlan(newKey)
	if err != nil {
		return usagef(err)
	}
	krf := &rules.File{Name: rf.Name, SHA256: rf.SHA256, Title: rf.Title, Plan: kp, Resolved: rules.Resolved{Default: "keep"}}
	for _, i := range from {
		krf.Lines = append(krf.Lines, rf.Lines[i])
	}
	o := &runOptions{out: out, compress: "auto", onError: "fail", maxRecordBytes: 64 << 20,
		parquet: parquetOptions{sampleRows: parquet.DefaultSampleRows}}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create output folder: %w", err)
	}
	r := &runner{g: g, o: o, rules: krf, key: oldKey, matched: make([]bool, len(kp.Fields)), progress: newProgress(g.stderr, g.quiet)}
	var files []*pipeline.AtomicFile
	defer func() {
		for _, f := range files {
			f.Abort()
		}
	}()
	updates := map[string]croissant.FileUpdate{}
	for i, o := range m.Outputs {
		if o.Path == "-" {
			return usagef(errors.New("an output of this run went to stdout: there is nothing in DIR to rekey"))
		}
		in := &inputSpec{path: filepath.Join(dir, filepath.FromSlash(o.Path)), format: o.Format, codec: compress.Codec(o.Compression),
			out: filepath.Join(out, filepath.FromSlash(o.Path)), outName: o.Path, outFormat: o.Format, outCodec: compress.Codec(o.Compression)}
		if err := os.MkdirAll(filepath.Dir(in.out), 0o755); err != nil {
			return err
		}
		_, mo, f, err := r.process(cmd.Context(), in)
		if err != nil {
			return err
		}
		files = append(files, f)
		if mo.Rows != o.Rows {
			return fmt.Errorf("%s: %d rows rekeyed, the manifest says %d", o.Path, mo.Rows, o.Rows)
		}
		m.Outputs[i].Bytes, m.Outputs[i].SHA256, m.Outputs[i].Columns = mo.Bytes, mo.SHA256, mo.Columns
		updates[o.Path] = croissant.FileUpdate{Bytes: mo.Bytes, SHA256: mo.SHA256}
	}
	for _, f := range files {
		if err := f.Commit(); err != nil {
			return fmt.Errorf("commit output: %w", err)
		}
	}
	m.Rekeyed = append(m.Rekeyed, manifest.Rekey{From: oldKey.Fingerprint(), To: newKey.Fingerprint(), At: now(), Previous: sha256hex(raw)})
	m.Key.Fingerprint = newKey.Fingerprint()
	for i, d := range m.Documents {
		var doc []byte
		switch d.Path {
		case CardName:
			doc = datasetCard(m, rf, out)
		case croissant.FileName:
			old, err := os.ReadFile(filepath.Join(dir, d.Path))
			if err != nil {
				return err
			}
			if doc, err = croissant.UpdateFiles(old, updates); err != nil {
				return err
			}
		default:
			continue
		}
		if err := writeJSONFile(filepath.Join(out, d.Path), func() ([]byte, error) { return doc, nil }); err != nil {
			return err
		}
		m.Documents[i].Bytes, m.Documents[i].SHA256 = int64(len(doc)), sha256hex(doc)
	}
	if err := writeJSONFile(filepath.Join(out, manifest.FileName), func() ([]byte, error) { return m.Sign(newKey.Sign) }); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	g.log.Info("rekeyed", "outputs", len(m.Outputs), "from", oldKey.Fingerprint(), "to", newKey.Fingerprint(), "out", out)
	return nil
}
