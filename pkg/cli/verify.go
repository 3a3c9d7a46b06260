package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/format/agecrypt"
	"github.com/deidtool/deid/pkg/format/compress"
	"github.com/deidtool/deid/pkg/format/parquet"
	"github.com/deidtool/deid/pkg/manifest"
	"github.com/deidtool/deid/pkg/pipeline"
	"github.com/deidtool/deid/pkg/record"
)

// verifyReport is what deid verify found.
type verifyReport struct {
	Dir      string    `json:"dir"`
	OK       bool      `json:"ok"`
	Files    int       `json:"files_checked"`
	Rows     int64     `json:"rows_checked"`
	Total    int       `json:"findings_total"`
	Findings []finding `json:"findings"`
	Notes    []string  `json:"notes,omitempty"`
}

// finding is one problem; it never holds a value.
type finding struct {
	Check   string `json:"check"` // manifest, signature, file, rows, schema, extra_file, residual_pii, croissant
	File    string `json:"file,omitempty"`
	Line    int64  `json:"line,omitempty"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// maxFindings bounds the findings listed; Total counts them all.
const maxFindings = 200

func (r *verifyReport) add(f finding) {
	r.Total++
	if len(r.Findings) < maxFindings {
		r.Findings = append(r.Findings, f)
	}
}

// strictEntities are looked for in kept fields: detectors precise enough to
// gate on in any text.
var strictEntities = []string{detect.Email, detect.CreditCard, detect.USSSN, detect.NationalID, detect.IBAN, detect.Secret}

func verifyDir(g *globalOptions, o *verifyOptions, dir string) (*verifyReport, error) {
	rep := &verifyReport{Dir: dir, Findings: []finding{}}
	_, identities, err := (&runOptions{identities: o.identity}).loadAge()
	if err != nil {
		return nil, err
	}
	mname := manifest.FileName
	raw, err := os.ReadFile(filepath.Join(dir, mname))
	if errors.Is(err, os.ErrNotExist) {
		// An encrypted run's manifest.
		var sealed []byte
		if sealed, err = os.ReadFile(filepath.Join(dir, mname+agecrypt.Ext)); err == nil {
			mname += agecrypt.Ext
			raw, err = decryptAll(identities, sealed)
			if err != nil {
				rep.add(finding{Check: "manifest", File: mname, Message: err.Error()})
				return rep, nil
			}
		}
	}
	if err != nil {
		rep.add(finding{Check: "manifest", File: manifest.FileName, Message: "no manifest.json: not a finished deid output"})
		return rep, nil
	}
	m, err := manifest.Parse(raw)
	if err != nil {
		rep.add(finding{Check: "manifest", File: mname, Message: "not a valid deid manifest"})
		return rep, nil
	}
	if err := verifySignature(g, o, rep, m, raw); err != nil {
		return nil, err
	}

	// Which entity types must be gone from scanned text.
	keep := map[string]bool{}
	var custom []detect.Detector
	if o.rules != "" {
		rf, err := loadRules(o.rules)
		if err != nil {
			return nil, err
		}
		for e, re := range rf.Resolved.Entities {
			keep[e] = re.Action == "keep"
		}
		if rf.Scanner != nil {
			for _, d := range rf.Scanner.Detectors() {
				if !slices.Contains(detect.Entities(), d.Entity()) {
					custom = append(custom, d)
				}
			}
		}
	} else {
		for e, action := range manifestEntities(m) {
			keep[e] = action == "keep"
		}
	}
	var scanDets, strictDets []detect.Detector
	for _, d := range append(detect.Default(), custom...) {
		if keep[d.Entity()] {
			continue
		}
		scanDets = append(scanDets, d)
		if slices.Contains(strictEntities, d.Entity()) {
			strictDets = append(strictDets, d)
		}
	}
	v := &verifier{rep: rep, ids: identities, scan: detect.NewScanner(scanDets, nil), strict: detect.NewScanner(strictDets, nil)}

	expected := map[string]bool{mname: true}
	for _, out := range m.Outputs {
		if out.Path == "-" {
			rep.Notes = append(rep.Notes, "an output went to stdout; only the manifest can be checked for it")
			continue
		}
		expected[out.Path] = true
		rep.Files++
		path := filepath.Join(dir, filepath.FromSlash(out.Path))
		if err := manifest.CheckFile(path, out.Bytes, out.SHA256); err != nil {
			msg := err.Error()
			if errors.Is(err, os.ErrNotExist) {
				msg = "missing"
			}
			rep.add(finding{Check: "file", File: out.Path, Message: msg})
			continue
		}
		if err := v.readOutput(path, out); err != nil {
			return nil, err
		}
	}
	for _, d := range m.Documents {
		expected[d.Path] = true
		if err := manifest.CheckFile(filepath.Join(dir, filepath.FromSlash(d.Path)), d.Bytes, d.SHA256); err != nil {
			rep.add(finding{Check: "file", File: d.Path, Message: err.Error()})
		}
	}
	if m.Encryption == nil {
		checkCroissant(rep, m, dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case expected[name]:
		case strings.HasPrefix(name, "manifest.shard-") && strings.HasSuffix(name, ".json"):
		case strings.HasPrefix(name, pipeline.TempPrefix):
			rep.add(finding{Check: "extra_file", File: name, Message: "temporary file of an unfinished run"})
		default:
			rep.add(finding{Check: "extra_file", File: name, Message: "not listed in the manifest"})
		}
	}
	rep.OK = rep.Total == 0
	return rep, nil
}

func verifySignature(g *globalOptions, o *verifyOptions, rep *verifyReport, m *manifest.Manifest, raw []byte) error {
	key, err := o.key.load(false, g.log)
	if err != nil {
		return err
	}
	switch {
	case m.Signature == "" && m.Key != nil:
		rep.add(finding{Check: "signature", File: manifest.FileName, Message: "the manifest of a keyed run carries no signature"})
	case m.Signature == "":
	case key == nil:
		rep.Notes = append(rep.Notes, "signature not checked: no key given (--key-file, DEID_KEY_FILE or DEID_KEY)")
	case m.Key == nil || key.Fingerprint() != m.Key.Fingerprint:
		rep.add(finding{Check: "signature", File: manifest.FileName, Message: "the key given is not the run's key (fingerprints differ)"})
	default:
		unsigned, sig, ok := manifest.Unsigned(raw)
		if !ok || !key.CheckSignature(unsigned, sig) {
			rep.add(finding{Check: "signature", File: manifest.FileName, Message: "signature does not match: the manifest was changed after the run"})
		}
	}
	return nil
}

// manifestEntities reads the entity actions from the rules recorded in the
// manifest.
func manifestEntities(m *manifest.Manifest) map[string]string {
	out := map[string]string{}
	res, _ := m.Rules.Resolved.(map[string]any)
	ents, _ := res["entities"].(map[string]any)
	for e, v := range ents {
		if ev, ok := v.(map[string]any); ok {
			out[e], _ = ev["action"].(string)
		}
	}
	return out
}

// verifier reads outputs back and checks them.
type verifier struct {
	rep          *verifyReport
	scan, strict *detect.Scanner
	actions      map[string]string
	schema       map[string]bool
	ids          *agecrypt.Identities // for encrypted outputs
}

func (v *verifier) readOutput(path string, out manifest.Output) error {
	src, csvIn, closeSrc, err := openRecords(path, out.Format, compress.Codec(out.Compression), 0, "", v.ids, nil)
	if err != nil {
		var pe *record.ParseError
		if errors.As(err, &pe) {
			v.rep.add(finding{Check: "file", File: out.Path, Message: "cannot be read as " + out.Format + " (" + out.Compression + "): " + pe.Err.Error()})
			return nil
		}
		return err
	}
	defer closeSrc()
	v.actions = map[string]string{}
	for _, fc := range out.Fields {
		v.actions[fc.Path] = fc.Action
	}
	v.schema = map[string]bool{}
	var names []string
	for _, fl := range out.Schema {
		v.schema[fl.Name] = true
		names = append(names, fl.Name)
	}
	if csvIn != nil {
		header, err := csvIn.Header()
		if err == nil && header != nil && !slices.Equal(header, names) {
			v.rep.add(finding{Check: "schema", File: out.Path, Line: 1, Message: "the CSV header differs from the manifest's schema"})
		}
	}
	if pr, ok := src.(*parquet.Reader); ok {
		var cols []manifest.Column
		for _, c := range pr.Columns() {
			cols = append(cols, manifest.Column{Name: c[0], Type: c[1]})
		}
		if !slices.Equal(cols, out.Columns) {
			v.rep.add(finding{Check: "schema", File: out.Path, Message: "the Parquet columns differ from the manifest's"})
		}
	}
	rows, err := v.checkRecords(src, out)
	if err != nil {
		return err
	}
	v.rep.Rows += rows
	if rows != out.Rows {
		v.rep.add(finding{Check: "rows", File: out.Path, Message: fmt.Sprintf("%d rows, manifest says %d", rows, out.Rows)})
	}
	return nil
}

// verifyBatch is a run of an output's records, or the findings of the
// records that could not be read, in file order; found answers with the
// batch's findings, in the same order.
type verifyItem struct {
	rec  *record.Record
	fail *finding // an unreadable record
}

// checkRecords reads an output's records and checks them on all cores,
// adding the findings in file order. It returns the records read.
func (v *verifier) checkRecords(src recordSource, out manifest.Output) (int64, error) {
	var rows int64
	next := func() (verifyItem, bool, error) {
		rec, err := src.Read()
		switch {
		case err == io.EOF:
			return verifyItem{}, false, nil
		case err != nil:
			var pe *record.ParseError
			if errors.As(err, &pe) {
				return verifyItem{fail: &finding{Check: "file", File: out.Path, Line: pe.Line, Field: pe.Field, Message: "unreadable record: " + pe.Err.Error()}}, true, nil
			}
			return verifyItem{}, false, err
		}
		rows++
		return verifyItem{rec: rec}, true, nil
	}
	check := func() func([]verifyItem) []finding {
		c := &checker{v: v, out: out, flat: out.Format == formatCSV}
		return func(items []verifyItem) []finding {
			c.found = nil
			for _, it := range items {
				if it.fail != nil {
					c.found = append(c.found, *it.fail)
				} else {
					c.checkFields(it.rec.Line, "", it.rec.Fields)
				}
			}
			return c.found
		}
	}
	err := inOrder(next, check, func(found []finding) {
		for _, f := range found {
			v.rep.add(f)
		}
	})
	return rows, err
}

// checker checks records for one worker of checkRecords.
type checker struct {
	v     *verifier
	out   manifest.Output
	flat  bool // CSV: the schema is checked on the header
	spans []detect.Span
	found []finding
}

// checkFields checks the schema and scans the values of one record level.
func (c *checker) checkFields(line int64, parent string, fields []record.Field) {
	for _, f := range fields {
		path := record.JoinTokens(append(record.PathTokens(parent), f.Name))
		if parent == "" {
			path = f.Name
		}
		c.checkValue(line, path, f.Value)
	}
}

func (c *checker) checkValue(line int64, path string, val record.Value) {
	v, out := c.v, c.out
	if !c.flat && !v.schema[path] {
		c.found = append(c.found, finding{Check: "schema", File: out.Path, Line: line, Field: record.SafeName(path), Message: "field is not in the manifest's schema"})
	}
	switch val.Kind {
	case record.KindMap:
		c.checkFields(line, path, val.Map)
		return
	case record.KindList:
		for _, e := range val.List {
			c.checkValue(line, path+record.ListSuffix, e)
		}
		return
	case record.KindString:
	default:
		return
	}
	var s *detect.Scanner
	switch v.actions[path] {
	case "scan":
		s = v.scan
	case "keep", "keep (default)", "":
		s = v.strict
	default:
		return // deid's own tokens
	}
	c.spans = s.Scan(val.Str, c.spans)
	for _, sp := range c.spans {
		c.found = append(c.found, finding{Check: "residual_pii", File: out.Path, Line: line, Field: record.SafeName(path),
			Message: sp.Entity + " found in the output"})
	}
}

// decryptAll opens a whole age-encrypted file's bytes.
func decryptAll(ids *agecrypt.Identities, sealed []byte) ([]byte, error) {
	r, err := ids.Decrypt(bytes.NewReader(sealed))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
