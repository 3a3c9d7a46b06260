package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/deidtool/deid/pkg/detect"
	"github.com/deidtool/deid/pkg/record"
	"github.com/deidtool/deid/pkg/transform"
)

// fieldProfile is what deid scan learned about one field path.
type fieldProfile struct {
	Path      string                  `json:"path"`
	Values    int64                   `json:"values"`           // non-null, non-empty values
	Entities  map[string]*entityCount `json:"entities"`         // per entity type
	Distinct  int                     `json:"distinct_values"`  // up to distinctCap
	AvgLength float64                 `json:"avg_length"`       // bytes
	Suggested string                  `json:"suggested_action"` // pseudonymize, scan, keep, drop ...
	Kind      string                  `json:"suggested_kind,omitempty"`
	Why       string                  `json:"why"`

	totalLen int64
	whole    map[string]int64 // values that are one entity, whole
	distinct map[string]struct{}
	times    int64 // values that parse as timestamps
	order    int
}

// entityCount counts the values of a field holding an entity type.
type entityCount struct {
	Values int64   `json:"values"`          // values with at least one span
	Spans  int64   `json:"spans"`           // spans in all
	Share  float64 `json:"share_of_values"` // Values / field's values
	Lines  []int64 `json:"example_lines"`   // where, never what
}

const distinctCap = 50

// scanReport is deid scan's result for all inputs together.
type scanReport struct {
	Inputs  []string         `json:"inputs"`
	Records int64            `json:"records"`
	Fields  []*fieldProfile  `json:"fields"`
	Found   map[string]int64 `json:"entities_found"` // values per entity type
	// Risk is k-anonymity on the raw data, when the rules declare risk:.
	Risk *transform.RiskFigures `json:"risk,omitempty"`
}

