package rules

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/transform"
)

// Version is the rule-file schema version this package reads.
const Version = 1

// File is a parsed, validated rule file.
type File struct {
	Name   string // file name as given
	SHA256 string // hex digest of the file's bytes
	Title  string // the optional `name:` of the rule file
	// Resolved is the rules with every default filled in, for the manifest.
	Resolved Resolved
	// Lines holds the line of each field rule, in Plan.Fields order.
	Lines []int
	// Scanner is the detection set of scanned fields, nil without scan.
	Scanner *detect.Scanner
	Plan    *transform.Plan
	// Dataset is the `dataset:` block, nil without one.
	Dataset *Dataset
	// Types declares the Parquet types of output fields (by record path)
	// for conversion from CSV or JSONL; nil without a `types:` block.
	Types map[string]string
	// Erasure is what deid forget does to a subject's records: "drop"
	// (the default) or "blank" (kept, every field null).
	Erasure string
}

// Resolved is the rule file as deid understood it: every option explicit.
type Resolved struct {
	Version int             `json:"version"`
	Name    string          `json:"name,omitempty"`
	Default string          `json:"default"`
	Fields  []ResolvedField `json:"fields"`
	Rows    []ResolvedRow   `json:"rows,omitempty"`
	// Entities and Detection are set when a field is scanned.
	Entities  map[string]ResolvedEntity `json:"entities,omitempty"`
	Detection *ResolvedDetection        `json:"detection,omitempty"`
	Limits    []ResolvedLimit           `json:"limits,omitempty"`
	Risk      *ResolvedRisk             `json:"risk,omitempty"`
}

// ResolvedField is one field rule with its options.
type ResolvedField struct {
	Field   string         `json:"field"`
	Action  string         `json:"action"`
	Options map[string]any `json:"options,omitempty"`
	Why     string         `json:"why,omitempty"`
}

// ResolvedRow is one row rule.
type ResolvedRow struct {
	Field     string   `json:"field"`
	Condition string   `json:"condition"`
	Values    []string `json:"values,omitempty"`
	Reason    string   `json:"reason"`
}

var topKeys = []string{"version", "name", "description", "default", "keep", "drop", "fields", "rows", "entities", "detection", "limits", "risk", "dataset", "erasure", "types"}

// Load reads and parses the rule file at path.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{File: path, Msg: "read rule file: " + describeIOError(err)}
	}
	return Parse(path, data)
}

