package cli

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/transform"
)

type scanOptions struct {
	rules     string
	from      string
	delimiter string
	encoding  string
	sample    int
	asJSON    bool
	suggest   string
	html      string
	failOn    string
	inputs    []string
	identity  []string // age identity files for encrypted inputs
}

func newScanCmd(g *globalOptions) *cobra.Command {
	o := &scanOptions{}
	cmd := &cobra.Command{
		Use:   "scan [--rules FILE] [flags] INPUT...",
		Short: "Find where personal data hides in a dataset, and suggest rules",
		Long: `Read the inputs without writing them and profile every field: how many values
hold which entity types (emails, phones, cards, names, addresses, secrets …),
the share of values affected, a few line numbers as locations (never the
values), and a suggested action with the reason. --suggest-rules writes a
starter rule file (default: drop, every field with a proposed action and a
comment saying why) for you to review.

--fail-on TYPE[,TYPE]|any exits 1 when one of those entity types is found:
a guard for raw exports in CI or a pre-commit hook. --sample N reads only
the first N records of each input.
` + exitStatusHelp,
		Example: `  deid scan --sample 5000 exports/tickets.jsonl.gz
  deid scan --suggest-rules rules.yaml exports/tickets.csv
  deid scan --fail-on EMAIL,CREDIT_CARD --json export.csv`,
		PreRunE: func(_ *cobra.Command, args []string) error {
			o.inputs = args
			if len(args) == 0 {
				return usagef(errors.New("name at least one INPUT"))
			}
			if slices.Index(args, "-") >= 0 && slices.Index(args[slices.Index(args, "-")+1:], "-") >= 0 {
				return usagef(errors.New("stdin (-) can be read once"))
			}
			if o.sample < 0 {
				return usagef(errors.New("--sample must not be negative"))
			}
			if o.from != "" && o.from != formatJSON && o.from != formatCSV && o.from != formatJSONL && o.from != formatParquet {
				return usagef(errors.New("--from must be csv, jsonl or parquet"))
			}
			for _, t := range failTypes(o.failOn) {
				if t != "any" && !slices.Contains(detect.Entities(), t) && t != detect.DenyEntity {
					return usagef(fmt.Errorf("--fail-on: unknown entity type %q", t))
				}
			}
			return nil
		},
		RunE: func(*cobra.Command, []string) error { return runScan(g, o) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.rules, "rules", "r", "", "use this rule file's detection settings (custom detectors, allow lists) [DEID_RULES]")
	f.StringVar(&o.from, "from", "", "input format when the name does not tell: csv, jsonl (json for an array) or parquet [DEID_FROM]")
	f.StringArrayVar(&o.identity, "identity", nil, "age identity file to read age-encrypted inputs (repeatable) [DEID_IDENTITY]")
	f.StringVar(&o.delimiter, "delimiter", "", "CSV delimiter (default: sniffed) [DEID_DELIMITER]")
	f.StringVar(&o.encoding, "encoding", "", "character encoding of CSV and JSONL inputs (default UTF-8; UTF-16 by its byte-order mark) [DEID_ENCODING]")
	f.IntVar(&o.sample, "sample", 0, "read only the first N records of each input (0: all) [DEID_SAMPLE]")
	f.BoolVar(&o.asJSON, "json", false, "print the report as JSON on stdout")
	f.StringVar(&o.suggest, "suggest-rules", "", "write a starter rule file to this path")
	f.StringVar(&o.html, "html", "", "write a self-contained HTML report (table and chart) to this path")
	f.StringVar(&o.failOn, "fail-on", "", "exit 1 when any of these entity types is found (comma-separated, or any)")
	return cmd
}

func failTypes(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func runScan(g *globalOptions, o *scanOptions) error {
	scanner := detect.NewScanner(detect.Default(), nil)
	var risk *transform.Risk
	if o.rules != "" {
		rf, err := loadRules(o.rules)
		if err != nil {
			return err
		}
		if rf.Scanner != nil {
			scanner = rf.Scanner
		}
		risk = rf.Plan.Risk
	}
	rep, err := profileInputs(o, scanner, risk)
	if err != nil {
		return err
	}
	if o.asJSON {
		printJSON(g, rep)
	} else {
		printScan(g, rep)
	}
	if o.html != "" {
		var buf strings.Builder
		if err := writeScanHTML(&buf, rep); err != nil {
			return err
		}
		if err := os.WriteFile(o.html, []byte(buf.String()), 0o644); err != nil {
			return fmt.Errorf("write HTML report: %w", err)
		}
	}
	if o.suggest != "" {
		if err := os.WriteFile(o.suggest, starterRules(rep), 0o644); err != nil {
			return fmt.Errorf("write suggested rules: %w", err)
		}
		g.log.Info("wrote starter rule file; review it before use", "file", o.suggest)
	}
	var hit []string
	for _, t := range failTypes(o.failOn) {
		for e, n := range rep.Found {
			if n > 0 && (t == "any" || t == e) && !slices.Contains(hit, e) {
				hit = append(hit, e)
			}
		}
	}
	if len(hit) > 0 {
		sort.Strings(hit)
		return &findingsError{msg: "found " + strings.Join(hit, ", ")}
	}
	return nil
}

func printScan(g *globalOptions, rep *scanReport) {
	w := g.stdout
	fmt.Fprintf(w, "%d records from %s\n\n", rep.Records, strings.Join(rep.Inputs, ", "))
	if r := rep.Risk; r != nil {
		fmt.Fprintf(w, "k-anonymity on the raw quasi-identifiers: %d classes, smallest %d, %d records in classes below k=%d, %.1f%% unique\n\n",
			r.Classes, r.SmallestClass, r.RecordsBelowK, r.K, 100*r.UniqueShare)
	}
	fmt.Fprintf(w, "%-28s %8s  %-44s %s\n", "FIELD", "VALUES", "FOUND (share of values, example lines)", "SUGGESTED")
	for _, fp := range rep.Fields {
		var found []string
		for _, e := range sortedKeys(fp.Entities) {
			ec := fp.Entities[e]
			lines := make([]string, len(ec.Lines))
			for i, l := range ec.Lines {
				lines[i] = strconv.FormatInt(l, 10)
			}
			found = append(found, fmt.Sprintf("%s %.0f%% (l.%s)", e, 100*ec.Share, strings.Join(lines, ",")))
		}
		if len(found) == 0 {
			found = []string{"-"}
		}
		action := fp.Suggested
		if fp.Kind != "" {
			action += " (" + fp.Kind + ")"
		}
		for i, f := range found {
			if i == 0 {
				fmt.Fprintf(w, "%-28s %8d  %-44s %s: %s\n", fp.Path, fp.Values, f, action, fp.Why)
			} else {
				fmt.Fprintf(w, "%-28s %8s  %s\n", "", "", f)
			}
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// starterRules writes a rule file from the suggestions.
func starterRules(rep *scanReport) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# Starter rule file written by `deid scan` from %d records of %s.\n", rep.Records, strings.Join(rep.Inputs, ", "))
	b.WriteString("# Review every rule: suggestions come from a sample and from field names.\n")
	b.WriteString("version: 1\ndefault: drop\nfields:\n")
	var names []string
	scans := false
	dataKeys := false
	for _, fp := range rep.Fields {
		if slices.Contains(record.PathTokens(fp.Path), "*") {
			dataKeys = true // a rule named "*" would be a glob over every field
			continue
		}
		fmt.Fprintf(&b, "  - name: %s\n    action: %s\n", strconv.Quote(fp.Path), fp.Suggested)
		switch fp.Suggested {
		case "pseudonymize":
			fmt.Fprintf(&b, "    kind: %s\n", fp.Kind)
			if fp.Kind == "name" && !strings.Contains(fp.Path, "[]") {
				names = append(names, fp.Path)
			}
		case "generalize":
			b.WriteString("    to: day\n")
		case "scan":
			scans = true
		}
		fmt.Fprintf(&b, "    why: %s\n", strconv.Quote(fp.Why))
	}
	if dataKeys {
		b.WriteString("# Some field names look like data (emails or numbers used as keys, shown as * in\n")
		b.WriteString("# the report): they get no rule here, so default: drop removes them. To keep such\n")
		b.WriteString("# a map, name the map itself.\n")
	}
	if scans {
		b.WriteString("entities:\n")
		b.WriteString("  EMAIL: {action: pseudonymize, kind: email, namespace: email}\n")
		b.WriteString("  PHONE: {action: pseudonymize, kind: phone, namespace: phone}\n")
		if len(names) > 0 {
			quoted := make([]string, len(names))
			for i, n := range names {
				quoted[i] = strconv.Quote(n)
			}
			fmt.Fprintf(&b, "  PERSON: {action: pseudonymize, kind: name, namespace: name, from_fields: [%s]}\n", strings.Join(quoted, ", "))
		} else {
			b.WriteString("  PERSON: {action: pseudonymize, kind: name, namespace: name}\n")
		}
		b.WriteString("  # every other entity type found in scanned text is redacted as <TYPE>\n")
	}
	return []byte(b.String())
}
