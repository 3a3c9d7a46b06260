package cli

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
)

func newVersionCmd(g *globalOptions) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the version of deid",
		Long:  "Print deid's version, commit, build date and Go version.\n" + exitStatusHelp,
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			b := g.build
			if asJSON {
				out, _ := json.Marshal(map[string]string{"version": b.Version, "commit": b.Commit, "date": b.Date, "go": runtime.Version()})
				_, err := fmt.Fprintf(g.stdout, "%s\n", out)
				return err
			}
			_, err := fmt.Fprintf(g.stdout, "deid %s (commit %s, built %s, %s)\n", b.Version, orNone(b.Commit), orNone(b.Date), runtime.Version())
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}

func orNone(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
