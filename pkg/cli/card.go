package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/rules"
)

// CardName is the dataset card's file name in an output folder.
const CardName = "DATASET_CARD.md"

// datasetCard writes the dataset card: in plain words, what went in, what
// was done to each field and why, what was found in the text, and how to
// check it. It holds no value from the data.
func datasetCard(m *manifest.Manifest, rf *rules.File, dir string) []byte {
	var b strings.Builder
	title := rf.Title
	if title == "" {
		title = "de-identified dataset"
	}
	fmt.Fprintf(&b, "# Dataset card: %s\n\n", title)
	fmt.Fprintf(&b, "Made by deid %s on %s with the rule file `%s` (sha256 `%s`).\n\n", m.Tool.Version, m.FinishedAt, m.Rules.File, m.Rules.SHA256)

	b.WriteString("## Source\n\n| input | format | rows read | rows written |\n| --- | --- | --- | --- |\n")
	for i, in := range m.Inputs {
		fmt.Fprintf(&b, "| `%s` | %s | %d | %d |\n", in.Path, in.Format, in.Rows, m.Outputs[i].Rows)
	}
	fmt.Fprintf(&b, "\nIn all %d rows were read and %d written; %d were dropped by row rules or limits and %d skipped as unreadable.\n\n",
		m.Totals.RowsRead, m.Totals.RowsWritten, m.Totals.RowsDropped, m.Totals.RowsSkipped)
	var dropped []string
	for _, in := range m.Inputs {
		for _, d := range in.RowsDropped {
			dropped = append(dropped, fmt.Sprintf("%d rows of `%s` (%s)", d.Rows, in.Path, d.Reason))
		}
	}
	if len(dropped) > 0 {
		b.WriteString("Rows removed: " + strings.Join(dropped, "; ") + ".\n\n")
	}

	b.WriteString("## What was done to each field\n\n")
	fmt.Fprintf(&b, "Fields the rules do not name are **%s** (`default: %s`).\n\n", map[string]string{
		"drop": "removed", "keep": "kept unchanged", "fail": "not allowed: the run stops on one"}[rf.Resolved.Default], rf.Resolved.Default)
	b.WriteString("| field | treatment | why |\n| --- | --- | --- |\n")
	for _, f := range rf.Resolved.Fields {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", f.Field, treatment(f), f.Why)
	}
	seen := map[string]bool{}
	var defaults []string
	for _, o := range m.Outputs {
		for _, f := range o.Fields {
			if strings.HasSuffix(f.Action, "(default)") && !seen[f.Path] {
				seen[f.Path] = true
				defaults = append(defaults, fmt.Sprintf("`%s` (%s)", f.Path, strings.TrimSuffix(f.Action, " (default)")))
			}
		}
	}
	if len(defaults) > 0 {
		sort.Strings(defaults)
		b.WriteString("\nFields no rule named, treated by the default: " + strings.Join(defaults, ", ") + ".\n")
	}

	found := map[string]map[string]int64{}
	for _, o := range m.Outputs {
		for _, f := range o.Fields {
			for e, n := range f.Entities {
				if found[f.Path] == nil {
					found[f.Path] = map[string]int64{}
				}
				found[f.Path][e] += n
			}
		}
	}
	if len(found) > 0 {
		b.WriteString("\n## Personal data found in free text\n\n")
		b.WriteString("Scanned fields were searched by deid's detectors and for the record's own identifiers; every piece found was replaced as the rules say:\n\n")
		b.WriteString("| field | found and replaced |\n| --- | --- |\n")
		for _, path := range sortedKeys(found) {
			var parts []string
			for _, e := range sortedKeys(found[path]) {
				parts = append(parts, fmt.Sprintf("%d %s", found[path][e], e))
			}
			fmt.Fprintf(&b, "| `%s` | %s |\n", path, strings.Join(parts, ", "))
		}
		if len(rf.Resolved.Entities) > 0 {
			b.WriteString("\n| entity type | treatment |\n| --- | --- |\n")
			for _, e := range sortedKeys(rf.Resolved.Entities) {
				fmt.Fprintf(&b, "| %s | %s |\n", e, rf.Resolved.Entities[e].Action)
			}
			b.WriteString("\nOther entity types are replaced by a tag such as `<CREDIT_CARD>`.\n")
		}
	}

	b.WriteString("\n## Key and checking\n\n")
	if m.Key != nil {
		kind := "a kept key"
		if m.Key.Ephemeral {
			kind = "an ephemeral key (made for this run and thrown away: its tokens link to nothing else)"
		}
		fmt.Fprintf(&b, "Pseudonyms were made with %s, fingerprint `%s`. The same customer has the same token throughout this dataset", kind, m.Key.Fingerprint)
		if !m.Key.Ephemeral {
			b.WriteString(" and in every other export made with this key")
		}
		b.WriteString(".\n\n")
	} else {
		b.WriteString("No key was used: nothing in this dataset is a keyed pseudonym.\n\n")
	}
	fmt.Fprintf(&b, "`manifest.json` records the SHA-256 of every file here. To check that nothing changed and that no personal data is left where the rules removed it:\n\n```sh\ndeid verify %s\n```\n", dir)
	b.WriteString("\n## Re-identification risk\n\n")
	if r := m.Risk; r != nil {
		fmt.Fprintf(&b, "Records were grouped by their quasi-identifiers (%s) after the rules ran. ", "`"+strings.Join(r.QuasiIdentifiers, "`, `")+"`")
		fmt.Fprintf(&b, "%d records fall into %d groups; the smallest group has %d record(s); %d record(s) in %d group(s) are in groups smaller than k = %d; %.1f%% of records are unique.",
			r.Records, r.Classes, r.SmallestClass, r.RecordsBelowK, r.ClassesBelowK, r.K, 100*r.UniqueShare)
		if r.Enforce == "suppress" {
			fmt.Fprintf(&b, " Those %d record(s) were removed, so every group in this dataset has at least %d records.", r.Suppressed, r.K)
		}
		b.WriteString("\n")
	} else {
		b.WriteString("Not computed: the rule file declares no quasi-identifiers (`risk:`).\n")
	}
	return []byte(b.String())
}

func treatment(f rules.ResolvedField) string {
	o := f.Options
	switch f.Action {
	case "pseudonymize":
		return fmt.Sprintf("replaced by a keyed token (%v, namespace %v)", o["kind"], o["namespace"])
	case "generalize":
		return fmt.Sprintf("generalized (to %v)", o["to"])
	case "mask":
		return fmt.Sprintf("masked, keeping the first %v and last %v characters", o["keep_first"], o["keep_last"])
	case "redact":
		return "replaced by " + map[any]string{"constant": fmt.Sprintf("%q", o["value"]), "tag": "a tag", "null": "nothing (null)"}[o["with"]]
	case "hash":
		return "replaced by an unkeyed SHA-256 (reversible by dictionary)"
	case "truncate":
		return fmt.Sprintf("cut to %v characters", o["max_chars"])
	case "scan":
		return "kept, with personal data inside replaced"
	case "drop":
		return "removed"
	}
	return "kept unchanged"
}
