package cli

import (
	"errors"
	"fmt"
	"io"
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
	ro := &runOptions{from: o.from, delimiter: o.delimiter, compress: "auto", identities: o.identity}
	_, ids, err := ro.loadAge()
	if err != nil {
		return nil, err
	}
	var spans []detect.Span
	for _, path := range o.inputs {
		spec, err := specFor(ro, path, nil)
		if err != nil {
			return nil, err
		}
		src, _, closeSrc, err := openRecords(path, spec.format, spec.codec, spec.comma, ids)
		if err != nil {
			return nil, err
		}
		var n int64
		for o.sample <= 0 || n < int64(o.sample) {
			rec, err := src.Read()
			if err == io.EOF {
				break
			}
			var pe *record.ParseError
			if errors.As(err, &pe) && !pe.Fatal {
				continue // scanning is a survey: bad records are skipped
			}
			if err != nil {
				closeSrc()
				return nil, err
			}
			n++
			if risk != nil {
				classes[risk.Key(rec)]++
			}
			walkValues("", rec.Fields, func(p string, v record.Value) {
				// Keys that look like data (emails, long numbers as map
				// keys) are shown, and counted together, as "*".
				p = record.SafeName(p)
				fp := fields[p]
				if fp == nil {
					fp = &fieldProfile{Path: p, Entities: map[string]*entityCount{}, whole: map[string]int64{},
						distinct: map[string]struct{}{}, order: len(fields)}
					fields[p] = fp
				}
				if v.Kind == record.KindNull || v.IsScalar() && strings.TrimSpace(v.Str) == "" {
					return
				}
				fp.Values++
				fp.totalLen += int64(len(v.Str))
				if len(fp.distinct) <= distinctCap {
					fp.distinct[v.Str] = struct{}{}
				}
				if timeLike.MatchString(v.Str) {
					fp.times++
				}
				if v.Kind != record.KindString {
					return
				}
				spans = s.Scan(v.Str, spans)
				seen := map[string]bool{}
				for _, sp := range spans {
					ec := fp.Entities[sp.Entity]
					if ec == nil {
						ec = &entityCount{}
						fp.Entities[sp.Entity] = ec
					}
					ec.Spans++
					if !seen[sp.Entity] {
						seen[sp.Entity] = true
						ec.Values++
						rep.Found[sp.Entity]++
						if len(ec.Lines) < 3 && (len(ec.Lines) == 0 || ec.Lines[len(ec.Lines)-1] != rec.Line) {
							ec.Lines = append(ec.Lines, rec.Line)
						}
					}
					if sp.Start == 0 && sp.End == len(strings.TrimRight(v.Str, " ")) {
						fp.whole[sp.Entity]++
					}
				}
			})
		}
		rep.Records += n
		closeSrc()
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
	case topN*2 >= fp.Values && (top == detect.CreditCard || top == detect.USSSN || top == detect.IBAN || top == detect.Secret || top == detect.Password):
		fp.Suggested, fp.Why = "redact", "holds "+strings.ToLower(strings.ReplaceAll(top, "_", " "))+" values"
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
