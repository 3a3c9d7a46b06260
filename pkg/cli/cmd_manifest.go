package cli

import (
	"encoding/json"
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
	cmd := &cobra.Command{
		Use:   "merge --plan PLAN DIR",
		Short: "Check every shard of a planned run and write the run's manifest",
		Long: `Check that every shard of the plan finished in DIR with the plan's rules and
key, that every planned input was read unchanged and every output matches its
shard manifest, then write DIR/manifest.json for the whole run. Any problem is
reported (with --json, as JSON on stdout) and the exit status is 1; nothing is
written then.
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
				out, _ := json.MarshalIndent(map[string]any{"ok": len(problems) == 0, "problems": append([]string{}, problems...)}, "", "  ")
				fmt.Fprintf(g.stdout, "%s\n", out)
			}
			if len(problems) > 0 {
				return &findingsError{msg: fmt.Sprintf("merge refused, %d problem(s):\n  %s", len(problems), strings.Join(problems, "\n  "))}
			}
			path := filepath.Join(dir, manifest.FileName)
			if err := writeJSONFile(path, m.Marshal); err != nil {
				return fmt.Errorf("write manifest: %w", err)
			}
			g.log.Info("merged", "shards", p.Shards, "inputs", m.Totals.Inputs, "rows_written", m.Totals.RowsWritten, "manifest", path)
			return nil
		},
	}
	cmd.Flags().StringVar(&plan, "plan", "", "the plan the shards ran [DEID_PLAN]")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the check's result as JSON on stdout")
	return cmd
}
