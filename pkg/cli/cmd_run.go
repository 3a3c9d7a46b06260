package cli

import (
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/deidtool/deid/pkg/format/agecrypt"
	"github.com/deidtool/deid/pkg/format/charset"
	"github.com/deidtool/deid/pkg/format/compress"
)

// runOptions are the settings of `deid run`.
type runOptions struct {
	rules          string
	out            string
	to             string
	from           string
	manifest       string
	compress       string
	onError        string
	maxRecordBytes int
	workers        int
	strict         bool
	delimiter      string
	encoding       string // of CSV and JSONL inputs; "" is UTF-8 (UTF-16 by its byte-order mark)
	key            keySource
	parquet        parquetOptions
	// age: outputs encrypted to recipients, encrypted inputs read with
	// identities
	encryptTo       []string
	recipientsFiles []string
	identities      []string
	dataset         datasetOptions // Croissant (run only, not plan)
	inputs          []string

	reveal     bool   // deid reveal: outputs mode 0600, no manifest
	card       bool   // --card: write DATASET_CARD.md
	plan       string // --plan: run one shard of a plan
	shardIndex int    // --shard-index, -1 when not given
	shards     int    // deid plan --shards
}

// AddFlags registers the run flags.
func (o *runOptions) AddFlags(f *pflag.FlagSet) {
	f.StringVarP(&o.rules, "rules", "r", "", "rule file (YAML, version 1), or the name of a shipped pack: support-transcripts, minimal [DEID_RULES]")
	f.StringVarP(&o.out, "out", "o", "", "output folder, or - for stdout (then --manifest is needed) [DEID_OUT]")
	f.StringVar(&o.to, "to", "", "output format: csv, jsonl or parquet (default: the input's) [DEID_TO]")
	f.StringVar(&o.from, "from", "", "input format: csv, jsonl (json for an array) or parquet (needed for stdin; default: from the file name) [DEID_FROM]")
	f.StringVar(&o.manifest, "manifest", "", "manifest path (default OUT/manifest.json) [DEID_MANIFEST]")
	f.StringVar(&o.compress, "compress", "auto", "output compression: auto (the input's), none, gzip or zstd [DEID_COMPRESS]")
	f.StringVar(&o.onError, "on-error", "fail", "bad records: fail (exit 3) or skip (count them and list their lines in the manifest) [DEID_ON_ERROR]")
	f.IntVar(&o.maxRecordBytes, "max-record-bytes", 64<<20, "largest record accepted, in bytes [DEID_MAX_RECORD_BYTES]")
	f.IntVar(&o.workers, "workers", 0, "worker goroutines (default: one per CPU) [DEID_WORKERS]")
	f.BoolVar(&o.strict, "strict", false, "treat rules that match no field in the data as errors [DEID_STRICT]")
	f.StringVar(&o.delimiter, "delimiter", "", "CSV input delimiter, one character (default: sniffed from the header; tab for .tsv) [DEID_DELIMITER]")
	f.StringVar(&o.encoding, "encoding", "", "character encoding of CSV and JSONL inputs: windows-1252, iso-8859-15, utf-16, shift_jis … (default UTF-8; UTF-16 when a byte-order mark starts the file); outputs are UTF-8, a CSV one with a byte-order mark [DEID_ENCODING]")
	f.StringVar(&o.key.file, "key-file", "", "file holding the key (hex or base64) [DEID_KEY_FILE; or the key itself in DEID_KEY]")
	f.BoolVar(&o.card, "card", false, "also write DATASET_CARD.md: the run in plain words, for reviewers [DEID_CARD]")
	f.StringVar(&o.parquet.compression, "parquet-compression", "", "Parquet output codec: snappy, zstd, gzip, brotli or none (default: each column keeps its input codec; snappy for converted data) [DEID_PARQUET_COMPRESSION]")
	f.Int64Var(&o.parquet.rowGroupRows, "parquet-row-group-rows", 0, "most rows in one Parquet output row group (default: the input's row groups; the library's cap for converted data) [DEID_PARQUET_ROW_GROUP_ROWS]")
	f.IntVar(&o.parquet.sampleRows, "parquet-sample", 10000, "records read to infer the Parquet schema of CSV or JSONL data [DEID_PARQUET_SAMPLE]")
	f.StringArrayVar(&o.encryptTo, "encrypt-to", nil, "encrypt every output, the manifest and documents to this age recipient (age1… or an SSH public key; repeatable) [DEID_ENCRYPT_TO]")
	f.StringArrayVar(&o.recipientsFiles, "recipients-file", nil, "file of age recipients, one per line (repeatable) [DEID_RECIPIENTS_FILE]")
	f.StringArrayVar(&o.identities, "identity", nil, "age identity file (AGE-SECRET-KEY-1… or an SSH private key) to read age-encrypted inputs (repeatable) [DEID_IDENTITY]")
	f.BoolVar(&o.key.ephemeral, "ephemeral-key", false, "use a random key for this run only: tokens link to no other export [DEID_EPHEMERAL_KEY]")
}

