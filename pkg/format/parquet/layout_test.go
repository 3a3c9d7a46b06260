package parquet

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/deidtool/deid/pkg/record"
	"github.com/google/go-cmp/cmp"
	pq "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// listOf is a group annotated LIST whose fields are given as is, for the
// legacy layouts the library's List helper does not write.
type listOf struct{ pq.Node }

func (listOf) Type() pq.Type { return pq.List(pq.String()).Type() }

// legacySchema is the layout Spark writes with writeLegacyFormat (and Hive
// and parquet-avro): a list of structs as a repeated group named "bag", a
// list of strings as a repeated field named "array".
func legacySchema() *Schema {
	tags := listOf{&group{Node: pq.Group{}, fields: []pq.Field{
		&named{Node: pq.Repeated(pq.String()), name: "array"}}}}
	items := listOf{&group{Node: pq.Group{}, fields: []pq.Field{
		&named{Node: pq.Repeated(&group{Node: pq.Group{}, fields: []pq.Field{
			&named{Node: pq.Optional(pq.String()), name: "sku"},
			&named{Node: pq.Optional(pq.Int(64)), name: "qty"}}}), name: "bag"}}}}
	root := &group{Node: pq.Group{}, fields: []pq.Field{
		&named{Node: pq.Optional(pq.Int(64)), name: "id"},
		&named{Node: pq.Optional(tags), name: "tags"},
		&named{Node: pq.Optional(items), name: "items"},
	}}
	return &Schema{s: pq.NewSchema("spark_schema", root)}
}

func num(s string) record.Value { return record.Value{Kind: record.KindNumber, Str: s} }

// TestLegacyListLayouts writes Spark's legacy list layouts and reads them
// back as lists (the backward-compatibility rules of the LIST spec).
func TestLegacyListLayouts(t *testing.T) {
	recs := []*record.Record{
		{Line: 1, Fields: []record.Field{{Name: "id", Value: num("1")},
			{Name: "tags", Value: record.Value{Kind: record.KindList, List: []record.Value{record.String("a"), record.String("b")}}},
			{Name: "items", Value: record.Value{Kind: record.KindList, List: []record.Value{
				{Kind: record.KindMap, Map: []record.Field{{Name: "sku", Value: record.String("X-1")}, {Name: "qty", Value: num("2")}}},
				{Kind: record.KindMap, Map: []record.Field{{Name: "sku", Value: record.Null()}, {Name: "qty", Value: num("5")}}},
			}}}}},
		{Line: 2, Fields: []record.Field{{Name: "id", Value: num("2")},
			{Name: "tags", Value: record.Value{Kind: record.KindList, List: []record.Value{}}},
			{Name: "items", Value: record.Null()}}},
	}
	var buf bytes.Buffer
	w, err := NewWriter(&buf, legacySchema(), WriterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "legacy.parquet")
	os.WriteFile(path, buf.Bytes(), 0o644)
	r := openFile(t, path)
	if diff := cmp.Diff(recs, readAll(t, r)); diff != "" {
		t.Errorf("records (-written +read):\n%s", diff)
	}
	want := [][2]string{{"id", "int64"}, {"tags[]", "string"}, {"items[].sku", "string"}, {"items[].qty", "int64"}}
	if diff := cmp.Diff(want, openFile(t, path).Columns()); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
}

// TestMetadataAndDictionary: key/value metadata is carried over (the CLI
// leaves out the entries restating a changed schema), and dictionary-encoded
// columns stay dictionary-encoded (checked on DuckDB's files in the CLI's
// interop test).
func TestMetadataAndDictionary(t *testing.T) {
	in := writeFixture(t, fixtureTickets(), pq.KeyValueMetadata("origin", "crm-export"))
	out, _ := copyFile(t, in, keepAll, "")
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	pf, err := pq.OpenFile(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := pf.Lookup("origin"); !ok || v != "crm-export" {
		t.Errorf("metadata origin = %q, %v", v, ok)
	}
	encodings := func(file *pq.File, col string) []format.Encoding {
		var out []format.Encoding
		for _, rg := range file.Metadata().RowGroups {
			for _, c := range rg.Columns {
				if slices.Equal(c.MetaData.PathInSchema, []string{col}) {
					out = append(out, c.MetaData.Encoding...)
				}
			}
		}
		return out
	}
	if e := encodings(pf, "customer_email"); !slices.Contains(e, format.RLEDictionary) {
		t.Errorf("customer_email encodings %v, want RLE_DICTIONARY kept", e)
	}
}
