// Package croissant writes MLCommons Croissant 1.1 metadata (JSON-LD, with
// the Responsible-AI extension 1.0) for a de-identified dataset: the
// dataset's required properties, one FileObject per output file, one
// RecordSet per file whose fields follow the output's schema, and the RAI
// properties that say what personal data there was and what was done to it.
//
// It only builds documents; what goes in them (the manifest's hashes, the
// fields' types, the words of the RAI properties) is the caller's.
package croissant

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"strings"
)

// Versions this package writes.
const (
	Spec = "http://mlcommons.org/croissant/1.1"
	RAI  = "http://mlcommons.org/croissant/RAI/1.0"
)

// FileName is the document's name beside the manifest.
const FileName = "croissant.json"

// Dataset holds the dataset-level properties.
type Dataset struct {
	Name          string
	Description   string
	License       string // URL
	URL           string
	Creators      []Creator
	DatePublished string
	Version       string // optional

	// Responsible-AI properties, plain words; empty ones are left out.
	PersonalSensitiveInformation []string
	DataManipulationProtocol     string
	DataCollection               string
	DataLimitations              []string
}

// Creator is a person or organization.
type Creator struct {
	Name string
	Type string // "organization" or "person"
	URL  string
}

// File is one output file.
type File struct {
	Path        string // relative to the folder of croissant.json, with slashes
	Format      string // "csv", "jsonl" or "parquet"
	Compression string // "none", "gzip" or "zstd"
	Bytes       int64
	SHA256      string
	Fields      []Field
}

// Field is a field of a file's records; Sub holds the fields of a nested
// map (or of a list's map elements).
type Field struct {
	Name  string
	Type  string // Text, Integer, Float, Boolean, Date, DateTime; empty for a map
	Array bool   // a list of Type (or of maps with Sub)
	Sub   []Field
}

// DataTypes maps a Field's Type to its Croissant data type.
var DataTypes = map[string]string{
	"Text": "sc:Text", "Integer": "sc:Integer", "Float": "sc:Float", "Boolean": "sc:Boolean",
	"Date": "sc:Date", "DateTime": "sc:DateTime",
}

// Missing lists the required dataset properties that are empty, by their
// Croissant names.
func Missing(d Dataset) []string {
	var out []string
	for _, p := range []struct{ name, val string }{{"name", d.Name}, {"description", d.Description},
		{"license", d.License}, {"url", d.URL}, {"datePublished", d.DatePublished}} {
		if strings.TrimSpace(p.val) == "" {
			out = append(out, p.name)
		}
	}
	if len(d.Creators) == 0 {
		out = append(out, "creator")
	}
	return out
}

// context is the JSON-LD context of Appendix 1 of the Croissant 1.1
// specification.
var context = map[string]any{
	"@language":          "en",
	"@vocab":             "http://schema.org/",
	"sc":                 "http://schema.org/",
	"cr":                 "http://mlcommons.org/croissant/",
	"rai":                "http://mlcommons.org/croissant/RAI/",
	"dct":                "http://purl.org/dc/terms/",
	"annotation":         "cr:annotation",
	"arrayShape":         "cr:arrayShape",
	"citeAs":             "cr:citeAs",
	"column":             "cr:column",
	"conformsTo":         "dct:conformsTo",
	"containedIn":        "cr:containedIn",
	"data":               map[string]string{"@id": "cr:data", "@type": "@json"},
	"dataType":           map[string]string{"@id": "cr:dataType", "@type": "@vocab"},
	"equivalentProperty": "cr:equivalentProperty",
	"examples":           map[string]string{"@id": "cr:examples", "@type": "@json"},
	"excludes":           "cr:excludes",
	"extract":            "cr:extract",
	"field":              "cr:field",
	"fileProperty":       "cr:fileProperty",
	"fileObject":         "cr:fileObject",
	"fileSet":            "cr:fileSet",
	"format":             "cr:format",
	"includes":           "cr:includes",
	"isArray":            "cr:isArray",
	"isLiveDataset":      "cr:isLiveDataset",
	"jsonPath":           "cr:jsonPath",
	"key":                "cr:key",
	"md5":                "cr:md5",
	"parentField":        "cr:parentField",
	"recordSet":          "cr:recordSet",
	"references":         "cr:references",
	"regex":              "cr:regex",
	"readLines":          "cr:readLines",
	"sdVersion":          "cr:sdVersion",
	"separator":          "cr:separator",
	"source":             "cr:source",
	"subField":           "cr:subField",
	"transform":          "cr:transform",
	"unArchive":          "cr:unArchive",
	"value":              "cr:value",
}

