package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

type verifyOptions struct {
	rules    string
	asJSON   bool
	key      keySource
	identity []string // age identity files, for encrypted outputs
}

func newVerifyCmd(g *globalOptions) *cobra.Command {
	o := &verifyOptions{}
	cmd := &cobra.Command{
		Use:   "verify [--rules FILE] DIR",
		Short: "Check an output folder against its manifest, and for residual personal data",
		Long: `Check a folder written by deid run (or merged by deid manifest merge):

  - every output in DIR/manifest.json exists with its recorded size, SHA-256
    and row count, and its fields match the recorded schema;
  - no other file is in DIR (leftover temporary files included);
  - the manifest's signature, when a key is given, so an edited manifest is
    caught (manifests of keyed runs are signed with the run's key);
  - a fresh scan finds no personal data the rules say must be gone: in
    scanned text fields, every entity type the rules do not keep; in kept
    fields, emails, payment cards, SSNs, IBANs and secrets. Fields deid
    pseudonymized, masked, hashed, generalized or redacted are not scanned:
    their values are deid's own tokens.

Findings name the check, file, line and field, never a value. The exit status
is 0 when everything checks out and 1 when something was found; --json prints
the report as JSON on stdout. This is the step a CI job runs before it uploads
a dataset.
` + exitStatusHelp,
		Example: `  deid verify out
  DEID_KEY_FILE=deid.key deid verify --json out > verify.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			rep, err := verifyDir(g, o, args[0])
			if err != nil {
				return err
			}
			if o.asJSON {
				printJSON(g, rep)
			} else {
				printReport(g, rep)
			}
			if len(rep.Findings) > 0 {
				return &findingsError{msg: fmt.Sprintf("verify %s: %d finding(s)", rep.Dir, rep.Total)}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&o.rules, "rules", "r", "", "rule file whose entities must be gone (default: the rules recorded in the manifest) [DEID_RULES]")
	cmd.Flags().BoolVar(&o.asJSON, "json", false, "print the report as JSON on stdout")
	cmd.Flags().StringVar(&o.key.file, "key-file", "", "the run's key, to check the manifest's signature [DEID_KEY_FILE; or DEID_KEY]")
	cmd.Flags().StringArrayVar(&o.identity, "identity", nil, "age identity file, to read an output encrypted with --encrypt-to (repeatable) [DEID_IDENTITY]")
	return cmd
}

func printReport(g *globalOptions, rep *verifyReport) {
	for _, f := range rep.Findings {
		loc := f.File
		if f.Line > 0 {
			loc += fmt.Sprintf(":%d", f.Line)
		}
		if f.Field != "" {
			loc += " field " + f.Field
		}
		fmt.Fprintf(g.stdout, "FAIL %-12s %s: %s\n", f.Check, strings.TrimSpace(loc), f.Message)
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(g.stdout, "note: %s\n", n)
	}
	status := "ok"
	if len(rep.Findings) > 0 {
		status = fmt.Sprintf("%d finding(s)", rep.Total)
	}
	fmt.Fprintf(g.stdout, "verify %s: %s (%d files, %d rows checked)\n", rep.Dir, status, rep.Files, rep.Rows)
}
