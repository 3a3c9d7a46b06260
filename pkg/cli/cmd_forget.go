package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/transform"
)

func newForgetCmd(g *globalOptions) *cobra.Command {
	var key keySource
	var rulesPath, out, valuesFile string
	var values []string
	cmd := &cobra.Command{
		Use:   "forget --key-file KEY --value VALUE... --out NEWDIR DIR",
		Short: "Write a new version of a dataset without an erasure request's subjects",
		Long: `Honor an erasure request without raw data in the dataset: for each --value (the
subject's email, phone, name or id, as given), compute with the key the tokens
that value has in each identifier field of the rules (pseudonymize, hash) or
decrypt those fields (encrypt), and write the dataset to NEWDIR without the
records that match — or, with ` + "`erasure: blank`" + ` in the rule file, with every field of
those records null. The new manifest, signed with the key, records the
erasure (how many subjects and records, a hash of each subject's tokens —
never the values) and the previous manifest's SHA-256. DIR is not changed.

Only identifier fields are matched: mentions of the subject inside other
records' text are not found this way.
` + exitStatusHelp,
		Example: `  deid forget --key-file deid.key --value ann@example.com --value "+1 415 555 0132" -o export-v2 export`,
		Args:    cobra.ExactArgs(1),
		PreRunE: func(*cobra.Command, []string) error {
			if len(values) == 0 && valuesFile == "" || out == "" {
				return usagef(errors.New("forget needs --value (or --values-file) and --out NEWDIR"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := key.load(true, g.log)
			if err != nil {
				return err
			}
			ds, err := openDataset(args[0], out, k, rulesPath)
			if err != nil {
				return err
			}
			if valuesFile != "" {
				b, err := os.ReadFile(valuesFile)
				if err != nil {
					return usagef(fmt.Errorf("--values-file: %w", err))
				}
				for _, line := range strings.Split(string(b), "\n") {
					if v := strings.TrimSpace(line); v != "" {
						values = append(values, v)
					}
				}
			}
			var rows []transform.RowRule
			var tokens [][]string // per subject
			tokens = make([][]string, len(values))
			ctx := transform.NewContext(k)
			for _, f := range ds.rf.Plan.Fields {
				sel := f.Selector.String()
				if f.Selector.IsGlob() || strings.Contains(sel, "[]") {
					continue
				}
				match, ok := transform.Erasure(f.Op, k, values)
				if !ok {
					continue
				}
				rows = append(rows, transform.RowRule{Field: strings.Split(sel, "."), Func: match,
					Blank: ds.rf.Erasure == "blank", Reason: "erasure request"})
				for j, v := range values {
					if t, err := f.Op.Apply(ctx, record.String(v)); err == nil {
						tokens[j] = append(tokens[j], t.Str)
					}
				}
			}
			if len(rows) == 0 {
				return usagef(errors.New("the rule file has no identifier field (pseudonymize, hash or encrypt) to find the subjects by"))
			}
			plan, err := transform.NewPlan(transform.DefaultKeep, nil, rows)
			if err != nil {
				return err
			}
			matched, err := ds.rewrite(cmd, g, plan, nil, k)
			if err != nil {
				return err
			}
			var hashes []string
			for _, ts := range tokens {
				sort.Strings(ts)
				sum := sha256.Sum256([]byte(strings.Join(ts, "\n")))
				hashes = append(hashes, hex.EncodeToString(sum[:]))
			}
			sort.Strings(hashes)
			if ds.rf.Erasure == "drop" {
				ds.m.Totals.RowsDropped += matched
			}
			ds.m.Erasures = append(ds.m.Erasures, manifest.Erasure{At: now(), Action: ds.rf.Erasure, Subjects: len(values),
				Records: matched, Tokens: hashes, Previous: sha256hex(ds.raw)})
			if err := ds.finish(k); err != nil {
				return err
			}
			g.log.Info("erasure applied", "subjects", len(values), "records", matched, "action", ds.rf.Erasure, "out", out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&key.file, "key-file", "", "the dataset's key [DEID_KEY_FILE; or the key itself in DEID_KEY]")
	f.StringArrayVar(&values, "value", nil, "a value identifying the subject (repeat for more); never logged, but visible in the process list: prefer --values-file")
	f.StringVar(&valuesFile, "values-file", "", "file of values identifying the subjects, one per line")
	f.StringVarP(&out, "out", "o", "", "folder for the new version (not DIR)")
	f.StringVarP(&rulesPath, "rules", "r", "", "the rule file (default: the one the manifest names)")
	return cmd
}
