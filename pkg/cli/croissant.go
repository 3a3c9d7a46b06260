package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/deidtool/deid/pkg/croissant"
	"github.com/deidtool/deid/pkg/format/compress"
	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/rules"
)

// datasetOptions are the Croissant flags; they override the rule file's
// `dataset:` block.
type datasetOptions struct {
	croissant     bool
	name          string
	description   string
	license       string
	url           string
	creators      []string
	datePublished string
	version       string
}

func (o *datasetOptions) AddFlags(f *pflag.FlagSet) {
	f.BoolVar(&o.croissant, "croissant", false, "also write croissant.json, MLCommons Croissant 1.1 metadata with the Responsible-AI properties (also: dataset.croissant in the rule file) [DEID_CROISSANT]")
	f.StringVar(&o.name, "dataset-name", "", "Croissant: the dataset's name (default: dataset.name of the rule file) [DEID_DATASET_NAME]")
	f.StringVar(&o.description, "dataset-description", "", "Croissant: the dataset's description [DEID_DATASET_DESCRIPTION]")
	f.StringVar(&o.license, "dataset-license", "", "Croissant: the dataset's license, an SPDX id or a URL [DEID_DATASET_LICENSE]")
	f.StringVar(&o.url, "dataset-url", "", "Croissant: the dataset's web page [DEID_DATASET_URL]")
	f.StringArrayVar(&o.creators, "dataset-creator", nil, "Croissant: the dataset's creator, an organization (repeat for more) [DEID_DATASET_CREATOR]")
	f.StringVar(&o.datePublished, "dataset-date-published", "", "Croissant: publication date (default: the run's date) [DEID_DATASET_DATE_PUBLISHED]")
	f.StringVar(&o.version, "dataset-version", "", "Croissant: the dataset's version [DEID_DATASET_VERSION]")
}

// dataset merges the flags over the rule file's block; it says whether
// croissant.json is wanted and fails, naming what to set, when a required
// property is missing or malformed.
func (o *datasetOptions) dataset(rf *rules.File) (*rules.Dataset, bool, error) {
	ds := rules.Dataset{}
	if rf.Dataset != nil {
		ds = *rf.Dataset
	}
	want := o.croissant || ds.Croissant
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&ds.Name, o.name)
	set(&ds.Description, o.description)
	set(&ds.URL, o.url)
	set(&ds.DatePublished, o.datePublished)
	set(&ds.Version, o.version)
	var errs []error
	if o.license != "" {
		lic, ok := rules.LicenseURL(o.license)
		if !ok {
			errs = append(errs, errors.New("--dataset-license must be an SPDX identifier (CC-BY-4.0) or an http(s) URL"))
		}
		ds.License = lic
	}
	if o.url != "" && !rules.IsWebURL(o.url) {
		errs = append(errs, errors.New("--dataset-url must be an http(s) URL"))
	}
	if o.datePublished != "" && !rules.ValidDate(o.datePublished) {
		errs = append(errs, errors.New("--dataset-date-published must be a date (2026-11-23) or an RFC 3339 time"))
	}
	if len(o.creators) > 0 {
		ds.Creators = nil
		for _, c := range o.creators {
			ds.Creators = append(ds.Creators, rules.Creator{Name: c, Type: "organization"})
		}
	}
	if !want {
		return &ds, false, errors.Join(errs...)
	}
	var missing []string
	for _, p := range []struct{ val, key, flag string }{{ds.Name, "name", "--dataset-name"},
		{ds.Description, "description", "--dataset-description"}, {ds.License, "license", "--dataset-license"},
		{ds.URL, "url", "--dataset-url"}} {
		if p.val == "" {
			missing = append(missing, fmt.Sprintf("%s (dataset.%s or %s)", p.key, p.key, p.flag))
		}
	}
	if len(ds.Creators) == 0 {
		missing = append(missing, "creator (dataset.creator or --dataset-creator)")
	}
	if len(missing) > 0 {
		errs = append(errs, fmt.Errorf("croissant.json needs the dataset's %s", strings.Join(missing, ", ")))
	}
	return &ds, true, errors.Join(errs...)
}

// writeCroissant writes dir/croissant.json when the flags or the rule file
// ask for it, and lists it among the manifest's documents.
func writeCroissant(m *manifest.Manifest, o *datasetOptions, rf *rules.File, dir string) error {
	ds, want, err := o.dataset(rf)
	if err != nil {
		return usagef(err)
	}
	if !want {
		return nil
	}
	doc, err := buildCroissant(m, ds, rf, dir)
	if err != nil {
		return fmt.Errorf("croissant: %w", err)
	}
	if err := writeJSONFile(filepath.Join(dir, croissant.FileName), func() ([]byte, error) { return doc, nil }); err != nil {
		return fmt.Errorf("write croissant.json: %w", err)
	}
	m.Documents = append(m.Documents, manifest.Document{Path: croissant.FileName, Bytes: int64(len(doc)), SHA256: sha256hex(doc)})
	return nil
}