// recordUnit names what holds one record in a file of format.
func recordUnit(format string) string {
	switch format {
	case "jsonl":
		return "line"
	case "json":
		return "element of its array"
	}
	return "row"
}

// mediaTypes are the encodingFormat of each output format.
var mediaTypes = map[string]string{"csv": "text/csv", "jsonl": "application/jsonlines", "json": "application/json", "parquet": "application/x-parquet"}

var compressedTypes = map[string]string{"gzip": "application/gzip", "zstd": "application/zstd"}

// MediaType returns the encodingFormat of a file: its format's media type,
// after the compression's when compressed.
func MediaType(format, compression string) any {
	mt := mediaTypes[format]
	if c, ok := compressedTypes[compression]; ok {
		return []string{c, mt}
	}
	return mt
}

type ref struct {
	ID string `json:"@id"`
}

type fileObject struct {
	Type           string `json:"@type"`
	ID             string `json:"@id"`
	Name           string `json:"name"`
	ContentURL     string `json:"contentUrl"`
	ContentSize    string `json:"contentSize"`
	EncodingFormat any    `json:"encodingFormat"`
	SHA256         string `json:"sha256"`
}

type extract struct {
	Column   string `json:"column,omitempty"`
	JSONPath string `json:"jsonPath,omitempty"`
}

type source struct {
	FileObject ref     `json:"fileObject"`
	Extract    extract `json:"extract"`
}

type field struct {
	Type     string   `json:"@type"`
	ID       string   `json:"@id"`
	Name     string   `json:"name"`
	DataType string   `json:"dataType,omitempty"`
	IsArray  bool     `json:"isArray,omitempty"`
	Source   *source  `json:"source,omitempty"`
	SubField []*field `json:"subField,omitempty"`
}

