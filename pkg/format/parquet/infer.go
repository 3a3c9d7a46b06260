package parquet

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/deidtool/deid/pkg/record"
	pq "github.com/parquet-go/parquet-go"
)

// DefaultSampleRows is how many records an InferringWriter reads before it
// fixes the schema.
const DefaultSampleRows = 10000

// guess is the type inferred for one field so far.
type guess uint8

const (
	guessNone guess = iota // only nulls seen
	guessBool
	guessInt
	guessFloat
	guessDate
	guessTime
	guessString
	guessJSON // scalars and containers mixed: JSON text
	guessList
	guessGroup
)

// inferred is the type inferred for one field.
type inferred struct {
	g      guess
	digits int // guessTime: most fraction digits seen
	elem   *inferred
	names  []string
	fields map[string]*inferred
}

// InferringWriter writes records to Parquet under a schema inferred from the
// first records: all columns optional; numbers, booleans, RFC 3339
// timestamps and dates typed when every sampled value agrees, strings
// otherwise. With FromText (CSV input, where every cell is text) numbers and
// booleans are recognized inside strings too, and empty cells of typed
// columns are null.
type InferringWriter struct {
	out      io.Writer
	opts     WriterOptions
	sample   int
	fromText bool
	buf      []*record.Record
	root     *inferred
	types    map[string]string // declared types by record path
	w        *Writer
	ready    atomic.Pointer[Writer] // w, once the schema is fixed, for Prepare
	schema   *Schema
}

// NewInferringWriter returns a writer that infers its schema from the first
// sample records (DefaultSampleRows when 0); types declares the types of
// some leaf paths ("rating": "int64", "messages[].ts": "timestamp[ms]"),
// which win over inference (DeclarableTypes).
func NewInferringWriter(out io.Writer, opts WriterOptions, sample int, fromText bool, types map[string]string) *InferringWriter {
	if sample <= 0 {
		sample = DefaultSampleRows
	}
	return &InferringWriter{out: out, opts: opts, sample: sample, fromText: fromText, types: types,
		root: &inferred{g: guessGroup, fields: map[string]*inferred{}}}
}

// Write adds a record; the first ones are held until the schema is known.
func (iw *InferringWriter) Write(rec *record.Record) error {
	if iw.w != nil {
		return iw.w.Write(rec)
	}
	iw.buf = append(iw.buf, rec)
	iw.root.addFields(rec.Fields, iw.fromText)
	if len(iw.buf) >= iw.sample {
		return iw.start()
	}
	return nil
}