// buildCroissant writes the Croissant document for the run m describes,
// whose outputs are in dir.
func buildCroissant(m *manifest.Manifest, ds *rules.Dataset, rf *rules.File, dir string) ([]byte, error) {
	d := croissant.Dataset{Name: ds.Name, Description: ds.Description, License: ds.License, URL: ds.URL,
		DatePublished: ds.DatePublished, Version: ds.Version, DataCollection: ds.DataCollection}
	if d.DatePublished == "" {
		d.DatePublished = m.FinishedAt
		if t, err := time.Parse(time.RFC3339, m.FinishedAt); err == nil {
			d.DatePublished = t.Format(time.DateOnly)
		}
	}
	for _, c := range ds.Creators {
		d.Creators = append(d.Creators, croissant.Creator{Name: c.Name, Type: c.Type, URL: c.URL})
	}
	d.PersonalSensitiveInformation = sensitiveInformation(m, rf)
	d.DataManipulationProtocol = manipulationProtocol(m, rf)
	if ds.DataLimitations != "" {
		d.DataLimitations = append(d.DataLimitations, ds.DataLimitations)
	}
	if r := m.Risk; r != nil {
		d.DataLimitations = append(d.DataLimitations, fmt.Sprintf(
			"Re-identification risk measured on the quasi-identifiers %s: k=%d; %d records in %d classes, the smallest of %d; %d classes below k holding %d records; %.2f%% of records unique; enforcement: %s (%d records suppressed).",
			strings.Join(r.QuasiIdentifiers, ", "), r.K, r.Records, r.Classes, r.SmallestClass, r.ClassesBelowK,
			r.RecordsBelowK, 100*r.UniqueShare, r.Enforce, r.Suppressed))
	}
	var files []croissant.File
	for _, out := range m.Outputs {
		if out.Path == "-" {
			continue
		}
		fields, err := outputFields(filepath.Join(dir, filepath.FromSlash(out.Path)), out)
		if err != nil {
			return nil, err
		}
		files = append(files, croissant.File{Path: out.Path, Format: out.Format, Compression: out.Compression,
			Bytes: out.Bytes, SHA256: out.SHA256, Fields: fields})
	}
	return croissant.Build(d, files)
}

// actionWords says in plain words what an action did to a field.
var actionWords = map[string]string{
	"drop":         "removed",
	"pseudonymize": "replaced by keyed pseudonyms (HMAC-SHA-256; equal values get equal tokens)",
	"hash":         "replaced by unkeyed SHA-256 hashes",
	"mask":         "masked",
	"redact":       "redacted",
	"generalize":   "generalized",
	"truncate":     "truncated",
}

// sensitiveInformation lists, field by field, the personal data the rules
// dealt with and what was done, from the manifest's counts.
func sensitiveInformation(m *manifest.Manifest, rf *rules.File) []string {
	why := map[string]string{}
	for _, f := range rf.Resolved.Fields {
		why[f.Field] = f.Why
	}
	type fieldInfo struct {
		action, rule string
		entities     map[string]int64
	}
	info := map[string]*fieldInfo{}
	defaultDropped := map[string]bool{}
	for _, out := range m.Outputs {
		for _, f := range out.Fields {
			switch {
			case f.Action == "drop (default)":
				defaultDropped[f.Path] = true
				continue
			case strings.HasPrefix(f.Action, "keep"):
				continue
			}
			fi := info[f.Path]
			if fi == nil {
				fi = &fieldInfo{action: f.Action, rule: f.Rule, entities: map[string]int64{}}
				info[f.Path] = fi
			}
			for e, n := range f.Entities {
				fi.entities[e] += n
			}
		}
	}
	var out []string
	for _, p := range slices.Sorted(maps.Keys(info)) {
		fi := info[p]
		path := record.SafeName(p)
		var s string
		if fi.action == "scan" {
			s = path + ": free text scanned for personal data"
			if len(fi.entities) > 0 {
				var found []string
				for _, e := range slices.Sorted(maps.Keys(fi.entities)) {
					treat := "its field's token"
					if re, ok := rf.Resolved.Entities[e]; ok {
						treat = re.Action
					}
					found = append(found, fmt.Sprintf("%s %d (%s)", e, fi.entities[e], treat))
				}
				s += "; found " + strings.Join(found, ", ")
			} else {
				s += "; none found"
			}
		} else {
			words := actionWords[fi.action]
			if words == "" {
				words = fi.action
			}
			s = path + ": " + words
		}
		if w := why[fi.rule]; w != "" {
			s += " — " + w
		}
		out = append(out, s)
	}
	if n := len(defaultDropped); n > 0 {
		out = append(out, fmt.Sprintf("%d field(s) the rules did not name were removed (minimization by default).", n))
	}
	return out
}