type recordSet struct {
	Type        string   `json:"@type"`
	ID          string   `json:"@id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Field       []*field `json:"field"`
}

type creator struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type document struct {
	Context       map[string]any `json:"@context"`
	Type          string         `json:"@type"`
	ConformsTo    []string       `json:"dct:conformsTo"`
	Name          string         `json:"name"`
	Description   string         `json:"description"`
	License       string         `json:"license"`
	URL           string         `json:"url"`
	Creator       []creator      `json:"creator"`
	DatePublished string         `json:"datePublished"`
	Version       string         `json:"version,omitempty"`
	Distribution  []fileObject   `json:"distribution"`
	RecordSet     []recordSet    `json:"recordSet"`

	PersonalSensitiveInformation []string `json:"rai:personalSensitiveInformation,omitempty"`
	DataManipulationProtocol     string   `json:"rai:dataManipulationProtocol,omitempty"`
	DataCollection               string   `json:"rai:dataCollection,omitempty"`
	DataLimitations              []string `json:"rai:dataLimitations,omitempty"`
}

// Build returns the Croissant document for files, indented, with a final
// newline. It fails when a required dataset property is missing.
func Build(d Dataset, files []File) ([]byte, error) {
	if m := Missing(d); len(m) > 0 {
		return nil, fmt.Errorf("croissant: required dataset properties missing: %s", strings.Join(m, ", "))
	}
	doc := document{Context: context, Type: "sc:Dataset", ConformsTo: []string{Spec, RAI},
		Name: d.Name, Description: d.Description, License: d.License, URL: d.URL,
		DatePublished: d.DatePublished, Version: d.Version,
		Distribution: []fileObject{}, RecordSet: []recordSet{},
		PersonalSensitiveInformation: d.PersonalSensitiveInformation,
		DataManipulationProtocol:     d.DataManipulationProtocol,
		DataCollection:               d.DataCollection,
		DataLimitations:              d.DataLimitations,
	}
	for _, c := range d.Creators {
		t := "sc:Organization"
		if c.Type == "person" {
			t = "sc:Person"
		}
		doc.Creator = append(doc.Creator, creator{Type: t, Name: c.Name, URL: c.URL})
	}
	ids := map[string]bool{}
	bases := map[string]int{}
	for _, f := range files {
		ids[f.Path] = true
		bases[recordSetID(f.Path)]++
	}
	for _, f := range files {
		// The file's name without extensions ("tickets"), unless several
		// outputs share it: then the name with its extension ("tickets_csv").
		id := recordSetID(f.Path)
		if bases[id] > 1 {
			id = strings.ReplaceAll(f.Path, ".", "_")
		}
		doc.Distribution = append(doc.Distribution, fileObject{Type: "cr:FileObject", ID: f.Path, Name: path.Base(f.Path),
			ContentURL: f.Path, ContentSize: fmt.Sprintf("%d B", f.Bytes), EncodingFormat: MediaType(f.Format, f.Compression),
			SHA256: f.SHA256})
		rs := recordSet{Type: "cr:RecordSet", ID: uniqueID(id, ids), Name: path.Base(f.Path),
			Description: "The records of " + f.Path + ", one per " + recordUnit(f.Format) + "."}
		for _, fl := range f.Fields {
			rs.Field = append(rs.Field, buildField(f, rs.ID, fl, nil))
		}
		if rs.Field == nil {
			rs.Field = []*field{}
		}
		doc.RecordSet = append(doc.RecordSet, rs)
	}
	return encode(doc)
}

// encode writes a document indented, without HTML escaping, with a final
// newline.
func encode(doc document) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// buildField makes the Croissant field for fl, a field of file f at the
// JSON path parents.
func buildField(f File, parentID string, fl Field, parents []string) *field {
	id := parentID + "/" + fl.Name
	out := &field{Type: "cr:Field", ID: id, Name: fl.Name, IsArray: fl.Array}
	out.DataType = DataTypes[fl.Type]
	segs := append(parents[:len(parents):len(parents)], fl.Name)
	if len(fl.Sub) > 0 {
		elems := segs
		if fl.Array {
			elems = append(segs[:len(segs):len(segs)], "[*]")
		}
		for _, s := range fl.Sub {
			out.SubField = append(out.SubField, buildField(f, id, s, elems))
		}
		return out
	}
	src := &source{FileObject: ref{ID: f.Path}}
	if len(parents) == 0 && f.Format != "jsonl" && f.Format != "json" {
		src.Extract.Column = fl.Name
	} else {
		src.Extract.JSONPath = jsonPath(segs)
	}
	out.Source = src
	return out
}

// jsonPath writes field path segments as a JSONPath: $.messages[*].text,
// with names that are not plain identifiers bracket-quoted.
func jsonPath(segs []string) string {
	var b strings.Builder
	b.WriteString("$")
	for _, s := range segs {
		switch {
		case s == "[*]":
			b.WriteString("[*]")
		case isIdent(s):
			b.WriteString("." + s)
		default:
			b.WriteString("['" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "']")
		}
	}
	return b.String()
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r != '_' && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// recordSetID is the record set's id for a file: its path without the
// extensions, "records" for an empty one.
func recordSetID(p string) string {
	base := p
	for _, ext := range []string{".gz", ".zst", ".csv", ".tsv", ".psv", ".jsonl", ".ndjson", ".json", ".parquet"} {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" {
		return "records"
	}
	return base
}

func uniqueID(id string, seen map[string]bool) string {
	out := id
	for i := 2; seen[out]; i++ {
		out = fmt.Sprintf("%s-%d", id, i)
	}
	seen[out] = true
	return out
}

// FileUpdate is a file's new size and hash.
type FileUpdate struct {
	Bytes  int64
	SHA256 string
}

// UpdateFiles rewrites the size and sha256 of the FileObjects of a document
// this package built (after the files were rewritten, as by deid rekey).
func UpdateFiles(doc []byte, files map[string]FileUpdate) ([]byte, error) {
	var d document
	if err := json.Unmarshal(doc, &d); err != nil {
		return nil, fmt.Errorf("croissant: %w", err)
	}
	for i, fo := range d.Distribution {
		if u, ok := files[fo.ContentURL]; ok {
			d.Distribution[i].SHA256 = u.SHA256
			d.Distribution[i].ContentSize = fmt.Sprintf("%d B", u.Bytes)
		}
	}
	return encode(d)
}
