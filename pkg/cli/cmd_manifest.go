package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/manifest"
)

func newManifestCmd(g *globalOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "manifest",
		Short: "Work with manifests (merge the shards of a planned run)",
		Long:  "Work with manifests.\n" + exitStatusHelp,
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newManifestMergeCmd(g))
	return cmd
}

func newManifestMergeCmd(g *globalOptions) *cobra.Command {
	var plan string
	var asJSON bool
	var key keySource
	var ds datasetOptions
	cmd := &cobra.Command{
		Use:   "merge --plan PLAN DIR",
		Short: "Check every shard of a planned run and write the run's manifest",
		Long: `Check that every shard of the plan finished in DIR with the plan's rules and
key, that every planned input was read unchanged and every output matches its
shard manifest, then write DIR/manifest.json for the whole run. Any problem is
reported (with --json, as JSON on stdout) and the exit status is 1; nothing is
written then. When the plan has a key, the merged manifest is signed with it,
so the key must be given (--key-file, DEID_KEY_FILE or DEID_KEY). With
--croissant (or dataset.croissant in the plan's rule file) it also writes
DIR/croissant.json for the whole run.
` + exitStatusHelp,
		Example: `  deid manifest merge --plan plan.json out`,
		Args:    cobra.ExactArgs(1),
		PreRunE: func(*cobra.Command, []string) error {
			if plan == "" {
				return usagef(errors.New("merge needs --plan PLAN"))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			dir := args[0]
			p, planSHA, err := manifest.ReadPlan(plan)
			if err != nil {
				return usagef(err)
			}
			m, problems := manifest.Merge(p, planSHA, dir)
			if asJSON {
				printJSON(g, map[string]any{"ok": len(problems) == 0, "problems": append([]string{}, problems...)})
			}
			if len(problems) > 0 {
				return &findingsError{msg: fmt.Sprintf("merge refused, %d problem(s):\n  %s", len(problems), strings.Join(problems, "\n  "))}
			}
			// The merged manifest is signed with the plan's key, like a
			// single run's.
			marshal := m.Marshal
			if p.KeyFingerprint != "" {
				k, err := key.load(true, g.log)
				if err != nil {
					return err
				}
				if k.Fingerprint() != p.KeyFingerprint {
					return usagef(fmt.Errorf("the key's fingerprint %q is not the plan's %q", k.Fingerprint(), p.KeyFingerprint))
				}
				marshal = func() ([]byte, error) { return m.Sign(k.Sign) }
			}
			// croissant.json: the plan's rule file holds the dataset's
			// description; without --croissant an unreadable one only
			// means no dataset.croissant setting to honor.
			rf, err := loadRules(p.Rules.File)
			switch {
			case err != nil && ds.croissant:
				return err
			case err == nil && rf.SHA256 != p.Rules.SHA256:
				return usagef(fmt.Errorf("rule file %s changed since the plan was made", p.Rules.File))
			case err == nil:
				if err := writeCroissant(m, &ds, rf, dir); err != nil {
					return err
				}
			}
			path := filepath.Join(dir, manifest.FileName)
			if err := writeJSONFile(path, marshal); err != nil {
				return fmt.Errorf("write manifest: %w", err)
			}
			g.log.Info("merged", "shards", p.Shards, "inputs", m.Totals.Inputs, "rows_written", m.Totals.RowsWritten, "manifest", path)
			return nil
		},
	}
	cmd.Flags().StringVar(&plan, "plan", "", "the plan the shards ran [DEID_PLAN]")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the check's result as JSON on stdout")
	cmd.Flags().StringVar(&key.file, "key-file", "", "the plan's key, to sign the merged manifest [DEID_KEY_FILE; or DEID_KEY]")
	ds.AddFlags(cmd.Flags())
	return cmd
}