// manipulationProtocol is the rule file's treatment in one paragraph.
func manipulationProtocol(m *manifest.Manifest, rf *rules.File) string {
	var b strings.Builder
	fmt.Fprintf(&b, "De-identified by deid %s with the rule file %s (sha256 %s", m.Tool.Version, filepath.Base(m.Rules.File), m.Rules.SHA256)
	if m.Rules.Name != "" {
		fmt.Fprintf(&b, ", %q", m.Rules.Name)
	}
	b.WriteString("). ")
	switch rf.Resolved.Default {
	case "drop":
		b.WriteString("Fields the rules do not name are dropped. ")
	case "fail":
		b.WriteString("A field the rules do not name stops the run. ")
	default:
		b.WriteString("Fields the rules do not name are kept unchanged. ")
	}
	if m.Key != nil {
		kind := "a key"
		if m.Key.Ephemeral {
			kind = "an ephemeral key, discarded after the run, so tokens link to no other export"
		}
		fmt.Fprintf(&b, "Pseudonyms are HMAC-SHA-256 under %s with fingerprint %s; the key is not published. ", kind, m.Key.Fingerprint)
	}
	fmt.Fprintf(&b, "%d rows read, %d written, %d dropped by row rules, limits or k-anonymity, %d skipped as unreadable. ",
		m.Totals.RowsRead, m.Totals.RowsWritten, m.Totals.RowsDropped, m.Totals.RowsSkipped)
	b.WriteString("manifest.json beside this file lists the hash of every input and output and what happened to every field.")
	return b.String()
}

// sampleRecords is how many records of an output are read to type its
// fields for Croissant.
const sampleRecords = 1000

// outputFields describes an output's fields for Croissant: the manifest's
// schema (Parquet: its columns), typed from the columns' types or, for CSV
// and JSONL, from the first records of the file.
func outputFields(path string, out manifest.Output) ([]croissant.Field, error) {
	types := map[string]string{} // leaf path -> Croissant type
	var paths []string
	if out.Format == formatParquet {
		for _, c := range out.Columns {
			paths = append(paths, c.Name)
			types[c.Name] = parquetCroissantType(c.Type)
		}
	} else {
		g, err := sampleTypes(path, out)
		if err != nil {
			return nil, err
		}
		for _, f := range out.Schema {
			paths = append(paths, f.Name)
			types[f.Name] = croissantType(g.Type(f.Name), f.Types)
		}
	}
	return fieldTree(paths, types), nil
}

func parquetCroissantType(t string) string {
	switch {
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"):
		return "Integer"
	case t == "float", t == "double", strings.HasPrefix(t, "decimal"):
		return "Float"
	case t == "bool":
		return "Boolean"
	case t == "date":
		return "Date"
	case strings.HasPrefix(t, "timestamp"), t == "int96-timestamp":
		return "DateTime"
	}
	return "Text"
}

// fieldTree nests record paths ("messages[].text") into fields.
func fieldTree(paths []string, types map[string]string) []croissant.Field {
	type node struct {
		f        croissant.Field
		children []*node
		index    map[string]*node
		path     string
	}
	root := &node{index: map[string]*node{}}
	for _, p := range paths {
		cur := root
		var walked []string
		for _, tok := range record.PathTokens(p) {
			walked = append(walked, tok)
			if tok == record.ListSuffix {
				cur.f.Array = true
				continue
			}
			next := cur.index[tok]
			if next == nil {
				next = &node{f: croissant.Field{Name: tok}, index: map[string]*node{}}
				cur.index[tok] = next
				cur.children = append(cur.children, next)
			}
			cur = next
			cur.path = record.JoinTokens(walked)
		}
		// a path ending in "[]" names the elements: the type is theirs
		if t, ok := types[p]; ok && (cur.f.Type == "" || strings.HasSuffix(p, record.ListSuffix)) {
			cur.f.Type = t
		}
	}
	var build func(n *node) []croissant.Field
	build = func(n *node) []croissant.Field {
		var out []croissant.Field
		for _, c := range n.children {
			f := c.f
			f.Sub = build(c)
			if len(f.Sub) > 0 || f.Type == "map" {
				f.Type = ""
			}
			if len(f.Sub) == 0 && f.Type == "" {
				f.Type = "Text"
			}
			out = append(out, f)
		}
		return out
	}
	return build(root)
}

