package cli

import (
	"bufio"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/rules"
)

func newRevealCmd(g *globalOptions) *cobra.Command {
	o := &runOptions{reveal: true, compress: "auto", onError: "fail", maxRecordBytes: 64 << 20,
		parquet: parquetOptions{sampleRows: parquet.DefaultSampleRows}}
	var authorized bool
	cmd := &cobra.Command{
		Use:   "reveal --rules FILE --key-file KEY --i-am-authorized --out DIR INPUT...",
		Short: "Decrypt the encrypt tokens of a deid output back to the original values",
		Long: `For an authorized person only: read each INPUT (an output of deid run with the
same rule file and key), turn every token of an ` + "`encrypt`" + ` rule — in its field, and
"<EMAIL~…>" spans in scanned text — back into the original value, and write
DIR/<input name> with mode 0600 (DIR 0700). Everything else is copied as it is.
No manifest is written, and nothing of the values reaches the terminal. A
token made under another key, or changed, stops the run (exit 3) naming the
file, line and field.

Pseudonyms (pseudonymize, hash) are one-way and stay as they are.
` + exitStatusHelp,
		Example: `  deid reveal -r rules/analyst-export.yaml --key-file deid.key --i-am-authorized -o revealed export/tickets.csv`,
		PreRunE: func(_ *cobra.Command, args []string) error {
			o.inputs = args
			if !authorized {
				return usagef(errors.New("reveal restores personal data: confirm with --i-am-authorized that you may see it"))
			}
			if o.out == "-" {
				return usagef(errors.New("reveal writes files (mode 0600), not stdout: give --out DIR"))
			}
			if o.key.ephemeral {
				return usagef(errors.New("an ephemeral key reveals nothing: give the key the data was encrypted with"))
			}
			return o.validate()
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runReveal(cmd, g, o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.rules, "rules", "r", "", "the rule file the data was made with [DEID_RULES]")
	f.StringVarP(&o.out, "out", "o", "", "output folder, created with mode 0700 [DEID_OUT]")
	f.StringVar(&o.key.file, "key-file", "", "the key the data was encrypted with [DEID_KEY_FILE; or the key itself in DEID_KEY]")
	f.StringVar(&o.from, "from", "", "input format: csv, jsonl or parquet (default: from the file name) [DEID_FROM]")
	f.StringArrayVar(&o.identities, "identity", nil, "age identity file, to read inputs encrypted with --encrypt-to (repeatable) [DEID_IDENTITY]")
	f.BoolVar(&authorized, "i-am-authorized", false, "confirm that you are authorized to see the personal data this restores")
	return cmd
}

// runReveal runs the rule file's reveal plan over the inputs.
func runReveal(cmd *cobra.Command, g *globalOptions, o *runOptions) error {
	started := now()
	rf, err := loadRules(o.rules)
	if err != nil {
		return err
	}
	rp, from, err := rf.Plan.RevealPlan()
	if err != nil {
		return usagef(fmt.Errorf("%s: %w", rf.Name, err))
	}
	key, err := o.key.load(true, g.log)
	if err != nil {
		return err
	}
	reveal := &rules.File{Name: rf.Name, SHA256: rf.SHA256, Title: rf.Title, Plan: rp,
		Resolved: rules.Resolved{Default: "keep"}}
	for _, i := range from {
		reveal.Lines = append(reveal.Lines, rf.Lines[i])
	}
	specs, err := planInputs(o, bufio.NewReader(g.stdin))
	if err != nil {
		return err
	}
	return execute(cmd.Context(), g, o, reveal, key, specs, filepath.Join(o.out, manifest.FileName), nil, started)
}
