package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/pseudo"
)

type keygenOptions struct {
	out   string
	force bool
}

func newKeygenCmd(g *globalOptions) *cobra.Command {
	o := &keygenOptions{}
	cmd := &cobra.Command{
		Use:   "keygen -o FILE",
		Short: "Write a new random pseudonymization key to a file",
		Long: `Write a new random 32-byte key, as one line of hex, to FILE with mode 0600.

Keep the key in a secret store and pass it to runs with --key-file, DEID_KEY_FILE
or DEID_KEY. Runs that share a key give the same tokens for the same values; a
run with another key gives unrelated tokens. The key is never printed.
` + exitStatusHelp,
		Example: `  deid keygen -o secrets/deid.key
  DEID_KEY_FILE=secrets/deid.key deid run -r rules/support-transcripts.yaml -o out tickets.csv`,
		Args: cobra.NoArgs,
		PreRunE: func(*cobra.Command, []string) error {
			if o.out == "" {
				return usagef(errors.New("keygen needs -o FILE"))
			}
			if o.out == "-" {
				return usagef(errors.New("keygen writes keys to files only, never to stdout"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return runKeygen(g, o) },
	}
	cmd.Flags().StringVarP(&o.out, "out", "o", "", "file to write the key to")
	cmd.Flags().BoolVar(&o.force, "force", false, "replace an existing key file")
	return cmd
}

func runKeygen(g *globalOptions, o *keygenOptions) error {
	k, err := pseudo.NewRandomKey()
	if err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if o.force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(o.out, flags, 0o600)
	if errors.Is(err, os.ErrExist) {
		return usagef(fmt.Errorf("key file %s exists; use --force to replace it", o.out))
	}
	if err != nil {
		return fmt.Errorf("create key file: %w", err)
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return fmt.Errorf("restrict key file: %w", err)
	}
	if _, err := f.Write(k.Encode()); err != nil {
		f.Close()
		return fmt.Errorf("write key file: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write key file: %w", err)
	}
	g.log.Info("wrote key", "file", o.out, "fingerprint", k.Fingerprint())
	return nil
}