// sampleTypes reads the first records of an output and guesses the type of
// each path as --to parquet would.
func sampleTypes(path string, out manifest.Output) (*parquet.Guesser, error) {
	g := parquet.NewGuesser(out.Format == formatCSV)
	src, _, closeSrc, err := openRecords(path, out.Format, compress.Codec(out.Compression), 0, "", nil, nil)
	if err != nil {
		return nil, err
	}
	defer closeSrc()
	for i := 0; i < sampleRecords; i++ {
		rec, err := src.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		g.Add(rec.Fields)
	}
	return g, nil
}

// croissantType maps a guessed type (parquet.Guesser) to a Croissant one;
// kinds are the value kinds the manifest saw at the path.
func croissantType(guess string, kinds []string) string {
	for _, k := range kinds {
		if k == "list" || k == "map" {
			return "map"
		}
	}
	switch guess {
	case "int64":
		return "Integer"
	case "double":
		return "Float"
	case "bool":
		return "Boolean"
	case "date":
		return "Date"
	case "timestamp":
		return "DateTime"
	}
	return "Text"
}

// checkCroissant compares dir/croissant.json with the manifest's outputs:
// one FileObject per output with its sha256 and size, and record sets whose
// fields (names, nesting, types) are those the outputs have.
func checkCroissant(rep *verifyReport, m *manifest.Manifest, dir string) {
	raw, err := os.ReadFile(filepath.Join(dir, croissant.FileName))
	if err != nil {
		return // none: nothing to check
	}
	bad := func(msg string) { rep.add(finding{Check: "croissant", File: croissant.FileName, Message: msg}) }
	var doc struct {
		Distribution []struct {
			ID          string `json:"@id"`
			ContentURL  string `json:"contentUrl"`
			ContentSize string `json:"contentSize"`
			SHA256      string `json:"sha256"`
		} `json:"distribution"`
		RecordSet []struct {
			Field []docField `json:"field"`
		} `json:"recordSet"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		bad("not valid JSON")
		return
	}
	outputs := map[string]manifest.Output{}
	for _, out := range m.Outputs {
		if out.Path != "-" {
			outputs[out.Path] = out
		}
	}
	listed := map[string]bool{}
	for _, fo := range doc.Distribution {
		out, ok := outputs[fo.ContentURL]
		switch {
		case !ok:
			bad(fmt.Sprintf("FileObject %q is not an output of the manifest", record.SafeName(fo.ContentURL)))
			continue
		case fo.SHA256 != out.SHA256:
			bad(fmt.Sprintf("FileObject %q: sha256 differs from the file's", fo.ContentURL))
		case fo.ContentSize != fmt.Sprintf("%d B", out.Bytes):
			bad(fmt.Sprintf("FileObject %q: contentSize differs from the file's", fo.ContentURL))
		}
		listed[fo.ContentURL] = true
	}
	got := map[string][]string{} // file -> "path:type" of every field
	for _, rs := range doc.RecordSet {
		for _, f := range rs.Field {
			f.leaves("", got)
		}
	}
	for p, out := range outputs {
		if !listed[p] {
			bad(fmt.Sprintf("output %q has no FileObject", p))
			continue
		}
		fields, err := outputFields(filepath.Join(dir, filepath.FromSlash(p)), out)
		if err != nil {
			bad(fmt.Sprintf("output %q: cannot be read to compare its fields", p))
			continue
		}
		want := map[string][]string{}
		for _, f := range fields {
			docFieldOf(f, p).leaves("", want)
		}
		if !slices.Equal(got[p], want[p]) {
			bad(fmt.Sprintf("the fields of %q differ from the file's schema", p))
		}
	}
}

// docField is a Croissant field as read back from a document.
type docField struct {
	Name     string     `json:"name"`
	DataType string     `json:"dataType"`
	IsArray  bool       `json:"isArray"`
	SubField []docField `json:"subField"`
	Source   struct {
		FileObject struct {
			ID string `json:"@id"`
		} `json:"fileObject"`
	} `json:"source"`
}

// leaves adds "path:type" for every leaf under f to out, keyed by the file
// its source names.
func (f docField) leaves(parent string, out map[string][]string) {
	p := f.Name
	if parent != "" {
		p = parent + "." + f.Name
	}
	if f.IsArray {
		p += record.ListSuffix
	}
	if len(f.SubField) == 0 {
		file := f.Source.FileObject.ID
		out[file] = append(out[file], p+":"+f.DataType)
		return
	}
	for _, s := range f.SubField {
		s.leaves(p, out)
	}
}

// docFieldOf is the docField a Field would be written as.
func docFieldOf(f croissant.Field, file string) docField {
	d := docField{Name: f.Name, DataType: croissant.DataTypes[f.Type], IsArray: f.Array}
	d.Source.FileObject.ID = file
	for _, s := range f.Sub {
		d.SubField = append(d.SubField, docFieldOf(s, file))
	}
	return d
}