// loadAge reads the age recipients and identities the options name.
func (o *runOptions) loadAge() (*agecrypt.Recipients, *agecrypt.Identities, error) {
	var rec *agecrypt.Recipients
	var ids *agecrypt.Identities
	var err error
	if len(o.encryptTo)+len(o.recipientsFiles) > 0 {
		if rec, err = agecrypt.ParseRecipients(o.encryptTo, o.recipientsFiles); err != nil {
			return nil, nil, usagef(err)
		}
	}
	if len(o.identities) > 0 {
		if ids, err = agecrypt.LoadIdentities(o.identities); err != nil {
			return nil, nil, usagef(err)
		}
	}
	return rec, ids, nil
}

// fileMode is the mode of output files: revealed data is the owner's alone.
func (o *runOptions) fileMode() os.FileMode {
	if o.reveal {
		return 0o600
	}
	return 0o644
}

func (o *runOptions) dirMode() os.FileMode {
	if o.reveal {
		return 0o700
	}
	return 0o755
}

// validate checks the options that do not need the file system.
func (o *runOptions) validate() error {
	if o.plan != "" {
		return o.validateShard()
	}
	var errs []error
	if o.rules == "" {
		errs = append(errs, errors.New("--rules FILE is required"))
	}
	if o.out == "" {
		errs = append(errs, errors.New("--out DIR is required (or --out - with --manifest PATH)"))
	}
	if o.out == "-" && o.manifest == "" {
		errs = append(errs, errors.New("--out - needs --manifest PATH: the manifest cannot share stdout with the data"))
	}
	if o.out == "-" && len(o.inputs) != 1 {
		errs = append(errs, errors.New("--out - takes exactly one input"))
	}
	if len(o.inputs) == 0 {
		errs = append(errs, errors.New("name at least one INPUT (or - for stdin)"))
	}
	for _, f := range []struct{ name, val string }{{"--to", o.to}, {"--from", o.from}} {
		if f.val != "" && f.val != formatCSV && f.val != formatJSONL && f.val != formatParquet && !(f.name == "--from" && f.val == formatJSON) {
			errs = append(errs, fmt.Errorf("%s must be csv, jsonl or parquet", f.name))
		}
	}
	if err := o.parquet.validate(); err != nil {
		errs = append(errs, err)
	}
	if len(o.encryptTo)+len(o.recipientsFiles) > 0 && o.out == "-" {
		errs = append(errs, errors.New("--encrypt-to writes files: give --out DIR, not -"))
	}
	if o.compress != "auto" && !slices.Contains(compress.Codecs, compress.Codec(o.compress)) {
		errs = append(errs, errors.New("--compress must be auto, none, gzip or zstd"))
	}
	if o.onError != "fail" && o.onError != "skip" {
		errs = append(errs, errors.New("--on-error must be fail or skip"))
	}
	if o.maxRecordBytes < 1024 {
		errs = append(errs, errors.New("--max-record-bytes must be at least 1024"))
	}
	if o.workers < 0 {
		errs = append(errs, errors.New("--workers must not be negative"))
	}
	if len(o.delimiter) > 1 || o.delimiter == "\"" || o.delimiter == "\n" || o.delimiter == "\r" {
		errs = append(errs, errors.New("--delimiter must be one character other than a quote or line break"))
	}
	if _, _, err := charset.Lookup(o.encoding); err != nil {
		errs = append(errs, fmt.Errorf("--encoding: %w", err))
	}
	if err := errors.Join(errs...); err != nil {
		return usagef(err)
	}
	return nil
}

