package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/detect"
)

func newCheckCmd(g *globalOptions) *cobra.Command {
	var file string
	cmd := &cobra.Command{
		Use:   "check --rules FILE",
		Short: "Validate a rule file",
		Long: `Parse and validate a rule file without reading any data, and run the
examples of every detector it uses (built-in and custom). Every problem is
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
			// Every detector the file uses must pass its own examples.
			dets := detect.Default()
			if f.Scanner != nil {
				dets = f.Scanner.Detectors()
			}
			examples := 0
			var fails []string
			for _, d := range dets {
				ex := d.Examples()
				examples += len(ex.Match) + len(ex.NoMatch)
				fails = append(fails, detect.CheckExamples(d)...)
			}
			if len(fails) > 0 {
				return usagef(fmt.Errorf("%s: detector examples fail:\n  %s", f.Name, strings.Join(fails, "\n  ")))
			}
			_, err = fmt.Fprintf(g.stdout, "%s: ok (default %s, %d field rules, %d row rules; %d detectors passed %d examples)\n",
				f.Name, f.Plan.Default, len(f.Plan.Fields), len(f.Plan.Rows), len(dets), examples)
			return err
		},
	}
	cmd.Flags().StringVarP(&file, "rules", "r", "", "rule file to check [DEID_RULES]")
	return cmd
}
