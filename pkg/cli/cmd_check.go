package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

func newCheckCmd(g *globalOptions) *cobra.Command {
	var file string
	cmd := &cobra.Command{
		Use:   "check --rules FILE",
		Short: "Validate a rule file",
		Long: `Parse and validate a rule file without reading any data. Every problem is
reported as FILE:LINE:COL with a hint; the exit status is 0 when the file is
valid and 2 when it is not.
` + exitStatusHelp,
		Example: `  deid check -r rules/support-transcripts.yaml`,
		Args:    cobra.NoArgs,
		PreRunE: func(*cobra.Command, []string) error {
			if file == "" {
				return usagef(errors.New("check needs --rules FILE"))
			}
			return nil
		},
		RunE: func(*cobra.Command, []string) error {
			f, err := loadRules(file)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(g.stdout, "%s: ok (default %s, %d field rules, %d row rules)\n",
				f.Name, f.Plan.Default, len(f.Plan.Fields), len(f.Plan.Rows))
			return err
		},
	}
	cmd.Flags().StringVarP(&file, "rules", "r", "", "rule file to check [DEID_RULES]")
	return cmd
}