func newRunCmd(g *globalOptions) *cobra.Command {
	o := &runOptions{}
	cmd := &cobra.Command{
		Use:   "run --rules FILE --out DIR [flags] INPUT...",
		Short: "De-identify datasets following a rule file",
		Long: `Read each INPUT (CSV, JSON Lines or a JSON array, plain, .gz or .zst; or
Parquet; - for stdin), apply the rule file, and write DIR/<input name> plus DIR/manifest.json
(and with --card DATASET_CARD.md, with --croissant croissant.json).

Records stream through all cores and come out in input order. Outputs are
written to temporary files and renamed only when every input succeeded; the
manifest is written last, so its presence means the run completed. A bad record
stops the run with exit 3 and an error naming the file, line and field (never
the value), or with --on-error skip is left out, counted and listed in the
manifest.

Pseudonyms are keyed: pass the key with --key-file, DEID_KEY_FILE or DEID_KEY
(never as a flag value), or use --ephemeral-key for a one-off export.
SOURCE_DATE_EPOCH, when set, fixes the manifest's times so re-runs are
byte-identical.
` + exitStatusHelp,
		Example: `  deid keygen -o deid.key
  deid run -r rules/support-transcripts.yaml -o out --key-file deid.key tickets.csv
  deid run -r rules.yaml -o out --to jsonl --ephemeral-key export.csv.gz
  zcat tickets.jsonl.gz | deid run -r rules.yaml --from jsonl -o - --manifest m.json - > clean.jsonl`,
		PreRunE: func(_ *cobra.Command, args []string) error {
			o.inputs = args
			return o.validate()
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRun(cmd.Context(), g, o)
		},
	}
	o.AddFlags(cmd.Flags())
	o.dataset.AddFlags(cmd.Flags())
	cmd.Flags().StringVar(&o.plan, "plan", "", "run one shard of a plan made by `deid plan` (rules, inputs and options come from it) [DEID_PLAN]")
	cmd.Flags().IntVar(&o.shardIndex, "shard-index", -1, "the shard to run (default: $SLURM_ARRAY_TASK_ID, then $JOB_COMPLETION_INDEX) [DEID_SHARD_INDEX]")
	cmd.PreRunE = func(c *cobra.Command, args []string) error {
		o.inputs = args
		if o.plan != "" {
			if c.Flags().Changed("croissant") {
				return usagef(errors.New("shards write no croissant.json; give --croissant to `deid manifest merge`"))
			}
			for _, name := range []string{"rules", "to", "from", "manifest", "compress", "on-error", "max-record-bytes", "strict", "delimiter", "encoding", "parquet-compression", "parquet-row-group-rows", "parquet-sample"} {
				if c.Flags().Changed(name) {
					return usagef(fmt.Errorf("--%s comes from the plan; do not give it with --plan", name))
				}
			}
		}
		return o.validate()
	}
	return cmd
}

// validateShard checks the options of a shard run.
func (o *runOptions) validateShard() error {
	switch {
	case len(o.inputs) > 0:
		return usagef(errors.New("with --plan, the inputs come from the plan; name none"))
	case o.out == "" || o.out == "-":
		return usagef(errors.New("with --plan, --out must be a folder"))
	case o.key.ephemeral:
		return usagef(errors.New("shards must share a key: --ephemeral-key cannot be used with --plan"))
	}
	return nil
}