var timeLike = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?$`)

// profileInputs reads every input (the first sample records of each) and
// profiles its fields.
func profileInputs(o *scanOptions, s *detect.Scanner, risk *transform.Risk) (*scanReport, error) {
	rep := &scanReport{Inputs: o.inputs, Found: map[string]int64{}}
	classes := map[transform.ClassKey]int64{}
	fields := map[string]*fieldProfile{}
	ro := &runOptions{from: o.from, delimiter: o.delimiter, encoding: o.encoding, compress: "auto", identities: o.identity}
	_, ids, err := ro.loadAge()
	if err != nil {
		return nil, err
	}
	for _, path := range o.inputs {
		var stdin *bufio.Reader
		if path == "-" {
			stdin = bufio.NewReaderSize(os.Stdin, 256<<10)
		}
		spec, err := specFor(ro, path, stdin)
		if err != nil {
			return nil, err
		}
		src, _, closeSrc, err := openRecords(path, spec.format, spec.codec, spec.comma, spec.encoding, ids, stdin)
		if err != nil {
			return nil, err
		}
		var n int64
		next := func() (*record.Record, bool, error) {
			for o.sample <= 0 || n < int64(o.sample) {
				rec, err := src.Read()
				if err == io.EOF {
					return nil, false, nil
				}
				var pe *record.ParseError
				if errors.As(err, &pe) && !pe.Fatal {
					continue // scanning is a survey: bad records are skipped
				}
				if err != nil {
					return nil, false, err
				}
				n++
				return rec, true, nil
			}
			return nil, false, nil
		}
		newWorker := func() func([]*record.Record) scanResult {
			w := &scanWorker{s: s, risk: risk}
			return w.profile
		}
		err = inOrder(next, newWorker, func(r scanResult) {
			for _, k := range r.classes {
				classes[k]++
			}
			for i := range r.leaves {
				rep.add(fields, &r.leaves[i])
			}
		})
		closeSrc()
		if err != nil {
			return nil, err
		}
		rep.Records += n
	}
	if risk != nil {
		f := risk.Figures(classes)
		rep.Risk = &f
	}
	for _, fp := range fields {
		if fp.Values > 0 {
			fp.AvgLength = float64(fp.totalLen) / float64(fp.Values)
			for _, ec := range fp.Entities {
				ec.Share = float64(ec.Values) / float64(fp.Values)
			}
		}
		fp.Distinct = len(fp.distinct)
		suggest(fp)
		rep.Fields = append(rep.Fields, fp)
	}
	sort.Slice(rep.Fields, func(i, j int) bool { return rep.Fields[i].order < rep.Fields[j].order })
	return rep, nil
}

// scanResult is what a scanWorker learned from a batch of records.
type scanResult struct {
	leaves  []scanLeaf
	classes []transform.ClassKey // with risk: the records' classes
}

// scanLeaf is one scalar value of a record, as profileInputs counts it.
type scanLeaf struct {
	path  string // record.SafeName'd
	line  int64
	str   string    // the value, for the distinct count
	blank bool      // null or blank: the field is seen, not counted
	time  bool      // looks like a timestamp
	hits  []scanHit // strings only: what the detectors found
}

// scanHit counts one entity type's spans in a value.
type scanHit struct {
	entity string
	spans  int64
	whole  int64 // spans that are the whole value
}

// scanWorker profiles records for one worker of profileInputs: it runs the
// detectors and the timestamp test, the costly part, so the collector only
// adds up.
type scanWorker struct {
	s     *detect.Scanner
	risk  *transform.Risk
	spans []detect.Span
}

func (w *scanWorker) profile(recs []*record.Record) scanResult {
	var res scanResult
	for _, rec := range recs {
		if w.risk != nil {
			res.classes = append(res.classes, w.risk.Key(rec))
		}
		walkValues("", rec.Fields, func(p string, v record.Value) {
			// Keys that look like data (emails, long numbers as map
			// keys) are shown, and counted together, as "*".
			l := scanLeaf{path: record.SafeName(p), line: rec.Line, str: v.Str}
			if v.Kind == record.KindNull || v.IsScalar() && strings.TrimSpace(v.Str) == "" {
				l.blank = true
				res.leaves = append(res.leaves, l)
				return
			}
			l.time = timeLike.MatchString(v.Str)
			if v.Kind == record.KindString {
				w.spans = w.s.Scan(v.Str, w.spans)
				whole := len(strings.TrimRight(v.Str, " "))
				for _, sp := range w.spans {
					k := slices.IndexFunc(l.hits, func(h scanHit) bool { return h.entity == sp.Entity })
					if k < 0 {
						k = len(l.hits)
						l.hits = append(l.hits, scanHit{entity: sp.Entity})
					}
					l.hits[k].spans++
					if sp.Start == 0 && sp.End == whole {
						l.hits[k].whole++
					}
				}
			}
			res.leaves = append(res.leaves, l)
		})
	}
	return res
}

// add counts one value into its field's profile and the report's totals.
func (rep *scanReport) add(fields map[string]*fieldProfile, l *scanLeaf) {
	fp := fields[l.path]
	if fp == nil {
		fp = &fieldProfile{Path: l.path, Entities: map[string]*entityCount{}, whole: map[string]int64{},
			distinct: map[string]struct{}{}, order: len(fields)}
		fields[l.path] = fp
	}
	if l.blank {
		return
	}
	fp.Values++
	fp.totalLen += int64(len(l.str))
	if len(fp.distinct) <= distinctCap {
		fp.distinct[l.str] = struct{}{}
	}
	if l.time {
		fp.times++
	}
	for _, h := range l.hits {
		ec := fp.Entities[h.entity]
		if ec == nil {
			ec = &entityCount{}
			fp.Entities[h.entity] = ec
		}
		ec.Spans += h.spans
		ec.Values++
		rep.Found[h.entity]++
		if len(ec.Lines) < 3 && (len(ec.Lines) == 0 || ec.Lines[len(ec.Lines)-1] != l.line) {
			ec.Lines = append(ec.Lines, l.line)
		}
		fp.whole[h.entity] += h.whole
	}
}

// walkValues calls fn for every scalar leaf with its path ("messages[].text").
func walkValues(parent string, fields []record.Field, fn func(string, record.Value)) {
	for _, f := range fields {
		p := f.Name
		if parent != "" {
			p = parent + "." + f.Name
		}
		walkValue(p, f.Value, fn)
	}
}

func walkValue(p string, v record.Value, fn func(string, record.Value)) {
	switch v.Kind {
	case record.KindMap:
		walkValues(p, v.Map, fn)
	case record.KindList:
		for _, e := range v.List {
			walkValue(p+record.ListSuffix, e, fn)
		}
	default:
		fn(p, v)
	}
}

// nameHints map words in field names to what the field probably holds.
var nameHints = []struct {
	words  []string
	entity string
}{
	{[]string{"email", "e_mail", "mail"}, detect.Email},
	{[]string{"phone", "mobile", "tel", "fax", "msisdn"}, detect.Phone},
	{[]string{"name", "first", "last", "surname", "contact", "agent", "customer"}, detect.Person},
	{[]string{"address", "street", "addr", "city", "zip", "postcode", "postal"}, detect.StreetAddress},
	{[]string{"ip", "ip_address", "ipaddr"}, detect.IPv4},
	{[]string{"dob", "birth", "birthday"}, detect.DateOfBirth},
	{[]string{"ssn", "social"}, detect.USSSN},
	{[]string{"cpf", "dni", "nie", "nif", "nino", "bsn", "aadhaar", "nir", "codice", "fiscale"}, detect.NationalID},
	{[]string{"iban", "bank"}, detect.IBAN},
	{[]string{"card", "pan", "cc"}, detect.CreditCard},
}

func nameSays(path string) string {
	last := path
	if i := strings.LastIndexByte(last, '.'); i >= 0 {
		last = last[i+1:]
	}
	words := strings.FieldsFunc(strings.ToLower(strings.TrimSuffix(last, record.ListSuffix)), func(r rune) bool {
		return r == '_' || r == '-' || r == ' '
	})
	for _, h := range nameHints {
		for _, w := range words {
			if slices.Contains(h.words, w) {
				return h.entity
			}
		}
	}
	return ""
}

// suggest proposes an action for a profiled field, with the reason.
func suggest(fp *fieldProfile) {
	top, topN := "", int64(0)
	for e, n := range fp.whole {
		if n > topN || n == topN && e < top {
			top, topN = e, n
		}
	}
	hint := nameSays(fp.Path)
	last := strings.ToLower(fp.Path[strings.LastIndexByte(fp.Path, '.')+1:])
	textual := fp.AvgLength > 60
	anySpans := len(fp.Entities) > 0
	switch {
	case fp.Values == 0:
		fp.Suggested, fp.Why = "drop", "always empty"
	case topN*2 >= fp.Values && top == detect.Email || hint == detect.Email && !textual:
		fp.Suggested, fp.Kind, fp.Why = "pseudonymize", "email", "holds email addresses"
	case topN*2 >= fp.Values && top == detect.Phone || hint == detect.Phone && !textual:
		fp.Suggested, fp.Kind, fp.Why = "pseudonymize", "phone", "holds phone numbers"
	case topN*2 >= fp.Values && (top == detect.CreditCard || top == detect.USSSN || top == detect.NationalID || top == detect.IBAN || top == detect.Secret || top == detect.Password):
		fp.Suggested, fp.Why = "redact", "holds "+strings.ToLower(strings.ReplaceAll(top, "_", " "))+" values"
	case hint == detect.NationalID && !textual:
		fp.Suggested, fp.Why = "redact", "named like a national identity number"
	case hint == detect.StreetAddress || topN*2 >= fp.Values && top == detect.StreetAddress:
		fp.Suggested, fp.Why = "drop", "holds addresses"
	case hint == detect.DateOfBirth:
		fp.Suggested, fp.Why = "drop", "a date of birth identifies; keep a generalized age instead if needed"
	case textual && anySpans:
		fp.Suggested, fp.Why = "scan", "free text with personal data inside"
	case textual:
		fp.Suggested, fp.Why = "scan", "free text; no personal data found in the sample, scan it anyway"
	case last == "id" || strings.HasSuffix(last, "_id") || strings.HasSuffix(last, "_number") || strings.HasSuffix(last, "id[]"):
		fp.Suggested, fp.Kind, fp.Why = "pseudonymize", "id", "an identifier: keyed tokens keep joins working"
	case hint == detect.Person:
		fp.Suggested, fp.Kind, fp.Why = "pseudonymize", "name", "looks like a person's name (from the field's name)"
	case fp.times*2 >= fp.Values:
		fp.Suggested, fp.Why = "generalize", "timestamps: exact times single people out"
	case anySpans:
		fp.Suggested, fp.Why = "scan", "personal data found in some values"
	case fp.Distinct <= distinctCap:
		fp.Suggested, fp.Why = "keep", fmt.Sprintf("few distinct values (%d): a category, no personal data found", fp.Distinct)
	default:
		fp.Suggested, fp.Why = "drop", "no personal data found, but many distinct values: keep it only if it is needed"
	}
}
