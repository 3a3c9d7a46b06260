package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// croissantRun runs deid with --croissant on the example in CSV, JSONL and
// Parquet, with rules that need no key (so the manifest is unsigned and the
// tests can edit it), and returns the output folder.
func croissantRun(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "r.yaml"), `version: 1
default: drop
keep: [ticket_id, created_at, channel, product, rating, "messages[].role", "messages[].ts"]
fields:
  - {name: customer_email, action: redact}
  - {name: "messages[].text", action: truncate, max_chars: 20}
dataset:
  name: Tickets
  description: Support tickets.
  license: CC-BY-4.0
  url: https://example.org/tickets
  creator: Example Org
  croissant: true
`)
	args := []string{"run", "-q", "-r", "r.yaml", "-o", "out"}
	for _, f := range []string{"tickets.csv", "tickets.jsonl", "tickets.parquet"} {
		args = append(args, filepath.Join(repoRoot, "examples", f))
	}
	if out, err := deidProcess(dir, args...).CombinedOutput(); err != nil {
		t.Fatalf("deid: %v\n%s", err, out)
	}
	return filepath.Join(dir, "out")
}

// TestCroissantExpands expands croissant.json with a JSON-LD processor
// (jsonld from npm) and checks that the required properties and the types
// survive as full IRIs.
func TestCroissantExpands(t *testing.T) {
	out := croissantRun(t)
	var expanded []map[string]any
	if err := json.Unmarshal(nodeTool(t, out, "jsonld", "expand.mjs", "croissant.json"), &expanded); err != nil {
		t.Fatal(err)
	}
	if len(expanded) != 1 {
		t.Fatalf("%d top-level nodes, want the dataset alone", len(expanded))
	}
	ds := expanded[0]
	const sc, cr, rai = "http://schema.org/", "http://mlcommons.org/croissant/", "http://mlcommons.org/croissant/RAI/"
	if diff := cmp.Diff([]any{sc + "Dataset"}, ds["@type"]); diff != "" {
		t.Errorf("@type (-want +got):\n%s", diff)
	}
	for _, p := range []string{sc + "name", sc + "description", sc + "license", sc + "url", sc + "creator",
		sc + "datePublished", sc + "distribution", cr + "recordSet", "http://purl.org/dc/terms/conformsTo",
		rai + "personalSensitiveInformation", rai + "dataManipulationProtocol"} {
		if _, ok := ds[p]; !ok {
			t.Errorf("expanded dataset lacks %s", p)
		}
	}
	var conforms []string
	for _, v := range ds["http://purl.org/dc/terms/conformsTo"].([]any) {
		conforms = append(conforms, v.(map[string]any)["@value"].(string))
	}
	if diff := cmp.Diff([]string{"http://mlcommons.org/croissant/1.1", "http://mlcommons.org/croissant/RAI/1.0"}, conforms); diff != "" {
		t.Errorf("conformsTo (-want +got):\n%s", diff)
	}
	// Every FileObject's sha256 is its file's.
	for _, d := range ds[sc+"distribution"].([]any) {
		fo := d.(map[string]any)
		if diff := cmp.Diff([]any{cr + "FileObject"}, fo["@type"]); diff != "" {
			t.Errorf("distribution @type (-want +got):\n%s", diff)
		}
		name := value(fo, sc+"contentUrl")
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if got := value(fo, sc+"sha256"); got != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: sha256 %s is not the file's", name, got)
		}
	}
	// Field types expand to schema.org classes; messages has sub-fields.
	types := map[string]string{}
	var walk func(prefix string, fields []any)
	walk = func(prefix string, fields []any) {
		for _, f := range fields {
			fm := f.(map[string]any)
			name := prefix + value(fm, sc+"name")
			if dt, ok := fm[cr+"dataType"].([]any); ok {
				types[name] = dt[0].(map[string]any)["@id"].(string)
			}
			if sub, ok := fm[cr+"subField"].([]any); ok {
				walk(name+".", sub)
			}
		}
	}
	sets := ds[cr+"recordSet"].([]any)
	if len(sets) != 3 {
		t.Fatalf("%d record sets, want 3", len(sets))
	}
	for _, rs := range sets {
		walk("", rs.(map[string]any)[cr+"field"].([]any))
	}
	want := map[string]string{"ticket_id": sc + "Text", "created_at": sc + "DateTime", "rating": sc + "Integer",
		"messages.role": sc + "Text", "messages.text": sc + "Text", "messages.ts": sc + "DateTime",
		"channel": sc + "Text", "product": sc + "Text", "customer_email": sc + "Text"}
	if diff := cmp.Diff(want, types); diff != "" {
		t.Errorf("field types (-want +got):\n%s", diff)
	}
}

// value returns the first @value of an expanded property.
func value(node map[string]any, prop string) string {
	vs, _ := node[prop].([]any)
	if len(vs) == 0 {
		return ""
	}
	s, _ := vs[0].(map[string]any)["@value"].(string)
	return s
}

// TestVerifyChecksCroissant edits croissant.json (and the manifest's record
// of it, so only the Croissant check can notice) and expects verify to.
func TestVerifyChecksCroissant(t *testing.T) {
	for name, edit := range map[string]func(string) string{
		"hash": func(s string) string { return strings.Replace(s, `"sha256": "`, `"sha256": "00`, 1) },
		"field type": func(s string) string {
			return strings.Replace(s, `"dataType": "sc:Integer"`, `"dataType": "sc:Float"`, 1)
		},
		"field gone": func(s string) string { return strings.Replace(s, `"name": "channel"`, `"name": "kanal"`, 1) },
		"file gone": func(s string) string {
			return strings.Replace(s, `"contentUrl": "tickets.csv"`, `"contentUrl": "other.csv"`, 1)
		},
		"unedited ok": func(s string) string { return s },
	} {
		t.Run(name, func(t *testing.T) {
			out := croissantRun(t)
			path := filepath.Join(out, "croissant.json")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			edited := edit(string(b))
			if name != "unedited ok" && edited == string(b) {
				t.Fatal("the edit changed nothing")
			}
			write(t, path, edited)
			// Record the edited document in the (unsigned) manifest.
			mpath := filepath.Join(out, "manifest.json")
			raw, err := os.ReadFile(mpath)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(raw, &m); err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256([]byte(edited))
			for _, d := range m["documents"].([]any) {
				if doc := d.(map[string]any); doc["path"] == "croissant.json" {
					doc["bytes"], doc["sha256"] = len(edited), hex.EncodeToString(sum[:])
				}
			}
			raw, _ = json.MarshalIndent(m, "", "  ")
			write(t, mpath, string(raw))
			cmd := deidProcess(out, "verify", "--json", ".")
			stdout, _ := cmd.Output()
			var rep struct {
				OK       bool `json:"ok"`
				Findings []struct {
					Check, Message string
				} `json:"findings"`
			}
			if err := json.Unmarshal(stdout, &rep); err != nil {
				t.Fatalf("verify output: %v\n%s", err, stdout)
			}
			var checks []string
			for _, f := range rep.Findings {
				checks = append(checks, f.Check)
			}
			if name == "unedited ok" {
				if !rep.OK {
					t.Fatalf("verify found %v in an untouched folder", rep.Findings)
				}
				return
			}
			if !slices.Contains(checks, "croissant") || slices.Contains(checks, "file") {
				t.Errorf("findings %v, want a croissant finding and no file finding", rep.Findings)
			}
		})
	}
}