// describeIOError names the problem without repeating the path twice.
func describeIOError(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse parses a rule file's bytes; name is used in error messages. All the
// problems found are returned together as an ErrorList.
func Parse(name string, data []byte) (*File, error) {
	d := &decoder{file: name}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err == io.EOF {
		return nil, ErrorList{{File: name, Msg: "rule file is empty"}}
	} else if err != nil {
		return nil, ErrorList{yamlError(name, data, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, ErrorList{{File: name, Line: extra.Line, Msg: "a rule file holds one YAML document"}}
	}
	if len(doc.Content) == 0 {
		return nil, ErrorList{{File: name, Msg: "rule file is empty"}}
	}
	sum := sha256.Sum256(data)
	f := &File{Name: name, SHA256: hex.EncodeToString(sum[:])}
	f.parse(d, doc.Content[0])
	if len(d.errs) > 0 {
		slices.SortStableFunc(d.errs, func(a, b *Error) int {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
		})
		return nil, d.errs
	}
	return f, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func yamlError(name string, data []byte, err error) *Error {
	msg := err.Error()
	// yaml.v3 reports parser errors that have a context ("did not find
	// expected ...") at the 0-based line where the context starts, and
	// without a line when that is the first line.
	ctxErr := strings.Contains(msg, "did not find expected")
	if ctxErr && !yamlLine.MatchString(msg) {
		msg = "yaml: line 0: " + strings.TrimPrefix(msg, "yaml: ")
	}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		var line int
		fmt.Sscan(m[1], &line)
		if ctxErr {
			line++
		}
		e := &Error{File: name, Line: line, Msg: "YAML syntax: " + m[2]}
		if lines := strings.Split(string(data), "\n"); line >= 1 && line <= len(lines) && strings.Contains(lines[line-1], "[]") {
			e.Msg += ` (inside [ ... ] lists, quote selectors that contain [], like "messages[].text")`
		}
		return e
	}
	return &Error{File: name, Msg: "YAML syntax: " + strings.TrimPrefix(msg, "yaml: ")}
}

func (f *File) parse(d *decoder, root *yaml.Node) {
	m, ok := d.mapping(root, "rule file", topKeys)
	if !ok {
		return
	}
	f.Resolved.Version = Version
	if e, ok := m["version"]; !ok {
		d.errorf(root, "rule file: missing key \"version\" (use version: %d)", Version)
	} else if v, ok := d.integer(e.val, "version", 0, 1<<30); ok && v != Version {
		d.errorf(e.val, "version %d is not supported; this deid reads version %d", v, Version)
	}
	if e, ok := m["name"]; ok {
		f.Title, _ = d.str(e.val, "name")
		f.Resolved.Name = f.Title
	}
	if e, ok := m["description"]; ok {
		d.str(e.val, "description")
	}
	if e, ok := m["dataset"]; ok {
		f.Dataset = parseDataset(d, e.val)
	}
	if e, ok := m["types"]; ok {
		f.Types = parseTypes(d, e.val)
	}
	f.Erasure = "drop"
	if e, ok := m["erasure"]; ok {
		f.Erasure, _ = d.oneOf(e.val, "erasure", []string{"drop", "blank"})
	}
	def := transform.DefaultDrop
	if e, ok := m["default"]; !ok {
		d.errorf(root, "rule file: missing key \"default\" (drop, keep or fail; shipped packs use drop)")
	} else if s, ok := d.oneOf(e.val, "default", []string{"drop", "keep", "fail"}); ok {
		def = transform.Default(s)
	}
	f.Resolved.Default = string(def)

	var fields []transform.FieldRule
	seen := map[string]*yaml.Node{}
	add := func(n *yaml.Node, sel string, rule transform.FieldRule, rf ResolvedField) {
		if prev, dup := seen[sel]; dup {
			d.errorf(n, "field %q is already named at line %d", sel, prev.Line)
			return
		}
		s, err := transform.ParseSelector(sel)
		if err != nil {
			d.errorf(n, "field %q: %v", sel, err)
			return
		}
		seen[sel] = n
		rule.Selector = s
		fields = append(fields, rule)
		f.Resolved.Fields = append(f.Resolved.Fields, rf)
		f.Lines = append(f.Lines, n.Line)
	}
	for _, list := range []string{"keep", "drop"} {
		e, ok := m[list]
		if !ok {
			continue
		}
		names, nodes, _ := d.strList(e.val, list)
		for i, name := range names {
			add(nodes[i], name, transform.FieldRule{Action: list}, ResolvedField{Field: name, Action: list})
		}
	}
	if e, ok := m["fields"]; ok {
		items, _ := d.seq(e.val, "fields")
		for _, it := range items {
			if n, sel, rule, rf, ok := parseField(d, it); ok {
				add(n, sel, rule, rf)
			}
		}
	}
	var rows []transform.RowRule
	if e, ok := m["rows"]; ok {
		items, _ := d.seq(e.val, "rows")
		for _, it := range items {
			if r, rr, ok := parseRow(d, it); ok {
				rows = append(rows, r)
				f.Resolved.Rows = append(f.Resolved.Rows, rr)
			}
		}
	}
	det := &detection{ops: map[string]transform.Operator{}}
	if e, ok := m["detection"]; ok {
		f.parseDetection(d, e.val, det)
	}
	if e, ok := m["entities"]; ok {
		f.parseEntities(d, e.val, det)
	}
	var limits []transform.Limit
	if e, ok := m["limits"]; ok {
		limits, f.Resolved.Limits = parseLimits(d, e.val, det.entityNames())
	}
	if len(d.errs) > 0 {
		return
	}
	scans := false
	for i := range fields {
		if fields[i].Action == "scan" {
			scans = true
		}
	}
	if scans {
		scan := transform.Scan{Scanner: buildScanner(det), Entities: det.ops}
		for i := range fields {
			if fields[i].Action == "scan" {
				fields[i].Op = scan
			}
		}
		f.Resolved.Detection = &ResolvedDetection{Allow: len(det.allow)}
		for _, dt := range scan.Scanner.Detectors() {
			f.Resolved.Detection.Detectors = append(f.Resolved.Detection.Detectors, dt.Entity())
		}
	} else if len(det.ops) > 0 || det.only != nil || det.allow != nil || det.extra != nil || limits != nil {
		d.errorf(root, "entities and detection apply to fields with action: scan, and no field has it")
		return
	}
	plan, err := transform.NewPlan(def, fields, rows)
	if err != nil {
		d.errorf(root, "%v", err)
		return
	}
	if e, ok := m["risk"]; ok {
		plan.Risk, f.Resolved.Risk = parseRisk(d, e.val)
		if len(d.errs) > 0 {
			return
		}
	}
	if scans {
		plan.Known = knownSources(fields, det.personFrom, det.ops[detect.Person])
		plan.Limits = limits
		f.Scanner = fields[slices.IndexFunc(fields, func(r transform.FieldRule) bool { return r.Action == "scan" })].Op.(transform.Scan).Scanner
	}
	f.Plan = plan
}

// parseTypes reads `types:`, a mapping of output field paths to the
// Parquet type they get when CSV or JSONL is converted (--to parquet).
func parseTypes(d *decoder, n *yaml.Node) map[string]string {
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "types must be a mapping of field paths to types")
		return nil
	}
	out := map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		sel, err := transform.ParseSelector(k.Value)
		if err != nil || sel.IsGlob() {
			d.errorf(k, "types: %q is not a field path (no wildcards)", k.Value)
			continue
		}
		if _, dup := out[k.Value]; dup {
			d.errorf(k, "types: %q is named twice", k.Value)
			continue
		}
		t, ok := d.oneOf(v, "type of "+k.Value, parquet.DeclarableTypes)
		if ok {
			out[k.Value] = t
		}
	}
	return out
}
