package croissant

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJSONPath(t *testing.T) {
	for _, tc := range []struct {
		segs []string
		want string
	}{
		{[]string{"a"}, "$.a"},
		{[]string{"messages", "[*]", "text"}, "$.messages[*].text"},
		{[]string{"odd name", "it's"}, `$['odd name']['it\'s']`},
		{[]string{"9lives"}, "$['9lives']"},
	} {
		if got := jsonPath(tc.segs); got != tc.want {
			t.Errorf("jsonPath(%q) = %q, want %q", tc.segs, got, tc.want)
		}
	}
}

func TestMissing(t *testing.T) {
	full := Dataset{Name: "n", Description: "d", License: "l", URL: "u", DatePublished: "2026-01-01", Creators: []Creator{{Name: "c"}}}
	for _, tc := range []struct {
		name string
		edit func(*Dataset)
		want []string
	}{
		{"complete", func(*Dataset) {}, nil},
		{"no creator", func(d *Dataset) { d.Creators = nil }, []string{"creator"}},
		{"blank name and url", func(d *Dataset) { d.Name, d.URL = " ", "" }, []string{"name", "url"}},
	} {
		d := full
		tc.edit(&d)
		if diff := cmp.Diff(tc.want, Missing(d)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
		if _, err := Build(d, nil); (err != nil) != (tc.want != nil) {
			t.Errorf("%s: Build error %v", tc.name, err)
		}
	}
}

// TestBuildShape checks ids, sources and nesting for the three formats.
func TestBuildShape(t *testing.T) {
	d := Dataset{Name: "n", Description: "d", License: "l", URL: "u", DatePublished: "2026-01-01", Creators: []Creator{{Name: "c", Type: "person"}}}
	fields := []Field{{Name: "id", Type: "Integer"}, {Name: "messages", Array: true, Sub: []Field{{Name: "text", Type: "Text"}}}}
	b, err := Build(d, []File{
		{Path: "t.csv.gz", Format: "csv", Compression: "gzip", Fields: fields[:1]},
		{Path: "t.jsonl", Format: "jsonl", Fields: fields},
		{Path: "t.parquet", Format: "parquet", Fields: fields},
	})
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Distribution []struct {
			EncodingFormat any `json:"encodingFormat"`
		} `json:"distribution"`
		RecordSet []struct {
			ID    string  `json:"@id"`
			Field []field `json:"field"`
		} `json:"recordSet"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var formats []any
	for _, fo := range doc.Distribution {
		formats = append(formats, fo.EncodingFormat)
	}
	if diff := cmp.Diff([]any{[]any{"application/gzip", "text/csv"}, "application/jsonlines", "application/x-parquet"}, formats); diff != "" {
		t.Errorf("encodingFormat (-want +got):\n%s", diff)
	}
	var got []string
	for _, rs := range doc.RecordSet {
		for _, f := range rs.Field {
			got = append(got, describe(f)...)
		}
	}
	want := []string{
		"t_csv_gz/id sc:Integer column=id",
		"t_jsonl/id sc:Integer jsonPath=$.id", "t_jsonl/messages/text sc:Text jsonPath=$.messages[*].text",
		"t_parquet/id sc:Integer column=id", "t_parquet/messages/text sc:Text jsonPath=$.messages[*].text",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
}

func describe(f field) []string {
	if len(f.SubField) > 0 {
		var out []string
		for _, s := range f.SubField {
			out = append(out, describe(*s)...)
		}
		return out
	}
	src := "column=" + f.Source.Extract.Column
	if f.Source.Extract.JSONPath != "" {
		src = "jsonPath=" + f.Source.Extract.JSONPath
	}
	return []string{f.ID + " " + f.DataType + " " + src}
}
