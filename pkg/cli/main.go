package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/deidtool/deid/pkg/record"
)

// BuildInfo describes the binary; main sets it from linker flags.
type BuildInfo struct {
	Version string
	Commit  string
	Date    string
}

// globalOptions is the state shared by every command of one invocation.
type globalOptions struct {
	build  BuildInfo
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	v      *viper.Viper
	log    *slog.Logger

	config    string
	quiet     bool
	logFormat string
}

// interruptGrace is how long an interrupted command may take to clean up.
const interruptGrace = 3 * time.Second

// Main runs deid with args (without the program name) and returns the exit
// code. ctx is cancelled on SIGINT/SIGTERM by the caller.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, build BuildInfo) int {
	if build.Version == "" {
		build.Version = "dev"
	}
	g := &globalOptions{build: build, stdin: stdin, stdout: stdout, stderr: stderr, v: viper.New()}
	g.log = slog.New(slog.NewTextHandler(stderr, nil))
	root := newRootCmd(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		// Give the command time to remove its temporary files; a command
		// blocked reading a terminal or pipe is abandoned after that.
		select {
		case err = <-done:
		case <-time.After(interruptGrace):
			err = ctx.Err()
		}
	}
	if err != nil && ctx.Err() != nil {
		err = fmt.Errorf("interrupted: %w", context.Canceled)
	}
	if err != nil {
		fmt.Fprintf(stderr, "deid: %v\n", err)
		if errors.Is(err, record.ErrInvalidUTF8) {
			fmt.Fprintln(stderr, "deid: hint: if the input is not UTF-8, name its character encoding with --encoding (windows-1252, iso-8859-15, utf-16 …)")
		}
	}
	return exitCode(err)
}

func newRootCmd(g *globalOptions) *cobra.Command {
	root := &cobra.Command{
		Use:   "deid",
		Short: "De-identify datasets of support transcripts and prove what was done",
		Long: `deid turns datasets that hold personal data (CSV, JSON Lines or JSON arrays,
plain, gzip or zstd, files or stdin; Parquet) into de-identified datasets for
training, CI and analysis, following a strict rule file: fields are dropped,
masked, pseudonymized with a keyed HMAC, generalized or kept, free text is
scanned for personal data, and fields nobody named are dropped by default.
Every run writes a manifest.json with hashes, counts, the rules and a key
fingerprint.

Settings come from flags, then DEID_* environment variables (DEID_ON_ERROR for
--on-error), then .deid.yaml in the current folder (or --config), then defaults.
Keys never come from a flag value: use --key-file, DEID_KEY_FILE or DEID_KEY.
` + exitStatusHelp,
		SilenceErrors:     true,
		SilenceUsage:      true,
		DisableAutoGenTag: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return g.setup(cmd)
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usagef(err) })
	f := root.PersistentFlags()
	f.StringVar(&g.config, "config", "", "settings file (default .deid.yaml in the current folder, if present)")
	f.BoolVarP(&g.quiet, "quiet", "q", false, "log only warnings and errors [DEID_QUIET]")
	f.StringVar(&g.logFormat, "log-format", "text", "log format on stderr: text or json [DEID_LOG_FORMAT]")
	root.AddCommand(newRunCmd(g), newRevealCmd(g), newRekeyCmd(g), newForgetCmd(g), newCheckCmd(g), newKeygenCmd(g), newVersionCmd(g), newPlanCmd(g), newManifestCmd(g), newVerifyCmd(g), newScanCmd(g))
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usagef(err) })
	}
	return root
}

// setup loads settings for the command being run: it binds the command's
// flags to viper, reads DEID_* variables and the settings file, and writes
// the resolved values back into the flag variables.
func (g *globalOptions) setup(cmd *cobra.Command) error {
	v := g.v
	v.SetEnvPrefix("DEID")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	if err := v.BindPFlags(cmd.Flags()); err != nil {
		return err
	}
	cfg := g.config
	if cfg == "" {
		cfg = os.Getenv("DEID_CONFIG")
	}
	if cfg == "" {
		if _, err := os.Stat(".deid.yaml"); err == nil {
			cfg = ".deid.yaml"
		}
	}
	if cfg != "" {
		v.SetConfigFile(cfg)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return usagef(fmt.Errorf("read settings file %s: %w", cfg, err))
		}
	}
	var errs []error
	cmd.Flags().VisitAll(func(fl *pflag.Flag) {
		if fl.Changed || !v.IsSet(fl.Name) || fl.Name == "help" {
			return
		}
		if err := fl.Value.Set(v.GetString(fl.Name)); err != nil {
			errs = append(errs, fmt.Errorf("setting %s: %w", fl.Name, err))
		}
	})
	if err := errors.Join(errs...); err != nil {
		return usagef(err)
	}
	level := slog.LevelInfo
	if g.quiet {
		level = slog.LevelWarn
	}
	hopts := &slog.HandlerOptions{Level: level}
	switch g.logFormat {
	case "text":
		g.log = slog.New(slog.NewTextHandler(g.stderr, hopts))
	case "json":
		g.log = slog.New(slog.NewJSONHandler(g.stderr, hopts))
	default:
		return usagef(fmt.Errorf("--log-format must be text or json"))
	}
	return nil
}

// printJSON writes v to stdout as indented JSON: the machine-readable form
// of a command's report.
func printJSON(g *globalOptions, v any) {
	out, _ := json.MarshalIndent(v, "", "  ")
	fmt.Fprintf(g.stdout, "%s\n", out)
}