func (iw *InferringWriter) start() error {
	root := &group{Node: pq.Group{}, fields: iw.root.fieldNodes(nil, iw.types)}
	if len(root.fields) == 0 {
		root.fields = []pq.Field{&named{Node: pq.Optional(pq.String()), name: "empty"}}
	}
	iw.schema = &Schema{s: pq.NewSchema("deid", root), Changed: true}
	tree, err := buildTree(iw.schema.s)
	if err != nil {
		return err
	}
	markInferred(tree, iw.fromText)
	w, err := NewWriter(iw.out, iw.schema, iw.opts)
	if err != nil {
		return err
	}
	w.tree = tree
	iw.w = w
	iw.ready.Store(w)
	for _, rec := range iw.buf {
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	iw.buf = nil
	return nil
}

// Prepare turns a record into a row once the schema is fixed; before, it
// leaves the work to WritePrepared.
func (iw *InferringWriter) Prepare(rec *record.Record) (any, error) {
	if w := iw.ready.Load(); w != nil {
		return w.Prepare(rec)
	}
	return nil, nil
}

// WritePrepared adds a record Prepare may have turned into a row.
func (iw *InferringWriter) WritePrepared(rec *record.Record, row any) error {
	if iw.w != nil && row != nil {
		return iw.w.WritePrepared(rec, row)
	}
	return iw.Write(rec)
}

// Flush writes what is held and the footer.
func (iw *InferringWriter) Flush() error {
	if iw.w == nil {
		if err := iw.start(); err != nil {
			return err
		}
	}
	return iw.w.Flush()
}

// Schema returns the inferred schema, nil before it is fixed.
func (iw *InferringWriter) Schema() *Schema { return iw.schema }

func (t *inferred) addFields(fields []record.Field, fromText bool) {
	for _, f := range fields {
		c, ok := t.fields[f.Name]
		if !ok {
			c = &inferred{}
			t.fields[f.Name] = c
			t.names = append(t.names, f.Name)
		}
		c.add(f.Value, fromText)
	}
}

func (t *inferred) add(v record.Value, fromText bool) {
	var g guess
	switch v.Kind {
	case record.KindNull:
		return
	case record.KindBool:
		g = guessBool
	case record.KindNumber:
		g = guessFloat
		if _, err := strconv.ParseInt(v.Str, 10, 64); err == nil {
			g = guessInt
		}
	case record.KindString:
		if fromText && v.Str == "" {
			return
		}
		var digits int
		g, digits = guessText(v.Str, fromText)
		if g == guessTime && digits > t.digits {
			t.digits = digits
		}
	case record.KindList:
		g = guessList
		if t.g == guessNone || t.g == guessList {
			t.g = guessList
			if t.elem == nil {
				t.elem = &inferred{}
			}
			for _, e := range v.List {
				t.elem.add(e, fromText)
			}
			return
		}
	case record.KindMap:
		g = guessGroup
		if t.g == guessNone || t.g == guessGroup {
			t.g = guessGroup
			if t.fields == nil {
				t.fields = map[string]*inferred{}
			}
			t.addFields(v.Map, fromText)
			return
		}
	}
	t.g = merge(t.g, g)
}

// merge combines two guesses for one field.
func merge(a, b guess) guess {
	switch {
	case a == guessNone || a == b:
		return b
	case a == guessInt && b == guessFloat || a == guessFloat && b == guessInt:
		return guessFloat
	case a == guessList || a == guessGroup || b == guessList || b == guessGroup || a == guessJSON || b == guessJSON:
		return guessJSON
	}
	return guessString
}

// guessText types a string: timestamps and dates always; numbers and
// booleans only in text formats (a JSON string holding digits stays a
// string). Numbers with leading zeros ("02139") are identifiers: strings.
func guessText(s string, fromText bool) (guess, int) {
	if len(s) >= 10 && len(s) <= 40 && s[4] == '-' {
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			return guessDate, 0
		}
		if _, err := time.Parse(time.RFC3339Nano, s); err == nil {
			digits := 0
			if i := strings.IndexByte(s, '.'); i > 0 {
				for j := i + 1; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
					digits++
				}
			}
			return guessTime, digits
		}
	}
	if !fromText {
		return guessString, 0
	}
	if s == "true" || s == "false" {
		return guessBool, 0
	}
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || digits[0] == '0' && len(digits) > 1 && digits[1] != '.' || strings.TrimSpace(s) != s {
		return guessString, 0
	}
	if _, err := strconv.ParseInt(s, 10, 64); err == nil {
		return guessInt, 0
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && strings.IndexAny(s, "eE") < 0 &&
		strconv.FormatFloat(f, 'f', -1, 64) == strings.TrimRight(strings.TrimRight(s, "0"), ".") {
		return guessFloat, 0
	}
	return guessString, 0
}

func (t *inferred) fieldNodes(path []string, types map[string]string) []pq.Field {
	out := make([]pq.Field, 0, len(t.names))
	for _, name := range t.names {
		out = append(out, &named{Node: t.fields[name].node(sub(path, name), types), name: name})
	}
	// Declared fields the sample never showed are columns too (all null so
	// far).
	if t.g == guessGroup || path == nil {
		for _, p := range declaredChildren(path, types) {
			if _, seen := t.fields[p]; !seen {
				out = append(out, &named{Node: (&inferred{}).node(sub(path, p), types), name: p})
			}
		}
	}
	return out
}

// declaredChildren lists, in sorted order, the names of declared fields
// directly under path (scalars only: declared paths name leaves).
func declaredChildren(path []string, types map[string]string) []string {
	var out []string
	prefix := record.JoinTokens(path)
	for p := range types {
		toks := record.PathTokens(p)
		if len(toks) == len(path)+1 && record.JoinTokens(toks[:len(path)]) == prefix && toks[len(toks)-1] != record.ListSuffix {
			out = append(out, toks[len(toks)-1])
		}
	}
	sort.Strings(out)
	return out
}

// declaredNode is the node of a type declared in the rule file.
func declaredNode(t string) (pq.Node, bool) {
	switch t {
	case "string":
		return pq.String(), true
	case "int32":
		return pq.Int(32), true
	case "int64":
		return pq.Int(64), true
	case "float":
		return pq.Leaf(pq.FloatType), true
	case "double":
		return pq.Leaf(pq.DoubleType), true
	case "bool":
		return pq.Leaf(pq.BooleanType), true
	case "date":
		return pq.Date(), true
	case "timestamp[ms]":
		return pq.Timestamp(pq.Millisecond), true
	case "timestamp[us]":
		return pq.Timestamp(pq.Microsecond), true
	case "timestamp[ns]":
		return pq.Timestamp(pq.Nanosecond), true
	case "json":
		return pq.JSON(), true
	}
	return nil, false
}

// DeclarableTypes are the type names a rule file may declare for Parquet
// output.
var DeclarableTypes = []string{"string", "int32", "int64", "float", "double", "bool", "date",
	"timestamp[ms]", "timestamp[us]", "timestamp[ns]", "json"}

// node is the optional Parquet node for the inferred type, or the type the
// rule file declares for path.
func (t *inferred) node(path []string, types map[string]string) pq.Node {
	if d, ok := declaredNode(types[record.JoinTokens(path)]); ok {
		return pq.Optional(d)
	}
	var n pq.Node
	switch t.g {
	case guessBool:
		n = pq.Leaf(pq.BooleanType)
	case guessInt:
		n = pq.Int(64)
	case guessFloat:
		n = pq.Leaf(pq.DoubleType)
	case guessDate:
		n = pq.Date()
	case guessTime:
		unit := pq.Millisecond
		switch {
		case t.digits > 6:
			unit = pq.Nanosecond
		case t.digits > 3:
			unit = pq.Microsecond
		}
		n = pq.Timestamp(unit)
	case guessJSON:
		n = pq.JSON()
	case guessList:
		elem := &inferred{}
		if t.elem != nil {
			elem = t.elem
		}
		n = pq.List(elem.node(sub(path, record.ListSuffix), types))
	case guessGroup:
		fields := t.fieldNodes(path, types)
		if len(fields) == 0 {
			return pq.Optional(pq.JSON())
		}
		n = &group{Node: pq.Group{}, fields: fields}
	default:
		n = pq.String()
	}
	if t.g == guessString || t.g == guessNone || t.g == guessJSON {
		n = pq.Encoded(n, &pq.RLEDictionary)
	}
	return pq.Optional(n)
}

// markInferred sets how the leaves of an inferred schema take values: any
// value as JSON text in JSON columns, and with fromText an empty cell as
// null in typed columns.
func markInferred(n *node, fromText bool) {
	for _, l := range n.leaves(nil) {
		l.anyAsJSON = l.codec.name == "json"
		l.emptyIsNull = fromText && !l.codec.isString
	}
}

// Guesser infers a type for every record path from sample records, the way
// an InferringWriter does, for callers that describe data without writing
// Parquet (Croissant metadata).
type Guesser struct {
	root     *inferred
	fromText bool
}

// NewGuesser returns a Guesser; fromText says the values come from CSV.
func NewGuesser(fromText bool) *Guesser {
	return &Guesser{root: &inferred{g: guessGroup, fields: map[string]*inferred{}}, fromText: fromText}
}

// Add takes one record's fields into the sample.
func (g *Guesser) Add(fields []record.Field) { g.root.addFields(fields, g.fromText) }

// Type returns the type guessed for a leaf path ("messages[].ts"): "int64",
// "double", "bool", "date", "timestamp", "string", "json", or "" when the
// sample held no value there.
func (g *Guesser) Type(path string) string {
	t := g.root
	for _, tok := range record.PathTokens(path) {
		if tok == record.ListSuffix {
			t = t.elem
		} else {
			t = t.fields[tok]
		}
		if t == nil {
			return ""
		}
	}
	return [...]string{guessNone: "", guessBool: "bool", guessInt: "int64", guessFloat: "double", guessDate: "date",
		guessTime: "timestamp", guessString: "string", guessJSON: "json", guessList: "json", guessGroup: "json"}[t.g]
}
